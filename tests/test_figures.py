from __future__ import annotations

import decimal
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import Figure, Interval, InvalidAmountError, parse_figure
from hns.figures import Rounding

D = Decimal
INF = D("Infinity")

finite = st.decimals(
    min_value=-(10**6), max_value=10**6, allow_nan=False, places=3
)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted((draw(finite), draw(finite)))
    return Interval(a, b)


class TestInterval:
    def test_empty_refused(self) -> None:
        """
        lo > hi is not an interval.
        """
        with pytest.raises(InvalidAmountError, match="empty interval"):
            Interval(2, 1)

    def test_nan_refused(self) -> None:
        """
        NaN is not a bound.
        """
        with pytest.raises(InvalidAmountError, match="NaN"):
            Interval(D("NaN"), 1)

    def test_infinite_bounds_open(self) -> None:
        """
        An infinite bound is open whatever was asked.
        """
        interval = Interval(1, INF)

        assert not interval.hi_closed
        assert str(interval) == "[1, +∞)"
        assert not interval.is_bounded
        assert interval.midpoint is None

    def test_contains(self) -> None:
        """
        contains() honours open and closed ends.
        """
        half_open = Interval(1, 2, lo_closed=False)

        assert not half_open.contains(1)
        assert half_open.contains(2)
        assert half_open.contains(Interval(D("1.5"), 2))
        assert not half_open.contains(Interval(1, 2))

    def test_intersection(self) -> None:
        """
        Intersections keep the tighter end and its openness.
        """
        result = Interval(1, 3).intersection(Interval(2, 5, lo_closed=False))

        assert result == Interval(2, 3, lo_closed=False)
        assert Interval(1, 2).intersection(Interval(3, 4)) is None

    def test_width_midpoint(self) -> None:
        """
        Width and midpoint are exact.
        """
        interval = Interval(D("1.15"), D("1.25"))

        assert interval.width == D("0.10")
        assert interval.midpoint == D("1.2")

    def test_division_by_interval_with_zero(self) -> None:
        """
        Dividing by an interval that holds zero is refused.
        """
        with pytest.raises(InvalidAmountError, match="holds zero"):
            Interval(1, 2) / Interval(-1, 1)

    def test_change_of_seed_claim(self) -> None:
        """
        (201.7 ± 0.05) / (193 ± 0.5) - 1 is about +4.2% to +4.8%.
        """
        new = Interval(D("201.65"), D("201.75"))
        old = Interval(D("192.5"), D("193.5"))

        change = (new / old - 1) * 100

        assert D("4.21") < change.lo < D("4.22")
        assert D("4.80") < change.hi < D("4.81")

    def test_open_bounds_propagate(self) -> None:
        """
        An open end stays open through addition.
        """
        total = Interval(1, 2, hi_closed=False) + Interval(1, 1)

        assert total == Interval(2, 3, hi_closed=False)

    def test_infinite_times_zero(self) -> None:
        """
        0 × ∞ counts as 0, so products with unbounded intervals work.
        """
        product = Interval(0, 1) * Interval(2, INF)

        assert product.lo == 0
        assert product.hi == INF

    @given(a=intervals(), b=intervals(), x=finite, y=finite)
    def test_add_mul_enclose(
        self, a: Interval, b: Interval, x: Decimal, y: Decimal
    ) -> None:
        """
        For x in a and y in b, x + y, x - y and x * y lie in the results.
        """
        x = min(max(x, a.lo), a.hi)
        y = min(max(y, b.lo), b.hi)

        assert (a + b).contains(x + y)
        assert (a - b).contains(x - y)
        assert (a * b).contains(x * y)

    @given(a=intervals(), b=intervals(), x=finite, y=finite)
    def test_div_encloses(
        self, a: Interval, b: Interval, x: Decimal, y: Decimal
    ) -> None:
        """
        For x in a and y in b (b without zero), x / y lies in a / b.
        """
        if b.contains(0):
            b = b + (abs(b.lo) + 1)
        x = min(max(x, a.lo), a.hi)
        y = min(max(y, b.lo), b.hi)

        quotient = a / b
        # x / y has no exact Decimal; compare lo <= x / y <= hi as products.
        with decimal.localcontext(prec=200):
            low, high = sorted((quotient.lo * y, quotient.hi * y))
        assert low <= x <= high

    @given(a=intervals(), b=intervals())
    def test_hull_holds_both(self, a: Interval, b: Interval) -> None:
        """
        The hull contains each of the two intervals.
        """
        hull = a.hull(b)

        assert hull.contains(a)
        assert hull.contains(b)


