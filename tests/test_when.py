from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns.errors import ArgumentError, FiscalYearError, ParseError
from hns.fiscal import (
    JAPAN,
    KOREA,
    UK,
    US_FEDERAL,
    FiscalCalendar,
    FiscalYear,
)
from hns.when import Period, resolve_period

KYODO = dt.date(
    2021, 2, 10
)  # "The current five-year deal will expire next month"
JOONGANG = dt.date(2021, 1, 31)

dates = st.dates(
    min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)
)


def span(
    text: str, published: dt.date, calendar: FiscalCalendar = JAPAN
) -> str:
    return str(resolve_period(text, published, calendar))


class TestPeriod:
    def test_str(self) -> None:
        """
        A period prints as its first and last day joined by two dots.
        """
        period = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31), "3月")

        assert str(period) == "2021-03-01..2021-03-31"

    @pytest.mark.parametrize(
        ("start", "end", "days"),
        [
            (dt.date(2021, 3, 1), dt.date(2021, 3, 31), 31),
            (dt.date(2024, 2, 1), dt.date(2024, 2, 29), 29),
            (dt.date(2021, 1, 27), dt.date(2021, 1, 27), 1),
            (dt.date(2020, 4, 1), dt.date(2021, 3, 31), 365),
        ],
    )
    def test_days(self, start: dt.date, end: dt.date, days: int) -> None:
        """
        days counts both ends.
        """
        assert Period(start, end).days == days

    def test_contains(self) -> None:
        """
        Both ends are in the period, the days outside them are not.
        """
        march = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31))

        assert march.contains(dt.date(2021, 3, 1))
        assert march.contains(dt.date(2021, 3, 31))
        assert not march.contains(dt.date(2021, 2, 28))
        assert not march.contains(dt.date(2021, 4, 1))

    @pytest.mark.parametrize(
        ("other", "expected"),
        [
            (Period(dt.date(2021, 3, 31), dt.date(2021, 4, 5)), True),
            (Period(dt.date(2021, 2, 1), dt.date(2021, 3, 1)), True),
            (Period(dt.date(2021, 3, 10), dt.date(2021, 3, 12)), True),
            (Period(dt.date(2021, 4, 1), dt.date(2021, 4, 5)), False),
            (Period(dt.date(2021, 2, 1), dt.date(2021, 2, 28)), False),
        ],
    )
    def test_overlaps(self, other: Period, expected: bool) -> None:
        """
        Periods overlap when they share a day, in either order.
        """
        march = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31))

        assert march.overlaps(other) == expected
        assert other.overlaps(march) == expected

    def test_equality_ignores_text(self) -> None:
        """
        Two periods with the same days are equal and hash alike.
        """
        a = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31), "next month")
        b = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31), "来月")

        assert a == b
        assert hash(a) == hash(b)
        assert a.text == "next month"

    def test_end_before_start(self) -> None:
        """
        A period cannot end before it starts.
        """
        with pytest.raises(FiscalYearError, match="cannot end on 2021-02-28"):
            Period(dt.date(2021, 3, 1), dt.date(2021, 2, 28))

    @pytest.mark.parametrize(
        ("fy", "expected"),
        [
            (FiscalYear(2020, JAPAN), "2020-04-01..2021-03-31"),
            (FiscalYear(2021, US_FEDERAL), "2020-10-01..2021-09-30"),
            (FiscalYear(2021, KOREA), "2021-01-01..2021-12-31"),
            (FiscalYear(2021, UK), "2021-04-01..2022-03-31"),
        ],
    )
    def test_of_fiscal_year(self, fy: FiscalYear, expected: str) -> None:
        """
        of_fiscal_year spans the year's days and keeps its label as text.
        """
        period = Period.of_fiscal_year(fy)

        assert str(period) == expected
        assert period.text == fy.label()

    @pytest.mark.parametrize(
        "fy",
        [
            FiscalYear(2020, JAPAN),
            FiscalYear(2021, US_FEDERAL),
            FiscalYear(2024, KOREA),
        ],
    )
    def test_fiscal_year_round_trip(self, fy: FiscalYear) -> None:
        """
        The period of a fiscal year converts back to that year.
        """
        assert Period.of_fiscal_year(fy).fiscal_year(fy.calendar) == fy

    @pytest.mark.parametrize(
        ("start", "end"),
        [
            (dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
            (dt.date(2021, 4, 1), dt.date(2022, 3, 30)),
            (dt.date(2021, 4, 2), dt.date(2022, 3, 31)),
            (dt.date(2020, 4, 1), dt.date(2022, 3, 31)),
            (dt.date(1, 1, 1), dt.date(1, 3, 31)),
        ],
    )
    def test_not_a_fiscal_year(self, start: dt.date, end: dt.date) -> None:
        """
        A span that is not exactly one JAPAN fiscal year converts to None.
        """
        assert Period(start, end).fiscal_year(JAPAN) is None


class TestKyodo:
    def test_expire_next_month(self) -> None:
        """
        "Expire next month" on 2021-02-10 is March 2021, which holds the
        last day of JFY2020, when the deal expired.
        """
        period = resolve_period("next month", KYODO, JAPAN)
        jfy2020 = Period.of_fiscal_year(FiscalYear(2020, JAPAN))

        assert str(period) == "2021-03-01..2021-03-31"
        assert period.contains(jfy2020.end)
        assert period.overlaps(jfy2020)
        assert period.text == "next month"


class TestJoongAng:
    @pytest.mark.parametrize(
        ("text", "calendar", "expected"),
        [
            ("on the 27th", JAPAN, "2021-01-27..2021-01-27"),
            ("last year", KOREA, "2020-01-01..2020-12-31"),
            ("this year", KOREA, "2021-01-01..2021-12-31"),
            ("next year", KOREA, "2022-01-01..2022-12-31"),
            ("this fiscal year", JAPAN, "2020-04-01..2021-03-31"),
            ("last fiscal year", JAPAN, "2019-04-01..2020-03-31"),
            ("next fiscal year", JAPAN, "2021-04-01..2022-03-31"),
            ("this fiscal year", US_FEDERAL, "2020-10-01..2021-09-30"),
            ("last fiscal year", US_FEDERAL, "2019-10-01..2020-09-30"),
            ("this fiscal year", KOREA, "2021-01-01..2021-12-31"),
        ],
    )
    def test_phrase(
        self, text: str, calendar: FiscalCalendar, expected: str
    ) -> None:
        """
        Each English phrase resolves against 2021-01-31.
        """
        assert span(text, JOONGANG, calendar) == expected

    def test_next_fiscal_year_in_japanese(self) -> None:
        """
        来年度 published 2021-01-31 is exactly JFY2021.
        """
        period = resolve_period("来年度", JOONGANG, JAPAN)

        assert period.fiscal_year(JAPAN) == FiscalYear(2021, JAPAN)


class TestMonths:
    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("last month", dt.date(2024, 3, 15), "2024-02-01..2024-02-29"),
            ("last month", dt.date(2023, 3, 15), "2023-02-01..2023-02-28"),
            ("this month", dt.date(2024, 2, 29), "2024-02-01..2024-02-29"),
            ("next month", dt.date(2024, 1, 31), "2024-02-01..2024-02-29"),
            ("next month", dt.date(2021, 12, 5), "2022-01-01..2022-01-31"),
            ("last month", dt.date(2021, 1, 5), "2020-12-01..2020-12-31"),
            ("this month", dt.date(2021, 12, 31), "2021-12-01..2021-12-31"),
        ],
    )
    def test_month(self, text: str, published: dt.date, expected: str) -> None:
        """
        Month phrases are whole calendar months, across leap days and years.
        """
        assert span(text, published) == expected

    @given(published=dates)
    def test_months_adjoin(self, published: dt.date) -> None:
        """
        Next month starts the day after this month ends, and last month
        ends the day before it starts.
        """
        this = resolve_period("this month", published, JAPAN)
        after = resolve_period("next month", published, JAPAN)
        before = resolve_period("last month", published, JAPAN)
        day = dt.timedelta(days=1)

        assert after.start == this.end + day
        assert before.end == this.start - day
        assert this.contains(published)

    @given(published=dates)
    def test_this_fiscal_year_contains_date(self, published: dt.date) -> None:
        """
        This fiscal year holds the publication date in every calendar.
        """
        for calendar in (JAPAN, US_FEDERAL, KOREA):
            period = resolve_period("this fiscal year", published, calendar)

            assert period.contains(published)
            assert period.fiscal_year(calendar) is not None


