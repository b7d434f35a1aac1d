"""
Dimensional quantities through pint: one dimension per currency, people
and time, so that ``¥201.7 billion / 55,000 person / year`` is checked for
its dimensions, and mixing currencies without a rate is an error.

The registry starts empty and defines only what hns needs (pint's default
registry takes about half a second to build); it is built on first use.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from hns._arguments import as_number
from hns._loading import LOADING
from hns.currency import Currency
from hns.errors import (
    ArgumentError,
    CurrencyMismatchError,
    InvalidAmountError,
    shown,
)
from hns.money import Money, to_decimal
from hns.numerals import lazy_pattern

if TYPE_CHECKING:
    import pint

__all__ = ["conversion_factor", "per_capita", "quantity", "registry"]

_TIME = (
    "year = [time] = yr = years = annum",
    "month = year / 12 = months",
    "quarter = year / 4 = quarters",
    "week = year / 52.1775 = weeks",
    "day = year / 365.2425 = days",
)
_PEOPLE = (
    "person = [person] = people = persons = personnel = troops = soldier"
    " = soldiers = servicemember = servicemembers = head = capita",
)


@functools.cache
def registry() -> pint.UnitRegistry[Decimal]:
    """
    The hns unit registry: currencies (each its own dimension), people and
    time, with Decimal magnitudes.

    >>> registry().Quantity(Decimal(12), "month").to("year").magnitude == 1
    True
    """
    with LOADING:
        import pint

    ureg: pint.UnitRegistry[Decimal] = pint.UnitRegistry(
        None, non_int_type=Decimal
    )
    for line in (*_TIME, *_PEOPLE):
        ureg.define(line)
    for code in ("JPY", "KRW", "USD", "EUR", "GBP"):
        _define_currency(ureg, code)
    return ureg


def _define_currency(ureg: pint.UnitRegistry[Decimal], code: str) -> None:
    if code not in ureg:
        ureg.define(f"{code} = [currency_{code}]")


def quantity(value: Money | Decimal | int | float, unit: str = "") -> Any:
    """
    A pint quantity: an amount of money in its currency (over *unit*, if
    given), or a plain number in *unit*.

    >>> from hns import jpy
    >>> str(quantity(jpy("201.7bn"), "year"))
    '201700000000 JPY / year'
    >>> str(quantity(0.5, "year"))
    '0.5 year'

    A plain number is taken as hns takes numbers: a float by its shortest
    repr.

    Raises:
        InvalidAmountError: NaN, an infinity, a bool, an absurd exponent,
            or a unit pint cannot read.
        ArgumentError: *value* is neither Money nor a number, or *unit*
            not names joined by ``/`` or ``*``.
    """
    _unit(unit, "unit", empty=True)
    if not isinstance(value, Money):
        value = to_decimal(value, "value")  # NaN, bools, absurd exponents
    with LOADING:
        import pint

    ureg = registry()
    try:
        if isinstance(value, Money):
            _define_currency(ureg, value.currency.code)
            units = value.currency.code + (f" / {unit}" if unit else "")
            return ureg.Quantity(value.amount, units)
        return ureg.Quantity(value, unit or "dimensionless")
    except (pint.PintError, ArithmeticError, ValueError) as err:
        msg = f"cannot read the unit {unit!r}: {err}"
        raise InvalidAmountError(msg) from err


def conversion_factor(source: str, target: str) -> Decimal:
    """
    The number one *source* unit is worth in *target* units.

    >>> conversion_factor("JPY / person / month", "JPY / person / year")
    Decimal('12')

    Raises:
        CurrencyMismatchError: the units are of two currencies.
        InvalidAmountError: the units have other dimensions.
        ArgumentError: a unit that is not names joined by ``/`` or ``*``
            (``"JPY / person / year"``).
    """
    _unit(source, "source")
    _unit(target, "target")
    with LOADING:
        import pint

    ureg = registry()
    for code in _currency_codes(source, target):
        _define_currency(ureg, code)
    try:
        factor = ureg.Quantity(Decimal(1), source).to(target).magnitude
    except pint.DimensionalityError as err:
        codes = sorted(_currency_codes(source, target))
        if len(codes) > 1:
            raise CurrencyMismatchError(codes[0], codes[1]) from err
        msg = f"cannot convert {source!r} to {target!r}"
        raise InvalidAmountError(msg) from err
    except pint.UndefinedUnitError as err:
        msg = f"unknown unit in {source!r} or {target!r}"
        raise InvalidAmountError(msg) from err
    except (pint.PintError, ArithmeticError, ValueError) as err:
        msg = f"cannot convert {source!r} to {target!r}: {err}"
        raise InvalidAmountError(msg) from err
    return Decimal(factor).normalize()


def _unit(unit: object, argument: str, *, empty: bool = False) -> None:
    # Unit names joined by "/" or "*" (or nothing, where *empty*), else an
    # ArgumentError naming *argument*.
    if isinstance(unit, str) and (
        _UNIT().fullmatch(unit) or (empty and not unit)
    ):
        return
    raise ArgumentError(
        argument=argument,
        expected="unit names joined by '/' or '*' ('JPY / person / year')",
        given=unit,
    )


# Unit names joined by "/" or "*": all that hns ever asks pint to read.
_UNIT = lazy_pattern(
    r"\s*[A-Za-z_]{1,20}(?:\s*[/*]\s*[A-Za-z_]{1,20}){0,5}\s*"
)


def _currency_codes(*units: str) -> set[str]:
    words = {w for unit in units for w in unit.replace("/", " ").split()}
    codes = set()
    for word in words:
        if len(word) == 3 and word.isupper():
            codes.add(Currency.of(word).code)
    return codes


def per_capita(
    amount: Money, people: Decimal | int | float, per: str = "year"
) -> Any:
    """
    *amount* spent on *people* over one *per*: a quantity in
    currency / person / time.

    >>> from hns import jpy
    >>> q = per_capita(jpy("201.7bn"), 55000)
    >>> str(round(q.magnitude)), str(q.units)
    ('3667273', 'JPY / person / year')

    *people* is a number as hns takes numbers (55000.0 is 55000).

    Raises:
        InvalidAmountError: *people* is not a positive finite number.
        ArgumentError: *amount* is not Money, *people* not a number, or
            *per* not unit names.
    """
    given: object = amount  # callers may pass anything
    if not isinstance(given, Money):
        raise ArgumentError(
            argument="amount", expected="an amount of Money", given=amount
        )
    _unit(per, "per")
    count = as_number(people, "people", "a number of people")
    if not count.is_finite() or count <= 0:
        msg = f"people must be a positive number, not {shown(people)}"
        raise InvalidAmountError(msg)
    return quantity(amount, per) / quantity(count, "person")
