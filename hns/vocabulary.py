"""
The words that qualify and classify figures, in English, Japanese and
Korean: hedges, one-sided words, percent and multiple markers, signs.

Both the one-figure reader (`hns.parse`) and the article audit use them.
"""

from __future__ import annotations

from decimal import Decimal

from hns.figures import Kind, Qualifier

__all__ = [
    "CURRENCY_PREFIXES",
    "FOLD_WORDS",
    "KIND_MARKERS",
    "MULTIPLE_WORDS",
    "PREFIX_QUALIFIERS",
    "SIGNS",
    "SUFFIX_QUALIFIERS",
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
}
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
CURRENCY_PREFIXES = ("us$", "jp¥", "$", "¥", "₩", "€", "£")
SIGNS = {"+": 1, "-": -1, "▲": -1, "△": -1}
