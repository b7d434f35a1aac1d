"""
The figures and time expressions of a text, found with their spans: the
raw material of an audit.

Years, days of a month and ordinals are dates, not figures; a number glued
to a word (a news agency's "뉴스1") is no figure either. A number that is
written wrongly (two decimal points, broken thousands groups, a myriad unit
out of order) is no figure but a `Malformed` finding, with the figures it
was likely meant to be.

Finding is linear in the text: each figure is read once, from where its
numeral starts, by `hns.parse.figure_at`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

import attrs

from hns._arguments import as_optional_date, as_text
from hns._loading import LOADING
from hns._values import fields_repr
from hns.errors import ArgumentError, HnsError
from hns.figures import Figure
from hns.fiscal import JAPAN, KOREA, FiscalCalendar, FiscalYear
from hns.numerals import (
    ENGLISH_SCALES,
    MYRIAD_UNITS,
    alternation,
    lazy_pattern,
    normalize,
)
from hns.parse import figure_at, lone_number_word, parse_figure
from hns.vocabulary import (
    DATE_SUFFIXES,
    FOLD_WORDS,
    MULTIPLE_WORDS,
    NUMBER_WORDS,
    POINT_WORDS,
    RANGE_WORDS,
    SPELLED_SCALES,
    YEAR_LABELS,
)

if TYPE_CHECKING:
    from hns.when import Period

__all__ = [
    "Found",
    "Malformed",
    "When",
    "find_figures",
    "find_malformed",
    "find_times",
    "scan",
    "sentences",
]

# A number starts a figure unless it is glued to a word ("뉴스1", "G7").
# A number starts a figure unless a letter, a digit or a separator is
# glued before it ("뉴스1", "G7"); 약, 총 and 約 may be.
# "[0-9][0-9]*", not "[0-9]+": a pattern that starts with one character
# lets the engine skip ahead to it, several times faster.
_DIGITS = lazy_pattern("[0-9][0-9]*")
_GLUED = lazy_pattern("[0-9A-Za-z.,\uac00-\ud7a3]")
# A run of kanji numerals right before a myriad unit (二千十七億), tried
# only where a run starts, without backtracking: linear in the text.
_KANJI = "〇一二三四五六七八九十百千"
_KANJI_ANCHOR = lazy_pattern(f"(?<![{_KANJI}])[{_KANJI}]++(?=[万億兆])")
_WORD_ANCHOR = lazy_pattern(
    "(?<![a-z0-9])"
    + alternation([*NUMBER_WORDS, *MULTIPLE_WORDS, *FOLD_WORDS])
    + "(?![a-z])"
)
# Lower-cases ASCII letters only, keeping every position.
_ASCII_LOWER = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
)


def _anchors(s: str, lower: str | None = None) -> list[int]:
    # Where figures may start; the rarer kinds are looked for only when
    # the text has their units or letters at all. *lower*: *s* with its
    # letters lower-cased, one character for one, if already made.
    glued = _GLUED().match
    found = [
        at
        for m in _DIGITS().finditer(s)
        if not (at := m.start())
        or s[at - 1] in "약총約"
        or not glued(s, at - 1)
    ]
    if any(unit in s for unit in "万億兆"):
        found += [m.start() for m in _KANJI_ANCHOR().finditer(s)]
    if lower is None:
        lower = s.lower()
        if len(lower) != len(s):  # a letter that lower-cases to two
            lower = s.translate(_ASCII_LOWER)
    if re.search("[a-z]", lower):
        found += [m.start() for m in _WORD_ANCHOR().finditer(lower)]
    return sorted(found)


_MONTH_BEFORE = lazy_pattern(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$",
    re.IGNORECASE,
)
_ORDINAL = lazy_pattern(r"(?:st|nd|rd|th)(?![A-Za-z0-9_])")
# The year (and month) of a date written in digits, before its month or
# day: "2021-03-01", "2021/3/1".
_DATE_BEFORE = lazy_pattern(
    r"(?<![0-9])(?:19|20)[0-9]{2}([-/])(?:[0-9]{1,2}\1)?$"
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
class Malformed:
    """
    A number written wrongly, where it stands, why, and the figures it was
    likely meant to be (*readings*, each read from a corrected text).

    >>> [m] = find_malformed("It costs ¥2,01,7 billion.")
    >>> m.text, m.reason
    ('¥2,01,7 billion', 'thousands separators that do not group by three')
    >>> [r.text for r in m.readings]
    ['¥201.7 billion', '¥2,017 billion']
    """

    __repr__ = fields_repr

    text: str
    start: int
    end: int
    readings: tuple[Figure, ...]
    reason: str


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
    *published* (a date, a datetime, an ISO date string, a pandas
    ``Timestamp``, or None) in the fiscal calendar of *host* (``JP`` or
    ``KR``; any other, or None, reads the calendar year).

    >>> found = find_times("来年度 and next month", "2021-02-10", "JP")
    >>> [(w.text, str(w.period)) for w in found][0]
    ('来年度', '2021-04-01..2022-03-31')

    Raises:
        ArgumentError: *text* or *normalized* is not a str, *published* no
            date, *host* neither a str nor None.
    """
    text, s = _texts(text, normalized)
    published = as_optional_date(published, "published")
    if host is not None and not isinstance(host, str):
        raise ArgumentError(
            argument="host", expected="'JP', 'KR' or None", given=host
        )
    calendar = JAPAN if host == "JP" else KOREA
    found: list[When] = []
    periods: dict[str, Period | None] = {}  # a phrase means one span
    for match in _time_matches(s):
        phrase = match.group()
        if phrase not in periods:
            periods[phrase] = _period(phrase, published, calendar)
        period = periods[phrase]
        found.append(
            When(
                text[match.start() : match.end()],
                match.start(),
                match.end(),
                period,
            )
        )
    return found


