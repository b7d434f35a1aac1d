"""
Exchange rates: the `Rates` protocol every source of rates follows, and
`FixedRates`, rates a user states (a newsroom's rate of the day, an
official budget rate).

A rate is the price of one unit of *base* in *quote*: USD→JPY 105 means
$1 = ¥105. Conversions work on `Interval`s with outward rounding, so an
inverse rate never loses the true value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Protocol

import attrs

from hns._values import fields_repr
from hns.currency import Currency
from hns.errors import InvalidAmountError, RateUnavailableError
from hns.figures import Interval
from hns.money import to_decimal

__all__ = ["FixedRates", "Rates", "convert_interval"]


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


def _to_rates(
    value: Mapping[tuple[Currency | str, Currency | str], object],
) -> dict[tuple[str, str], Decimal]:
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