class TestJapanese:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("来月", "2021-02-01..2021-02-28"),
            ("先月", "2020-12-01..2020-12-31"),
            ("今月", "2021-01-01..2021-01-31"),
            ("昨年", "2020-01-01..2020-12-31"),
            ("去年", "2020-01-01..2020-12-31"),
            ("今年", "2021-01-01..2021-12-31"),
            ("来年", "2022-01-01..2022-12-31"),
            ("前年度", "2019-04-01..2020-03-31"),
            ("昨年度", "2019-04-01..2020-03-31"),
            ("今年度", "2020-04-01..2021-03-31"),
            ("本年度", "2020-04-01..2021-03-31"),
            ("来年度", "2021-04-01..2022-03-31"),
            ("来月上旬", "2021-02-01..2021-02-10"),
            ("来月初旬", "2021-02-01..2021-02-10"),
            ("来月中旬", "2021-02-11..2021-02-20"),
            ("来月下旬", "2021-02-21..2021-02-28"),
            ("今月末", "2021-01-21..2021-01-31"),
            ("先月 下旬", "2020-12-21..2020-12-31"),
        ],
    )
    def test_phrase(self, text: str, expected: str) -> None:
        """
        Each Japanese phrase resolves against 2021-01-31, fiscal words in
        Japan's April year.
        """
        assert span(text, JOONGANG, JAPAN) == expected


