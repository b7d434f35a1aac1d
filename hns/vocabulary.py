"""
The words that qualify and classify figures, in English, Japanese and
Korean: hedges, one-sided words, percent and multiple markers, signs.

Both the one-figure reader (`hns.parse`) and the article audit use them.
"""

from __future__ import annotations

from decimal import Decimal

from hns._types import Kind, Qualifier

__all__ = [
    "CURRENCY_PREFIXES",
    "DATE_SUFFIXES",
    "FOLD_WORDS",
    "KIND_MARKERS",
    "KIND_SCALES",
    "MULTIPLE_WORDS",
    "NUMBER_WORDS",
    "POINT_WORDS",
    "PREFIX_QUALIFIERS",
    "RANGE_SUFFIXES",
    "RANGE_WORDS",
    "SIGNS",
    "SIGN_WORDS",
    "SPELLED_SCALES",
    "SUFFIX_QUALIFIERS",
    "YEAR_LABELS",
]

PREFIX_QUALIFIERS: dict[str, Qualifier] = {
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
SUFFIX_QUALIFIERS: dict[str, Qualifier] = {
    "程度": "about",
    "前後": "about",
    "가량": "about",
    "정도": "about",
    "안팎": "about",
    "超": "over",
    "を超える": "over",
    "を超え": "over",
    "を上回る": "over",
    "가 넘는": "over",
    "가 넘게": "over",
    "이 넘는": "over",
    "이 넘게": "over",
    "을 넘는": "over",
    "을 넘게": "over",
    "를 넘는": "over",
    "를 넘게": "over",
    "을 웃도는": "over",
    "를 웃도는": "over",
    "余り": "over",
    "以上": "at_least",
    "이상": "at_least",
    "以下": "at_most",
    "이하": "at_most",
    "未満": "under",
    "미만": "under",
}
KIND_MARKERS: dict[str, Kind] = {
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
    "割": "percent",
}
# Markers whose figure is its number times a factor in their kind: 3割 is
# 30% (to the nearest ten percent, as written).
KIND_SCALES: dict[str, int] = {"割": 10}
MULTIPLE_WORDS: dict[str, tuple[Decimal, Decimal]] = {
    "double": (Decimal(2), Decimal(1)),
    "twice": (Decimal(2), Decimal(1)),
    "triple": (Decimal(3), Decimal(1)),
    "treble": (Decimal(3), Decimal(1)),
    "thrice": (Decimal(3), Decimal(1)),
    "quadruple": (Decimal(4), Decimal(1)),
    "half": (Decimal("0.5"), Decimal("0.1")),
}
FOLD_WORDS = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5,
    "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9,
    "tenfold": 10,
}  # fmt: skip
# Symbols (and words) written before the number, lower-cased; each names a
# currency in `hns.currency`. Longer ones are tried first.
CURRENCY_PREFIXES = (
    "us$", "jp¥", "nt$", "hk$", "cn¥", "a$", "c$", "s$", "r$", "rmb",
    "krw", "jpy", "usd", "eur", "cny", "twd", "hkd", "gbp",
    "$", "¥", "₩", "€", "£",
)  # fmt: skip
SIGNS = {"+": 1, "-": -1, "▲": -1, "△": -1}
SIGN_WORDS = {"minus": -1, "마이너스": -1, "マイナス": -1}

# Numbers spelled out, as broadcast copy writes them ("five-point-four
# percent", "9-hundred-24-million dollars", "twenty-eight thousand").
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Spelled multipliers and their power of ten: "hundred" multiplies within
# a group, the others close one.
SPELLED_SCALES = {
    "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
}  # fmt: skip
POINT_WORDS = frozenset({"point"})

# Written right after a number, these make it a date, not a figure (day,
# month, hour), unless a duration word follows them (3日間, 3일간).
DATE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "日": ("間",),
    "일": ("간", "동안", "째"),
    "月": ("間",),
    "월": (),
    "時": ("間",),
    "시": ("간",),
}
# Written right after a number, these make it the label of a (fiscal)
# year: 令和2年度, 15年度, 20년도.
YEAR_LABELS = ("年度", "년도", " 회계연도", "회계연도")
# Written right after an amount (its currency, myriad unit or percent):
# "in the range of" (7조원대, 7千億円台, 1%대), unless followed by one of
# the strings listed (대비 "compared with", 台湾 "Taiwan").
RANGE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "대": ("비",),
    "台": ("湾",),
}
# Between the two ends of a range: "10~20억원", "10 to 20 billion yen"
# (also the tilde operator and the en dash).
RANGE_WORDS = ("~", "〜", "\u223c", "\u2013", "-", "to")
