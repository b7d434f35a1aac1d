"""
Money: an exact Decimal amount in one currency.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, overload

import attrs

from hns._arguments import as_number, as_text, as_whole
from hns._decimal import (
    DIVIDE,
    EXACT,
    MAX_EXPONENT,
    ROUNDING,
    checked,
    out_of_range,
    rounded,
    shown_amount,
)
from hns._loading import LOADING
from hns._types import RoundingMode
from hns.currency import Currency, as_currency
from hns.errors import (
    ArgumentError,
    CurrencyMismatchError,
    InvalidAmountError,
)
from hns.numerals import lazy_pattern, parse_number

if TYPE_CHECKING:
    import datetime as dt

    from hns._types import Style
    from hns.fiscal import FiscalYear
    from hns.fx import Rates

__all__ = [
    "MAX_EXPONENT",
    "Money",
    "RoundingMode",
    "jpy",
    "krw",
    "to_decimal",
    "usd",
]

# MAX_EXPONENT (amounts are refused beyond 10**30 or below 10**-30) and
# RoundingMode are defined below money (hns._decimal, hns._types), for the
# modules that need them without money; they are public here.
_SMALLEST = Decimal(1).scaleb(-MAX_EXPONENT)
_INT_LIMIT = 10 ** (MAX_EXPONENT + 1)
_NOT_FINITE = frozenset({"nan", "snan", "inf", "infinity"})
_PLAIN = lazy_pattern(
    r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,9})?\Z"
)


_AMOUNT = "an amount (a Decimal, int, float or str)"


def to_decimal(
    value: Decimal | int | float | str, argument: str = "amount"
) -> Decimal:
    """
    An exact amount from what a user typed (or passed).

    The float rule, the same wherever hns takes a number: a float (numpy's
    ``float64`` too) is read as its shortest round-trip decimal string,
    ``Decimal(repr(x))``, so ``0.1`` is ``Decimal("0.1")`` and ``201.7e9``
    is what it looks like; an int (or numpy's ``int64``) is exact. Strings
    may use scale words (``"201.7bn"``, ``"2017億"``).

    >>> to_decimal(201.7e9)
    Decimal('201700000000.0')
    >>> to_decimal(0.1)
    Decimal('0.1')
    >>> to_decimal("1조 389억")
    Decimal('1038900000000')

    Raises:
        InvalidAmountError: NaN, an infinity, a bool, or an absurd exponent.
        ParseError: a string that is not one number.
        ArgumentError: neither a number nor a str; the message names
            *argument*.
    """
    return _convert(value, argument)


def _convert(value: object, argument: str = "amount") -> Decimal:
    if isinstance(value, Decimal):
        return checked(value, value)
    if type(value) is int:
        if not -_INT_LIMIT < value < _INT_LIMIT:
            raise out_of_range(value)
        return Decimal(value)
    if isinstance(value, str):
        # Plain ASCII decimals ("201.7e9") directly; everything else by
        # the reader parse_money uses, so that both accept and refuse the
        # same texts ("1_000", Arabic-Indic digits and "NaN" are no amounts).
        if len(value) <= 4 * MAX_EXPONENT and _PLAIN().match(value):
            return checked(Decimal(value), value)
        if value.strip().lstrip("+-").lower() in _NOT_FINITE:
            msg = f"{shown_amount(value)} is not a finite amount"
            raise InvalidAmountError(msg)
        return checked(parse_number(value), value)
    # Floats by their shortest repr, other ints, numpy's numbers (the
    # float rule, hns._arguments); bools, NaN and other types refused.
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and not -_INT_LIMIT < value < _INT_LIMIT
    ):
        raise out_of_range(value)
    return checked(as_number(value, argument, _AMOUNT), value)


def _amount(value: Decimal | int | float | str) -> Decimal:
    # An amount of money: "-0 yen" is no amount below zero.
    number = _convert(value)
    return number if number else number.copy_abs()


def _to_currency(value: Currency | str) -> Currency:
    return as_currency(value, "currency")


def new_money(amount: Decimal, currency: Currency) -> Money:
    """
    Money of *amount* in *currency* without the converters: the fast
    constructor of results of arithmetic on valid amounts (for hns
    modules; the callers check what the operation may have changed).
    """
    money = _NEW(Money)
    _SET_AMOUNT(money, amount)
    _SET_CURRENCY(money, currency)
    return money


def _sum(amount: Decimal, currency: Currency) -> Money:
    # A sum or difference keeps the smaller exponent of its operands, so
    # only its size can leave the range.
    if amount.adjusted() > MAX_EXPONENT:
        raise out_of_range(amount)
    return new_money(amount, currency)


def _mismatch(a: Money, b: Money) -> CurrencyMismatchError:
    return CurrencyMismatchError(a.currency.code, b.currency.code)


def _same(a: Money, b: Money) -> Currency:
    if a.currency is not b.currency and a.currency != b.currency:
        raise _mismatch(a, b)
    return a.currency


def _factor(value: object) -> Decimal:
    if isinstance(value, Money):
        raise ArgumentError(
            argument="factor", expected="a number (not Money)", given=value
        )
    return _convert(value, "factor")


@attrs.frozen(repr=False)
class Money:
    """
    An exact amount in one currency.

    *amount* is a Decimal, an int, a float (read by its shortest repr:
    ``Money(0.1, "USD")`` is ten cents exactly; see `to_decimal`) or a
    str, with scale words if need be; *currency* a `Currency` or an ISO
    code in any case.

    >>> Money("201.7e9", "JPY") == jpy("201.7bn") == jpy("2017億")
    True
    >>> Money(0.1, "usd")
    Money('0.1', 'USD')
    >>> jpy("1200") + jpy(300)
    Money('1500', 'JPY')
    >>> str(krw("1조 389억"))
    '1038900000000 KRW'
    >>> jpy("201.7bn") / jpy("193bn")
    Decimal('1.045077720207253886010362694300518')

    Amounts in different currencies do not mix:

    >>> jpy(1) + usd(1)
    Traceback (most recent call last):
    ...
    hns.errors.CurrencyMismatchError: cannot combine JPY with USD

    Raises:
        InvalidAmountError: NaN, an infinity, a bool, or beyond 10**±30.
        ParseError: a str that is not one number.
        UnknownCurrencyError: an unknown currency code.
        ArgumentError: an amount or currency of another type.
    """

    amount: Decimal = attrs.field(converter=_amount)
    currency: Currency = attrs.field(converter=_to_currency)

    @classmethod
    def parse(
        cls, text: str, default_currency: Currency | str | None = None
    ) -> Money:
        """
        Read one amount as people write it; see `hns.parse_money`.

        >>> Money.parse("1조 389억 원")
        Money('1038900000000', 'KRW')
        """
        with LOADING:
            # reaches up to hns.parse: a convenience (see DESIGN)
            from hns.parse import parse_money

        return parse_money(text, default_currency)

    def __repr__(self) -> str:
        return f"Money({format(self.amount, 'f')!r}, {self.currency.code!r})"

    def __str__(self) -> str:
        return f"{format(self.amount, 'f')} {self.currency.code}"

    def __add__(self, other: Money) -> Money:
        if other.__class__ is not Money:
            return NotImplemented
        currency = self.currency
        if other.currency is not currency and other.currency != currency:
            raise _mismatch(self, other)
        return _sum(_ADD(self.amount, other.amount), currency)

    def __radd__(self, other: int) -> Money:
        # So that sum() of amounts works: it starts from 0.
        if (
            isinstance(other, int)
            and not isinstance(other, bool)
            and not other
        ):
            return self
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        if other.__class__ is not Money:
            return NotImplemented
        currency = self.currency
        if other.currency is not currency and other.currency != currency:
            raise _mismatch(self, other)
        return _sum(_SUBTRACT(self.amount, other.amount), currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        operand: object = factor
        if operand.__class__ is int:
            # An integer factor keeps the exponent: only the size can grow.
            return _sum(_MULTIPLY(self.amount, factor), self.currency)
        if isinstance(operand, Money):
            return NotImplemented
        product = _MULTIPLY(self.amount, _factor(factor))
        return new_money(checked(product, product), self.currency)

    __rmul__ = __mul__

    @overload
    def __truediv__(self, other: Money) -> Decimal: ...

    @overload
    def __truediv__(self, other: Decimal | int) -> Money: ...

    def __truediv__(self, other: Money | Decimal | int) -> Money | Decimal:
        if isinstance(other, Money):
            return self.ratio(other)
        divisor = _factor(other)
        if not divisor:
            msg = f"cannot divide {self} by zero"
            raise InvalidAmountError(msg)
        quotient = DIVIDE.divide(self.amount, divisor)
        if quotient and int(quotient.as_tuple().exponent) < -MAX_EXPONENT:
            quotient = quotient.quantize(_SMALLEST, context=EXACT)
        return new_money(checked(quotient, quotient), self.currency)

    def ratio(self, other: Money) -> Decimal:
        """
        ``self / other`` as a plain number (same currency).

        >>> jpy(300).ratio(jpy(1200))
        Decimal('0.25')
        """
        given: object = other  # callers may pass anything
        if not isinstance(given, Money):
            raise ArgumentError(
                argument="other", expected="an amount of Money", given=other
            )
        _same(self, other)
        if not other.amount:
            msg = f"cannot divide {self} by zero"
            raise InvalidAmountError(msg)
        return DIVIDE.divide(self.amount, other.amount)

    def __neg__(self) -> Money:
        return new_money(self.amount.copy_negate(), self.currency)

    def __pos__(self) -> Money:
        return self

    def __abs__(self) -> Money:
        return new_money(self.amount.copy_abs(), self.currency)

    def __lt__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        _same(self, other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        _same(self, other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        _same(self, other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        _same(self, other)
        return self.amount >= other.amount

    def round(
        self, places: int | None = None, *, mode: RoundingMode = "half_up"
    ) -> Money:
        """
        Round to *places* decimals, by default the currency's minor units.

        >>> usd("1.005").round()
        Money('1.01', 'USD')
        >>> usd("1.005").round(mode="half_even")
        Money('1.00', 'USD')
        >>> jpy("201.7bn").round(-9)
        Money('202000000000', 'JPY')
        """
        if places is None:
            places = self.currency.minor_units
        expected = f"a whole number from {-MAX_EXPONENT} to {MAX_EXPONENT}"
        places = as_whole(places, "places", expected)
        if not -MAX_EXPONENT <= places <= MAX_EXPONENT:
            raise ArgumentError(
                argument="places", expected=expected, given=places
            )
        if not isinstance(mode, str):
            raise ArgumentError(
                argument="mode", expected="a rounding mode (str)", given=mode
            )
        if mode not in ROUNDING:
            msg = f"unknown rounding mode {mode!r}"
            raise InvalidAmountError(msg)
        return new_money(rounded(self.amount, places, mode), self.currency)

    def to(
        self,
        currency: Currency | str,
        *,
        on: dt.date | None = None,
        rates: Rates | None = None,
        over: FiscalYear | tuple[dt.date, dt.date] | None = None,
    ) -> Money:
        """
        This amount in *currency*, at the rate of *on* or the average rate
        *over* a span or fiscal year (ECB rates unless *rates* are given);
        see `hns.fx.convert`.

        >>> import datetime as dt
        >>> usd(1).to("JPY", on=dt.date(2021, 3, 31)).round(2)
        Money('110.80', 'JPY')
        """
        with LOADING:
            # reaches up to hns.fx: a convenience (see DESIGN)
            from hns.fx import convert

        return convert(self, currency, on=on, rates=rates, over=over)

    def to_quantity(self, per: str = "") -> Any:
        """
        This amount as a pint quantity in its currency (per *per*, if
        given); see `hns.units`.

        >>> str(jpy("201.7bn").to_quantity("year"))
        '201700000000 JPY / year'

        Raises:
            ArgumentError: *per* is not a unit name (a str).
        """
        as_text(per, "per", "a unit such as 'year' (str)")
        with LOADING:
            # reaches up to hns.units: a convenience (see DESIGN)
            from hns.units import quantity

        return quantity(self, per)

    def format(
        self,
        locale: str = "en_US",
        style: Style = "standard",
        *,
        digits: int | None = None,
        mode: RoundingMode = "half_up",
    ) -> str:
        """
        This amount as text for *locale*; see `hns.format_money`.

        >>> jpy("201.7bn").format("ja_JP", "myriad")
        '2017億円'
        """
        with LOADING:
            # reaches up to hns.format: a convenience (see DESIGN)
            from hns.format import format_money

        return format_money(self, locale, style, digits=digits, mode=mode)


_NEW = object.__new__
_SET_AMOUNT = Money.__dict__["amount"].__set__
_SET_CURRENCY = Money.__dict__["currency"].__set__
_ADD = EXACT.add
_SUBTRACT = EXACT.subtract
_MULTIPLY = EXACT.multiply


def jpy(amount: Decimal | int | float | str) -> Money:
    """
    An amount in Japanese yen; *amount* as `Money` takes it (a float by
    its shortest repr).

    >>> jpy("2017億")
    Money('201700000000', 'JPY')
    """
    return Money(amount, Currency.JPY)


def krw(amount: Decimal | int | float | str) -> Money:
    """
    An amount in Korean won; *amount* as `Money` takes it (a float by
    its shortest repr).

    >>> krw("2조 1260억")
    Money('2126000000000', 'KRW')
    """
    return Money(amount, Currency.KRW)


def usd(amount: Decimal | int | float | str) -> Money:
    """
    An amount in US dollars; *amount* as `Money` takes it (a float by
    its shortest repr).

    >>> usd("8bn")
    Money('8000000000', 'USD')
    """
    return Money(amount, Currency.USD)
