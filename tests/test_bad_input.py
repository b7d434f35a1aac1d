"""
Bad input gets a typed `HnsError`, never a wrong number or another
exception: one test per defect an adversarial run found in the core
(money, parsing, formatting, fiscal years, checks, units).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from hns import (
    FiscalYear,
    Money,
    check_change,
    check_conversion,
    check_level,
    check_per_capita,
    jpy,
    parse_money,
    usd,
)
from hns.data import japan_hns
from hns.errors import (
    ArgumentError,
    FiscalYearError,
    FormatError,
    InvalidAmountError,
    ParseError,
)
from hns.fiscal import JAPAN, US_FEDERAL, era_to_year
from hns.format import format_money


class TestFormatting:
    @pytest.mark.parametrize(
        ("money", "style", "expected"),
        [
            (
                jpy("1e28"),
                "standard",
                "¥10,000,000,000,000,000,000,000,000,000",
            ),
            (
                usd("1e26"),
                "standard",
                "$100,000,000,000,000,000,000,000,000.00",
            ),
            (jpy("1e30"), "words", "1000000000000000000 trillion yen"),
            (jpy("1e-30"), "words", "0.000000000000000000000000000001 yen"),
        ],
    )
    def test_every_admitted_amount_formats(
        self, money: Money, style: str, expected: str
    ) -> None:
        """
        Amounts up to 10**30 and down to 10**-30 format; babel no longer
        rounds them in a context too narrow for them.
        """
        assert money.format("en_US", style) == expected  # type: ignore[arg-type]

    def test_a_negative_amount_that_rounds_to_zero_is_zero(self) -> None:
        """
        ``jpy("-0.4")`` rounds to no yen: ``¥0``, never ``-¥0``.
        """
        assert jpy("-0.4").format() == "¥0"
        assert jpy("-0.6").format() == "-¥1"

    @pytest.mark.parametrize("digits", [1000, -31, 31])
    def test_digits_out_of_range(self, digits: int) -> None:
        """
        *digits* is a whole number within the amounts hns admits.
        """
        with pytest.raises(FormatError, match="digits must be"):
            format_money(jpy(1), "en_US", "words", digits=digits)

    @pytest.mark.parametrize("digits", [True, 1.5, "2"])
    def test_digits_not_a_whole_number(self, digits: object) -> None:
        """
        *digits* that is not a whole number is a wrong argument.
        """
        with pytest.raises(ArgumentError, match="digits must be"):
            format_money(jpy(1), "en_US", "words", digits=digits)  # type: ignore[arg-type]

    def test_a_locale_is_a_name(self) -> None:
        """
        A locale that is not a string is an ArgumentError naming it.
        """
        with pytest.raises(ArgumentError, match="locale must be"):
            format_money(jpy(1), None)  # type: ignore[arg-type]


class TestAmounts:
    @pytest.mark.parametrize(
        "value",
        [10**5000, -(10**40), Decimal("1e31")],
        ids=["10**5000", "-10**40", "1e31"],
    )
    def test_huge_numbers_are_out_of_range(self, value: object) -> None:
        """
        A huge integer is refused quickly and its message stays short.
        """
        with pytest.raises(InvalidAmountError, match="out of range") as err:
            jpy(value)  # type: ignore[arg-type]
        assert len(str(err.value)) < 120

    @pytest.mark.parametrize("text", ["1_000", "٥", "5٠", "1__0", "0x10"])
    def test_money_and_parse_money_refuse_the_same_texts(
        self, text: str
    ) -> None:
        """
        ``Money(str)`` reads with parse_money's reader: what one refuses,
        so does the other.
        """
        with pytest.raises(ParseError):
            Money(text, "JPY")
        with pytest.raises(ParseError):
            parse_money(text + " yen")

    @pytest.mark.parametrize("text", ["NaN", "-inf", "Infinity", "sNaN"])
    def test_not_finite_texts(self, text: str) -> None:
        """
        NaN and infinities written out are no amounts.
        """
        with pytest.raises(InvalidAmountError, match="not a finite"):
            Money(text, "JPY")

    def test_scientific_notation_still_reads(self) -> None:
        """
        ``Money("201.7e9", ...)`` stays exact.
        """
        assert Money("201.7e9", "JPY") == jpy("201.7bn")

    @pytest.mark.parametrize("text", ["-0 yen", "-0.0 yen", "−0円"])
    def test_minus_zero_yen_is_zero(self, text: str) -> None:
        """
        An amount of zero has no sign: ``-0 yen`` is ``0 yen``.
        """
        money = parse_money(text)
        assert money.amount == 0
        assert not money.amount.is_signed()

    @pytest.mark.parametrize(
        ("text", "where"),
        [("01,000 yen", "starts with 0"), ("0,126 billion yen", "starts")],
    )
    def test_a_leading_zero_before_separators(
        self, text: str, where: str
    ) -> None:
        """
        ``01,000`` is no way to write a thousand.
        """
        with pytest.raises(ParseError, match=where):
            parse_money(text)

    @pytest.mark.parametrize(
        "text", ["¥5円", "$5 dollars", "$5 USD", "₩5 원", "¥5 USD"]
    )
    def test_a_currency_written_twice(self, text: str) -> None:
        """
        A symbol before the number and a currency word after it is one
        currency too many.
        """
        with pytest.raises(ParseError, match=r"written twice|after"):
            parse_money(text)

    @pytest.mark.parametrize("value", [None, 5, b"5 yen", ["5 yen"]])
    def test_parse_money_needs_text(self, value: object) -> None:
        """
        Anything but a string is an ArgumentError naming the argument (a
        number is for Money, which the message says).
        """
        with pytest.raises(ArgumentError, match=r"text must be a str .*Money"):
            parse_money(value)  # type: ignore[arg-type]


class TestFiscalYears:
    def test_a_year_without_dates(self) -> None:
        """
        The US fiscal year 1 would start in year 0: refused when made.
        """
        with pytest.raises(FiscalYearError, match="has no dates"):
            FiscalYear(1, US_FEDERAL)

    def test_calendars_by_name(self) -> None:
        """
        A calendar may be given by its name; an unknown name is refused.
        """
        assert FiscalYear(2021, "JAPAN") == FiscalYear(2021, JAPAN)
        with pytest.raises(FiscalYearError, match="one of JAPAN"):
            FiscalYear(2021, "MARS")

    @pytest.mark.parametrize("year", [3.5, float("nan"), True, Decimal(3)])
    def test_era_years_are_whole_numbers(self, year: object) -> None:
        """
        ``era_to_year("令和", 3.5)`` is no year.
        """
        with pytest.raises(ArgumentError, match="year must be a whole number"):
            era_to_year("令和", year)  # type: ignore[arg-type]

    def test_an_era_is_a_name(self) -> None:
        """
        An era that is not a string is refused.
        """
        with pytest.raises(ArgumentError, match="era must be an era name"):
            era_to_year(None, 3)  # type: ignore[arg-type]

    def test_an_era_year_is_japanese(self) -> None:
        """
        An era year read in another calendar is refused.
        """
        with pytest.raises(ParseError, match="JAPAN year"):
            FiscalYear.parse("令和3年度", US_FEDERAL)

    def test_parse_needs_text(self) -> None:
        """
        ``FiscalYear.parse(None)`` is an ArgumentError.
        """
        with pytest.raises(ArgumentError, match="text must be"):
            FiscalYear.parse(None)  # type: ignore[arg-type]


class TestChecks:
    @pytest.mark.parametrize(
        "value",
        [
            Decimal("NaN"),
            Decimal("sNaN"),
            Decimal("Infinity"),
            Decimal("-Infinity"),
            Decimal("1e999999"),
            Decimal("1e-999999"),
        ],
    )
    def test_no_decimal_reaches_the_arithmetic_unchecked(
        self, value: Decimal
    ) -> None:
        """
        NaN, sNaN, infinities and absurd exponents are refused at the
        boundary, in every role.
        """
        with pytest.raises(InvalidAmountError):
            check_change(value, jpy(2), "1%")
        with pytest.raises(InvalidAmountError):
            check_change(jpy(1), jpy(2), value)
        with pytest.raises(InvalidAmountError):
            check_level(value, jpy(1))

    def test_tiny_amounts_explain(self) -> None:
        """
        Amounts of 10**-30 check and explain.
        """
        verdict = check_change(jpy("1e-30"), jpy("2e-30"), "100%")

        assert verdict.status == "consistent"
        assert "+100%" in verdict.explain()
        assert verdict.to_dict()["status"] == "consistent"

    def test_a_year_as_an_int(self) -> None:
        """
        ``check_level(..., 2021)`` takes the year in the series' calendar.
        """
        by_int = check_level("2017億円", japan_hns(), 2021)
        by_year = check_level("2017億円", japan_hns(), FiscalYear(2021, JAPAN))

        assert by_int.status == by_year.status == "consistent"

    def test_a_year_of_another_type(self) -> None:
        """
        A fiscal year that is neither a FiscalYear nor an int is refused.
        """
        with pytest.raises(ArgumentError, match="fiscal_year must be"):
            check_level("2017億円", japan_hns(), "2021")  # type: ignore[arg-type]

    @pytest.mark.parametrize("per", ["", "fortnight", "JPY", "1/0", None])
    def test_periods(self, per: object) -> None:
        """
        A per-person amount is spent over a year, quarter, month, week or
        day; anything else is refused before pint reads it.
        """
        with pytest.raises(ArgumentError, match="per must be"):
            check_per_capita("¥201.7 billion", "55,000", "¥3.7m", per=per)  # type: ignore[arg-type]

    def test_a_percent_never_takes_a_currency(self) -> None:
        """
        With ``currency="KRW"``, a stated 5% stays a percent (no
        conversion to check), never 5 won.
        """
        verdict = check_conversion(
            "2017億円", "5%", on=dt.date(2021, 1, 31), currency="KRW"
        )

        assert verdict.status == "undetermined"

    @pytest.mark.parametrize("days", [-5, 367, True, 1.5])
    def test_windows(self, days: object) -> None:
        """
        A window of days is a whole number from 0 to 366.
        """
        with pytest.raises(ArgumentError, match="window_days"):
            check_conversion(
                "2017億円",
                "약 2조1500억원",
                on=dt.date(2021, 1, 31),
                window_days=days,  # type: ignore[arg-type]
            )

    @pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
    def test_the_first_and_last_days(self, day: dt.date) -> None:
        """
        A conversion on the calendar's first or last day has no rate: it
        is undetermined, not an OverflowError.
        """
        verdict = check_conversion("2017億円", "약 2조1500억원", on=day)

        assert verdict.status == "undetermined"

    def test_on_must_be_a_date(self) -> None:
        """
        ``on`` is a date (an ISO date string will do, a number will not).
        """
        with pytest.raises(ArgumentError, match="on must be a date"):
            check_conversion("2017億円", "2조원", on=20210131)  # type: ignore[arg-type]


class TestArguments:
    """
    Arguments of the wrong type, at the boundaries the fuzz harness found
    open: an `ArgumentError` (also a TypeError and a ValueError) or the
    module's own error, never a raw Python or dependency exception.
    """

    def test_rounding_places(self) -> None:
        """
        Places to round to are a whole number within the admitted range.
        """
        with pytest.raises(ArgumentError, match="an integer of 16610 bits"):
            jpy(1).round(10**5000)
        with pytest.raises(ArgumentError, match="places must be"):
            jpy(1).round(2.5)  # type: ignore[arg-type]

    def test_format_needs_money(self) -> None:
        """
        ``format_money(None)`` names what it needs.
        """
        with pytest.raises(ArgumentError, match="money must be"):
            format_money(None)  # type: ignore[arg-type]

    def test_ratio_needs_money(self) -> None:
        """
        ``Money.ratio`` of something else is refused.
        """
        with pytest.raises(ArgumentError, match="other must be"):
            jpy(1).ratio(None)  # type: ignore[arg-type]

    def test_intervals(self) -> None:
        """
        Interval arithmetic refuses NaN and infinite scalars and
        non-intervals; an open bound at zero has an infinite reciprocal.
        """
        from hns.checks import implied_rate
        from hns.figures import Interval

        with pytest.raises(InvalidAmountError):
            Interval(1, 2) + Decimal("Infinity")
        with pytest.raises(InvalidAmountError):
            Interval(1, 2) * Decimal("NaN")
        with pytest.raises(ArgumentError, match="other must be an Interval"):
            Interval(1, 2).overlaps(None)  # type: ignore[arg-type]
        with pytest.raises(ArgumentError, match="lo_closed must be True or"):
            Interval(1, 2, lo_closed="yes")  # type: ignore[arg-type]
        assert str(Interval(0, 5, lo_closed=False).reciprocal()) == (
            "[0.2, +∞)"
        )
        assert implied_rate("more than 0 yen", "5 won").hi.is_infinite()

    def test_series_years(self) -> None:
        """
        A series is read by FiscalYear or by a year as an int; anything
        else is an ArgumentError.
        """
        series = japan_hns()

        assert series.get(2021) == series.get(FiscalYear(2021, JAPAN))
        assert bytearray(b"2021") not in series
        with pytest.raises(ArgumentError, match="year must be"):
            series.get(bytearray(b"2021"))  # type: ignore[arg-type]

    def test_flags(self) -> None:
        """
        ``include_derived`` is True or False.
        """
        from hns.data import korea_sma

        with pytest.raises(ArgumentError, match="include_derived"):
            korea_sma(include_derived=bytearray(b"1"))  # type: ignore[arg-type]

    def test_sequences(self) -> None:
        """
        Parts and conversions are lists or tuples, never a string whose
        letters would each be read.
        """
        from hns import check_total
        from hns.checks import check_rates_agree

        with pytest.raises(ArgumentError, match="parts must be"):
            check_total("2017億円", "2017億円")
        with pytest.raises(ArgumentError, match="conversions must be"):
            check_rates_agree(None)  # type: ignore[arg-type]

    def test_rates(self) -> None:
        """
        ``rates`` is a source of rates.
        """
        with pytest.raises(ArgumentError, match="rates must be"):
            check_conversion(
                "2017億円",
                "2조원",
                on=dt.date(2021, 1, 31),
                rates=False,  # type: ignore[arg-type]
            )

    def test_units(self) -> None:
        """
        A unit is names joined by '/' or '*'.
        """
        from hns.units import quantity

        with pytest.raises(ArgumentError, match="unit must be"):
            quantity(jpy(1), "JPY**JPY")
        with pytest.raises(InvalidAmountError, match="'A'"):
            quantity(1, "A")

    def test_errors_quote_values_briefly(self) -> None:
        """
        An error message never holds thousands of digits.
        """
        from hns.errors import shown

        assert shown(10**5000) == "an integer of 16610 bits"
        assert len(shown("x" * 10_000)) < 60
