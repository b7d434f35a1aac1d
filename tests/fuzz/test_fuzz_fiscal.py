"""
Fuzzing time: `FiscalCalendar`, `FiscalYear` (construction, parsing,
labels, arithmetic), eras, `fiscal_year`, and relative periods
(`resolve_period`, `Period`).
"""

from __future__ import annotations

import datetime as dt
import operator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import (
    JAPAN,
    KOREA,
    UK,
    US_FEDERAL,
    FiscalCalendar,
    FiscalYear,
    Period,
    era_to_year,
    era_year,
    fiscal_year,
    resolve_period,
)
from hns.fiscal import era_of
from tests.fuzz.support import (
    FUZZ,
    Entries,
    arguments,
    call,
    dates,
    draw_call,
    families,
    maybe,
    odd_text,
    total,
)

BUNDLED = [JAPAN, US_FEDERAL, KOREA, UK]


def _calendar(
    name: str, month: int, day: int, naming: str, span: bool
) -> FiscalCalendar | None:
    # The calendar, if hns accepts one so made.
    made = call(FiscalCalendar, name, month, day, naming, span)
    return made if isinstance(made, FiscalCalendar) else None


calendars = st.one_of(
    st.sampled_from(BUNDLED),
    st.builds(
        _calendar,
        st.text(min_size=1, max_size=8),
        st.integers(1, 12),
        st.integers(1, 28),
        st.sampled_from(["start", "end"]),
        st.booleans(),
    ).filter(lambda calendar: calendar is not None),
)
"""
The bundled calendars, and any other a user may define.
"""
years = st.one_of(
    st.integers(1, 9998),
    st.integers(-5, 5),
    st.integers(9990, 10_005),
    st.integers(),
)


def _fiscal_year(year: int, calendar: FiscalCalendar) -> FiscalYear | None:
    # The fiscal year, if it is one hns accepts.
    made = call(FiscalYear, year, calendar)
    return made if isinstance(made, FiscalYear) else None


any_fiscal_years = st.builds(
    _fiscal_year, st.integers(1, 9998), calendars
).filter(lambda fy: fy is not None)
"""
Fiscal years of any calendar, the first and last ones included.
"""
fiscal_years = st.builds(FiscalYear, st.integers(3, 9996), calendars)
"""
Fiscal years of any calendar, with a year before and after them.
"""
_FY_PIECES = [
    "FY", "fy", "fiscal ", "fiscal year ", "Fiscal", "'", "2021", "1989",
    "0001", "9999", "10000", "2", "21", "22", "/", "-", " ", "年度", "年",
    "令和", "平成", "昭和", "大正", "明治", "Reiwa", "heisei", "R", "H",
    "S", "T", "M", "元", "3", "31", "64", "999", "0", "회계연도", "회계 ",
    "연도", "년도", "２０２１", "٢٠٢١", "\ufeff", "\x00",
]  # fmt: skip
fiscal_texts = st.one_of(
    st.lists(st.sampled_from(_FY_PIECES), max_size=5).map("".join),
    odd_text(),
)
_PERIOD_PIECES = [
    "next month", "last month", "this month", "来月", "先月", "이번달",
    "다음 달", "this year", "next year", "last year", "今年", "来年",
    "지난해", "전년", "this fiscal year", "来年度", "前年度", "in ", "by ",
    "on the ", "the end of ", "early ", "mid-", "late ", "January",
    "jan.", "Sept", "december", "31st", "29th", "2nd", "13th", "32nd",
    "3月", "13月", "0월", "내년 ", "今年", "上旬", "下旬", "末", "말", "초",
    "年末", "年度末", "연말", " ", "  ", "\t", "ＮＥＸＴ ＭＯＮＴＨ",
]  # fmt: skip
period_texts = st.one_of(
    st.lists(st.sampled_from(_PERIOD_PIECES), max_size=4).map("".join),
    odd_text(),
)