def _period(
    phrase: str, published: dt.date | None, calendar: FiscalCalendar
) -> Period | None:
    # The days a time phrase means, if it can be resolved.
    with LOADING:
        # on first use: hns.finding loads without hns.when
        from hns.when import Period, resolve_period

    try:
        if re.search(r"[0-9元]", phrase):
            return Period.of_fiscal_year(FiscalYear.parse(phrase, calendar))
        if published is not None:
            return resolve_period(phrase, published, calendar)
    except HnsError:
        pass
    return None


class _Item(NamedTuple):
    # A figure of the scan, with where its numeral starts and whether it is
    # a date (dropped at the end, once ranges have seen it).
    figure: Figure
    start: int
    end: int
    anchor: int
    date: bool


def _is_date_part(s: str, start: int, end: int, figure: Figure) -> bool:
    # Years, days of a month, months, hours and ordinals are dates.
    if figure.kind != "count":
        return False
    if (
        end - start == 4
        and s[start : start + 2] in ("19", "20")
        and s[start:end].isdigit()
    ):
        return True
    durations = DATE_SUFFIXES.get(s[end : end + 1])
    if durations is not None and not any(
        s.startswith(word, end + 1) for word in durations
    ):
        return True
    if _ORDINAL().match(s, end):
        return True
    if s.startswith(YEAR_LABELS, end):
        return True  # a fiscal year's label: 令和2年度, 11-15年度, 20년도
    if (
        figure.number <= 31
        and s[start - 1 : start] in ("-", "/")
        and _DATE_BEFORE().search(s[max(0, start - 8) : start])
    ):
        return True  # the month or day of 2021-03-01
    return bool(
        figure.number < 32
        and _MONTH_BEFORE().search(s[max(0, start - 12) : start])
    )


def _bare_word(s: str, anchor: int, end: int, figure: Figure) -> bool:
    # "one of them", "five people": a number word is a figure only with a
    # unit, a scale word, percent or "point" (or as a multiple).
    if not s[anchor].isalpha() or figure.kind != "count":
        return False
    words = re.split(r"[-\s]+", s[anchor:end].lower())
    return not any(w in SPELLED_SCALES or w in POINT_WORDS for w in words)


def _scan(
    text: str, s: str, lower: str | None = None
) -> tuple[list[_Item], list[Malformed]]:
    """
    Every figure (dates included, marked) and every malformed number of
    normalized *s*, in order.
    """
    items: list[_Item] = []
    malformed: list[Malformed] = []
    reached = 0
    for anchor in _anchors(s, lower):
        if anchor < reached:
            continue
        if s[anchor].isalpha() and lone_number_word(s, anchor, reached):
            continue  # "one of them": a bare number word is no figure
        try:
            figure, start, end = figure_at(text, s, anchor, reached)
        except HnsError:
            bad = _malformed(text, s, anchor, reached)
            if isinstance(bad, Malformed):
                malformed.append(bad)
                reached = bad.end
            else:
                reached = max(reached, bad)
            continue
        if _bare_word(s, anchor, end, figure):
            continue
        date = _is_date_part(s, start, end, figure)
        items.append(_Item(figure, start, end, anchor, date))
        reached = end
    return _join_ranges(text, s, items), malformed


def _texts(text: object, normalized: object) -> tuple[str, str]:
    # The text to search and its normalized form (made here unless given).
    text = as_text(text, "text")
    if normalized is None:
        return text, normalize(text)
    return text, as_text(normalized, "normalized")


