"""
Fuzzing the checks: every `check_*` of `hns.checks` (and
`check_rates_agree`, `implied_rate`) on figures, amounts, numbers, texts
and wrongly typed values, with the invariants of the verdicts they return;
and claims built to hold, which must be found consistent.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import (
    JAPAN,
    KOREA,
    Figure,
    FiscalYear,
    Interval,
    Money,
    Verdict,
    check_average,
    check_change,
    check_conversion,
    check_level,
    check_per_capita,
    check_ratio,
    check_share,
    check_total,
)
from hns.checks import check_rates_agree, implied_rate
from hns.data import japan_hns, korea_sma
from hns.fx import EcbRates, FixedRates
from tests.fuzz.support import (
    CODES,
    FUZZ,
    Entries,
    amounts,
    arguments,
    call,
    check_verdict,
    dates,
    decimals_anywhere,
    draw_call,
    families,
    figure_texts,
    junk,
    maybe,
    moneys,
    positive_amounts,
    recent_dates,
)


def _parsed(text: str) -> Figure | None:
    figure = call(Figure.parse, text)
    return figure if isinstance(figure, Figure) else None


inputs = st.one_of(
    figure_texts,
    figure_texts,
    figure_texts,
    moneys,
    amounts,
    st.integers(-(10**9), 10**9),
    st.builds(_parsed, figure_texts).filter(lambda f: f is not None),
    st.builds(
        Figure,
        st.one_of(moneys, decimals_anywhere()),
        st.text(max_size=6),
        st.sampled_from(["money", "percent", "points", "multiple", "count"]),
        decimals_anywhere(),
    ),
    decimals_anywhere(),
    junk(),
)
"""
What a check may be given: texts of figures, amounts, numbers, figures
read or built by hand (NaN, infinite or negative resolutions too), and
values of the wrong type.
"""
rates = st.one_of(
    st.none(),
    st.builds(EcbRates),
    st.builds(
        lambda pair, rate: FixedRates({pair: rate}),
        st.sampled_from([("USD", "JPY"), ("JPY", "KRW"), ("KRW", "USD")]),
        positive_amounts,
    ),
)
reference_series = st.deferred(
    lambda: st.sampled_from([japan_hns(), korea_sma()])
)
"""
The bundled reference series (read when first drawn).
"""
units = st.sampled_from(["year", "month", "day", "week", "quarter", "", "m"])
fiscal_years = st.builds(
    FiscalYear, st.integers(1990, 2035), st.sampled_from([JAPAN, KOREA])
)

ENTRIES: Entries
ENTRIES = {
    "check_change": (
        check_change,
        arguments(
            inputs,
            inputs,
            inputs,
            direction=maybe(st.sampled_from(["increase", "decrease", None])),
        ),
    ),
    "check_level": (
        check_level,
        arguments(
            inputs,
            st.one_of(reference_series, inputs),
            maybe(st.one_of(st.none(), fiscal_years)),
        ),
    ),
    "check_ratio": (
        check_ratio,
        arguments(
            inputs,
            inputs,
            inputs,
            rates=maybe(rates),
            on=maybe(st.one_of(st.none(), recent_dates, dates)),
        ),
    ),
    "check_conversion": (
        check_conversion,
        arguments(
            inputs,
            inputs,
            maybe(st.one_of(st.none(), recent_dates, dates)),
            maybe(rates),
            window_days=maybe(st.integers(-10, 400)),
            currency=maybe(st.sampled_from([*CODES, None, "EUR", "xx"])),
        ),
    ),
    "check_per_capita": (
        check_per_capita,
        arguments(inputs, inputs, inputs, per=maybe(units)),
    ),
    "check_per_capita/stated_per": (
        check_per_capita,
        arguments(
            inputs, inputs, inputs, per=maybe(units), stated_per=maybe(units)
        ),
    ),
    "check_average": (check_average, arguments(inputs, inputs, inputs)),
    "check_share": (check_share, arguments(inputs, inputs, inputs)),
    "check_total": (
        check_total,
        arguments(maybe(st.lists(inputs, max_size=5)), inputs),
    ),
    "rates.check_rates_agree": (
        check_rates_agree,
        arguments(maybe(st.lists(st.tuples(inputs, inputs), max_size=4))),
    ),
    "rates.implied_rate": (implied_rate, arguments(inputs, inputs)),
}


FAMILIES = families(ENTRIES)


@pytest.mark.parametrize("family", list(FAMILIES))
@FUZZ
@given(data=st.data())
def test_checks_give_sound_verdicts(family: str, data: st.DataObject) -> None:
    """
    Every check, given texts, amounts, numbers, figures (NaN, infinite,
    of any resolution) and wrongly typed values, returns a verdict or
    raises an HnsError, within a second; every verdict has a known status,
    explains itself, is JSON-ready through `to_dict`, and its status
    agrees with its intervals.
    """
    fn, args, kwargs = draw_call(data, ENTRIES, FAMILIES[family])

    outcome = call(fn, *args, **kwargs)

    if isinstance(outcome, Verdict):
        check_verdict(outcome)
    elif not isinstance(outcome, Exception):
        assert isinstance(outcome, Interval), outcome


# Claims built to hold: exact amounts (Money, or written in words, which
# keeps every digit) and a stated figure rounded half-up from the true
# value and written in plain digits, whose precision is then that of the
# rounding (a trailing zero of 100,000 is read as rounding, the decimals
# of 12.50 as written). The stated interval holds the true value, and the
# recomputed one, rounded outwards, holds it too: the verdict must be
# consistent.

_PRECISE = decimal.Context(prec=80)
_WORDS = {"JPY": "yen", "KRW": "won", "USD": "dollars"}


def _written(draw: st.DrawFn, money: Money) -> Money | str:
    # An exact amount as an object, or in words ("201.7 billion yen").
    if draw(st.booleans()):
        return money
    text = call(money.format, "en_US", "words")
    assert isinstance(text, str), text
    return text


def _stated(draw: st.DrawFn, value: Decimal, unit: str) -> str:
    # *value* rounded half-up to one to six significant digits, in plain
    # digits followed by *unit*. A percent or multiple is rounded to one
    # unit at least: "50%" and "10 times" are read to one unit (see
    # `hns.parse_figure`), whatever their trailing zeros.
    size = value.adjusted()
    top = min(size, 0) if unit in {"%", " times"} else size
    place = draw(st.integers(top - 5, top))
    rounded = value.quantize(
        Decimal(1).scaleb(place), decimal.ROUND_HALF_UP, _PRECISE
    )
    return f"{format(rounded, 'f')}{unit}"


_Claim = tuple[
    str, Callable[..., object], tuple[object, ...], dict[str, object]
]
_KINDS = [
    "change",
    "decrease",
    "share",
    "ratio",
    "total",
    "average",
    "level",
    "per_capita",
    "conversion",
]


@st.composite
def holding_claims(draw: st.DrawFn) -> _Claim:
    """
    A claim built to hold: its kind, the check and its arguments.
    """
    code = draw(st.sampled_from(CODES))
    word = f" {_WORDS[code]}"
    a = Money(draw(positive_amounts), code)
    b = Money(draw(positive_amounts), code)
    first, second = _written(draw, a), _written(draw, b)
    kind = draw(st.sampled_from(_KINDS))
    quotient = _PRECISE.divide(a.amount, b.amount)
    if kind == "change":
        change = _PRECISE.multiply(quotient - 1, 100)
        return (
            kind,
            check_change,
            (second, first, _stated(draw, change, "%")),
            {},
        )
    if kind == "decrease":
        # A fall stated by its size: 100 → 80 is "a 20% decrease".
        lower, higher = (first, second) if a < b else (second, first)
        ratio = _PRECISE.divide(min(a, b).amount, max(a, b).amount)
        fall = _stated(draw, _PRECISE.multiply(1 - ratio, 100), "%")
        arguments = (higher, lower, fall)
        return kind, check_change, arguments, {"direction": "decrease"}
    if kind == "share":
        share = _stated(draw, _PRECISE.multiply(quotient, 100), "%")
        return kind, check_share, (first, second, share), {}
    if kind == "ratio":
        times = _stated(draw, quotient, " times")
        return kind, check_ratio, (first, second, times), {}
    if kind == "total":
        extra = draw(st.lists(positive_amounts, max_size=3))
        parts = [a, b, *(Money(x, code) for x in extra)]
        whole = _PRECISE.add(sum(p.amount for p in parts), 0)
        written = [_written(draw, p) for p in parts]
        return kind, check_total, (written, _stated(draw, whole, word)), {}
    if kind == "average":
        count = draw(st.integers(1, 1000))
        mean = _stated(draw, _PRECISE.divide(a.amount, count), word)
        return kind, check_average, (first, count, mean), {}
    if kind == "level":
        return kind, check_level, (_stated(draw, a.amount, word), first), {}
    if kind == "per_capita":
        count = draw(st.integers(1, 10**6))
        each = _stated(draw, _PRECISE.divide(a.amount, count), word)
        return kind, check_per_capita, (first, count, each), {}
    quote = draw(st.sampled_from([c for c in CODES if c != code]))
    rate = Decimal(draw(st.integers(1, 10**8))).scaleb(-4)
    converted = _PRECISE.multiply(a.amount, rate)
    stated = _stated(draw, converted, f" {_WORDS[quote]}")
    rates = FixedRates({(code, quote): rate})
    return kind, check_conversion, (first, stated), {"rates": rates}


@FUZZ
@given(claim=holding_claims())
def test_claims_built_to_hold_are_consistent(claim: _Claim) -> None:
    """
    A change, decrease, share, ratio, total, average, level, per-capita
    figure or conversion computed from exact amounts and rounded half-up
    is found consistent, and its verdict keeps every invariant.
    """
    kind, check, args, kwargs = claim

    verdict = call(check, *args, **kwargs)

    assert isinstance(verdict, Verdict), (kind, verdict)
    check_verdict(verdict)
    assert verdict.status == "consistent", (kind, verdict.explain())
