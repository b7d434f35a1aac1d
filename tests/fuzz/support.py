"""
What the fuzz tests share: the settings profile, the oracle every call
goes through, strategies for valid, invalid and wrongly typed inputs, the
renderers of amounts as people write them, and the verdict and report
invariants.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from hns import Money
from hns.errors import HnsError
from hns.figures import Interval
from hns.verdicts import Verdict

T = TypeVar("T")

# ---------------------------------------------------------------------------
# Settings

EXAMPLES = int(os.environ.get("HNS_FUZZ_EXAMPLES", "200"))
"""
Examples per entry point: 200 by default (a few seconds in all), more for
a deep run with ``HNS_FUZZ_EXAMPLES=5000``.
"""

settings.register_profile(
    "hns-fuzz",
    max_examples=EXAMPLES,
    # Babel, pint and the ECB data load on first use; timing is checked by
    # the oracle (one second a call), not by Hypothesis's deadline.
    deadline=None,
    derandomize=False,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)
FUZZ = settings.get_profile("hns-fuzz")
"""
The fuzz profile, applied test by test (``@FUZZ``) so that the profile the
rest of the suite loads stays as it is.
"""


def fewer(divisor: int) -> settings:
    """
    The fuzz profile with a *divisor*-th of the examples (at least 20),
    for tests whose every example costs a whole article or file.
    """
    return settings(FUZZ, max_examples=max(20, EXAMPLES // divisor))


# ---------------------------------------------------------------------------
# The oracle every call goes through

SLOW = 1.0
"""
No single call may take longer than this many seconds.
"""


def _describe(
    fn: Callable[..., object],
    args: Sequence[object],
    kwargs: dict[str, Any],
) -> str:
    name = getattr(fn, "__qualname__", repr(fn))
    shown = [_short(a) for a in args]
    shown += [f"{key}={_short(value)}" for key, value in kwargs.items()]
    return f"{name}({', '.join(shown)})"


def _short(value: object) -> str:
    try:
        text = repr(value)
    except Exception:  # a 5000-digit int, an object whose repr fails
        text = f"<{type(value).__name__}>"
    return text if len(text) <= 80 else f"{text[:77]}..."


def call(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T | HnsError:
    """
    *fn* called with the arguments: its result, or the `HnsError` it
    raised. Any other exception propagates (annotated with the call), so
    that Hypothesis tells one defect from another by where it was raised;
    a call slower than `SLOW` fails.
    """
    start = time.perf_counter()
    outcome: T | HnsError
    try:
        outcome = fn(*args, **kwargs)
    except HnsError as err:
        outcome = err
    except Exception as err:
        err.add_note(
            f"fuzz oracle: {_describe(fn, args, kwargs)} raised"
            f" {type(err).__name__}, which is not an hns.errors.HnsError"
        )
        raise
    elapsed = time.perf_counter() - start
    assert elapsed < SLOW, (
        f"{_describe(fn, args, kwargs)} took {elapsed:.2f} s"
    )
    return outcome


def total(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """
    *fn* called with the arguments; it must not raise at all (an
    explanation, a ``to_dict``, a finder documented never to raise).
    """
    start = time.perf_counter()
    try:
        result = fn(*args, **kwargs)
    except Exception as err:
        err.add_note(
            f"fuzz oracle: {_describe(fn, args, kwargs)} must not raise,"
            f" but raised {type(err).__name__}"
        )
        raise
    elapsed = time.perf_counter() - start
    assert elapsed < SLOW, (
        f"{_describe(fn, args, kwargs)} took {elapsed:.2f} s"
    )
    return result


# ---------------------------------------------------------------------------
# Wrongly typed and extreme values

SPECIAL_DECIMALS = [
    Decimal("NaN"),
    Decimal("-NaN"),
    Decimal("sNaN"),
    Decimal("NaN123"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("1e999999"),
    Decimal("-1e999999"),
    Decimal("1e-999999"),
    Decimal("1e1000000000"),
    Decimal("1e30"),
    Decimal("1e31"),
    Decimal("-1e30"),
    Decimal("1e-30"),
    Decimal("1e-31"),
    Decimal("-0"),
    Decimal("0E-1000"),
    Decimal("0E+1000"),
    Decimal("9.999999999999999999999999999999E+30"),
    Decimal("1." + "0" * 100),
    Decimal("0." + "3" * 60),
]
HUGE_INTS = [2**64, -(2**63), 10**31, -(10**31), 10**100, 10**4000]
"""
Large ints Hypothesis can print; ints beyond 4300 digits, which even
``repr`` refuses, are fed by ``test_fuzz_huge``.
"""
ODD_STRINGS = [
    "",
    " ",
    "\t\n",
    "\ufeff",
    "\ufeff2017億円",
    "2017億円\ufeff",
    "\x00",
    "5\x00",
    "\x1b[31m5",
    "\u200b",
    "\u202e5 yen",
    "\ud800",
    "5\udfff yen",
    "٥",
    "٥٠٠ yen",
    "¥٥",
    "１２３",
    "２０１７億円",
    "𝟐𝟎𝟏𝟕 yen",
    "²",
    "½ yen",
    "Ⅻ",
    "1e999999",
    "1e-999999",
    "NaN",
    "sNaN",
    "-Infinity",
    "inf",
    "1_000",
    "0x10",
    "-0",
    "+-5",
    "1" * 41,
    "1" * 5000,
    "9" * 10_000,
    "億" * 3000,
    "1조 " * 2000,
    "a" * 10_000,
    "¥" * 5000,
    "about " * 1000,
    "🇯🇵",
    "e\u0301",
    "ſome",
    "K",
]


def decimals_anywhere() -> st.SearchStrategy[Decimal]:
    """
    Decimals of every kind: ordinary, tiny, huge, signed zero, NaN and
    sNaN, infinities.
    """
    return st.one_of(
        st.builds(
            lambda digits, exponent: Decimal(f"{digits}E{exponent}"),
            st.integers(),
            st.one_of(
                st.integers(-40, 40), st.integers(-1_100_000, 1_100_000)
            ),
        ),
        st.sampled_from(SPECIAL_DECIMALS),
    )


def odd_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """
    Texts of every sort: random Unicode (controls and surrogates too),
    the odd strings above, BOMs and controls glued to them.
    """
    return st.one_of(
        st.text(max_size=max_size),
        st.text(st.characters(exclude_categories=()), max_size=max_size),
        st.sampled_from(ODD_STRINGS),
        st.tuples(st.sampled_from(ODD_STRINGS[:20]), st.text(max_size=10)).map(
            "".join
        ),
    )


def junk() -> st.SearchStrategy[object]:
    """
    Values of every type a caller may pass by mistake.
    """
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.sampled_from(HUGE_INTS),
        st.floats(),
        st.sampled_from([float("nan"), float("inf"), -float("inf"), -0.0]),
        st.complex_numbers(max_magnitude=1e6),
        st.binary(max_size=20),
        st.just(bytearray(b"2017")),
        st.lists(st.integers(), max_size=3),
        st.tuples(st.integers(), st.integers()),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        st.sets(st.integers(), max_size=2),
        decimals_anywhere(),
        odd_text(),
        st.dates(),
        st.datetimes(),
        st.timedeltas(),
        st.just(object()),
        st.just(Money),
        st.just(Ellipsis),
    )


def maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[object]:
    """
    Mostly what *strategy* draws, sometimes anything at all.
    """
    return st.one_of(strategy, strategy, strategy, junk())


Arguments = tuple[tuple[object, ...], dict[str, object]]


def arguments(
    *positional: st.SearchStrategy[Any],
    **keyword: st.SearchStrategy[Any],
) -> st.SearchStrategy[Arguments]:
    """
    Positional arguments drawn from *positional*, and any subset of the
    keyword arguments drawn from *keyword*.
    """
    return st.tuples(
        st.tuples(*positional),
        st.fixed_dictionaries({}, optional=keyword),
    )


Entries = dict[str, tuple[Callable[..., object], st.SearchStrategy[Arguments]]]
"""
Entry points by name (``Money.round``, ``check_per_capita/stated_per``),
each with the strategy of the arguments it is called with.
"""


def families(entries: Entries) -> dict[str, list[str]]:
    """
    The entry points grouped by the class or function they belong to
    (``Money.round`` and ``Money.__add__`` are of ``Money``): each group
    is one entry point of the public API, fuzzed with the profile's number
    of examples.
    """
    groups: dict[str, list[str]] = {}
    for name in entries:
        family = name.split(".")[0].split("/")[0]
        groups.setdefault(family, []).append(name)
    return groups


def draw_call(
    data: st.DataObject, entries: Entries, names: list[str]
) -> tuple[Callable[..., object], tuple[object, ...], dict[str, object]]:
    """
    One of the entry points *names* and the arguments to call it with.
    """
    name = data.draw(st.sampled_from(names), label="entry point")
    fn, strategy = entries[name]
    args, kwargs = data.draw(strategy, label="arguments")
    return fn, args, kwargs


# ---------------------------------------------------------------------------
# Valid values

CODES = ["JPY", "KRW", "USD"]
"""
The first-class currencies, whose words hns reads in every language.
"""
OTHER_CODES = ["EUR", "GBP", "CNY", "TWD", "CHF", "XAU"]
"""
Other ISO codes hns accepts (babel knows them).
"""

currency_codes = st.sampled_from(CODES)
any_codes = st.one_of(
    st.sampled_from(CODES + OTHER_CODES),
    st.sampled_from(["jpy", " usd ", "KRW\n", "JP", "JPYY", "¥", "円", ""]),
)
"""
Currency codes as a caller may write them: known, lower-case, padded,
unknown.
"""
known_codes = st.sampled_from(CODES + OTHER_CODES)

amounts = st.builds(
    lambda coefficient, exponent: Decimal(coefficient).scaleb(exponent),
    st.integers(-(10**20), 10**20),
    st.integers(-8, 6),
)
"""
Amounts as written in budgets and news copy: up to 21 significant digits
and 8 decimals, below 10**27 (all well inside hns's range of 10**±30 and
its 40-digit numerals).
"""

positive_amounts = st.builds(
    lambda coefficient, exponent: Decimal(coefficient).scaleb(exponent),
    st.integers(1, 10**15),
    st.integers(-2, 6),
)

moneys = st.builds(Money, amounts, currency_codes)

dates = st.dates()
"""
Any day Python knows, 0001-01-01 to 9999-12-31: fiscal years and periods
near the ends must raise an HnsError, never overflow.
"""
recent_dates = st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31))


# ---------------------------------------------------------------------------
# Amounts as people write them


def plain(number: Decimal) -> str:
    """
    *number* in positional notation, never in exponent form.
    """
    return format(number, "f")


def grouped(number: Decimal) -> str:
    """
    *number* with thousands commas in its whole part: ``201,700,000``.
    """
    text = plain(number)
    whole, dot, fraction = text.partition(".")
    return f"{int(whole):,}{dot}{fraction}"


FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")

_EN_SCALES: dict[int, list[str]] = {
    3: ["thousand", "k", "K"],
    6: ["million", "mn", "mln", "m", "M"],
    9: ["billion", "bn", "bln", "b", "B", "Billion", "BN"],
    12: ["trillion", "tn", "trn", "t", "T"],
}
_EN_PREFIXES: dict[str, list[str]] = {
    "JPY": ["¥", "JP¥", "JPY ", "jpy ", "￥"],
    "KRW": ["₩", "KRW ", "￦"],
    "USD": ["$", "US$", "USD ", "＄"],
}
_EN_SUFFIXES: dict[str, list[str]] = {
    "JPY": [" yen", " Yen", " JPY"],
    "KRW": [" won", " KRW", " Won"],
    "USD": [" dollars", " dollar", " US dollars", " USD", " U.S. dollars"],
}
_HEDGES_EN = ["", "", "", "about ", "roughly ", "nearly ", "more than "]


@st.composite
def english_money(draw: st.DrawFn) -> tuple[str, Money]:
    """
    An amount as English copy writes it, and its exact value:
    ``¥201.7 billion``, ``201.7 billion yen``, ``193bn yen``, ``$8
    billion``, ``8 billion dollars``, ``US$1,234.5``, ``minus 5bn won``.
    """
    code = draw(currency_codes)
    whole = draw(st.integers(0, 999_999))
    decimals = draw(st.integers(0, 4))
    fraction = draw(st.integers(0, 10**decimals - 1)) if decimals else 0
    mantissa = Decimal(whole) + Decimal(fraction).scaleb(-decimals)
    mantissa = mantissa.quantize(Decimal(1).scaleb(-decimals))
    exponent = draw(st.sampled_from([0, 3, 6, 9, 12]))
    number = draw(st.sampled_from([plain, grouped]))(mantissa)
    if exponent:
        word = draw(st.sampled_from(_EN_SCALES[exponent]))
        space = " " if len(word) > 3 else draw(st.sampled_from(["", " "]))
        number += space + word
    negative = draw(st.booleans())
    hedge = draw(st.sampled_from(_HEDGES_EN))
    if draw(st.booleans()):
        prefix = draw(st.sampled_from(_EN_PREFIXES[code]))
        sign = draw(st.sampled_from(["-", "minus "])) if negative else ""
        text = f"{hedge}{sign}{prefix}{number}"
    else:
        suffix = draw(st.sampled_from(_EN_SUFFIXES[code]))
        sign = draw(st.sampled_from(["-", "minus "])) if negative else ""
        text = f"{hedge}{sign}{number}{suffix}"
    value = mantissa.scaleb(exponent)
    return text, Money(-value if negative else value, code)


_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety",
]  # fmt: skip


def spell(n: int, joiner: str = " ") -> str:
    """
    *n* (0 to 999) in English words: ``nine hundred twenty-four``.
    """
    hundreds, rest = divmod(n, 100)
    words = [f"{_ONES[hundreds]}{joiner}hundred"] if hundreds else []
    if rest or not hundreds:
        if rest < 20:
            words.append(_ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    return joiner.join(words)


_SPELLED_SCALES = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}
_SPELLED_CURRENCIES = {"JPY": " yen", "KRW": " won", "USD": " dollars"}


@st.composite
def spelled_money(draw: st.DrawFn) -> tuple[str, Money]:
    """
    An amount spelled out as broadcast copy writes it, and its value:
    ``eight billion dollars``, ``two billion five hundred million yen``,
    ``five-point-four trillion won``, ``9-hundred-24-million dollars``.
    """
    code = draw(currency_codes)
    joiner = draw(st.sampled_from([" ", "-"]))
    form = draw(st.sampled_from(["groups", "point", "digits"]))
    if form == "groups":
        # "two billion five hundred million", "twenty-eight thousand".
        scales = sorted(
            draw(
                st.lists(
                    st.sampled_from(sorted(_SPELLED_SCALES)),
                    min_size=1,
                    max_size=3,
                    unique=True,
                )
            ),
            reverse=True,
        )
        words = []
        value = Decimal(0)
        for exponent in scales:
            count = draw(st.integers(1, 999))
            scale = _SPELLED_SCALES[exponent]
            words.append(f"{spell(count, joiner)}{joiner}{scale}")
            value += Decimal(count).scaleb(exponent)
        number = joiner.join(words)
    else:
        exponent = draw(st.sampled_from(sorted(_SPELLED_SCALES)))
        scale = _SPELLED_SCALES[exponent]
        if form == "point":
            # "five-point-four billion".
            head, digit = draw(st.integers(0, 9)), draw(st.integers(1, 9))
            number = joiner.join([_ONES[head], "point", _ONES[digit], scale])
            group = Decimal(head) + Decimal(digit) / 10
        else:
            # "9-hundred-24-million": digits spelled on with hyphens.
            hundreds, rest = draw(st.integers(1, 9)), draw(st.integers(0, 99))
            middle = f"-{rest}" if rest else ""
            number = f"{hundreds}-hundred{middle}-{scale}"
            group = Decimal(hundreds * 100 + rest)
        value = group.scaleb(exponent)
    text = number + _SPELLED_CURRENCIES[code]
    return text, Money(value, code)


_KANJI_DIGITS = "〇一二三四五六七八九"
_KANJI_PLACES = ["", "十", "百", "千"]


def kanji(n: int, *, explicit_one: bool = False) -> str:
    """
    *n* (1 to 9999) in kanji numerals: ``二千十七``, ``千``, ``一千``.
    """
    out = []
    for place in (3, 2, 1, 0):
        digit = n // 10**place % 10
        if not digit:
            continue
        if digit == 1 and place and not explicit_one:
            out.append(_KANJI_PLACES[place])
        else:
            out.append(_KANJI_DIGITS[digit] + _KANJI_PLACES[place])
    return "".join(out)


def myriad_groups(n: int) -> list[tuple[int, int]]:
    """
    The non-zero myriad groups of *n* (below 10**20): (coefficient, power
    of ten), largest first; [(0, 0)] for zero.
    """
    groups = []
    for power in (16, 12, 8, 4, 0):
        coefficient, n = divmod(n, 10**power)
        if coefficient:
            groups.append((coefficient, power))
    return groups or [(0, 0)]


_JA_UNITS = {16: ["京"], 12: ["兆"], 8: ["億"], 4: ["万", "萬"], 0: [""]}
_KO_UNITS = {16: ["경"], 12: ["조"], 8: ["억"], 4: ["만"], 0: [""]}
_JA_CURRENCIES = {"JPY": ["円"], "USD": ["ドル", "米ドル"], "KRW": ["ウォン"]}
_KO_CURRENCIES = {
    "JPY": ["엔", "엔화"],
    "USD": ["달러"],
    "KRW": ["원", "원화"],
}
_JA_BEFORE = ["", "", "", "約", "およそ"]
_JA_AFTER = ["", "", "", "程度", "前後", "超", "余り", "以上", "未満"]
_KO_BEFORE = ["", "", "", "약 ", "대략 "]
_KO_AFTER = ["", "", "", " 가량", " 정도", " 이상", " 미만", "가량"]


@st.composite
def myriad_number(draw: st.DrawFn, language: str) -> tuple[str, Decimal]:
    """
    A number in myriad units as Japanese or Korean copy writes it, its
    value (``2017億``, ``1조 389억``,
    ``二千十七億``, ``8천695억``, ``9천 602억``, ``2.15조``, ``123만4567.89``).
    """
    units = _JA_UNITS if language == "ja" else _KO_UNITS
    if draw(st.integers(0, 4)) == 0:
        # One unit with decimals: 201.7億, 2.15조.
        power = draw(st.sampled_from([4, 8, 12]))
        decimals = draw(st.integers(1, 3))
        mantissa = Decimal(draw(st.integers(1, 99_999))).scaleb(-decimals)
        unit = draw(st.sampled_from(units[power]))
        return f"{plain(mantissa)}{unit}", mantissa.scaleb(power)
    whole = draw(st.integers(0, 10**20 - 1))
    cents = draw(st.sampled_from([0, 0, 0, 5, 25, 99]))
    groups = myriad_groups(whole)
    spaced = language == "ko" and draw(st.booleans())
    style = draw(st.sampled_from(["arabic", "arabic", "native", "wide"]))
    pieces = []
    for coefficient, power in groups:
        if style == "native" and coefficient:
            written = (
                kanji(coefficient, explicit_one=draw(st.booleans()))
                if language == "ja"
                else korean_group(draw, coefficient)
            )
        else:
            written = str(coefficient)
        pieces.append(written + draw(st.sampled_from(units[power])))
    value = Decimal(whole)
    last_power = groups[-1][1]
    if cents and last_power == 0 and style != "native":
        pieces[-1] += f".{cents:02d}"
        value += Decimal(cents) / 100
    text = (" " if spaced else "").join(pieces)
    if style == "wide":
        text = text.translate(FULL_WIDTH)
    return text, value


def korean_group(draw: st.DrawFn, coefficient: int) -> str:
    """
    A Korean myriad group with 천 (and 백) written: ``8천695``, ``9천 602``,
    ``2천5백``; plain digits below a thousand.
    """
    thousands, rest = divmod(coefficient, 1000)
    if not thousands:
        return str(coefficient)
    head = f"{thousands}천"
    if not rest:
        return head
    hundreds, below = divmod(rest, 100)
    if hundreds and not below and draw(st.booleans()):
        return f"{head}{hundreds}백"
    return head + draw(st.sampled_from(["", " "])) + str(rest)


@st.composite
def japanese_money(draw: st.DrawFn) -> tuple[str, Money]:
    """
    An amount as Japanese copy writes it, and its value: ``2017億円``,
    ``1兆551億円``, ``二千十七億円``, ``約２０１７億円``, ``▲5億円``.
    """
    code = draw(currency_codes)
    number, value = draw(myriad_number("ja"))
    negative = draw(st.booleans())
    sign = (
        draw(st.sampled_from(["-", "▲", "△", "マイナス"])) if negative else ""
    )
    # One hedge at most: before the number or after the currency.
    before = draw(st.sampled_from(_JA_BEFORE))
    after = "" if before else draw(st.sampled_from(_JA_AFTER))
    currency = draw(st.sampled_from(_JA_CURRENCIES[code]))
    text = f"{before}{sign}{number}{currency}{after}"
    return text, Money(-value if negative else value, code)


@st.composite
def korean_money(draw: st.DrawFn) -> tuple[str, Money]:
    """
    An amount as Korean copy writes it, and its value: ``1조 389억 원``,
    ``1조389억원``, ``8천695억 원``, ``약 2조1500억원``, ``2.15조 원``.
    """
    code = draw(currency_codes)
    number, value = draw(myriad_number("ko"))
    negative = draw(st.booleans())
    sign = draw(st.sampled_from(["-", "마이너스 "])) if negative else ""
    # One hedge at most: before the number or after the currency.
    before = draw(st.sampled_from(_KO_BEFORE))
    after = "" if before else draw(st.sampled_from(_KO_AFTER))
    currency = draw(st.sampled_from(_KO_CURRENCIES[code]))
    space = draw(st.sampled_from(["", " "]))
    text = f"{before}{sign}{number}{space}{currency}{after}"
    return text, Money(-value if negative else value, code)


written_money = st.one_of(
    english_money(), spelled_money(), japanese_money(), korean_money()
)
"""
(text, value) of an amount written in English, Japanese or Korean.
"""

percents = st.builds(
    lambda n, d, sign, marker: f"{sign}{plain(Decimal(n).scaleb(-d))}{marker}",
    st.integers(0, 99_999),
    st.integers(0, 3),
    st.sampled_from(["", "-", "+"]),
    st.sampled_from(["%", " percent", "%p", " percentage points", "％"]),
)
multiples = st.one_of(
    st.builds(
        lambda n, marker: f"{plain(n)}{marker}",
        st.integers(0, 100_000).map(lambda n: Decimal(n).scaleb(-2)),
        st.sampled_from([" times", "倍", "배", "-fold"]),
    ),
    st.sampled_from(
        ["four times", "double", "half", "twice", "tenfold", "over 4 times"]
    ),
)
counts = st.one_of(
    st.integers(0, 10**9).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.integers(0, 10**6).map(lambda n: f"about {n:,}"),
)
EDGE_FIGURES = [
    "0 yen", "0円", "0 won", "$0", "more than 0 yen", "0円超", "0원 이상",
    "under 0 won", "about 0 dollars", "nearly 0%", "0%", "-0%", "0.0%",
    "-100%", "-1%", "0%p", "0 times", "more than 0 times", "0倍", "0",
    "over 0", "at most 0", "-0", "-100 yen", "minus 5 yen", "0.00001 yen",
    "1 yen", "9999경 엔", "1,000,000,000,000,000,000,000,000,000 yen",
    "0.000000000000000000000000000001 dollars",
]  # fmt: skip
"""
Figures at the edges: zero (also one-sided, "more than 0"), negative,
tiny and huge.
"""
figure_texts = st.one_of(
    written_money.map(lambda pair: pair[0]),
    percents,
    multiples,
    counts,
    st.sampled_from(EDGE_FIGURES),
)
"""
Texts of one figure of every kind: money, percents, points, multiples and
counts, hedged or not, and figures at the edges.
"""


_FIGURE_PIECES = [
    " ", "  ", "\t", "\n", "about ", "約", "약 ", "more than ", "some ",
    "under ", "-", "+", "▲", "minus ", "$", "US$", "¥", "₩", "JP¥", "€",
    "£", "₹", "0", "1", "2", "5", "9", "17", "201", "2017", ",", ",000",
    ",126", ".", ".7", ".15", "k", "m", "bn", "B", "billion", "trillion",
    " billion", " hundred", "-point-", "four", "twenty", "万", "億", "兆",
    "京", "조", "억", "만", "경", "천", "千", "百", "十", "二", "〇", "1조",
    "389억", " 1260억", "円", "원", "엔", " won", " yen", " dollars",
    "ドル", "달러", "ウォン", "程度", "가량", " 이상", "超", "未満", "KRW",
    "usd", "XYZ", "%", "%p", " percent", " points", " times", "倍", "배",
    "대", "台", "~", "〜", "–", "0000", "99999999999999", "ｙｅｎ", "．５",
    "５", "٥", "\ufeff", "\x00", "\u200b", "é", "ſome", "K", "e5", "E",
    "NaN", "inf", "double", "half", "fourfold",
]  # fmt: skip
figure_ish = st.lists(st.sampled_from(_FIGURE_PIECES), max_size=8).map("".join)
"""
Texts assembled from the pieces figures are made of: mostly near misses.
"""
texts = st.one_of(figure_ish, figure_texts, odd_text())
"""
Any text a reader of figures may be given.
"""


# ---------------------------------------------------------------------------
# Invariants

STATUSES = frozenset({"consistent", "inconsistent", "undetermined"})


def check_verdict(verdict: object) -> None:
    """
    What every verdict promises: a known status, an explanation and a
    JSON-ready dict, and a status that agrees with its intervals (a
    consistent claim's stated and recomputed intervals meet, an
    inconsistent one's do not); every diagnosis is a consistent reading.
    """
    assert isinstance(verdict, Verdict), verdict
    assert verdict.status in STATUSES
    assert isinstance(total(verdict.explain), str)
    data = total(verdict.to_dict)
    assert isinstance(data, dict)
    total(json.dumps, data)
    stated, recomputed = verdict.stated, verdict.recomputed
    if stated is not None and recomputed is not None:
        assert isinstance(stated, Interval)
        assert isinstance(recomputed, Interval)
        meet = total(stated.overlaps, recomputed)
        if verdict.status == "consistent":
            assert meet, f"consistent, yet {stated} misses {recomputed}"
        if verdict.status == "inconsistent":
            assert not meet, f"inconsistent, yet {stated} meets {recomputed}"
    for diagnosis in verdict.diagnoses:
        assert isinstance(total(diagnosis.explain), str)
        total(json.dumps, total(diagnosis.to_dict))
        assert diagnosis.verdict.status == "consistent"


def check_span(start: object, end: object, text: str) -> None:
    """
    A span of *text*: whole indices, in order, inside it.
    """
    assert isinstance(start, int)
    assert isinstance(end, int)
    assert 0 <= start <= end <= len(text), (start, end, len(text))
