"""
Figures (numbers as written) and Intervals (exact Decimal bounds).

A written figure stands for every value that would have been written the
same way: ``201.7 billion`` for anything that rounds to it, ``about ¥200
billion`` for a wider range, ``more than four times`` for an open one.
Its `Interval` is that set, with exact bounds.
"""

from __future__ import annotations

import decimal
import functools
from collections.abc import Callable
from decimal import Decimal
from typing import assert_never, get_args

import attrs

from hns._arguments import as_flag, as_number, is_number
from hns._decimal import CEILING, FLOOR
from hns._loading import LOADING
from hns._types import Kind, Qualifier, Rounding
from hns._values import fields_repr
from hns.currency import Currency
from hns.errors import ArgumentError, InvalidAmountError, shown
from hns.money import Money, to_decimal

__all__ = ["Figure", "Interval", "Kind", "Qualifier", "Rounding"]

# Kind, Qualifier and Rounding are defined in hns._types (the words of
# hns.vocabulary need them, below figures); they are public here.

_INF = Decimal("Infinity")
_KINDS = frozenset(get_args(Kind))
_QUALIFIERS = frozenset(get_args(Qualifier))
_ROUNDINGS = frozenset(get_args(Rounding))
# Finite bounds and scalars stay within 10**±_LIMIT: far beyond any amount
# or ratio hns meets, far within what the decimal contexts can hold.
_LIMIT = 9999
# Bounds are rounded outwards (hns._decimal.FLOOR and CEILING), so an
# interval always holds the true result.


_BOUND = "a number (Decimal, int, float or str)"
_SCALAR = "a number (Decimal, int or float)"


def _bound(value: Decimal | int | float | str, argument: str) -> Decimal:
    given: object = value  # callers may pass anything
    if isinstance(given, Decimal):
        number = given
    elif isinstance(given, str):
        try:
            number = Decimal(given)
        except decimal.InvalidOperation:
            msg = f"{argument} must be a number, not {given[:40]!r}"
            raise InvalidAmountError(msg) from None
    else:
        # The float rule (hns._arguments): 0.1 is Decimal("0.1").
        number = as_number(given, argument, _BOUND)
    if number.is_finite() and number and abs(number.adjusted()) > _LIMIT:
        msg = f"{argument} is beyond 10**±{_LIMIT}: {shown(number)}"
        raise InvalidAmountError(msg)
    if number.is_nan():
        msg = f"{argument} cannot be NaN"
        raise InvalidAmountError(msg)
    return number


def _lo(value: Decimal | int | float | str) -> Decimal:
    return _bound(value, "lo")


def _hi(value: Decimal | int | float | str) -> Decimal:
    return _bound(value, "hi")


def _need_interval(value: object, argument: str = "other") -> None:
    # An Interval argument, or ArgumentError naming it.
    if not isinstance(value, Interval):
        raise ArgumentError(
            argument=argument, expected="an Interval", given=value
        )


def _number(value: object, argument: str) -> Decimal:
    if isinstance(value, str):  # a bound may be text; a scalar is not
        raise ArgumentError(argument=argument, expected=_SCALAR, given=value)
    return _bound(as_number(value, argument, _SCALAR), argument)


def _product(x: Decimal, y: Decimal, context: decimal.Context) -> Decimal:
    # 0 × ∞ is 0 here: a bound of zero stays zero whatever the other side.
    if not x or not y:
        return Decimal(0)
    return context.multiply(x, y)


