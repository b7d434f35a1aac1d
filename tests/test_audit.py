from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hns import ArgumentError, check_conversion
from hns.audit import Claim, audit, find_figures
from hns.audit.report import Report
from hns.cli import main
from hns.fx import CsvRates

ARTICLES = Path(__file__).parent.parent / "examples" / "articles"
JOONGANG = (
    ARTICLES / "2021-01-31-joongang-machine-translation.txt"
).read_text(encoding="utf-8")
KYODO = (ARTICLES / "2021-02-10-kyodo-japan-times.txt").read_text(
    encoding="utf-8"
)


def _claim(report: Report, kind: str, *texts: str) -> Claim:
    for claim in report.claims:
        figures = [f.text for f in claim.figures]
        if claim.kind == kind and all(t in figures for t in texts):
            return claim
    msg = f"no {kind} claim with {texts}"
    raise AssertionError(msg)


@pytest.fixture(scope="module")
def joongang() -> Report:
    return audit(JOONGANG, published=dt.date(2021, 1, 31))


@pytest.fixture(scope="module")
def kyodo() -> Report:
    return audit(KYODO, published=dt.date(2021, 2, 10))


class TestJoongAng:
    def test_change(self, joongang: Report) -> None:
        """
        The 1.2% increase is inconsistent; the top diagnosis is the lost
        digit of 1993億円 (199.3 billion), which agrees with the bundled
        JFY2020 figure.
        """
        claim = _claim(joongang, "change", "1.2%", "193 billion yen")

        assert claim.verdict.status == "inconsistent"
        top = claim.verdict.diagnoses[0]
        assert (top.figure, top.corrected) == ("old", "1993億円")
        assert "199.3 billion yen" in top.note
        assert any(
            "agrees with the bundled FY2020 figure" in n for n in claim.notes
        )

    def test_myriad_scale(self, joongang: Report) -> None:
        """
        "2017 billion yen" is inconsistent with the JFY2021 reference; 億
        was read as billion.
        """
        claim = _claim(joongang, "level", "2017 billion yen")

        assert claim.verdict.status == "inconsistent"
        assert claim.verdict.diagnoses[0].kind == "myriad_scale"
        assert claim.verdict.diagnoses[0].corrected == "2017億円"

    def test_conversion(self, joongang: Report) -> None:
        """
        "about 2.5 trillion won" is inconsistent with the ECB rate of the
        day; the diagnosis is 2.15 trillion.
        """
        claim = _claim(joongang, "conversion", "about 2.5 trillion won")

        assert claim.verdict.status == "inconsistent"
        assert claim.verdict.diagnoses[0].corrected == (
            "about 2.15 trillion won"
        )

    def test_inherited_currency(self, joongang: Report) -> None:
        """
        "approximately 2,126 billion" inherits won from the sibling
        conversion, and 1993億円 would make it consistent.
        """
        claim = _claim(joongang, "conversion", "approximately 2,126 billion")

        assert claim.verdict.status == "inconsistent"
        assert claim.verdict.diagnoses[0].corrected == "1993億円"

    def test_four_times(self, joongang: Report) -> None:
        """
        "$8 billion ... four times the current level" is consistent.
        """
        claim = _claim(joongang, "ratio", "four times")

        assert claim.verdict.status == "consistent"

    def test_host_and_summary(self, joongang: Report) -> None:
        """
        The article is about Japan; the summary counts every claim.
        """
        assert joongang.host == "JP"
        assert sum(
            joongang.summary[k]
            for k in ("consistent", "inconsistent", "undetermined")
        ) == len(joongang.claims)


