from __future__ import annotations

import datetime as dt
import decimal
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import (
    JAPAN,
    ArgumentError,
    CurrencyMismatchError,
    Figure,
    FiscalYear,
    InvalidAmountError,
    Money,
    ParseError,
    check_average,
    check_change,
    check_conversion,
    check_level,
    check_per_capita,
    check_ratio,
    check_share,
    check_total,
    jpy,
)
from hns.data import japan_hns
from hns.figures import Rounding
from hns.fx import FixedRates

RATES_105 = FixedRates({("USD", "JPY"): 105})


class TestSeedClaims:
    def test_a_lost_digit(self) -> None:
        """
        (a) "a 1.2% increase from 193 billion yen to 201.7 billion yen" is
        inconsistent: the change is +4.2% to +4.8%, and the top diagnosis
        is the lost digit of 1993億円.
        """
        verdict = check_change("193 billion yen", "201.7 billion yen", "1.2%")

        assert verdict.status == "inconsistent"
        assert verdict.recomputed is not None
        low = (Decimal("201.65") / Decimal("193.5") - 1) * 100
        high = (Decimal("201.75") / Decimal("192.5") - 1) * 100
        assert abs(verdict.recomputed.lo - low) < Decimal("1e-20")
        assert abs(verdict.recomputed.hi - high) < Decimal("1e-20")
        top = verdict.diagnoses[0]
        assert (top.figure, top.kind, top.corrected) == (
            "old",
            "lost_digit",
            "1993億円",
        )
        assert top.verdict.status == "consistent"
        assert verdict.explain().startswith(
            "stated +1.2%, but 193 → 201.7 billion yen is +4.5%"
            " (+4.2% to +4.8% at the stated precision)"
        )

    def test_b_right_base(self) -> None:
        """
        (b) The same claim from 199.3 billion yen is consistent.
        """
        verdict = check_change(
            "199.3 billion yen", "201.7 billion yen", "1.2%"
        )

        assert verdict.status == "consistent"
        assert verdict.diagnoses == ()

    def test_c_myriad_scale(self) -> None:
        """
        (c) "2017 billion yen" against the JFY2021 reference (2017億円) is
        inconsistent, explained by 億 read as billion.
        """
        verdict = check_level(
            "2017 billion yen", japan_hns(), FiscalYear(2021, JAPAN)
        )

        assert verdict.status == "inconsistent"
        assert verdict.diagnoses[0].kind == "myriad_scale"
        assert verdict.diagnoses[0].corrected == "2017億円"
        assert verdict.off_by == jpy("2017億").amount - jpy("2017e9").amount

    def test_d_four_times(self) -> None:
        """
        (d) $8 billion a year is four times ¥199.3 billion at 105 JPY/USD.
        """
        verdict = check_ratio(
            "$8 billion", "¥199.3 billion", "four times", rates=RATES_105
        )

        assert verdict.status == "consistent"
        assert verdict.point == Decimal("8e9") * 105 / Decimal("199.3e9")

    def test_e_roughly(self) -> None:
        """
        (e) "roughly ¥200 billion" agrees with ¥201.7 billion.
        """
        verdict = check_level("roughly ¥200 billion", "¥201.7 billion")

        assert verdict.status == "consistent"