class TestFigure:
    @pytest.mark.parametrize(
        ("text", "lo", "hi"),
        [
            ("1.2%", "1.15", "1.25"),
            ("201.7 billion yen", "201.65e9", "201.75e9"),
            # A round figure with a scale word, unhedged: one unit of it.
            ("200 billion yen", "199.5e9", "200.5e9"),
            ("50조원", "49.5e12", "50.5e12"),
            # Three significant digits and a zero: likely rounding.
            ("2조 1260억 원", "2.1255e12", "2.1265e12"),
            ("55,000", "54500", "55500"),
            ("about 55,000", "54000", "56000"),
            # Hedged: its last non-zero digit, at most a fifth of it.
            ("roughly ¥200 billion", "160e9", "240e9"),
            ("약 50조원", "40e12", "60e12"),
            ("100억엔 정도", "80e8", "120e8"),
            ("約1兆円", "0.5e12", "1.5e12"),
            ("약 2조1500억원", "2.14e12", "2.16e12"),
            ("2017億円程度", "2016e8", "2018e8"),
            ("nearly ¥200 billion", "160e9", "200e9"),
            ("four times", "3.5", "4.5"),
        ],
    )
    def test_bounded(self, text: str, lo: str, hi: str) -> None:
        """
        Exact figures span half a resolution each way (a round figure
        with a scale word to one unit of it), hedged ones one whole
        resolution (a round one its last non-zero digit, at most a fifth
        of the value), "nearly" one resolution below.
        """
        assert parse_figure(text).interval == Interval(D(lo), D(hi))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("more than four times", Interval(4, INF, lo_closed=False)),
            ("over ¥200 billion", Interval(D("200e9"), INF, lo_closed=False)),
            ("200億円超", Interval(D("200e8"), INF, lo_closed=False)),
            ("1조원 이상", Interval(D("1e12"), INF)),
            ("at least 5%", Interval(5, INF)),
            ("under 5%", Interval(-INF, 5, hi_closed=False)),
            ("5% 미만", Interval(-INF, 5, hi_closed=False)),
            ("up to $5 billion", Interval(-INF, D("5e9"))),
            ("2017億円以下", Interval(-INF, D("2017e8"))),
        ],
    )
    def test_one_sided(self, text: str, expected: Interval) -> None:
        """
        One-sided words give one-sided intervals, open where strict.
        """
        assert parse_figure(text).interval == expected

    @pytest.mark.parametrize(
        ("rounding", "lo", "hi"),
        [
            ("nearest", "1.15", "1.25"),
            ("truncate", "1.2", "1.3"),
            ("either", "1.15", "1.3"),
        ],
    )
    def test_rounding(self, rounding: str, lo: str, hi: str) -> None:
        """
        The rounding assumption picks nearest, truncated or either.
        """
        figure = parse_figure("1.2%").with_rounding(rounding)  # type: ignore[arg-type]

        assert figure.interval == Interval(D(lo), D(hi))

    def test_truncated_negative(self) -> None:
        """
        A truncated negative figure cut digits towards zero.
        """
        figure = parse_figure("-1.2%").with_rounding("truncate")

        assert figure.interval == Interval(D("-1.3"), D("-1.2"))

    @given(
        digits=st.integers(min_value=0, max_value=10**6),
        places=st.integers(min_value=0, max_value=4),
    )
    def test_interval_holds_value(self, digits: int, places: int) -> None:
        """
        A figure's interval always holds its own value, under every
        rounding assumption.
        """
        number = D(digits).scaleb(-places)
        figure = parse_figure(f"{number}%")

        roundings: tuple[Rounding, ...] = ("nearest", "truncate", "either")
        for rounding in roundings:
            interval = figure.with_rounding(rounding).interval
            assert interval.contains(figure.number)

    def test_keeps_text(self) -> None:
        """
        A figure keeps the text as written, beside its value.
        """
        figure = Figure.parse("  2017 billion yen ")

        assert figure.text == "2017 billion yen"
        assert str(figure) == "2017 billion yen"
        assert figure.currency is not None
        assert figure.currency.code == "JPY"

    def test_plain_number_has_no_currency(self) -> None:
        """
        A count has no currency.
        """
        assert parse_figure("55,000").currency is None