class TestKorean:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("다음 달", "2021-02-01..2021-02-28"),
            ("다음달", "2021-02-01..2021-02-28"),
            ("지난달", "2020-12-01..2020-12-31"),
            ("지난 달", "2020-12-01..2020-12-31"),
            ("이번 달", "2021-01-01..2021-01-31"),
            ("이번달", "2021-01-01..2021-01-31"),
            ("지난해", "2020-01-01..2020-12-31"),
            ("작년", "2020-01-01..2020-12-31"),
            ("전년", "2020-01-01..2020-12-31"),
            ("올해", "2021-01-01..2021-12-31"),
            ("금년", "2021-01-01..2021-12-31"),
            ("내년", "2022-01-01..2022-12-31"),
            ("다음 해", "2022-01-01..2022-12-31"),
            ("다음해", "2022-01-01..2022-12-31"),
            ("다음 달 초", "2021-02-01..2021-02-10"),
            ("다음 달 초순", "2021-02-01..2021-02-10"),
            ("다음 달 중순", "2021-02-11..2021-02-20"),
            ("다음 달 하순", "2021-02-21..2021-02-28"),
            ("이번 달 말", "2021-01-21..2021-01-31"),
        ],
    )
    def test_phrase(self, text: str, expected: str) -> None:
        """
        Each Korean phrase resolves against 2021-01-31, with or without the
        space before 달 or 해.
        """
        assert span(text, JOONGANG, KOREA) == expected


