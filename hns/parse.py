"""
One figure from a string: an amount of money, a percent, percentage
points, a multiple or a plain count, with the words that qualify it.

The whole string must be exactly one figure. Anything else is a
`ParseError` that quotes the input and says where reading stopped: a
silent wrong number is the worst outcome for a fact-checker.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal

from hns import _regex
from hns._arguments import as_text
from hns._decimal import EXACT, MAX_EXPONENT
from hns._types import Kind, Qualifier, Rounding
from hns.currency import (
    Currency,
    as_currency,
    currency_for_word,
    currency_words,
)
from hns.errors import HnsError, ParseError
from hns.figures import Figure, read_figure
from hns.money import Money, new_money, to_decimal
from hns.numerals import (
    ENGLISH_SCALES,
    MAX_DIGITS,
    MYRIAD_UNITS,
    NUMERAL_CHARACTERS,
    hedged_resolution,
    lazy_pattern,
    normalize,
    read_numeral,
    resolution_of,
)
from hns.vocabulary import (
    CURRENCY_PREFIXES,
    FOLD_WORDS,
    KIND_MARKERS,
    KIND_SCALES,
    MULTIPLE_WORDS,
    NUMBER_WORDS,
    POINT_WORDS,
    PREFIX_QUALIFIERS,
    RANGE_SUFFIXES,
    SIGN_WORDS,
    SIGNS,
    SPELLED_SCALES,
    SUFFIX_QUALIFIERS,
)

__all__ = ["figure_at", "figure_span", "parse_figure", "parse_money"]

# Qualifiers that make a round figure stand for its last non-zero digit.
_HEDGES = frozenset({"about", "nearly"})
# Kinds whose marker is their unit ("50%", "10 times").
_OWN_UNIT = frozenset({"percent", "points", "multiple"})


def _round(number: Decimal) -> bool:
    # A whole number of one or two significant digits.
    digits = str(abs(int(number))) if number == number.to_integral() else ""
    return bool(digits) and len(digits.rstrip("0")) <= 2


def _index(words: list[str]) -> dict[str, tuple[str, ...]]:
    """
    Words by their first character, longest first.
    """
    index: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        index.setdefault(word[0], []).append(word)
    return {first: tuple(group) for first, group in index.items()}


_PREFIX_INDEX = _index(list(PREFIX_QUALIFIERS))
_SUFFIX_INDEX = _index(list(SUFFIX_QUALIFIERS))
_KIND_INDEX = _index(list(KIND_MARKERS))
_SIGN_INDEX = _index(list(SIGN_WORDS))
_CURRENCY_INDEX = _index(currency_words())
# Symbols go before the number only; prefix words ("RMB") go either side.
_SYMBOLS = frozenset(p for p in CURRENCY_PREFIXES if not p.isalpha())
# An ASCII word ends where no ASCII letter or digit follows; CJK may.
_ASCII_WORD_END = lazy_pattern("[A-Za-z]")
_ASCII_ALNUM = lazy_pattern("[A-Za-z0-9]")
_ASCII_WORD = lazy_pattern("[A-Za-z]{1,12}(?![A-Za-z0-9])")
_LETTERS = lazy_pattern("[A-Za-z]+")
_SUFFIX_CURRENCIES = [w for w in currency_words() if w not in _SYMBOLS]
_ISO_CODE = lazy_pattern(r"[A-Z]{3}(?![A-Za-z0-9])")
_DIGITS = frozenset("0123456789")
# The first characters of every word that may follow a number: kind
# markers, qualifiers, currencies (ISO codes too) and range suffixes.
_SUFFIX_FIRST = frozenset(
    word[0]
    for word in [
        *KIND_MARKERS,
        *SUFFIX_QUALIFIERS,
        *_SUFFIX_CURRENCIES,
        *RANGE_SUFFIXES,
    ]
)


def _at_word(
    s: str, pos: int, index: dict[str, tuple[str, ...]]
) -> str | None:
    """
    The longest word of *index* written at *pos* (case-insensitive), if it
    ends where a word may end.
    """
    if pos >= len(s):
        return None
    for word in index.get(s[pos].lower(), ()):
        end = pos + len(word)
        if s[pos:end].lower() != word:
            continue
        if _ASCII_WORD_END().match(
            word, len(word) - 1
        ) and _ASCII_ALNUM().match(s, end):
            continue
        return word
    return None


def _skip(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in " \t\n\r":
        pos += 1
    return pos


def _check_characters(text: str, s: str) -> None:
    if s.isprintable():
        return
    for i, c in enumerate(s):
        if c in "\t\n\r" or unicodedata.category(c)[0] == "Z":
            continue
        if not c.isprintable():
            raise ParseError(text, i, f"control character {c!r}")


def _read_currency_word(
    text: str, s: str, pos: int, *, prefix: bool
) -> tuple[Currency, int] | None:
    """
    A currency symbol, word or ISO code at *pos*; symbols only where they
    go, before the number (*prefix*).
    """
    word = _at_word(s, pos, _CURRENCY_INDEX)
    if word is not None and (prefix or word not in _SYMBOLS):
        return _currency_of(word), pos + len(word)
    if pos < len(s) and unicodedata.category(s[pos]) == "Sc":
        if word is not None:
            return None  # a known symbol, but not where a symbol goes
        raise ParseError(text, pos, f"unknown currency symbol {s[pos]!r}")
    code = _ISO_CODE().match(s, pos)
    if code is None:
        return None
    try:
        return Currency.of(code.group()), code.end()
    except ValueError as err:
        reason = f"unknown currency {code.group()!r}"
        raise ParseError(text, pos, reason) from err


def _alternatives(words: list[str]) -> str:
    """
    The words as one regular expression blind to the case of ASCII
    letters, longest first; ASCII words must end where a word may end.
    Built as a trie, one branch per character (with the letter's two
    cases in one class), so that a word that is not there costs one
    character, not one try per word.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word.translate(_ASCII_LOWER):
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie, "")


