"""
Numerals as people write them: digits with separators (full-width too),
English scale words and abbreviations, Japanese and Korean myriad units,
kanji numerals, and mixed myriad numbers such as ``1조 389억``.

Reading is a single left-to-right pass: linear in the input, whatever it
holds. Every result keeps the place value of its last written digit (its
*resolution*), which checks need to know how a figure was rounded.
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

from hns.errors import ParseError

__all__ = [
    "ENGLISH_SCALES",
    "MAX_DIGITS",
    "MYRIAD_UNITS",
    "Numeral",
    "lazy_pattern",
    "normalize",
    "parse_number",
    "read_numeral",
    "resolution_of",
]

MAX_DIGITS = 40
"""
More digits than this in one numeral is refused: no budget needs them.
"""

# One character in, one character out, so positions stay those of the input.
_NORMALIZE: dict[int, str] = {
    c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)
}
_NORMALIZE.update(
    {
        0x3000: " ",  # ideographic space
        0x00A0: " ",  # no-break space
        0x202F: " ",  # narrow no-break space
        0x2009: " ",  # thin space
        0x2212: "-",  # minus sign
        0xFE63: "-",  # small hyphen-minus
        0xFFE5: "¥",  # full-width yen sign
        0xFFE6: "₩",  # full-width won sign
    }
)
_NEEDS_NORMALIZING = (
    "[" + "".join(re.escape(chr(c)) for c in sorted(_NORMALIZE)) + "]"
)


def lazy_pattern(
    pattern: str, flags: int = 0
) -> Callable[[], re.Pattern[str]]:
    """
    A regular expression compiled on first use, so that import stays fast.

    >>> digits = lazy_pattern("[0-9]+")
    >>> digits().match("2017億").group()
    '2017'
    """

    @functools.cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled


_needs_normalizing = lazy_pattern(_NEEDS_NORMALIZING)


def _normalized(match: re.Match[str]) -> str:
    return _NORMALIZE[ord(match.group())]


ENGLISH_SCALES: dict[str, int] = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mn": 6,
    "mln": 6,
    "m": 6,
    "billion": 9,
    "bn": 9,
    "bln": 9,
    "b": 9,
    "trillion": 12,
    "tn": 12,
    "trn": 12,
    "t": 12,
}
# Scale words are ASCII; a CJK unit may follow them unspaced.
_SCALE_WORD = lazy_pattern(
    f"[A-Za-z]{{1,{max(map(len, ENGLISH_SCALES))}}}(?![A-Za-z])"
)

# Myriad units: power of ten.
MYRIAD_UNITS: dict[str, int] = {
    "万": 4,
    "萬": 4,
    "만": 4,
    "億": 8,
    "억": 8,
    "兆": 12,
    "조": 12,
    "京": 16,
    "경": 16,
}
# Multipliers inside a myriad group.
_SUB_UNITS: dict[str, int] = {
    "十": 1,
    "拾": 1,
    "십": 1,
    "百": 2,
    "백": 2,
    "千": 3,
    "천": 3,
}
_KANJI_DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_WORD_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20,
}  # fmt: skip
_DIGITS = frozenset("0123456789")
# Numerals have at most MAX_DIGITS digits: sums in this context are exact.
_EXACT = decimal.Context(prec=3 * MAX_DIGITS)
_SPACES = frozenset(" \t\n\r")


def normalize(text: str) -> str:
    """
    Fold full-width forms, odd spaces and minus signs to plain ones,
    keeping every character's position.

    >>> normalize("２０１７億円　約")
    '2017億円 約'
    """
    if text.isascii():
        return text
    # Substituting the few characters found beats translating them all.
    return _needs_normalizing().sub(_normalized, text)


class Numeral(NamedTuple):
    """
    A number read from text: its exact *value*, the place value of its last
    written digit (*resolution*), and where it stood (*start*, *end*).

    >>> Numeral(Decimal("2017e8"), Decimal("1e8"), 0, 5).value
    Decimal('2.017E+11')
    """

    value: Decimal
    resolution: Decimal
    start: int
    end: int


class _Part(NamedTuple):
    # A number read as one token: value, decimals written, where it ends.
    value: Decimal
    decimals: int
    end: int


_ARABIC = lazy_pattern(r"([0-9]+)((?:,[0-9]{3})*)(?:\.([0-9]+))?")
_AFTER_ARABIC = lazy_pattern(r"[,.][0-9]|\.\.")


def _read_arabic(text: str, s: str, pos: int) -> _Part | None:
    """
    Digits with optional thousands separators and decimals, or None.
    """
    match = _ARABIC().match(s, pos)
    if match is None:
        return None
    head, groups, fraction = match.groups()
    end = match.end()
    if groups and len(head) > 3:
        raise ParseError(
            text,
            pos + len(head),
            "a thousands separator must separate groups of 3",
        )
    follow = _AFTER_ARABIC().match(s, end)
    if follow is not None or (groups and end < len(s) and s[end] in _DIGITS):
        if follow is not None and s[end] == ",":
            where = end
        elif follow is not None and fraction is not None:
            raise ParseError(text, end, "a second decimal point")
        elif follow is not None:
            raise ParseError(
                text, end, "a decimal point must be followed by digits"
            )
        else:
            where = s.rindex(",", pos, end)
        raise ParseError(
            text, where, "a thousands separator must separate groups of 3"
        )
    digits = len(head) + len(groups) * 3 // 4 + len(fraction or "")
    if digits > MAX_DIGITS:
        literal = match.group()
        seen = 0
        for i, c in enumerate(literal):
            seen += c in _DIGITS
            if seen > MAX_DIGITS:
                raise ParseError(
                    text, pos + i, f"more than {MAX_DIGITS} digits"
                )
    literal = head + groups.replace(",", "")
    if fraction is not None:
        literal += "." + fraction
    return _Part(Decimal(literal), len(fraction or ""), end)


def _read_kanji_digits(s: str, pos: int) -> _Part | None:
    """
    A run of kanji digits read positionally (二〇二一 → 2021), or None.
    """
    n = len(s)
    start = pos
    value = 0
    while pos < n and s[pos] in _KANJI_DIGITS and pos - start < MAX_DIGITS:
        value = value * 10 + _KANJI_DIGITS[s[pos]]
        pos += 1
    if pos == start:
        return None
    return _Part(Decimal(value), 0, pos)


def _read_group(text: str, s: str, pos: int) -> tuple[_Part, int] | None:
    """
    One myriad group's coefficient: ``2017``, ``二千十七``, ``2천5백``.

    Returns the coefficient and the multiplier exponent of its last written
    term (for the resolution), or None when nothing numeric is at *pos*.
    """
    n = len(s)
    total = Decimal(0)
    last_exp = 0
    ceiling = 4  # the next sub-unit must be below this power of ten
    found = False
    decimals = 0
    while pos < n:
        part = _read_arabic(text, s, pos)
        if part is None:
            part = _read_kanji_digits(s, pos)
        after = part.end if part is not None else pos
        exp = _SUB_UNITS.get(s[after]) if after < n else None
        if exp is None:
            if part is not None:
                total = _EXACT.add(total, part.value)
                decimals = part.decimals
                last_exp = 0
                pos = part.end
                found = True
            break
        if exp >= ceiling:
            raise ParseError(text, after, f"{s[after]!r} out of order")
        if part is not None and part.value >= 10:
            raise ParseError(
                text, after, f"{s[after]!r} takes a single digit before it"
            )
        coefficient = Decimal(1) if part is None else part.value
        total = _EXACT.add(total, coefficient.scaleb(exp, _EXACT))
        decimals = 0 if part is None else part.decimals
        last_exp = exp
        ceiling = exp
        pos = after + 1
        found = True
    if not found:
        return None
    return _Part(total, decimals, pos), last_exp


def _skip_spaces(s: str, pos: int) -> int:
    n = len(s)
    while pos < n and s[pos] in _SPACES:
        pos += 1
    return pos


_POWERS = {e: Decimal(1).scaleb(e) for e in range(-80, 81)}


def _power(exponent: int) -> Decimal:
    power = _POWERS.get(exponent)
    return Decimal(1).scaleb(exponent) if power is None else power


def resolution_of(value: Decimal, decimals: int, exponent: int) -> Decimal:
    """
    Place value of the last written digit of *value*, written with
    *decimals* digits after the point in a unit of ``10**exponent``.

    With decimals written, that is their last place; for a whole number,
    the place of its last non-zero digit (200 → 100, 55,000 → 1,000).

    >>> resolution_of(Decimal("201.7e9"), 1, 9)
    Decimal('1E+8')
    >>> resolution_of(Decimal("55000"), 0, 0)
    Decimal('1E+3')
    """
    if decimals:
        return _power(exponent - decimals)
    if not value:
        return _power(exponent)
    digits = str(int(value))
    return _power(len(digits) - len(digits.rstrip("0")))


def _read_english_scale(s: str, pos: int) -> tuple[int, int] | None:
    """
    An English scale word or abbreviation at *pos*: (exponent, end).
    """
    match = _SCALE_WORD().match(s, pos)
    if match is None:
        return None
    exponent = ENGLISH_SCALES.get(match.group().lower())
    return None if exponent is None else (exponent, match.end())


def _read_word_number(s: str, pos: int) -> tuple[int, int] | None:
    n = len(s)
    if pos >= n or not ("a" <= s[pos].lower() <= "z"):
        return None
    end = pos
    while end < n and end - pos <= 9 and s[end].isascii() and s[end].isalpha():
        end += 1
    number = _WORD_NUMBERS.get(s[pos:end].lower())
    if number is None or (end < n and s[end].isalpha()):
        return None
    return number, end


def read_numeral(text: str, s: str, pos: int) -> Numeral | None:
    """
    Read one numeral of normalized *s* (see `normalize`) at *pos*.

    *text* is the original input, quoted in errors. Returns None when no
    numeral starts at *pos*; raises `ParseError` when one starts but is
    malformed.

    >>> s = "1조 389억 원"
    >>> n = read_numeral(s, s, 0)
    >>> n.value, n.resolution, n.end
    (Decimal('1038900000000'), Decimal('1E+8'), 7)
    >>> s = "201.7 billion yen"
    >>> read_numeral(s, s, 0).resolution
    Decimal('1E+8')
    """
    start = pos
    n = len(s)
    word = _read_word_number(s, pos)
    if word is not None:
        value, pos = word
        after = _skip_spaces(s, pos)
        scale = _read_english_scale(s, after)
        exponent = 0
        if scale is not None and s[pos:after]:
            exponent, pos = scale
        return Numeral(
            Decimal(value).scaleb(exponent, _EXACT),
            Decimal(1).scaleb(exponent),
            start,
            pos,
        )
    group = _read_group(text, s, pos)
    if group is None:
        return None
    total = Decimal(0)
    last_unit: int | None = None
    decimals = 0
    exponent = 0
    while group is not None:
        part, sub_exp = group
        pos = part.end
        unit_exp = MYRIAD_UNITS.get(s[pos]) if pos < n else None
        if unit_exp is None:
            if last_unit is not None and part.value >= 10**4:
                raise ParseError(text, start, "a myriad group out of range")
            total = _EXACT.add(total, part.value)
            decimals, exponent = part.decimals, sub_exp
            break
        if last_unit is not None:
            if unit_exp >= last_unit:
                raise ParseError(text, pos, f"{s[pos]!r} out of order")
            if part.value >= 10**4:
                raise ParseError(text, start, "a myriad group out of range")
        if decimals:
            raise ParseError(text, start, "decimals before a smaller unit")
        total = _EXACT.add(total, part.value.scaleb(unit_exp, _EXACT))
        decimals, exponent = part.decimals, sub_exp + unit_exp
        last_unit = unit_exp
        pos += 1
        after = _skip_spaces(s, pos)
        group = _read_group(text, s, after)
    if last_unit is None:
        after = _skip_spaces(s, pos)
        scale = _read_english_scale(s, after)
        if scale is not None:
            scale_exp, pos = scale
            total = total.scaleb(scale_exp, _EXACT)
            exponent += scale_exp
    resolution = resolution_of(total, decimals, exponent)
    if int(total.as_tuple().exponent) > 0:
        total = Decimal(int(total))  # 201700000000, not 2.017E+11
    return Numeral(total, resolution, start, pos)


def parse_number(text: str) -> Decimal:
    """
    The exact value of a text that is one numeral with an optional sign.

    >>> parse_number("201.7bn")
    Decimal('201700000000')
    >>> parse_number("2017億")
    Decimal('201700000000')
    >>> parse_number("-1조 389억")
    Decimal('-1038900000000')
    >>> parse_number("二千十七億")
    Decimal('201700000000')

    Raises:
        ParseError: *text* is not exactly one numeral.
    """
    s = normalize(text)
    pos = _skip_spaces(s, 0)
    sign = 1
    if pos < len(s) and s[pos] in "+-":
        sign = -1 if s[pos] == "-" else 1
        pos += 1
    numeral = read_numeral(text, s, pos)
    if numeral is None:
        raise ParseError(
            text, pos, "no number" if pos >= len(s) else "not a number"
        )
    end = _skip_spaces(s, numeral.end)
    if end < len(s):
        raise ParseError(text, end, f"unexpected {s[end]!r}")
    return numeral.value if sign == 1 else -numeral.value