class TestKyodo:
    def test_roughly(self, kyodo: Report) -> None:
        """
        "roughly ¥200 billion in fiscal 2021" agrees with 2017億円.
        """
        claim = _claim(kyodo, "level", "roughly ¥200 billion")

        assert claim.verdict.status == "consistent"

    def test_same_as_previous_year(self, kyodo: Report) -> None:
        """
        "¥201.7 billion ... about the same amount as the previous year" is
        consistent, as a level and as a change.
        """
        level = _claim(kyodo, "level", "¥201.7 billion")
        change = _claim(kyodo, "change", "¥201.7 billion")

        assert level.verdict.status == "consistent"
        assert change.verdict.status == "consistent"

    def test_expiry(self, kyodo: Report) -> None:
        """
        "The current five-year deal will expire next month" agrees with
        the JFY2016-2020 SMA.
        """
        claims = [c for c in kyodo.claims if c.kind == "agreement"]

        assert len(claims) == 1
        assert claims[0].verdict.status == "consistent"
        assert "us-japan-sma-2016" in claims[0].verdict.explain()

    def test_times(self, kyodo: Report) -> None:
        """
        Fiscal years and relative dates are found and resolved.
        """
        times = {t.text: str(t.period) for t in kyodo.times}

        assert times["fiscal 2021"] == "2021-04-01..2022-03-31"
        assert times["next month"] == "2021-03-01..2021-03-31"

    def test_troops(self, kyodo: Report) -> None:
        """
        "around 55,000 U.S. military personnel" lies in the sourced band
        for Japan, and the verdict names the sources; no figure is left
        unchecked.
        """
        claim = _claim(kyodo, "count", "around 55,000")

        assert claim.verdict.status == "consistent"
        assert "Kyodo (2020-11-11)" in claim.reading
        assert kyodo.unchecked == ()

    def test_nothing_inconsistent(self, kyodo: Report) -> None:
        """
        The Kyodo report has no inconsistent claim.
        """
        assert kyodo.inconsistent == ()


class TestOtherLanguages:
    @pytest.mark.parametrize(
        ("text", "published"),
        [
            (
                "올해 분담금은 지난해보다 13.9% 늘어난 1조1833억원이다.",
                dt.date(2021, 3, 10),
            ),
            (
                "2019년 분담금은 8.2% 인상된 1조389억원이다.",
                dt.date(2019, 2, 10),
            ),
            (
                "在日米軍駐留経費負担は2021年度予算で前年度比1.2%増の2017億円。",
                dt.date(2021, 3, 2),
            ),
        ],
    )
    def test_consistent(self, text: str, published: dt.date) -> None:
        """
        Korean and Japanese changes against last year check out, with no
        false alarm from the comparison's year.
        """
        report = audit(text, published)

        assert report.claims
        assert report.summary["inconsistent"] == 0

    def test_korean_wrong(self) -> None:
        """
        A wrong Korean percent is caught.
        """
        report = audit(
            "올해 방위비 분담금은 지난해보다 3.9% 늘어난 1조1833억원이다.",
            dt.date(2021, 3, 10),
        )

        assert report.summary["inconsistent"] == 1

    def test_totals_and_averages(self) -> None:
        """
        A five-year total written with cut digits, and the yearly average,
        agree with the JFY2022-2026 agreement; the average also agrees with
        the total it is written beside.
        """
        report = audit(
            "Japan's host nation support will total 1.05 trillion yen over"
            " five years, an average of 211 billion yen a year.",
            dt.date(2022, 1, 7),
        )

        kinds = sorted(c.kind for c in report.claims)
        readings = sorted(c.reading for c in report.claims)
        assert kinds == ["average", "average", "total"]
        assert report.summary["consistent"] == 3
        assert readings[0] == "1.05 trillion yen over 5 years"