class TestChange:
    @pytest.mark.parametrize(
        ("old", "new", "stated", "direction", "status"),
        [
            ("1993億円", "2017億円", "1.2%", None, "consistent"),
            ("2017億円", "1993億円", "1.2%", "decrease", "consistent"),
            ("2017億円", "1993億円", "-1.2%", None, "consistent"),
            ("2017億円", "1993億円", "1.2%", None, "inconsistent"),
            ("1993億円", "2017億円", "¥2.4 billion", None, "consistent"),
            ("1993億円", "2017億円", "¥2.7 billion", None, "inconsistent"),
            ("5%", "8%", "3 points", None, "consistent"),
            ("9602억원", "10389억원", "8.2%", None, "consistent"),
            ("10389억원", "11833억원", "13.9%", None, "consistent"),
        ],
    )
    def test_status(
        self,
        old: str,
        new: str,
        stated: str,
        direction: str | None,
        status: str,
    ) -> None:
        """
        Percent, absolute and point changes, rises and falls.
        """
        verdict = check_change(old, new, stated, direction=direction)  # type: ignore[arg-type]

        assert verdict.status == status

    def test_points_vs_percent(self) -> None:
        """
        "3%" for a move from 5% to 8% is diagnosed as percentage points.
        """
        verdict = check_change("5%", "8%", "3%")

        assert verdict.status == "inconsistent"
        assert verdict.diagnoses[0].kind == "points_vs_percent"
        assert "percentage points" in verdict.diagnoses[0].explain()

    def test_wrong_direction(self) -> None:
        """
        A rise reported as a fall is diagnosed as the wrong direction.
        """
        verdict = check_change(
            "199.3 billion yen",
            "201.7 billion yen",
            "1.2%",
            direction="decrease",
        )

        kinds = [d.kind for d in verdict.diagnoses]
        assert verdict.status == "inconsistent"
        assert "wrong_direction" in kinds

    def test_wrong_base(self) -> None:
        """
        A fall of about 50% reported as 100.1%, its size against the new
        figure.
        """
        verdict = check_change(
            jpy(2017), jpy(1008), "100.1%", direction="decrease"
        )

        assert verdict.status == "inconsistent"
        assert verdict.diagnoses[0].kind == "wrong_base"

    def test_rounding_only(self) -> None:
        """
        A claim that holds only through the inputs' rounding says so.
        """
        verdict = check_change("100", "101.3", "1.2%")
        exact = check_change(Decimal(100), Decimal("101.3"), "1.2%")

        assert verdict.status == "consistent"
        assert verdict.rounding_only
        assert exact.status == "inconsistent"

    @pytest.mark.parametrize("old", ["0 yen", "-5 yen", jpy(0)])
    def test_base_not_positive(self, old: str | Money) -> None:
        """
        A percent change from a zero or negative base is undetermined.
        """
        verdict = check_change(old, "5 yen", "1%")

        assert verdict.status == "undetermined"
        assert "not positive" in verdict.reason
        assert verdict.explain().startswith("undetermined: the base")

    def test_mixed_currencies(self) -> None:
        """
        Yen against won in one change is a CurrencyMismatchError.
        """
        with pytest.raises(CurrencyMismatchError, match="JPY with KRW"):
            check_change("5 yen", "6 won", "20%")

    @pytest.mark.parametrize("stated", ["four times", "55,000"])
    def test_stated_kind(self, stated: str) -> None:
        """
        A change must be stated as a percent, points or an amount.
        """
        with pytest.raises(InvalidAmountError, match="stated figure"):
            check_change("5 yen", "6 yen", stated)

    def test_nan_string(self) -> None:
        """
        NaN smuggled in as a string is a ParseError, not a verdict.
        """
        with pytest.raises(ParseError):
            check_change("NaN yen", "6 yen", "1%")

    def test_bool_refused(self) -> None:
        """
        A bool is not a figure.
        """
        with pytest.raises(InvalidAmountError):
            check_change(True, "6 yen", "1%")


