"""
Arguments as people pass them. For every public function and method
reachable from `hns`, `hns.audit`, `hns.data`, `hns.fx`, `hns.units` and
`hns.agreements`:

(a) each accepted form of an argument (a datetime, an ISO string, a pandas
    ``Timestamp`` or numpy ``datetime64`` for a date; an int or numpy
    ``int64`` for a year; a calendar's name in any case; a float, an int
    or a numpy number for a number; a currency code in any case) gives
    what its canonical form gives;
(b) a value of the wrong type (None where the argument is not optional, a
    list, an object, bytes, a float NaN, and a few more per kind) raises
    the `HnsError` the kind of argument calls for, an `ArgumentError` for
    a wrong type, and its message names the argument.

`CASES` holds one entry per public callable, keyed by its public name.
`test_every_public_callable_has_an_entry` walks the public names, so that
a new function without an entry fails, and
`test_every_parameter_is_covered` checks that each entry covers every
parameter of its callable. Error classes are raised, not called, and are
left out; the records hns builds (a Verdict, a Claim, a Quote) are
entries that say why their fields are not checked.
"""

from __future__ import annotations

import atexit
import datetime as dt
import importlib
import inspect
import re
import shutil
import subprocess
import sys
import tempfile
import types
from collections.abc import Callable, Iterator
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hns
from hns import (
    JAPAN,
    KOREA,
    ArgumentError,
    Currency,
    Figure,
    FiscalCalendar,
    FiscalYear,
    FiscalYearError,
    HnsError,
    Interval,
    InvalidAmountError,
    Money,
    Period,
    UnknownAgreementError,
    UnknownCurrencyError,
    jpy,
    usd,
)
from hns import agreements as agreements_module
from hns.audit import audit
from hns.checks import as_figure
from hns.data import japan_hns, korea_sma
from hns.fx import CsvRates, EcbRates, FixedRates
from hns.money import to_decimal
from hns.series import Source

# ---------------------------------------------------------------------
# Kinds of argument: the forms of one value, and the wrong values.


@attrs.frozen
class Kind:
    """
    What an argument accepts: *forms* of one value, each of which must
    give what the first (the canonical one) gives; and *wrong* values,
    each with the error it must raise.
    """

    forms: tuple[tuple[str, object], ...]
    wrong: tuple[tuple[str, object, type[HnsError]], ...]

    def optional(self) -> Kind:
        """
        The same kind where None is accepted (a default, not a form).
        """
        wrong = tuple(w for w in self.wrong if w[1] is not None)
        return attrs.evolve(self, wrong=wrong)

    def plus(self, *wrong: tuple[str, object, type[HnsError]]) -> Kind:
        """
        The same kind with more wrong values.
        """
        return attrs.evolve(self, wrong=(*self.wrong, *wrong))

    def without(self, *labels: str) -> Kind:
        """
        The same kind without the wrong values of *labels*.
        """
        wrong = tuple(w for w in self.wrong if w[0] not in labels)
        return attrs.evolve(self, wrong=wrong)


class _Opaque:
    def __repr__(self) -> str:
        return "<an object>"


# What no argument of hns takes: each is an ArgumentError (a float NaN
# where a number is taken is an InvalidAmountError instead).
_WRONG_TYPES: tuple[tuple[str, object], ...] = (
    ("None", None),
    ("a list", [1]),
    ("an object", _Opaque()),
    ("bytes", b"2021"),
    ("a float NaN", float("nan")),
)


def only(*forms: object, optional: bool = False) -> Kind:
    """
    An argument that takes *forms* (all of them alike) and no other type.
    """
    kind = Kind(
        tuple((type(form).__name__, form) for form in forms),
        tuple((label, value, ArgumentError) for label, value in _WRONG_TYPES),
    )
    return kind.optional() if optional else kind


DAY = dt.date(2021, 1, 29)  # a Friday: the ECB published a rate
TOKYO = dt.timezone(dt.timedelta(hours=9))


@attrs.frozen
class _WithDate:
    """
    A stranger's day-like object, with a date() method only.
    """

    day: dt.date

    def date(self) -> dt.date:
        return self.day


@attrs.frozen
class _WithPydatetime:
    """
    A stranger's moment-like object, with to_pydatetime() only.
    """

    moment: dt.datetime

    def to_pydatetime(self) -> dt.datetime:
        return self.moment


def date_kind(day: dt.date = DAY, *, optional: bool = False) -> Kind:
    """
    A date: the date itself; a datetime (aware or not); an ISO string with
    or without a time; a pandas Timestamp; numpy datetime64 of days or
    nanoseconds; any object with date() or to_pydatetime().
    """
    moment = dt.datetime.combine(day, dt.time(15, 30))
    iso = day.isoformat()
    kind = Kind(
        forms=(
            ("date", day),
            ("datetime", moment),
            ("aware datetime", moment.replace(tzinfo=TOKYO)),
            ("ISO date", iso),
            ("ISO date and time", moment.isoformat()),
            ("ISO date, spaced", f" {iso} "),
            ("pandas Timestamp", pd.Timestamp(moment)),
            ("numpy datetime64[D]", np.datetime64(iso)),
            ("numpy datetime64[ns]", np.datetime64(moment, "ns")),
            ("an object with date()", _WithDate(day)),
            ("an object with to_pydatetime()", _WithPydatetime(moment)),
        ),
        wrong=(
            *((label, value, ArgumentError) for label, value in _WRONG_TYPES),
            ("no such day", "2021-02-30", ArgumentError),
            ("a number", 20210129, ArgumentError),
            ("a date without dashes", "20210129", ArgumentError),
            ("pandas NaT", pd.NaT, ArgumentError),
            ("numpy NaT", np.datetime64("NaT"), ArgumentError),
        ),
    )
    return kind.optional() if optional else kind


def year_kind(
    year: int, calendar: FiscalCalendar, *, optional: bool = False
) -> Kind:
    """
    A fiscal year where the calendar is known: a FiscalYear, an int, a
    numpy int64.
    """
    kind = Kind(
        forms=(
            ("FiscalYear", FiscalYear(year, calendar)),
            ("int", year),
            ("numpy int64", np.int64(year)),
        ),
        wrong=(
            *((label, value, ArgumentError) for label, value in _WRONG_TYPES),
            ("a str", str(year), ArgumentError),
            ("a float", float(year), ArgumentError),
            ("a bool", True, ArgumentError),
        ),
    )
    return kind.optional() if optional else kind


def calendar_kind(*, optional: bool = False) -> Kind:
    """
    A fiscal calendar, or its name in any case.
    """
    kind = Kind(
        forms=(
            ("FiscalCalendar", JAPAN),
            ("name", "JAPAN"),
            ("lower-case name", "japan"),
            ("spaced name", " Japan "),
        ),
        wrong=(
            *((label, value, ArgumentError) for label, value in _WRONG_TYPES),
            ("a number", 4, ArgumentError),
            ("an unknown name", "MARS", FiscalYearError),
        ),
    )
    return kind.optional() if optional else kind


def currency_kind(*, optional: bool = False) -> Kind:
    """
    A currency, or its code in any case.
    """
    kind = Kind(
        forms=(
            ("Currency", Currency.JPY),
            ("code", "JPY"),
            ("lower-case code", "jpy"),
        ),
        wrong=(
            *((label, value, ArgumentError) for label, value in _WRONG_TYPES),
            ("an unknown code", "XYZ", UnknownCurrencyError),
        ),
    )
    return kind.optional() if optional else kind


def number_kind(text: str, *, strings: bool = False) -> Kind:
    """
    A number by the float rule: a Decimal, a float (numpy's float64 too)
    by its shortest repr, an int (numpy's int64 too), and its text where
    the argument reads text; NaN, infinities and bools are no numbers.
    """
    value = Decimal(text)
    forms: list[tuple[str, object]] = [
        ("Decimal", value),
        ("float", float(text)),
        ("numpy float64", np.float64(text)),
    ]
    if value == value.to_integral_value():
        forms += [("int", int(value)), ("numpy int64", np.int64(int(value)))]
    if strings:
        forms.append(("str", text))
    wrong: list[tuple[str, object, type[HnsError]]] = [
        ("None", None, ArgumentError),
        ("a list", [1], ArgumentError),
        ("an object", _Opaque(), ArgumentError),
        ("bytes", b"1", ArgumentError),
        ("a float NaN", float("nan"), InvalidAmountError),
        ("an infinity", float("inf"), InvalidAmountError),
        ("a bool", True, InvalidAmountError),
        ("a numpy float32", np.float32(text), ArgumentError),
    ]
    if not strings:
        wrong.append(("a str", text, ArgumentError))
    return Kind(tuple(forms), tuple(wrong))


