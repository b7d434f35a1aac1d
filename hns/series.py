"""
Series of amounts by fiscal year: one calendar, one currency, every figure
with its source. Changes, totals, averages and growth rates treat a missing
year as a gap, never as zero.

`Series.load` reads TOML files in the schema of the bundled ones; the
comment at the top of ``hns/data/japan_hns.toml`` describes it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, get_args

import attrs

from hns import _notebook
from hns._arguments import as_flag, as_optional_date, as_whole
from hns._decimal import DIVIDE, WORK
from hns._loading import LOADING
from hns._values import fields_repr
from hns.currency import Currency, as_currency
from hns.errors import (
    ArgumentError,
    CurrencyMismatchError,
    FiscalYearError,
    HnsError,
    InvalidAmountError,
    SeriesDataError,
    UnknownCurrencyError,
)
from hns.fiscal import (
    JAPAN,
    KOREA,
    UK,
    US_FEDERAL,
    FiscalCalendar,
    FiscalYear,
    calendar_of,
)
from hns.money import Money

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from hns.fx import Rates

__all__ = [
    "Change",
    "Entry",
    "Series",
    "SeriesDataError",
    "Source",
    "Span",
    "Status",
]

Status = Literal["V", "V-sec", "D"]
"""
How a figure is sourced: ``V`` verified in a primary or wire source,
``V-sec`` seen only through a repost of the named outlet, ``D`` derived
by arithmetic and stated nowhere.
"""
_STATUSES: tuple[str, ...] = get_args(Status)
_CALENDARS = {c.name: c for c in (JAPAN, KOREA, US_FEDERAL, UK)}
_ENTRY_KEYS = frozenset({"year", "amount", "status", "source", "note"})
_FILE_KEYS = frozenset({"label", "calendar", "currency", "entry"})
_KINDS = {int: "an integer", str: "a string", list: "[[entry]] tables"}
# Growth rates are worked at 50 digits (WORK) and reported at 34 (DIVIDE,
# decimal128): the contexts of hns._decimal.


def _check_status(_: object, __: object, status: object) -> None:
    if status not in _STATUSES:
        msg = f"status must be V, V-sec or D, not {status!r}"
        raise SeriesDataError(msg)


def _name(year: FiscalYear) -> str:
    # Japan's fiscal years are "JFY" in the texts hns reads.
    prefix = "J" if year.calendar == JAPAN else ""
    return prefix + year.label()


@attrs.frozen(repr=False)
class Source:
    """
    Where a figure comes from: its status (``V`` verified in a primary or
    wire source, ``V-sec`` seen only through a repost of the named outlet,
    ``D`` derived by arithmetic and stated nowhere), the citation, a note.

    >>> Source("V", "MOF ファイナンス 2024年4月号 p.36").derived
    False
    """

    __repr__ = fields_repr

    status: Status = attrs.field(validator=_check_status)
    citation: str
    note: str = ""

    @property
    def derived(self) -> bool:
        """
        Whether the figure is derived by arithmetic and stated nowhere.

        >>> Source("D", "prior year × growth").derived
        True
        """
        return self.status == "D"


class Entry(NamedTuple):
    """
    One year's figure with its source.

    >>> from hns import jpy
    >>> Entry(FiscalYear(2023, JAPAN), jpy("2112億"), Source("V", "MOF")).year
    FiscalYear(year=2023, calendar=JAPAN)
    """

    year: FiscalYear
    amount: Money
    source: Source


class Change(NamedTuple):
    """
    The change of one year's figure over the year before; *percent* is in
    percent units, rounded to 34 significant digits.

    >>> from hns.data import japan_hns
    >>> change = japan_hns().yoy()[-1]
    >>> change.year.year, str(change.absolute), round(change.percent, 2)
    (2024, '1200000000 JPY', Decimal('0.57'))
    """

    year: FiscalYear
    previous: Money
    current: Money
    absolute: Money
    percent: Decimal


class Span(Protocol):
    """
    Anything with a first and a last fiscal year, such as an agreement.
    """

    @property
    def first(self) -> FiscalYear:  # pragma: no cover
        """
        The first fiscal year of the span.
        """

    @property
    def last(self) -> FiscalYear:  # pragma: no cover
        """
        The last fiscal year of the span (included).
        """


def _in_year_order(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    given: object = entries  # callers may pass anything
    if not isinstance(given, Iterable) or isinstance(given, str | bytes):
        raise ArgumentError(
            argument="entries", expected="Entry records", given=entries
        )
    items = tuple(given)
    for item in items:
        if not isinstance(item, Entry):
            raise ArgumentError(
                argument="entries", expected="Entry records", given=item
            )
    return tuple(sorted(items, key=lambda entry: entry.year.year))


def _series_calendar(calendar: FiscalCalendar | str) -> FiscalCalendar:
    return calendar_of(calendar)


def _series_currency(currency: Currency | str) -> Currency:
    return as_currency(currency)


def _check_label(_: object, __: object, label: str) -> None:
    given: object = label  # callers may pass anything
    if not isinstance(given, str):
        raise ArgumentError(argument="label", expected="a str", given=label)


@attrs.frozen(repr=False)
class Series:
    """
    Amounts by fiscal year of one calendar, in one currency, each with its
    `Source`. A year without a figure is a gap: reading it raises.

    >>> from hns.data import japan_hns
    >>> hns = japan_hns()
    >>> hns
    Series('Japan: HNS initial budget', JAPAN, JPY, JFY2010 to JFY2024, 9 figures)
    >>> hns[FiscalYear(2021, JAPAN)]
    Money('201700000000', 'JPY')
    >>> hns[FiscalYear(2016, JAPAN)]
    Traceback (most recent call last):
    ...
    hns.errors.FiscalYearError: no figure for JFY2016
    >>> FiscalYear(2016, JAPAN) in hns, len(hns)
    (False, 9)
    """  # noqa: E501

    calendar: FiscalCalendar = attrs.field(converter=_series_calendar)
    currency: Currency = attrs.field(converter=_series_currency)
    entries: tuple[Entry, ...] = attrs.field(converter=_in_year_order)
    label: str = attrs.field(default="", validator=_check_label)
    _index: dict[FiscalYear, Entry] = attrs.field(
        init=False, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        index: dict[FiscalYear, Entry] = {}
        for entry in self.entries:
            self._check_calendar(entry.year)
            if entry.amount.currency != self.currency:
                code = entry.amount.currency.code
                raise CurrencyMismatchError(self.currency.code, code)
            if entry.year in index:
                msg = f"two figures for {_name(entry.year)}"
                raise FiscalYearError(msg)
            index[entry.year] = entry
        object.__setattr__(self, "_index", index)

    @classmethod
    def from_amounts(
        cls,
        amounts: Mapping[FiscalYear, Money],
        sources: Mapping[FiscalYear, Source] | Source,
        *,
        label: str = "",
    ) -> Series:
        """
        A series from amounts by year (at least one) and their sources:
        one `Source` for all, or one per year.

        >>> from hns import krw
        >>> sma = Series.from_amounts(
        ...     {FiscalYear(2019, KOREA): krw("10389억")},
        ...     Source("V", "Yonhap (2019-02-10); SBS (2019-02-10)"),
        ... )
        >>> sma.calendar.name, sma.currency.code
        ('KOREA', 'KRW')

        Raises:
            FiscalYearError: years of more than one calendar.
            CurrencyMismatchError: amounts in more than one currency.
            SeriesDataError: no amounts, or a year without a source.
        """
        if not isinstance(amounts, Mapping):
            raise ArgumentError(
                argument="amounts",
                expected="a mapping of FiscalYear to Money",
                given=amounts,
            )
        if not isinstance(sources, Mapping | Source):
            raise ArgumentError(
                argument="sources",
                expected="a Source, or a mapping of FiscalYear to Source",
                given=sources,
            )
        given: object = label  # callers may pass anything
        if not isinstance(given, str):
            raise ArgumentError(
                argument="label", expected="a str", given=label
            )
        for year, amount in amounts.items():
            if not isinstance(year, FiscalYear) or not isinstance(
                amount, Money
            ):
                raise ArgumentError(
                    argument="amounts",
                    expected="a mapping of FiscalYear to Money",
                    given={year: amount},
                )
        if isinstance(sources, Source):
            sources = dict.fromkeys(amounts, sources)
        entries = []
        for year, amount in amounts.items():
            source = sources.get(year)
            if source is None:
                msg = f"no source for {_name(year)}: every figure needs one"
                raise SeriesDataError(msg)
            entries.append(Entry(year, amount, source))
        if not entries:
            msg = "no amounts: build an empty series with Series()"
            raise SeriesDataError(msg)
        first = entries[0]
        return cls(first.year.calendar, first.amount.currency, entries, label)

    @classmethod
    def load(
        cls,
        path: str | os.PathLike[str] | Traversable,
        *,
        include_derived: bool = False,
    ) -> Series:
        """
        Read a series from a TOML file in the schema of the bundled ones
        (see the module); figures with status ``D`` are left out unless
        *include_derived*.

        >>> from importlib.resources import files
        >>> path = files("hns.data").joinpath("korea_sma.toml")
        >>> len(Series.load(path))
        20
        >>> len(Series.load(path, include_derived=True))
        22

        The file is UTF-8; a byte-order mark is allowed.

        Raises:
            SeriesDataError: the file cannot be read, is not TOML, or an
                entry is malformed; the message names the file and the
                entry.
            ArgumentError: *path* is not a path (a str, os.PathLike or
                importlib.resources Traversable), or *include_derived* not
                a bool.
        """
        as_flag(include_derived, "include_derived")
        file = _file(path)
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, ValueError) as err:  # also a NUL in the path
            raise _error(repr(path)[:80], f"cannot read: {err}") from err
        data = _toml(text, str(path))
        return _read(data, str(path), include_derived=include_derived)

    def __repr__(self) -> str:
        entries = self.entries
        years = (
            f" {_name(entries[0].year)} to {_name(entries[-1].year)},"
            if entries
            else ""
        )
        count = len(entries)
        return (
            f"Series({self.label!r}, {self.calendar.name},"
            f" {self.currency.code},{years} {count}"
            f" figure{'' if count == 1 else 's'})"
        )

    def _check_calendar(self, year: FiscalYear) -> None:
        if year.calendar != self.calendar:
            msg = (
                f"{_name(year)} is a {year.calendar.name} year; this series"
                f" is by {self.calendar.name} years"
            )
            raise FiscalYearError(msg)

    def _year(self, year: object, argument: str = "year") -> FiscalYear:
        # A fiscal year as given: a FiscalYear of this series' calendar,
        # or a year as an int (numpy's int64 too) in it.
        if isinstance(year, FiscalYear):
            self._check_calendar(year)
            return year
        number = as_whole(
            year, argument, "a FiscalYear or a year (int) of the series"
        )
        return FiscalYear(number, self.calendar)

    def _entry(self, year: FiscalYear | int, argument: str = "year") -> Entry:
        if year.__class__ is not FiscalYear:
            year = self._year(year, argument)
        entry = self._index.get(year)
        if entry is None:
            self._check_calendar(year)
            msg = f"no figure for {_name(year)}"
            raise FiscalYearError(msg)
        return entry

    def __getitem__(self, year: FiscalYear | int) -> Money:
        return self._entry(year).amount

    def __contains__(self, year: object) -> bool:
        if isinstance(year, FiscalYear):
            return year in self._index
        try:
            return self._year(year) in self._index
        except HnsError:  # not a year, or none a fiscal year can have
            return False

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[FiscalYear]:
        return (entry.year for entry in self.entries)

    @property
    def years(self) -> tuple[FiscalYear, ...]:
        """
        The years with a figure, in order.

        >>> from hns.data import japan_hns
        >>> [fy.year for fy in japan_hns().years][:3]
        [2010, 2015, 2018]
        """
        return tuple(self)

    def get(self, year: FiscalYear | int) -> Money | None:
        """
        The figure for *year* (a fiscal year, or a year as an int in the
        series' calendar), or None for a gap.

        >>> from hns.data import japan_hns
        >>> japan_hns().get(FiscalYear(2017, JAPAN)) is None
        True
        >>> japan_hns().get(2021)
        Money('201700000000', 'JPY')

        Raises:
            FiscalYearError: a year of another calendar.
            ArgumentError: neither a FiscalYear nor an int.
        """
        if year.__class__ is not FiscalYear:
            year = self._year(year)
        entry = self._index.get(year)
        return None if entry is None else entry.amount

    def source(self, year: FiscalYear | int) -> Source:
        """
        Where the figure for *year* comes from.

        >>> from hns.data import japan_hns
        >>> japan_hns().source(FiscalYear(2022, JAPAN)).status
        'V-sec'

        Raises:
            FiscalYearError: *year* is a gap.
        """
        return self._entry(year).source

    def yoy(self) -> tuple[Change, ...]:
        """
        The change of every figure whose previous year has one; a year
        after a gap has none.

        >>> from hns.data import korea_sma
        >>> change = korea_sma().yoy()[13]
        >>> change.year.year, round(change.percent, 1)
        (2019, Decimal('8.2'))

        Raises:
            InvalidAmountError: a previous figure of zero.
        """
        changes = []
        for before, after in itertools.pairwise(self.entries):
            if before.year.year + 1 != after.year.year:
                continue
            if not before.amount.amount:
                msg = f"no percent change from zero ({_name(before.year)})"
                raise InvalidAmountError(msg)
            absolute = after.amount - before.amount
            percent = DIVIDE.divide(
                WORK.multiply(absolute.amount, 100), before.amount.amount
            )
            changes.append(
                Change(
                    after.year, before.amount, after.amount, absolute, percent
                )
            )
        return tuple(changes)

    def _span(
        self, first: FiscalYear | int | None, last: FiscalYear | int | None
    ) -> list[FiscalYear]:
        if not self.entries and (first is None or last is None):
            msg = "the series is empty"
            raise FiscalYearError(msg)
        first = (
            self.entries[0].year
            if first is None
            else self._year(first, "first")
        )
        last = (
            self.entries[-1].year if last is None else self._year(last, "last")
        )
        if last < first:
            msg = f"{_name(last)} is before {_name(first)}"
            raise FiscalYearError(msg)
        return [first + n for n in range(first.distance(last) + 1)]

    def total(
        self,
        first: FiscalYear | int | None = None,
        last: FiscalYear | int | None = None,
    ) -> Money:
        """
        The sum over *first* to *last* inclusive (default: the whole
        series); every year in between must have a figure. A year is a
        `FiscalYear` or an int in the series' calendar.

        >>> from hns.data import korea_sma
        >>> sma = korea_sma()
        >>> sma.total(FiscalYear(2014, KOREA), FiscalYear(2018, KOREA))
        Money('4707000000000', 'KRW')

        >>> sma.total(2014, 2018) == sma.total(
        ...     FiscalYear(2014, KOREA), FiscalYear(2018, KOREA)
        ... )
        True

        Raises:
            FiscalYearError: a gap in the span, named.
            ArgumentError: a year that is neither a FiscalYear nor an int.
        """
        years = self._span(first, last)
        missing = [_name(year) for year in years if year not in self._index]
        if missing:
            msg = (
                f"no figure for {', '.join(missing)}: the total over"
                f" {_name(years[0])} to {_name(years[-1])} has gaps"
            )
            raise FiscalYearError(msg)
        return sum((self[year] for year in years), Money(0, self.currency))

    def average(
        self,
        first: FiscalYear | int | None = None,
        last: FiscalYear | int | None = None,
    ) -> Money:
        """
        The mean over *first* to *last* inclusive, to 34 significant
        digits; gaps raise as in `total`.

        >>> from hns.data import korea_sma
        >>> sma = korea_sma()
        >>> sma.average(FiscalYear(2014, KOREA), FiscalYear(2018, KOREA))
        Money('941400000000', 'KRW')
        """
        years = self._span(first, last)
        return self.total(years[0], years[-1]) / len(years)

    def cagr(self, first: FiscalYear | int, last: FiscalYear | int) -> Decimal:
        """
        The compound annual growth rate from *first* to *last*, in percent
        per year; only the two end figures count.

        Precision: ``exp(ln(last / first) / years) - 1`` is worked at 50
        significant digits (`decimal`'s ``ln`` and ``exp`` round
        correctly) and rounded to 34; for any rate above 10**-14 percent
        a year the guard digits keep the error within about half a unit of
        the 34th digit.

        >>> from hns.data import korea_sma
        >>> sma, first = korea_sma(), FiscalYear(2005, KOREA)
        >>> round(sma.cagr(first, first + 13), 3)
        Decimal('2.685')

        Raises:
            FiscalYearError: *first* is not before *last*, or is a gap.
            InvalidAmountError: an end figure is not positive.
        """
        years = self._span(*_both(first, last))
        start = self._entry(years[0]).amount.amount
        end = self._entry(years[-1]).amount.amount
        periods = len(years) - 1
        if not periods:
            msg = f"a growth rate needs two years, not just {_name(years[0])}"
            raise FiscalYearError(msg)
        if start <= 0 or end <= 0:
            msg = f"a growth rate needs positive figures, not {start}, {end}"
            raise InvalidAmountError(msg)
        log = WORK.divide(WORK.ln(WORK.divide(end, start)), periods)
        growth = WORK.subtract(WORK.exp(log), 1)
        return DIVIDE.multiply(growth, 100)

    def span(self, first: FiscalYear | int, last: FiscalYear | int) -> Series:
        """
        The figures from *first* to *last* inclusive; gaps stay gaps.

        >>> from hns.data import japan_hns
        >>> hns = japan_hns()
        >>> part = hns.span(FiscalYear(2016, JAPAN), FiscalYear(2020, JAPAN))
        >>> [fy.year for fy in part]
        [2018, 2019, 2020]
        """
        years = set(self._span(*_both(first, last)))
        entries = tuple(e for e in self.entries if e.year in years)
        return attrs.evolve(self, entries=entries)

    def during(self, agreement: Span) -> Series:
        """
        The figures of the years *agreement* covers (its ``first`` to
        ``last``), such as an `hns.agreements.Agreement`.

        >>> from hns.data import korea_sma
        >>> from types import SimpleNamespace
        >>> fy2019 = FiscalYear(2019, KOREA)
        >>> tenth = SimpleNamespace(first=fy2019, last=fy2019)
        >>> korea_sma().during(tenth).total()
        Money('1038900000000', 'KRW')
        """
        first = getattr(agreement, "first", None)
        last = getattr(agreement, "last", None)
        if not isinstance(first, FiscalYear) or not isinstance(
            last, FiscalYear
        ):
            raise ArgumentError(
                argument="agreement",
                expected="a span with first and last fiscal years",
                given=agreement,
            )
        return self.span(first, last)

    def to_rows(self) -> list[dict[str, str]]:
        """
        One JSON-ready dict of strings per figure, for export.

        >>> from hns.data import japan_hns
        >>> row = japan_hns().to_rows()[-1]
        >>> row["fiscal_year"], row["amount"], row["currency"], row["status"]
        ('FY2024', '212400000000', 'JPY', 'V')
        """
        return [
            {
                "fiscal_year": entry.year.label(),
                "label": self.label,
                "amount": format(entry.amount.amount, "f"),
                "currency": self.currency.code,
                "status": entry.source.status,
                "source": entry.source.citation,
                "note": entry.source.note,
            }
            for entry in self.entries
        ]

    def _repr_html_(self) -> str:
        """
        The series as a table for notebooks: one row per year with its
        amount (formatted, and exact), the status of its source, the
        citation and any note; every text is escaped.

        >>> from hns.data import japan_hns
        >>> html = japan_hns()._repr_html_()
        >>> "<td>JFY2021</td><td>¥201,700,000,000</td>" in html
        True
        """
        caption = (
            f"{self.label or 'Series'} ({self.calendar.name} fiscal years,"
            f" {self.currency.code})"
        )
        return _notebook.grid(
            ["fiscal year", "amount", "exact", "status", "source", "note"],
            (
                [
                    _name(entry.year),
                    entry.amount.format("en_US"),
                    str(entry.amount),
                    entry.source.status,
                    entry.source.citation,
                    entry.source.note,
                ]
                for entry in self.entries
            ),
            caption=caption,
        )

    def to_dataframe(self, floats: bool = False) -> Any:
        """
        One row per year, as a pandas ``DataFrame`` (pandas is the
        optional ``pandas`` extra): ``fiscal_year`` (its label), ``year``
        (an int), ``amount`` (the exact Decimal), ``currency``,
        ``status``, ``source`` and ``note``; with *floats*, also
        ``amount_float``, the amount as a float for plotting.

        >>> from hns.data import japan_hns
        >>> frame = japan_hns().to_dataframe()
        >>> frame.loc[5, "fiscal_year"], frame.loc[5, "amount"]
        ('FY2021', Decimal('201700000000'))

        Raises:
            MissingDependencyError: pandas is not installed.
            ArgumentError: *floats* is not a bool.
        """
        as_flag(floats, "floats")
        pandas = _notebook.pandas("Series.to_dataframe")
        entries = self.entries
        amounts = [entry.amount.amount for entry in entries]

        def text(values: list[str]) -> Any:
            return pandas.Series(values, dtype=str)

        columns: dict[str, Any] = {
            "fiscal_year": text([entry.year.label() for entry in entries]),
            "year": pandas.Series(
                [entry.year.year for entry in entries], dtype="int64"
            ),
            "amount": pandas.Series(amounts, dtype=object),
            "currency": text([self.currency.code] * len(entries)),
            "status": text([entry.source.status for entry in entries]),
            "source": text([entry.source.citation for entry in entries]),
            "note": text([entry.source.note for entry in entries]),
        }
        if floats:
            columns["amount_float"] = pandas.Series(
                _notebook.floats(amounts), dtype="float64"
            )
        return pandas.DataFrame(columns)

    def to(
        self,
        currency: Currency | str,
        *,
        over: FiscalYear | int | tuple[dt.date, dt.date] | None = None,
        on: dt.date | None = None,
        rates: Rates | None = None,
    ) -> Series:
        """
        The series in *currency*. By default each year's amount is taken
        at the mean rate over that fiscal year's own days; with *over* (a
        fiscal year or a pair of days) every amount at the mean rate over
        that span, with *on* at the rate of that day, as `hns.fx.convert`
        takes them; ECB rates unless *rates* are given (an average needs
        daily rates, such as `hns.fx.CsvRates`).

        Every figure keeps its citation and becomes derived (status
        ``D``): its note says the amount converted, its status, and the
        rate used. Over a span the rates cover only in part, the mean is
        of the days they cover.

        >>> from hns.data import japan_hns
        >>> dollars = japan_hns().to("USD")
        >>> dollars
        Series('Japan: HNS initial budget, in USD', JAPAN, USD, JFY2010 to JFY2024, 9 figures)
        >>> dollars[2021].round(0)
        Money('1796086554', 'USD')
        >>> print(dollars.source(2021).note)
        201700000000 JPY (V) converted at 0.00890474 USD per JPY, the mean ECB rate over JFY2021

        Raises:
            ArgumentError: both *over* and *on* are given.
            UnknownCurrencyError: *currency* is not a currency.
            RateUnavailableError: no rate for a year (outside the data);
                *rates* that are not rates, or not daily rates for an
                average (pass *on*).
            FiscalYearError: *on* is not a date, or *over* is neither a
                fiscal year nor a pair of dates.
        """  # noqa: E501
        with LOADING:
            # on first use: a series loads without hns.fx
            from hns.fx import DailyRates, EcbRates

        if over is not None and on is not None:
            raise ArgumentError(
                argument="over and on",
                expected="one of the two (an average over a span, or the"
                " rate of a day)",
                given=(over, on),
            )
        target = as_currency(currency)
        on = as_optional_date(on, "on")
        if isinstance(over, int) and not isinstance(over, bool):
            over = FiscalYear(over, self.calendar)  # in the series' calendar
        if over is not None and not isinstance(over, FiscalYear | tuple):
            raise ArgumentError(
                argument="over",
                expected="a FiscalYear, a year, a pair of days or None",
                given=over,
            )
        if rates is not None and not callable(getattr(rates, "rate", None)):
            raise ArgumentError(
                argument="rates", expected="a source of rates", given=rates
            )
        if target == self.currency:
            return self
        by = "ECB" if rates is None or isinstance(rates, EcbRates) else "given"
        daily = EcbRates() if rates is None else rates
        one = Money(1, self.currency)
        entries = []
        for year, amount, source in self.entries:
            # The rate is what one unit converts to, by the amount's path.
            span = year if over is None and on is None else over
            rate = one.to(target, on=on, over=span, rates=rates).amount
            if span is None:
                how = f"the {by} rate of {on}"
            else:
                bounds = (
                    daily.bounds(self.currency, target)
                    if isinstance(daily, DailyRates)
                    else None
                )
                how = (
                    f"the mean {by} rate over {_span_name(span)}"
                    f"{_coverage(bounds, span)}"
                )
            note = (
                f"{amount} ({source.status}) converted at {_rate_text(rate)}"
                f" {target.code} per {self.currency.code}, {how}"
            )
            if source.note:
                note += f"; {source.note}"
            converted = amount.to(target, on=on, over=span, rates=rates)
            entries.append(
                Entry(year, converted, Source("D", source.citation, note))
            )
        label = f"{self.label}, in {target.code}" if self.label else ""
        return Series(self.calendar, target, entries, label)


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _coverage(
    bounds: tuple[dt.date, dt.date] | None,
    span: FiscalYear | tuple[dt.date, dt.date],
) -> str:
    # A note on the days of *span* that the rates (known from the first
    # to the last of *bounds*) leave out.
    if bounds is None:
        return ""
    if isinstance(span, FiscalYear):
        first, last = span.start, span.end
    else:
        first, last = _day(span[0]), _day(span[1])
    known_first, known_last = bounds
    if known_first <= first and last <= known_last:
        return ""
    covered = f"{max(first, known_first)} to {min(last, known_last)}"
    return f" (the rates cover {covered} only)"


def _span_name(span: object) -> str:
    # A fiscal year or a pair of days, as a note names it.
    if isinstance(span, FiscalYear):
        return _name(span)
    if isinstance(span, tuple | list) and len(span) == 2:
        return f"{_day(span[0])} to {_day(span[1])}"
    return repr(span)


def _rate_text(rate: Decimal) -> str:
    # A rate to six significant digits, as a note shows it.
    if not rate:
        return "0"
    exponent = Decimal(1).scaleb(rate.adjusted() - 5)
    return format(rate.quantize(exponent, context=WORK).normalize(), "f")


def _both(
    first: FiscalYear | int, last: FiscalYear | int
) -> tuple[FiscalYear | int, FiscalYear | int]:
    # A first and a last year, both given (None is no year here).
    for argument, year in (("first", first), ("last", last)):
        given: object = year  # callers may pass anything
        if given is None:
            raise ArgumentError(
                argument=argument,
                expected="a FiscalYear or a year (int) of the series",
                given=None,
            )
    return first, last


def _error(where: str, problem: str) -> SeriesDataError:
    return SeriesDataError(f"{where}: {problem}")


def _file(path: object) -> Traversable:
    # A file to read: a str or os.PathLike path, or a Traversable (such
    # as importlib.resources gives); None, bytes or a number are refused.
    with LOADING:
        from importlib.resources.abc import Traversable
        from pathlib import Path

    if isinstance(path, os.PathLike):
        path = os.fspath(path)
    if isinstance(path, str):
        return Path(path)
    if isinstance(path, Traversable):
        return path
    raise ArgumentError(
        argument="path",
        expected="a path (a str, os.PathLike or Traversable)",
        given=path,
    )


def _toml(text: str, name: str) -> dict[str, Any]:
    # The one place tomllib reads a series: its errors, Python's limit on
    # digits in an integer (a ValueError) and the recursion of deeply
    # nested arrays or tables all name the file. A byte-order mark is no
    # TOML.
    with LOADING:
        import tomllib

    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except ValueError as err:  # TOMLDecodeError is one
        raise _error(name, f"cannot read: not valid TOML: {err}") from err
    except RecursionError as err:
        problem = "cannot read: not valid TOML: nested too deeply"
        raise _error(name, problem) from err


def _get(table: dict[str, Any], key: str, where: str, kind: type) -> Any:
    if key not in table:
        raise _error(where, f"missing {key!r}")
    value = table[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        what = _KINDS[kind]
        raise _error(where, f"{key!r} must be {what}, not {value!r}")
    return value


def _read(data: dict[str, Any], name: str, *, include_derived: bool) -> Series:
    for key in sorted(data.keys() - _FILE_KEYS):
        raise _error(name, f"unknown key {key!r}")
    label = _get({"label": "", **data}, "label", name, str)
    calendar = _CALENDARS.get(str(data.get("calendar")))
    if calendar is None:
        raise _error(name, f"unknown calendar {data.get('calendar')!r}")
    try:
        currency = Currency.of(_get(data, "currency", name, str))
    except UnknownCurrencyError as err:
        raise _error(name, str(err)) from err
    entries: list[Entry] = []
    seen: dict[int, int] = {}
    for number, table in enumerate(_get(data, "entry", name, list), 1):
        where = f"{name}: entry {number}"
        if not isinstance(table, dict):
            raise _error(where, "not a table")
        entry = _read_entry(table, where, calendar, currency)
        year = entry.year.year
        if year in seen:
            where += f" (year {year})"
            raise _error(where, f"appears twice (also entry {seen[year]})")
        seen[year] = number
        if include_derived or not entry.source.derived:
            entries.append(entry)
    return Series(calendar, currency, entries, label)


def _read_entry(
    table: dict[str, Any],
    where: str,
    calendar: FiscalCalendar,
    currency: Currency,
) -> Entry:
    year = _get(table, "year", where, int)
    where += f" (year {year})"
    for key in sorted(table.keys() - _ENTRY_KEYS):
        raise _error(where, f"unknown key {key!r}")
    text = _get(table, "amount", where, str)
    status = _get(table, "status", where, str)
    citation = _get(table, "source", where, str)
    note = _get({"note": "", **table}, "note", where, str)
    try:
        amount = Money.parse(text, currency)
        source = Source(status, citation, note)
        fiscal = FiscalYear(year, calendar)
    except HnsError as err:
        raise _error(where, str(err)) from err
    if amount.currency != currency:
        problem = f"{text!r} is in {amount.currency.code}, not {currency.code}"
        raise _error(where, problem)
    if not citation.strip():
        raise _error(where, "an empty 'source': every figure needs one")
    return Entry(fiscal, amount, source)