@attrs.frozen(repr=False)
class Interval:
    """
    A set of numbers between exact Decimal bounds, each closed or open.

    Infinite bounds are ``Decimal("Infinity")`` and are always open.

    >>> i = Interval(Decimal("200.65"), Decimal("200.75"))
    >>> i.contains(Decimal("200.7"))
    True
    >>> str(i * 2)
    '[401.30, 401.50]'
    >>> str(Interval.point(10) / Interval(4, 5))
    '[2, 2.5]'

    Bounds are numbers as hns takes them everywhere: a Decimal, an int, a
    float by its shortest repr (``Interval(0.1, 0.2)`` is exactly
    ``[0.1, 0.2]``) or a str.

    Raises:
        InvalidAmountError: a NaN bound or one beyond 10**±9999, an empty
            interval.
        ArgumentError: a bound that is no number, a flag that is not a
            bool.
    """

    __repr__ = fields_repr

    lo: Decimal = attrs.field(converter=_lo)
    hi: Decimal = attrs.field(converter=_hi)
    lo_closed: bool = True
    hi_closed: bool = True

    def __attrs_post_init__(self) -> None:
        for name in ("lo_closed", "hi_closed"):
            as_flag(getattr(self, name), name)
        if self.lo > self.hi or self.lo == _INF or self.hi == -_INF:
            msg = f"empty interval: {self.lo} > {self.hi}"
            raise InvalidAmountError(msg)
        if self.lo == self.hi and not (self.lo_closed and self.hi_closed):
            msg = f"empty interval at {self.lo}"
            raise InvalidAmountError(msg)
        if self.lo.is_infinite():
            object.__setattr__(self, "lo_closed", False)
        if self.hi.is_infinite():
            object.__setattr__(self, "hi_closed", False)

    @classmethod
    def point(cls, value: Decimal | int | float) -> Interval:
        """
        The interval holding just *value*.

        >>> str(Interval.point(5))
        '[5, 5]'
        """
        number = _number(value, "value")
        return cls(number, number)

    @classmethod
    def around(
        cls, value: Decimal | int | float, radius: Decimal | int | float
    ) -> Interval:
        """
        ``[value - radius, value + radius]``.

        >>> str(Interval.around(Decimal("1.2"), Decimal("0.05")))
        '[1.15, 1.25]'
        """
        center = _number(value, "value")
        spread = _number(radius, "radius").copy_abs()
        return cls(FLOOR.subtract(center, spread), CEILING.add(center, spread))

    def __str__(self) -> str:
        left = "[" if self.lo_closed else "("
        right = "]" if self.hi_closed else ")"
        lo = "-∞" if self.lo == -_INF else format(self.lo, "f")
        hi = "+∞" if self.hi == _INF else format(self.hi, "f")
        return f"{left}{lo}, {hi}{right}"

    @property
    def width(self) -> Decimal:
        """
        ``hi - lo`` (infinite for an unbounded interval).

        >>> Interval(Decimal("1.15"), Decimal("1.25")).width
        Decimal('0.10')
        """
        return self.hi - self.lo

    @property
    def midpoint(self) -> Decimal | None:
        """
        The centre, or None when a bound is infinite.

        >>> Interval(Decimal("1.15"), Decimal("1.25")).midpoint
        Decimal('1.20')
        >>> Interval(1, Decimal("Infinity")).midpoint is None
        True
        """
        if self.lo.is_infinite() or self.hi.is_infinite():
            return None
        return (self.lo + self.hi) / 2

    @property
    def is_bounded(self) -> bool:
        """
        Whether both bounds are finite.

        >>> Interval(1, 2).is_bounded
        True
        """
        return self.lo.is_finite() and self.hi.is_finite()

    def contains(self, value: Decimal | int | float | Interval) -> bool:
        """
        Whether *value* (a number or a whole interval) lies inside.

        >>> Interval(1, 2, hi_closed=False).contains(2)
        False
        """
        if isinstance(value, Interval):
            return self._admits_lo(value.lo, value.lo_closed) and (
                self._admits_hi(value.hi, value.hi_closed)
            )
        number = _number(value, "value")
        return self._admits_lo(number, True) and self._admits_hi(number, True)

    def _admits_lo(self, value: Decimal, closed: bool) -> bool:
        if value == self.lo:
            return self.lo_closed or not closed
        return value > self.lo

    def _admits_hi(self, value: Decimal, closed: bool) -> bool:
        if value == self.hi:
            return self.hi_closed or not closed
        return value < self.hi

    def overlaps(self, other: Interval) -> bool:
        """
        Whether the two intervals share at least one number.

        >>> Interval(1, 2).overlaps(Interval(2, 3))
        True
        >>> Interval(1, 2, hi_closed=False).overlaps(Interval(2, 3))
        False
        """
        return self._meet(other) is not None

    def _meet(
        self, other: Interval
    ) -> tuple[Decimal, Decimal, bool, bool] | None:
        if other.__class__ is not Interval:
            _need_interval(other)
        if self.lo > other.lo or (self.lo == other.lo and not self.lo_closed):
            lo, lo_closed = self.lo, self.lo_closed
        else:
            lo, lo_closed = other.lo, other.lo_closed
        if self.hi < other.hi or (self.hi == other.hi and not self.hi_closed):
            hi, hi_closed = self.hi, self.hi_closed
        else:
            hi, hi_closed = other.hi, other.hi_closed
        if lo < hi or (lo == hi and lo_closed and hi_closed):
            return lo, hi, lo_closed, hi_closed
        return None

    def intersection(self, other: Interval) -> Interval | None:
        """
        The numbers in both, or None.

        >>> str(Interval(1, 3).intersection(Interval(2, 5)))
        '[2, 3]'
        >>> Interval(1, 2).intersection(Interval(3, 4)) is None
        True
        """
        meet = self._meet(other)
        return None if meet is None else raw_interval(*meet)

    def hull(self, other: Interval) -> Interval:
        """
        The smallest interval holding both.

        >>> str(Interval(1, 2).hull(Interval(4, 5)))
        '[1, 5]'
        """
        if other.__class__ is not Interval:
            _need_interval(other)
        lo, lo_closed = min(
            (self.lo, not self.lo_closed), (other.lo, not other.lo_closed)
        )
        hi, hi_closed = max(
            (self.hi, self.hi_closed), (other.hi, other.hi_closed)
        )
        return raw_interval(lo, hi, not lo_closed, hi_closed)

    # Arithmetic. Results of operations on valid intervals are valid, so
    # they are built by raw_interval, skipping the checks; scalars and
    # positive intervals (the common case) take short paths.

    def __add__(self, other: Interval | Decimal | int) -> Interval:
        if isinstance(other, Interval):
            return raw_interval(
                FLOOR.add(self.lo, other.lo),
                CEILING.add(self.hi, other.hi),
                self.lo_closed and other.lo_closed,
                self.hi_closed and other.hi_closed,
            )
        c = _scalar(other)
        if c is None:
            return NotImplemented
        return raw_interval(
            FLOOR.add(self.lo, c),
            CEILING.add(self.hi, c),
            self.lo_closed,
            self.hi_closed,
        )

    __radd__ = __add__

    def __neg__(self) -> Interval:
        return raw_interval(
            self.hi.copy_negate(),
            self.lo.copy_negate(),
            self.hi_closed,
            self.lo_closed,
        )

    def __sub__(self, other: Interval | Decimal | int) -> Interval:
        if isinstance(other, Interval):
            return raw_interval(
                FLOOR.subtract(self.lo, other.hi),
                CEILING.subtract(self.hi, other.lo),
                self.lo_closed and other.hi_closed,
                self.hi_closed and other.lo_closed,
            )
        c = _scalar(other)
        if c is None:
            return NotImplemented
        return raw_interval(
            FLOOR.subtract(self.lo, c),
            CEILING.subtract(self.hi, c),
            self.lo_closed,
            self.hi_closed,
        )

    def __rsub__(self, other: Decimal | int) -> Interval:
        return -self + other

    def __mul__(self, other: Interval | Decimal | int) -> Interval:
        if not isinstance(other, Interval):
            c = _scalar(other)
            if c is None:
                return NotImplemented
            if c > 0:
                return raw_interval(
                    _product(self.lo, c, FLOOR),
                    _product(self.hi, c, CEILING),
                    self.lo_closed,
                    self.hi_closed,
                )
            if c < 0:
                return raw_interval(
                    _product(self.hi, c, FLOOR),
                    _product(self.lo, c, CEILING),
                    self.hi_closed,
                    self.lo_closed,
                )
            return raw_interval(c, c, True, True)
        if self.lo >= 0 and other.lo >= 0:
            return raw_interval(
                _product(self.lo, other.lo, FLOOR),
                _product(self.hi, other.hi, CEILING),
                self.lo_closed and other.lo_closed,
                self.hi_closed and other.hi_closed,
            )
        ends = [
            (x, y, cx and cy)
            for x, cx in ((self.lo, self.lo_closed), (self.hi, self.hi_closed))
            for y, cy in (
                (other.lo, other.lo_closed),
                (other.hi, other.hi_closed),
            )
        ]
        lows = [(_product(x, y, FLOOR), not c) for x, y, c in ends]
        highs = [(_product(x, y, CEILING), c) for x, y, c in ends]
        lo, lo_open = min(lows)
        hi, hi_closed = max(highs)
        return raw_interval(lo, hi, not lo_open, hi_closed)

    __rmul__ = __mul__

    def reciprocal(self) -> Interval:
        """
        ``1 / x`` for every x inside; the interval must not hold zero.

        >>> str(Interval(4, 5).reciprocal())
        '[0.2, 0.25]'
        """
        if self.contains(0):
            msg = f"cannot divide by {self}, which holds zero"
            raise InvalidAmountError(msg)
        # An open bound at zero ("more than 0") turns into an infinite one.
        lo = (
            Decimal(0)
            if self.hi.is_infinite()
            else -_INF
            if not self.hi
            else FLOOR.divide(1, self.hi)
        )
        hi = (
            Decimal(0)
            if self.lo.is_infinite()
            else _INF
            if not self.lo
            else CEILING.divide(1, self.lo)
        )
        return raw_interval(
            lo,
            hi,
            self.hi_closed and lo.is_finite(),
            self.lo_closed and hi.is_finite(),
        )

    def __truediv__(self, other: Interval | Decimal | int) -> Interval:
        if not isinstance(other, Interval):
            c = _scalar(other)
            if c is None:
                return NotImplemented
            if not c:
                msg = f"cannot divide {self} by zero"
                raise InvalidAmountError(msg)
            return self * Interval.point(c).reciprocal()
        if self.lo >= 0 and other.lo > 0:
            # Both positive: the quotient runs from lo/hi to hi/lo.
            return raw_interval(
                FLOOR.divide(self.lo, other.hi),
                CEILING.divide(self.hi, other.lo),
                self.lo_closed and other.hi_closed,
                self.hi_closed and other.lo_closed,
            )
        return self * other.reciprocal()

    def __rtruediv__(self, other: Decimal | int) -> Interval:
        return self.reciprocal() * other