def whole_kind(number: int, *, optional: bool = False) -> Kind:
    """
    A whole number: an int or a numpy int64, never a float or a bool.
    """
    kind = Kind(
        forms=(("int", number), ("numpy int64", np.int64(number))),
        wrong=(
            *((label, value, ArgumentError) for label, value in _WRONG_TYPES),
            ("a float", number + 0.5, ArgumentError),
            ("a bool", True, ArgumentError),
        ),
    )
    return kind.optional() if optional else kind


def text_kind(text: str, *, optional: bool = False) -> Kind:
    """
    Text, which only a str is.
    """
    kind = only(text).plus(("a number", 2017, ArgumentError))
    return kind.optional() if optional else kind


def flag_kind(flag: bool = True) -> Kind:
    """
    True or False, and nothing that merely looks like one.
    """
    return only(flag).plus(("an int", 1, ArgumentError))


def word_kind(word: str, *, optional: bool = False) -> Kind:
    """
    One of a few words (a style, a rounding mode, a kind of figure).
    """
    kind = only(word)
    return kind.optional() if optional else kind


# ---------------------------------------------------------------------
# Arguments and entries.


def _same(result: object) -> object:
    return result


@attrs.frozen
class Arg:
    """
    One argument of a public callable: *call* calls it with the argument
    set to a value (the others fixed); *result* is what of the result
    must be equal across forms; *named* is how error messages name the
    argument (by default the parameter's name).
    """

    param: str
    call: Callable[[Any], object]
    kind: Kind
    result: Callable[[Any], object] = _same
    named: str | None = None


@attrs.frozen
class Unchecked:
    """
    A public callable whose arguments are not checked, and why.
    """

    reason: str


_RECORD = (
    "a record hns builds from what it computed; its fields are not"
    " checked (attrs' plain __init__)"
)
_ABSTRACT = "an abstract base class: its methods are tested in EcbRates'"
_PROTOCOL = "a Protocol: what a source of rates provides, nothing to call"


def _verdict(verdict: Any) -> object:
    # What two verdicts of one claim given two ways share.
    return (verdict.status, verdict.stated, verdict.recomputed, verdict.point)


def _text(result: Any) -> object:
    return str(result)


def _report(report: Any) -> object:
    return report.to_dict()


def _times(found: Any) -> object:
    return [(w.text, w.start, w.end, w.period) for w in found]


def _figures(found: Any) -> object:
    return [(f.figure, f.start, f.end) for f in found]


@attrs.frozen
class _Span:
    """
    Anything with a first and a last fiscal year.
    """

    first: FiscalYear
    last: FiscalYear


_CSV_FOLDER: list[Path] = []