class TestPrecision:
    def test_other_quantities_unchecked(self) -> None:
        """
        A defense budget in the same sentence is another quantity, not a
        slip of the host-nation-support figure: it is left unchecked.
        """
        report = audit(
            "Japan's defense budget for fiscal 2021 is a record 5.34 trillion"
            " yen, while its host-nation support for U.S. forces in Japan"
            " stays at 201.7 billion yen.",
            dt.date(2021, 3, 27),
        )

        assert report.summary["inconsistent"] == 0
        assert "5.34 trillion yen" in [f.figure.text for f in report.unchecked]

    @pytest.mark.parametrize(
        ("stated", "status"), [("8.2", "consistent"), ("9.2", "inconsistent")]
    )
    def test_up_from_last_year(self, stated: str, status: str) -> None:
        """
        "up 8.2 percent from last year" is checked against the reference
        figure of the year before.
        """
        report = audit(
            f"South Korea agreed to pay 1.0389 trillion won this year, up"
            f" {stated} percent from last year, in cost sharing for U.S."
            " troops.",
            dt.date(2019, 2, 10),
        )

        change = _claim(report, "change", f"{stated} percent")
        assert change.verdict.status == status

    def test_rates_and_totals_are_not_levels(self) -> None:
        """
        "over five years" and "a year" amounts are not the level of this
        fiscal year; the one that is, is checked.
        """
        report = audit(
            "Tokyo will pay 1.05 trillion yen over five years under the new"
            " deal, or about 211 billion yen a year, up from 201.7 billion"
            " yen this fiscal year.",
            dt.date(2021, 12, 21),
        )

        assert report.summary["inconsistent"] == 0
        levels = [c for c in report.claims if c.kind == "level"]
        assert [c.figures[0].text for c in levels] == ["201.7 billion yen"]


class TestFinding:
    def test_dates_are_not_figures(self) -> None:
        """
        Years, days of a month and ordinals are not figures.
        """
        found = find_figures(
            "On Feb. 2 in 2021, on the 27th, talks for fiscal 2022 resumed."
        )

        assert found == []

    def test_glued_numbers(self) -> None:
        """
        A number glued to a word (a news agency tag) is not a figure.
        """
        assert (
            find_figures("[로이터=뉴스1] 2017억엔")[0].figure.text
            == "2017억엔"
        )

    def test_published_from_date_line(self) -> None:
        """
        A YYYY-MM-DD line at the top of the text gives the publication date.
        """
        report = audit("2021-02-10\\nThe current deal will expire next month.")

        assert report.published == dt.date(2021, 2, 10)


class TestReport:
    def test_json(self, joongang: Report) -> None:
        """
        to_json() has a schema version and stable keys.
        """
        data = json.loads(joongang.to_json())

        assert data["schema"] == "hns.report/1"
        assert data["published"] == "2021-01-31"
        assert set(data) == {
            "schema", "hns_version", "published", "published_from", "host",
            "host_from", "data", "summary", "claims", "figures", "unchecked",
            "times", "notes",
        }  # fmt: skip
        assert data["published_from"] == "given"
        assert (data["host"], data["host_from"]) == ("JP", "text")
        assert data["claims"][0]["verdict"]["schema"] == "hns.verdict/1"

    def test_markdown_and_html(self, joongang: Report) -> None:
        """
        Markdown is a table with the explanations below; HTML escapes.
        """
        markdown = joongang.to_markdown()

        assert markdown.startswith("| # | claim | figures | verdict |")
        assert "1993億円" in markdown
        assert "<table>" in joongang._repr_html_()


