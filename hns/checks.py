"""
Checks: recompute the stated quantity of a claim from its other figures
with interval arithmetic, and say whether the claim holds at the precision
it was written, how far off it is, and which slip would explain it.

The rule, stated once: every written figure stands for its interval (see
`hns.Figure`); the others are propagated exactly; the claim is consistent
if and only if the recomputed interval meets the stated one.

Each figure of a check is a `Figure`, `Money`, the figure's text (read
with the precision it was written with) or a number, taken as exact: a
Decimal, an int (numpy's ``int64`` too) or a float by its shortest repr
(``0.1`` is exactly one tenth; numpy's ``float64`` too). NaN, the
infinities and bools are refused with `InvalidAmountError`, any other type
with an `ArgumentError` naming the figure.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, TypeVar

import attrs

from hns._arguments import as_optional_date, as_whole, is_number
from hns._decimal import CEILING, FLOOR
from hns._loading import LOADING
from hns._types import Kind, Qualifier
from hns.currency import Currency, as_currency
from hns.errors import (
    ArgumentError,
    CurrencyMismatchError,
    HnsError,
    InvalidAmountError,
    RateUnavailableError,
)
from hns.figures import Figure, Interval, raw_interval
from hns.fiscal import FiscalYear
from hns.money import Money, to_decimal
from hns.numerals import resolution_of
from hns.parse import parse_figure
from hns.series import Series
from hns.verdicts import Diagnosis, Status, Verdict

if TYPE_CHECKING:
    from hns.diagnose import SlipKind
    from hns.fx import Rates

__all__ = [
    "Input",
    "check_average",
    "check_change",
    "check_conversion",
    "check_level",
    "check_per_capita",
    "check_rates_agree",
    "check_ratio",
    "check_share",
    "check_total",
    "implied_rate",
]

DIAGNOSE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "DIAGNOSE", default=True
)
"""
Whether checks look for the slips that explain an inconsistent claim (the
audit first checks every reading without, then diagnoses the ones it
reports).
"""

Input = Figure | Money | str | Decimal | int | float
"""
What a check takes for a figure: a `Figure` as is, a text to parse, an
amount of money or a number taken as exact (a float as its shortest
repr: ``0.1`` is one tenth).
"""
Direction = Literal["increase", "decrease"]
_Core = Callable[[dict[str, Figure]], Verdict]
_T = TypeVar("_T")
_MAX_DIAGNOSES = 5


_INPUT = "a Figure, Money, a number (Decimal, int, float) or its text"


def as_figure(value: Input, role: str) -> Figure:
    """
    A figure from what a caller gave for the argument *role*: a Figure as
    is, a string parsed, an amount of money or a number taken as exact (a
    float by its shortest repr: ``0.1`` is exactly 0.1).

    >>> as_figure("1.2%", "stated").interval.lo
    Decimal('1.15')
    >>> as_figure(Decimal(5), "count").interval.width
    Decimal('0')
    >>> as_figure(0.1, "count").number
    Decimal('0.1')

    Raises:
        ParseError: text that is not one figure.
        InvalidAmountError: a malformed Figure; NaN, an infinity, a bool
            or a number beyond 10**±30.
        ArgumentError: anything else; the message names *role*.
    """
    if isinstance(value, Figure):
        return value if value.flaw is None else _sound(value, role)
    if isinstance(value, str):
        return parse_figure(value)
    if isinstance(value, Money):
        return Figure(value, str(value), "money", Decimal(0))
    if isinstance(value, bool) or is_number(value):
        # NaN, infinities, bools and absurd exponents are no figures.
        number = to_decimal(value, role)
        return Figure(number, format(number, "f"), "count", Decimal(0))
    raise ArgumentError(argument=role, expected=_INPUT, given=value)


def _sound(figure: Figure, role: str) -> Figure:
    # A Figure made by hand is checked as a parsed one would be (once per
    # figure: `Figure.flaw` is kept).
    flaw = figure.flaw
    if flaw is not None:
        msg = f"the {role} figure {flaw}"
        raise InvalidAmountError(msg)
    return figure


def _rates(rates: Rates) -> Rates:
    # A source of rates: something with rate() and rate_range().
    if not callable(getattr(rates, "rate", None)) or not callable(
        getattr(rates, "rate_range", None)
    ):
        raise ArgumentError(
            argument="rates",
            expected="a source of rates (hns.fx.EcbRates, FixedRates, ...)",
            given=rates,
        )
    return rates


def _sequence(values: Iterable[_T], name: str) -> tuple[_T, ...]:
    # The inputs of a list, a tuple or any other iterable (a pandas
    # Series, a generator), but never a string, whose letters would each
    # be read as a figure, nor a mapping.
    if not isinstance(values, Iterable) or isinstance(
        values, str | bytes | bytearray | Mapping
    ):
        raise ArgumentError(
            argument=name,
            expected="a list, tuple or other sequence of figures",
            given=values,
        )
    return tuple(values)


def _need(figure: Figure, role: str, *kinds: str) -> None:
    if figure.kind not in kinds:
        wanted = " or ".join(kinds)
        text = figure.text
        msg = f"the {role} figure {text!r} is a {figure.kind}, not {wanted}"
        raise InvalidAmountError(msg)


def _undetermined(
    check: str, figures: dict[str, Figure], reason: str, unit: str = ""
) -> Verdict:
    return Verdict(
        check,
        "undetermined",
        stated_figure=figures.get("stated"),
        stated=None,
        recomputed=None,
        point=None,
        unit=unit,
        inputs=tuple(figures.items()),
        reason=reason,
    )


def _decide(
    check: str,
    figures: dict[str, Figure],
    recomputed: Interval,
    point: Decimal,
    unit: str,
) -> Verdict:
    stated_figure = figures["stated"]
    stated = stated_figure.interval
    consistent = recomputed.overlaps(stated)
    status: Status = "consistent" if consistent else "inconsistent"
    inside = stated.lo <= point <= stated.hi and (
        (point != stated.lo or stated.lo_closed)
        and (point != stated.hi or stated.hi_closed)
    )
    return Verdict(
        check,
        status,
        stated_figure=stated_figure,
        stated=stated,
        recomputed=recomputed,
        point=point,
        unit=unit,
        inputs=tuple(figures.items()),
        rounding_only=consistent and not inside,
    )


def _money_pair(a: Figure, b: Figure) -> Currency | None:
    left, right = a.currency, b.currency
    if left is not right and left != right:
        raise CurrencyMismatchError(
            left.code if left else "no currency",
            right.code if right else "no currency",
        )
    return left


_NEGATED: dict[Qualifier, Qualifier] = {
    "exact": "exact",
    "about": "about",
    "nearly": "about",  # no qualifier spans [v, v + r]: widen, never narrow
    "over": "under",
    "under": "over",
    "at_least": "at_most",
    "at_most": "at_least",
}


@functools.lru_cache(maxsize=1024)
def _negated(figure: Figure) -> Figure:
    # A stated fall of 1.2% is a change of -1.2%.
    text = (
        figure.text[1:] if figure.text.startswith("-") else "-" + figure.text
    )
    return Figure(
        -figure.value,
        text,
        figure.kind,
        figure.resolution,
        _NEGATED[figure.qualifier],
        figure.rounding,
    )


def _change_core(figures: dict[str, Figure]) -> Verdict:
    old, new, stated = figures["old"], figures["new"], figures["stated"]
    if stated.kind == "money":
        currency = _money_pair(old, new)
        _money_pair(new, stated)
        interval = new.interval - old.interval
        point = new.number - old.number
        return _decide("change", figures, interval, point, str(currency))
    if stated.kind == "points":
        _need(old, "old", "percent", "points")
        _need(new, "new", "percent", "points")
        interval = new.interval - old.interval
        point = new.number - old.number
        return _decide("change", figures, interval, point, "points")
    _money_pair(old, new)
    base, value = old.interval, new.interval
    if base.lo <= 0:
        reason = f"the base {old.text!r} is not positive"
        return _undetermined("change", figures, reason, "%")
    if value.lo >= 0 and base.hi.is_finite():
        # (new / old - 1) * 100 rises with new and falls with old: one
        # outward-rounded step per end.
        interval = raw_interval(
            FLOOR.multiply(
                FLOOR.subtract(FLOOR.divide(value.lo, base.hi), 1), 100
            ),
            CEILING.multiply(
                CEILING.subtract(CEILING.divide(value.hi, base.lo), 1), 100
            ),
            value.lo_closed and base.hi_closed,
            value.hi_closed and base.lo_closed,
        )
    else:
        interval = (value / base - 1) * 100
    point = (new.number / old.number - 1) * 100
    return _decide("change", figures, interval, point, "%")


def check_change(
    old: Input,
    new: Input,
    stated: Input,
    *,
    direction: Direction | None = None,
) -> Verdict:
    """
    Check a stated change from *old* to *new*: a percent (``1.2%``),
    percentage points, or an amount (``¥2.4 billion``). With *direction*
    ``"decrease"``, the stated figure is the size of a fall.

    >>> v = check_change("193 billion yen", "201.7 billion yen", "1.2%")
    >>> v.status, v.diagnoses[0].corrected
    ('inconsistent', '1993億円')
    >>> print(v.explain())  # doctest: +NORMALIZE_WHITESPACE
    stated +1.2%, but 193 → 201.7 billion yen is +4.5% (+4.2% to +4.8% at
    the stated precision); likely the old figure: 193 billion yen is likely
    a lost digit of 1993億円 (199.3 billion yen)
    >>> check_change("1993億円", "2017億円", "1.2%").status
    'consistent'
    >>> v = check_change("2017億円", "1993億円", "1.2%", direction="decrease")
    >>> v.status
    'consistent'

    Each figure is a `Figure`, `Money`, a number (a float by its shortest
    repr) or the figure's text.

    Raises:
        ParseError: text that is not one figure.
        InvalidAmountError: a figure of the wrong kind for its role; NaN,
            an infinity or a bool.
        ArgumentError: a figure of another type, or a *direction* other
            than ``"increase"``, ``"decrease"`` or None.
    """
    if direction is not None and direction not in ("increase", "decrease"):
        raise ArgumentError(
            argument="direction",
            expected="'increase', 'decrease' or None",
            given=direction,
        )
    stated_figure = as_figure(stated, "stated")
    _need(stated_figure, "stated", "percent", "points", "money")
    if direction == "decrease":
        stated_figure = _negated(stated_figure)
    figures = {
        "old": as_figure(old, "old"),
        "new": as_figure(new, "new"),
        "stated": stated_figure,
    }

    def claim_slips() -> list[tuple[SlipKind, _Core, str]]:
        kind = stated_figure.kind
        unit = "percentage points" if kind == "percent" else "a percent"
        opposite = "an increase" if direction == "decrease" else "a decrease"
        return [
            ("wrong_direction", _opposite, f"it reads as {opposite}"),
            (
                "wrong_base",
                _wrong_base,
                "the change is measured against the new figure",
            ),
            ("points_vs_percent", _other_unit, f"it reads as {unit}"),
        ]

    return _checked(
        _change_core, figures, claim_slips, feasible=_change_bounds
    )


def _change_bounds(
    role: str, figures: dict[str, Figure], verdict: Verdict
) -> tuple[float, float] | None:
    # Where the old or new figure must lie for the stated change to hold
    # (in floats, widened: a coarse filter before the exact check).
    if role == "stated":
        return _within(verdict.recomputed)
    stated = _ends(figures["stated"].interval)
    other = _ends(figures["new" if role == "old" else "old"].interval)
    if stated is None or other is None:
        return None
    if figures["stated"].kind == "percent":
        factor = (stated[0] / 100 + 1, stated[1] / 100 + 1)
        if factor[0] <= 0:
            return None
        if role == "old":
            return _widened(_spread(other, factor, lambda x, y: x / y))
        return _widened(_spread(other, factor, lambda x, y: x * y))
    if role == "old":
        return _widened((other[0] - stated[1], other[1] - stated[0]))
    return _widened((other[0] + stated[0], other[1] + stated[1]))


def _ends(interval: Interval) -> tuple[float, float] | None:
    # An interval's ends as floats; None when one is infinite.
    if not interval.is_bounded:
        return None
    return float(interval.lo), float(interval.hi)


def _spread(
    a: tuple[float, float],
    b: tuple[float, float],
    op: Callable[[float, float], float],
) -> tuple[float, float]:
    # The lowest and highest of *op* over the ends of *a* and *b*.
    values = [op(x, y) for x in a for y in b]
    return min(values), max(values)


def _widened(ends: tuple[float, float]) -> tuple[float, float]:
    # Widened by a millionth, so that float rounding never rules out a
    # figure that could fit.
    lo, hi = ends
    margin = 1e-6 * max(abs(lo), abs(hi), 1.0)
    return lo - margin, hi + margin


def _opposite(figures: dict[str, Figure]) -> Verdict:
    negated = dict(figures, stated=_negated(figures["stated"]))
    return _change_core(negated).with_inputs(figures)


def _wrong_base(figures: dict[str, Figure]) -> Verdict:
    # (new - old) / new is minus the change from new back to old.
    if figures["stated"].kind != "percent":
        return _undetermined("change", figures, "not a percent")
    swapped = dict(
        figures,
        old=figures["new"],
        new=figures["old"],
        stated=_negated(figures["stated"]),
    )
    return _change_core(swapped).with_inputs(figures)


def _other_unit(figures: dict[str, Figure]) -> Verdict:
    stated = figures["stated"]
    if stated.kind not in {"percent", "points"}:
        return _undetermined("change", figures, "not a percent")
    if figures["old"].kind not in {"percent", "points"}:
        return _undetermined("change", figures, "not percents")
    kind: Kind = "points" if stated.kind == "percent" else "percent"
    other = attrs.evolve(stated, kind=kind)
    return _change_core(dict(figures, stated=other)).with_inputs(figures)


_Feasible = Callable[
    [str, dict[str, Figure], Verdict], tuple[float, float] | None
]


def _no_bounds(
    role: str, figures: dict[str, Figure], verdict: Verdict
) -> tuple[float, float] | None:
    # Only the stated figure's: it must meet the recomputed interval.
    return _within(verdict.recomputed) if role == "stated" else None


def _within(target: Interval | None) -> tuple[float, float] | None:
    # Where a written figure's candidates must stand: the target, widened
    # by a millionth so that float arithmetic never rules out one that
    # could fit, open ends ignored (a coarse filter before the exact
    # check; one-sided words aside, which pass).
    if target is None:
        return None
    ends = _ends(target)
    return _widened(ends) if ends else (float(target.lo), float(target.hi))


def _checked(
    core: _Core,
    figures: dict[str, Figure],
    claim_slips: Callable[[], Sequence[tuple[SlipKind, _Core, str]]] = tuple,
    skip: Iterable[str] = (),
    feasible: _Feasible = _no_bounds,
) -> Verdict:
    """
    Run *core*; when inconsistent, try every single slip and attach those
    that make the claim consistent, most plausible first.
    """
    verdict = core(figures)
    if verdict.status != "inconsistent" or not DIAGNOSE.get():
        return verdict
    with LOADING:
        from hns.diagnose import (
            candidates,  # only when there is a slip to find
        )

    found: list[tuple[int, Decimal, Diagnosis]] = []
    # The stated figure first: on a tie, the claim's own number is the
    # likelier slip (a conversion in parentheses, a percent).
    roles = sorted(figures, key=lambda role: role != "stated")
    for role in roles:
        figure = figures[role]
        if role in skip or not figure.resolution:
            continue
        one_sided = figure.qualifier not in {"exact", "about", "nearly"}
        target = None if one_sided else feasible(role, figures, verdict)
        for candidate in candidates(figure, target):
            try:
                fixed = core(dict(figures, **{role: candidate.figure}))
            except HnsError:
                continue
            if fixed.status == "consistent":
                diagnosis = Diagnosis(
                    role,
                    candidate.kind,
                    figure.text,
                    candidate.figure.text,
                    candidate.template,
                    fixed,
                )
                found.append(ranked(diagnosis, figure))
    for kind, alternative, note in claim_slips():
        try:
            fixed = alternative(figures)
        except HnsError:
            continue
        if fixed.status == "consistent":
            stated = figures["stated"].text
            diagnosis = Diagnosis("claim", kind, stated, stated, note, fixed)
            found.append(ranked(diagnosis))
    found.sort(key=lambda item: item[:2])
    diagnoses = tuple(item[2] for item in found[:_MAX_DIAGNOSES])
    return verdict.with_diagnoses(diagnoses)


def ranked(
    diagnosis: Diagnosis, original: Figure | None = None
) -> tuple[int, Decimal, Diagnosis]:
    """
    How *diagnosis* ranks among others (lowest first; the audit ranks its
    readings' diagnoses so too): a correction whose recomputed point lands
    inside the stated figure, written as precisely as the original, beats
    one that fits only thanks to rounding or to a coarser figure; then the
    simpler kind; then the closer fit.
    """
    fixed = diagnosis.verdict
    miss = abs(fixed.off_by) if fixed.off_by is not None else Decimal(0)
    width = fixed.stated.width if fixed.stated is not None else Decimal(1)
    closeness = miss / width if width and width.is_finite() else miss
    rank = _slip_ranks()[diagnosis.kind]
    corrected = fixed.figure(diagnosis.figure)
    if fixed.rounding_only or (
        original is not None
        and corrected is not None
        and _coarser(corrected, original)
    ):
        rank += len(_slip_ranks())
    return rank, closeness, diagnosis


@functools.cache
def _slip_ranks() -> dict[str, int]:
    # Each kind of slip's place in SLIP_KINDS, most plausible first.
    with LOADING:
        # only to rank slips: hns.checks loads without hns.diagnose
        from hns.diagnose import SLIP_KINDS

    return {kind: k for k, kind in enumerate(SLIP_KINDS)}


def _coarser(corrected: Figure, original: Figure) -> bool:
    # More than ten times less precise, relative to its size.
    if not (corrected.number and original.number and original.resolution):
        return False
    before = original.resolution / abs(original.number)
    after = corrected.resolution / abs(corrected.number)
    return after > 10 * before


def _ratio_core(rates: Rates | None, on: dt.date | None) -> _Core:
    def core(figures: dict[str, Figure]) -> Verdict:
        a, b = figures["a"], figures["b"]
        top = a.interval
        if a.currency != b.currency:
            if a.currency is None or b.currency is None:
                raise CurrencyMismatchError(
                    a.currency.code if a.currency else "a number",
                    b.currency.code if b.currency else "a number",
                )
            if rates is None:
                reason = (
                    f"no exchange rate to relate {a.currency.code} and"
                    f" {b.currency.code}; pass rates="
                )
                return _undetermined("ratio", figures, reason, "×")
            try:
                with LOADING:
                    # on first use: hns.checks loads without hns.fx
                    from hns.fx import convert_interval

                top = convert_interval(top, a.currency, b.currency, rates, on)
                rate = rates.rate(a.currency, b.currency, on)
            except RateUnavailableError as err:
                reason = _no_rate(err, rates, a.currency, b.currency, on)
                return _undetermined("ratio", figures, reason, "×")
            point_top = a.number * rate
        else:
            point_top = a.number
        if b.interval.contains(0) or not b.number:
            reason = f"the base {b.text!r} may be zero"
            return _undetermined("ratio", figures, reason, "×")
        return _decide(
            "ratio", figures, top / b.interval, point_top / b.number, "×"
        )

    return core


def check_ratio(
    a: Input,
    b: Input,
    stated: Input,
    *,
    rates: Rates | None = None,
    on: dt.date | None = None,
) -> Verdict:
    """
    Check that *a* is *stated* times *b* (``four times``, ``double``,
    ``half``). Amounts in two currencies need *rates* (and *on*, for rates
    that change by the day); without them the verdict is undetermined.

    >>> from hns.fx import FixedRates
    >>> rates = FixedRates({("USD", "JPY"): 105})
    >>> v = check_ratio("$8 billion", "¥199.3 billion", "4 times", rates=rates)
    >>> v.status, round(v.point, 2)
    ('consistent', Decimal('4.21'))
    >>> check_ratio("$8 billion", "¥199.3 billion", "four times").reason
    'no exchange rate to relate USD and JPY; pass rates='

    *on* is a date, a datetime, an ISO date string or a pandas
    ``Timestamp``.

    Raises:
        ArgumentError: a figure, *rates* or *on* of the wrong type.
    """
    on = as_optional_date(on, "on")
    figures = {
        "a": as_figure(a, "a"),
        "b": as_figure(b, "b"),
        "stated": as_figure(stated, "stated"),
    }
    _need(figures["stated"], "stated", "multiple", "count")
    if rates is not None:
        rates = _rates(rates)
    return _checked(_ratio_core(rates, on), figures)


def _sum_core(figures: dict[str, Figure]) -> Verdict:
    parts = [f for role, f in figures.items() if role != "stated"]
    currency = parts[0].currency
    for part in (*parts[1:], figures["stated"]):
        _money_pair(parts[0], part)
    total = parts[0].interval
    point = parts[0].number
    for part in parts[1:]:
        total = total + part.interval
        point += part.number
    unit = currency.code if currency else ""
    return _decide("total", figures, total, point, unit)


def check_total(parts: Iterable[Input], stated: Input) -> Verdict:
    """
    Check a stated total of *parts* (a list, a tuple or any other sequence
    of figures but a str: a pandas Series will do), e.g. five annual
    budgets against a five-year total.

    >>> budgets = ["1968億円", "1974億円", "1993億円"]
    >>> check_total(budgets, "593.5 billion yen").status
    'consistent'
    """
    parts = _sequence(parts, "parts")
    if not parts:
        return _undetermined(
            "total", {"stated": as_figure(stated, "stated")}, "no parts"
        )
    figures = {
        f"part {n}": as_figure(p, f"parts[{n - 1}]")
        for n, p in enumerate(parts, 1)
    }
    figures["stated"] = as_figure(stated, "stated")
    return _checked(_sum_core, figures)


def _quotient_core(
    check: str, percent: bool, factor: Decimal = Decimal(1)
) -> _Core:
    # top / bottom, in percent or times *factor* (a change of units).
    def core(figures: dict[str, Figure]) -> Verdict:
        top, bottom = figures["top"], figures["bottom"]
        stated = figures["stated"]
        if percent:
            _money_pair(top, bottom)
            unit = "%"
        else:
            _money_pair(top, stated)
            unit = stated.currency.code if stated.currency else ""
        if bottom.interval.lo <= 0:
            reason = f"{bottom.text!r} is not positive"
            return _undetermined(check, figures, reason, unit)
        scale = Decimal(100) if percent else factor
        interval = top.interval / bottom.interval * scale
        point = top.number / bottom.number * scale
        return _decide(check, figures, interval, point, unit)

    return core


def check_average(
    total: Input,
    count: Input,
    stated: Input,
    *,
    on: dt.date | None = None,
    rates: Rates | None = None,
    window_days: int = 7,
) -> Verdict:
    """
    Check a stated average: *total* over *count* (years, people, ...).

    >>> check_average("1兆551億円", 5, "211 billion yen").status
    'consistent'

    A stated average in another currency than the total's is checked at
    the rates (the ECB's unless *rates* are given) of the *window_days*
    either side of *on*:

    >>> import datetime as dt
    >>> day = dt.date(2021, 5, 3)
    >>> check_average("¥201.7 billion", 55_000, "$33,600", on=day).status
    'consistent'
    >>> check_average("¥201.7 billion", 55_000, "$370,000", on=day).status
    'inconsistent'
    """
    figures = {
        "top": as_figure(total, "total"),
        "bottom": as_figure(count, "count"),
        "stated": as_figure(stated, "stated"),
    }
    _need(figures["bottom"], "count", "count")
    top, goal = figures["top"].currency, figures["stated"].currency
    if top is None or goal is None or top == goal:
        core = _quotient_core("average", False)
        return _checked(core, figures, skip=["bottom"])
    day = as_optional_date(on, "on")
    days = _window_days(window_days)
    if day is None:
        reason = (
            f"the average is in {goal.code} and the total in {top.code}: a"
            " date to take the rate of is needed (on=)"
        )
        return _undetermined("average", figures, reason, goal.code)
    with LOADING:
        # on first use: hns.checks loads without hns.fx
        from hns.fx import EcbRates

    source = EcbRates() if rates is None else _rates(rates)
    verdict = _checked(
        _converted_average_core(source, day, days), figures, skip=["bottom"]
    )
    if verdict.status == "undetermined":
        return verdict
    return verdict.citing(_cited(source, top, goal, day, days))


def _converted_average_core(rates: Rates, on: dt.date, days: int) -> _Core:
    # total / count, the total converted into the stated currency at
    # every rate of the window around *on*.
    def core(figures: dict[str, Figure]) -> Verdict:
        top, bottom = figures["top"], figures["bottom"]
        stated = figures["stated"]
        base, quote = top.currency, stated.currency
        if base is None or quote is None:
            reason = "an average in another currency needs two amounts"
            return _undetermined("average", figures, reason)
        unit = quote.code
        if bottom.interval.lo <= 0:
            reason = f"{bottom.text!r} is not positive"
            return _undetermined("average", figures, reason, unit)
        found = _rates_around(rates, base, quote, on, days)
        if isinstance(found, str):
            return _undetermined("average", figures, found, unit)
        window, rate = found
        interval = top.interval * window / bottom.interval
        point = top.number * rate / bottom.number
        return _decide("average", figures, interval, point, unit)

    return core


def check_share(part: Input, whole: Input, stated: Input) -> Verdict:
    """
    Check that *part* is the stated percent of *whole*.

    >>> check_share("2017億円", "8000億円", "25%").status
    'consistent'
    """
    figures = {
        "top": as_figure(part, "part"),
        "bottom": as_figure(whole, "whole"),
        "stated": as_figure(stated, "stated"),
    }
    _need(figures["stated"], "stated", "percent")
    return _checked(_quotient_core("share", True), figures)


@functools.lru_cache(maxsize=1024)
def reference_figure(amount: Money) -> Figure:
    """
    *amount* as a reference figure: exact to its last published digit.
    """
    resolution = resolution_of(amount.amount, 0, 0)
    return Figure(amount, amount.format("en_US", "words"), "money", resolution)


def _level_core(figures: dict[str, Figure]) -> Verdict:
    reference, stated = figures["reference"], figures["stated"]
    _money_pair(reference, stated)
    unit = stated.currency.code if stated.currency else ""
    return _decide(
        "level", figures, reference.interval, reference.number, unit
    )


def check_level(
    stated: Input,
    reference: Series | Input,
    fiscal_year: FiscalYear | int | None = None,
) -> Verdict:
    """
    Check a stated amount against a reference: a figure, or the value of
    *fiscal_year* (a `FiscalYear`, or a year as an int in the series'
    calendar) in a reference `Series`.

    >>> from hns.data import japan_hns
    >>> from hns.fiscal import JAPAN
    >>> fy2021 = FiscalYear(2021, JAPAN)
    >>> v = check_level("2017 billion yen", japan_hns(), fy2021)
    >>> v.status, v.diagnoses[0].kind
    ('inconsistent', 'myriad_scale')
    >>> check_level("roughly ¥200 billion", "¥201.7 billion").status
    'consistent'
    >>> check_level("2017億円", japan_hns(), 2021).status
    'consistent'

    Raises:
        FiscalYearError: a *fiscal_year* of another calendar than the
            series'.
        ArgumentError: a figure of the wrong type; no *fiscal_year*, or
            one of the wrong type, for a reference series.
    """
    stated_figure = as_figure(stated, "stated")
    _need(stated_figure, "stated", "money", "count")
    if not isinstance(reference, Series):
        figures = {
            "reference": as_figure(reference, "reference"),
            "stated": stated_figure,
        }
        return _checked(_level_core, figures, skip=["reference"])
    fiscal_year = _year_of(fiscal_year, reference)
    amount = reference.get(fiscal_year)
    if amount is None:
        reason = f"no reference figure for {fiscal_year.label()}"
        return _undetermined("level", {"stated": stated_figure}, reason)
    figures = {"reference": reference_figure(amount), "stated": stated_figure}

    def slips() -> list[tuple[SlipKind, _Core, str]]:
        # The figures of the years before and after (made only when a slip
        # is looked for).
        found: list[tuple[SlipKind, _Core, str]] = []
        for step in (-1, 1):
            neighbour = reference.get(fiscal_year + step)
            if neighbour is not None:
                other = reference_figure(neighbour)
                note = f"it is the figure of {(fiscal_year + step).label()}"
                found.append(("adjacent_year", _fixed_reference(other), note))
        return found

    verdict = _checked(_level_core, figures, slips, skip=["reference"])
    return verdict.citing(citation(reference, fiscal_year))


_CITED: dict[tuple[int, FiscalYear], tuple[Series, str]] = {}


def _year_of(year: object, series: Series) -> FiscalYear:
    # A fiscal year as given: a FiscalYear, or an int (numpy's int64
    # too) in the calendar of *series*.
    if isinstance(year, FiscalYear):
        return year
    expected = "a FiscalYear or a year (int) of the reference series"
    return FiscalYear(as_whole(year, "fiscal_year", expected), series.calendar)


_PERIODS = frozenset({"year", "quarter", "month", "week", "day"})


def _period(per: object, name: str) -> str:
    # A period a per-person amount is spent over: "year", "month", ...
    if not isinstance(per, str) or per not in _PERIODS:
        known = ", ".join(sorted(_PERIODS))
        raise ArgumentError(name, f"one of {known}", per)
    return per


def citation(series: Series, year: FiscalYear) -> str:
    """
    The figure of *year* in *series* and where it comes from, as a
    verdict cites it (made once per series and year).

    >>> from hns.data import japan_hns
    >>> from hns.fiscal import JAPAN
    >>> citation(japan_hns(), FiscalYear(2023, JAPAN))[:52]
    'FY2023 211.2 billion yen: MOF 令和5年度予算政府案 防衛関係予算 p.10'
    """
    cached = _CITED.get((id(series), year))
    if cached is not None and cached[0] is series:
        return cached[1]
    source = series.source(year)
    status = {"V": "verified", "V-sec": "seen in a repost", "D": "derived"}
    amount = series.get(year)
    shown = f" {amount.format('en_US', 'words')}" if amount else ""
    cite = (
        f"{year.label()}{shown}: {source.citation}"
        f" ({status.get(source.status, source.status)})"
    )
    if len(_CITED) < 4096:
        _CITED[(id(series), year)] = (series, cite)
    return cite


def _fixed_reference(reference: Figure) -> _Core:
    def core(figures: dict[str, Figure]) -> Verdict:
        verdict = _level_core(dict(figures, reference=reference))
        return verdict.with_inputs(figures)

    return core


def check_per_capita(
    amount: Input,
    count: Input,
    stated: Input,
    *,
    per: str = "year",
    stated_per: str | None = None,
) -> Verdict:
    """
    Check a stated amount per person: *amount* (spent per *per*) over
    *count* people, against *stated* (per person per *stated_per*, by
    default the same period). Units are checked through pint.

    >>> v = check_per_capita("¥201.7 billion", "about 55,000", "¥3.7 million")
    >>> v.status
    'consistent'
    >>> check_per_capita(
    ...     "¥201.7 billion", "55,000", "¥305,000", stated_per="month"
    ... ).status
    'consistent'
    """
    with LOADING:
        # on first use: hns.checks loads without hns.units
        from hns.units import conversion_factor

    figures = {
        "top": as_figure(amount, "amount"),
        "bottom": as_figure(count, "count"),
        "stated": as_figure(stated, "stated"),
    }
    _need(figures["top"], "amount", "money")
    _need(figures["bottom"], "count", "count")
    currency = figures["top"].currency
    assert currency is not None
    per = _period(per, "per")
    stated_per = (
        per if stated_per is None else _period(stated_per, "stated_per")
    )
    factor = conversion_factor(
        f"{currency.code} / person / {per}",
        f"{currency.code} / person / {stated_per}",
    )
    core = _quotient_core("per_capita", False, factor)
    return _checked(core, figures, skip=["bottom"])


def _conversion_core(
    rates: Rates, on: dt.date | None, window_days: int
) -> _Core:
    def core(figures: dict[str, Figure]) -> Verdict:
        amount, stated = figures["amount"], figures["stated"]
        base, quote = amount.currency, stated.currency
        if base is None or quote is None:
            reason = "a conversion needs an amount of money on both sides"
            return _undetermined("conversion", figures, reason)
        found = _rates_around(rates, base, quote, on, window_days)
        if isinstance(found, str):
            return _undetermined("conversion", figures, found, quote.code)
        window, rate = found
        recomputed = amount.interval * window
        return _decide(
            "conversion", figures, recomputed, amount.number * rate, quote.code
        )

    return core


def check_conversion(
    amount: Input,
    stated: Input,
    on: dt.date | None = None,
    rates: Rates | None = None,
    *,
    window_days: int = 7,
    currency: Currency | str | None = None,
) -> Verdict:
    """
    Check a stated conversion of *amount*, as in "2017億円(약 2조1500억원)":
    the amount's interval converted at every rate published within
    *window_days* of *on* (newsrooms use their own bank's rate of the day,
    not the ECB's fix) against the stated figure's interval. ECB rates
    unless *rates* are given. A stated figure without a currency word
    takes *currency*.

    >>> import datetime as dt
    >>> day = dt.date(2021, 1, 31)
    >>> check_conversion("2017億円", "약 2조1500억원", on=day).status
    'consistent'
    >>> garbled = "about 2.5 trillion won"
    >>> v = check_conversion("201.7 billion yen", garbled, on=day)
    >>> v.status, v.diagnoses[0].corrected
    ('inconsistent', 'about 2.15 trillion won')

    *on* is a date, a datetime (its day), an ISO date string or a pandas
    ``Timestamp``; the figures are `Figure`, `Money`, numbers (a float by
    its shortest repr) or their text.

    Raises:
        ArgumentError: a figure, *on*, *rates*, *window_days* or
            *currency* of the wrong type.
    """
    with LOADING:
        # on first use: hns.checks loads without hns.fx
        from hns.fx import EcbRates

    on = as_optional_date(on, "on")
    window_days = _window_days(window_days)
    if currency is not None:
        currency = as_currency(currency, "currency")
    stated_figure = as_figure(stated, "stated")
    # A bare number takes *currency*; a percent or a multiple never does.
    if stated_figure.kind == "count" and currency is not None:
        stated_figure = attrs.evolve(
            stated_figure,
            value=Money(stated_figure.number, currency),
            kind="money",
        )
    figures = {"amount": as_figure(amount, "amount"), "stated": stated_figure}
    source = EcbRates() if rates is None else _rates(rates)
    if on is None and rates is None:
        reason = "no date to take the rate of; pass on="
        return _undetermined("conversion", figures, reason)

    def bounds(
        role: str, figures: dict[str, Figure], verdict: Verdict
    ) -> tuple[float, float] | None:
        # Where the amount must lie for the stated conversion to hold
        # (in floats, widened: a coarse filter before the exact check).
        if role == "stated":
            return _within(verdict.recomputed)
        amount, stated = figures["amount"], figures["stated"]
        if amount.currency is None or stated.currency is None:
            return None
        start, end = _window(on, window_days)
        try:
            window = _ends(
                source.rate_range(amount.currency, stated.currency, start, end)
            )
        except HnsError:
            return None
        ends = _ends(stated.interval)
        if window is None or ends is None or window[0] <= 0:
            return None
        return _widened(_spread(ends, window, lambda x, y: x / y))

    core = _conversion_core(source, on, window_days)
    verdict = _checked(core, figures, feasible=bounds)
    base, quote = figures["amount"].currency, stated_figure.currency
    if verdict.status == "undetermined" or base is None or quote is None:
        return verdict
    return verdict.citing(_cited(source, base, quote, on, window_days))


def _rates_around(
    rates: Rates,
    base: Currency,
    quote: Currency,
    on: dt.date | None,
    days: int,
) -> tuple[Interval, Decimal] | str:
    # Every rate of the *days* either side of *on*, and the rate of *on*;
    # or why there are none.
    start, end = _window(on, days)
    try:
        return rates.rate_range(base, quote, start, end), rates.rate(
            base, quote, on
        )
    except RateUnavailableError as err:
        return _no_rate(err, rates, base, quote, on)


def _window_days(value: object) -> int:
    # The days either side of a day whose rates a check takes.
    expected = "a whole number of days from 0 to 366"
    days = as_whole(value, "window_days", expected)
    if not 0 <= days <= 366:
        raise ArgumentError(
            argument="window_days", expected=expected, given=value
        )
    return days


def _cited(
    source: Rates,
    base: Currency,
    quote: Currency,
    on: dt.date | None,
    window_days: int,
) -> str:
    # Which rates a check in another currency took.
    with LOADING:
        # on first use: hns.checks loads without hns.fx
        from hns.fx import EcbRates

    if isinstance(source, EcbRates):
        return cite_ecb(base, quote, on, window_days)
    return _cite_rates(source, base, quote, on, window_days)


def _no_rate(
    error: RateUnavailableError,
    rates: Rates,
    base: Currency,
    quote: Currency,
    on: dt.date | None,
) -> str:
    # Why no rate was found; for a day past the ECB rates shipped with
    # hns, what to do about it.
    reason = str(error)
    with LOADING:
        # on first use: hns.checks loads without hns.fx
        from hns.fx import EcbRates

    if on is None or not isinstance(rates, EcbRates):
        return reason
    try:
        first, last = rates.bounds(base, quote)
    except RateUnavailableError:
        return reason
    pair = f"{base.code}/{quote.code}"
    if on > last:
        return (
            f"no {pair} rate for {on}: the ECB rates shipped with hns end on"
            f" {last}; give the rates of later days (rates=, or hns audit"
            " --rates FILE.csv, hns check --rate USDJPY=150)"
        )
    if on < first:
        return f"no {pair} rate for {on}: the ECB rates begin on {first}"
    return reason


def _window(
    on: dt.date | None, days: int
) -> tuple[dt.date | None, dt.date | None]:
    # The days *days* either side of *on* (just *on* when *days* is 0),
    # within the calendar's first and last days.
    if on is None or not days:
        return on, on
    span = dt.timedelta(days=days)
    start = on - span if on - dt.date.min >= span else dt.date.min
    end = on + span if dt.date.max - on >= span else dt.date.max
    return start, end


@functools.lru_cache(maxsize=1024)
def cite_ecb(
    base: Currency, quote: Currency, on: dt.date | None, window_days: int
) -> str:
    """
    Which ECB reference rates a conversion of *base* to *quote* on *on*
    (within *window_days*) was checked at, in words (memoized).
    """
    with LOADING:
        # on first use: hns.checks loads without hns.fx
        from hns.fx import EcbRates

    return _cite_rates(EcbRates(), base, quote, on, window_days)


def _cite_rates(
    rates: Rates,
    base: Currency,
    quote: Currency,
    on: dt.date | None,
    window_days: int,
) -> str:
    # "ECB reference rate of 2021-01-29, the last before 2021-01-31", or
    # the days of a window: which rates a conversion was checked at.
    with LOADING:
        # on first use: hns.checks loads without hns.fx
        from hns.fx import DailyRates, EcbRates

    pair = f"{base.code}/{quote.code}"
    bank = "ECB reference rate" if isinstance(rates, EcbRates) else "rate"
    path = getattr(rates, "path", None)
    if isinstance(path, str):  # a file of rates: say which
        pair = f"{pair} (from {path})"
    if not isinstance(rates, DailyRates) or on is None:
        return f"{pair} {bank}s given ({rates!r})"
    try:
        if window_days:
            start, end = _window(on, window_days)
            window = rates.rate_range(base, quote, start, end)
            return (
                f"{pair} {bank}s published {start} to {end}"
                f" ({window.lo:.4f} to {window.hi:.4f})"
            )
        fix = rates.quote(base, quote, on)
    except HnsError:
        return f"{pair} {bank}s"
    when = (
        f"of {fix.published}, the last before {on}"
        if fix.fallback
        else f"of {on}"
    )
    return f"{pair} {bank} {when} ({fix.rate:.4f})"


def implied_rate(amount: Input, stated: Input) -> Interval:
    """
    The rates a conversion implies: every rate that turns the amount as
    written into the stated figure as written.

    >>> r = implied_rate("2017億円", "2조1500억원")
    >>> round(r.lo, 3), round(r.hi, 3)
    (Decimal('10.632'), Decimal('10.687'))

    Raises:
        InvalidAmountError: the amount may be zero.
    """
    return (
        as_figure(stated, "stated").interval
        / as_figure(amount, "amount").interval
    )


def check_rates_agree(
    conversions: Sequence[tuple[Input, Input]],
) -> Verdict:
    """
    Check that several conversions in one text imply one rate: the
    intervals of implied rates must share a value.

    >>> check_rates_agree(
    ...     [("2017億円", "2조1500억원"), ("1993억엔", "2조1263억원")]
    ... ).status
    'consistent'
    """
    pairs = _sequence(conversions, "conversions")
    if not all(isinstance(p, tuple | list) and len(p) == 2 for p in pairs):
        raise ArgumentError(
            argument="conversions",
            expected="pairs of (amount, converted amount)",
            given=conversions,
        )
    figures: dict[str, Figure] = {}
    common: Interval | None = None
    for n, (amount, stated) in enumerate(pairs, 1):
        a = as_figure(amount, f"conversions[{n - 1}][0]")
        s = as_figure(stated, f"conversions[{n - 1}][1]")
        figures[f"amount {n}"], figures[f"converted {n}"] = a, s
        rate = s.interval / a.interval
        if common is None:
            common = rate
        else:
            meet = common.intersection(rate)
            if meet is None:
                return Verdict(
                    "rates",
                    "inconsistent",
                    stated_figure=None,
                    stated=common,
                    recomputed=rate,
                    point=None,
                    unit="rate",
                    inputs=tuple(figures.items()),
                    reason=f"conversion {n} implies another rate",
                )
            common = meet
    return Verdict(
        "rates",
        "consistent" if common is not None else "undetermined",
        stated_figure=None,
        stated=None,
        recomputed=common,
        point=None,
        unit="rate",
        inputs=tuple(figures.items()),
        reason="" if common is not None else "no conversions",
    )