def csv_path() -> str:
    """
    A file of rates, written once per run (and removed at exit).
    """
    if not _CSV_FOLDER:
        folder = Path(tempfile.mkdtemp(prefix="hns-inputs-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        (folder / "rates.csv").write_text(
            "date,base,quote,rate\n"
            "2021-01-28,USD,JPY,104.2\n"
            "2021-01-29,USD,JPY,104.7\n"
            "2021-02-01,USD,JPY,104.9\n",
            encoding="utf-8",
        )
        _CSV_FOLDER.append(folder)
    return str(_CSV_FOLDER[0] / "rates.csv")


def _csv() -> CsvRates:
    return CsvRates(csv_path())


FIXED = FixedRates({("USD", "JPY"): "104.7"})
VERDICT = hns.check_change("1993億円", "2017億円", "1.2%")
DIAGNOSES = hns.check_change("193 billion yen", "2017億円", "1.2%").diagnoses
REPORT = audit("Japan pays ¥201.7 billion.", published=DAY)
SMA = agreements_module.get("us-japan-sma-2016")
FY2021 = FiscalYear(2021, JAPAN)
MARCH = Period(dt.date(2021, 3, 1), dt.date(2021, 3, 31))
KOREA_SMA = files("hns.data").joinpath("korea_sma.toml")
AGREEMENTS = files("hns.data").joinpath("agreements.toml")

ARTICLE = (
    "This year's contribution is expected to reach 2017 billion yen (about"
    " 2.5 trillion won), up 1.2% from last year's 193 billion yen; the"
    " deal expires next month."
)


def _usd_kind() -> Kind:
    """
    A currency of a rate: US dollars, or their code in any case.
    """
    return Kind(
        forms=(
            ("Currency", Currency.USD),
            ("code", "USD"),
            ("lower-case code", "usd"),
        ),
        wrong=currency_kind().wrong,
    )


rates_kind = Kind(
    forms=(
        ("FixedRates", FIXED),
        ("FixedRates of a float", FixedRates({("USD", "JPY"): 104.7})),
    ),
    wrong=tuple(
        (label, value, ArgumentError)
        for label, value in _WRONG_TYPES
        if value is not None
    ),
)
money_kind = only(jpy(5))
span_kind = Kind(
    forms=(
        ("FiscalYear", FY2021),
        ("pair of dates", (dt.date(2021, 4, 1), dt.date(2022, 3, 31))),
        ("pair of ISO strings", ("2021-04-01", "2022-03-31")),
        (
            "pair of Timestamps",
            (pd.Timestamp("2021-04-01"), pd.Timestamp("2022-03-31 18:00")),
        ),
        ("list of datetimes", [dt.datetime(2021, 4, 1), "2022-03-31"]),
    ),
    wrong=(
        *((label, value, ArgumentError) for label, value in _WRONG_TYPES),
        ("a year", 2021, ArgumentError),
        ("one day", (dt.date(2021, 4, 1),), ArgumentError),
        ("no such day", ("2021-04-01", "2022-02-30"), ArgumentError),
    ),
)


def figure_kind(text: str) -> Kind:
    """
    A figure given as a number (exact), in every form numbers take; text
    is a figure of its own (read with its precision), so not a form.
    """
    kind = number_kind(text, strings=True)
    forms = tuple(form for form in kind.forms if form[0] != "str")
    return attrs.evolve(kind, forms=forms)


def stated_kind(text: str) -> Kind:
    """
    A stated figure given as its text or as the Figure it reads as.
    """
    return Kind(
        forms=(("text", text), ("Figure", hns.parse_figure(text))),
        wrong=(
            ("None", None, ArgumentError),
            ("a list", [1], ArgumentError),
            ("an object", _Opaque(), ArgumentError),
            ("bytes", b"1", ArgumentError),
            ("a float NaN", float("nan"), InvalidAmountError),
        ),
    )


def _daily(name: str, rates: Callable[[], Any]) -> dict[str, tuple[Arg, ...]]:
    """
    The entries of the methods of daily rates (the ECB's, a file's).
    """

    def on(method: str) -> tuple[Arg, ...]:
        def call(base: object, quote: object, day: object) -> object:
            return getattr(rates(), method)(base, quote, day)

        return (
            Arg("base", lambda v: call(v, "JPY", DAY), _usd_kind()),
            Arg("quote", lambda v: call("JPY", v, DAY), _usd_kind()),
            Arg("on", lambda v: call("USD", "JPY", v), OPTIONAL_DATE),
        )

    def window(method: str, *, optional: bool) -> tuple[Arg, ...]:
        def call(*args: object) -> object:
            return getattr(rates(), method)(*args)

        first = dt.date(2021, 1, 25)
        kind = date_kind(first, optional=optional)
        return (
            Arg("base", lambda v: call(v, "JPY", first, DAY), _usd_kind()),
            Arg("quote", lambda v: call("JPY", v, first, DAY), _usd_kind()),
            Arg("start", lambda v: call("USD", "JPY", v, DAY), kind),
            Arg(
                "end",
                lambda v: call("USD", "JPY", first, v),
                date_kind(optional=optional),
            ),
        )

    return {
        f"{name}.bounds": (
            Arg("base", lambda v: rates().bounds(v, "JPY"), _usd_kind()),
            Arg("quote", lambda v: rates().bounds("JPY", v), _usd_kind()),
        ),
        f"{name}.quote": on("quote"),
        f"{name}.rate": on("rate"),
        f"{name}.rate_range": window("rate_range", optional=True),
        f"{name}.rates": window("rates", optional=False),
    }


# ---------------------------------------------------------------------
# The table: every public callable, each argument with its kind.

DATE = date_kind()
OPTIONAL_DATE = date_kind(optional=True)
CALENDAR = calendar_kind()
CURRENCY = currency_kind()

CASES: dict[str, tuple[Arg, ...] | Unchecked] = {
    # Money and its readers.
    "hns.Money": (
        Arg(
            "amount",
            lambda v: Money(v, "USD"),
            number_kind("0.1", strings=True),
        ),
        Arg("currency", lambda v: Money(5, v), CURRENCY),
    ),
    "hns.Money.format": (
        Arg("locale", lambda v: jpy(5).format(v), text_kind("ja_JP")),
        Arg("style", lambda v: jpy(5).format("en_US", v), word_kind("words")),
        Arg(
            "digits",
            lambda v: jpy("5.5").format("en_US", "words", digits=v),
            whole_kind(0, optional=True),
        ),
        Arg(
            "mode",
            lambda v: jpy("5.5").format("en_US", "words", digits=0, mode=v),
            word_kind("half_even"),
        ),
    ),
    "hns.Money.parse": (
        Arg("text", lambda v: Money.parse(v), text_kind("2017億円")),
        Arg(
            "default_currency",
            lambda v: Money.parse("2017億", v),
            currency_kind(optional=True),
        ),
    ),
    "hns.Money.ratio": (Arg("other", lambda v: jpy(10).ratio(v), money_kind),),
    "hns.Money.round": (
        Arg(
            "places",
            lambda v: jpy("5.55").round(v),
            whole_kind(1, optional=True),
        ),
        Arg("mode", lambda v: jpy("5.55").round(1, mode=v), word_kind("down")),
    ),
    "hns.Money.to": (
        Arg("currency", lambda v: usd(1).to(v, on=DAY), CURRENCY),
        Arg("on", lambda v: usd(1).to("JPY", on=v), OPTIONAL_DATE),
        Arg("rates", lambda v: usd(1).to("JPY", on=DAY, rates=v), rates_kind),
        Arg("over", lambda v: usd(1).to("JPY", over=v), span_kind.optional()),
    ),
    "hns.Money.to_quantity": (
        Arg("per", lambda v: jpy(5).to_quantity(v), text_kind("year"), _text),
    ),
    "hns.jpy": (Arg("amount", hns.jpy, number_kind("5", strings=True)),),
    "hns.krw": (Arg("amount", hns.krw, number_kind("5", strings=True)),),
    "hns.usd": (Arg("amount", hns.usd, number_kind("0.1", strings=True)),),
    "hns.parse_money": (
        Arg("text", hns.parse_money, text_kind("1조 389억 원")),
        Arg(
            "default_currency",
            lambda v: hns.parse_money("2,126 billion", v),
            currency_kind(optional=True),
        ),
    ),
    "hns.parse_figure": (
        Arg("text", hns.parse_figure, text_kind("about 2.5 trillion won")),
        Arg(
            "default_currency",
            lambda v: hns.parse_figure("2017億", v),
            currency_kind(optional=True),
        ),
    ),
    "hns.format_money": (
        Arg("money", lambda v: hns.format_money(v, "ja_JP"), money_kind),
        Arg(
            "locale", lambda v: hns.format_money(jpy(5), v), text_kind("ja_JP")
        ),
        Arg(
            "style",
            lambda v: hns.format_money(jpy(5), "en_US", v),
            word_kind("compact"),
        ),
        Arg(
            "digits",
            lambda v: hns.format_money(jpy("5.5"), "en_US", "words", digits=v),
            whole_kind(0, optional=True),
        ),
        Arg(
            "mode",
            lambda v: hns.format_money(
                jpy("5.5"), "en_US", "words", digits=0, mode=v
            ),
            word_kind("half_even"),
        ),
    ),
    "hns.Currency": (Arg("code", Currency, only("EUR")),),
    "hns.Currency.name": (
        Arg("language", lambda v: Currency.USD.name(v), text_kind("ko")),
        Arg(
            "plural",
            lambda v: Currency.USD.name("en", plural=v),
            flag_kind(False),
        ),
    ),
    "hns.Currency.of": (Arg("value", Currency.of, currency_kind()),),
    # Figures and intervals.
    "hns.Figure": (
        Arg(
            "value",
            lambda v: Figure(v, "0.5", "count", Decimal("0.1")),
            figure_kind("0.5"),
        ),
        Arg(
            "text",
            lambda v: Figure(Decimal(1), v, "count", Decimal(1)),
            only("1"),
        ),
        Arg(
            "kind",
            lambda v: Figure(Decimal(1), "1", v, Decimal(1)),
            word_kind("count").plus(
                ("an unknown word", "amount", ArgumentError)
            ),
        ),
        Arg(
            "resolution",
            lambda v: Figure(Decimal(1), "1", "count", v),
            number_kind("0.1"),
        ),
        Arg(
            "qualifier",
            lambda v: Figure(Decimal(1), "1", "count", Decimal(1), v),
            word_kind("about"),
        ),
        Arg(
            "rounding",
            lambda v: Figure(Decimal(1), "1", "count", Decimal(1), "exact", v),
            word_kind("truncate"),
        ),
    ),
    "hns.Figure.parse": (
        Arg("text", lambda v: Figure.parse(v), text_kind("2017億円")),
        Arg(
            "default_currency",
            lambda v: Figure.parse("2017億", v),
            currency_kind(optional=True),
        ),
    ),
    "hns.Figure.with_rounding": (
        Arg(
            "rounding",
            lambda v: Figure.parse("1.2%").with_rounding(v),
            word_kind("either"),
        ),
    ),
    "hns.Interval": (
        Arg("lo", lambda v: Interval(v, 2), number_kind("0.1", strings=True)),
        Arg("hi", lambda v: Interval(0, v), number_kind("0.1", strings=True)),
        Arg("lo_closed", lambda v: Interval(0, 1, v), flag_kind(False)),
        Arg("hi_closed", lambda v: Interval(0, 1, True, v), flag_kind(False)),
    ),
    "hns.Interval.around": (
        Arg("value", lambda v: Interval.around(v, 1), number_kind("0.1")),
        Arg("radius", lambda v: Interval.around(1, v), number_kind("0.1")),
    ),
    "hns.Interval.contains": (
        Arg("value", lambda v: Interval(0, 1).contains(v), number_kind("0.1")),
    ),
    "hns.Interval.hull": (
        Arg("other", lambda v: Interval(0, 1).hull(v), only(Interval(2, 3))),
    ),
    "hns.Interval.intersection": (
        Arg(
            "other",
            lambda v: Interval(0, 1).intersection(v),
            only(Interval(0.5, 3)),
        ),
    ),
    "hns.Interval.overlaps": (
        Arg(
            "other", lambda v: Interval(0, 1).overlaps(v), only(Interval(1, 3))
        ),
    ),
    "hns.Interval.point": (Arg("value", Interval.point, number_kind("0.1")),),
    "hns.Interval.reciprocal": (),
    # Fiscal years.
    "hns.FiscalCalendar": (
        Arg("name", lambda v: FiscalCalendar(v, 7), only("AUSTRALIA")),
        Arg("start_month", lambda v: FiscalCalendar("X", v), whole_kind(7)),
        Arg("start_day", lambda v: FiscalCalendar("X", 7, v), whole_kind(6)),
        Arg(
            "naming",
            lambda v: FiscalCalendar("X", 7, naming=v),
            word_kind("end").plus(
                ("an unknown word", "middle", FiscalYearError)
            ),
        ),
        Arg("span", lambda v: FiscalCalendar("X", 7, span=v), flag_kind()),
    ),
    "hns.FiscalYear": (
        Arg(
            "year",
            lambda v: FiscalYear(v, JAPAN),
            whole_kind(2021).plus(("a str", "2021", ArgumentError)),
        ),
        Arg("calendar", lambda v: FiscalYear(2021, v), CALENDAR),
    ),
    "hns.FiscalYear.containing": (
        Arg("date", lambda v: FiscalYear.containing(v, JAPAN), DATE),
        Arg("calendar", lambda v: FiscalYear.containing(DAY, v), CALENDAR),
    ),
    "hns.FiscalYear.contains": (
        Arg("date", lambda v: FiscalYear(2020, JAPAN).contains(v), DATE),
    ),
    "hns.FiscalYear.distance": (
        Arg(
            "other",
            lambda v: FiscalYear(2016, JAPAN).distance(v),
            year_kind(2021, JAPAN),
        ),
    ),
    "hns.FiscalYear.label": (
        Arg("locale", lambda v: FY2021.label(v), text_kind("ja")),
        Arg("era", lambda v: FY2021.label("ja", era=v), flag_kind()),
    ),
    "hns.FiscalYear.overlap": (
        Arg(
            "other",
            lambda v: FiscalYear(2020, JAPAN).overlap(v),
            year_kind(2021, JAPAN),
        ),
    ),
    "hns.FiscalYear.parse": (
        Arg("text", lambda v: FiscalYear.parse(v), text_kind("令和3年度")),
        Arg(
            "calendar",
            lambda v: FiscalYear.parse("FY2021", v),
            calendar_kind(optional=True),
        ),
    ),
    "hns.FiscalYear.quarters": (),
    "hns.FiscalYear.split": (
        Arg("by", lambda v: FiscalYear(2021, KOREA).split(v), CALENDAR),
    ),
    "hns.fiscal_year": (
        Arg("date", lambda v: hns.fiscal_year(v, JAPAN), DATE),
        Arg("calendar", lambda v: hns.fiscal_year(DAY, v), CALENDAR),
    ),
    "hns.era_year": (Arg("date", hns.era_year, DATE),),
    "hns.era_to_year": (
        Arg("era", lambda v: hns.era_to_year(v, 3), text_kind("令和")),
        Arg("year", lambda v: hns.era_to_year("令和", v), whole_kind(3)),
    ),
    "hns.Period": (
        Arg(
            "start",
            lambda v: Period(v, dt.date(2021, 3, 31)),
            date_kind(dt.date(2021, 3, 1)),
        ),
        Arg("end", lambda v: Period(dt.date(2021, 1, 1), v), DATE),
        Arg("text", lambda v: Period(DAY, DAY, v), only("today")),
    ),
    "hns.Period.contains": (
        Arg("date", MARCH.contains, date_kind(dt.date(2021, 3, 5))),
    ),
    "hns.Period.fiscal_year": (
        Arg(
            "calendar",
            lambda v: Period(
                dt.date(2021, 4, 1), dt.date(2022, 3, 31)
            ).fiscal_year(v),
            CALENDAR,
        ),
    ),
    "hns.Period.of_fiscal_year": (
        Arg("fy", Period.of_fiscal_year, only(FY2021)),
    ),
    "hns.Period.overlaps": (
        Arg("other", MARCH.overlaps, only(Period(DAY, DAY))),
    ),
    "hns.resolve_period": (
        Arg(
            "text",
            lambda v: hns.resolve_period(v, DAY, JAPAN),
            text_kind("来年度"),
        ),
        Arg(
            "published", lambda v: hns.resolve_period("来年度", v, JAPAN), DATE
        ),
        Arg(
            "calendar",
            lambda v: hns.resolve_period("来年度", DAY, v),
            calendar_kind(optional=True),
        ),
    ),
    # Checks.
    "hns.check_average": (
        Arg(
            "total",
            lambda v: hns.check_average(v, 5, "2"),
            figure_kind("10"),
            _verdict,
        ),
        Arg(
            "count",
            lambda v: hns.check_average(10, v, "2"),
            figure_kind("5"),
            _verdict,
        ),
        Arg(
            "stated",
            lambda v: hns.check_average("1兆551億円", 5, v),
            stated_kind("211 billion yen"),
            _verdict,
        ),
        Arg(
            "on",
            lambda v: hns.check_average(
                "¥201.7 billion", 55_000, "$33,600", on=v
            ),
            OPTIONAL_DATE,
            _verdict,
        ),
        Arg(
            "rates",
            lambda v: hns.check_average("¥104.7", 1, "$1", on=DAY, rates=v),
            rates_kind,
            _verdict,
        ),
        Arg(
            "window_days",
            lambda v: hns.check_average(
                "¥201.7 billion", 55_000, "$33,600", on=DAY, window_days=v
            ),
            whole_kind(3),
            _verdict,
        ),
    ),
    "hns.check_change": (
        Arg(
            "old",
            lambda v: hns.check_change(v, 101.2, "1.2%"),
            figure_kind("100"),
            _verdict,
        ),
        Arg(
            "new",
            lambda v: hns.check_change(100, v, "1.2%"),
            figure_kind("101.2"),
            _verdict,
        ),
        Arg(
            "stated",
            lambda v: hns.check_change(100, 101.2, v),
            stated_kind("1.2%"),
            _verdict,
        ),
        Arg(
            "direction",
            lambda v: hns.check_change(101.2, 100, "1.2%", direction=v),
            word_kind("decrease", optional=True).plus(
                ("an unknown word", "down", ArgumentError)
            ),
            _verdict,
        ),
    ),
    "hns.check_conversion": (
        Arg(
            "amount",
            lambda v: hns.check_conversion(v, "$1", on=DAY, rates=FIXED),
            stated_kind("¥104.7"),
            _verdict,
        ),
        Arg(
            "stated",
            lambda v: hns.check_conversion("¥104.7", v, on=DAY, rates=FIXED),
            stated_kind("$1"),
            _verdict,
        ),
        Arg(
            "on",
            lambda v: hns.check_conversion("2017億円", "약 2조1500억원", on=v),
            OPTIONAL_DATE,
            _verdict,
        ),
        Arg(
            "rates",
            lambda v: hns.check_conversion("¥104.7", "$1", on=DAY, rates=v),
            rates_kind,
            _verdict,
        ),
        Arg(
            "window_days",
            lambda v: hns.check_conversion(
                "2017億円", "약 2조1500억원", on=DAY, window_days=v
            ),
            whole_kind(3),
            _verdict,
        ),
        Arg(
            "currency",
            lambda v: hns.check_conversion(
                "2017億円", "약 2조1500억", on=DAY, currency=v
            ),
            Kind(
                forms=(
                    ("Currency", Currency.KRW),
                    ("code", "KRW"),
                    ("lower-case code", "krw"),
                ),
                wrong=currency_kind(optional=True).wrong,
            ),
            _verdict,
        ),
    ),
    "hns.check_level": (
        Arg(
            "stated",
            lambda v: hns.check_level(v, "¥201.7 billion"),
            stated_kind("2017億円"),
            _verdict,
        ),
        Arg(
            "reference",
            lambda v: hns.check_level("2017億円", v, 2021),
            Kind(
                forms=(("Series", japan_hns()),),
                wrong=(
                    *(
                        (label, value, ArgumentError)
                        for label, value in _WRONG_TYPES[:4]
                    ),
                    ("a float NaN", float("nan"), InvalidAmountError),
                ),
            ),
            _verdict,
        ),
        Arg(
            "fiscal_year",
            lambda v: hns.check_level("2017億円", japan_hns(), v),
            year_kind(2021, JAPAN),
            _verdict,
        ),
    ),
    "hns.check_per_capita": (
        Arg(
            "amount",
            lambda v: hns.check_per_capita(v, 4, "¥5"),
            stated_kind("¥20"),
            _verdict,
        ),
        Arg(
            "count",
            lambda v: hns.check_per_capita("¥20", v, "¥5"),
            figure_kind("4"),
            _verdict,
        ),
        Arg(
            "stated",
            lambda v: hns.check_per_capita("¥20", 4, v),
            stated_kind("¥5"),
            _verdict,
        ),
        Arg(
            "per",
            lambda v: hns.check_per_capita(
                "¥240", 4, "¥5", per=v, stated_per="month"
            ),
            word_kind("year"),
            _verdict,
        ),
        Arg(
            "stated_per",
            lambda v: hns.check_per_capita("¥240", 4, "¥5", stated_per=v),
            word_kind("month", optional=True),
            _verdict,
        ),
    ),
    "hns.check_ratio": (
        Arg(
            "a",
            lambda v: hns.check_ratio(v, 2, "four times"),
            figure_kind("8"),
            _verdict,
        ),
        Arg(
            "b",
            lambda v: hns.check_ratio(8, v, "four times"),
            figure_kind("2"),
            _verdict,
        ),
        Arg(
            "stated",
            lambda v: hns.check_ratio(8, 2, v),
            stated_kind("4 times"),
            _verdict,
        ),
        Arg(
            "rates",
            lambda v: hns.check_ratio("$2", "¥104.7", "2 times", rates=v),
            rates_kind,
            _verdict,
        ),
        Arg(
            "on",
            lambda v: hns.check_ratio(
                "$2", "¥104.7", "2 times", rates=EcbRates(), on=v
            ),
            OPTIONAL_DATE,
            _verdict,
        ),
    ),
    "hns.check_share": (
        Arg(
            "part",
            lambda v: hns.check_share(v, 8, "25%"),
            figure_kind("2"),
            _verdict,
        ),
        Arg(
            "whole",
            lambda v: hns.check_share(2, v, "25%"),
            figure_kind("8"),
            _verdict,
        ),
        Arg(
            "stated",
            lambda v: hns.check_share(2, 8, v),
            stated_kind("25%"),
            _verdict,
        ),
    ),
    "hns.check_total": (
        Arg(
            "parts",
            lambda v: hns.check_total(v, "6"),
            Kind(
                forms=(
                    ("list", [1, 2.0, Decimal(3)]),
                    ("tuple", (1, 2.0, Decimal(3))),
                    (
                        "pandas Series",
                        pd.Series([1, 2.0, Decimal(3)], dtype=object),
                    ),
                    ("numpy array", np.array([1, 2.0, 3.0])),
                ),
                wrong=(
                    ("None", None, ArgumentError),
                    ("a str", "123", ArgumentError),
                    ("bytes", b"123", ArgumentError),
                    ("a mapping", {"a": 1}, ArgumentError),
                    ("a float NaN", float("nan"), ArgumentError),
                    ("a list with None", [1, None], ArgumentError),
                    ("a list with NaN", [1, float("nan")], InvalidAmountError),
                ),
            ),
            _verdict,
        ),
        Arg(
            "stated",
            lambda v: hns.check_total([1, 2, 3], v),
            stated_kind("6"),
            _verdict,
        ),
    ),
    # Series of figures by fiscal year.
    "hns.Series": (
        Arg(
            "calendar",
            lambda v: hns.Series(v, "JPY", japan_hns().entries),
            CALENDAR,
        ),
        Arg(
            "currency",
            lambda v: hns.Series(JAPAN, v, japan_hns().entries),
            CURRENCY,
        ),
        Arg(
            "entries",
            lambda v: hns.Series(JAPAN, "JPY", v),
            Kind(
                forms=(
                    ("tuple", japan_hns().entries),
                    ("list", list(japan_hns().entries)),
                ),
                wrong=(
                    *(
                        (label, value, ArgumentError)
                        for label, value in _WRONG_TYPES
                    ),
                    ("a str", "entries", ArgumentError),
                ),
            ),
        ),
        Arg("label", lambda v: hns.Series(JAPAN, "JPY", (), v), only("mine")),
    ),
    "hns.Series.average": (
        Arg(
            "first",
            lambda v: korea_sma().average(v, 2018),
            year_kind(2014, KOREA, optional=True),
        ),
        Arg(
            "last",
            lambda v: korea_sma().average(2014, v),
            year_kind(2018, KOREA, optional=True),
        ),
    ),
    "hns.Series.cagr": (
        Arg(
            "first",
            lambda v: korea_sma().cagr(v, 2018),
            year_kind(2005, KOREA),
        ),
        Arg(
            "last", lambda v: korea_sma().cagr(2005, v), year_kind(2018, KOREA)
        ),
    ),
    "hns.Series.during": (
        Arg(
            "agreement",
            korea_sma().during,
            only(
                _Span(FiscalYear(2014, KOREA), FiscalYear(2018, KOREA)),
                agreements_module.get("us-korea-sma-9"),
            ),
        ),
    ),
    "hns.Series.from_amounts": (
        Arg(
            "amounts",
            lambda v: hns.Series.from_amounts(v, Source("V", "MOF")),
            only({FY2021: jpy("2017億")}),
        ),
        Arg(
            "sources",
            lambda v: hns.Series.from_amounts({FY2021: jpy("2017億")}, v),
            only(Source("V", "MOF"), {FY2021: Source("V", "MOF")}),
        ),
        Arg(
            "label",
            lambda v: hns.Series.from_amounts(
                {FY2021: jpy("2017億")}, Source("V", "MOF"), label=v
            ),
            only("mine"),
        ),
    ),
    "hns.Series.get": (
        Arg("year", lambda v: japan_hns().get(v), year_kind(2021, JAPAN)),
    ),
    "hns.Series.__getitem__": (
        Arg("year", lambda v: japan_hns()[v], year_kind(2021, JAPAN)),
    ),
    "hns.Series.load": (
        Arg(
            "path",
            hns.Series.load,
            only(KOREA_SMA, str(KOREA_SMA), Path(str(KOREA_SMA))),
        ),
        Arg(
            "include_derived",
            lambda v: hns.Series.load(KOREA_SMA, include_derived=v),
            flag_kind(),
        ),
    ),
    "hns.Series.source": (
        Arg("year", lambda v: japan_hns().source(v), year_kind(2021, JAPAN)),
    ),
    "hns.Series.span": (
        Arg(
            "first",
            lambda v: japan_hns().span(v, 2024),
            year_kind(2016, JAPAN),
        ),
        Arg(
            "last", lambda v: japan_hns().span(2016, v), year_kind(2020, JAPAN)
        ),
    ),
    "hns.Series.to_rows": (),
    "hns.Series.total": (
        Arg(
            "first",
            lambda v: korea_sma().total(v, 2018),
            year_kind(2014, KOREA, optional=True),
        ),
        Arg(
            "last",
            lambda v: korea_sma().total(2014, v),
            year_kind(2018, KOREA, optional=True),
        ),
    ),
    "hns.Series.yoy": (),
    "hns.Series.to": (
        Arg(
            "currency",
            lambda v: japan_hns().to(v, on=DAY),
            currency_kind(),
            lambda series: series.to_rows(),
        ),
        Arg(
            "over",
            lambda v: japan_hns().to("USD", over=v),
            only(FY2021, optional=True),
            lambda series: series.to_rows(),
        ),
        Arg(
            "on",
            lambda v: japan_hns().to("USD", on=v),
            OPTIONAL_DATE,
            lambda series: series.to_rows(),
        ),
        Arg(
            "rates",
            lambda v: japan_hns().to("USD", on=DAY, rates=v),
            rates_kind,
            lambda series: series.to_rows(),
        ),
    ),
    "hns.Series.to_dataframe": (
        Arg(
            "floats",
            lambda v: japan_hns().to_dataframe(floats=v),
            flag_kind(False),
            lambda frame: frame.to_dict("list"),
        ),
    ),
    # Verdicts.
    "hns.Verdict": Unchecked(_RECORD),
    "hns.Verdict.citing": (
        Arg("sources", VERDICT.citing, only("MOF"), _verdict),
    ),
    "hns.Verdict.explain": (),
    "hns.Verdict.figure": (Arg("role", VERDICT.figure, only("old")),),
    "hns.Verdict.to_dict": (),
    "hns.Verdict.with_diagnoses": (
        Arg(
            "diagnoses",
            lambda v: VERDICT.with_diagnoses(v).diagnoses,
            Kind(
                forms=(("tuple", DIAGNOSES), ("list", list(DIAGNOSES))),
                wrong=tuple(
                    (label, value, ArgumentError)
                    for label, value in _WRONG_TYPES
                ),
            ),
        ),
    ),
    "hns.Verdict.with_inputs": (
        Arg(
            "figures",
            lambda v: VERDICT.with_inputs(v).inputs,
            Kind(
                forms=(
                    ("dict", dict(VERDICT.inputs)),
                    (
                        "mapping proxy",
                        types.MappingProxyType(dict(VERDICT.inputs)),
                    ),
                ),
                wrong=tuple(
                    (label, value, ArgumentError)
                    for label, value in _WRONG_TYPES
                ),
            ),
        ),
    ),
    "hns.Diagnosis": Unchecked(_RECORD),
    "hns.Diagnosis.explain": (),
    "hns.Diagnosis.to_dict": (),
    # Agreements.
    "hns.Agreement": (
        Arg("id", lambda v: attrs.evolve(SMA, id=v), only("mine")),
        Arg(
            "host",
            lambda v: attrs.evolve(SMA, host=v),
            only("JP").plus(("an unknown host", "US", UnknownAgreementError)),
        ),
        Arg(
            "parties",
            lambda v: attrs.evolve(SMA, parties=v),
            only(("Japan", "US")),
        ),
        Arg("title", lambda v: attrs.evolve(SMA, title=v), only("mine")),
        Arg(
            "first",
            lambda v: attrs.evolve(SMA, first=v),
            only(FiscalYear(2017, JAPAN)),
        ),
        Arg(
            "last",
            lambda v: attrs.evolve(SMA, last=v),
            only(FiscalYear(2021, JAPAN)),
        ),
        Arg(
            "signed",
            lambda v: attrs.evolve(SMA, signed=v),
            date_kind(optional=True),
        ),
        Arg(
            "total",
            lambda v: attrs.evolve(SMA, total=v),
            only(jpy("9465億"), optional=True),
        ),
        Arg(
            "actual",
            lambda v: attrs.evolve(SMA, actual=v),
            only(jpy("9465億"), optional=True),
        ),
        Arg(
            "extends",
            lambda v: attrs.evolve(SMA, extends=v),
            only("us-japan-sma-2011", optional=True),
        ),
        Arg(
            "sources", lambda v: attrs.evolve(SMA, sources=v), only(("MOFA",))
        ),
        Arg("notes", lambda v: attrs.evolve(SMA, notes=v), only("mine")),
        Arg(
            "ordinal",
            lambda v: attrs.evolve(SMA, ordinal=v),
            only(3, optional=True),
        ),
    ),
    "hns.Agreement.average_per_year": (),
    "hns.Agreement.covers": (
        Arg("when", SMA.covers, date_kind().without("a number")),
        Arg("when", SMA.covers, year_kind(2020, JAPAN)),
    ),
    "hns.Agreement.extend": (Arg("years", SMA.extend, whole_kind(2)),),
    "hns.Agreement.year_of": (Arg("fy", SMA.year_of, year_kind(2018, JAPAN)),),
    "hns.agreements.Registry": (
        Arg(
            "agreements",
            agreements_module.Registry,
            only((SMA,), [SMA]),
            lambda r: r.agreements,
        ),
    ),
    "hns.agreements.all": (
        Arg(
            "host",
            agreements_module.all,
            only("KR", optional=True).plus(
                ("an unknown host", "US", UnknownAgreementError)
            ),
        ),
        Arg(
            "registry",
            lambda v: agreements_module.all(registry=v),
            only(
                agreements_module.Registry(agreements_module.all()),
                optional=True,
            ),
        ),
    ),
    "hns.agreements.get": (
        Arg("id", agreements_module.get, only("us-korea-sma-10")),
        Arg(
            "registry",
            lambda v: agreements_module.get("us-japan-sma-2016", registry=v),
            only(agreements_module.Registry((SMA,)), optional=True),
        ),
    ),
    "hns.agreements.in_force": (
        Arg("on", lambda v: agreements_module.in_force(v, "JP"), DATE),
        Arg(
            "host",
            lambda v: agreements_module.in_force(DAY, v),
            only("JP").plus(("an unknown host", "US", UnknownAgreementError)),
        ),
        Arg(
            "registry",
            lambda v: agreements_module.in_force(DAY, "JP", registry=v),
            only(agreements_module.Registry((SMA,)), optional=True),
        ),
    ),
    "hns.agreements.load": (
        Arg(
            "path",
            agreements_module.load,
            only(str(AGREEMENTS), Path(str(AGREEMENTS))),
            lambda r: r.agreements,
        ),
    ),
    # The bundled data.
    "hns.data.Band": Unchecked(_RECORD),
    "hns.data.Milestone": Unchecked(_RECORD),
    "hns.data.began": (Arg("host", hns.data.began, only("JP")),),
    "hns.data.japan_hns": (),
    "hns.data.korea_sma": (
        Arg(
            "include_derived",
            lambda v: korea_sma(include_derived=v),
            flag_kind(),
        ),
    ),
    "hns.data.korea_sma_usd": (),
    "hns.data.milestones": (),
    "hns.data.personnel": (),
    "hns.data.revision": (),
    # Exchange rates.
    "hns.fx.CsvRates": (
        Arg(
            "path",
            lambda v: CsvRates(v).rate("USD", "JPY", DAY),
            only(csv_path(), Path(csv_path())),
        ),
    ),
    "hns.fx.DailyRates": Unchecked(_ABSTRACT),
    "hns.fx.DailyRates.bounds": Unchecked(_ABSTRACT),
    "hns.fx.DailyRates.quote": Unchecked(_ABSTRACT),
    "hns.fx.DailyRates.rate": Unchecked(_ABSTRACT),
    "hns.fx.DailyRates.rate_range": Unchecked(_ABSTRACT),
    "hns.fx.DailyRates.rates": Unchecked(_ABSTRACT),
    "hns.fx.EcbRates": (),
    **_daily("hns.fx.EcbRates", EcbRates),
    "hns.fx.EcbRates.convert": (
        Arg(
            "amount",
            lambda v: EcbRates().convert(v, "USD", "JPY", DAY),
            number_kind("8"),
        ),
        Arg(
            "base", lambda v: EcbRates().convert(1, v, "JPY", DAY), _usd_kind()
        ),
        Arg(
            "quote",
            lambda v: EcbRates().convert(1, "JPY", v, DAY),
            _usd_kind(),
        ),
        Arg("on", lambda v: EcbRates().convert(1, "USD", "JPY", v), DATE),
    ),
    **_daily("hns.fx.CsvRates", _csv),
    "hns.fx.FixedRates": (
        Arg(
            "rates",
            lambda v: FixedRates(v).rate("USD", "JPY", None),
            only({("USD", "JPY"): "104.7"}, {("USD", "JPY"): 104.7}),
        ),
    ),
    "hns.fx.FixedRates.rate": (
        Arg("base", lambda v: FIXED.rate(v, "JPY", None), _usd_kind()),
        Arg("quote", lambda v: FIXED.rate("JPY", v, None), _usd_kind()),
        Arg("on", lambda v: FIXED.rate("USD", "JPY", v), OPTIONAL_DATE),
    ),
    "hns.fx.FixedRates.rate_range": (
        Arg(
            "base",
            lambda v: FIXED.rate_range(v, "JPY", None, None),
            _usd_kind(),
        ),
        Arg(
            "quote",
            lambda v: FIXED.rate_range("JPY", v, None, None),
            _usd_kind(),
        ),
        Arg(
            "start",
            lambda v: FIXED.rate_range("USD", "JPY", v, None),
            OPTIONAL_DATE,
        ),
        Arg(
            "end",
            lambda v: FIXED.rate_range("USD", "JPY", None, v),
            OPTIONAL_DATE,
        ),
    ),
    "hns.fx.Quote": Unchecked(_RECORD),
    "hns.fx.Rates": Unchecked(_PROTOCOL),
    "hns.fx.Rates.rate": Unchecked(_PROTOCOL),
    "hns.fx.Rates.rate_range": Unchecked(_PROTOCOL),
    "hns.fx.average": (
        Arg("base", lambda v: hns.fx.average(v, "JPY", FY2021), _usd_kind()),
        Arg("quote", lambda v: hns.fx.average("JPY", v, FY2021), _usd_kind()),
        Arg("span", lambda v: hns.fx.average("USD", "JPY", v), span_kind),
        Arg(
            "rates",
            lambda v: hns.fx.average("USD", "JPY", (DAY, DAY), v),
            Kind(
                forms=(("EcbRates", EcbRates()),),
                wrong=tuple(
                    (label, value, ArgumentError)
                    for label, value in _WRONG_TYPES
                    if value is not None
                ),
            ),
        ),
    ),
    "hns.fx.convert": (
        Arg("money", lambda v: hns.fx.convert(v, "JPY", on=DAY), only(usd(1))),
        Arg("currency", lambda v: hns.fx.convert(usd(1), v, on=DAY), CURRENCY),
        Arg(
            "on", lambda v: hns.fx.convert(usd(1), "JPY", on=v), OPTIONAL_DATE
        ),
        Arg(
            "rates",
            lambda v: hns.fx.convert(usd(1), "JPY", on=DAY, rates=v),
            rates_kind,
        ),
        Arg(
            "over",
            lambda v: hns.fx.convert(usd(1), "JPY", over=v),
            span_kind.optional(),
        ),
    ),
    "hns.fx.convert_interval": (
        Arg(
            "interval",
            lambda v: hns.fx.convert_interval(v, "USD", "JPY", FIXED, DAY),
            only(Interval(1, 2)),
        ),
        Arg(
            "base",
            lambda v: hns.fx.convert_interval(
                Interval(1, 2), v, "JPY", FIXED, DAY
            ),
            _usd_kind(),
        ),
        Arg(
            "quote",
            lambda v: hns.fx.convert_interval(
                Interval(1, 2), "JPY", v, FIXED, DAY
            ),
            _usd_kind(),
        ),
        Arg(
            "rates",
            lambda v: hns.fx.convert_interval(
                Interval(1, 2), "USD", "JPY", v, DAY
            ),
            rates_kind.plus(("None", None, ArgumentError)),
        ),
        Arg(
            "start",
            lambda v: hns.fx.convert_interval(
                Interval(1, 2), "USD", "JPY", EcbRates(), v
            ),
            OPTIONAL_DATE,
        ),
        Arg(
            "end",
            lambda v: hns.fx.convert_interval(
                Interval(1, 2),
                "USD",
                "JPY",
                EcbRates(),
                dt.date(2021, 1, 25),
                v,
            ),
            OPTIONAL_DATE,
        ),
    ),
    # Units.
    "hns.units.conversion_factor": (
        Arg(
            "source",
            lambda v: hns.units.conversion_factor(v, "JPY / year"),
            text_kind("JPY / month"),
        ),
        Arg(
            "target",
            lambda v: hns.units.conversion_factor("JPY / month", v),
            text_kind("JPY / year"),
        ),
    ),
    "hns.units.per_capita": (
        Arg("amount", lambda v: hns.units.per_capita(v, 4), money_kind, _text),
        Arg(
            "people",
            lambda v: hns.units.per_capita(jpy(20), v),
            number_kind("4"),
            _text,
        ),
        Arg(
            "per",
            lambda v: hns.units.per_capita(jpy(20), 4, v),
            text_kind("month"),
            _text,
        ),
    ),
    "hns.units.quantity": (
        Arg(
            "value",
            lambda v: hns.units.quantity(v, "year"),
            number_kind("0.5", strings=True),
            _text,
        ),
        Arg(
            "unit",
            lambda v: hns.units.quantity(jpy(5), v),
            text_kind("year"),
            _text,
        ),
    ),
    "hns.units.registry": (),
    # The audit.
    "hns.audit.Claim": Unchecked(_RECORD),
    "hns.audit.Found": Unchecked(_RECORD),
    "hns.audit.Report": Unchecked(_RECORD),
    "hns.audit.Report.lines": (),
    "hns.audit.Report.to_dict": (),
    "hns.audit.Report.to_json": (
        Arg("indent", REPORT.to_json, whole_kind(4, optional=True)),
    ),
    "hns.audit.Report.to_markdown": (),
    "hns.audit.Report.to_dataframe": (
        Arg(
            "floats",
            lambda v: REPORT.to_dataframe(floats=v),
            flag_kind(False),
            lambda frame: frame.to_dict("list"),
        ),
    ),
    "hns.audit.Report.to_html": (
        Arg("title", REPORT.to_html, text_kind("Japan", optional=True)),
    ),
    "hns.audit.Report.used": (),
    "hns.audit.When": Unchecked(_RECORD),
    "hns.audit.audit": (
        Arg(
            "text",
            lambda v: audit(v, published=DAY),
            text_kind(ARTICLE),
            _report,
        ),
        Arg(
            "published",
            lambda v: audit(ARTICLE, published=v),
            OPTIONAL_DATE,
            _report,
        ),
        Arg(
            "reference",
            lambda v: audit(ARTICLE, published=DAY, reference=v),
            flag_kind(False),
            _report,
        ),
        Arg(
            "rates",
            lambda v: audit(ARTICLE, published=DAY, rates=v),
            rates_kind,
            _report,
        ),
        Arg(
            "host",
            lambda v: audit(ARTICLE, published=DAY, host=v),
            only("JP", optional=True).plus(("a number", 81, ArgumentError)),
            _report,
        ),
    ),
    "hns.audit.clear_caches": (),
    "hns.audit.find_figures": (
        Arg("text", hns.audit.find_figures, text_kind(ARTICLE), _figures),
        Arg(
            "normalized",
            lambda v: hns.audit.find_figures(ARTICLE, v),
            text_kind(ARTICLE, optional=True),
            _figures,
        ),
    ),
    "hns.audit.find_times": (
        Arg(
            "text",
            lambda v: hns.audit.find_times(v, DAY, "JP"),
            text_kind(ARTICLE),
            _times,
        ),
        Arg(
            "published",
            lambda v: hns.audit.find_times(ARTICLE, v, "JP"),
            OPTIONAL_DATE,
            _times,
        ),
        Arg(
            "host",
            lambda v: hns.audit.find_times(ARTICLE, DAY, v),
            only("JP", optional=True),
            _times,
        ),
        Arg(
            "normalized",
            lambda v: hns.audit.find_times(ARTICLE, DAY, "JP", v),
            text_kind(ARTICLE, optional=True),
            _times,
        ),
    ),
}


# ---------------------------------------------------------------------
# The tests.

NAMESPACES = (
    "hns",
    "hns.audit",
    "hns.data",
    "hns.fx",
    "hns.units",
    "hns.agreements",
)
# Special methods that take arguments people pass: a series by year.
_DUNDERS = frozenset({"__getitem__"})


def _members(cls: type) -> Iterator[tuple[str, object]]:
    # The public methods of *cls* defined by hns (inherited ones too; not
    # tuple.count and the like), by name.
    for attr in dir(cls):
        if attr.startswith("_") and attr not in _DUNDERS:
            continue
        owner = next((c for c in cls.__mro__ if attr in vars(c)), None)
        if owner is None or not owner.__module__.startswith("hns"):
            continue
        member = vars(owner)[attr]
        if isinstance(member, classmethod | staticmethod) or (
            inspect.isfunction(member)
        ):
            yield attr, getattr(cls, attr)


def public_callables() -> dict[str, object]:
    """
    Every public function, class and method of the namespaces, by its
    first public name (``hns.Agreement``, not ``hns.agreements.Agreement``).
    Error classes are raised, not called: they are left out.
    """
    found: dict[str, object] = {}
    seen: set[int] = set()
    for space in NAMESPACES:
        module = importlib.import_module(space)
        for name in module.__all__:
            item = getattr(module, name)
            if id(item) in seen:
                continue
            key = f"{space}.{name}"
            if inspect.isclass(item) and not issubclass(item, BaseException):
                seen.add(id(item))
                found[key] = item
                for attr, member in _members(item):
                    found[f"{key}.{attr}"] = member
            elif inspect.isfunction(inspect.unwrap(item)):  # or cached
                seen.add(id(item))
                found[key] = item
    return found


PUBLIC = public_callables()


def test_every_public_callable_has_an_entry() -> None:
    """
    The table has an entry for each public function, class and method,
    and none for a name that is no longer public.
    """
    assert sorted(PUBLIC.keys() - CASES.keys()) == []
    assert sorted(CASES.keys() - PUBLIC.keys()) == []


def _parameters(fn: object) -> set[str]:
    # The parameters a caller passes (not self, not private keywords).
    signature = inspect.signature(fn)  # type: ignore[arg-type]
    return {
        name
        for name in signature.parameters
        if name not in {"self", "cls"} and not name.startswith("_")
    }


@pytest.mark.parametrize(
    "key", [k for k, v in CASES.items() if not isinstance(v, Unchecked)]
)
def test_every_parameter_is_covered(key: str) -> None:
    """
    An entry covers every parameter of its callable (an empty entry is
    one of a callable without any).
    """
    entry = CASES[key]
    assert not isinstance(entry, Unchecked)

    assert {arg.param for arg in entry} == _parameters(PUBLIC[key])


def _args() -> Iterator[tuple[str, Arg]]:
    for key, entry in CASES.items():
        if not isinstance(entry, Unchecked):
            for arg in entry:
                yield key, arg


_CANONICAL: dict[tuple[str, int], object] = {}


def _canonical(key: str, arg: Arg) -> object:
    # What the canonical form gives (worked out once per argument).
    index = id(arg)
    if (key, index) not in _CANONICAL:
        _CANONICAL[key, index] = arg.result(arg.call(arg.kind.forms[0][1]))
    return _CANONICAL[key, index]


@pytest.mark.parametrize(
    ("key", "arg", "value"),
    [
        pytest.param(key, arg, value, id=f"{key}-{arg.param}-{label}")
        for key, arg in _args()
        for label, value in arg.kind.forms[1:]
    ],
)
def test_accepted_forms(key: str, arg: Arg, value: object) -> None:
    """
    Each accepted form of an argument gives what its canonical form
    gives.
    """
    assert arg.result(arg.call(value)) == _canonical(key, arg)


@pytest.mark.parametrize(
    ("key", "arg", "value", "error"),
    [
        pytest.param(key, arg, value, error, id=f"{key}-{arg.param}-{label}")
        for key, arg in _args()
        for label, value, error in arg.kind.wrong
    ],
)
def test_wrong_values(
    key: str, arg: Arg, value: object, error: type[HnsError]
) -> None:
    """
    A value of the wrong type raises the error its kind calls for (an
    ArgumentError for a wrong type, an InvalidAmountError for a number
    that is none), and the message names the argument; a value of the
    right type that is unknown (a currency code, a calendar's name, a
    host) raises its own error, quoting the value.
    """
    named = arg.named or arg.param
    with pytest.raises(error) as raised:
        arg.call(value)

    message = str(raised.value)
    if error in (ArgumentError, InvalidAmountError):
        assert re.search(rf"(?<![\w.]){re.escape(named)}(?!\w)", message)
    else:  # a value of the right type that is unknown: quoted
        assert repr(value) in message


def test_canonical_forms_work() -> None:
    """
    Every canonical form is accepted (the first form of each argument,
    which the forms are compared with).
    """
    for key, arg in _args():
        _canonical(key, arg)


# ---------------------------------------------------------------------
# The rules the table relies on, one by one.

# Floats whose shortest repr is an amount (within 10**±30 in size and in
# decimals).
_FLOATS = st.one_of(
    st.just(0.0),
    st.floats(min_value=1e-10, max_value=1e20),
    st.floats(min_value=-1e20, max_value=-1e-10),
)


class TestFloatRule:
    @given(x=_FLOATS)
    def test_one_reading_everywhere(self, x: float) -> None:
        """
        A float is read as its shortest round-trip decimal string wherever
        hns takes a number: Money, intervals, figures, checks' numbers,
        units, rates.
        """
        expected = Decimal(repr(x))

        assert to_decimal(x) == expected
        assert Money(x, "USD").amount == expected
        assert Interval.point(x).lo == expected
        assert Figure(x, "x", "count", x if x >= 0 else 0).number == expected
        assert as_figure(x, "count").number == expected
        assert hns.units.quantity(x).magnitude == expected

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (0.1, "0.1"),
            (201.7e9, "201700000000.0"),
            (1e-7, "1E-7"),
            (1 / 3, "0.3333333333333333"),
            (np.float64(0.1), "0.1"),
            (np.float64(2017e8), "201700000000.0"),
        ],
    )
    def test_what_was_typed(self, value: float, expected: str) -> None:
        """
        0.1 is exactly one tenth, never 0.1000000000000000055511151231...;
        numpy's float64 (whose repr is ``np.float64(0.1)``) reads alike.
        """
        assert Money(value, "USD").amount == Decimal(expected)
        assert str(Money(value, "USD").amount) == expected

    def test_floats_in_checks(self) -> None:
        """
        The checks take floats as every other function does:
        ``check_change(1.0, 2.0, "100%")`` holds exactly.
        """
        verdict = hns.check_change(1.0, 2.0, "100%")

        assert verdict.status == "consistent"
        assert verdict.point == 100
        assert hns.check_average(10.5, 3, "3.5").status == "consistent"

    @pytest.mark.parametrize(
        "value", [float("nan"), float("inf"), -float("inf"), True, False]
    )
    def test_no_numbers(self, value: object) -> None:
        """
        NaN, the infinities and the bools are no numbers, in Money as in
        the checks, the intervals and the units.
        """
        for call in (
            lambda: Money(value, "USD"),  # type: ignore[arg-type]
            lambda: hns.check_change(value, 2, "1%"),  # type: ignore[arg-type]
            lambda: Interval.point(value),  # type: ignore[arg-type]
            lambda: hns.units.per_capita(jpy(1), value),  # type: ignore[arg-type]
        ):
            with pytest.raises(InvalidAmountError, match="must be a"):
                call()

    def test_other_number_types(self) -> None:
        """
        A numpy float32 (whose shortest repr is of another precision) and
        a Fraction are no numbers hns reads: an ArgumentError says what
        it takes.
        """
        from fractions import Fraction

        for value in (np.float32(0.1), Fraction(1, 3), 1j):
            with pytest.raises(ArgumentError, match=r"amount must be an"):
                Money(value, "USD")  # type: ignore[arg-type]

    def test_integers_of_numpy(self) -> None:
        """
        numpy's int64 is a whole number as an int is: an amount, a year,
        a number of places.
        """
        assert jpy(np.int64(2017)) == jpy(2017)  # type: ignore[arg-type]
        assert FiscalYear(np.int64(2021), JAPAN) == FY2021  # type: ignore[arg-type]
        assert type(FiscalYear(np.int64(2021), JAPAN).year) is int  # type: ignore[arg-type]
        assert jpy("5.55").round(np.int64(1)) == jpy("5.6")  # type: ignore[arg-type]


