"""
Decimal contexts, the range of amounts and the exact rounding shared by
the modules below money and money itself (private: the names are for hns
modules, not for users).

One context per purpose:

- `EXACT`: sums and products of amounts (and of numerals), exact for
  every amount within `MAX_EXPONENT`.
- `DIVIDE`: quotients and other inexact results, to 34 significant digits
  (IEEE decimal128).
- `WORK`: intermediate results of a longer computation (a logarithm, an
  exponential), to 50 digits, rounded to `DIVIDE` at the end.
- `FLOOR`, `CEILING`: interval bounds, rounded outwards.
- `WIDE`: rounding for display, with room to show any figure hns admits
  to any number of places.

Shared objects: nobody reads their flags.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from hns.errors import InvalidAmountError

__all__ = [
    "CEILING",
    "DIVIDE",
    "EXACT",
    "FLOOR",
    "MAX_EXPONENT",
    "ROUNDING",
    "WIDE",
    "WORK",
    "checked",
    "out_of_range",
    "rounded",
    "shown_amount",
    "within_range",
]

MAX_EXPONENT = 30
"""
Amounts are refused beyond 10**30 or below 10**-30: no budget is that size.
"""

ROUNDING: dict[str, str] = {
    "half_up": decimal.ROUND_HALF_UP,
    "half_even": decimal.ROUND_HALF_EVEN,
    "half_down": decimal.ROUND_HALF_DOWN,
    "up": decimal.ROUND_UP,
    "down": decimal.ROUND_DOWN,
    "ceiling": decimal.ROUND_CEILING,
    "floor": decimal.ROUND_FLOOR,
}
"""
The decimal rounding of each `hns.money.RoundingMode`.
"""

_TRAPS = [decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow]

# Sums and products of amounts within MAX_EXPONENT (and of numerals of at
# most hns.numerals.MAX_DIGITS digits) are exact in this context.
EXACT = decimal.Context(prec=150, traps=_TRAPS)
DIVIDE = decimal.Context(prec=34, traps=_TRAPS)
WORK = decimal.Context(prec=50, traps=_TRAPS)
# Bounds are rounded outwards, so an interval always holds the true result.
FLOOR = decimal.Context(prec=34, rounding=decimal.ROUND_FLOOR)
CEILING = decimal.Context(prec=34, rounding=decimal.ROUND_CEILING)
WIDE = decimal.Context(prec=200, Emax=999_999, Emin=-999_999)


def shown_amount(original: object) -> str:
    """
    *original* as an error message quotes it: never a 5000-digit number.

    >>> shown_amount(10**200)
    'an integer of 665 bits'
    """
    if isinstance(original, int) and original.bit_length() > 128:
        return f"an integer of {original.bit_length()} bits"
    text = repr(original)
    return text if len(text) <= 60 else text[:30] + "…" + text[-20:]


def out_of_range(original: object) -> InvalidAmountError:
    """
    The error for an amount beyond 10**±`MAX_EXPONENT`.
    """
    msg = (
        f"{shown_amount(original)} is out of range"
        f" (beyond 10**±{MAX_EXPONENT})"
    )
    return InvalidAmountError(msg)


def within_range(value: Decimal) -> bool:
    """
    Whether *value* is a finite amount within 10**±`MAX_EXPONENT` (a zero
    of any exponent is).

    >>> within_range(Decimal("1e30")), within_range(Decimal("1e31"))
    (True, False)
    """
    return value.is_finite() and (
        not value
        or (
            value.adjusted() <= MAX_EXPONENT
            and int(value.as_tuple().exponent) >= -MAX_EXPONENT
        )
    )


def checked(value: Decimal, original: object) -> Decimal:
    """
    *value*, when it is a finite amount within 10**±`MAX_EXPONENT`; else
    `InvalidAmountError` quoting *original*.
    """
    if not value.is_finite():
        msg = f"{shown_amount(original)} is not a finite amount"
        raise InvalidAmountError(msg)
    if not value:
        return value
    if (
        value.adjusted() > MAX_EXPONENT
        or int(value.as_tuple().exponent) < -MAX_EXPONENT
    ):
        raise out_of_range(original)
    return value


def rounded(amount: Decimal, places: int, mode: str) -> Decimal:
    """
    *amount* rounded to *places* decimals (a valid count) by *mode* (a key
    of `ROUNDING`), exactly; `InvalidAmountError` when rounding carries it
    beyond 10**`MAX_EXPONENT`.

    >>> rounded(Decimal("1.005"), 2, "half_up")
    Decimal('1.01')
    """
    result = amount.quantize(
        Decimal(1).scaleb(-places), rounding=ROUNDING[mode], context=EXACT
    )
    return checked(result, result)