class TestOtherChecks:
    def test_ratio_without_rates(self) -> None:
        """
        Dollars against yen with no rate is undetermined, with the reason.
        """
        verdict = check_ratio("$8 billion", "¥199.3 billion", "four times")

        assert verdict.status == "undetermined"
        assert "no exchange rate" in verdict.reason

    def test_ratio_missing_pair(self) -> None:
        """
        A rate source without the pair gives undetermined, not a crash.
        """
        rates = FixedRates({("EUR", "JPY"): 130})
        verdict = check_ratio(
            "$8 billion",
            "¥199.3 billion",
            "4 times",
            rates=rates,
        )

        assert verdict.status == "undetermined"
        assert "no rate for USD/JPY" in verdict.reason

    @pytest.mark.parametrize(
        ("stated", "status"),
        [
            ("more than four times", "consistent"),
            ("more than five times", "inconsistent"),
            ("double", "inconsistent"),
        ],
    )
    def test_ratio_words(self, stated: str, status: str) -> None:
        """
        One-sided and word multiples follow their intervals.
        """
        verdict = check_ratio(
            "$8 billion", "¥199.3 billion", stated, rates=RATES_105
        )

        assert verdict.status == status

    def test_total(self) -> None:
        """
        Korea's 2014-2018 contributions add up to their five-year total
        (9200억 and 9320억 are read as rounded to their last non-zero digit).
        """
        parts = ["9200억원", "9320억원", "9441억원", "9507억원", "9602억원"]
        total = sum(Decimal(p[:-2]) for p in parts)

        assert check_total(parts, f"{total}억원").status == "consistent"
        assert check_total(parts, f"{total + 100}억원").status == (
            "inconsistent"
        )

    def test_total_needs_parts(self) -> None:
        """
        A total of nothing is undetermined.
        """
        assert check_total([], "5 yen").status == "undetermined"

    def test_average(self) -> None:
        """
        1兆551億円 over five years is about 211 billion yen a year, and the
        agreed 9465億円 is 1893億円 a year.
        """
        assert check_average("1兆551億円", 5, "211 billion yen").status == (
            "consistent"
        )
        assert check_average("9465億円", 5, "1893億円").status == "consistent"
        assert check_average("9465億円", 5, "1901億円").status == (
            "inconsistent"
        )

    def test_share(self) -> None:
        """
        A share is a percent of the whole.
        """
        assert check_share("55,000", "110,000", "50%").status == "consistent"
        assert check_share("55,000", "110,000", "60%").status == "inconsistent"

    def test_level_gap(self) -> None:
        """
        A year the reference does not have is undetermined.
        """
        verdict = check_level(
            "¥190 billion", japan_hns(), FiscalYear(2016, JAPAN)
        )

        assert verdict.status == "undetermined"
        assert "no reference figure for FY2016" in verdict.reason

    def test_level_adjacent_year(self) -> None:
        """
        The JFY2020 figure given for JFY2021 is diagnosed as the adjacent
        year.
        """
        verdict = check_level("1993億円", japan_hns(), FiscalYear(2021, JAPAN))

        assert verdict.status == "inconsistent"
        assert "adjacent_year" in [d.kind for d in verdict.diagnoses]

    def test_per_capita(self) -> None:
        """
        ¥201.7 billion for about 55,000 people is about ¥3.67 million each
        a year, or about ¥306,000 a month.
        """
        assert (
            check_per_capita(
                "¥201.7 billion", "about 55,000", "¥3.7 million"
            ).status
            == "consistent"
        )
        assert (
            check_per_capita(
                "¥201.7 billion", "55,000", "¥306,000", stated_per="month"
            ).status
            == "consistent"
        )
        assert (
            check_per_capita("¥201.7 billion", "55,000", "¥5 million").status
            == "inconsistent"
        )

    def test_per_capita_bad_unit(self) -> None:
        """
        A period that is not a year, quarter, month, week or day is
        refused by name, before pint reads it.
        """
        with pytest.raises(ArgumentError, match="fortnight"):
            check_per_capita(
                "¥201.7 billion", "55,000", "¥3.7 million", per="fortnight"
            )


class TestVerdict:
    def test_to_dict_is_json(self) -> None:
        """
        to_dict() has stable keys and survives json.dumps.
        """
        verdict = check_change("193 billion yen", "201.7 billion yen", "1.2%")

        data = json.loads(json.dumps(verdict.to_dict()))

        assert data["schema"] == "hns.verdict/1"
        assert data["status"] == "inconsistent"
        assert data["stated"]["low"] == "1.15"
        assert data["diagnoses"][0]["corrected"] == "1993億円"
        assert data["diagnoses"][0]["verdict"]["status"] == "consistent"
        assert set(data) == {
            "schema", "check", "status", "reason", "stated", "recomputed",
            "point", "off_by", "unit", "rounding_only", "inputs",
            "diagnoses", "sources", "explanation",
        }  # fmt: skip

    def test_undetermined_to_dict(self) -> None:
        """
        An undetermined verdict has no intervals and says why.
        """
        data = check_ratio("$1", "¥1", "double").to_dict()

        assert data["recomputed"] is None
        assert data["point"] is None
        assert (data["reason"] or "").startswith("no exchange rate")

    def test_figure_by_role(self) -> None:
        """
        A verdict hands back its input figures by role.
        """
        verdict = check_change("1993億円", "2017億円", "1.2%")

        assert verdict.figure("new") == Figure.parse("2017億円")
        assert verdict.figure("nothing") is None


