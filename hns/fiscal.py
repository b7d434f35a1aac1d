"""
Fiscal calendars and fiscal years: Japan's April year, the US October
year, Korea's calendar year, the UK's April year labelled ``2021-22``, and
any a user defines; Japanese era names for labels.

Dates are `datetime.date`; python-dateutil does the date arithmetic.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal
from typing import Literal, NamedTuple

import attrs

from hns._arguments import as_date, as_text, as_whole
from hns._loading import LOADING
from hns._values import fields_repr
from hns.errors import ArgumentError, FiscalYearError, ParseError, shown
from hns.numerals import normalize

__all__ = [
    "CALENDARS",
    "ERAS",
    "JAPAN",
    "KOREA",
    "UK",
    "US_FEDERAL",
    "Era",
    "FiscalCalendar",
    "FiscalYear",
    "calendar_of",
    "era_of",
    "era_to_year",
    "era_year",
    "fiscal_year",
]

Naming = Literal["start", "end"]


class Era(NamedTuple):
    """
    A Japanese era: its name, romanized name, one-letter abbreviation and
    the Gregorian date of its first day.

    >>> ERAS[-1].name, ERAS[-1].start
    ('令和', datetime.date(2019, 5, 1))
    """

    name: str
    romaji: str
    letter: str
    start: dt.date


ERAS: tuple[Era, ...] = (
    # Meiji began on Keiō 4/9/8 of the old calendar, 1868-10-23 Gregorian.
    Era("明治", "Meiji", "M", dt.date(1868, 10, 23)),
    Era("大正", "Taisho", "T", dt.date(1912, 7, 30)),
    Era("昭和", "Showa", "S", dt.date(1926, 12, 25)),
    Era("平成", "Heisei", "H", dt.date(1989, 1, 8)),
    Era("令和", "Reiwa", "R", dt.date(2019, 5, 1)),
)
"""
The modern Japanese eras, oldest first.
"""

_ERA_BY_NAME: dict[str, Era] = {}
for _era in ERAS:
    for _key in (_era.name, _era.romaji.lower(), _era.letter.lower()):
        _ERA_BY_NAME[_key] = _era


def era_of(date: dt.date) -> Era:
    """
    The era in force on *date* (a date, a datetime or an ISO date string,
    as every date argument of hns).

    >>> era_of(dt.date(2019, 4, 30)).name
    '平成'

    Raises:
        FiscalYearError: *date* is before Meiji.
        ArgumentError: *date* is not a date.
    """
    day = as_date(date, "date")
    for era in reversed(ERAS):
        if day >= era.start:
            return era
    msg = f"{day.isoformat()} is before the Meiji era ({ERAS[0].start})"
    raise FiscalYearError(msg)


def era_year(date: dt.date) -> tuple[str, int]:
    """
    The era name and year of *date* (year 1 is 元年).

    >>> era_year(dt.date(2021, 3, 31))
    ('令和', 3)
    >>> era_year(dt.date(1989, 1, 7)), era_year(dt.date(1989, 1, 8))
    (('昭和', 64), ('平成', 1))

    Raises:
        FiscalYearError: *date* is before Meiji.
        ArgumentError: *date* is not a date.
    """
    day = as_date(date, "date")
    era = era_of(day)
    return era.name, day.year - era.start.year + 1


def era_to_year(era: str, year: int) -> int:
    """
    The Gregorian year of *year* in *era* (a name, romaji or letter).

    >>> era_to_year("令和", 3), era_to_year("H", 31), era_to_year("Showa", 64)
    (2021, 2019, 1989)

    Raises:
        FiscalYearError: an unknown era, or a year the era never reached.
        ArgumentError: an *era* that is not a str, or a *year* that is not
            a whole number.
    """
    era = as_text(era, "era", "an era name such as '令和' (str)")
    year = as_whole(year, "year")
    found = _ERA_BY_NAME.get(era.strip().lower())
    if found is None:
        msg = f"unknown era {shown(era)}"
        raise FiscalYearError(msg)
    index = ERAS.index(found)
    last = (
        ERAS[index + 1].start.year
        if index + 1 < len(ERAS)
        else dt.date.max.year
    )
    gregorian = found.start.year + year - 1
    if year < 1 or gregorian > last:
        msg = f"{found.name} has no year {shown(year)}"
        raise FiscalYearError(msg)
    return gregorian


def _check_name(instance: FiscalCalendar, _: object, name: str) -> None:
    given: object = name  # callers may pass anything
    if not isinstance(given, str):
        raise ArgumentError(argument="name", expected="a str", given=name)
    if not name:
        msg = "a fiscal calendar needs a name, not ''"
        raise FiscalYearError(msg)


def _whole_day(day: int) -> int:
    return as_whole(day, "start_day", "a whole number from 1 to 28")


def _whole_month(month: int) -> int:
    return as_whole(month, "start_month", "a whole number from 1 to 12")


def _check_day(instance: FiscalCalendar, _: object, day: int) -> None:
    if not 1 <= day <= 28:
        msg = f"'start_day' must be 1 to 28, not {shown(day)}"
        raise FiscalYearError(msg)


def _check_month(instance: FiscalCalendar, _: object, month: int) -> None:
    if not 1 <= month <= 12:
        msg = f"'start_month' must be 1 to 12, not {shown(month)}"
        raise FiscalYearError(msg)


def _check_naming(instance: FiscalCalendar, _: object, naming: str) -> None:
    given: object = naming
    if not isinstance(given, str):
        raise ArgumentError(
            argument="naming", expected="'start' or 'end'", given=naming
        )
    if naming not in ("start", "end"):
        msg = f"'naming' must be 'start' or 'end', not {shown(naming)}"
        raise FiscalYearError(msg)


def _check_flag(instance: FiscalCalendar, _: object, span: bool) -> None:
    given: object = span
    if given is not True and given is not False:
        raise ArgumentError(argument="span", expected="a bool", given=span)


@attrs.frozen(repr=False)
class FiscalCalendar:
    """
    How a fiscal year runs: the month and day it starts, and whether a year
    is named by the calendar year it starts in or ends in.

    ``span`` labels read ``2021-22`` (the UK's habit).

    >>> JAPAN.start_month, JAPAN.naming, US_FEDERAL.naming
    (4, 'start', 'end')
    >>> FiscalCalendar("AUSTRALIA", 7, naming="end").start_month
    7

    Raises:
        ArgumentError: a field of the wrong type (a *name* that is not a
            str, a month or day that is not an int, a *span* that is not a
            bool, a *naming* that is not a str).
        FiscalYearError: an empty *name*, a *start_month* outside 1-12, a
            *start_day* outside 1-28 (every month has it), a *naming*
            other than ``"start"`` or ``"end"``.
    """

    __repr__ = fields_repr

    name: str = attrs.field(validator=_check_name)
    start_month: int = attrs.field(
        default=1, converter=_whole_month, validator=_check_month
    )
    start_day: int = attrs.field(
        default=1, converter=_whole_day, validator=_check_day
    )
    naming: Naming = attrs.field(default="start", validator=_check_naming)
    span: bool = attrs.field(default=False, validator=_check_flag)

    @property
    def is_calendar_year(self) -> bool:
        """
        Whether the fiscal year is the calendar year.

        >>> KOREA.is_calendar_year, JAPAN.is_calendar_year
        (True, False)
        """
        return self.start_month == 1 and self.start_day == 1


JAPAN = FiscalCalendar("JAPAN", 4)
"""
Japan: 1 April to 31 March, named by the year it starts in (年度).
"""
US_FEDERAL = FiscalCalendar("US_FEDERAL", 10, naming="end")
"""
The US federal government: 1 October to 30 September, named by its end.
"""
KOREA = FiscalCalendar("KOREA")
"""
Korea: the calendar year (회계연도).
"""
UK = FiscalCalendar("UK", 4, span=True)
"""
The UK government: 1 April to 31 March, labelled ``2021-22``.
"""
CALENDARS = {c.name: c for c in (JAPAN, US_FEDERAL, KOREA, UK)}
"""
The bundled calendars by name, as `FiscalYear` also accepts them.
"""

_MIN_YEAR, _MAX_YEAR = 1, 9998


def _whole_year(year: int) -> int:
    # A year as a whole number: an int, or numpy's int64 from a table.
    if year.__class__ is int:
        return year
    return as_whole(year, "year", "a whole number (int)")


def _check_year(instance: FiscalYear, _: object, year: int) -> None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        msg = f"fiscal year {shown(year)} is out of range"
        raise FiscalYearError(msg)


def calendar_of(
    calendar: object, argument: str = "calendar"
) -> FiscalCalendar:
    """
    A fiscal calendar, or the calendar of that name in any case
    (``"JAPAN"``, ``"us_federal"``, ``" Korea "``), as every argument
    that takes a calendar reads it.

    >>> calendar_of("japan") is JAPAN
    True

    Raises:
        FiscalYearError: no calendar of that name.
        ArgumentError: neither a calendar nor a name; the message names
            *argument*.
    """
    if isinstance(calendar, FiscalCalendar):
        return calendar
    known = ", ".join(CALENDARS)
    if not isinstance(calendar, str):
        raise ArgumentError(
            argument=argument,
            expected=f"a FiscalCalendar or one of {known}",
            given=calendar,
        )
    found = CALENDARS.get(calendar.strip().upper())
    if found is not None:
        return found
    msg = f"a fiscal calendar is one of {known}, not {shown(calendar)}"
    raise FiscalYearError(msg)


def _check_span(
    instance: FiscalYear, _: object, calendar: FiscalCalendar
) -> None:
    # Every day of the year is a date: the US "FY1" would start in year 0.
    first = instance.year
    if calendar.naming == "end" and not calendar.is_calendar_year:
        first -= 1
    last = first if calendar.is_calendar_year else first + 1
    if first < 1 or last > 9999:
        msg = f"fiscal year {instance.year} of {calendar.name} has no dates"
        raise FiscalYearError(msg)


@functools.total_ordering
@attrs.frozen(eq=True, order=False)
class FiscalYear:
    """
    One fiscal year of one calendar.

    >>> fy = FiscalYear(2021, JAPAN)
    >>> fy.start, fy.end
    (datetime.date(2021, 4, 1), datetime.date(2022, 3, 31))
    >>> FiscalYear(2021, US_FEDERAL).start
    datetime.date(2020, 10, 1)
    >>> fy + 1
    FiscalYear(year=2022, calendar=JAPAN)
    >>> FiscalYear(2021, JAPAN) == FiscalYear(2021, US_FEDERAL)
    False

    *year* is an int (numpy's ``int64`` too), *calendar* a calendar or
    its name in any case (``"JAPAN"``, ``"us_federal"``). ``str`` names
    the calendar and the year as `label` writes it, and `parse` reads it
    back:

    >>> str(FiscalYear(2021, "japan")), str(FiscalYear(2021, UK))
    ('JAPAN FY2021', 'UK 2021-22')

    Raises:
        FiscalYearError: a *year* out of the range 1 to 9998, or one whose
            days Python's dates cannot hold; an unknown calendar name.
        ArgumentError: a *year* that is not a whole number, a *calendar*
            that is neither a calendar nor a name.
    """

    year: int = attrs.field(converter=_whole_year, validator=_check_year)
    calendar: FiscalCalendar = attrs.field(
        converter=calendar_of, validator=_check_span
    )

    def __repr__(self) -> str:
        return f"FiscalYear(year={self.year}, calendar={self.calendar.name})"

    def __str__(self) -> str:
        return f"{self.calendar.name} {self.label()}"

    @classmethod
    def containing(
        cls, date: dt.date, calendar: FiscalCalendar | str
    ) -> FiscalYear:
        """
        The fiscal year of *calendar* that *date* falls in; see
        `fiscal_year`.

        >>> FiscalYear.containing(dt.date(2021, 1, 31), JAPAN).year
        2020
        >>> FiscalYear.containing("2021-01-31", "japan").year
        2020
        """
        return fiscal_year(date, calendar)

    @classmethod
    def parse(
        cls, text: str, calendar: FiscalCalendar | str | None = None
    ) -> FiscalYear:
        """
        Read a fiscal year as written: ``FY2021``, ``fiscal 2021``,
        ``fiscal year 2021``, ``FY2021/22``, ``2021-22``, ``2021年度``,
        ``令和3年度``, ``令和元年度``, ``平成31年度``, ``H28年度``,
        ``R3年度``, ``2021회계연도``, ``2021년도``; and the labels hns
        writes, each read back: every `label`, ``str(fy)`` (``JAPAN
        FY2021``, ``UK 2021-22``: the calendar's name first), and
        ``JFY2021`` (Japan's) and ``USFY2021`` (the US federal year).

        The calendar follows from the words where it can (年度 → JAPAN,
        회계연도 and 년도 → KOREA, a calendar's name or JFY/USFY); other
        English forms need *calendar* (a calendar or its name).

        >>> FiscalYear.parse("令和3年度")
        FiscalYear(year=2021, calendar=JAPAN)
        >>> FiscalYear.parse("平成31年度") == FiscalYear.parse("令和元年度")
        True
        >>> FiscalYear.parse("FY2021", US_FEDERAL).start
        datetime.date(2020, 10, 1)
        >>> FiscalYear.parse("2021-22", "uk")
        FiscalYear(year=2021, calendar=UK)
        >>> FiscalYear.parse("JFY2021")
        FiscalYear(year=2021, calendar=JAPAN)
        >>> FiscalYear.parse("USFY2021").start
        datetime.date(2020, 10, 1)
        >>> fy = FiscalYear(2021, KOREA)
        >>> FiscalYear.parse(str(fy)) == fy
        True

        Raises:
            ParseError: not a fiscal year, no calendar to read it in, or a
                calendar named in the text other than *calendar*.
            FiscalYearError: an era year that never was; an unknown
                calendar name.
            ArgumentError: *text* is not a str, or *calendar* neither a
                calendar nor a name.
        """
        return _parse(text, calendar)

    @property
    def start(self) -> dt.date:
        """
        The first day.

        >>> FiscalYear(2021, US_FEDERAL).start
        datetime.date(2020, 10, 1)
        """
        cal = self.calendar
        year = self.year
        if cal.naming == "end" and not cal.is_calendar_year:
            year -= 1
        return dt.date(year, cal.start_month, cal.start_day)

    @property
    def end(self) -> dt.date:
        """
        The last day (inclusive).

        >>> FiscalYear(2024, KOREA).end
        datetime.date(2024, 12, 31)
        """
        start = self.start  # start_day <= 28: every year has that day
        return start.replace(year=start.year + 1) - dt.timedelta(days=1)

    @property
    def days(self) -> int:
        """
        How many days the year has.

        >>> FiscalYear(2023, JAPAN).days, FiscalYear(2024, KOREA).days
        (366, 366)
        """
        return (self.end - self.start).days + 1

    def contains(self, date: dt.date) -> bool:
        """
        Whether *date* (a date, a datetime or an ISO date string) falls in
        this year.

        >>> FiscalYear(2020, JAPAN).contains(dt.date(2021, 3, 31))
        True

        Raises:
            ArgumentError: *date* is not a date.
        """
        if date.__class__ is not dt.date:
            date = as_date(date, "date")
        return self.start <= date <= self.end

    def __add__(self, years: int) -> FiscalYear:
        if years.__class__ is not int and (
            isinstance(years, bool) or not isinstance(years, int)
        ):
            return NotImplemented
        return FiscalYear(self.year + years, self.calendar)

    def __sub__(self, years: int) -> FiscalYear:
        if years.__class__ is not int and (
            isinstance(years, bool) or not isinstance(years, int)
        ):
            return NotImplemented
        return FiscalYear(self.year - years, self.calendar)

    def __lt__(self, other: FiscalYear) -> bool:
        if not isinstance(other, FiscalYear):
            return NotImplemented
        _same_calendar(self, other)
        return self.year < other.year

    def _year(self, other: object, argument: str) -> FiscalYear:
        # A fiscal year as given: a FiscalYear, or a year (an int) of this
        # one's calendar.
        if isinstance(other, FiscalYear):
            return other
        year = as_whole(
            other, argument, "a FiscalYear or a year (int) of its calendar"
        )
        return FiscalYear(year, self.calendar)

    def distance(self, other: FiscalYear | int) -> int:
        """
        How many years *other* (a fiscal year, or a year of this calendar)
        lies after this one (same calendar).

        >>> FiscalYear(2016, JAPAN).distance(FiscalYear(2020, JAPAN))
        4
        >>> FiscalYear(2016, JAPAN).distance(2020)
        4

        Raises:
            FiscalYearError: *other* is of another calendar.
            ArgumentError: *other* is neither a FiscalYear nor an int.
        """
        other = self._year(other, "other")
        _same_calendar(self, other)
        return other.year - self.year

    def overlap(self, other: FiscalYear | int) -> int:
        """
        Days this year shares with *other*, of any calendar (an int is a
        year of this one's).

        >>> FiscalYear(2021, JAPAN).overlap(FiscalYear(2021, KOREA))
        275

        Raises:
            ArgumentError: *other* is neither a FiscalYear nor an int.
        """
        other = self._year(other, "other")
        first = max(self.start, other.start)
        last = min(self.end, other.end)
        return max(0, (last - first).days + 1)

    def split(self, by: FiscalCalendar | str) -> dict[FiscalYear, Decimal]:
        """
        The share of this year's days that falls in each year of *by* (a
        calendar or its name); the shares add up to exactly 1.

        >>> shares = FiscalYear(2021, JAPAN).split(by=KOREA)
        >>> {fy.year: round(share, 4) for fy, share in shares.items()}
        {2021: Decimal('0.7534'), 2022: Decimal('0.2466')}

        Raises:
            FiscalYearError: a year of *by* that falls outside the years
                hns handles; an unknown calendar name.
            ArgumentError: *by* is neither a calendar nor a name.
        """
        calendar = calendar_of(by, "by")
        first = fiscal_year(self.start, calendar)
        last = fiscal_year(self.end, calendar)
        years = [first + n for n in range(last.year - first.year + 1)]
        shares: dict[FiscalYear, Decimal] = {}
        remaining = Decimal(1)
        for other in years[:-1]:
            share = Decimal(self.overlap(other)) / Decimal(self.days)
            shares[other] = share
            remaining -= share
        shares[years[-1]] = remaining
        return shares

    def quarters(self) -> tuple[tuple[dt.date, dt.date], ...]:
        """
        The four quarters as (first day, last day).

        >>> FiscalYear(2021, JAPAN).quarters()[3]
        (datetime.date(2022, 1, 1), datetime.date(2022, 3, 31))
        """
        with LOADING:
            from dateutil.relativedelta import relativedelta

        starts = [self.start + relativedelta(months=3 * n) for n in range(5)]
        return tuple(
            (starts[n], starts[n + 1] - dt.timedelta(days=1)) for n in range(4)
        )

    def label(self, locale: str = "en", *, era: bool = False) -> str:
        """
        The year as written in *locale*: ``FY2021``, ``2021-22`` (span
        calendars), ``2021年度``, ``2021회계연도``; with *era*, the
        Japanese era form ``令和3年度`` (year 1 is 元年).

        The era is the one in force for most of the year, so FY2019 is
        ``令和元年度``.

        >>> FiscalYear(2021, JAPAN).label("ja")
        '2021年度'
        >>> FiscalYear(2019, JAPAN).label("ja", era=True)
        '令和元年度'
        >>> FiscalYear(2021, UK).label()
        '2021-22'

        Raises:
            ArgumentError: a *locale* that is not a str, or an *era* that
                is not a bool.
            FiscalYearError: with *era*, a year before the Meiji era.
        """
        given: object = locale  # callers may pass anything
        if given.__class__ is not str and not isinstance(given, str):
            raise ArgumentError(
                argument="locale", expected="a locale name (str)", given=locale
            )
        if era is not False:
            if era is not True:
                raise ArgumentError(
                    argument="era", expected="a bool", given=era
                )
            name, number = self._era_year()
            return f"{name}{'元' if number == 1 else number}年度"
        language = locale.replace("-", "_").split("_")[0].lower()
        if language == "ja":
            return f"{self.year}年度"
        if language == "ko":
            return f"{self.year}회계연도"
        if self.calendar.span:
            first = self.start.year
            return f"{first}-{(first + 1) % 100:02d}"
        return f"FY{self.year}"

    def _era_year(self) -> tuple[str, int]:
        era = era_of(self.end)
        if era.start > self.start:
            days_before = (era.start - self.start).days
            if days_before * 2 > self.days:
                era = era_of(self.start)
        return era.name, max(1, self.start.year - era.start.year + 1)


def _same_calendar(a: FiscalYear, b: FiscalYear) -> None:
    other: object = b  # callers may pass anything
    if not isinstance(other, FiscalYear):
        raise ArgumentError(argument="other", expected="a FiscalYear", given=b)
    if a.calendar != b.calendar:
        msg = (
            f"cannot compare fiscal years of {a.calendar.name} and"
            f" {b.calendar.name}"
        )
        raise FiscalYearError(msg)


def fiscal_year(date: dt.date, calendar: FiscalCalendar | str) -> FiscalYear:
    """
    The fiscal year of *calendar* (a calendar or its name) that *date*
    falls in. *date* is a date, a datetime (its day), an ISO date string
    or a pandas ``Timestamp``, as every date argument of hns.

    >>> fiscal_year(dt.date(2021, 1, 31), JAPAN)
    FiscalYear(year=2020, calendar=JAPAN)
    >>> fiscal_year(dt.date(2020, 10, 1), US_FEDERAL)
    FiscalYear(year=2021, calendar=US_FEDERAL)
    >>> fiscal_year(dt.datetime(2021, 3, 31, 23, 59), "japan").year
    2020
    >>> fiscal_year("2021-03-31", "JAPAN").year
    2020

    Raises:
        FiscalYearError: a fiscal year outside the years hns handles (the
            US fiscal year of 9999-10-01 is FY10000); an unknown calendar
            name.
        ArgumentError: *date* is not a date, or *calendar* neither a
            calendar nor a name.
    """
    if date.__class__ is not dt.date:
        date = as_date(date, "date")
    cal = (
        calendar
        if isinstance(calendar, FiscalCalendar)
        else calendar_of(calendar)
    )
    started = (date.month, date.day) >= (cal.start_month, cal.start_day)
    start_year = date.year if started else date.year - 1
    if cal.naming == "end" and not cal.is_calendar_year:
        return FiscalYear(start_year + 1, cal)
    return FiscalYear(start_year, cal)


_ERA_NAMES = "|".join(
    sorted(
        [e.name for e in ERAS] + [e.romaji for e in ERAS],
        key=len,
        reverse=True,
    )
)
# Patterns are compiled on first use (re caches them): import stays fast.
_YEAR_SPAN = r"(?P<a>[0-9]{4})\s*[/-]\s*(?P<b>[0-9]{2}|[0-9]{4})"
_FY = r"(?:FY|fiscal(?:\s+year)?)\s*"
# (pattern, flags, the calendar the wording implies); compiled on first
# use, which re caches, so that import stays fast.
_FORMS: tuple[tuple[str, int, FiscalCalendar | None], ...] = (
    (
        rf"(?P<era>{_ERA_NAMES}|[MTSHR])\s*(?P<n>[0-9]{{1,4}}|元)\s*年度",
        re.IGNORECASE,
        JAPAN,
    ),
    (r"(?P<y>[0-9]{4})\s*年度", 0, JAPAN),
    (r"(?P<y>[0-9]{4})\s*(?:회계\s*)?연도|(?P<y2>[0-9]{4})년도", 0, KOREA),
    (_FY + _YEAR_SPAN, re.IGNORECASE, None),
    (_YEAR_SPAN, 0, None),
    (_FY + r"'?(?P<y>[0-9]{4})", re.IGNORECASE, None),
)


# JFY2021 (Japan's fiscal year), USFY2021 and US FY2021 (the US federal
# year), as texts about host-nation support and hns's messages write them.
_ABBREVIATED = r"(?:(?P<j>J)|(?P<us>US) ?)(?=FY)"


def _named_calendar(
    text: str, s: str, calendar: FiscalCalendar | None
) -> tuple[str, FiscalCalendar | None]:
    # *s* without the calendar it names first (``JAPAN FY2021`` as str()
    # writes it, ``JFY2021``), and the calendar to read it in.
    named: FiscalCalendar | None = None
    short = re.match(_ABBREVIATED, s, re.IGNORECASE)
    if short is not None:
        named = JAPAN if short["j"] else US_FEDERAL
        s = s[short.end() :]
    else:
        word, _, rest = s.partition(" ")
        if word.upper() in CALENDARS and rest:
            named = CALENDARS[word.upper()]
        elif calendar is not None and word.upper() == calendar.name.upper():
            named = calendar
        elif calendar is None and rest and _is_label(rest.strip()):
            reason = f"which fiscal calendar is {word!r}? pass calendar="
            raise ParseError(text, 0, reason)
        if named is not None:
            s = rest.strip()
    if named is None:
        return s, calendar
    if calendar is not None and calendar != named:
        reason = f"a {named.name} year, not a {calendar.name} one"
        raise ParseError(text, 0, reason)
    return s, named


def _is_label(s: str) -> bool:
    # Whether *s* is written as a fiscal year is.
    return any(re.fullmatch(p, s, flags) for p, flags, _ in _FORMS)


def _parse(text: str, calendar: FiscalCalendar | str | None) -> FiscalYear:
    s = normalize(as_text(text, "text")).strip()
    if calendar is not None:
        calendar = calendar_of(calendar)
    s, calendar = _named_calendar(text, s, calendar)
    for pattern, flags, inferred in _FORMS:
        match = re.fullmatch(pattern, s, flags)
        if match is None:
            continue
        groups = match.groupdict()
        cal = calendar or inferred
        if groups.get("era"):
            if cal is not None and cal != JAPAN:
                reason = f"an era year is a JAPAN year, not a {cal.name} one"
                raise ParseError(text, 0, reason)
            number = 1 if groups["n"] == "元" else int(groups["n"])
            return FiscalYear(era_to_year(groups["era"], number), cal or JAPAN)
        if cal is None:
            reason = "which fiscal calendar? pass calendar="
            raise ParseError(text, 0, reason)
        if groups.get("a"):
            first = int(groups["a"])
            second = int(groups["b"])
            if second < 100:
                second += first - first % 100
                if second < first:
                    second += 100
            if second != first + 1 or cal.is_calendar_year:
                reason = f"{first}-{second} is not one {cal.name} year"
                raise ParseError(text, 0, reason)
            year = first if cal.naming == "start" else second
            return FiscalYear(year, cal)
        return FiscalYear(int(groups.get("y") or groups["y2"]), cal)
    raise ParseError(text, 0, "not a fiscal year")