_Trie = dict[str, "_Trie"]
_ASCII_LOWER = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
)


def _branch(node: _Trie, last: str) -> str:
    # The words below a trie node reached by the character *last*: the
    # longer ones first, then the one that ends here (if any).
    end = ""
    if "" in node and "a" <= last <= "z":
        end = "(?![A-Za-z0-9])"
    parts = [
        (f"[{char}{char.upper()}]" if "a" <= char <= "z" else re.escape(char))
        + _branch(child, char)
        for char, child in sorted(node.items())
        if char
    ]
    if not parts:
        return end
    joined = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    return f"(?:{joined}|{end})" if "" in node else joined


# Possessive: nothing that may follow spaces starts with one.
_SPACE = "[ \t\n\r]*+"
_UNITS = "".join(MYRIAD_UNITS)
# Filled on first use: codes beyond JPY, KRW and USD are checked by babel.
_CURRENCY_OF: dict[str, Currency] = {}
# The multipliers inside a myriad group, as hns.numerals reads them (a
# test checks that the two tables agree).
_SUB_UNITS: dict[str, int] = {
    "十": 1,
    "拾": 1,
    "십": 1,
    "百": 2,
    "백": 2,
    "千": 3,
    "천": 3,
}
_SUBS = "".join(_SUB_UNITS)
# What may follow the first digit of a myriad group written in digits:
# digits and multipliers, then the rest of the group after a space or
# two ("9천 602"). `_group_value` reads it as the full reader would.
_IN_GROUP = f"[0-9{_SUBS}]*(?:[ \t]{{1,2}}[0-9]+)?"
_GROUP = lazy_pattern(f"{_SPACE}([0-9]{_IN_GROUP})([{_UNITS}])")
# The myriad groups the fast path reads: terms in 千, 百 and 十 (천, 백,
# 십) in this order, each after one digit or none, then at most four
# digits, after a space or two when a term is before them ("9천 602").
_TERMS = lazy_pattern(
    "".join(
        f"(?:([0-9]?)[{''.join(c for c, e in _SUB_UNITS.items() if e == n)}])?"
        for n in (3, 2, 1)
    )
    + f"(?:(?<=[{_SUBS}])[ \t]{{1,2}}(?=[0-9]))?([0-9]{{1,4}})?"
)


