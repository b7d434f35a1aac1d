from __future__ import annotations

import pytest

from hns.currency import Currency, currency_for_word
from hns.errors import ArgumentError, HnsError, UnknownCurrencyError


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
    A code that is not a str is a wrong argument, named.
    """
    with pytest.raises(ArgumentError, match="value must be a Currency"):
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


class Unshowable:
    """
    A value whose repr raises, as a careless caller's object may.
    """

    def __repr__(self) -> str:
        msg = "no repr"
        raise RuntimeError(msg)


WRONG_TYPES = [None, 5, 1.5, b"JPY", bytearray(b"2017"), ["JPY"], object()]


@pytest.mark.parametrize("bad", WRONG_TYPES)
def test_constructor_needs_a_str(bad: object) -> None:
    """
    ``Currency(code)`` of anything but a str is an ArgumentError (also a
    TypeError), never the TypeError of hashing a bytearray or a list.
    """
    with pytest.raises(ArgumentError, match="code must be"):
        Currency(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", WRONG_TYPES)
def test_name_needs_a_language_str(bad: object) -> None:
    """
    `Currency.name` takes its language as a str: anything else is an
    ArgumentError, never the TypeError of a dict lookup or of babel.
    """
    for currency in (Currency.JPY, Currency.of("EUR")):
        with pytest.raises(ArgumentError, match="language must be"):
            currency.name(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 1, 0, "yes"])
def test_plural_is_a_bool(bad: object) -> None:
    """
    `Currency.name`'s *plural* flag is a bool.
    """
    with pytest.raises(ArgumentError, match="plural must be a bool"):
        Currency.USD.name("en", plural=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["xx", "", "\ud800", "x" * 10_000])
def test_unknown_language_is_english(language: str) -> None:
    """
    A language neither hns nor babel knows names the currency in English,
    for babel's currencies as for the first three.
    """
    assert Currency.of("EUR").name(language) == "euros"
    assert Currency.USD.name(language) == "dollars"


def test_language_with_a_hyphen() -> None:
    """
    ``ja-JP`` is read as ``ja_JP`` for babel's currency names.
    """
    assert Currency.of("EUR").name("ja-JP") == Currency.of("EUR").name("ja_JP")


def test_unquotable_code() -> None:
    """
    `Currency.of` of an int too long to quote, or of an object whose repr
    raises, is an ArgumentError with a short message.
    """
    for bad in (10**5000, Unshowable(), [10**5000]):
        with pytest.raises(ArgumentError) as err:
            Currency.of(bad)  # type: ignore[arg-type]

        assert len(str(err.value)) < 100


@pytest.mark.parametrize("bad", WRONG_TYPES)
def test_word_needs_a_str(bad: object) -> None:
    """
    `currency_for_word` of anything but a str is an ArgumentError, never
    an AttributeError.
    """
    with pytest.raises(ArgumentError, match="word must be"):
        currency_for_word(bad)  # type: ignore[arg-type]


def test_argument_errors_are_hns_errors() -> None:
    """
    ``Currency(None)`` raises an HnsError that is still a TypeError.
    """
    with pytest.raises(HnsError) as err:
        Currency(None)  # type: ignore[arg-type]

    assert isinstance(err.value, TypeError)
