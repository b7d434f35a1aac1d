from __future__ import annotations

import decimal
import math
from decimal import Decimal

import pytest
from hypothesis import given

from hns import (
    ArgumentError,
    Currency,
    CurrencyMismatchError,
    InvalidAmountError,
    Money,
    ParseError,
    jpy,
    krw,
    usd,
)
from tests.common import amounts


class TestConstruction:
    @pytest.mark.parametrize(
        "amount",
        [
            "201.7e9",
            "201.7bn",
            "2017億",
            201.7e9,
            201_700_000_000,
            Decimal("201700000000"),
            "2,017億",
        ],
    )
    def test_same_value(self, amount: Decimal | int | float | str) -> None:
        """
        Every way of writing 201.7 billion gives an equal Money.
        """
        assert Money(amount, "JPY") == jpy("201.7bn")

    def test_float_shortest_repr(self) -> None:
        """
        A float is taken by its shortest repr, never its binary expansion.
        """
        assert Money(0.1, "USD").amount == Decimal("0.1")
        assert Money(201.7e9, "JPY").amount == Decimal("201700000000.0")

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            (float("nan"), "amount must be a finite number, not nan"),
            (float("inf"), "amount must be a finite number, not inf"),
            (-math.inf, "amount must be a finite number, not -inf"),
            (Decimal("NaN"), "is not a finite amount"),
            ("NaN", "'NaN' is not a finite amount"),
            ("Infinity", "is not a finite amount"),
            (True, "amount must be a number, not True"),
            (False, "amount must be a number, not False"),
            ("1e999999", "out of range"),
            (Decimal("1e31"), "out of range"),
            (Decimal("1e-31"), "out of range"),
            (10**40, "out of range"),
        ],
    )
    def test_invalid(self, value: object, message: str) -> None:
        """
        NaN, infinities, bools and absurd exponents are refused by name.
        """
        with pytest.raises(InvalidAmountError, match=message):
            Money(value, "JPY")  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", [None, [1], b"1", object()])
    def test_not_a_number(self, value: object) -> None:
        """
        A value that is neither a number nor a str is a wrong argument,
        named.
        """
        with pytest.raises(ArgumentError, match=r"^amount must be an amount"):
            Money(value, "JPY")  # type: ignore[arg-type]

    def test_bad_string(self) -> None:
        """
        A string that is not a number raises ParseError quoting it.
        """
        with pytest.raises(ParseError, match="'twelve yen'"):
            Money("twelve yen", "JPY")

    def test_currency_code(self) -> None:
        """
        The currency may be given as a code in any case.
        """
        assert Money(1, "usd").currency is Currency.USD

    def test_zero_with_big_exponent(self) -> None:
        """
        Zero is zero whatever exponent it was written with.
        """
        assert Money(Decimal("0E-50"), "JPY") == jpy(0)

    def test_frozen(self) -> None:
        """
        Money is immutable.
        """
        money = jpy(1)

        with pytest.raises(AttributeError):
            money.amount = Decimal(2)  # type: ignore[misc]

    def test_hashable(self) -> None:
        """
        Equal amounts hash alike, whatever their exponent.
        """
        assert len({jpy("201.7bn"), jpy("2017億"), jpy(201_700_000_000)}) == 1


class TestText:
    def test_str(self) -> None:
        """
        str() is the plain amount and code, the same on every machine.
        """
        assert str(jpy("201.7bn")) == "201700000000 JPY"
        assert str(usd("1.50")) == "1.50 USD"

    def test_repr_round_trips(self) -> None:
        """
        repr() evaluates back to an equal Money.
        """
        money = krw("1조 389억")

        assert eval(repr(money)) == money