_NEW = object.__new__
_SET_LO = Interval.__dict__["lo"].__set__
_SET_HI = Interval.__dict__["hi"].__set__
_SET_LO_CLOSED = Interval.__dict__["lo_closed"].__set__
_SET_HI_CLOSED = Interval.__dict__["hi_closed"].__set__


def raw_interval(
    lo: Decimal, hi: Decimal, lo_closed: bool, hi_closed: bool
) -> Interval:
    """
    An interval known to be valid, without the checks (for hns modules);
    infinite ends are open.
    """
    interval = _NEW(Interval)
    _SET_LO(interval, lo)
    _SET_HI(interval, hi)
    _SET_LO_CLOSED(interval, lo_closed and lo.is_finite())
    _SET_HI_CLOSED(interval, hi_closed and hi.is_finite())
    return interval


def _scalar(value: object) -> Decimal | None:
    # A number an interval is combined with (the float rule for floats),
    # or None for anything else.
    if value.__class__ is int:
        return Decimal(value)
    if not is_number(value):
        return None
    number = as_number(value, "operand")
    if not number.is_finite() or (number and abs(number.adjusted()) > _LIMIT):
        msg = f"cannot do interval arithmetic with {number}"
        raise InvalidAmountError(msg)
    return number


def _interval(
    value: Decimal,
    resolution: Decimal,
    qualifier: Qualifier,
    rounding: Rounding,
) -> Interval:
    given: tuple[object, object] = (value, resolution)
    if (
        not isinstance(given[0], Decimal)
        or not isinstance(given[1], Decimal)
        or not value.is_finite()
        or not resolution.is_finite()
        or resolution < 0
        or (value and abs(value.adjusted()) > _LIMIT)
        or (resolution and abs(resolution.adjusted()) > _LIMIT)
    ):
        msg = (
            f"no interval around {value!r:.60} at a resolution of"
            f" {resolution!r:.60}"
        )
        raise InvalidAmountError(msg)
    # With a finite value and a resolution of at least zero, every bounded
    # interval below is valid: built without the checks of Interval().
    half = resolution / 2
    below, above = FLOOR.subtract, CEILING.add
    match qualifier:
        case "exact":
            nearest = raw_interval(
                below(value, half), above(value, half), True, True
            )
            if rounding == "nearest":
                return nearest
            # Truncation cuts towards zero: "-0%" is a change in (-1%, 0].
            cut = (
                raw_interval(value, above(value, resolution), True, True)
                if not value.is_signed()
                else raw_interval(below(value, resolution), value, True, True)
            )
            if rounding == "truncate":
                return cut
            return nearest.hull(cut)
        case "about":
            return raw_interval(
                below(value, resolution), above(value, resolution), True, True
            )
        case "nearly":
            return raw_interval(below(value, resolution), value, True, True)
        case "over":
            return Interval(value, _INF, lo_closed=False)
        case "at_least":
            return Interval(value, _INF)
        case "under":
            return Interval(-_INF, value, hi_closed=False)
        case "at_most":
            return Interval(-_INF, value)
    assert_never(qualifier)


