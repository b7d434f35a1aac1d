"""
Rises in a row (``5年連続の増加``, ``2년 연속 증가``, ``rose for the fourth
straight year``): the yearly changes of the bundled series up to the year
of the amount the sentence gives. Records (``過去最大``, ``사상 최대``, ``a
record high``) and firsts above a threshold (``사상 처음으로 1조원을
넘어``, ``for the first time above ¥200 billion``): that amount against
every year from the one the host began to pay (`hns.data.milestones`).

A streak is refuted by one known year that is no rise; it holds when every
year of it is a known rise; a year the sources do not give leaves it open.
Only the length written is checked, not that the streak began then: the
year before it may be a gap.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common, context
from hns.audit.readings import Option, said, undetermined
from hns.audit.wording import wording
from hns.data import began as first_year
from hns.fiscal import FiscalYear
from hns.money import Money
from hns.series import Series
from hns.verdicts import Verdict

__all__ = ["records", "streaks"]

_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_KANJI = {
    "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_DIGITS = re.compile(r"[0-9]+")


def _length(written: str) -> int | None:
    """
    How many years a streak runs: ``5``, ``4th``, ``fourth``, ``五``,
    ``十二``.

    >>> [_length(w) for w in ("5", "4th", "fourth", "五", "十二", "x")]
    [5, 4, 4, 5, 12, None]
    """
    digits = _DIGITS.match(written)
    if digits is not None:
        return int(digits.group())
    if written in _ORDINALS:
        return _ORDINALS[written]
    if written in _KANJI:
        return _KANJI[written]
    if written.startswith("十") and len(written) <= 2:
        return 10 + _KANJI.get(written[1:], 0)
    return None


def streaks(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    N rises in a row, tied to an amount of host-nation support of the
    sentence whose year the text names.
    """
    if sentence.language is None or not sentence.members:
        return
    series = common.reference(article)
    if series is None:
        return
    for shape in wording(sentence.language).of("streak"):
        for match in shape.finditer(sentence.tokens):
            counted = match.groupdict().get("nfig")
            written = None if counted else match.group("n")
            n = (
                _length(written)
                if written
                else common.whole(article.figure(int(counted)).number)
                if counted
                else None
            )
            if n is None or not 2 <= n <= 30:
                continue
            counts = [int(counted)] if counted else []
            # Words of another quantity before the streak's ("the defense
            # budget rose for the tenth straight year") make it theirs.
            if context.quantity_at(article, sentence, match.start()) != "hns":
                continue
            # The amount nearest the streak's words is the one it is of.
            amounts = sorted(
                (abs(sentence.position(i) - match.start()), i)
                for i in sentence.near(match.start(), 80, 80)
                if article.is_home_money(i)
            )
            for _, index in amounts[:1]:
                if context.quantity(article, sentence, index) != "hns":
                    continue
                years = context.years_of(article, sentence, index)
                if not years:
                    continue
                verdicts = [_streak(series, fy, n) for fy in years]
                open_ = any(v.status == "undetermined" for v in verdicts)
                options: list[Option] = [
                    (
                        f"{n} rises in a row up to {fy.label()}",
                        functools.partial(_streak, series, fy, n),
                    )
                    for fy in years
                ]
                yield from common.claim(
                    article,
                    sentence,
                    "streak",
                    [index, *counts],
                    options,
                    pinned=not open_,
                )
                break


def _streak(series: Series, last: FiscalYear, n: int) -> Verdict:
    # Each of the n years up to *last* a rise over the year before?
    missing: list[str] = []
    for k in range(n):
        year = last + (-k)
        before = year + (-1)
        now, then = series.get(year), series.get(before)
        if now is None or then is None:
            missing.append((before if then is None else year).label())
            continue
        if now.amount <= then.amount:
            shown = (
                f"{year.label()} ({now.format('en_US', 'words')}) is no rise"
                f" over {before.label()} ({then.format('en_US', 'words')})"
            )
            return said("streak", "inconsistent", shown)
    if missing:
        gaps = ", ".join(sorted(set(missing)))
        return undetermined("streak", f"the sources give no figure for {gaps}")
    first = last + (1 - n)
    return said(
        "streak",
        "consistent",
        f"each year from {first.label()} to {last.label()} rose over the"
        " year before",
    )