_CALENDARS = [hns.fiscal.CALENDARS[name] for name in hns.fiscal.CALENDARS]


class TestLabelsParseBack:
    @pytest.mark.parametrize(
        "calendar", _CALENDARS, ids=[c.name for c in _CALENDARS]
    )
    @given(year=st.integers(1000, 9998))
    def test_every_label_of_every_calendar(
        self, calendar: FiscalCalendar, year: int
    ) -> None:
        """
        ``str(fy)`` parses back to the year without a calendar; each
        label (English, Japanese, Korean) with it; the era label of a
        Japanese year without one.
        """
        fy = FiscalYear(year, calendar)

        assert FiscalYear.parse(str(fy)) == fy
        assert FiscalYear.parse(str(fy).lower()) == fy
        for locale in ("en", "ja", "ko"):
            assert FiscalYear.parse(fy.label(locale), calendar) == fy
            assert FiscalYear.parse(fy.label(locale), calendar.name) == fy
        if calendar == JAPAN and year >= 1869:
            assert FiscalYear.parse(fy.label("ja", era=True)) == fy

    @pytest.mark.parametrize(
        ("text", "year"),
        [
            ("JFY2021", FiscalYear(2021, JAPAN)),
            ("jfy 2021", FiscalYear(2021, JAPAN)),
            ("USFY2021", FiscalYear(2021, hns.US_FEDERAL)),
            ("US FY2021", FiscalYear(2021, hns.US_FEDERAL)),
            ("JAPAN FY2021", FiscalYear(2021, JAPAN)),
            ("KOREA FY2021", FiscalYear(2021, KOREA)),
            ("US_FEDERAL FY2021", FiscalYear(2021, hns.US_FEDERAL)),
            ("UK 2021-22", FiscalYear(2021, hns.UK)),
            ("UK FY2021/22", FiscalYear(2021, hns.UK)),
        ],
    )
    def test_labels_that_name_their_calendar(
        self, text: str, year: FiscalYear
    ) -> None:
        """
        JFY (Japan's fiscal year), USFY and a calendar's name before the
        year give the calendar; no argument is needed.
        """
        assert FiscalYear.parse(text) == year

    def test_a_calendar_named_twice_must_agree(self) -> None:
        """
        A label naming one calendar, read in another, is refused rather
        than read in either.
        """
        with pytest.raises(hns.ParseError, match="JAPAN year, not a KOREA"):
            FiscalYear.parse("JFY2021", KOREA)
        with pytest.raises(hns.ParseError, match="UK year, not a JAPAN"):
            FiscalYear.parse("UK 2021-22", "japan")

    def test_a_calendar_of_ones_own(self) -> None:
        """
        A calendar hns does not bundle parses back when given.
        """
        australia = FiscalCalendar("AUSTRALIA", 7, naming="end")
        fy = FiscalYear(2021, australia)

        assert str(fy) == "AUSTRALIA FY2021"
        assert FiscalYear.parse(str(fy), australia) == fy
        with pytest.raises(hns.ParseError, match="which fiscal calendar"):
            FiscalYear.parse(str(fy))

    def test_str_and_repr(self) -> None:
        """
        ``str`` is the label with the calendar's name; ``repr`` is
        unchanged.
        """
        assert str(FY2021) == "JAPAN FY2021"
        assert str(FiscalYear(2021, hns.US_FEDERAL)) == "US_FEDERAL FY2021"
        assert repr(FY2021) == "FiscalYear(year=2021, calendar=JAPAN)"