def _value(value: Money | Decimal | int | float) -> Money | Decimal:
    # A figure's value: Money, or a number by the float rule.
    if value.__class__ is Decimal or isinstance(value, Money):
        return value
    return as_number(value, "value", "Money or a number (Decimal, int, float)")


def _resolution(value: Decimal | int | float) -> Decimal:
    if value.__class__ is Decimal:
        return value
    return as_number(value, "resolution")


def _check_text(_: object, __: object, text: str) -> None:
    given: object = text  # callers may pass anything
    if given.__class__ is not str and not isinstance(given, str):
        raise ArgumentError(argument="text", expected="a str", given=text)


def _one_of(
    argument: str, words: frozenset[str]
) -> Callable[[object, object, object], None]:
    # A validator: one of *words*, else an ArgumentError naming *argument*.
    expected = "one of " + ", ".join(sorted(words))

    def check(_: object, __: object, word: object) -> None:
        if not isinstance(word, str) or word not in words:
            raise ArgumentError(
                argument=argument, expected=expected, given=word
            )

    return check


@attrs.frozen(repr=False)
class Figure:
    """
    A number as written: its value, the text, the place of its last written
    digit (*resolution*), and the word that qualifies it.

    >>> f = Figure.parse("201.7 billion yen")
    >>> f.value
    Money('201700000000', 'JPY')
    >>> f.resolution
    Decimal('1E+8')
    >>> f.number, f.currency
    (Decimal('201700000000'), Currency('JPY'))
    >>> str(Figure.parse("193 billion yen").interval)
    '[192500000000, 193500000000]'
    >>> str(f.interval)
    '[201650000000, 201750000000]'
    >>> str(Figure.parse("1.2%").interval)
    '[1.15, 1.25]'
    >>> str(Figure.parse("roughly ¥200 billion").interval)
    '[160000000000, 240000000000]'
    >>> str(Figure.parse("more than four times").interval)
    '(4, +∞)'

    Built by hand, *value* is Money or a number and *resolution* a number,
    each as hns takes numbers (a float by its shortest repr):

    >>> str(Figure(0.5, "0.5", "count", 0.1).interval)
    '[0.45, 0.55]'

    Raises:
        ArgumentError: a value, resolution or text of the wrong type, or a
            kind, qualifier or rounding that is none of hns's words.
        InvalidAmountError: a float NaN or infinity.
    """

    __repr__ = fields_repr

    value: Money | Decimal = attrs.field(converter=_value)
    text: str = attrs.field(validator=_check_text)
    kind: Kind = attrs.field(validator=_one_of("kind", _KINDS))
    resolution: Decimal = attrs.field(converter=_resolution)
    qualifier: Qualifier = attrs.field(
        default="exact", validator=_one_of("qualifier", _QUALIFIERS)
    )
    rounding: Rounding = attrs.field(
        default="nearest", validator=_one_of("rounding", _ROUNDINGS)
    )

    @classmethod
    def parse(
        cls, text: str, default_currency: Currency | str | None = None
    ) -> Figure:
        """
        Read one figure; see `hns.parse_figure`.

        >>> Figure.parse("2017億円").value
        Money('201700000000', 'JPY')
        """
        with LOADING:
            # reaches up to hns.parse: a convenience (see DESIGN)
            from hns.parse import parse_figure

        return parse_figure(text, default_currency)

    def __str__(self) -> str:
        return self.text

    @functools.cached_property
    def flaw(self) -> str | None:
        """
        What makes a figure built by hand unusable (None for a sound one,
        as every parsed figure is): a value that is no finite amount in
        range, a negative or non-finite resolution, an unknown kind,
        qualifier or rounding, or money that is not a money figure.

        >>> Figure.parse("¥5").flaw is None
        True
        >>> Figure(Decimal("NaN"), "", "count", Decimal(1)).flaw
        "Decimal('NaN') is not a finite amount"
        """
        value, resolution = self.value, self.resolution
        given: tuple[object, object] = (value, resolution)
        if (
            self.kind not in _KINDS
            or self.qualifier not in _QUALIFIERS
            or self.rounding not in _ROUNDINGS
            or not isinstance(given[0], Money | Decimal)
            or not isinstance(given[1], Decimal)
            # An amount of money is a money figure, and only it.
            or (self.kind == "money") != isinstance(value, Money)
        ):
            return f"{self!r:.80} is malformed"
        try:
            if not isinstance(value, Money):
                to_decimal(value)
            if to_decimal(resolution) < 0:
                return "has a negative resolution"
        except InvalidAmountError as err:
            return str(err)
        return None

    @functools.cached_property
    def number(self) -> Decimal:
        """
        The value as a plain number (the amount, for money).

        >>> Figure.parse("¥5").number
        Decimal('5')
        """
        return (
            self.value.amount if isinstance(self.value, Money) else self.value
        )

    @functools.cached_property
    def currency(self) -> Currency | None:
        """
        The currency of a money figure, else None.

        >>> Figure.parse("5 won").currency
        Currency('KRW')
        """
        return self.value.currency if isinstance(self.value, Money) else None

    @functools.cached_property
    def interval(self) -> Interval:
        """
        Every value that would have been written this way.

        >>> str(Figure.parse("193 billion yen").interval)
        '[192500000000, 193500000000]'
        """
        return _interval(
            self.number, self.resolution, self.qualifier, self.rounding
        )

    def with_rounding(self, rounding: Rounding) -> Figure:
        """
        The same figure, read under another rounding assumption.

        >>> str(Figure.parse("1.2%").with_rounding("truncate").interval)
        '[1.2, 1.3]'
        >>> str(Figure.parse("1.2%").with_rounding("either").interval)
        '[1.15, 1.3]'
        """
        return attrs.evolve(self, rounding=rounding)