amounts = st.integers(min_value=1, max_value=10**15).map(Decimal)
places = st.integers(min_value=0, max_value=4)
ROUNDINGS = {
    "half_up": decimal.ROUND_HALF_UP,
    "half_even": decimal.ROUND_HALF_EVEN,
}


def _true_change(old: Decimal, new: Decimal) -> Decimal:
    with decimal.localcontext(prec=60):
        return (new / old - 1) * 100


class TestTheRule:
    @given(
        old=amounts,
        new=amounts,
        digits=places,
        mode=st.sampled_from(sorted(ROUNDINGS)),
    )
    def test_no_false_alarm(
        self, old: Decimal, new: Decimal, digits: int, mode: str
    ) -> None:
        """
        A change rounded correctly from the exact amounts (half-up or
        half-even, at any precision) is never called inconsistent.
        """
        exact = _true_change(old, new)
        stated = exact.quantize(Decimal(1).scaleb(-digits), ROUNDINGS[mode])

        verdict = check_change(jpy(old), jpy(new), f"{stated:f}%")

        assert verdict.status == "consistent"

    @given(old=amounts, new=amounts, digits=places)
    def test_truncated_needs_the_option(
        self, old: Decimal, new: Decimal, digits: int
    ) -> None:
        """
        A truncated figure is consistent when the rounding option admits
        truncation ("truncate" or "either").
        """
        exact = _true_change(old, new)
        stated = exact.quantize(Decimal(1).scaleb(-digits), decimal.ROUND_DOWN)

        roundings: tuple[Rounding, ...] = ("truncate", "either")
        for rounding in roundings:
            figure = Figure.parse(f"{stated:f}%").with_rounding(rounding)
            assert check_change(jpy(old), jpy(new), figure).status == (
                "consistent"
            )

    @given(
        old=amounts,
        new=amounts,
        digits=places,
        steps=st.integers(min_value=1, max_value=1000),
        sign=st.sampled_from([-1, 1]),
    )
    def test_errors_caught(
        self, old: Decimal, new: Decimal, digits: int, steps: int, sign: int
    ) -> None:
        """
        A figure off by more than its own tolerance (half the place of its
        last written digit) is always caught.
        """
        step = Decimal(1).scaleb(-digits)
        exact = _true_change(old, new)
        stated = exact.quantize(step, decimal.ROUND_HALF_UP)
        wrong = Figure.parse(f"{stated + sign * steps * step:f}%")
        if abs(wrong.number - exact) <= wrong.resolution / 2:
            return

        verdict = check_change(jpy(old), jpy(new), wrong)

        assert verdict.status == "inconsistent"

    @given(old=amounts, new=amounts, digits=places)
    def test_interval_holds_point(
        self, old: Decimal, new: Decimal, digits: int
    ) -> None:
        """
        The recomputed interval always contains the point value, also when
        the inputs are written figures with their own rounding.
        """
        old_text = jpy(old).format("en_US", "words")
        new_text = jpy(new).format("en_US", "words")

        verdict = check_change(old_text, new_text, "1%")

        assert verdict.recomputed is not None
        assert verdict.point is not None
        assert verdict.recomputed.contains(verdict.point)