class TestReadersTakeText:
    @pytest.mark.parametrize(
        "read",
        [hns.parse_money, hns.parse_figure, Money.parse, Figure.parse],
    )
    @pytest.mark.parametrize("value", [2017, Decimal(2017), 2017.0])
    def test_a_number_is_no_text(
        self, read: Callable[[Any], object], value: object
    ) -> None:
        """
        A reader given a number says it reads text, and where a number
        goes (Money): a number is not read as if it were written, since
        its unit and precision would be guesses.
        """
        with pytest.raises(
            ArgumentError, match=re.escape("Money(value, currency)")
        ):
            read(value)

    def test_money_takes_the_number(self) -> None:
        """
        The number itself goes to Money, in a currency.
        """
        assert Money(2017, "JPY") == hns.parse_money("2017円")


class TestDates:
    def test_a_moment_is_its_own_day(self) -> None:
        """
        An aware datetime or Timestamp counts its own date, not UTC's.
        """
        late = dt.datetime(2021, 3, 31, 23, 30, tzinfo=TOKYO)

        assert hns.fiscal_year(late, JAPAN) == FiscalYear(2020, JAPAN)
        assert hns.fiscal_year(pd.Timestamp(late), JAPAN).year == 2020
        assert hns.fiscal_year("2021-03-31T23:30+09:00", JAPAN).year == 2020  # type: ignore[arg-type]

    def test_nat_is_no_day(self) -> None:
        """
        pandas' NaT (a datetime whose date() is NaT again) and numpy's
        are refused, never compared as days.
        """
        for nat in (pd.NaT, np.datetime64("NaT"), pd.Timestamp("NaT")):
            with pytest.raises(ArgumentError, match="date must be a date"):
                hns.fiscal_year(nat, JAPAN)  # type: ignore[arg-type]

    def test_a_strangers_date_must_be_a_date(self) -> None:
        """
        An object whose date() gives no date, or raises, is no day.
        """

        class Broken:
            def date(self) -> dt.date:
                msg = "no day"
                raise RuntimeError(msg)

        for value in (_WithDate("2021-01-29"), Broken()):  # type: ignore[arg-type]
            with pytest.raises(ArgumentError, match="on must be a date"):
                usd(1).to("JPY", on=value)  # type: ignore[arg-type]

    def test_pandas_and_numpy_are_never_imported(self) -> None:
        """
        Reading dates and numbers duck-types pandas and numpy objects:
        hns imports neither.
        """
        code = (
            "import sys, hns; hns.fiscal_year('2021-01-29', 'japan');"
            " hns.jpy(0.1); hns.audit.audit('x', published='2021-01-29');"
            " print(sorted(m for m in sys.modules"
            " if m.split('.')[0] in {'pandas', 'numpy'}))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )

        assert result.stdout.strip() == "[]"
