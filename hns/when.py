"""
Relative time expressions (``next month``, ``来年度``, ``지난해``) turned
into spans of dates relative to a publication date.

The rules for phrases a reader could take two ways:

- ``January`` or ``in January`` (no ``next``/``last``/``this``): the
  occurrence within six months of the publication month, either side; at
  exactly six months, the coming one.
- ``next April``: the first April strictly after the publication month;
  ``last April``: the last one strictly before it; ``this April``: April
  of the publication's calendar year.
- ``early``/``mid``/``late`` (上旬/中旬/下旬, 초순/중순/하순) are days 1-10,
  11-20 and 21 to the end of a month; ``末``/``말`` and ``the end of`` read
  as late and ``初旬``/``초`` as early. They apply to month phrases only
  (``March``, ``3月``, ``今年3月``, ``내년 3월``).
- The end of a year (``年末``, ``연말``, ``올해 말``, ``the end of the year``)
  is its December; of a fiscal year (``年度末``), its last month.
- ``by December``: from the publication date to the end of the first
  December on or after the publication month.
- ``on the 27th``: the latest 27th on or before the publication date; for
  a day that a month lacks (``on the 31st`` published 2021-03-05), the
  latest month that has it (2021-01-31).
- ``this/last/next year``, 今年/昨年/来年, 올해/지난해/내년, 전년: calendar
  years; ``fiscal year``, 年度: fiscal years of the calendar passed in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import cast

import attrs

from hns._arguments import as_date, as_text
from hns._loading import LOADING
from hns._values import fields_repr
from hns.errors import ArgumentError, FiscalYearError, HnsError, ParseError
from hns.fiscal import FiscalCalendar, FiscalYear, calendar_of, fiscal_year
from hns.numerals import normalize

__all__ = ["Period", "resolve_period"]


def _start(start: dt.date) -> dt.date:
    return start if start.__class__ is dt.date else as_date(start, "start")


def _end(end: dt.date) -> dt.date:
    return end if end.__class__ is dt.date else as_date(end, "end")


def _check_end(instance: Period, _: object, end: dt.date) -> None:
    if end < instance.start:
        msg = f"a period cannot end on {end}, before it starts"
        raise FiscalYearError(msg)


def _check_text(instance: Period, _: object, text: str) -> None:
    given: object = text  # callers may pass anything
    if given.__class__ is not str and not isinstance(given, str):
        raise ArgumentError(argument="text", expected="a str", given=text)


@attrs.frozen(repr=False)
class Period:
    """
    A span of days from *start* to *end* (both included), with the *text*
    it was read from. Periods are equal when their days are, whatever the
    text.

    >>> p = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31), "next month")
    >>> str(p), p.days
    ('2021-03-01..2021-03-31', 31)
    >>> p == Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31), "来月")
    True

    A datetime stands for its day.

    Raises:
        FiscalYearError: *end* falls before *start*.
        ArgumentError: *start* or *end* is not a date, or *text* not a str.
    """

    __repr__ = fields_repr

    start: dt.date = attrs.field(converter=_start)
    end: dt.date = attrs.field(converter=_end, validator=_check_end)
    text: str = attrs.field(default="", eq=False, validator=_check_text)

    @classmethod
    def of_fiscal_year(cls, fy: FiscalYear) -> Period:
        """
        The days of *fy*, labelled as the year is in English.

        >>> from hns.fiscal import JAPAN
        >>> p = Period.of_fiscal_year(FiscalYear(2020, JAPAN))
        >>> str(p), p.text
        ('2020-04-01..2021-03-31', 'FY2020')

        Raises:
            ArgumentError: *fy* is not a FiscalYear.
        """
        given: object = fy  # callers may pass anything
        if not isinstance(given, FiscalYear):
            raise ArgumentError(
                argument="fy", expected="a FiscalYear", given=fy
            )
        return cls(fy.start, fy.end, fy.label())

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def days(self) -> int:
        """
        How many days the period has.

        >>> Period(dt.date(2024, 2, 1), dt.date(2024, 2, 29)).days
        29
        """
        return (self.end - self.start).days + 1

    def contains(self, date: dt.date) -> bool:
        """
        Whether *date* (a datetime stands for its day) falls in the period.

        >>> p = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31))
        >>> p.contains(dt.date(2021, 3, 31)), p.contains(dt.date(2021, 4, 1))
        (True, False)

        Raises:
            ArgumentError: *date* is not a date.
        """
        if date.__class__ is not dt.date:
            date = as_date(date, "date")
        return self.start <= date <= self.end

    def overlaps(self, other: Period) -> bool:
        """
        Whether the two periods share at least one day.

        >>> march = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31))
        >>> march.overlaps(Period(dt.date(2021, 3, 31), dt.date(2021, 4, 5)))
        True
        >>> march.overlaps(Period(dt.date(2021, 4, 1), dt.date(2021, 4, 5)))
        False

        Raises:
            ArgumentError: *other* is not a Period.
        """
        given: object = other  # callers may pass anything
        if not isinstance(given, Period):
            raise ArgumentError(
                argument="other", expected="a Period", given=other
            )
        return self.start <= other.end and other.start <= self.end

    def fiscal_year(self, calendar: FiscalCalendar | str) -> FiscalYear | None:
        """
        The fiscal year of *calendar* (a calendar or its name) whose days
        are exactly these, if any.

        >>> from hns.fiscal import JAPAN
        >>> p = Period(dt.date(2021, 4, 1), dt.date(2022, 3, 31))
        >>> p.fiscal_year(JAPAN)
        FiscalYear(year=2021, calendar=JAPAN)
        >>> Period(p.start, p.end.replace(day=30)).fiscal_year(JAPAN) is None
        True

        Raises:
            FiscalYearError: an unknown calendar name.
            ArgumentError: *calendar* is neither a calendar nor a name.
        """
        cal = calendar_of(calendar)
        try:
            fy = fiscal_year(self.start, cal)
        except FiscalYearError:
            return None
        if (fy.start, fy.end) == (self.start, self.end):
            return fy
        return None


_Span = tuple[dt.date, dt.date]
_Resolver = Callable[[dt.date, FiscalCalendar], _Span]


def _month_span(published: dt.date, offset: int) -> _Span:
    with LOADING:
        from dateutil.relativedelta import relativedelta

    # The whole calendar month *offset* months from the publication month.
    first = published.replace(day=1) + relativedelta(months=offset)
    return first, first + relativedelta(months=1, days=-1)


def _month(offset: int) -> _Resolver:
    return lambda published, _: _month_span(published, offset)


def _year(offset: int) -> _Resolver:
    return lambda published, _: (
        dt.date(published.year + offset, 1, 1),
        dt.date(published.year + offset, 12, 31),
    )


def _fiscal(offset: int) -> _Resolver:
    return lambda published, calendar: (
        (fiscal_year(published, calendar) + offset).start,
        (fiscal_year(published, calendar) + offset).end,
    )


def _table(
    make: Callable[[int], _Resolver], groups: dict[int, str]
) -> dict[str, _Resolver]:
    # Synonyms separated by "|", grouped by the offset they share.
    return {
        phrase: make(offset)
        for offset, phrases in groups.items()
        for phrase in phrases.split("|")
    }


# Phrases whose span is one whole calendar month (early/mid/late apply).
_MONTH_PHRASES = _table(
    _month,
    {
        0: "this month|今月|이번달",
        1: "next month|来月|다음달",
        -1: "last month|先月|지난달",
    },
)
_PHRASES = _table(
    _year,
    {
        0: "this year|今年|올해|금년",
        1: "next year|来年|내년|다음해",
        -1: "last year|昨年|去年|지난해|작년|전년",
    },
) | _table(
    _fiscal,
    {
        0: "this fiscal year|今年度|本年度",
        1: "next fiscal year|来年度",
        -1: "last fiscal year|前年度|昨年度",
    },
)
_PARTS = {
    word: part
    for part, words in enumerate(
        ("early|上旬|初旬|초순|초", "mid|中旬|중순", "late|下旬|末|하순|말")
    )
    for word in words.split("|")
}
_ABBREVIATIONS = "janfebmaraprmayjunjulaugsepoctnovdec"
_NAME = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?)\.?"
)
_NEAREST = rf"(?:in )?{_NAME}"
_RELATIVE = rf"(this|next|last) {_NAME}"
_BY = rf"by {_NAME}"
_ORDINAL = r"(?:on )?the ([0-9]{1,2})(st|nd|rd|th)"
_PART_BEFORE = r"(?:in )?(early|mid|late)[ -](.+)"
_PART_AFTER = r"(.+?)(上旬|初旬|中旬|下旬|末|초순|초|중순|하순|말)"


def _month_number(name: str) -> int:
    return _ABBREVIATIONS.index(name[:3]) // 3 + 1


def _offset(month: int, published: dt.date, how: str) -> int:
    # Months from the publication month to the *how* occurrence of *month*.
    ahead = (month - published.month) % 12
    if how == "next":
        return ahead or 12
    if how == "last":
        return ahead - 12
    if how == "this":
        return month - published.month
    return ahead if ahead <= 6 else ahead - 12


def _named(month: int, how: str) -> _Resolver:
    return lambda published, _: _month_span(
        published, _offset(month, published, how)
    )


def _by(month: int) -> _Resolver:
    return lambda published, _: (
        published,
        _month_span(published, (month - published.month) % 12)[1],
    )


def _suffix(day: int) -> str:
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _on_day(day: int) -> _Resolver:
    with LOADING:
        from dateutil.relativedelta import relativedelta

    def resolve(published: dt.date, _: FiscalCalendar) -> _Span:
        first = published.replace(day=1)
        if day > published.day:
            first -= relativedelta(months=1)
        while (first + relativedelta(day=day)).day != day:
            first -= relativedelta(months=1)
        date = first.replace(day=day)
        return date, date

    return resolve


def _part(month: _Resolver, part: int) -> _Resolver:
    with LOADING:
        from dateutil.relativedelta import relativedelta

    def resolve(published: dt.date, calendar: FiscalCalendar) -> _Span:
        first, last = month(published, calendar)
        start = first + relativedelta(days=10 * part)
        end = last if part == 2 else start + relativedelta(days=9)
        return start, end

    return resolve


# A month by its number, in this or next year's calendar: 3月, 今年3月,
# 내년 3월 (spaces between wide characters are folded by _key).
_NUMBERED = r"(今年|来年|올해|내년)? ?([0-9]{1,2})(?:月|월)"
_YEAR_OFFSETS = {"今年": 0, "올해": 0, "来年": 1, "내년": 1}
# The end of a year: the last month of the calendar year or of the fiscal
# year under way.
_YEAR_ENDS = {
    "年末": False, "今年末": False, "연말": False, "올해말": False,
    "this year-end": False, "the end of this year": False,
    "the end of the year": False, "year-end": False,
    "年度末": True, "今年度末": True, "the end of this fiscal year": True,
    "the end of the fiscal year": True,
}  # fmt: skip


def _in_year(month: int, offset: int) -> _Resolver:
    return lambda published, _: _month_span(
        published, month - published.month + 12 * offset
    )


def _year_end(fiscal: bool) -> _Resolver:
    def resolve(published: dt.date, calendar: FiscalCalendar) -> _Span:
        if fiscal:
            last = fiscal_year(published, calendar).end
        else:
            last = dt.date(published.year, 12, 31)
        return last.replace(day=1), last

    return resolve


def _read_month(key: str) -> _Resolver | None:
    # A phrase naming one whole calendar month, or None.
    if key in _MONTH_PHRASES:
        return _MONTH_PHRASES[key]
    if match := re.fullmatch(_NUMBERED, key):
        month = int(match[2])
        if not 1 <= month <= 12:
            return None
        if match[1] is None:
            return _named(month, "nearest")
        return _in_year(month, _YEAR_OFFSETS[match[1]])
    if match := re.fullmatch(_NEAREST, key):
        return _named(_month_number(match[1]), "nearest")
    if match := re.fullmatch(_RELATIVE, key):
        return _named(_month_number(match[2]), match[1])
    return None


def _read(key: str) -> _Resolver | None:
    # The resolver for a canonical phrase, or None when it is unknown.
    month = _read_month(key)
    if month is not None:
        return month
    if key in _PHRASES:
        return _PHRASES[key]
    if key in _YEAR_ENDS:
        return _year_end(_YEAR_ENDS[key])
    if match := re.fullmatch(r"(?:at )?the end of (.+)", key):
        inner = _read_month(match[1])
        if inner is not None:
            return _part(inner, 2)
    if match := re.fullmatch(_BY, key):
        return _by(_month_number(match[1]))
    if match := re.fullmatch(_ORDINAL, key):
        day = int(match[1])
        if 1 <= day <= 31 and match[2] == _suffix(day):
            return _on_day(day)
        return None
    for pattern, part, rest in ((_PART_BEFORE, 1, 2), (_PART_AFTER, 2, 1)):
        if (match := re.fullmatch(pattern, key)) and (
            inner := _read_month(match[rest])
        ):
            return _part(inner, _PARTS[match[part]])
    return None


_SPACES = r"\s+"
# Patterns are compiled on first use (re caches them): import stays fast.
# A space between two non-ASCII characters: 다음 달 is 다음달.
_WIDE_GAP = r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])"
_LEADS = frozenset(
    {"this", "next", "last", "in", "by", "on", "the", "early", "mid", "late"}
)
_LONGEST = 40  # characters: longer than any phrase read here


def _key(s: str) -> str:
    return re.sub(_WIDE_GAP, "", re.sub(_SPACES, " ", s.strip()).lower())


def _unreadable(text: str, s: str) -> ParseError:
    # Where reading stopped: after the longest known phrase that starts the
    # text, else after a leading word that starts phrases, else the start.
    begin = len(s) - len(s.lstrip())
    if begin == len(s):
        return ParseError(text, begin, "no time expression")
    for end in range(min(len(s), begin + _LONGEST), begin, -1):
        if not s[end - 1].isspace() and _read(_key(s[:end])) is not None:
            stop = end + len(s[end:]) - len(s[end:].lstrip())
            return ParseError(text, stop, f"unexpected {s[stop]!r}")
    words = s.split()
    if words[0].lower() in _LEADS and len(words) > 1:
        stop = s.index(words[1], begin + len(words[0]))
        return ParseError(text, stop, f"not a period after {words[0]!r}")
    return ParseError(text, begin, "not a time expression hns knows")


def resolve_period(
    text: str, published: dt.date, calendar: FiscalCalendar | str | None
) -> Period:
    """
    The days that *text*, a relative time expression, means in a text
    published on *published*; fiscal-year words use *calendar*.

    English is read in any case; full-width characters and extra spaces
    are folded. The module docstring lists the rules for ambiguous phrases.

    >>> from hns.fiscal import JAPAN
    >>> published = dt.date(2021, 2, 10)
    >>> str(resolve_period("next month", published, JAPAN))
    '2021-03-01..2021-03-31'
    >>> str(resolve_period("来年度", published, JAPAN))
    '2021-04-01..2022-03-31'
    >>> str(resolve_period("in late January", published, JAPAN))
    '2021-01-21..2021-01-31'
    >>> str(resolve_period("on the 31st", dt.date(2021, 3, 5), JAPAN))
    '2021-01-31..2021-01-31'

    *published* may be a date, a datetime (its day counts), an ISO date
    string or a pandas ``Timestamp``; *calendar* a calendar, a name
    (``"JAPAN"``), or None for expressions of no fiscal year.

    Raises:
        ParseError: *text* is not an expression listed here.
        FiscalYearError: the period falls outside the years hns handles; an
            unknown calendar name.
        ArgumentError: *text* is not a str, *published* not a date, or
            *calendar* neither a calendar nor a name (nor None, for an
            expression of a fiscal year).
    """
    s = normalize(as_text(text, "text"))
    resolver = _read(_key(s))
    if resolver is None:
        raise _unreadable(text, s)
    published = as_date(published, "published")
    # None serves expressions of no fiscal year; a fiscal one refuses it
    # (fiscal_year names the calendar argument).
    cal = None if calendar is None else calendar_of(calendar)
    try:
        start, end = resolver(published, cast(FiscalCalendar, cal))
    except (OverflowError, ValueError) as err:
        if isinstance(err, HnsError):
            raise
        msg = f"{text!r} from {published} falls outside the years hns handles"
        raise FiscalYearError(msg) from err
    return Period(start, end, text)