class TestRobustness:
    @pytest.mark.parametrize("text", ["", "   \n", "No figures at all here."])
    def test_empty(self, text: str) -> None:
        """
        Texts without figures give an empty report.
        """
        report = audit(text)

        assert report.claims == ()
        assert report.figures == ()

    def test_not_text(self) -> None:
        """
        Bytes are refused with a typed error naming the argument.
        """
        with pytest.raises(ArgumentError, match="text must be the text"):
            audit(b"\x00\xff garbage")  # type: ignore[arg-type]

    def test_garbage(self) -> None:
        """
        Control characters and binary-looking text give a report.
        """
        report = audit("\x00\x01 ¥¥¥ 1..2 億億億 ₩ $ % \ufffd" * 50)

        assert isinstance(report, Report)

    def test_five_megabytes(self) -> None:
        """
        A 5 MB article is audited in linear time (seconds, not minutes).
        """
        text = (JOONGANG + "\n" + KYODO + "\n") * (
            5_000_000 // (len(JOONGANG) + len(KYODO))
        )
        start = time.perf_counter()

        report = audit(text, dt.date(2021, 1, 31))

        assert len(report.claims) > 1000
        assert time.perf_counter() - start < 60

    @settings(max_examples=60, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "This year's contribution is ",
                    "2017 billion yen",
                    " (about 2.5 trillion won)",
                    ". ",
                    "a 1.2% increase from ",
                    "last year's share of ",
                    "193 billion yen",
                    "four times ",
                    "the current level",
                    "$8 billion",
                    " will expire ",
                    "next month",
                    "올해 ",
                    "1조389억원",
                    "지난해보다 ",
                    "8.2% ",
                    "인상된 ",
                    "前年度比",
                    "2017億円",
                    "\n",
                    "fiscal 2021 ",
                ]
            ),
            max_size=12,
        ).map("".join)
    )
    def test_fuzz(self, text: str) -> None:
        """
        Any text made of news phrases gives a report, never an exception.
        """
        report = audit(text, dt.date(2021, 1, 31))

        assert sum(
            report.summary[k]
            for k in ("consistent", "inconsistent", "undetermined")
        ) == len(report.claims)
        found = [f.figure for f in report.figures]
        for claim in report.claims:
            assert 0 <= claim.start <= claim.end <= len(text)
            assert all(figure in found for figure in claim.figures)
            assert claim.verdict.explain()
        for item in report.unchecked:
            assert text[item.start : item.end] == item.figure.text


_SENTENCE_PIECES = st.sampled_from(
    [
        "It rose", " ", "  ", "\t", "\n", "\n\n", ".", "!", "?", "。", "！",
        "？", "A", "b", "The", '"', "“", "‘", "'", "(", "[", "늘었다",
        "増えた", "ぞ", "1.2%", "U.S.", "Feb.", "2", "e.g.", " \n",
    ]
)  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(_SENTENCE_PIECES, max_size=12).map("".join))
def test_sentences_as_one_pattern_cuts_them(text: str) -> None:
    """
    The sentences found mark by mark are those that one pattern over
    every mark finds: a full stop, ! or ? before spaces and a capital, a
    quote or a CJK letter; 。！？; line breaks.
    """
    import re

    from hns.audit.article import sentences

    one = re.compile(
        "[.!?](?P<space>[ \t]+)"
        "(?=[\"\u201c\u2018'(\\[A-Z\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])"
        "|[\u3002\uff01\uff1f]|\n+"
    )
    expected, start = [], 0
    for boundary in one.finditer(text):
        if boundary.group("space") is not None:
            end = boundary.start("space")
        elif boundary.group()[0] == "\n":
            end = boundary.start()
        else:
            end = boundary.end()
        if end > start:
            expected.append((start, end))
        start = boundary.end()
    if start < len(text):
        expected.append((start, len(text)))

    assert sentences(text) == expected


_LANGUAGE_PIECES = st.sampled_from(
    [
        "the", "it", "rose", "dan", "yang", "untuk", "die", "der", "und",
        "que", "con", "il", "won", "yen", " ", "  ", ",", ".", "-", "'",
        "_", "1.2%", "2017", "dan_", "xdan", "dan1", "(", ")", "für", "é",
    ]
)  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(_LANGUAGE_PIECES, max_size=12).map("".join))
def test_language_by_words_agrees_with_the_pattern(text: str) -> None:
    """
    An ASCII sentence's foreign words found by splitting its bytes are
    those the word pattern finds: the quick test gives the same language.
    """
    import re

    from hns.audit.article import _ENGLISH, _FOREIGN, _foreign_word, _language

    lower = text.lower()
    if not lower.isascii():
        return
    if not _foreign_word().search(lower):
        expected: str | None = "en"
    else:
        words = re.findall(r"\w+", lower)
        foreign = sum(1 for w in words if w in _FOREIGN)
        english = sum(1 for w in words if w in _ENGLISH)
        latin = re.search("[a-z]{2,}", lower)
        expected = "en" if english >= foreign or not latin else None

    assert _language(lower) == expected