@functools.cache
def _common() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """
    The shapes most texts write, read by one regular expression: qualifier,
    sign, symbol, digits, then a scale word or myriad units, a currency word
    and a trailing qualifier; and the same from the digits on, for texts
    that start with them (quicker: no word can start with a digit). Built
    on first use: import stays fast.
    """
    number = (
        "(?P<int>[0-9]+(?!,)|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.(?P<frac>[0-9]+))?"
        f"(?:{_SPACE}(?P<scale>{_alternatives(list(ENGLISH_SCALES))})"
        f"|(?P<sub>[{_SUBS}]{_IN_GROUP})?(?:(?P<unit>[{_UNITS}])"
        f"(?:{_SPACE}(?P<second>[0-9]{_IN_GROUP})(?P<unit2>[{_UNITS}])"
        f"(?P<more>(?:{_SPACE}[0-9]{_IN_GROUP}[{_UNITS}])*))?)?)"
        f"(?:{_SPACE}(?P<cur>{_alternatives(_SUFFIX_CURRENCIES)}))?"
        f"(?:{_SPACE}(?P<sq>{_alternatives(list(SUFFIX_QUALIFIERS))}))?"
        f"{_SPACE}"
    )
    words = (
        f"{_SPACE}(?:(?P<pq>{_alternatives(list(PREFIX_QUALIFIERS))}){_SPACE})?"
        "(?P<sign>[-+])?"
        f"(?:(?P<pre>{_alternatives(list(CURRENCY_PREFIXES))}){_SPACE})?"
    )
    return _regex.compile(words + number), _regex.compile(number)


def _currency_of(word: str) -> Currency:
    key = word.lower()
    found = _CURRENCY_OF.get(key)
    if found is None:
        found = currency_for_word(key)
        assert found is not None
        _CURRENCY_OF[key] = found
    return found


_Common = tuple[Decimal, Currency | None, Decimal, Qualifier]


def _group_value(group: str) -> tuple[int, int] | None:
    """
    One myriad group written in digits with 千, 百, 十 (천, 백, 십) in it,
    as the full reader reads it (`hns.numerals`): its value and the
    exponent of its last written term ("8천695" is 8695 and 0, "2천" 2000
    and 3, "9천 602" 9602 and 0, "1천백" 1100 and 2); None wherever that
    reader could read it otherwise or refuse it ("12천", "2천3천", "2천3000").
    """
    match = _TERMS().fullmatch(group)
    if match is None:
        return None
    thousands, hundreds, tens, ones = match.groups()
    total = 0
    ceiling = 4  # the exponent of the last term
    if thousands is not None:
        total = (ord(thousands) - 48) * 1000 if thousands else 1000
        ceiling = 3
    if hundreds is not None:
        total += (ord(hundreds) - 48) * 100 if hundreds else 100
        ceiling = 2
    if tens is not None:
        total += (ord(tens) - 48) * 10 if tens else 10
        ceiling = 1
    if ones is None:
        return total, ceiling
    value = int(ones)
    if ceiling < 4 and value >= 10**ceiling:
        return None  # "2천3000": the group ends before the digits
    return total + value, 0


def _later_groups(last: int, more: str) -> tuple[int, int] | None:
    """
    The myriad groups after the first unit (of ``10**last``): their sum
    and the exponent of the last written digit, or None when the full
    reader must decide.
    """
    number = exponent = 0
    for digits, unit in _GROUP().findall(more):
        group = (
            (int(digits), 0)
            if len(digits) <= 4 and digits.isdigit()
            else _group_value(digits)
        )
        smaller = MYRIAD_UNITS[unit]
        if group is None or smaller >= last:
            return None
        number += group[0] * 10**smaller
        exponent, last = group[1] + smaller, smaller
    return number, exponent


def _decimal_common(
    literal: str, frac: str, exponent: int
) -> tuple[Decimal, Decimal] | None:
    """
    The value and resolution of a number written with decimals in units
    of ``10**exponent`` ("201.7 billion", "2.5억", "1.5"), or None when the
    full reader must decide.
    """
    decimals = len(frac)
    if len(literal) + decimals > MAX_DIGITS:
        return None
    total = Decimal(f"{literal}.{frac}")
    if exponent:
        total = total.scaleb(exponent, EXACT)
    if total.adjusted() > MAX_EXPONENT or decimals - exponent > MAX_EXPONENT:
        return None
    resolution = resolution_of(total, decimals, exponent)
    if exponent > decimals:
        total = Decimal(int(total))
    return total, resolution