class TestMonthNames:
    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("next April", dt.date(2021, 3, 31), "2021-04-01..2021-04-30"),
            ("next April", dt.date(2021, 4, 1), "2022-04-01..2022-04-30"),
            ("next April", dt.date(2021, 12, 31), "2022-04-01..2022-04-30"),
            ("next January", dt.date(2021, 12, 5), "2022-01-01..2022-01-31"),
            ("last April", dt.date(2021, 5, 1), "2021-04-01..2021-04-30"),
            ("last April", dt.date(2021, 4, 30), "2020-04-01..2020-04-30"),
            ("last December", dt.date(2021, 1, 5), "2020-12-01..2020-12-31"),
            ("this April", dt.date(2021, 11, 5), "2021-04-01..2021-04-30"),
            ("this February", dt.date(2024, 1, 5), "2024-02-01..2024-02-29"),
        ],
    )
    def test_relative(
        self, text: str, published: dt.date, expected: str
    ) -> None:
        """
        next/last name the first month strictly after/before the
        publication month; this names the publication year's month.
        """
        assert span(text, published) == expected

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("in January", dt.date(2021, 2, 10), "2021-01-01..2021-01-31"),
            ("January", dt.date(2021, 12, 10), "2022-01-01..2022-01-31"),
            ("in February", dt.date(2021, 2, 10), "2021-02-01..2021-02-28"),
            ("in August", dt.date(2021, 2, 10), "2021-08-01..2021-08-31"),
            ("in September", dt.date(2021, 2, 10), "2020-09-01..2020-09-30"),
            ("in July", dt.date(2021, 8, 1), "2021-07-01..2021-07-31"),
            ("in Sept.", dt.date(2021, 8, 1), "2021-09-01..2021-09-30"),
            ("in Feb", dt.date(2021, 8, 1), "2022-02-01..2022-02-28"),
            ("in March", dt.date(2021, 8, 1), "2021-03-01..2021-03-31"),
        ],
    )
    def test_nearest(
        self, text: str, published: dt.date, expected: str
    ) -> None:
        """
        A bare month name is the one within six months either side of the
        publication month; at exactly six months, the coming one.
        """
        assert span(text, published) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("in late January", "2021-01-21..2021-01-31"),
            ("in early January", "2021-01-01..2021-01-10"),
            ("in mid January", "2021-01-11..2021-01-20"),
            ("mid-January", "2021-01-11..2021-01-20"),
            ("late February", "2021-02-21..2021-02-28"),
            ("early next month", "2021-03-01..2021-03-10"),
            ("late next April", "2021-04-21..2021-04-30"),
        ],
    )
    def test_part(self, text: str, expected: str) -> None:
        """
        early, mid and late are days 1-10, 11-20 and 21 to the month's end.
        """
        assert span(text, KYODO) == expected

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("by December", dt.date(2021, 2, 10), "2021-02-10..2021-12-31"),
            ("by December", dt.date(2021, 12, 10), "2021-12-10..2021-12-31"),
            ("by January", dt.date(2021, 12, 10), "2021-12-10..2022-01-31"),
            ("by February", dt.date(2021, 3, 1), "2021-03-01..2022-02-28"),
        ],
    )
    def test_by(self, text: str, published: dt.date, expected: str) -> None:
        """
        by a month runs from publication to the end of that month, on or
        after the publication month.
        """
        assert span(text, published) == expected


class TestOnDay:
    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            ("on the 27th", dt.date(2021, 1, 31), "2021-01-27"),
            ("on the 27th", dt.date(2021, 1, 27), "2021-01-27"),
            ("on the 27th", dt.date(2021, 1, 26), "2020-12-27"),
            ("the 1st", dt.date(2021, 3, 1), "2021-03-01"),
            ("on the 2nd", dt.date(2021, 3, 1), "2021-02-02"),
            ("on the 3rd", dt.date(2021, 3, 1), "2021-02-03"),
            ("on the 11th", dt.date(2021, 3, 1), "2021-02-11"),
            ("on the 22nd", dt.date(2021, 3, 1), "2021-02-22"),
            ("on the 31st", dt.date(2021, 3, 5), "2021-01-31"),
            ("on the 30th", dt.date(2021, 3, 5), "2021-01-30"),
            ("on the 29th", dt.date(2023, 3, 5), "2023-01-29"),
            ("on the 29th", dt.date(2024, 3, 5), "2024-02-29"),
            ("on the 31st", dt.date(2021, 5, 30), "2021-03-31"),
        ],
    )
    def test_latest(
        self, text: str, published: dt.date, expected: str
    ) -> None:
        """
        The day is the latest with that number on or before publication,
        stepping over months that lack it.
        """
        assert span(text, published) == f"{expected}..{expected}"

    @pytest.mark.parametrize(
        "text", ["on the 0th", "on the 32nd", "on the 21th", "on the 3th"]
    )
    def test_impossible(self, text: str) -> None:
        """
        A day that no month has, or a wrong ordinal suffix, is not read.
        """
        with pytest.raises(ParseError, match=re.escape(repr(text))):
            resolve_period(text, KYODO, JAPAN)