class TestArithmetic:
    def test_add_sub(self) -> None:
        """
        Sums and differences are exact.
        """
        assert jpy("201.7bn") - jpy("199.3bn") == jpy("2.4bn")
        assert usd("0.1") + usd("0.2") == usd("0.3")

    def test_sum(self) -> None:
        """
        sum() of amounts works, starting from 0.
        """
        budgets = [jpy(f"{n}億") for n in (1968, 1974, 1993, 2017)]

        assert sum(budgets) == jpy("7952億")

    def test_mul_div(self) -> None:
        """
        Multiplying and dividing by numbers keeps the currency.
        """
        assert jpy("2110億") * 5 == jpy("1조 550억".replace("조", "兆"))
        assert 5 * jpy("1") == jpy(5)
        assert jpy("9465億") / 5 == jpy("1893億")

    def test_ratio(self) -> None:
        """
        Money / Money in one currency is a plain Decimal.
        """
        with decimal.localcontext(prec=34):
            expected = Decimal(2017) / Decimal(1993)

        assert jpy("2017億") / jpy("1993億") == expected
        assert jpy(300) / jpy(1200) == Decimal("0.25")

    def test_divide_by_zero(self) -> None:
        """
        Division by zero is an InvalidAmountError, not ZeroDivisionError.
        """
        with pytest.raises(InvalidAmountError, match="by zero"):
            jpy(1) / 0
        with pytest.raises(InvalidAmountError, match="by zero"):
            jpy(1) / jpy(0)

    def test_neg_abs(self) -> None:
        """
        Negation and abs() keep the currency.
        """
        assert -jpy(5) == jpy(-5)
        assert abs(jpy(-5)) == jpy(5)
        assert +jpy(5) == jpy(5)

    @pytest.mark.parametrize(
        "operation",
        [
            lambda: jpy(1) + usd(1),
            lambda: jpy(1) - krw(1),
            lambda: jpy(1) / usd(1),
            lambda: jpy(1) < usd(1),
            lambda: jpy(1) >= usd(1),
        ],
    )
    def test_currency_mismatch(self, operation: object) -> None:
        """
        Mixing currencies raises CurrencyMismatchError naming both codes.
        """
        with pytest.raises(CurrencyMismatchError, match="cannot combine JPY"):
            operation()  # type: ignore[operator]

    def test_mismatch_is_type_error(self) -> None:
        """
        CurrencyMismatchError is also a TypeError, as DESIGN.md says.
        """
        with pytest.raises(TypeError):
            jpy(1) + usd(1)

    def test_money_times_money(self) -> None:
        """
        Money * Money has no meaning and is a TypeError.
        """
        with pytest.raises(TypeError):
            jpy(1) * jpy(1)  # type: ignore[operator]

    def test_not_equal_to_number(self) -> None:
        """
        Money never equals a bare number.
        """
        assert jpy(5) != 5  # type: ignore[comparison-overlap]
        assert jpy(5) != usd(5)

    def test_ordering(self) -> None:
        """
        Amounts of one currency order by value.
        """
        assert sorted([jpy(3), jpy(1), jpy(2)]) == [jpy(1), jpy(2), jpy(3)]
        assert jpy(1) <= jpy(1) < jpy(2)
        assert jpy(2) > jpy(1)

    @given(a=amounts, b=amounts)
    def test_commutes(self, a: Decimal, b: Decimal) -> None:
        """
        a + b == b + a for any two amounts in one currency.
        """
        x, y = krw(a), krw(b)

        assert x + y == y + x

    @given(a=amounts, b=amounts, c=amounts)
    def test_associates(self, a: Decimal, b: Decimal, c: Decimal) -> None:
        """
        (a + b) + c == a + (b + c): sums are exact, never rounded.
        """
        x, y, z = jpy(a), jpy(b), jpy(c)

        assert (x + y) + z == x + (y + z)

    @given(a=amounts, b=amounts)
    def test_sub_inverts_add(self, a: Decimal, b: Decimal) -> None:
        """
        (a + b) - b == a.
        """
        assert (usd(a) + usd(b)) - usd(b) == usd(a)

    @given(a=amounts)
    def test_distributes(self, a: Decimal) -> None:
        """
        a * 3 == a + a + a.
        """
        assert jpy(a) * 3 == jpy(a) + jpy(a) + jpy(a)


class TestRound:
    @pytest.mark.parametrize(
        ("money", "mode", "expected"),
        [
            (usd("1.005"), "half_up", usd("1.01")),
            (usd("1.005"), "half_even", usd("1.00")),
            (usd("1.005"), "down", usd("1.00")),
            (jpy("2.5"), "half_up", jpy(3)),
            (jpy("2.5"), "half_even", jpy(2)),
            (jpy("-2.5"), "half_up", jpy(-3)),
            (krw("1.4"), "ceiling", krw(2)),
        ],
    )
    def test_minor_units(
        self, money: Money, mode: str, expected: Money
    ) -> None:
        """
        round() goes to the currency's minor units in the chosen mode.
        """
        assert money.round(mode=mode) == expected  # type: ignore[arg-type]

    def test_places(self) -> None:
        """
        round(places) may round to tens, billions, ...
        """
        assert jpy("201.75bn").round(-8) == jpy("2018億")

    def test_unknown_mode(self) -> None:
        """
        An unknown mode is refused by name.
        """
        with pytest.raises(InvalidAmountError, match="'sideways'"):
            jpy(1).round(mode="sideways")  # type: ignore[arg-type]