# Whole numbers from here on are out of range (10**(MAX_EXPONENT + 1)).
_BEYOND = 10 ** (MAX_EXPONENT + 1)
# Powers of ten as `resolution_of` gives them, up to the largest whole
# number the fast path reads.
_POWERS = tuple(Decimal(1).scaleb(e) for e in range(MAX_EXPONENT + 2))


def _read_common(
    s: str, default_currency: Currency | str | None
) -> _Common | None:
    """
    The fast path: (value, currency, resolution, qualifier) of a money or
    count figure in one of the common shapes, or None whenever `_read_any`
    must decide (the two agree where both read).
    """
    if s and "0" <= s[0] <= "9":
        match = _common()[1].fullmatch(s)
        if match is None:
            return None
        pq = sign = pre = None
        head, frac, scale, sub, unit, second, unit2, more, cur, sq = (
            match.groups()
        )
    else:
        match = _common()[0].fullmatch(s)
        if match is None:
            return None
        (
            pq, sign, pre, head, frac, scale, sub, unit, second, unit2,
            more, cur, sq,
        ) = match.groups()  # fmt: skip
    if (pq and sq) or (pre and cur):
        return None
    if "," in head:
        if head.startswith("0") or sub:
            return None  # "01,000", "1,000천": the full reader says why
        head = head.replace(",", "")
    if frac:
        if sub or second:
            return None  # "1.5천억", "1.5조 389억": the full reader decides
        exponent = (
            ENGLISH_SCALES[scale.lower()]
            if scale
            else MYRIAD_UNITS[unit]
            if unit
            else 0
        )
        decimal = _decimal_common(head, frac, exponent)
        if decimal is None:
            return None
        total, resolution = decimal
    else:
        if sub:
            group = _group_value(head + sub)
            if group is None:
                return None
            number, exponent = group
        elif len(head) > MAX_DIGITS:
            return None
        else:
            number, exponent = int(head), 0
        if scale:
            exponent = ENGLISH_SCALES[scale.lower()]
            number *= 10**exponent
        elif unit:
            last = MYRIAD_UNITS[unit]
            number *= 10**last
            exponent += last
            if second:
                group = (
                    (int(second), 0)
                    if len(second) <= 4 and second.isdigit()
                    else _group_value(second)
                )
                smaller = MYRIAD_UNITS[unit2]
                if group is None or smaller >= last:
                    return None
                number += group[0] * 10**smaller
                exponent = group[1] + smaller
                if more:
                    later = _later_groups(smaller, more)
                    if later is None:
                        return None
                    number += later[0]
                    exponent = later[1]
        if number >= _BEYOND:
            return None
        total = Decimal(number)
        # The resolution as `resolution_of` gives it, from the int.
        if number:
            digits = str(number)
            significant = digits.rstrip("0")
            zeros = len(digits) - len(significant)
            if zeros > exponent > 0 and len(significant) <= 2:
                zeros = exponent
        else:
            zeros = exponent
        resolution = _POWERS[zeros]
    if sign == "-":
        total = total.copy_negate()
    qualifier: Qualifier = (
        PREFIX_QUALIFIERS[pq.lower()]
        if pq
        else SUFFIX_QUALIFIERS[sq]
        if sq
        else "exact"
    )
    if qualifier in _HEDGES:
        resolution = hedged_resolution(total, resolution)
    word = pre or cur
    currency = (
        _currency_of(word)
        if word
        else None
        if default_currency is None
        else Currency.of(default_currency)
    )
    return total, currency, resolution, qualifier


def _read_multiple_word(
    s: str, pos: int
) -> tuple[Decimal, Decimal, int] | None:
    """
    ``double``, ``half``, ``fourfold`` ...: (value, resolution, end).
    """
    match = _ASCII_WORD().match(s, pos)
    if match is None:
        return None
    end = match.end()
    word = s[pos:end].lower()
    if word in MULTIPLE_WORDS:
        value, resolution = MULTIPLE_WORDS[word]
        return value, resolution, end
    if word in FOLD_WORDS:
        return Decimal(FOLD_WORDS[word]), Decimal(1), end
    return None