class TestInput:
    @pytest.mark.parametrize(
        "text",
        [
            "NEXT MONTH",
            "Next Month",
            "  next   month\n",
            "ｎｅｘｔ　ｍｏｎｔｈ",
            "Next\u00a0month",
        ],
    )
    def test_folded(self, text: str) -> None:
        """
        Case, extra spaces and full-width characters do not matter.
        """
        assert span(text, KYODO) == "2021-03-01..2021-03-31"

    def test_text_as_written(self) -> None:
        """
        The period keeps the expression exactly as passed in.
        """
        assert resolve_period(" 来年度 ", KYODO, JAPAN).text == " 来年度 "

    def test_full_width_japanese(self) -> None:
        """
        A full-width space inside a Japanese phrase is folded away.
        """
        assert span("来月　下旬", KYODO) == "2021-03-21..2021-03-31"

    def test_datetime_published(self) -> None:
        """
        A datetime publication time counts as its date.
        """
        period = resolve_period("by March", dt.datetime(2021, 2, 10, 9), JAPAN)

        assert period.start == dt.date(2021, 2, 10)
        assert type(period.start) is dt.date


class TestUnknown:
    @pytest.mark.parametrize(
        ("text", "position"),
        [
            ("the day after tomorrow", 4),
            ("", 0),
            ("   ", 3),
            ("next blurgh", 5),
            ("blurgh", 0),
            ("next month foo", 11),
            ("next monthly", 10),
            ("今年度中", 3),
            ("late this year", 5),
            ("in 2021", 3),
            ("来週", 0),
            ("next", 0),
        ],
    )
    def test_unknown(self, text: str, position: int) -> None:
        """
        An unknown expression raises ParseError quoting it and saying where
        reading stopped.
        """
        with pytest.raises(ParseError, match=re.escape(repr(text))) as info:
            resolve_period(text, KYODO, JAPAN)

        assert info.value.position == position

    @given(
        text=st.text()
        | st.text(
            alphabet="nextlasmoh thyearfiscl来月年度今다음달해 0123456789"
        )
    )
    def test_fuzz(self, text: str) -> None:
        """
        Any text resolves to a period or raises ParseError, never another
        error.
        """
        try:
            result: Period | ParseError = resolve_period(text, KYODO, JAPAN)
        except ParseError as err:
            result = err

        if isinstance(result, ParseError):
            assert 0 <= result.position <= len(text)
        else:
            assert result.text == text


class TestOutOfRange:
    @pytest.mark.parametrize(
        ("text", "published"),
        [
            ("next year", dt.date(9999, 6, 1)),
            ("next month", dt.date(9999, 12, 1)),
            ("last month", dt.date(1, 1, 5)),
            ("next fiscal year", dt.date(9998, 6, 1)),
        ],
    )
    def test_beyond_dates(self, text: str, published: dt.date) -> None:
        """
        A period past the dates hns handles raises FiscalYearError.
        """
        with pytest.raises(FiscalYearError, match="out"):
            resolve_period(text, published, JAPAN)


MARCH = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31))


class Unshowable:
    """
    A value whose repr raises, as a careless caller's object may.
    """

    def __repr__(self) -> str:
        msg = "no repr"
        raise RuntimeError(msg)


