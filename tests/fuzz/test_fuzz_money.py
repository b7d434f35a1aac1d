"""
Fuzzing amounts: `Money` and `jpy`/`krw`/`usd`, their arithmetic,
rounding, formatting (`Money.format`, `format_money`), conversion
(`Money.to`), quantities, and `Currency`.
"""

from __future__ import annotations

import decimal
import operator
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import Currency, Money, format_money, jpy, krw, usd
from hns.fiscal import JAPAN, KOREA, FiscalYear
from hns.fx import FixedRates
from tests.fuzz.support import (
    FUZZ,
    Entries,
    amounts,
    any_codes,
    arguments,
    call,
    dates,
    decimals_anywhere,
    draw_call,
    families,
    junk,
    known_codes,
    maybe,
    moneys,
    odd_text,
    recent_dates,
)

_LOCALES = st.sampled_from(
    ["en_US", "ja_JP", "ko_KR", "en", "ja", "ko", "de_DE", "fr", "ar_EG"]
)
_STYLES = st.sampled_from(["standard", "compact", "scale", "words", "myriad"])
_MODES = st.sampled_from(
    ["half_up", "half_even", "half_down", "up", "down", "ceiling", "floor"]
)
_NUMBERS = st.one_of(
    st.integers(-(10**12), 10**12),
    amounts,
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    decimals_anywhere(),
)
_RATES = st.one_of(
    st.none(),
    st.builds(
        FixedRates, st.just({("USD", "JPY"): 105, ("USD", "KRW"): "1118.2"})
    ),
)
_SPANS = st.one_of(
    st.builds(FiscalYear, st.integers(1, 9998), st.sampled_from([JAPAN])),
    st.builds(FiscalYear, st.integers(1, 9998), st.sampled_from([KOREA])),
    st.tuples(dates, dates),
)

# Every entry point of the module with the arguments its signature admits
# (mostly valid, sometimes of any type at all). Operators whose operand
# is of a type they do not take return NotImplemented, and Python raises
# the TypeError itself: those get operands of the types they take.
ENTRIES: Entries
ENTRIES = {
    "Money": (Money, arguments(maybe(amounts), maybe(any_codes))),
    "shorthand.jpy": (jpy, arguments(st.one_of(_NUMBERS, junk()))),
    "shorthand.krw": (krw, arguments(st.one_of(_NUMBERS, junk()))),
    "shorthand.usd": (usd, arguments(st.one_of(_NUMBERS, junk()))),
    "Money.__add__": (
        operator.add,
        arguments(moneys, st.builds(Money, amounts, known_codes)),
    ),
    "Money.__sub__": (
        operator.sub,
        arguments(moneys, st.builds(Money, amounts, known_codes)),
    ),
    "Money.__mul__": (
        operator.mul,
        arguments(moneys, st.one_of(_NUMBERS, junk())),
    ),
    "Money.__rmul__": (
        operator.mul,
        arguments(_NUMBERS, moneys),
    ),
    "Money.__truediv__": (
        operator.truediv,
        arguments(moneys, st.one_of(_NUMBERS, moneys, junk())),
    ),
    "Money.ratio": (Money.ratio, arguments(moneys, maybe(moneys))),
    "Money.__lt__": (
        operator.lt,
        arguments(moneys, st.builds(Money, amounts, known_codes)),
    ),
    "Money.round": (
        Money.round,
        arguments(moneys, maybe(st.integers(-40, 40)), mode=maybe(_MODES)),
    ),
    "Money.format": (
        Money.format,
        arguments(
            moneys,
            maybe(_LOCALES),
            maybe(_STYLES),
            digits=maybe(st.integers(-40, 40)),
            mode=maybe(_MODES),
        ),
    ),
    "format_money": (
        format_money,
        arguments(
            maybe(moneys),
            maybe(_LOCALES),
            maybe(_STYLES),
            digits=maybe(st.integers(-40, 40)),
            mode=maybe(_MODES),
        ),
    ),
    "Money.to": (
        Money.to,
        arguments(
            moneys,
            maybe(any_codes),
            on=maybe(st.one_of(st.none(), recent_dates, dates)),
            rates=maybe(_RATES),
            over=maybe(st.one_of(st.none(), _SPANS)),
        ),
    ),
    "Money.to_quantity": (
        Money.to_quantity,
        arguments(
            moneys,
            maybe(st.sampled_from(["", "year", "month", "person", "m"])),
        ),
    ),
    "Money.parse": (
        Money.parse,
        arguments(maybe(odd_text()), maybe(st.one_of(st.none(), any_codes))),
    ),
    "Currency.of": (Currency.of, arguments(maybe(any_codes))),
    "Currency": (Currency, arguments(maybe(any_codes))),
    "Currency.name": (
        Currency.name,
        arguments(
            st.builds(Currency.of, st.sampled_from(["JPY", "EUR", "CHF"])),
            maybe(st.sampled_from(["en", "ja", "ko", "de", "xx", ""])),
            plural=maybe(st.booleans()),
        ),
    ),
}


FAMILIES = families(ENTRIES)


@pytest.mark.parametrize("family", list(FAMILIES))
@FUZZ
@given(data=st.data())
def test_money_entry_points_raise_only_hns_errors(
    family: str, data: st.DataObject
) -> None:
    """
    Every entry point of `hns.money`, `hns.format` and `hns.currency`,
    given valid values, extreme ones (NaN, sNaN, infinities, 1e±999999)
    and values of the wrong type, returns or raises an HnsError, within a
    second.
    """
    fn, args, kwargs = draw_call(data, ENTRIES, FAMILIES[family])

    call(fn, *args, **kwargs)


@FUZZ
@given(a=amounts, b=amounts, code=st.sampled_from(["JPY", "KRW", "USD"]))
def test_sums_and_differences_are_exact(
    a: Decimal, b: Decimal, code: str
) -> None:
    """
    Money adds and subtracts exactly: the sum of two amounts is the exact
    sum of their Decimals.
    """
    left, right = Money(a, code), Money(b, code)
    exact = decimal.Context(prec=200)

    assert call(operator.add, left, right) == Money(exact.add(a, b), code)
    assert call(operator.sub, left, right) == Money(exact.subtract(a, b), code)
    assert sum([left, right]) == Money(exact.add(a, b), code)


@FUZZ
@given(money=moneys, other=st.sampled_from(["JPY", "KRW", "USD", "EUR"]))
def test_mixed_currencies_never_combine(money: Money, other: str) -> None:
    """
    Amounts in two currencies never add, subtract or compare: each raises
    CurrencyMismatchError.
    """
    from hns import CurrencyMismatchError

    stranger = Money(1, other)
    for op in (operator.add, operator.sub, operator.lt, Money.ratio):
        outcome = call(op, money, stranger)
        if other != money.currency.code:
            assert isinstance(outcome, CurrencyMismatchError), op