def _gap(s: str, pos: int) -> int:
    # Spaces and tabs between the words of a figure in running text.
    while pos < len(s) and s[pos] in " \t":
        pos += 1
    return pos


def _word_before(
    s: str, end: int, words: dict[str, tuple[str, ...]], floor: int
) -> int | None:
    """
    Where the longest of *words* (indexed by their last character, see
    `_index_last`) written right before *end* starts, if it starts at or
    after *floor* and where a word may start.
    """
    if end <= floor:
        return None
    for word in words.get(s[end - 1].lower(), ()):
        first = end - len(word)
        if (
            first >= floor
            and s[first:end].lower() == word
            and not (first and word[0].isalnum() and s[first - 1].isalnum())
        ):
            return first
    return None


def _index_last(words: list[str]) -> dict[str, tuple[str, ...]]:
    """
    Words by their last character, longest first.
    """
    index: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        index.setdefault(word[-1], []).append(word)
    return {last: tuple(group) for last, group in index.items()}


def _figure_begin(s: str, pos: int, floor: int) -> int:
    """
    Where the figure whose numeral starts at *pos* begins: the currency
    symbol (or prefix word), sign and qualifier written before it, none of
    them before *floor*.
    """
    begin = pos
    symbol = _word_before(s, begin, _SYMBOLS_BEFORE, floor)
    if symbol is None:
        lead = begin
        while lead > floor and s[lead - 1] in " \t":
            lead -= 1
        symbol = _word_before(s, lead, _WORD_PREFIXES, floor)
    if symbol is not None:
        begin = symbol
    if (
        begin > floor
        and s[begin - 1] in SIGNS
        and (begin == 1 or not s[begin - 2].isalnum())
    ):
        begin -= 1
    lead = begin
    while lead > floor and s[lead - 1] in " \t":
        lead -= 1
    sign = _word_before(s, lead, _SIGN_WORDS, floor)
    if sign is not None:
        begin = lead = sign
        while lead > floor and s[lead - 1] in " \t":
            lead -= 1
    qualifier = _word_before(s, lead, _PREFIX_WORDS, floor)
    return begin if qualifier is None else qualifier


def figure_at(
    text: str, s: str, pos: int, floor: int = 0
) -> tuple[Figure, int, int]:
    """
    The figure of running text whose numeral starts at *pos* of *s* (the
    normalized *text*), read once: the figure and where it begins and ends.
    Words before it count from *floor* on; reading stops where the figure
    does (a space before a number that does not continue it, a word that
    is not a unit).

    >>> text = "It reached about ¥201.7 billion in 2021."
    >>> figure, start, end = figure_at(text, text, text.index("201"))
    >>> figure.value, text[start:end]
    (Money('201700000000', 'JPY'), 'about ¥201.7 billion')

    Raises:
        ParseError: no numeral starts at *pos*, or it is malformed.
    """
    begin = _figure_begin(s, pos, floor)
    if begin == pos:
        quick = _quick_count(text, s, pos)
        if quick is not None:
            return quick
    if begin < pos:
        try:
            figure, end = _read_from(text, s, begin, None, running=True)
        except ParseError:
            pass
        else:
            return figure, begin, end
    figure, end = _read_from(text, s, pos, None, running=True)
    return figure, pos, end


def _quick_count(
    text: str, s: str, pos: int
) -> tuple[Figure, int, int] | None:
    """
    The bare count at *pos* (a year, a day, a number of people) when
    nothing after its digits could continue a figure, read without the
    full reader; None otherwise (the full reader then decides).
    """
    match = _QUICK().match(s, pos)
    if match is None:
        return None
    end = match.end()
    after = _gap(s, end)
    if after < len(s) and _continues(s, after):
        return None
    number = Decimal(match.group())
    resolution = resolution_of(number, 0, 0)
    written = text[pos:end]
    figure = read_figure(to_decimal(number), written, "count", resolution)
    return figure, pos, end