_SET_ATTRIBUTE = object.__setattr__


def read_figure(
    value: Money | Decimal,
    text: str,
    kind: Kind,
    resolution: Decimal,
    qualifier: Qualifier = "exact",
    rounding: Rounding = "nearest",
) -> Figure:
    """
    A figure one of hns's readers built, known sound (for hns modules):
    the reader takes the kind, qualifier and rounding from its own words
    and refuses amounts out of range, so `Figure.flaw` is None without
    being worked out again when the figure is first checked.

    >>> read_figure(Decimal("1.2"), "1.2%", "percent", Decimal("0.1")).flaw
    """
    # Built without the converters and validators of Figure(): the
    # reader's figures are sound.
    figure = _NEW(Figure)
    _SET_ATTRIBUTE(figure, "value", value)
    _SET_ATTRIBUTE(figure, "text", text)
    _SET_ATTRIBUTE(figure, "kind", kind)
    _SET_ATTRIBUTE(figure, "resolution", resolution)
    _SET_ATTRIBUTE(figure, "qualifier", qualifier)
    _SET_ATTRIBUTE(figure, "rounding", rounding)
    _SET_ATTRIBUTE(figure, "flaw", None)
    # Its number and currency too, known here (else each is worked out
    # through attrs' __getattr__ on first use).
    if isinstance(value, Money):
        _SET_ATTRIBUTE(figure, "number", value.amount)
        _SET_ATTRIBUTE(figure, "currency", value.currency)
    else:
        _SET_ATTRIBUTE(figure, "number", value)
        _SET_ATTRIBUTE(figure, "currency", None)
    return figure
