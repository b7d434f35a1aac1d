from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns.errors import ArgumentError, FiscalYearError, HnsError, ParseError
from hns.fiscal import (
    ERAS,
    JAPAN,
    KOREA,
    UK,
    US_FEDERAL,
    FiscalCalendar,
    FiscalYear,
    calendar_of,
    era_of,
    era_to_year,
    era_year,
    fiscal_year,
)

CALENDARS = [
    JAPAN,
    US_FEDERAL,
    KOREA,
    UK,
    FiscalCalendar("AU", 7, naming="end"),
]
dates = st.dates(
    min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)
)
calendars = st.sampled_from(CALENDARS)


class TestBoundaries:
    @pytest.mark.parametrize(
        ("calendar", "year", "start", "end"),
        [
            (JAPAN, 2021, dt.date(2021, 4, 1), dt.date(2022, 3, 31)),
            (JAPAN, 2019, dt.date(2019, 4, 1), dt.date(2020, 3, 31)),
            (US_FEDERAL, 2021, dt.date(2020, 10, 1), dt.date(2021, 9, 30)),
            (US_FEDERAL, 2000, dt.date(1999, 10, 1), dt.date(2000, 9, 30)),
            (KOREA, 2021, dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
            (UK, 2021, dt.date(2021, 4, 1), dt.date(2022, 3, 31)),
        ],
    )
    def test_presets(
        self,
        calendar: FiscalCalendar,
        year: int,
        start: dt.date,
        end: dt.date,
    ) -> None:
        """
        Every preset starts and ends where its government's year does; a
        US fiscal year starts in the previous calendar year.
        """
        fy = FiscalYear(year, calendar)

        assert (fy.start, fy.end) == (start, end)

    @pytest.mark.parametrize(
        ("fy", "days"),
        [
            (FiscalYear(2023, JAPAN), 366),  # holds 2024-02-29
            (FiscalYear(2024, JAPAN), 365),
            (FiscalYear(2024, KOREA), 366),
            (FiscalYear(2024, US_FEDERAL), 366),  # 2023-10-01..2024-09-30
            (FiscalYear(2025, US_FEDERAL), 365),
        ],
    )
    def test_leap_years(self, fy: FiscalYear, days: int) -> None:
        """
        A fiscal year holding 29 February has 366 days.
        """
        assert fy.days == days

    def test_fiscal_year_of_date(self) -> None:
        """
        31 January 2021 falls in JFY2020, in FY2021 (US) and in 2021 (KR).
        """
        day = dt.date(2021, 1, 31)

        assert fiscal_year(day, JAPAN) == FiscalYear(2020, JAPAN)
        assert fiscal_year(day, US_FEDERAL) == FiscalYear(2021, US_FEDERAL)
        assert fiscal_year(day, KOREA) == FiscalYear(2021, KOREA)
        assert FiscalYear.containing(day, JAPAN).year == 2020

    @given(day=dates, calendar=calendars)
    def test_date_in_exactly_one_year(
        self, day: dt.date, calendar: FiscalCalendar
    ) -> None:
        """
        Every date lies in its fiscal year and in neither neighbour.
        """
        fy = fiscal_year(day, calendar)

        assert fy.contains(day)
        assert not (fy - 1).contains(day)
        assert not (fy + 1).contains(day)

    @given(year=st.integers(1901, 2199), calendar=calendars)
    def test_years_tile(self, year: int, calendar: FiscalCalendar) -> None:
        """
        Consecutive fiscal years meet without a gap or an overlap.
        """
        fy = FiscalYear(year, calendar)

        assert (fy + 1).start == fy.end + dt.timedelta(days=1)
        assert fy.overlap(fy + 1) == 0

    @given(year=st.integers(1901, 2199), calendar=calendars)
    def test_quarters_tile(self, year: int, calendar: FiscalCalendar) -> None:
        """
        The four quarters run from the first day to the last, gap-free.
        """
        fy = FiscalYear(year, calendar)
        quarters = fy.quarters()

        assert quarters[0][0] == fy.start
        assert quarters[-1][1] == fy.end
        for (_, end), (start, _) in itertools.pairwise(quarters):
            assert start == end + dt.timedelta(days=1)


class TestArithmetic:
    def test_add_sub(self) -> None:
        """
        Adding and subtracting years keeps the calendar.
        """
        fy = FiscalYear(2021, JAPAN)

        assert fy + 1 == FiscalYear(2022, JAPAN)
        assert fy - 5 == FiscalYear(2016, JAPAN)
        assert fy.distance(FiscalYear(2026, JAPAN)) == 5

    def test_ordering(self) -> None:
        """
        Years of one calendar order by year.
        """
        years = [FiscalYear(y, JAPAN) for y in (2022, 2020, 2021)]

        assert sorted(years) == [
            FiscalYear(y, JAPAN) for y in (2020, 2021, 2022)
        ]
        assert FiscalYear(2020, JAPAN) <= FiscalYear(2020, JAPAN)

    def test_calendars_differ(self) -> None:
        """
        A JAPAN FY2021 is never equal to a US FY2021, and comparing them is
        an error.
        """
        japan, us = FiscalYear(2021, JAPAN), FiscalYear(2021, US_FEDERAL)

        assert japan != us
        with pytest.raises(FiscalYearError, match="JAPAN and US_FEDERAL"):
            _ = japan < us

    def test_overlap(self) -> None:
        """
        JFY2021 shares 275 days with 2021 and 90 with 2022.
        """
        fy = FiscalYear(2021, JAPAN)

        assert fy.overlap(FiscalYear(2021, KOREA)) == 275
        assert fy.overlap(FiscalYear(2022, KOREA)) == 90
        assert fy.overlap(FiscalYear(2023, KOREA)) == 0

    @given(year=st.integers(1901, 2199), a=calendars, b=calendars)
    def test_split_sums_to_one(
        self, year: int, a: FiscalCalendar, b: FiscalCalendar
    ) -> None:
        """
        The shares of a split add up to exactly 1 and follow the overlaps.
        """
        fy = FiscalYear(year, a)
        shares = fy.split(by=b)

        assert sum(shares.values()) == 1
        for other, share in shares.items():
            assert abs(share * fy.days - fy.overlap(other)) < 1e-20

    @pytest.mark.parametrize("bad", [0, 10_000])
    def test_year_out_of_range(self, bad: int) -> None:
        """
        Years out of range are refused.
        """
        with pytest.raises(FiscalYearError, match="out of range"):
            FiscalYear(bad, JAPAN)

    @pytest.mark.parametrize("bad", [True, 2021.0, "2021"])
    def test_year_not_a_whole_number(self, bad: object) -> None:
        """
        A year that is not a whole number is a wrong argument.
        """
        with pytest.raises(ArgumentError, match="year must be a whole"):
            FiscalYear(bad, JAPAN)  # type: ignore[arg-type]

    @pytest.mark.parametrize(("month", "day"), [(0, 1), (13, 1), (4, 29)])
    def test_bad_calendar(self, month: int, day: int) -> None:
        """
        A calendar must start on a day every year has.
        """
        with pytest.raises(FiscalYearError, match="must be"):
            FiscalCalendar("X", month, day)


class TestEras:
    @pytest.mark.parametrize(
        ("day", "expected"),
        [
            (dt.date(2019, 4, 30), ("平成", 31)),
            (dt.date(2019, 5, 1), ("令和", 1)),
            (dt.date(1989, 1, 7), ("昭和", 64)),
            (dt.date(1989, 1, 8), ("平成", 1)),
            (dt.date(1926, 12, 24), ("大正", 15)),
            (dt.date(1926, 12, 25), ("昭和", 1)),
            (dt.date(1912, 7, 30), ("大正", 1)),
            (dt.date(1868, 10, 23), ("明治", 1)),
            (dt.date(2021, 3, 31), ("令和", 3)),
        ],
    )
    def test_boundaries(self, day: dt.date, expected: tuple[str, int]) -> None:
        """
        Each era begins on its first day, and the old one ends the day
        before.
        """
        assert era_year(day) == expected

    def test_before_meiji(self) -> None:
        """
        Dates before Meiji are refused.
        """
        with pytest.raises(FiscalYearError, match="before the Meiji era"):
            era_year(dt.date(1868, 10, 22))

    @pytest.mark.parametrize(
        ("era", "year", "gregorian"),
        [
            ("令和", 1, 2019),
            ("令和", 3, 2021),
            ("平成", 31, 2019),
            ("H", 28, 2016),
            ("r", 3, 2021),
            ("Showa", 64, 1989),
        ],
    )
    def test_back(self, era: str, year: int, gregorian: int) -> None:
        """
        Era years convert back to Gregorian years.
        """
        assert era_to_year(era, year) == gregorian

    @pytest.mark.parametrize(
        ("era", "year"), [("平成", 32), ("令和", 0), ("X", 1)]
    )
    def test_back_invalid(self, era: str, year: int) -> None:
        """
        An era year the era never reached, or an unknown era, is refused.
        """
        with pytest.raises(FiscalYearError):
            era_to_year(era, year)

    @given(
        day=st.dates(min_value=ERAS[0].start, max_value=dt.date(2200, 1, 1))
    )
    def test_round_trip(self, day: dt.date) -> None:
        """
        era_to_year inverts era_year for every date since Meiji.
        """
        name, year = era_year(day)

        assert era_to_year(name, year) == day.year


class TestParseAndLabel:
    @pytest.mark.parametrize(
        ("text", "calendar", "expected"),
        [
            ("FY2021", JAPAN, FiscalYear(2021, JAPAN)),
            ("fy 2021", US_FEDERAL, FiscalYear(2021, US_FEDERAL)),
            ("fiscal 2021", JAPAN, FiscalYear(2021, JAPAN)),
            ("fiscal year 2021", JAPAN, FiscalYear(2021, JAPAN)),
            ("FY2021/22", JAPAN, FiscalYear(2021, JAPAN)),
            ("FY2021/22", US_FEDERAL, FiscalYear(2022, US_FEDERAL)),
            ("2021-22", UK, FiscalYear(2021, UK)),
            ("2021年度", None, FiscalYear(2021, JAPAN)),
            ("２０２１年度", None, FiscalYear(2021, JAPAN)),
            ("令和3年度", None, FiscalYear(2021, JAPAN)),
            ("令和元年度", None, FiscalYear(2019, JAPAN)),
            ("平成31年度", None, FiscalYear(2019, JAPAN)),
            ("H28年度", None, FiscalYear(2016, JAPAN)),
            ("R3年度", None, FiscalYear(2021, JAPAN)),
            ("2021회계연도", None, FiscalYear(2021, KOREA)),
            ("2021년도", None, FiscalYear(2021, KOREA)),
        ],
    )
    def test_parse(
        self, text: str, calendar: FiscalCalendar | None, expected: FiscalYear
    ) -> None:
        """
        Every written form reads to its fiscal year; 年度 implies Japan and
        회계연도 Korea.
        """
        assert FiscalYear.parse(text, calendar) == expected

    @pytest.mark.parametrize(
        ("text", "calendar", "message"),
        [
            ("FY2021", None, "which fiscal calendar"),
            ("2021-23", UK, "is not one"),
            ("2021-22", KOREA, "is not one"),
            ("next year", JAPAN, "not a fiscal year"),
            ("", JAPAN, "not a fiscal year"),
        ],
    )
    def test_parse_invalid(
        self, text: str, calendar: FiscalCalendar | None, message: str
    ) -> None:
        """
        Unreadable text, or English without a calendar, is a ParseError.
        """
        with pytest.raises(ParseError, match=message):
            FiscalYear.parse(text, calendar)

    @pytest.mark.parametrize(
        ("fy", "locale", "era", "expected"),
        [
            (FiscalYear(2021, JAPAN), "en", False, "FY2021"),
            (FiscalYear(2021, JAPAN), "ja_JP", False, "2021年度"),
            (FiscalYear(2021, JAPAN), "ja", True, "令和3年度"),
            (FiscalYear(2019, JAPAN), "ja", True, "令和元年度"),
            (FiscalYear(2018, JAPAN), "ja", True, "平成30年度"),
            (FiscalYear(1988, JAPAN), "ja", True, "昭和63年度"),
            (FiscalYear(2021, KOREA), "ko_KR", False, "2021회계연도"),
            (FiscalYear(2021, UK), "en_GB", False, "2021-22"),
            (FiscalYear(1999, UK), "en", False, "1999-00"),
        ],
    )
    def test_label(
        self, fy: FiscalYear, locale: str, era: bool, expected: str
    ) -> None:
        """
        Labels follow the locale; era labels count 元年 as year 1.
        """
        assert fy.label(locale, era=era) == expected

    @given(
        year=st.integers(1900, 2200),
        calendar=calendars,
        locale=st.sampled_from(["en", "ja_JP", "ko_KR"]),
    )
    def test_label_round_trips(
        self, year: int, calendar: FiscalCalendar, locale: str
    ) -> None:
        """
        FiscalYear.parse(fy.label(locale), fy.calendar) == fy.
        """
        fy = FiscalYear(year, calendar)

        assert FiscalYear.parse(fy.label(locale), calendar) == fy

    @given(year=st.integers(1869, 2200))
    def test_era_label_round_trips(self, year: int) -> None:
        """
        The era form parses back to the same Japanese fiscal year.
        """
        fy = FiscalYear(year, JAPAN)

        assert FiscalYear.parse(fy.label("ja", era=True)) == fy


class Unshowable:
    """
    A value whose repr raises, as a careless caller's object may.
    """

    def __repr__(self) -> str:
        msg = "no repr"
        raise RuntimeError(msg)


FY2021 = FiscalYear(2021, JAPAN)
WRONG_TYPES = [
    None,
    True,
    1.5,
    float("nan"),
    Decimal("NaN"),
    b"2021",
    bytearray(b"2017"),
    ["ja"],
    object(),
    Ellipsis,
]


class TestBadInput:
    @pytest.mark.parametrize(
        "args",
        [
            (object(), 1, None, object(), object()),
            (bytearray(b"2017"), None, Ellipsis, "", Ellipsis),
            (None,),
            (b"JAPAN",),
            ("X", True),
            ("X", "4"),
            ("X", 4.0),
            ("X", Decimal(4)),
            ("X", 4, None),
            ("X", 4, False),
            ("X", 4, 1.0),
            ("X", 4, 1, None),
            ("X", 4, 1, b"start"),
            ("X", 4, 1, "start", None),
            ("X", 4, 1, "start", 1),
            ("X", 4, 1, "start", "yes"),
        ],
    )
    def test_calendar_fields_of_the_wrong_type(
        self, args: tuple[object, ...]
    ) -> None:
        """
        Every field of a FiscalCalendar is checked for its type (a str
        name, int month and day that are not bools, a str naming, a bool
        span): an ArgumentError, never a TypeError from a comparison.
        """
        with pytest.raises(ArgumentError, match="must be"):
            FiscalCalendar(*args)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (("",), "needs a name"),
            (("X", 4, 1, "middle"), "'start' or 'end'"),
            (("X", 4, 1, "START"), "'start' or 'end'"),
            (("X", -1), "start_month"),
            (("X", 4, 0), "start_day"),
        ],
    )
    def test_calendar_fields_out_of_range(
        self, args: tuple[object, ...], message: str
    ) -> None:
        """
        An empty name, a naming other than "start" or "end", and a month
        or day out of range are FiscalYearErrors.
        """
        with pytest.raises(FiscalYearError, match=message):
            FiscalCalendar(*args)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "call",
        [
            lambda: fiscal_year(None, None),  # type: ignore[arg-type]
            lambda: fiscal_year(dt.date(2000, 1, 1), None),  # type: ignore[arg-type]
            lambda: fiscal_year(dt.date(2000, 1, 1), 4),  # type: ignore[arg-type]
            lambda: fiscal_year("2000-01-32", JAPAN),  # type: ignore[arg-type]
            lambda: fiscal_year(20000101, JAPAN),  # type: ignore[arg-type]
            lambda: FiscalYear.containing(None, None),  # type: ignore[arg-type]
            lambda: FiscalYear.containing(b"2000", JAPAN),  # type: ignore[arg-type]
            lambda: FiscalYear(2021, None),
            lambda: calendar_of(None),
            lambda: calendar_of(["JAPAN"]),
        ],
    )
    def test_fiscal_year_needs_a_date_and_a_calendar(
        self, call: Callable[[], object]
    ) -> None:
        """
        `fiscal_year` and `FiscalYear.containing` take a date and a
        calendar (or a calendar's name); anything else is an
        ArgumentError, never an AttributeError.
        """
        with pytest.raises(ArgumentError, match="must be"):
            call()

    def test_calendars_by_name_everywhere(self) -> None:
        """
        Wherever a calendar is taken, its name is too; an unknown name is
        a FiscalYearError.
        """
        day = dt.date(2021, 1, 31)

        assert fiscal_year(day, "japan") == FiscalYear(2020, JAPAN)
        assert FiscalYear.containing(day, "KOREA") == FiscalYear(2021, KOREA)
        assert FY2021.split("korea") == FY2021.split(KOREA)
        with pytest.raises(FiscalYearError, match="one of JAPAN"):
            fiscal_year(day, "MARS")
        with pytest.raises(FiscalYearError, match="one of JAPAN"):
            FY2021.split("MARS")

    def test_a_datetime_is_its_day(self) -> None:
        """
        A datetime is taken as its day by `fiscal_year`,
        `FiscalYear.contains`, `era_of` and `era_year`, as it is by the
        rest of the library.
        """
        late = dt.datetime(2021, 3, 31, 23, 59)

        assert fiscal_year(late, JAPAN) == FiscalYear(2020, JAPAN)
        assert FiscalYear(2020, JAPAN).contains(late)
        assert not FY2021.contains(late)
        assert era_year(dt.datetime(2019, 5, 1, 0, 1)) == ("令和", 1)
        assert era_of(dt.datetime(2019, 4, 30, 23, 59)).name == "平成"

    @pytest.mark.parametrize("bad", [*WRONG_TYPES, "2021-04-31", 20210401])
    def test_contains_needs_a_date(self, bad: object) -> None:
        """
        `FiscalYear.contains` of anything but a date is an ArgumentError,
        never a TypeError from comparing a date with it.
        """
        with pytest.raises(ArgumentError, match="date must be a date"):
            FY2021.contains(bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize("bad", [*WRONG_TYPES, 20210401])
    def test_eras_need_a_date(self, bad: object) -> None:
        """
        `era_of` and `era_year` of anything but a date are ArgumentErrors.
        """
        with pytest.raises(ArgumentError, match="date must be a date"):
            era_of(bad)  # type: ignore[arg-type]
        with pytest.raises(ArgumentError, match="date must be a date"):
            era_year(bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize("bad", [*WRONG_TYPES, 5])
    def test_a_locale_is_a_str(self, bad: object) -> None:
        """
        `FiscalYear.label` takes its locale as a str: None, bytes, a list
        are ArgumentErrors, never an AttributeError or a TypeError.
        """
        with pytest.raises(ArgumentError, match="locale must be"):
            FY2021.label(bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize("bad", [None, 1, 0, "yes", 1.0])
    def test_era_is_a_bool(self, bad: object) -> None:
        """
        `FiscalYear.label`'s *era* flag is a bool, nothing that merely
        looks true or false.
        """
        with pytest.raises(ArgumentError, match="era must be a bool"):
            FY2021.label("ja", era=bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("locale", "expected"),
        [("\ud800", "FY2021"), ("x" * 100_000, "FY2021"), ("", "FY2021")],
    )
    def test_odd_locale_strings(self, locale: str, expected: str) -> None:
        """
        Any str is a locale: one hns does not know labels in English.
        """
        assert FY2021.label(locale) == expected

    @pytest.mark.parametrize("bad", [None, 2021, FY2021, b"KOREA"])
    def test_split_by_a_calendar(self, bad: object) -> None:
        """
        `FiscalYear.split` takes a calendar (or its name): anything else
        is an ArgumentError naming *by*, never an AttributeError.
        """
        with pytest.raises(ArgumentError, match="by must be"):
            FY2021.split(bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "call",
        [
            lambda n: FiscalYear(n, JAPAN),
            lambda n: FY2021 + n,
            lambda n: FY2021 - n,
            lambda n: era_to_year("令和", n),
            lambda n: FiscalCalendar("X", n),
            lambda n: FiscalCalendar("X", 4, n),
        ],
    )
    def test_huge_ints(self, call: Callable[[int], object]) -> None:
        """
        An int beyond Python's 4300 digits for str() is refused with a
        FiscalYearError whose message says how large it is, not with the
        ValueError that quoting it would raise.
        """
        with pytest.raises(FiscalYearError, match="bits") as err:
            call(10**5000)

        assert len(str(err.value)) < 200

    @pytest.mark.parametrize(
        "call",
        [
            lambda bad: calendar_of(bad),
            lambda bad: FY2021.label(bad),
            lambda bad: FY2021.distance(bad),
            lambda bad: FY2021.overlap(bad),
            lambda bad: FiscalCalendar(bad),
            lambda bad: fiscal_year(bad, JAPAN),
        ],
    )
    def test_values_that_cannot_be_shown(
        self, call: Callable[[object], object]
    ) -> None:
        """
        An argument whose repr raises, or is a list of huge ints, is still
        refused with an ArgumentError that names its type.
        """
        for bad, name in ((Unshowable(), "Unshowable"), ([10**5000], "list")):
            with pytest.raises(ArgumentError, match=f"not a {name}$"):
                call(bad)

    @pytest.mark.parametrize("bad", [None, b"FY2021", bytearray(b"FY2021")])
    def test_parse_needs_text(self, bad: object) -> None:
        """
        `FiscalYear.parse` of anything but a str is an ArgumentError, even
        of an int too long to quote or an object whose repr raises.
        """
        for value in (bad, 10**5000, Unshowable()):
            with pytest.raises(ArgumentError, match="text must be"):
                FiscalYear.parse(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize("bad", [5, b"JAPAN", object()])
    def test_parse_checks_the_calendar(self, bad: object) -> None:
        """
        `FiscalYear.parse` checks its calendar before reading: the wrong
        type is an ArgumentError whatever the text.
        """
        for text in ("FY2021", "2021年度", "nonsense"):
            with pytest.raises(ArgumentError, match="calendar must be"):
                FiscalYear.parse(text, bad)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "call",
        [
            lambda: FiscalCalendar(None),  # type: ignore[arg-type]
            lambda: fiscal_year(None, None),  # type: ignore[arg-type]
            lambda: FY2021.label(None),  # type: ignore[arg-type]
            lambda: FY2021.split(None),  # type: ignore[arg-type]
            lambda: era_of(None),  # type: ignore[arg-type]
        ],
    )
    def test_argument_errors_are_hns_errors(
        self, call: Callable[[], object]
    ) -> None:
        """
        The ArgumentErrors raised here are HnsErrors, and still the
        TypeError and ValueError that older callers catch.
        """
        with pytest.raises(HnsError) as err:
            call()

        assert isinstance(err.value, TypeError)
        assert isinstance(err.value, ValueError)