def _continues(s: str, at: int) -> bool:
    # Whether what stands at *at*, past a number and its spaces, may go on
    # with the figure: a word the reader knows written there (a unit,
    # scale, kind, qualifier or currency word), a digit, a separator or
    # decimal point before a digit, a range or other joining mark, a
    # capital (a currency code), a CJK unit or numeral.
    char = s[at]
    if char in ",.":
        return s[at + 1 : at + 2] in _DIGIT_OR_DOT
    if "a" <= char <= "z":
        ahead = s[at : at + _LONGEST_WORD].lower()
        for word in _WORDS_AFTER.get(char, ()):
            if ahead.startswith(word):
                return True
        # A scale word ("bn", "t") must be a whole word.
        run = _LETTERS().match(s, at)
        return run is not None and run.group().lower() in ENGLISH_SCALES
    return char in _CONTINUES


def lone_number_word(s: str, pos: int, floor: int = 0) -> bool:
    """
    Whether the number word at *pos* of normalized *s* (``one``, ``five``)
    stands alone: no symbol or word before it (from *floor* on) and no
    unit, scale, kind or number word after it, so that it is no figure.

    >>> s = "one of them, and five of us"
    >>> lone_number_word(s, 0), lone_number_word(s, s.index("five"))
    (True, True)
    >>> lone_number_word("five percent", 0), lone_number_word("five-year", 0)
    (False, False)
    """
    end = pos
    while end < len(s) and s[end].isalpha():
        end += 1
    if s[pos:end].lower() not in NUMBER_WORDS:
        return False
    after = _gap(s, end)
    if after < len(s) and _continues(s, after):
        return False
    return _figure_begin(s, pos, floor) == pos


def figure_span(s: str, pos: int) -> tuple[int, int] | None:
    """
    Where the figure around the numeral at *pos* of normalized text *s*
    begins and ends: the qualifier, sign and symbol before it, and the scale,
    unit, currency and qualifier words after it. None when no numeral is
    at *pos*. `figure_at` gives the figure too.

    >>> text = "is expected to reach 2017 billion yen (about 2.5 trillion won)"
    >>> start, end = figure_span(text, text.index("2017"))
    >>> text[start:end]
    '2017 billion yen'
    >>> start, end = figure_span(text, text.index("2.5"))
    >>> text[start:end]
    'about 2.5 trillion won'
    """
    try:
        _, start, end = figure_at(s, s, pos)
    except HnsError:
        return None
    return start, end


