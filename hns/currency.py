"""
Currencies: ISO 4217 codes, minor units, and the symbols and words that
name them in English, Japanese and Korean text.

JPY, KRW and USD are first-class; any other code that babel knows is
accepted too. Babel is imported only when a code outside the first three
is checked, or when minor units are asked for.
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar

import attrs

from hns._loading import LOADING
from hns.errors import ArgumentError, UnknownCurrencyError

__all__ = [
    "CURRENCY",
    "Currency",
    "as_currency",
    "currency_for_word",
    "currency_words",
]

CURRENCY = "a Currency or an ISO 4217 code (str)"
"""
What a currency argument accepts, as error messages say it.
"""

_FIRST_CLASS = frozenset({"JPY", "KRW", "USD"})

# Words and symbols that name a currency in text, lower-cased.
# "$" and "¥" are read as USD and JPY: the defaults of the texts hns reads;
# "NT$", "HK$", "CN¥" ... name the currency they spell out.
_WORDS: dict[str, str] = {
    "¥": "JPY",
    "jp¥": "JPY",
    "円": "JPY",
    "円貨": "JPY",
    "yen": "JPY",
    "jpy": "JPY",
    "엔": "JPY",
    "엔화": "JPY",
    "₩": "KRW",
    "원": "KRW",
    "원화": "KRW",
    "won": "KRW",
    "krw": "KRW",
    "ウォン": "KRW",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollar": "USD",
    "u.s. dollars": "USD",
    "달러": "USD",
    "ドル": "USD",
    "米ドル": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    # Dollars of other places, written with their own prefix: "US$" stays
    # USD, a bare "$" too.
    "nt$": "TWD",
    "hk$": "HKD",
    "a$": "AUD",
    "c$": "CAD",
    "s$": "SGD",
    "r$": "BRL",
    "cn¥": "CNY",
    "rmb": "CNY",
    "yuan": "CNY",
    "元": "CNY",
    "人民元": "CNY",
    "위안": "CNY",
    "위안화": "CNY",
}

# The short names used when writing amounts in words, per language:
# (singular, plural).
_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "JPY": ("yen", "yen"),
        "KRW": ("won", "won"),
        "USD": ("dollar", "dollars"),
    },
    "ja": {
        "JPY": ("円", "円"),
        "KRW": ("ウォン", "ウォン"),
        "USD": ("ドル", "ドル"),
    },
    "ko": {"JPY": ("엔", "엔"), "KRW": ("원", "원"), "USD": ("달러", "달러")},
}


@functools.cache
def _babel_codes() -> frozenset[str]:
    with LOADING:
        from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _check_code(_: object, __: object, code: str) -> None:
    given: object = code  # callers may pass anything
    if given.__class__ is not str and not isinstance(given, str):
        raise ArgumentError(
            argument="code", expected="an ISO 4217 code (str)", given=code
        )
    if code in _FIRST_CLASS:
        return
    if len(code) != 3 or not code.isascii() or not code.isupper():
        raise UnknownCurrencyError(code)
    if code not in _babel_codes():
        raise UnknownCurrencyError(code)


@attrs.frozen(repr=False)
class Currency:
    """
    An ISO 4217 currency.

    Use `Currency.of` (or the constants `Currency.JPY`, `Currency.KRW`,
    `Currency.USD`) to get the shared instance for a code.

    >>> Currency.of("jpy")
    Currency('JPY')
    >>> Currency.of("KRW").minor_units
    0
    >>> Currency.USD.minor_units
    2
    >>> Currency.of("EUR").code
    'EUR'

    Raises:
        UnknownCurrencyError: *code* is not a known ISO 4217 code.
        ArgumentError: *code* is not a str.
    """

    code: str = attrs.field(validator=_check_code)

    JPY: ClassVar[Currency]
    KRW: ClassVar[Currency]
    USD: ClassVar[Currency]

    def __repr__(self) -> str:
        return f"Currency({self.code!r})"

    def __str__(self) -> str:
        return self.code

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # Unpickled and copied, a currency is the shared instance again.
        return Currency.of, (self.code,)

    @classmethod
    def of(cls, value: Currency | str) -> Currency:
        """
        The shared `Currency` for a code (any case) or a `Currency`.

        >>> Currency.of("usd") is Currency.USD
        True

        Raises:
            UnknownCurrencyError: *value* is not a known ISO 4217 code.
            ArgumentError: *value* is neither a Currency nor a str.
        """
        if isinstance(value, Currency):
            return _INTERNED.setdefault(value.code, value)
        if not isinstance(value, str):
            raise ArgumentError(
                argument="value", expected=CURRENCY, given=value
            )
        found = _INTERNED.get(value)
        if found is not None:
            return found
        code = value.strip().upper()
        found = _INTERNED.get(code)
        if found is None:
            found = _INTERNED.setdefault(code, cls(code))
        return found

    @property
    def minor_units(self) -> int:
        """
        Digits after the decimal point in everyday amounts, from babel
        (JPY 0, KRW 0, USD 2).


        >>> Currency.JPY.minor_units, Currency.USD.minor_units
        (0, 2)
        """
        return _minor_units(self.code)

    def name(self, language: str, *, plural: bool = True) -> str:
        """
        The short word for this currency in *language* (``en``, ``ja``,
        ``ko``), as news copy writes it; in English for a language neither
        hns nor babel knows.

        >>> Currency.USD.name("en", plural=False)
        'dollar'
        >>> Currency.KRW.name("ko")
        '원'
        >>> Currency.of("EUR").name("en")
        'euros'

        Raises:
            ArgumentError: a *language* that is not a str, or a *plural*
                that is not a bool.
        """
        given: object = language  # callers may pass anything
        if given.__class__ is not str and not isinstance(given, str):
            raise ArgumentError(
                argument="language",
                expected="a language code (str)",
                given=language,
            )
        if plural is not True and plural is not False:
            raise ArgumentError(
                argument="plural", expected="a bool", given=plural
            )
        names = _NAMES.get(language, _NAMES["en"]).get(self.code)
        if names is not None:
            return names[1] if plural else names[0]
        return _babel_name(self.code, language, 2 if plural else 1)


@functools.cache
def _minor_units(code: str) -> int:
    with LOADING:
        from babel.numbers import get_currency_precision

    return get_currency_precision(code)


@functools.lru_cache(maxsize=1024)  # languages are what callers pass
def _babel_name(code: str, language: str, count: int) -> str:
    with LOADING:
        from babel.core import UnknownLocaleError
        from babel.numbers import get_currency_name

    # An empty name would be babel's default locale, the environment's.
    locale = language.replace("-", "_") or "en"
    try:
        name = get_currency_name(code, count=count, locale=locale)
    except (UnknownLocaleError, ValueError):  # "xx", "ja-jp-x", "\ud800"
        name = get_currency_name(code, count=count, locale="en")
    return name.lower()


_INTERNED: dict[str, Currency] = {}
Currency.JPY = Currency.of("JPY")
Currency.KRW = Currency.of("KRW")
Currency.USD = Currency.of("USD")


def as_currency(value: object, argument: str = "currency") -> Currency:
    """
    The shared `Currency` of *value*, a `Currency` or a code in any case,
    as every function that takes a currency reads it.

    >>> as_currency("jpy") is Currency.JPY
    True
    >>> as_currency(None, "default_currency")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    hns.errors.ArgumentError: default_currency must be ..., not None

    Raises:
        UnknownCurrencyError: *value* is not a known ISO 4217 code.
        ArgumentError: *value* is neither a Currency nor a str; the message
            names *argument*.
    """
    if isinstance(value, Currency | str):
        return Currency.of(value)
    raise ArgumentError(argument=argument, expected=CURRENCY, given=value)


def currency_words() -> list[str]:
    """
    Every symbol and word `currency_for_word` knows, lower-cased.

    >>> "円" in currency_words()
    True
    """
    return list(_WORDS)


def currency_for_word(word: str) -> Currency | None:
    """
    The currency a symbol or word names in text, or None.

    >>> currency_for_word("円")
    Currency('JPY')
    >>> currency_for_word("Won")
    Currency('KRW')
    >>> currency_for_word("₹") is None
    True

    Raises:
        ArgumentError: *word* is not a str.
    """
    given: object = word  # callers may pass anything
    if given.__class__ is not str and not isinstance(given, str):
        raise ArgumentError(argument="word", expected="a str", given=word)
    code = _WORDS.get(word.lower())
    return None if code is None else Currency.of(code)
