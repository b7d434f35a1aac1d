"""
Fuzzing figures and intervals: `Figure` (its interval, number, currency,
`with_rounding`) and `Interval` (construction, arithmetic, comparisons).
"""

from __future__ import annotations

import decimal
import operator
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import Figure, Interval, Money
from hns.figures import Rounding
from tests.fuzz.support import (
    FUZZ,
    Entries,
    amounts,
    arguments,
    call,
    decimals_anywhere,
    draw_call,
    families,
    figure_texts,
    junk,
    maybe,
    moneys,
    total,
)

_KINDS = st.sampled_from(["money", "percent", "points", "multiple", "count"])
_QUALIFIERS = st.sampled_from(
    ["exact", "about", "nearly", "over", "under", "at_least", "at_most"]
)
_ROUNDINGS = st.sampled_from(["nearest", "truncate", "either"])
_BOUNDS = st.one_of(
    st.integers(-(10**12), 10**12), amounts, decimals_anywhere()
)
_SCALARS = st.one_of(st.integers(-(10**12), 10**12), _BOUNDS)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    """
    Valid intervals: bounded or not, closed or open, points included.
    """
    lo, hi = sorted([draw(amounts), draw(amounts)])  # finite, so sortable
    if draw(st.integers(0, 5)) == 0:
        lo = Decimal("-Infinity")
    if draw(st.integers(0, 5)) == 0:
        hi = Decimal("Infinity")
    if lo == hi:
        return Interval.point(lo)
    return Interval(lo, hi, draw(st.booleans()), draw(st.booleans()))


def _parsed(text: str) -> Figure | None:
    # The figure a text reads as, if it reads as one.
    figure = call(Figure.parse, text)
    return figure if isinstance(figure, Figure) else None


def _built(*fields: object) -> Figure | None:
    # The figure made of *fields*, if the constructor takes them (it
    # refuses values of the wrong type and float NaNs).
    figure = call(Figure, *fields)
    return figure if isinstance(figure, Figure) else None


_VALUES = st.one_of(moneys, amounts, decimals_anywhere(), junk())
_RESOLUTIONS = st.one_of(decimals_anywhere(), junk())

figures = st.one_of(
    st.builds(
        _built,
        _VALUES,
        st.text(max_size=10),
        _KINDS,
        _RESOLUTIONS,
        _QUALIFIERS,
        _ROUNDINGS,
    ).filter(lambda figure: figure is not None),
    st.builds(lambda text: _parsed(text), figure_texts).filter(
        lambda figure: figure is not None
    ),
)
"""
Figures as built by hand (any value and resolution, also NaN, negative or
of the wrong type) and as read from text.
"""

ENTRIES: Entries
ENTRIES = {
    "Figure": (
        Figure,
        arguments(
            maybe(_VALUES),
            maybe(st.text(max_size=10)),
            maybe(_KINDS),
            maybe(_RESOLUTIONS),
            maybe(_QUALIFIERS),
            maybe(_ROUNDINGS),
        ),
    ),
    "Figure.interval": (
        lambda figure: figure.interval,
        arguments(figures),
    ),
    "Figure.number": (lambda figure: figure.number, arguments(figures)),
    "Figure.currency": (lambda figure: figure.currency, arguments(figures)),
    "Figure.with_rounding": (
        lambda figure, rounding: figure.with_rounding(rounding).interval,
        arguments(figures, maybe(_ROUNDINGS)),
    ),
    "Interval": (
        Interval,
        arguments(
            maybe(_BOUNDS),
            maybe(_BOUNDS),
            maybe(st.booleans()),
            maybe(st.booleans()),
        ),
    ),
    "Interval.point": (Interval.point, arguments(maybe(_BOUNDS))),
    "Interval.around": (
        Interval.around,
        arguments(maybe(_BOUNDS), maybe(_BOUNDS)),
    ),
    "Interval.__add__": (
        operator.add,
        arguments(intervals(), st.one_of(intervals(), _SCALARS)),
    ),
    "Interval.__sub__": (
        operator.sub,
        arguments(intervals(), st.one_of(intervals(), _SCALARS)),
    ),
    "Interval.__rsub__": (operator.sub, arguments(_SCALARS, intervals())),
    "Interval.__mul__": (
        operator.mul,
        arguments(intervals(), st.one_of(intervals(), _SCALARS)),
    ),
    "Interval.__truediv__": (
        operator.truediv,
        arguments(intervals(), st.one_of(intervals(), _SCALARS)),
    ),
    "Interval.__rtruediv__": (
        operator.truediv,
        arguments(_SCALARS, intervals()),
    ),
    "Interval.reciprocal": (Interval.reciprocal, arguments(intervals())),
    "Interval.contains": (
        Interval.contains,
        arguments(intervals(), maybe(st.one_of(_BOUNDS, intervals()))),
    ),
    "Interval.overlaps": (
        Interval.overlaps,
        arguments(intervals(), maybe(intervals())),
    ),
    "Interval.intersection": (
        Interval.intersection,
        arguments(intervals(), maybe(intervals())),
    ),
    "Interval.hull": (
        Interval.hull,
        arguments(intervals(), maybe(intervals())),
    ),
    "Interval.describe": (
        lambda i: (str(i), i.width, i.midpoint, i.is_bounded),
        arguments(intervals()),
    ),
}