def find_figures(text: str, normalized: str | None = None) -> list[Found]:
    """
    Every figure in *text*, in order, with its span; years, dates and
    ordinals left out, and malformed numbers too (see `find_malformed`).

    >>> [f.figure.text for f in find_figures(
    ...     "It will reach 2017 billion yen (about 2.5 trillion won) in 2021."
    ... )]
    ['2017 billion yen', 'about 2.5 trillion won']

    The first end of a range takes the scale and unit of the second:

    >>> [str(f.figure.value) for f in find_figures("10조3000~3500억원")]
    ['10300000000000 KRW', '10350000000000 KRW']

    Never raises, whatever the text.

    Raises:
        ArgumentError: *text* (or *normalized*) is not a str.
    """
    text, s = _texts(text, normalized)
    items, _ = _scan(text, s)
    return [Found(i.figure, i.start, i.end) for i in items if not i.date]


def scan(
    text: str, normalized: str | None = None, lowered: str | None = None
) -> tuple[list[Found], list[Malformed]]:
    """
    `find_figures` and `find_malformed` in one pass over *text* (with
    *normalized* and *lowered*, its `normalize` form and that form's
    letters lower-cased one for one, when the caller has them).

    >>> found, malformed = scan("It is ¥201.7 billion, not ¥2,01,7 billion.")
    >>> [f.figure.text for f in found], [m.text for m in malformed]
    (['¥201.7 billion'], ['¥2,01,7 billion'])
    """
    s = normalize(text) if normalized is None else normalized
    items, malformed = _scan(text, s, lowered)
    found = [Found(i.figure, i.start, i.end) for i in items if not i.date]
    return found, malformed


def find_malformed(
    text: str, normalized: str | None = None
) -> list[Malformed]:
    """
    Every amount in *text* whose number is written wrongly, with the
    figures it was likely meant to be.

    >>> [m] = find_malformed("예산은 54억6112억 원이다.")
    >>> m.text, [str(r.value) for r in m.readings]
    ('54억6112억 원', ['54611200000000 KRW', '5461120000 KRW'])

    Never raises, whatever the text.
    """
    s = normalize(text) if normalized is None else normalized
    _, malformed = _scan(text, s)
    return malformed


_RANGE_BETWEEN = lazy_pattern(
    "|".join(
        f"[ \\t]+{word}[ \\t]+"
        if word.isalpha()
        else "-"
        if word == "-"
        else f"[ \\t]*{re.escape(word)}[ \\t]*"
        for word in RANGE_WORDS
    ),
    re.IGNORECASE,
)
_LEADING_DIGITS = lazy_pattern(r"[0-9][0-9,.]*")


def _join_ranges(text: str, s: str, items: list[_Item]) -> list[_Item]:
    # "10조3000~3500억원", "10 to 20 billion yen": the first end takes the
    # scale and unit of the second (and the second the larger units of the
    # first); "21~23日" is a range of dates.
    for i in range(len(items) - 1):
        first, second = items[i], items[i + 1]
        if _RANGE_BETWEEN().fullmatch(s, first.end, second.anchor) is None:
            continue
        if second.start < second.anchor:  # took "~" or "-" as its own
            try:
                figure, start, end = figure_at(
                    text, s, second.anchor, second.anchor
                )
            except HnsError:
                continue
            second = items[i + 1] = second._replace(
                figure=figure,
                start=start,
                end=end,
                date=_is_date_part(s, start, end, figure),
            )
        if second.date:
            items[i] = first._replace(date=True)
        elif not first.date:
            joined = _complete(text, s, first, second)
            if joined is not None:
                items[i], items[i + 1] = joined
    return items


def _complete(
    text: str, s: str, first: _Item, second: _Item
) -> tuple[_Item, _Item] | None:
    if first.figure.kind != "count" or not s[first.end - 1].isdigit():
        return None
    digits = _LEADING_DIGITS().match(s, second.anchor)
    if digits is None:
        return None
    tail = text[digits.end() : second.end]
    if not tail.strip():
        return None
    written = text[first.start : first.end]
    head = max(written.rfind(u) for u in MYRIAD_UNITS)
    try:
        low = parse_figure(written + tail)
        high = second.figure
        unit = tail.lstrip()[:1]
        if (
            head >= 0
            and MYRIAD_UNITS.get(unit, 99) < MYRIAD_UNITS[written[head]]
        ):
            high = parse_figure(
                written[: head + 1] + text[second.anchor : second.end]
            )
    except HnsError:
        return None
    if (
        low.kind != high.kind
        or low.currency != high.currency
        or not low.number < high.number
    ):
        return None
    return first._replace(figure=low), second._replace(figure=high)


# A number written wrongly: digits and separators, myriad units and kanji
# numerals, with no space.
_BLOB = lazy_pattern(f"[0-9.,{''.join(MYRIAD_UNITS)}{_KANJI}천백십]+")
_SCALE_AFTER = lazy_pattern(
    "[ \\t]*(?:"
    + "|".join(sorted(ENGLISH_SCALES, key=len, reverse=True))
    + ")(?![A-Za-z])",
    re.IGNORECASE,
)
# Myriad units in order, per script: a slip types a neighbour.
_LADDERS = ("만억조경", "万億兆京", "萬億兆京")
_LONGEST_BLOB = 64


