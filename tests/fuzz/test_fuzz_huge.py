"""
Ints too large for ``repr`` (beyond Python's 4300 digits for integer
string conversion) fed to every entry point that takes a number: the
error hns raises, if any, must be an HnsError, and composing its message
must not trip over the number. (Kept out of the Hypothesis tests, whose
reports would print the number in full.)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hns import (
    JAPAN,
    FiscalYear,
    Interval,
    Money,
    agreements,
    check_average,
    check_change,
    check_level,
    check_per_capita,
    check_ratio,
    check_share,
    check_total,
    era_to_year,
    jpy,
)
from hns.checks import implied_rate
from hns.fx import FixedRates
from hns.money import to_decimal
from hns.units import per_capita, quantity
from tests.fuzz.support import call

ENTRIES: dict[str, Callable[[int], object]] = {
    "Money": lambda n: Money(n, "JPY"),
    "jpy": jpy,
    "to_decimal": to_decimal,
    "Money.__mul__": lambda n: jpy(1) * n,
    "Money.__truediv__": lambda n: jpy(1) / n,
    "Money.round": lambda n: jpy(1).round(n),
    "Money.format/digits": lambda n: jpy(1).format("en_US", "scale", digits=n),
    "Money.to/rates": lambda n: jpy(1).to(
        "USD", rates=FixedRates({("USD", "JPY"): n})
    ),
    "Interval.point": Interval.point,
    "Interval": lambda n: Interval(-n, n),
    "Interval.around": lambda n: Interval.around(0, n),
    "Interval.__mul__": lambda n: Interval(1, 2) * n,
    "Interval.__add__": lambda n: Interval(1, 2) + n,
    "Interval.__truediv__": lambda n: Interval(1, 2) / n,
    "Interval.contains": lambda n: Interval(1, 2).contains(n),
    "FiscalYear": lambda n: FiscalYear(n, JAPAN),
    "FiscalYear.__add__": lambda n: FiscalYear(2021, JAPAN) + n,
    "era_to_year": lambda n: era_to_year("令和", n),
    "Agreement.extend": lambda n: agreements.get("us-japan-sma-2016").extend(
        n
    ),
    "check_change": lambda n: check_change(n, n, "1%"),
    "check_level": lambda n: check_level(n, "¥201.7 billion"),
    "check_ratio": lambda n: check_ratio(n, 1, "4 times"),
    "check_share": lambda n: check_share(1, n, "4%"),
    "check_total": lambda n: check_total([n, 1], "5"),
    "check_average": lambda n: check_average("¥5 billion", n, "¥1"),
    "check_per_capita": lambda n: check_per_capita("¥201.7 billion", n, "¥5"),
    "implied_rate": lambda n: implied_rate(n, "¥5"),
    "FixedRates": lambda n: FixedRates({("USD", "JPY"): n}),
    "quantity": lambda n: quantity(n, "year"),
    "per_capita": lambda n: per_capita(jpy(1), n),
}


@pytest.mark.parametrize("sign", [1, -1], ids=["positive", "negative"])
@pytest.mark.parametrize("name", list(ENTRIES))
def test_ints_beyond_repr_raise_only_hns_errors(name: str, sign: int) -> None:
    """
    ``10**5000`` (and its negative) given where a number goes gives a
    result or an HnsError, within a second, never the ValueError of
    ``repr`` or an OverflowError.
    """
    huge = sign * 10**5000

    call(ENTRIES[name], huge)
