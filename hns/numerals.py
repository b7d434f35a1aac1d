"""
Numerals as people write them: digits with separators (full-width too),
English scale words and abbreviations, Japanese and Korean myriad units,
kanji numerals, and mixed myriad numbers such as ``1조 389억``.

Reading is a single left-to-right pass: linear in the input, whatever it
holds. Every result keeps the place value of its last written digit (its
*resolution*), which checks need to know how a figure was rounded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, NamedTuple

from hns import _regex
from hns._decimal import EXACT
from hns.errors import ParseError
from hns.vocabulary import NUMBER_WORDS, POINT_WORDS, SPELLED_SCALES

__all__ = [
    "ENGLISH_SCALES",
    "MAX_DIGITS",
    "MYRIAD_UNITS",
    "NUMERAL_CHARACTERS",
    "Numeral",
    "alternation",
    "hedged_resolution",
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


def alternation(words: Iterable[str]) -> str:
    """
    The words as one regular expression, longest first, built as a trie
    (one branch per first character) so that matching costs the length of
    the text, not its length times the number of words.

    >>> alternation(("up", "upper", "rose"))
    '(?:(?:rose|up(?:per)?))'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_branch(trie)})" if trie else "(?!)"


def _branch(node: dict[str, Any]) -> str:
    # The regular expression of a trie node: longer continuations first,
    # the word that ends here last.
    ends = "" in node
    parts = [
        re.escape(char) + _branch(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{joined})?" if ends else joined


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
        return _regex.compile(pattern, flags)

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
_DIGITS = frozenset("0123456789")
NUMERAL_CHARACTERS = frozenset({*MYRIAD_UNITS, *_SUB_UNITS, *_KANJI_DIGITS})
"""
The characters besides 0-9 that a numeral may be written with (万, 천, 二).
"""
_SPACES = frozenset(" \t\n\r")
# What may follow a unit written after a space ("1 조원", "2천 억원",
# "5 万人"): a letter outside this set means the unit character begins a
# word instead (천안함, 조사, 千葉).
_AFTER_SPACED_UNIT = frozenset(
    "만萬万억億조兆경京천千백百십十원円엔달ド명人개%"
)


def normalize(text: str) -> str:
    """
    Fold full-width forms, odd spaces and minus signs to plain ones,
    keeping every character's position.

    >>> normalize("２０１７億円　約")
    '2017億円 約'
    """
    given: object = text  # callers may pass anything
    if given.__class__ is not str and not isinstance(given, str):
        shown = repr(given)[:60]
        raise ParseError(
            shown, 0, f"expected text (str), not {type(given).__name__}"
        )
    if text.isascii():
        return text
    # Substituting the few characters found beats translating them all;
    # most texts have none, and a search finds that faster than sub.
    needs = _needs_normalizing()
    if needs.search(text) is None:
        return text
    return needs.sub(_normalized, text)


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


_ARABIC = lazy_pattern(
    # Thousands groups after a comma, or after a space ("1 000 000"): a
    # spaced group needs a head of at most three digits and three digits
    # in every group, and no further digits after a space.
    r"(?:([0-9]{1,3})((?: [0-9]{3}){1,13})(?![0-9]| [0-9])"
    r"|([0-9]+)((?:,[0-9]{3})*))(?:\.([0-9]+))?"
)
_AFTER_ARABIC = lazy_pattern(r"[,.][0-9]|\.\.")


def _read_arabic(text: str, s: str, pos: int) -> _Part | None:
    """
    Digits with optional thousands separators and decimals, or None.
    """
    match = _ARABIC().match(s, pos)
    if match is None:
        return None
    spaced_head, spaced, head, groups, fraction = match.groups()
    if spaced:
        head, groups = spaced_head, spaced.replace(" ", ",")
    end = match.end()
    if groups and len(head) > 3:
        raise ParseError(
            text,
            pos + len(head),
            "a thousands separator must separate groups of 3",
        )
    if groups and head.startswith("0"):
        raise ParseError(
            text, pos, "a number with thousands separators starts with 0"
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


def _gap(s: str, pos: int) -> int:
    # The space people put inside one number: at most two spaces or tabs
    # ("9천 602억", "1 조원"), never a line break.
    end = pos
    n = len(s)
    while end < n and end - pos < 2 and s[end] in " \t":
        end += 1
    return end


def _spaced_unit_at(s: str, pos: int, units: dict[str, int]) -> int | None:
    """
    Where a unit of *units* stands after a gap at *pos*, if it reads as a
    unit there (not as the first letter of a word).
    """
    at = _gap(s, pos)
    if at == pos or at >= len(s) or s[at] not in units:
        return None
    follow = at + 1
    if (
        follow < len(s)
        and s[follow].isalpha()
        and s[follow] not in _AFTER_SPACED_UNIT
    ):
        return None
    return at


def _read_group(text: str, s: str, pos: int) -> tuple[_Part, int] | None:
    """
    One myriad group's coefficient: ``2017``, ``二千十七``, ``2천5백``,
    ``9천 602``, ``2 천``.

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
        if exp is None and part is not None:
            spaced = _spaced_unit_at(s, after, _SUB_UNITS)
            if spaced is not None:
                after, exp = spaced, _SUB_UNITS[s[spaced]]
        if exp is None:
            if part is not None and not (found and part.value >= 10**ceiling):
                total = EXACT.add(total, part.value)
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
        total = EXACT.add(total, coefficient.scaleb(exp, EXACT))
        decimals = 0 if part is None else part.decimals
        last_exp = exp
        ceiling = exp
        pos = after + 1
        found = True
        # The rest of the group may follow a space: "9천 602".
        rest = _gap(s, pos)
        if rest > pos and rest < n and s[rest] in _DIGITS:
            part = _read_arabic(text, s, rest)
            if (
                part is not None
                and part.value < 10**ceiling
                and not part.decimals
                and (part.end >= n or s[part.end] not in _SUB_UNITS)
            ):
                total = EXACT.add(total, part.value)
                last_exp = 0
                pos = part.end
            break
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

    With decimals written, that is their last place. A round number of one
    or two significant digits written with a scale word (billion, 억, 兆)
    means that many units of the scale: "800 billion" and "50조원" without
    a hedge are read to one billion and one 조 (a hedge widens them again,
    see `hedged_resolution`). Otherwise a whole number stands for its
    last non-zero digit: 55,000 → 1,000, and "2조 1260억" → 10억, whose
    trailing zero after three significant digits is likely rounding.

    >>> resolution_of(Decimal("201.7e9"), 1, 9)
    Decimal('1E+8')
    >>> resolution_of(Decimal("800e9"), 0, 9)
    Decimal('1E+9')
    >>> resolution_of(Decimal("55000"), 0, 0)
    Decimal('1E+3')
    """
    if decimals:
        return _power(exponent - decimals)
    if not value:
        return _power(exponent)
    digits = str(int(value))
    significant = digits.rstrip("0")
    zeros = len(digits) - len(significant)
    if exponent > 0 and len(significant.lstrip("-")) <= 2:
        return _power(min(zeros, exponent))
    return _power(zeros)


def hedged_resolution(value: Decimal, resolution: Decimal) -> Decimal:
    """
    The resolution of a hedged figure (``about``, ``약``, ``約``): one unit
    of its last non-zero digit when that is coarser than what was written,
    but never more than a fifth of the value ("roughly ¥200 billion" is 160
    to 240 billion; "100억엔 정도" 80 to 120억엔, not 0 to 200).

    >>> hedged_resolution(Decimal("200e9"), Decimal("1e9"))
    Decimal('4.0E+10')
    >>> hedged_resolution(Decimal("1e12"), Decimal("1e12"))
    Decimal('5E+11')
    >>> hedged_resolution(Decimal("8e9"), Decimal("1e9"))
    Decimal('1E+9')
    >>> hedged_resolution(Decimal("2.5e12"), Decimal("1e11"))
    Decimal('1E+11')
    >>> hedged_resolution(Decimal("1.5"), Decimal("0.1"))
    Decimal('0.1')
    """
    if not value:
        return resolution
    last = int(value.normalize().as_tuple().exponent)
    place = max(Decimal(1).scaleb(last), resolution)
    # Never tighter than the figure unhedged (± half its resolution).
    return max(resolution / 2, min(place, abs(value) / 5))


def _read_english_scale(s: str, pos: int) -> tuple[int, int] | None:
    """
    An English scale word or abbreviation at *pos*: (exponent, end).
    """
    match = _SCALE_WORD().match(s, pos)
    if match is None:
        return None
    exponent = ENGLISH_SCALES.get(match.group().lower())
    return None if exponent is None else (exponent, match.end())


_SPELLED_TOKEN = lazy_pattern(
    r"[A-Za-z]{1,12}(?![A-Za-z])|[0-9]{1,15}(?![0-9]|[.,][0-9])"
)
# Digits spelled on with a hyphen: "9-hundred", "28-thousand", "1-point-5".
_DIGITS_THEN_WORD = lazy_pattern(
    "[0-9]{1,15}-(?:"
    + "|".join(sorted([*SPELLED_SCALES, *POINT_WORDS], key=len, reverse=True))
    + ")(?![A-Za-z])",
    re.IGNORECASE,
)
_MAX_TOKENS = 24  # a spelled number is short; this keeps reading linear


class _Token(NamedTuple):
    kind: str  # unit, tens, digits, hundred, scale, point
    value: int
    end: int
    digits: str = ""


class _Tokens:
    """
    The number words and digit runs from a position, one hyphen or space
    apart, read only as far as the grammar asks: linear in the text.
    """

    def __init__(self, s: str, pos: int) -> None:
        self._s = s
        self._next: int | None = pos
        self._read: list[_Token] = []

    def __getitem__(self, i: int) -> _Token | None:
        while len(self._read) <= i and self._next is not None:
            self._advance()
        return self._read[i] if i < len(self._read) else None

    def _advance(self) -> None:
        s, pos = self._s, self._next
        assert pos is not None
        self._next = None
        match = _SPELLED_TOKEN().match(s, pos)
        if match is None or len(self._read) >= _MAX_TOKENS:
            return
        word = match.group()
        if word[0] in _DIGITS:
            token = _Token("digits", int(word), match.end(), word)
        else:
            key = word.lower()
            if key in NUMBER_WORDS:
                value = NUMBER_WORDS[key]
                kind = "tens" if value >= 20 else "unit"
                token = _Token(kind, value, match.end())
            elif key in SPELLED_SCALES:
                value = SPELLED_SCALES[key]
                kind = "hundred" if value == 2 else "scale"
                token = _Token(kind, value, match.end())
            elif key in POINT_WORDS:
                token = _Token("point", 0, match.end())
            else:
                return
        self._read.append(token)
        end = match.end()
        if end + 1 < len(s) and s[end] in "- ":
            self._next = end + 1


def _spelled_small(tokens: _Tokens, i: int) -> tuple[int, int] | None:
    # Below a hundred: "24", "twenty-eight", "seven".
    token = tokens[i]
    if token is None:
        return None
    if token.kind in ("digits", "unit"):
        return token.value, i + 1
    if token.kind != "tens":
        return None
    unit = tokens[i + 1]
    if unit is not None and unit.kind == "unit" and 0 < unit.value < 10:
        return token.value + unit.value, i + 2
    return token.value, i + 1


def _spelled_group(tokens: _Tokens, i: int) -> tuple[int, int] | None:
    # A group below a scale word: "nine hundred twenty-four", "9-hundred-24".
    small = _spelled_small(tokens, i)
    if small is None:
        return None
    value, i = small
    hundred = tokens[i]
    if hundred is not None and hundred.kind == "hundred" and 0 < value < 100:
        value, i = value * 100, i + 1
        rest = _spelled_small(tokens, i)
        if rest is not None and rest[0] < 100:
            value, i = value + rest[0], rest[1]
    return value, i


def _spelled_fraction(tokens: _Tokens, i: int) -> tuple[str, int]:
    # After "point": one run of digits, or digit words one by one.
    token = tokens[i]
    if token is not None and token.kind == "digits":
        return token.digits, i + 1
    digits = ""
    while token is not None and token.kind == "unit" and token.value <= 9:
        digits += str(token.value)
        i += 1
        token = tokens[i]
    return digits, i


def _read_spelled(s: str, pos: int) -> Numeral | None:
    """
    A number spelled out, with or without digits: ``five-point-four``,
    ``9-hundred-24-million``, ``twenty-eight thousand``, ``one-point-25
    trillion``. Its resolution is that of its last written word or digit.
    """
    if pos >= len(s):
        return None
    first = s[pos]
    if first in _DIGITS:
        if _DIGITS_THEN_WORD().match(s, pos) is None:
            return None
    elif not ("a" <= first <= "z" or "A" <= first <= "Z"):
        return None
    tokens = _Tokens(s, pos)
    total = Decimal(0)
    end: int | None = None
    upper = 99  # the next scale word must be below this power of ten
    decimals = exponent = 0
    i = 0
    while True:
        group = _spelled_group(tokens, i)
        if group is None:
            break
        value, j = group
        fraction = ""
        point = tokens[j]
        if point is not None and point.kind == "point":
            fraction, k = _spelled_fraction(tokens, j + 1)
            if fraction:
                j = k
        number = Decimal(f"{value}.{fraction}" if fraction else value)
        scale = tokens[j]
        if scale is not None and scale.kind == "scale":
            if scale.value >= upper:
                break
            upper = exponent = scale.value
            total = EXACT.add(total, number.scaleb(upper, EXACT))
            decimals, end, i = len(fraction), scale.end, j + 1
            if fraction:
                break
            continue
        if end is not None and (fraction or value >= 10**upper):
            break
        last = tokens[j - 1]
        assert last is not None
        total = EXACT.add(total, number)
        decimals, exponent, end = len(fraction), 0, last.end
        break
    if end is None:
        return None
    resolution = resolution_of(total, decimals, exponent)
    if int(total.as_tuple().exponent) > 0:
        total = Decimal(int(total))
    return Numeral(total, resolution, pos, end)


def _read_english_scales(
    s: str, pos: int, total: Decimal, exponent: int
) -> tuple[Decimal, int, int]:
    """
    After an English scale word, smaller ones, each with its digits:
    ``12 billion 500 million``. Returns (total, exponent, end).
    """
    while True:
        at = _gap(s, pos)
        digits = _SCALE_DIGITS().match(s, at)
        if at == pos or digits is None:
            break
        after = _gap(s, digits.end())
        scale = _SCALE_WORD().match(s, after)
        if after == digits.end() or scale is None:
            break
        smaller = SPELLED_SCALES.get(scale.group().lower())
        if smaller is None or smaller < 3 or smaller >= exponent:
            break
        addend = Decimal(digits.group()).scaleb(smaller, EXACT)
        total = EXACT.add(total, addend)
        exponent, pos = smaller, scale.end()
    return total, exponent, pos


_SCALE_DIGITS = lazy_pattern(r"[0-9]{1,3}(?![0-9.,])")


def _continues(
    text: str, s: str, pos: int, last_unit: int, decimals: int
) -> tuple[_Part, int] | None:
    """
    In running text, the group after a space joins the number only if it
    continues it: a smaller myriad unit follows it ("1조 389억"), or it
    holds the ones after 만 ("4만 5779"). Else the number ends before the
    space ("2017億 2018億" is two figures).
    """
    try:
        group = _read_group(text, s, pos)
    except ParseError:
        return None
    if group is None or decimals or group[0].value >= 10**4:
        return None
    end, n = group[0].end, len(s)
    unit = s[end] if end < n and s[end] in MYRIAD_UNITS else None
    if unit is None:
        spaced = _spaced_unit_at(s, end, MYRIAD_UNITS)
        unit = None if spaced is None else s[spaced]
    if unit is None:
        return group if last_unit == 4 and not group[0].decimals else None
    return group if MYRIAD_UNITS[unit] < last_unit else None


# The plainest numerals, read by one regular expression: digits (with
# thousands commas), decimals, at most one myriad unit, and then nothing
# that could carry the numeral on (a digit, separator, space, unit, hyphen
# or letter). Everything else goes the long way; both read the same.
_PLAIN = lazy_pattern(
    r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,30})(?:\.([0-9]{1,9}))?"
    f"([{''.join(MYRIAD_UNITS)}])?"
    f"(?![0-9.,\\s\\-A-Za-z{''.join(MYRIAD_UNITS)}"
    f"{''.join(_SUB_UNITS)}{''.join(_KANJI_DIGITS)}])"
)