FAMILIES = families(ENTRIES)


@pytest.mark.parametrize("family", list(FAMILIES))
@FUZZ
@given(data=st.data())
def test_figure_entry_points_raise_only_hns_errors(
    family: str, data: st.DataObject
) -> None:
    """
    Every entry point of `hns.figures`, given valid, extreme (NaN, sNaN,
    infinite, 1e±999999) and wrongly typed values, returns or raises an
    HnsError, within a second.
    """
    fn, args, kwargs = draw_call(data, ENTRIES, FAMILIES[family])

    call(fn, *args, **kwargs)


@FUZZ
@given(text=figure_texts, rounding=_ROUNDINGS)
def test_parsed_figures_hold_their_value(
    text: str, rounding: Rounding
) -> None:
    """
    A figure read from text has an interval under every rounding
    assumption, and unless one-sided (over, under, at least, at most) the
    interval holds the figure's own value.
    """
    figure = call(Figure.parse, text)
    if isinstance(figure, Exception):
        return

    interval = total(lambda: figure.with_rounding(rounding).interval)
    if figure.qualifier in {"exact", "about", "nearly"}:
        assert interval.contains(figure.number), (figure, interval)
    if isinstance(figure.value, Money):
        assert figure.currency == figure.value.currency

    # The reader marks its figures sound without validating them again:
    # the same figure built by hand is validated, and is sound, with the
    # same number, currency and interval.
    by_hand = Figure(
        figure.value,
        figure.text,
        figure.kind,
        figure.resolution,
        figure.qualifier,
        figure.rounding,
    )
    assert by_hand == figure
    assert by_hand.flaw is None
    assert figure.flaw is None
    assert (by_hand.number, by_hand.currency) == (
        figure.number,
        figure.currency,
    )
    assert by_hand.interval == figure.interval


_EXACT = decimal.Context(prec=400)
_NEAR = decimal.Context(prec=120)


@st.composite
def closed_intervals(draw: st.DrawFn) -> tuple[Interval, list[Decimal]]:
    """
    A bounded closed interval and some of its members.
    """
    lo, hi = sorted([draw(amounts), draw(amounts)])
    middle = (lo + hi) / 2 if lo != hi else lo
    return Interval(lo, hi), [lo, hi, _NEAR.plus(middle)]


@FUZZ
@given(a=closed_intervals(), b=closed_intervals())
def test_interval_arithmetic_is_sound(
    a: tuple[Interval, list[Decimal]], b: tuple[Interval, list[Decimal]]
) -> None:
    """
    Interval arithmetic encloses the truth: for members x of A and y of
    B, A+B holds x+y, A-B holds x-y, A×B holds x×y and, when B excludes
    zero, A/B holds x/y (computed here to 400 and 120 digits).
    """
    left, xs = a
    right, ys = b

    for x in xs:
        for y in ys:
            assert _op(operator.add, left, right).contains(_EXACT.add(x, y))
            assert _op(operator.sub, left, right).contains(
                _EXACT.subtract(x, y)
            )
            assert _op(operator.mul, left, right).contains(
                _EXACT.multiply(x, y)
            )
            if not right.contains(0):
                quotient = _op(operator.truediv, left, right)
                assert quotient.contains(_NEAR.divide(x, y)), (x, y)


def _op(
    fn: Callable[[Interval, Interval], Interval], a: Interval, b: Interval
) -> Interval:
    result = call(fn, a, b)
    assert isinstance(result, Interval), result
    return result
