"""
One figure from a string: an amount of money, a percent, percentage
points, a multiple or a plain count, with the words that qualify it.

The whole string must be exactly one figure. Anything else is a
`ParseError` that quotes the input and says where reading stopped: a
silent wrong number is the worst outcome for a fact-checker.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from hns.currency import Currency, currency_for_word
from hns.errors import ParseError
from hns.figures import Figure, Kind, Qualifier
from hns.money import Money, to_decimal
from hns.numerals import normalize, read_numeral

__all__ = ["parse_figure", "parse_money"]

_PREFIX_QUALIFIERS: dict[str, Qualifier] = {
    "about": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "around": "about",
    "some": "about",
    "circa": "about",
    "an estimated": "about",
    "~": "about",
    "約": "about",
    "およそ": "about",
    "약": "about",
    "대략": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "over": "over",
    "more than": "over",
    "above": "over",
    "in excess of": "over",
    "under": "under",
    "less than": "under",
    "below": "under",
    "fewer than": "under",
    "at least": "at_least",
    "no less than": "at_least",
    "at most": "at_most",
    "no more than": "at_most",
    "up to": "at_most",
}
_SUFFIX_QUALIFIERS: dict[str, Qualifier] = {
    "程度": "about",
    "前後": "about",
    "가량": "about",
    "정도": "about",
    "안팎": "about",
    "超": "over",
    "余り": "over",
    "以上": "at_least",
    "이상": "at_least",
    "以下": "at_most",
    "이하": "at_most",
    "未満": "under",
    "미만": "under",
}
_KIND_MARKERS: dict[str, Kind] = {
    "%p": "points",
    "%포인트": "points",
    "percentage points": "points",
    "percentage point": "points",
    "points": "points",
    "point": "points",
    "pts": "points",
    "pp": "points",
    "ポイント": "points",
    "포인트": "points",
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "パーセント": "percent",
    "퍼센트": "percent",
    "times": "multiple",
    "-fold": "multiple",
    "fold": "multiple",
    "倍": "multiple",
    "배": "multiple",
}
_MULTIPLE_WORDS: dict[str, tuple[Decimal, Decimal]] = {
    "double": (Decimal(2), Decimal(1)),
    "twice": (Decimal(2), Decimal(1)),
    "triple": (Decimal(3), Decimal(1)),
    "treble": (Decimal(3), Decimal(1)),
    "thrice": (Decimal(3), Decimal(1)),
    "quadruple": (Decimal(4), Decimal(1)),
    "half": (Decimal("0.5"), Decimal("0.1")),
}
_FOLD_WORDS = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5,
    "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9,
    "tenfold": 10,
}  # fmt: skip
_CURRENCY_PREFIXES = ("us$", "jp¥", "$", "¥", "₩", "€", "£")
_SIGNS = {"+": 1, "-": -1, "▲": -1, "△": -1}


_PREFIX_ORDER = sorted(_PREFIX_QUALIFIERS, key=len, reverse=True)
_SUFFIX_ORDER = sorted(_SUFFIX_QUALIFIERS, key=len, reverse=True)
_KIND_ORDER = sorted(_KIND_MARKERS, key=len, reverse=True)


def _at_word(s: str, pos: int, words: list[str]) -> str | None:
    """
    The longest of *words* written at *pos* (case-insensitive), if it ends
    where a word may end.
    """
    for word in words:
        end = pos + len(word)
        if s[pos:end].lower() != word:
            continue
        ascii_word = word[-1].isascii() and word[-1].isalpha()
        if ascii_word and end < len(s) and s[end].isalnum():
            continue
        return word
    return None


def _skip(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in " \t\n\r":
        pos += 1
    return pos


def _check_characters(text: str, s: str) -> None:
    for i, c in enumerate(s):
        if c < " " and c not in "\t\n\r":
            raise ParseError(text, i, f"control character {c!r}")
        if unicodedata.category(c) in {"Cc", "Cs", "Co", "Cn"}:
            raise ParseError(text, i, f"control character {c!r}")


def _read_currency_word(
    text: str, s: str, pos: int, *, prefix: bool
) -> tuple[Currency, int] | None:
    """
    A currency symbol, word or ISO code at *pos*.
    """
    n = len(s)
    if prefix:
        for symbol in _CURRENCY_PREFIXES:
            if s[pos : pos + len(symbol)].lower() == symbol:
                found = currency_for_word(symbol)
                assert found is not None
                return found, pos + len(symbol)
    if pos < n and unicodedata.category(s[pos]) == "Sc":
        if currency_for_word(s[pos]) is not None:
            return None  # a known symbol, but not where a symbol goes
        raise ParseError(text, pos, f"unknown currency symbol {s[pos]!r}")
    end = pos
    while end < n and (s[end].isalpha() or s[end] == "."):
        end += 1
    if end == pos:
        return None
    # A word ends at a non-letter, but CJK units follow numbers unspaced:
    # try the longest known word that starts here.
    for stop in range(min(end, pos + 12), pos, -1):
        word = s[pos:stop]
        currency = currency_for_word(word)
        iso = len(word) == 3 and stop == end and word.isupper()
        if currency is None and iso and word.isascii():
            try:
                currency = Currency.of(word)
            except ValueError as err:
                raise ParseError(
                    text, pos, f"unknown currency {word!r}"
                ) from err
        if currency is not None:
            if word[-1].isascii() and stop < n and s[stop].isalnum():
                continue
            return currency, stop
    # "US dollars", "U.S. dollars": two words.
    after = _skip(s, end)
    if s[pos:end].lower() in {"us", "u.s."} and after > end:
        word_end = after
        while word_end < n and s[word_end].isalpha():
            word_end += 1
        if s[after:word_end].lower() in {"dollar", "dollars"}:
            return Currency.USD, word_end
    return None


def _read_multiple_word(
    s: str, pos: int
) -> tuple[Decimal, Decimal, int] | None:
    """
    ``double``, ``half``, ``fourfold`` ...: (value, resolution, end).
    """
    end = pos
    while (
        end < len(s)
        and end - pos < 12
        and s[end].isascii()
        and (s[end].isalpha())
    ):
        end += 1
    if end < len(s) and s[end].isalnum():
        return None
    word = s[pos:end].lower()
    if word in _MULTIPLE_WORDS:
        value, resolution = _MULTIPLE_WORDS[word]
        return value, resolution, end
    if word in _FOLD_WORDS:
        return Decimal(_FOLD_WORDS[word]), Decimal(1), end
    return None


def parse_figure(
    text: str, default_currency: Currency | str | None = None
) -> Figure:
    """
    Read one figure as people write it in English, Japanese or Korean.

    >>> parse_figure("¥201.7 billion").value
    Money('201700000000', 'JPY')
    >>> f = parse_figure("약 2조1500억원")
    >>> f.value, f.qualifier, f.resolution
    (Money('2150000000000', 'KRW'), 'about', Decimal('1E+10'))
    >>> parse_figure("1.2%").kind
    'percent'
    >>> parse_figure("3%p").kind
    'points'
    >>> parse_figure("more than four times").qualifier
    'over'
    >>> parse_figure("4倍").value
    Decimal('4')
    >>> parse_figure("55,000").resolution
    Decimal('1E+3')

    With *default_currency*, a bare number is read as money in it.

    Raises:
        ParseError: *text* is not exactly one figure; the error says where.
    """
    s = normalize(text)
    _check_characters(text, s)
    pos = _skip(s, 0)
    if pos == len(s):
        raise ParseError(text, pos, "no figure in an empty text")
    qualifier: Qualifier = "exact"
    word = _at_word(s, pos, _PREFIX_ORDER)
    if word is not None:
        qualifier = _PREFIX_QUALIFIERS[word]
        pos = _skip(s, pos + len(word))
    sign = 1
    currency: Currency | None = None
    if pos < len(s) and s[pos] in _SIGNS:
        sign = _SIGNS[s[pos]]
        pos += 1
    found = _read_currency_word(text, s, pos, prefix=True)
    if found is not None:
        currency, pos = found
        pos = _skip(s, pos)
        if sign == 1 and pos < len(s) and s[pos] in _SIGNS:
            sign = _SIGNS[s[pos]]
            pos += 1
    kind: Kind | None = None
    multiple = None if currency is not None else _read_multiple_word(s, pos)
    if multiple is not None:
        value, resolution, pos = multiple
        kind = "multiple"
    else:
        numeral = read_numeral(text, s, pos)
        if numeral is None:
            reason = (
                "no digits" if pos < len(s) else "no number after the words"
            )
            raise ParseError(text, pos, reason)
        value, resolution, pos = (
            numeral.value,
            numeral.resolution,
            numeral.end,
        )
    seen_suffix = False
    while True:
        after = _skip(s, pos)
        if after == len(s):
            break
        marker = _at_word(s, after, _KIND_ORDER)
        if marker is not None and kind is None and currency is None:
            kind = _KIND_MARKERS[marker]
            pos = after + len(marker)
            continue
        suffix = _at_word(s, after, _SUFFIX_ORDER)
        if suffix is not None and not seen_suffix and qualifier == "exact":
            qualifier = _SUFFIX_QUALIFIERS[suffix]
            seen_suffix = True
            pos = after + len(suffix)
            continue
        if kind is None:
            found = _read_currency_word(text, s, after, prefix=False)
            if found is not None:
                named, end = found
                if currency is not None and named != currency:
                    raise ParseError(
                        text, after, f"{named.code} after {currency.code}"
                    )
                currency, pos, kind = named, end, "money"
                continue
        raise ParseError(text, after, f"unexpected {s[after]!r}")
    if currency is not None:
        kind = "money"
    elif kind is None:
        if default_currency is not None:
            currency, kind = Currency.of(default_currency), "money"
        else:
            kind = "count"
    number = value if sign == 1 else -value
    amount: Money | Decimal
    try:
        amount = (
            Money(number, currency)
            if currency is not None
            else to_decimal(number)
        )
    except ValueError as err:
        raise ParseError(text, 0, str(err)) from err
    return Figure(amount, text.strip(), kind, resolution, qualifier)


def parse_money(
    text: str, default_currency: Currency | str | None = None
) -> Money:
    """
    Read one amount of money as people write it.

    >>> parse_money("2017億円")
    Money('201700000000', 'JPY')
    >>> parse_money("1조 389억 원")
    Money('1038900000000', 'KRW')
    >>> parse_money("193bn yen")
    Money('193000000000', 'JPY')
    >>> parse_money("$8 billion")
    Money('8000000000', 'USD')
    >>> parse_money("2,126 billion", default_currency="KRW")
    Money('2126000000000', 'KRW')

    Raises:
        ParseError: *text* is not exactly one amount of money, or names no
            currency and no *default_currency* is given.
    """
    figure = parse_figure(text, default_currency)
    if not isinstance(figure.value, Money):
        reason = (
            "no currency"
            if figure.kind == "count"
            else f"a {figure.kind}, not an amount of money"
        )
        raise ParseError(text, 0, reason)
    return figure.value