def _plain_numeral(match: re.Match[str]) -> Numeral:
    head, fraction, unit = match.groups()
    literal = head.replace(",", "")
    if fraction:
        literal = f"{literal}.{fraction}"
    total = Decimal(literal)
    exponent = 0
    if unit:
        exponent = MYRIAD_UNITS[unit]
        total = total.scaleb(exponent, EXACT)
    decimals = len(fraction) if fraction else 0
    resolution = resolution_of(total, decimals, exponent)
    if int(total.as_tuple().exponent) > 0:
        total = Decimal(int(total))
    return Numeral(total, resolution, match.start(), match.end())


# A plain number and an English scale word after it ("2017 billion",
# "2.5tn"): the commonest figure of English copy, read without the
# general reader (running text only, where at most two spaces or tabs may
# stand between them).
_SCALED = lazy_pattern(
    r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,30})(?:\.([0-9]{1,9}))?"
    r"[ \t]{0,2}([A-Za-z]{1,8})(?![A-Za-z])"
)


def _scaled_numeral(s: str, pos: int) -> Numeral | None:
    # What the general reader makes of a number and its scale word, or
    # None when *pos* holds something else.
    match = _SCALED().match(s, pos)
    if match is None:
        return None
    head, fraction, word = match.groups()
    scale = ENGLISH_SCALES.get(word.lower())
    if scale is None:
        return None
    literal = head.replace(",", "")
    if literal != head and head.startswith("0"):
        return None  # "0,126 billion": the general reader refuses it
    decimals = len(fraction) if fraction else 0
    number = Decimal(f"{literal}.{fraction}" if fraction else literal)
    total = number.scaleb(scale, EXACT)
    exponent, end = scale, match.end()
    if not decimals:
        total, exponent, end = _read_english_scales(s, end, total, exponent)
    resolution = resolution_of(total, decimals, exponent)
    if int(total.as_tuple().exponent) > 0:
        total = Decimal(int(total))
    return Numeral(total, resolution, pos, end)


