"""
The figures and time expressions of a text, found with their spans: the
raw material of an audit.

Years, days of a month and ordinals are dates, not figures; a number glued
to a word (a news agency's "뉴스1") is no figure either.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from hns._values import fields_repr
from hns.errors import HnsError
from hns.figures import Figure
from hns.fiscal import JAPAN, KOREA, FiscalYear
from hns.numerals import lazy_pattern, normalize
from hns.parse import figure_span, parse_figure

if TYPE_CHECKING:
    from hns.when import Period

__all__ = ["Found", "When", "find_figures", "find_times", "sentences"]

# A number starts a figure unless it is glued to a word ("뉴스1", "G7").
_DIGIT_ANCHOR = lazy_pattern(
    r"(?<![0-9A-Za-z.,\uac00-\ud7a3])[0-9]|(?<=[약총約])[0-9]"
)
_KANJI_ANCHOR = lazy_pattern(
    r"[〇一二三四五六七八九十百千]+(?=[〇一二三四五六七八九十百千]*[万億兆])"
)
_WORD_ANCHOR = lazy_pattern(
    r"\b(?:double|twice|triple|quadruple|half|(?:two|three|four|five|six"
    r"|seven|eight|nine|ten)(?:fold|\s+times|-fold))\b"
)
# Lower-cases ASCII letters only, keeping every position.
_ASCII_LOWER = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
)


def _anchors(s: str) -> list[int]:
    # Where figures may start; the rarer kinds are looked for only when
    # the text has their words or units at all.
    found = [m.start() for m in _DIGIT_ANCHOR().finditer(s)]
    if any(unit in s for unit in "万億兆"):
        found += [m.start() for m in _KANJI_ANCHOR().finditer(s)]
    lower = s.lower()
    if len(lower) != len(s):  # a letter that lower-cases to two
        lower = s.translate(_ASCII_LOWER)
    if any(
        word in lower
        for word in ("times", "fold", "double", "twice", "triple", "half")
    ):
        found += [m.start() for m in _WORD_ANCHOR().finditer(lower)]
    return sorted(found)


_MONTH_BEFORE = lazy_pattern(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_pattern(
    "(?<=[.!?])\\s+(?=[\"\u201c\u2018'(A-Z])|(?<=[\u3002\uff01\uff1f])|\n+"
)


@attrs.frozen(repr=False)
class Found:
    """
    A figure found in a text: the figure and where it stands.

    >>> found = find_figures("It costs ¥201.7 billion.")[0]
    >>> found.figure.text, found.start, found.end
    ('¥201.7 billion', 9, 23)
    """

    __repr__ = fields_repr

    figure: Figure
    start: int
    end: int


@attrs.frozen(repr=False)
class When:
    """
    A time expression found in a text: a fiscal year (``fiscal 2021``,
    ``令和3年度``) or a date relative to the publication (``next month``,
    ``지난해``), where it stands, and the span of days it means (None when
    it cannot be resolved, e.g. without a publication date).

    >>> text = "The deal will expire next month."
    >>> found = find_times(text, dt.date(2021, 2, 10), "JP")
    >>> found[0].text, str(found[0].period)
    ('next month', '2021-03-01..2021-03-31')
    """

    __repr__ = fields_repr

    text: str
    start: int
    end: int
    period: Period | None


_TIMES_EN = lazy_pattern(  # matched on lower-cased text
    r"\b(?:fiscal(?: year)?|fy)\s*(?:19|20)[0-9]{2}(?:/[0-9]{2})?"
    r"|\b(?:next|last|this) (?:month|year|fiscal year)\b"
)
_TIMES_CJK = lazy_pattern(
    r"(?:19|20)[0-9]{2}\s*(?:年度|회계연도|년도)"
    r"|(?:令和|平成|昭和)(?:[0-9]{1,2}|元)年度"
    r"|来月|先月|今月|昨年度?|去年|今年度?|来年度?|前年度"
    r"|다음\s?달|지난\s?달|이번\s?달|지난해|작년|올해|금년|내년"
)


def _time_matches(s: str) -> list[re.Match[str]]:
    # English phrases only where their words are; CJK ones only in
    # non-ASCII text.
    lower = s.lower()
    if len(lower) != len(s):  # a letter that lower-cases to two
        lower = s.translate(_ASCII_LOWER)
    found = []
    pattern = _TIMES_EN()
    for word in ("fiscal", "fy", "next ", "last ", "this "):
        # Try the pattern only where one of its first words stands.
        at = lower.find(word)
        while at >= 0:
            if at == 0 or not lower[at - 1].isalnum():
                match = pattern.match(lower, at)
                if match is not None:
                    found.append(match)
            at = lower.find(word, at + 1)
    if not s.isascii():
        found += list(_TIMES_CJK().finditer(s))
    return sorted(found, key=lambda m: m.start())


def find_times(
    text: str,
    published: dt.date | None,
    host: str | None,
    normalized: str | None = None,
) -> list[When]:
    """
    Every fiscal year and relative date in *text*, resolved against
    *published* in the fiscal calendar of *host* (``JP`` or ``KR``).
    """
    from hns.when import Period, resolve_period

    calendar = JAPAN if host == "JP" else KOREA
    s = normalize(text) if normalized is None else normalized
    found: list[When] = []
    for match in _time_matches(s):
        phrase = match.group()
        period: Period | None = None
        try:
            if re.search(r"[0-9元]", phrase):
                year = FiscalYear.parse(phrase, calendar)
                period = Period.of_fiscal_year(year)
            elif published is not None:
                period = resolve_period(phrase, published, calendar)
        except HnsError:
            period = None
        found.append(
            When(
                text[match.start() : match.end()],
                match.start(),
                match.end(),
                period,
            )
        )
    return found


def _is_date_part(s: str, start: int, end: int, figure: Figure) -> bool:
    # Years, days of a month and ordinals are dates, not figures.
    if figure.kind != "count":
        return False
    text = s[start:end]
    if re.fullmatch(r"(?:19|20)[0-9]{2}", text):
        return True
    if re.match(r"(?:st|nd|rd|th)\b", s[end : end + 3]):
        return True
    return bool(
        figure.number < 32
        and _MONTH_BEFORE().search(s[max(0, start - 12) : start])
    )


def find_figures(text: str, normalized: str | None = None) -> list[Found]:
    """
    Every figure in *text*, in order, with its span; years, dates and
    ordinals left out.

    >>> [f.figure.text for f in find_figures(
    ...     "It will reach 2017 billion yen (about 2.5 trillion won) in 2021."
    ... )]
    ['2017 billion yen', 'about 2.5 trillion won']
    """
    s = normalize(text) if normalized is None else normalized
    found: list[Found] = []
    reached = 0
    for anchor in _anchors(s):
        if anchor < reached:
            continue
        span = figure_span(s, anchor)
        if span is None:
            continue
        figure = _parse_span(text, *span, anchor)
        if figure is None:
            continue
        value, start, end = figure
        if _is_date_part(s, start, end, value):
            reached = end
            continue
        found.append(Found(value, start, end))
        reached = end
    return found


def _parse_span(
    text: str, start: int, end: int, anchor: int
) -> tuple[Figure, int, int] | None:
    # The widest reading first, then without the words before the number.
    for begin in dict.fromkeys((start, anchor)):
        try:
            return parse_figure(text[begin:end]), begin, end
        except HnsError:
            continue
    return None


def sentences(s: str) -> Iterator[tuple[int, int]]:
    """
    The (start, end) of each sentence of *s*.

    >>> text = "It rose 1.2%. It fell. 増えた。減った。"
    >>> [text[a:b] for a, b in sentences(text)]
    ['It rose 1.2%.', 'It fell. 増えた。', '減った。']
    """
    start = 0
    for boundary in _SENTENCE_END().finditer(s):
        if boundary.start() > start:
            yield start, boundary.start()
        start = boundary.end()
    if start < len(s):
        yield start, len(s)