class TestPastTheRates:
    """
    A conversion dated after the ECB rates shipped with hns is reported
    as undetermined, saying where the rates end and how to give later
    ones, in each language; inside the rates it is checked as before.
    """

    @pytest.mark.parametrize(
        "text",
        [
            "Japan will pay 201.7 billion yen (about 2.15 trillion won) this"
            " year.",
            "日本は今年度、2017億円（約2兆1500億ウォン）を負担する。",
            "일본은 올해 2017억엔(약 2조1500억원)을 부담한다.",
        ],
    )
    def test_after_the_shipped_rates(self, text: str) -> None:
        late = audit(text, published=dt.date(2027, 3, 1))
        (claim,) = [c for c in late.claims if c.kind == "conversion"]
        assert claim.verdict.status == "undetermined"
        explained = claim.verdict.explain()
        assert "the ECB rates shipped with hns end on" in explained
        assert "--rates" in explained
        assert not late.inconsistent

        early = audit(text, published=dt.date(2021, 3, 1))
        (claim,) = [c for c in early.claims if c.kind == "conversion"]
        assert claim.verdict.status == "consistent"

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            (
                "Japan will pay 201.7 billion yen (about 2.15 trillion won)"
                " this year.",
                "consistent",
            ),
            (
                "日本は今年度、2017億円（約3兆1500億ウォン）を負担する。",
                "inconsistent",
            ),
            ("일본은 올해 2017억엔(약 2조1500억원)을 부담한다.", "consistent"),
        ],
    )
    def test_given_rates_are_used(
        self, text: str, status: str, tmp_path: Path
    ) -> None:
        """
        Rates given to the audit (a CSV of later days) decide what the
        shipped ones cannot, by the command line too.
        """
        days = [f"2027-02-{day}" for day in range(20, 29)]
        days += [f"2027-03-0{day}" for day in range(1, 10)]
        rows = ["date,base,quote,rate"] + [f"{d},JPY,KRW,10.7" for d in days]
        rates = tmp_path / "rates.csv"
        rates.write_text("\n".join(rows), encoding="utf-8")
        report = audit(text, published="2027-03-01", rates=CsvRates(rates))
        (claim,) = [c for c in report.claims if c.kind == "conversion"]
        assert claim.verdict.status == status
        assert report.to_dict()["data"]["rates"] == {
            "source": "given",
            "last_day": None,
        }
        article = tmp_path / "2027-03-01-article.txt"
        article.write_text(text, encoding="utf-8")
        expected = 1 if status == "inconsistent" else 0
        assert main(["audit", "--rates", str(rates), str(article)]) == expected

    def test_check_conversion_names_the_end(self) -> None:
        verdict = check_conversion(
            "2017億円", "약 2조1500억원", on=dt.date(2027, 1, 5)
        )
        assert verdict.status == "undetermined"
        assert verdict.reason is not None
        assert verdict.reason.startswith("no JPY/KRW rate for 2027-01-05")
        before = check_conversion(
            "2017億円", "약 2조1500억원", on=dt.date(1998, 6, 1)
        )
        assert "the ECB rates begin on 1999-01-04" in (before.reason or "")


@pytest.mark.parametrize(
    "text",
    [
        "2021-03-01\nJapan will pay 201.7 billion yen this year.",
        "On 2021-03-01, Japan agreed to pay 201.7 billion yen.",
        "2021/3/1 일본은 2017억엔을 부담한다.",
        "2021/03/01、日本は2017億円を負担する。",
    ],
)
def test_the_parts_of_a_date_are_no_figures(text: str) -> None:
    report = audit(text)
    assert len(report.figures) == 1
    assert not any(
        f.figure.text in {"03", "01", "3", "1"} for f in report.figures
    )