def read_numeral(
    text: str, s: str, pos: int, *, strict: bool = True
) -> Numeral | None:
    """
    Read one numeral of normalized *s* (see `normalize`) at *pos*.

    *text* is the original input, quoted in errors. Returns None when no
    numeral starts at *pos*; raises `ParseError` when one starts but is
    malformed. With *strict* False (running text), a group after a space
    that does not continue the number ends it instead of being an error.

    >>> s = "1조 389억 원"
    >>> n = read_numeral(s, s, 0)
    >>> n.value, n.resolution, n.end
    (Decimal('1038900000000'), Decimal('1E+8'), 7)
    >>> s = "201.7 billion yen"
    >>> read_numeral(s, s, 0).resolution
    Decimal('1E+8')
    >>> s = "2017億 2018億"
    >>> read_numeral(s, s, 0, strict=False).end
    5
    >>> s = "9-hundred-24-million dollars"
    >>> read_numeral(s, s, 0).value
    Decimal('924000000')
    """
    if pos < len(s) and s[pos] in _DIGITS:
        plain = _PLAIN().match(s, pos)
        if plain is not None:
            return _plain_numeral(plain)
    spelled = _read_spelled(s, pos)
    if spelled is not None:
        return spelled
    if not strict:
        scaled = _scaled_numeral(s, pos)
        if scaled is not None:
            return scaled
    start = pos
    n = len(s)
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
        at = pos
        unit_exp = MYRIAD_UNITS.get(s[pos]) if pos < n else None
        if unit_exp is None:
            spaced = _spaced_unit_at(s, pos, MYRIAD_UNITS)
            if spaced is not None:
                at, unit_exp = spaced, MYRIAD_UNITS[s[spaced]]
        if unit_exp is None:
            if last_unit is not None and part.value >= 10**4:
                raise ParseError(text, start, "a myriad group out of range")
            total = EXACT.add(total, part.value)
            decimals, exponent = part.decimals, sub_exp
            break
        if last_unit is not None:
            if unit_exp >= last_unit:
                raise ParseError(text, at, f"{s[at]!r} out of order")
            if part.value >= 10**4:
                raise ParseError(text, start, "a myriad group out of range")
        if decimals:
            raise ParseError(text, start, "decimals before a smaller unit")
        total = EXACT.add(total, part.value.scaleb(unit_exp, EXACT))
        decimals, exponent = part.decimals, sub_exp + unit_exp
        last_unit = unit_exp
        pos = at + 1
        after = _skip_spaces(s, pos) if strict else _gap(s, pos)
        if strict or after == pos:
            group = _read_group(text, s, after)
        else:
            group = _continues(text, s, after, last_unit, decimals)
    if last_unit is None:
        after = _skip_spaces(s, pos) if strict else _gap(s, pos)
        scale = _read_english_scale(s, after)
        if scale is not None:
            scale_exp, pos = scale
            total = total.scaleb(scale_exp, EXACT)
            exponent += scale_exp
            if not decimals:
                total, exponent, pos = _read_english_scales(
                    s, pos, total, exponent
                )
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
