from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from hns import CurrencyMismatchError, InvalidAmountError, jpy
from hns.units import conversion_factor, per_capita, quantity, registry


def test_registry_is_lazy() -> None:
    """
    pint is imported by the first use of hns.units, not by import hns.
    """
    code = "import sys, hns, hns.units; print('pint' in sys.modules)"

    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.strip() == "False"


def test_registry_is_small() -> None:
    """
    The registry holds hns's few units only, with Decimal magnitudes.
    """
    ureg = registry()

    assert "meter" not in ureg
    assert isinstance(ureg.Quantity(Decimal(1), "JPY").magnitude, Decimal)


def test_per_capita() -> None:
    """
    ¥201.7 billion a year for 55,000 people is ¥201.7e9/55,000 per person
    per year.
    """
    q = per_capita(jpy("201.7bn"), 55000)

    assert q.magnitude == Decimal("201.7e9") / 55000
    assert str(q.units) == "JPY / person / year"


def test_per_capita_needs_people() -> None:
    """
    Zero or negative head counts are refused.
    """
    with pytest.raises(InvalidAmountError, match="people must be a positive"):
        per_capita(jpy(1), 0)


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [
        ("JPY / person / month", "JPY / person / year", Decimal(12)),
        ("JPY / year", "JPY / quarter", Decimal("0.25")),
        ("USD", "USD", Decimal(1)),
    ],
)
def test_conversion_factor(source: str, target: str, factor: Decimal) -> None:
    """
    Periods convert into one another exactly.
    """
    assert conversion_factor(source, target) == factor


def test_currencies_do_not_mix() -> None:
    """
    Yen and won without a rate are a CurrencyMismatchError.
    """
    with pytest.raises(CurrencyMismatchError, match="JPY with KRW"):
        conversion_factor("JPY / year", "KRW / year")


def test_other_dimensions() -> None:
    """
    Money per person is not money per year.
    """
    with pytest.raises(InvalidAmountError, match="cannot convert"):
        conversion_factor("JPY / person", "JPY / year")


def test_unknown_unit() -> None:
    """
    A unit hns does not define is refused by name.
    """
    with pytest.raises(InvalidAmountError, match="unknown unit"):
        conversion_factor("JPY / fortnight", "JPY / year")


def test_quantity_of_money() -> None:
    """
    Money.to_quantity() is a pint quantity in its currency.
    """
    assert str(jpy("5").to_quantity()) == "5 JPY"
    assert str(quantity(Decimal(3), "person")) == "3 person"
