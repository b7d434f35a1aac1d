"""
Fuzzing the audit: `hns.audit.audit` on generated articles mixing figures
and words in English, Japanese and Korean, with the invariants of the
`Report` it returns; and the finders it is built on (`find_figures`,
`find_times`, `find_malformed`, `scan`), documented never to raise.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import hns.audit
from hns.audit import Report
from hns.audit.claims import KINDS
from hns.finding import find_figures, find_malformed, find_times, scan
from hns.fx import EcbRates, FixedRates
from tests.fuzz.support import (
    FUZZ,
    call,
    check_span,
    check_verdict,
    counts,
    dates,
    figure_ish,
    junk,
    maybe,
    multiples,
    odd_text,
    percents,
    total,
    written_money,
)

_YEARS = st.one_of(
    st.integers(1990, 2030).map(lambda y: f"FY{y}"),
    st.integers(1990, 2030).map(lambda y: f"fiscal {y}"),
    st.integers(1990, 2030).map(lambda y: f"{y}年度"),
    st.integers(1990, 2030).map(lambda y: f"{y}회계연도"),
    st.integers(1990, 2030).map(str),
    st.sampled_from(["令和3年度", "平成31年度", "令和元年度", "2021-22"]),
)
_WHEN = st.sampled_from(
    [
        "next month", "last year", "this fiscal year", "来年度", "今年",
        "昨年度", "지난해", "내년", "올해", "in late January", "by March",
    ]
)  # fmt: skip
_MONEY = written_money.map(lambda pair: pair[0])
_EN = [
    "{who} will pay {money} in {year}, up {pct} from {money2}. ",
    "The cost rose {pct} to {money} {when}. ",
    "That is {mult} the {money} paid in {year}. ",
    "About {count} US troops are stationed in {country}. ",
    "{money} ({money2}) was agreed {when}. ",
    "The five-year total of {money} averages {money2} a year. ",
    "The current five-year deal will expire {when}. ",
    "It is the largest since {year}, a record {money}. ",
]
_JA = [
    "{year}の在日米軍駐留経費負担は{money}で、前年度比{pct}増。",
    "{when}に{money}を計上した。",
    "5年間で総額{money}、1年当たり{money2}。",
    "全体の約{pct}にあたる{money}。",
]
_KO = [
    "{year} 방위비 분담금은 {money}으로 {when}보다 {pct} 늘었다. ",
    "주한미군 {count}명에 {money}. ",
    "{money}({money2}) 규모다. ",
    "1인당 {money}. ",
]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """
    An article of one to three sentences in English, Japanese and Korean,
    each with amounts, percents, multiples, counts, fiscal years and
    relative dates; sometimes odd text glued in between.
    """
    pieces = []
    for _ in range(draw(st.integers(1, 3))):
        template = draw(st.sampled_from(_EN + _JA + _KO))
        pieces.append(
            template.format(
                who=draw(st.sampled_from(["Japan", "Korea", "Seoul", "It"])),
                money=draw(_MONEY),
                money2=draw(_MONEY),
                pct=draw(percents),
                mult=draw(multiples),
                count=draw(counts),
                year=draw(_YEARS),
                when=draw(_WHEN),
                country=draw(st.sampled_from(["Japan", "Korea"])),
            )
        )
        if draw(st.integers(0, 4)) == 0:
            pieces.append(draw(odd_text(20)))
    return "".join(pieces)


publications = st.one_of(
    st.none(),
    st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)),
    dates,
    st.datetimes(),
    st.sampled_from(
        ["2021-01-31", "2021-01", "2021", "2021-13-01", "", "0000", "9999"]
    ),
)
rates = st.one_of(
    st.none(),
    st.builds(EcbRates),
    st.builds(
        FixedRates, st.just({("USD", "JPY"): 105, ("JPY", "KRW"): "10.6"})
    ),
)


def check_report(report: object, text: str) -> None:
    """
    What every report promises: claims of known kinds, each within the
    text and with a sound verdict; figures and times within the text; a
    summary that counts the claims; and its dict, JSON, Markdown, lines
    and HTML made without error.
    """
    assert isinstance(report, Report), report
    for claim in report.claims:
        assert claim.kind in KINDS, claim.kind
        check_span(claim.start, claim.end, text)
        check_verdict(claim.verdict)
    for found in (*report.figures, *report.unchecked):
        check_span(found.start, found.end, text)
    for when in total(lambda: report.times):
        check_span(when.start, when.end, text)
    summary = total(lambda: report.summary)
    decided = summary["consistent"] + summary["inconsistent"]
    assert decided + summary["undetermined"] == len(report.claims)
    assert summary["unchecked"] == len(report.unchecked)
    data = total(report.to_dict)
    assert isinstance(data, dict)
    total(json.dumps, data)
    assert isinstance(total(report.to_json), str)
    assert isinstance(total(report.to_markdown), str)
    assert all(isinstance(line, str) for line in total(report.lines))
    assert isinstance(total(str, report), str)
    assert isinstance(total(report._repr_html_), str)


@FUZZ
@given(
    text=st.one_of(articles(), articles(), odd_text(300), junk()),
    published=maybe(publications),
    reference=maybe(st.booleans()),
    rates=maybe(rates),
)
def test_audit_reports_are_sound(
    text: object, published: object, reference: object, rates: object
) -> None:
    """
    `audit` on any article (en/ja/ko figures and words, odd text), with
    any publication date (dates, datetimes, partial ISO dates, year 1 to
    9999, wrongly typed values), returns a sound report or raises an
    HnsError, within a second; given anything but a str it raises an
    HnsError (a ParseError, as documented).
    """
    report = call(
        hns.audit.audit,
        text,
        published=published,
        reference=reference,
        rates=rates,
    )

    if not isinstance(report, Exception):
        assert isinstance(text, str), report
        check_report(report, text)


FINDERS: dict[str, Callable[[str], object]] = {
    "find_figures": find_figures,
    "find_malformed": find_malformed,
    "scan": scan,
}


@FUZZ
@given(
    text=st.one_of(articles(), figure_ish, odd_text(100)),
    name=st.sampled_from(sorted(FINDERS)),
)
def test_finders_never_raise(text: str, name: str) -> None:
    """
    `find_figures`, `find_malformed` and `scan` never raise, whatever the
    text (as documented), and every span they give lies within it.
    """
    found = total(FINDERS[name], text)

    items: list[object] = []
    if isinstance(found, tuple):
        items = [*found[0], *found[1]]
    else:
        assert isinstance(found, list)
        items = found
    for item in items:
        start, end = getattr(item, "start", 0), getattr(item, "end", 0)
        check_span(start, end, text)


@FUZZ
@given(
    text=st.one_of(articles(), figure_ish, odd_text(100)),
    published=st.one_of(st.none(), dates),
    host=st.sampled_from(["JP", "KR", None, "US"]),
)
def test_find_times_spans_lie_in_the_text(
    text: str, published: dt.date | None, host: str | None
) -> None:
    """
    `find_times` finds time expressions within the text, resolved or not,
    whatever the publication date (year 1 to 9999) and host; when resolved
    a period runs forward.
    """
    found = call(find_times, text, published, host)

    if not isinstance(found, Exception):
        for when in found:
            check_span(when.start, when.end, text)
            if when.period is not None:
                assert when.period.start <= when.period.end
