"""
Rises in a row (``5年連続の増加``, ``2년 연속 증가``, ``rose for the fourth
straight year``): the yearly changes of the bundled series up to the year
of the amount the sentence gives.

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
from hns.fiscal import FiscalYear
from hns.series import Series
from hns.verdicts import Verdict

__all__ = ["streaks"]

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


def _whole(number: Decimal) -> int | None:
    # A count of years written as a figure ("5" of "5年連続").
    return int(number) if number == number.to_integral_value() else None


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
                else _whole(article.figure(int(counted)).number)
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