def records(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    A record or a first above a threshold, tied to an amount of
    host-nation support of the sentence whose year the text names.
    """
    if sentence.language is None or not sentence.members:
        return
    series = common.reference(article)
    if series is None or article.host is None:
        return
    milestone = first_year(article.host)
    if milestone is None:
        return
    began = milestone.year
    table = wording(sentence.language)
    for kind in ("record", "first_above"):
        for shape in table.of(kind):
            for match in shape.finditer(sentence.tokens):
                yield from _record_claims(
                    article, sentence, match, series, began
                )


def _record_claims(
    article: Article,
    sentence: Sentence,
    match: re.Match[str],
    series: Series,
    began: FiscalYear,
) -> Iterator[Claim]:
    # The claim of one record or first: the amount nearest the words.
    if context.quantity_at(article, sentence, match.start()) != "hns":
        return
    counted = match.groupdict().get("tfig")
    threshold = article.figure(int(counted)) if counted else None
    if threshold is not None and (
        threshold.currency is None
        or threshold.currency.code != series.currency.code
        or not (match.group("verb") or threshold.qualifier == "over")
    ):
        return
    amounts = sorted(
        (abs(sentence.position(i) - match.start()), i)
        for i in sentence.near(match.start(), 80, 80)
        if article.is_home_money(i) and str(i) != counted
    )
    for _, index in amounts[:1]:
        if context.quantity(article, sentence, index) != "hns":
            continue
        years = context.years_of(article, sentence, index)
        if not years and counted:
            # "올해 ... 처음으로 ⟦t⟧을 넘어선 ⟦n⟧": the year stands before the
            # threshold, which comes between it and the amount.
            years = context.years_of(article, sentence, int(counted))
        if not years:
            continue
        stated = article.figure(index).number
        start = FiscalYear(began.year, years[0].calendar)
        options: list[Option] = [
            (
                f"a record in {fy.label()}"
                if threshold is None
                else f"the first year above {threshold.text}: {fy.label()}",
                functools.partial(
                    _record,
                    series,
                    start,
                    fy,
                    stated,
                    None if threshold is None else threshold.number,
                ),
            )
            for fy in years
        ]
        open_ = any(check().status == "undetermined" for _, check in options)
        indexes = [index] + ([int(counted)] if counted else [])
        yield from common.claim(
            article, sentence, "record", indexes, options, pinned=not open_
        )


def _record(
    series: Series,
    began: FiscalYear,
    year: FiscalYear,
    stated: Decimal,
    threshold: Decimal | None,
) -> Verdict:
    # *year*'s amount (the series', else the one stated) the highest of
    # every year from *began*, or the first above *threshold*.
    known = series.get(year)
    value = known.amount if known is not None else stated
    shown = _words(series, value)
    if threshold is not None and value <= threshold:
        return said(
            "record",
            "inconsistent",
            f"{year.label()} ({shown}) is not above"
            f" {_words(series, threshold)}",
        )
    bar = value if threshold is None else threshold
    missing: list[FiscalYear] = []
    for k in range(year.year - began.year):
        earlier = began + k
        amount = series.get(earlier)
        if amount is None:
            missing.append(earlier)
        elif amount.amount > bar:
            what = (
                f"was higher than {year.label()} ({shown})"
                if threshold is None
                else f"was already above {_words(series, bar)}"
            )
            return said(
                "record",
                "inconsistent",
                f"{earlier.label()} ({amount.format('en_US', 'words')})"
                f" {what}",
            )
    if missing:
        return undetermined(
            "record",
            f"the sources give no {series.currency.code} figure for"
            f" {_ranges(missing)}",
        )
    what = (
        "the highest since it began"
        if threshold is None
        else f"the first year above {_words(series, threshold)}"
    )
    return said(
        "record",
        "consistent",
        f"{year.label()} ({shown}) is {what} in {began.label()}",
    )


def _words(series: Series, amount: Decimal) -> str:
    return Money(amount, series.currency).format("en_US", "words")


def _ranges(years: list[FiscalYear]) -> str:
    """
    Years as runs: ``FY1978-FY2009, FY2011``.
    """
    runs: list[list[FiscalYear]] = []
    for fy in years:
        if runs and runs[-1][-1].year + 1 == fy.year:
            runs[-1].append(fy)
        else:
            runs.append([fy])
    return ", ".join(
        run[0].label()
        if len(run) == 1
        else f"{run[0].label()}-{run[-1].label()}"
        for run in runs
    )