class TestBadInput:
    @pytest.mark.parametrize(
        ("args", "argument"),
        [
            ((None, None, None), "start"),
            (("2021-03-32", dt.date(2021, 3, 31)), "start"),
            ((dt.date(2021, 3, 1), 20210331), "end"),
            ((dt.date(2021, 3, 1), None), "end"),
            ((dt.date(2021, 3, 1), dt.date(2021, 3, 31), None), "text"),
            ((dt.date(2021, 3, 1), dt.date(2021, 3, 31), b"March"), "text"),
            ((dt.date(2021, 3, 1), dt.date(2021, 3, 31), 3), "text"),
        ],
    )
    def test_period_fields(
        self, args: tuple[object, ...], argument: str
    ) -> None:
        """
        A Period is made of two dates and a str: anything else is an
        ArgumentError naming the field, never a TypeError from comparing
        its ends.
        """
        with pytest.raises(ArgumentError, match=f"^{argument} must be"):
            Period(*args)  # type: ignore[arg-type]

    def test_a_datetime_is_its_day(self) -> None:
        """
        A Period made of datetimes holds their days (an end earlier in the
        same day is no end before the start), and `Period.contains` takes
        a datetime as its day.
        """
        period = Period(
            dt.datetime(2021, 3, 31, 18), dt.datetime(2021, 3, 31, 9)
        )

        assert type(period.start) is dt.date
        assert type(period.end) is dt.date
        assert period.days == 1
        assert MARCH.contains(dt.datetime(2021, 3, 31, 23, 59))
        assert not MARCH.contains(dt.datetime(2021, 4, 1, 0, 0))

    @pytest.mark.parametrize(
        ("call", "argument"),
        [
            (lambda: Period.of_fiscal_year(None), "fy"),  # type: ignore[arg-type]
            (lambda: Period.of_fiscal_year(2021), "fy"),  # type: ignore[arg-type]
            (lambda: Period.of_fiscal_year("FY2021"), "fy"),  # type: ignore[arg-type]
            (lambda: MARCH.contains(None), "date"),  # type: ignore[arg-type]
            (lambda: MARCH.contains("2021-03-"), "date"),  # type: ignore[arg-type]
            (lambda: MARCH.overlaps(None), "other"),  # type: ignore[arg-type]
            (lambda: MARCH.overlaps(FiscalYear(2020, JAPAN)), "other"),  # type: ignore[arg-type]
            (lambda: MARCH.fiscal_year(None), "calendar"),  # type: ignore[arg-type]
            (lambda: MARCH.fiscal_year(4), "calendar"),  # type: ignore[arg-type]
        ],
    )
    def test_period_methods(
        self, call: Callable[[], object], argument: str
    ) -> None:
        """
        `Period.of_fiscal_year`, `contains`, `overlaps` and `fiscal_year`
        refuse arguments of the wrong type with an ArgumentError, never an
        AttributeError or a TypeError.
        """
        with pytest.raises(ArgumentError, match=f"^{argument} must be"):
            call()

    def test_fiscal_year_by_name(self) -> None:
        """
        `Period.fiscal_year` takes a calendar's name; an unknown name is a
        FiscalYearError, not "no such year".
        """
        fy = Period(dt.date(2021, 4, 1), dt.date(2022, 3, 31))

        assert fy.fiscal_year("japan") == FiscalYear(2021, JAPAN)
        with pytest.raises(FiscalYearError, match="one of JAPAN"):
            fy.fiscal_year("MARS")

    @pytest.mark.parametrize("bad", [None, b"next month", ["next month"]])
    def test_resolve_needs_text(self, bad: object) -> None:
        """
        `resolve_period` of anything but a str is an ArgumentError, even of
        an int too long to quote or an object whose repr raises.
        """
        for value in (bad, 10**5000, Unshowable()):
            with pytest.raises(ArgumentError, match="text must be"):
                resolve_period(value, KYODO, JAPAN)  # type: ignore[arg-type]

    def test_no_calendar_for_a_fiscal_year(self) -> None:
        """
        Without a calendar (None), expressions of no fiscal year resolve;
        one of a fiscal year is an ArgumentError naming the calendar, not
        a period "outside the years hns handles".
        """
        no_calendar: object = None
        period = resolve_period("next month", KYODO, no_calendar)  # type: ignore[arg-type]

        assert str(period) == "2021-03-01..2021-03-31"
        for text in ("来年度", "年度末", "this fiscal year"):
            with pytest.raises(ArgumentError, match="calendar must be"):
                resolve_period(text, KYODO, no_calendar)  # type: ignore[arg-type]

    @pytest.mark.parametrize("bad", [5, b"JAPAN", object(), Unshowable()])
    def test_resolve_calendar_of_the_wrong_type(self, bad: object) -> None:
        """
        A calendar that is neither a FiscalCalendar, a name nor None is an
        ArgumentError.
        """
        with pytest.raises(ArgumentError, match="calendar must be"):
            resolve_period("next month", KYODO, bad)  # type: ignore[arg-type]