ENTRIES: Entries
ENTRIES = {
    "FiscalCalendar": (
        FiscalCalendar,
        arguments(
            maybe(st.text(max_size=8)),
            maybe(st.integers(-1, 13)),
            maybe(st.integers(-1, 32)),
            maybe(st.sampled_from(["start", "end", "middle"])),
            maybe(st.booleans()),
        ),
    ),
    "FiscalYear": (FiscalYear, arguments(maybe(years), maybe(calendars))),
    "FiscalYear.parse": (
        FiscalYear.parse,
        arguments(maybe(fiscal_texts), maybe(st.none() | calendars)),
    ),
    "FiscalYear.containing": (
        FiscalYear.containing,
        arguments(maybe(dates), maybe(calendars)),
    ),
    "FiscalYear.fiscal_year": (
        fiscal_year,
        arguments(maybe(dates), maybe(calendars)),
    ),
    "FiscalYear.dates": (
        lambda fy: (fy.start, fy.end, fy.days, fy.quarters()),
        arguments(any_fiscal_years),
    ),
    "FiscalYear.contains": (
        FiscalYear.contains,
        arguments(fiscal_years, maybe(dates)),
    ),
    "FiscalYear.__add__": (
        operator.add,
        arguments(fiscal_years, years),
    ),
    "FiscalYear.__sub__": (
        operator.sub,
        arguments(fiscal_years, years),
    ),
    "FiscalYear.__lt__": (
        operator.lt,
        arguments(fiscal_years, fiscal_years),
    ),
    "FiscalYear.distance": (
        FiscalYear.distance,
        arguments(fiscal_years, maybe(fiscal_years)),
    ),
    "FiscalYear.overlap": (
        FiscalYear.overlap,
        arguments(fiscal_years, maybe(fiscal_years)),
    ),
    "FiscalYear.split": (
        FiscalYear.split,
        arguments(fiscal_years, maybe(calendars)),
    ),
    "FiscalYear.label": (
        FiscalYear.label,
        arguments(
            any_fiscal_years,
            maybe(st.sampled_from(["en", "ja", "ko", "ja_JP", "ko-KR", ""])),
            era=maybe(st.booleans()),
        ),
    ),
    "era.era_to_year": (
        era_to_year,
        arguments(
            maybe(
                st.sampled_from(
                    ["令和", "平成", "Showa", "t", "M", " R ", "X", ""]
                )
            ),
            maybe(years),
        ),
    ),
    "era.era_year": (era_year, arguments(maybe(dates))),
    "era.era_of": (era_of, arguments(maybe(dates))),
    "resolve_period": (
        resolve_period,
        arguments(maybe(period_texts), maybe(dates), maybe(calendars)),
    ),
    "Period": (
        Period,
        arguments(maybe(dates), maybe(dates), maybe(st.text(max_size=5))),
    ),
    "Period.of_fiscal_year": (
        Period.of_fiscal_year,
        arguments(maybe(any_fiscal_years)),
    ),
    "Period.fiscal_year": (
        lambda start, end, calendar: Period(start, end).fiscal_year(calendar),
        arguments(dates, dates, maybe(calendars)),
    ),
}


FAMILIES = families(ENTRIES)


@pytest.mark.parametrize("family", list(FAMILIES))
@FUZZ
@given(data=st.data())
def test_time_entry_points_raise_only_hns_errors(
    family: str, data: st.DataObject
) -> None:
    """
    Every entry point of `hns.fiscal` and `hns.when`, given valid values,
    the first and last days Python knows, years out of range and values
    of the wrong type, returns or raises an HnsError, within a second.
    """
    fn, args, kwargs = draw_call(data, ENTRIES, FAMILIES[family])

    call(fn, *args, **kwargs)


@FUZZ
@given(
    year=st.integers(1900, 2200),
    calendar=st.sampled_from(BUNDLED),
    locale=st.sampled_from(["en", "ja", "ko"]),
)
def test_labels_read_back(
    year: int, calendar: FiscalCalendar, locale: str
) -> None:
    """
    Every label `FiscalYear.label` writes for a bundled calendar
    (``FY2021``, ``2021-22``, ``2021年度``, ``2021회계연도``, ``令和3年度``)
    is a form `FiscalYear.parse` documents, and reads back as the same
    year.
    """
    fy = FiscalYear(year, calendar)

    label = call(fy.label, locale)
    assert call(FiscalYear.parse, label, calendar) == fy, label
    if calendar == JAPAN:
        era = call(fy.label, "ja", era=True)
        assert call(FiscalYear.parse, era, calendar) == fy, era


@FUZZ
@given(fy=fiscal_years)
def test_fiscal_years_tile_the_calendar(fy: FiscalYear) -> None:
    """
    A fiscal year starts the day after the previous one ends, contains its
    own first and last days, and is the fiscal year of each of them.
    """
    start, end = total(lambda: fy.start), total(lambda: fy.end)
    previous = total(operator.sub, fy, 1)

    assert total(lambda: previous.end) == start - dt.timedelta(days=1)
    assert fy.contains(start)
    assert fy.contains(end)
    assert total(fiscal_year, start, fy.calendar) == fy
    assert total(fiscal_year, end, fy.calendar) == fy


@FUZZ
@given(text=period_texts, published=dates, calendar=calendars)
def test_periods_are_spans_of_days(
    text: str, published: object, calendar: FiscalCalendar
) -> None:
    """
    A resolved period runs forward (its end is not before its start) and
    keeps the text it was read from.
    """
    period = call(resolve_period, text, published, calendar)

    if isinstance(period, Period):
        assert period.start <= period.end
        assert period.text == text