def _malformed(text: str, s: str, anchor: int, floor: int) -> Malformed | int:
    """
    The malformed amount whose number starts at *anchor*, or where the
    number that could not be read ends (nothing of it is a figure).
    """
    blob = _BLOB().match(s, anchor)
    if blob is None:
        return anchor
    raw = blob.group().rstrip(".,")
    number_end = anchor + len(raw)
    family = _family(raw) if 0 < len(raw) <= _LONGEST_BLOB else None
    if family is None:
        return blob.end()
    reason, corrections = family
    # The words around the number, read around a well-formed stand-in.
    stand_in = "1" + (raw[-1] if raw[-1] in MYRIAD_UNITS else "")
    lo = max(floor, anchor - 40)
    window = s[lo:anchor] + stand_in + s[number_end : number_end + 60]
    try:
        figure, start, end = figure_at(window, window, anchor - lo)
    except HnsError:
        return blob.end()
    stand_in_end = anchor - lo + len(stand_in)
    if not (
        figure.kind != "count"
        or len(stand_in) > 1
        or _SCALE_AFTER().match(s, number_end)
    ):
        return blob.end()
    start += lo
    end += number_end - stand_in_end
    readings: list[Figure] = []
    for corrected in corrections:
        try:
            reading = parse_figure(
                text[start:anchor] + corrected + text[number_end:end]
            )
        except HnsError:
            continue
        if all(reading.value != r.value for r in readings):
            readings.append(reading)
    return Malformed(text[start:end], start, end, tuple(readings), reason)


def _family(raw: str) -> tuple[str, list[str]] | None:
    """
    What is wrong with the number *raw* and how it was likely meant, most
    likely first; None if it is none of the slips known here.
    """
    if re.fullmatch(r"[0-9.,]+", raw):
        if raw.count(".") >= 2 and "," not in raw:
            return "two decimal points in one number", _dot_slips(raw)
        if "," in raw and "." not in raw:
            reason = "thousands separators that do not group by three"
            return reason, _comma_slips(raw)
        return None
    grouped = re.fullmatch(r"([0-9]{1,4}(?:,[0-9]+)+)(.)", raw)
    if grouped and grouped.group(2) in MYRIAD_UNITS:
        # 1,0551億: a comma typed for the next myriad unit, or stray.
        digits, unit = grouped.groups()
        parts = digits.split(",")
        if any(len(part) != 3 for part in parts[1:]):
            rest = str(int("".join(parts[1:])))
            slips = [f"{parts[0]}{_step(unit, 1)}{rest}{unit}"]
            slips.append("".join(parts) + unit)
            reason = "thousands separators that do not group by three"
            return reason, slips
    units = [(i, c) for i, c in enumerate(raw) if c in MYRIAD_UNITS]
    for (i, unit), (j, later) in itertools.pairwise(units):
        if MYRIAD_UNITS[unit] <= MYRIAD_UNITS[later]:
            reason = "a myriad unit that does not descend"
            slips = [
                raw[:i] + _step(unit, 1) + raw[i + 1 :],
                raw[:j] + _step(later, -1) + raw[j + 1 :],
            ]
            return reason, [slip for slip in slips if slip != raw]
    return None


def _step(unit: str, by: int) -> str:
    # The myriad unit *by* steps from *unit* in its script (itself if none).
    for ladder in _LADDERS:
        at = ladder.find(unit)
        if at >= 0 and 0 <= at + by < len(ladder):
            return ladder[at + by]
    return unit


def _dot_slips(raw: str) -> list[str]:
    # 1.38.9: a dot typed for a thousands comma (a digit lost with it), or
    # one dot too many.
    parts = raw.split(".")
    slips = []
    if all(parts) and all(len(p) <= 3 for p in parts[:-1]):
        groups = "".join("," + p.zfill(3) for p in parts[1:-1])
        slips.append(f"{parts[0]}{groups}.{parts[-1]}")
    for i in range(1, len(parts)):
        joined = [*parts[: i - 1], parts[i - 1] + parts[i], *parts[i + 1 :]]
        slips.append(".".join(joined))
    return slips


def _comma_slips(raw: str) -> list[str]:
    # 2,01,7: the last comma was a decimal point, or the commas stray.
    parts = raw.split(",")
    if not all(part.isdigit() for part in parts):
        return []
    whole = "".join(parts[:-1])
    return [
        f"{int(whole):,}.{parts[-1]}",
        f"{int(''.join(parts)):,}",
    ]


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