# Digits that end where they stop (no separator, decimal point, range
# mark or myriad unit after them), and what after them, past spaces,
# could still continue a figure: a unit, scale, suffix or kind word, a
# digit, a separator, a capital (a currency code).
_QUICK = lazy_pattern(r"[0-9]{1,15}(?![0-9])")
_CONTINUES = frozenset(
    {
        *_SUFFIX_FIRST,
        *(w[0] for w in ENGLISH_SCALES),
        *(w[0].upper() for w in ENGLISH_SCALES),
        *NUMERAL_CHARACTERS,
        *(w[0] for w in (*SPELLED_SCALES, *POINT_WORDS)),
        *"0123456789.,:/-~〜～–—_·'",
        *"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    }
)
# The words (lower-cased) that may follow a number in a figure, by their
# first letter, for `_continues`.
_WORDS_AFTER: dict[str, tuple[str, ...]] = {}
for _word in {
    w.lower()
    for w in (
        *KIND_MARKERS,
        *SUFFIX_QUALIFIERS,
        *_SUFFIX_CURRENCIES,
        *RANGE_SUFFIXES,
        *SPELLED_SCALES,
        *POINT_WORDS,
        *NUMBER_WORDS,
    )
}:
    if "a" <= _word[:1] <= "z":
        _WORDS_AFTER[_word[0]] = (*_WORDS_AFTER.get(_word[0], ()), _word)
_LONGEST_WORD = max(len(w) for words in _WORDS_AFTER.values() for w in words)
_DIGIT_OR_DOT = frozenset([*"0123456789.", ""]) - {""}
_PREFIX_WORDS = _index_last(list(PREFIX_QUALIFIERS))
_SIGN_WORDS = _index_last(list(SIGN_WORDS))
_SYMBOLS_BEFORE = _index_last(list(_SYMBOLS))
_WORD_PREFIXES = _index_last(
    [p for p in CURRENCY_PREFIXES if p not in _SYMBOLS]
)


_TEXT = "a str (a number goes to Money(value, currency))"


def _arguments(
    text: object, default_currency: object
) -> tuple[str, Currency | None]:
    # The text to read and the default currency, checked: a reader reads
    # text, never a number (that is Money's job).
    if text.__class__ is not str:
        text = as_text(text, "text", _TEXT)
    if default_currency is None or default_currency.__class__ is Currency:
        return text, default_currency
    return text, as_currency(default_currency, "default_currency")


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
        ArgumentError: *text* is not a str (a number is no text to read:
            `Money` takes one), or *default_currency* neither a currency
            nor a code.
        UnknownCurrencyError: an unknown *default_currency* code.
    """
    text, default_currency = _arguments(text, default_currency)
    s = normalize(text)
    _check_characters(text, s)
    common = _read_common(s, default_currency)
    if common is None:
        return _read_any(text, s, default_currency)
    number, currency, resolution, qualifier = common
    if currency is None:
        return read_figure(
            number, text.strip(), "count", resolution, qualifier
        )
    money = new_money(_unsigned_zero(number), currency)
    return read_figure(money, text.strip(), "money", resolution, qualifier)


def _unsigned_zero(amount: Decimal) -> Decimal:
    # An amount of money has no sign at zero: "-0 yen" is 0 yen (a count
    # or a percent keeps it: "-0%" is a fall of less than a percent).
    return amount if amount else amount.copy_abs()


def _read_any(
    text: str, s: str, default_currency: Currency | str | None
) -> Figure:
    """
    The full reader: every shape `parse_figure` documents, and the errors.
    """
    figure, _ = _read_from(text, s, 0, default_currency, running=False)
    return figure


def _read_from(
    text: str,
    s: str,
    pos: int,
    default_currency: Currency | str | None,
    *,
    running: bool,
) -> tuple[Figure, int]:
    """
    One figure from *pos*: the figure and where it ends. Not *running*,
    the figure must fill the rest of *s*; *running*, reading stops before
    the first word that is not part of the figure.
    """
    skip = _gap if running else _skip
    start = pos = skip(s, pos)
    if pos == len(s):
        raise ParseError(text, pos, "no figure in an empty text")
    qualifier: Qualifier = "exact"
    sign = 1
    currency: Currency | None = None
    if not "0" <= s[pos] <= "9":  # words or symbols before the number
        qualifier, sign, currency, pos = _read_before(text, s, pos, skip)
    kind: Kind | None = None
    rounding: Rounding = "nearest"
    multiple = (
        None
        if currency is not None or pos >= len(s) or s[pos] in _DIGITS
        else _read_multiple_word(s, pos)
    )
    if multiple is not None:
        value, resolution, pos = multiple
        kind = "multiple"
    else:
        numeral = read_numeral(text, s, pos, strict=not running)
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
    scaled = False  # a marker that scales the number: 3割
    while True:
        after = skip(s, pos)
        if after == len(s):
            break
        if running and not (
            s[after].lower() in _SUFFIX_FIRST or "A" <= s[after] <= "Z"
        ):
            break  # no word that could follow a figure starts here
        if (
            after == pos
            and rounding == "nearest"
            and _ranges(s, pos, kind, currency)
        ):
            rounding = "truncate"
            pos += 1
            continue
        marker = _at_word(s, after, _KIND_INDEX)
        if marker is not None and kind is None and currency is None:
            kind = KIND_MARKERS[marker]
            factor = KIND_SCALES.get(marker)
            if factor is not None:  # 3割: 30%, to ten percent
                value = value * factor
                resolution = factor * min(resolution, Decimal(1))
                scaled = True
            pos = after + len(marker)
            continue
        suffix = _at_word(s, after, _SUFFIX_INDEX)
        if suffix is not None and not seen_suffix and qualifier == "exact":
            qualifier = SUFFIX_QUALIFIERS[suffix]
            seen_suffix = True
            pos = after + len(suffix)
            continue
        if kind is None:
            try:
                found = _read_currency_word(text, s, after, prefix=False)
            except ParseError:
                if not running:
                    raise
                found = None
            if found is not None:
                named, end = found
                if currency is None:
                    currency, pos, kind = named, end, "money"
                    continue
                if not running:
                    # "¥5円", "$5 dollars": the currency written twice.
                    reason = (
                        f"the currency {named.code} written twice"
                        if named == currency
                        else f"{named.code} after {currency.code}"
                    )
                    raise ParseError(text, after, reason)
        if running:
            break
        raise ParseError(text, after, f"unexpected {s[after]!r}")
    if currency is not None:
        kind = "money"
    elif kind is None:
        if default_currency is not None:
            currency, kind = Currency.of(default_currency), "money"
        else:
            kind = "count"
    number = value if sign == 1 else value.copy_negate()
    amount: Money | Decimal
    try:
        amount = (
            Money(number, currency)
            if currency is not None
            else to_decimal(number)
        )
    except ValueError as err:
        raise ParseError(text, 0, str(err)) from err
    written = text[start:pos].strip() if running else text.strip()
    if kind in _OWN_UNIT and resolution > 1 and _round(number) and not scaled:
        # "50%", "10 times": a round number of one or two significant
        # digits in its own unit reads to one unit, as with a scale word.
        resolution = Decimal(1)
    if qualifier in _HEDGES:
        resolution = hedged_resolution(number, resolution)
    figure = read_figure(
        amount, written, kind, resolution, qualifier, rounding
    )
    return figure, pos


def _read_before(
    text: str, s: str, pos: int, skip: Callable[[str, int], int]
) -> tuple[Qualifier, int, Currency | None, int]:
    """
    The qualifier, sign and currency written before a number at *pos*, and
    where the number starts.
    """
    qualifier: Qualifier = "exact"
    word = _at_word(s, pos, _PREFIX_INDEX)
    if word is not None:
        qualifier = PREFIX_QUALIFIERS[word]
        pos = skip(s, pos + len(word))
    sign = 1
    word = _at_word(s, pos, _SIGN_INDEX)
    if word is not None:
        sign = SIGN_WORDS[word]
        pos = skip(s, pos + len(word))
    currency: Currency | None = None
    if sign == 1 and pos < len(s) and s[pos] in SIGNS:
        sign = SIGNS[s[pos]]
        pos += 1
    found = _read_currency_word(text, s, pos, prefix=True)
    if found is not None:
        currency, pos = found
        pos = skip(s, pos)
        if sign == 1 and pos < len(s) and s[pos] in SIGNS:
            sign = SIGNS[s[pos]]
            pos += 1
    return qualifier, sign, currency, pos


def _ranges(
    s: str, pos: int, kind: Kind | None, currency: Currency | None
) -> bool:
    """
    Whether a range suffix (7조원대, 7千億円台, 1%대: "in the 7조 range")
    stands at *pos*, right after an amount, its myriad unit or a percent.
    """
    excluded = RANGE_SUFFIXES.get(s[pos])
    if excluded is None or any(s.startswith(w, pos + 1) for w in excluded):
        return False
    return (
        currency is not None
        or kind == "percent"
        or (kind is None and s[pos - 1] in MYRIAD_UNITS)
    )


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
        ArgumentError: *text* is not a str (``parse_money(2017)``: a number
            is no text to read; ``Money(2017, "JPY")`` takes one), or
            *default_currency* neither a currency nor a code.
        UnknownCurrencyError: an unknown *default_currency* code.
    """
    text, default_currency = _arguments(text, default_currency)
    s = normalize(text)
    _check_characters(text, s)
    common = _read_common(s, default_currency)
    if common is not None and common[1] is not None:
        return new_money(_unsigned_zero(common[0]), common[1])
    figure = (
        _read_any(text, s, default_currency)
        if common is None  # parse_figure would read it so, checked again
        else parse_figure(text, default_currency)
    )
    if not isinstance(figure.value, Money):
        reason = (
            "no currency"
            if figure.kind == "count"
            else f"a {figure.kind}, not an amount of money"
        )
        raise ParseError(text, 0, reason)
    return figure.value
