from __future__ import annotations

import pytest

from hns.currency import Currency, currency_for_word
from hns.errors import UnknownCurrencyError


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("¥", "JPY"),
        ("円", "JPY"),
        ("yen", "JPY"),
        ("JPY", "JPY"),
        ("엔", "JPY"),
        ("円貨", "JPY"),
        ("₩", "KRW"),
        ("원", "KRW"),
        ("won", "KRW"),
        ("KRW", "KRW"),
        ("ウォン", "KRW"),
        ("$", "USD"),
        ("US$", "USD"),
        ("USD", "USD"),
        ("dollars", "USD"),
        ("Dollar", "USD"),
        ("달러", "USD"),
        ("ドル", "USD"),
    ],
)
def test_words(word: str, code: str) -> None:
    """
    Every symbol and word of the three first-class currencies is known.
    """
    found = currency_for_word(word)

    assert found is not None
    assert found.code == code


@pytest.mark.parametrize(
    ("code", "minor"), [("JPY", 0), ("KRW", 0), ("USD", 2), ("EUR", 2)]
)
def test_minor_units(code: str, minor: int) -> None:
    """
    Minor units come from babel's currency data.
    """
    assert Currency.of(code).minor_units == minor


def test_interned() -> None:
    """
    Currency.of returns one shared instance per code, in any case.
    """
    assert Currency.of("jpy") is Currency.JPY
    assert Currency.of(Currency("KRW")) is Currency.KRW


def test_any_babel_code() -> None:
    """
    Codes beyond the first three are accepted when babel knows them.
    """
    assert Currency.of("CHF").code == "CHF"


@pytest.mark.parametrize("code", ["XYZ", "", "yenn", "12", "J P"])
def test_unknown(code: str) -> None:
    """
    An unknown code raises UnknownCurrencyError naming it.
    """
    with pytest.raises(UnknownCurrencyError, match="unknown currency"):
        Currency.of(code)


def test_not_a_string() -> None:
    """
    A non-string code is refused with the same typed error.
    """
    with pytest.raises(UnknownCurrencyError):
        Currency.of(5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("NT$", "TWD"),
        ("HK$", "HKD"),
        ("A$", "AUD"),
        ("C$", "CAD"),
        ("S$", "SGD"),
        ("R$", "BRL"),
        ("CN¥", "CNY"),
        ("RMB", "CNY"),
        ("yuan", "CNY"),
        ("元", "CNY"),
        ("人民元", "CNY"),
        ("위안", "CNY"),
        ("US$", "USD"),
        ("$", "USD"),
    ],
)
def test_other_dollars_and_yuan(word: str, code: str) -> None:
    """
    The prefixes of other dollars and the words for the yuan name their
    own currency; US$ and a bare $ stay USD.
    """
    assert currency_for_word(word) == Currency.of(code)