class TestSources:
    def test_a_level_names_its_reference_and_source(self) -> None:
        """
        A level checked against the bundled series says which figure of
        which year it used and where that figure comes from.
        """
        from hns.data import japan_hns

        series = japan_hns()
        year = FiscalYear(2021, JAPAN)
        verdict = check_level("2017 billion yen", series, year)

        (source,) = verdict.sources
        assert source.startswith("FY2021 201.7 billion yen: ")
        assert series.source(year).citation in source
        assert source.endswith("(verified)")
        assert verdict.explain().endswith("; source: " + source)
        assert verdict.to_dict()["sources"] == [source]

    def test_a_level_against_a_plain_figure_names_none(self) -> None:
        """
        A reference the caller gives has no source to name.
        """
        assert check_level("¥201.7 billion", "2017億円").sources == ()

    def test_a_conversion_names_the_rate_of_the_day(self) -> None:
        """
        A Sunday's conversion at the day's rate names the Friday's ECB
        reference rate it used.
        """
        verdict = check_conversion(
            "201.7 billion yen",
            "about 2.15 trillion won",
            on=dt.date(2021, 1, 31),
            window_days=0,
        )

        from tests.test_fx import _cross

        friday = _cross(dt.date(2021, 1, 29), "JPY", "KRW")
        assert verdict.sources == (
            "JPY/KRW ECB reference rate of 2021-01-29, the last before"
            f" 2021-01-31 ({friday:.4f})",
        )

    def test_a_conversion_names_its_window(self) -> None:
        """
        Within a window, the days and the lowest and highest rates.
        """
        verdict = check_conversion(
            "2017億円", "약 2조1500억원", on=dt.date(2021, 1, 31)
        )

        from tests.test_fx import ECB, _cross

        days = [dt.date(2021, 1, 24) + dt.timedelta(days=k) for k in range(15)]
        rates = [_cross(d, "JPY", "KRW") for d in days if d in ECB]
        assert verdict.status == "consistent"
        assert verdict.sources == (
            "JPY/KRW ECB reference rates published 2021-01-24 to 2021-02-07"
            f" ({min(rates):.4f} to {max(rates):.4f})",
        )

    def test_an_audited_level_carries_its_source(self) -> None:
        """
        The report's claims carry the sources of their verdicts.
        """
        from hns.audit import audit

        report = audit(
            "올해 한국의 방위비 분담금은 1조1833억원이다.",
            published=dt.date(2021, 3, 10),
        )

        (claim,) = [c for c in report.claims if c.kind == "level"]
        assert claim.verdict.status == "consistent"
        assert claim.verdict.sources[0].startswith("FY2021 ")
        claims = report.to_dict()["claims"]
        levels = [c for c in claims if c["kind"] == "level"]
        assert levels[0]["verdict"]["sources"] == list(claim.verdict.sources)


def test_a_truncated_negative_zero_is_a_small_fall() -> None:
    """
    "-0%" truncated towards zero stands for a fall of less than 1%: 101 to
    100 (-0.99%) is consistent with it, a rise is not.
    """
    figure = Figure.parse("-0%").with_rounding("truncate")

    assert check_change(jpy(101), jpy(100), figure).status == "consistent"
    assert check_change(jpy(100), jpy(101), figure).status == "inconsistent"


class TestAverageInAnotherCurrency:
    """
    A stated average in another currency than its total (yen per soldier
    stated in dollars) is checked at the rates of the day.
    """

    def test_at_the_ecb_rates(self) -> None:
        day = dt.date(2021, 5, 3)
        right = check_average("¥201.7 billion", 55_000, "$33,600", on=day)
        assert right.status == "consistent"
        assert right.unit == "USD"
        assert any("JPY/USD" in source for source in right.sources)
        wrong = check_average("¥201.7 billion", 55_000, "$336,000", on=day)
        assert wrong.status == "inconsistent"

    def test_at_given_rates(self) -> None:
        rates = FixedRates({("USD", "JPY"): 100})
        verdict = check_average(
            "¥200 billion",
            50_000,
            "$40,000",
            on=dt.date(2021, 5, 3),
            rates=rates,
        )
        assert verdict.status == "consistent"
        assert verdict.point == Decimal(40000)

    def test_needs_a_day(self) -> None:
        verdict = check_average("¥201.7 billion", 55_000, "$33,600")
        assert verdict.status == "undetermined"
        assert "on=" in (verdict.reason or "")

    @pytest.mark.parametrize("days", [-1, 400])
    def test_window_days(self, days: int) -> None:
        with pytest.raises(ArgumentError, match="window_days"):
            check_average(
                "¥201.7 billion",
                55_000,
                "$33,600",
                on=dt.date(2021, 5, 3),
                window_days=days,
            )
