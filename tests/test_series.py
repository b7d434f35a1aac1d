"""
Tests for hns.series and the bundled series in hns.data.

Expected values come from the project's sourced reference figures, written as
the reference writes them (億 / 억 units), never from the code under test.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from importlib.resources import files
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import (
    ArgumentError,
    Currency,
    CurrencyMismatchError,
    FiscalYearError,
    HnsError,
    InvalidAmountError,
    jpy,
    krw,
)
from hns.data import japan_hns, korea_sma
from hns.fiscal import JAPAN, KOREA, FiscalYear
from hns.series import Change, Entry, Series, SeriesDataError, Source
from tests.common import DEEP_TOML

# Japan's HNS initial budget by JFY, 億円 (reference, first table).
JAPAN_HNS = {
    2010: "1881億",
    2015: "1899億",
    2018: "1968億",
    2019: "1974億",
    2020: "1993億",
    2021: "2017億",
    2022: "2056億",
    2023: "2112億",
    2024: "2124億",
}
# Korea's SMA contributions, 억원: MND 2018 Defense White Paper, Chart 5-1.
WHITE_PAPER = {
    2005: "6804억",
    2006: "6804억",
    2007: "7255억",
    2008: "7415억",
    2009: "7600억",
    2010: "7904억",
    2011: "8125억",
    2012: "8361억",
    2013: "8695억",
    2014: "9200억",
    2015: "9320억",
    2016: "9441억",
    2017: "9507억",
    2018: "9602억",
}
_ELEVENTH = (
    "Reuters Korea (2021-03-10); AP (2021-03-10); Kuki News (2021-03);"
    " MK (2024-10-04)"
)
# The SMA table of the reference: amount and source for each year.
ARTICLES = {
    2019: ("10389억", "Yonhap (2019-02-10); SBS (2019-02-10)"),
    2020: ("10389억", _ELEVENTH),
    2021: ("11833억", _ELEVENTH),
    2022: ("12472억", _ELEVENTH),
    2025: ("14028억", _ELEVENTH),
    2026: ("15192억", "MK (2024-10-04); fnnews (2024-10-04)"),
}
DERIVED = {2023: "12896억", 2024: "13463억"}
V = Source("V", "test")


def jfy(year: int) -> FiscalYear:
    return FiscalYear(year, JAPAN)


def kfy(year: int) -> FiscalYear:
    return FiscalYear(year, KOREA)


@attrs.frozen
class _Agreement:
    first: FiscalYear
    last: FiscalYear


class TestJapanHns:
    @pytest.mark.parametrize(("year", "amount"), JAPAN_HNS.items())
    def test_values(self, year: int, amount: str) -> None:
        """
        Every bundled figure equals the reference's 億円 figure.
        """
        assert japan_hns()[jfy(year)] == jpy(amount)

    def test_years(self) -> None:
        """
        The series holds exactly the V and V-sec years, in order.
        """
        assert japan_hns().years == tuple(jfy(y) for y in JAPAN_HNS)

    @pytest.mark.parametrize("year", [2016, 2017, 2025, 2026])
    def test_gaps(self, year: int) -> None:
        """
        A U year is a gap: absent, None from get, an error when read.
        """
        series = japan_hns()

        assert jfy(year) not in series
        assert series.get(jfy(year)) is None
        with pytest.raises(FiscalYearError, match=f"no figure for JFY{year}"):
            series[jfy(year)]

    def test_2019_conflict(self) -> None:
        """
        JFY2019 is 1974億円 and its note records Akahata's 1979.
        """
        source = japan_hns().source(jfy(2019))

        assert japan_hns()[jfy(2019)] == jpy("1974億")
        assert "Akahata (2019-12-23)" in source.note
        assert "1979" in source.note

    def test_citation(self) -> None:
        """
        source() gives the citation exactly as the reference writes it.
        """
        source = japan_hns().source(jfy(2021))

        assert source == Source(
            "V",
            "Nikkei DGXZQODE027DV0S1A300C2000000 (2021-03-02);"
            " Kyodo English (2021-03-31)",
        )

    def test_statuses(self) -> None:
        """
        JFY2022 is V-sec (seen as a repost); every other year is V.
        """
        series = japan_hns()

        statuses = {fy.year: series.source(fy).status for fy in series}

        assert statuses == {
            y: "V-sec" if y == 2022 else "V" for y in JAPAN_HNS
        }

    def test_calendar_and_currency(self) -> None:
        """
        Japanese fiscal years, in yen.
        """
        assert (japan_hns().calendar, japan_hns().currency) == (
            JAPAN,
            Currency.JPY,
        )

    def test_cached(self) -> None:
        """
        The file is read once; later calls return the same Series.
        """
        assert japan_hns() is japan_hns()


class TestKoreaSma:
    @pytest.mark.parametrize(("year", "amount"), WHITE_PAPER.items())
    def test_white_paper(self, year: int, amount: str) -> None:
        """
        2005-2018 equal Chart 5-1 of the 2018 Defense White Paper.
        """
        source = korea_sma().source(kfy(year))

        assert korea_sma()[kfy(year)] == krw(amount)
        assert source.citation == "MND 2018 Defense White Paper, Chart 5-1"
        assert source.status == "V"

    @pytest.mark.parametrize(("year", "expected"), ARTICLES.items())
    def test_articles(self, year: int, expected: tuple[str, str]) -> None:
        """
        2019-2022, 2025 and 2026 equal the named articles' figures.
        """
        amount, citation = expected

        assert korea_sma()[kfy(year)] == krw(amount)
        assert korea_sma().source(kfy(year)).citation == citation

    def test_years(self) -> None:
        """
        2005-2022 and 2025-2026 by default: 20 verified years.
        """
        expected = [*range(2005, 2023), 2025, 2026]

        assert [fy.year for fy in korea_sma()] == expected

    def test_derived_left_out(self) -> None:
        """
        2023 and 2024, stated nowhere, are gaps by default.
        """
        series = korea_sma()

        assert kfy(2023) not in series
        assert series.get(kfy(2024)) is None
        with pytest.raises(FiscalYearError, match="no figure for FY2023"):
            series[kfy(2023)]

    @pytest.mark.parametrize(("year", "amount"), DERIVED.items())
    def test_derived_on_request(self, year: int, amount: str) -> None:
        """
        include_derived adds 2023 and 2024 with status D, noted derived.
        """
        series = korea_sma(include_derived=True)

        assert series[kfy(year)] == krw(amount)
        assert series.source(kfy(year)).status == "D"
        assert "derived" in series.source(kfy(year)).note

    def test_only_derived_years_are_d(self) -> None:
        """
        No verified year is marked D, and no D year is left unmarked.
        """
        series = korea_sma(include_derived=True)

        derived = [fy.year for fy in series if series.source(fy).derived]

        assert derived == list(DERIVED)


class TestConstruction:
    def test_year_order(self) -> None:
        """
        Amounts given in any order iterate in year order.
        """
        series = Series.from_amounts(
            {jfy(2021): jpy("2017億"), jfy(2010): jpy("1881億")}, V
        )

        assert list(series) == [jfy(2010), jfy(2021)]

    def test_sources_per_year(self) -> None:
        """
        A mapping gives each year its own source.
        """
        sources = {jfy(2010): V, jfy(2021): Source("V-sec", "repost")}

        series = Series.from_amounts(
            {jfy(2010): jpy(1), jfy(2021): jpy(2)}, sources
        )

        assert series.source(jfy(2021)) == Source("V-sec", "repost")

    def test_mixed_calendars(self) -> None:
        """
        Years of two calendars raise FiscalYearError naming both.
        """
        with pytest.raises(
            FiscalYearError, match="FY2021 is a KOREA year; this series is by"
        ):
            Series.from_amounts({jfy(2020): jpy(1), kfy(2021): jpy(1)}, V)

    def test_mixed_currencies(self) -> None:
        """
        Amounts in two currencies raise CurrencyMismatchError.
        """
        with pytest.raises(
            CurrencyMismatchError, match="cannot combine JPY with KRW"
        ):
            Series.from_amounts({jfy(2020): jpy(1), jfy(2021): krw(1)}, V)

    def test_missing_source(self) -> None:
        """
        Every figure needs a source.
        """
        with pytest.raises(SeriesDataError, match="no source for JFY2021"):
            Series.from_amounts({jfy(2021): jpy(1)}, {jfy(2020): V})

    def test_no_amounts(self) -> None:
        """
        from_amounts cannot guess the calendar of nothing.
        """
        with pytest.raises(SeriesDataError, match="no amounts"):
            Series.from_amounts({}, V)

    def test_duplicate_year(self) -> None:
        """
        Two entries for one year raise FiscalYearError.
        """
        one = Entry(jfy(2021), jpy(1), V)

        with pytest.raises(FiscalYearError, match="two figures for JFY2021"):
            Series(JAPAN, Currency.JPY, (one, one))

    def test_bad_status(self) -> None:
        """
        U is not a status a shipped figure can have.
        """
        with pytest.raises(SeriesDataError, match="not 'U'"):
            Source("U", "nowhere")  # type: ignore[arg-type]

    def test_empty(self) -> None:
        """
        An empty series is valid, and has no total.
        """
        series = Series(JAPAN, Currency.JPY, ())

        assert len(series) == 0
        assert series.yoy() == ()
        with pytest.raises(FiscalYearError, match="the series is empty"):
            series.total()

    def test_equal_and_hashable(self) -> None:
        """
        Series are values: equal when built from equal data, hashable.
        """
        path = files("hns.data").joinpath("japan_hns.toml")

        assert Series.load(path) == japan_hns()
        assert hash(Series.load(path)) == hash(japan_hns())


class TestAccess:
    def test_other_calendar(self) -> None:
        """
        Reading a year of another calendar says so, not just "no figure".
        """
        with pytest.raises(FiscalYearError, match="FY2021 is a KOREA year"):
            japan_hns()[kfy(2021)]

    def test_contains_other_calendar(self) -> None:
        """
        A year of another calendar is never in the series; a year as an
        int is one of the series' calendar; what is no year is not in it.
        """
        assert kfy(2021) not in japan_hns()
        assert 2021 in japan_hns()
        assert 2016 not in japan_hns()
        assert 10**6 not in japan_hns()
        assert "2021" not in japan_hns()

    def test_len(self) -> None:
        """
        len counts figures, not the years spanned.
        """
        assert len(japan_hns()) == len(JAPAN_HNS)

    def test_source_of_gap(self) -> None:
        """
        A gap has no source either.
        """
        with pytest.raises(FiscalYearError, match="no figure for JFY2016"):
            japan_hns().source(jfy(2016))

    def test_errors_are_hns_errors(self) -> None:
        """
        Every error raised on bad input derives from HnsError.
        """
        for error in (SeriesDataError, FiscalYearError, CurrencyMismatchError):
            assert issubclass(error, HnsError)
        assert issubclass(SeriesDataError, ValueError)


class TestYoy:
    def test_japan_2021(self) -> None:
        """
        JFY2021 over JFY2020 is +24億円, 24/1993 = 1.204...%.
        """
        change = {c.year: c for c in japan_hns().yoy()}[jfy(2021)]

        assert change.previous == jpy("1993億")
        assert change.current == jpy("2017億")
        assert change.absolute == jpy("24億")
        assert abs(Fraction(change.percent) - Fraction(2400, 1993)) < (
            Fraction(1, 10**32)
        )

    @pytest.mark.parametrize(
        ("year", "stated"),
        [
            (2014, "5.8"),
            (2019, "8.2"),
            (2021, "13.9"),
            (2022, "5.4"),
            (2026, "8.3"),
        ],
    )
    def test_korea_stated(self, year: int, stated: str) -> None:
        """
        Korea's changes round to the percentages the reference states.
        """
        change = {c.year: c for c in korea_sma().yoy()}[kfy(year)]

        assert round(change.percent, 1) == Decimal(stated)

    def test_korea_2020_frozen(self) -> None:
        """
        2020 was frozen at the 2019 level: no change.
        """
        change = {c.year: c for c in korea_sma().yoy()}[kfy(2020)]

        assert change == Change(
            kfy(2020), krw("10389억"), krw("10389억"), krw(0), Decimal(0)
        )

    def test_japan_gaps(self) -> None:
        """
        Years after a gap (JFY2015, 2018) and the first year get no change.
        """
        years = [change.year.year for change in japan_hns().yoy()]

        assert years == [2019, 2020, 2021, 2022, 2023, 2024]

    def test_korea_gaps(self) -> None:
        """
        Without the derived years, 2025 follows a gap: no change for it.
        """
        default = {c.year.year for c in korea_sma().yoy()}
        derived = {c.year.year for c in korea_sma(include_derived=True).yoy()}

        assert {2023, 2024, 2025} & default == set()
        assert {2023, 2024, 2025} <= derived

    def test_zero_previous(self) -> None:
        """
        A percent change from zero is refused, not made up.
        """
        series = Series.from_amounts({jfy(2020): jpy(0), jfy(2021): jpy(1)}, V)

        with pytest.raises(InvalidAmountError, match="from zero"):
            series.yoy()


class TestTotal:
    def test_korea_ninth_sma(self) -> None:
        """
        Korea's 2014-2018 total is the sum of the five White Paper figures.
        """
        expected = sum(krw(WHITE_PAPER[y]) for y in range(2014, 2019))

        assert korea_sma().total(kfy(2014), kfy(2018)) == expected

    def test_japan_2016_2020_not_faked(self) -> None:
        """
        JFY2016-2020 cannot be totalled: 2016 and 2017 are gaps, named.
        """
        with pytest.raises(
            FiscalYearError, match=re.escape("no figure for JFY2016, JFY2017:")
        ):
            japan_hns().total(jfy(2016), jfy(2020))

    def test_japan_2018_2024(self) -> None:
        """
        A span without gaps sums its figures.
        """
        expected = sum(jpy(JAPAN_HNS[y]) for y in range(2018, 2025))

        assert japan_hns().total(jfy(2018), jfy(2024)) == expected

    def test_whole_series(self) -> None:
        """
        With no bounds the whole series counts, gaps included.
        """
        with pytest.raises(
            FiscalYearError, match=re.escape("no figure for FY2023, FY2024:")
        ):
            korea_sma().total()

    def test_single_year(self) -> None:
        """
        A one-year span totals to that year's figure.
        """
        assert korea_sma().total(kfy(2019), kfy(2019)) == krw("10389억")

    def test_reversed(self) -> None:
        """
        A span must run forwards.
        """
        with pytest.raises(FiscalYearError, match="FY2014 is before FY2018"):
            korea_sma().total(kfy(2018), kfy(2014))

    def test_other_calendar(self) -> None:
        """
        Bounds of another calendar raise.
        """
        with pytest.raises(FiscalYearError, match="is a JAPAN year"):
            korea_sma().total(jfy(2014), jfy(2018))


class TestAverage:
    def test_korea_ninth_sma(self) -> None:
        """
        Korea's 2014-2018 average is the five-year total over five.
        """
        expected = sum(krw(WHITE_PAPER[y]) for y in range(2014, 2019)) / 5

        assert korea_sma().average(kfy(2014), kfy(2018)) == expected

    def test_japan_2022_2026(self) -> None:
        """
        The JFY2022-2026 average needs JFY2025 and 2026, which are gaps.
        """
        with pytest.raises(FiscalYearError, match="JFY2025, JFY2026"):
            japan_hns().average(jfy(2022), jfy(2026))


class TestCagr:
    def test_one_year_is_yoy(self) -> None:
        """
        Over one year, the growth rate is the percent change.
        """
        change = {c.year: c for c in korea_sma().yoy()}[kfy(2019)]

        rate = korea_sma().cagr(kfy(2018), kfy(2019))

        assert abs(rate - change.percent) < Decimal("1e-30")

    def test_white_paper(self) -> None:
        """
        2005-2018 agrees with float arithmetic on the reference figures.
        """
        expected = ((9602 / 6804) ** (1 / 13) - 1) * 100

        rate = korea_sma().cagr(kfy(2005), kfy(2018))

        assert float(rate) == pytest.approx(expected, rel=1e-12)

    def test_gaps_between_do_not_matter(self) -> None:
        """
        Only the end figures count; gaps in between are allowed.
        """
        expected = ((2124 / 1881) ** (1 / 14) - 1) * 100

        rate = japan_hns().cagr(jfy(2010), jfy(2024))

        assert float(rate) == pytest.approx(expected, rel=1e-12)

    def test_same_year(self) -> None:
        """
        One year has no growth rate.
        """
        with pytest.raises(FiscalYearError, match="needs two years"):
            korea_sma().cagr(kfy(2019), kfy(2019))

    def test_gap_end(self) -> None:
        """
        An end year that is a gap raises.
        """
        with pytest.raises(FiscalYearError, match="no figure for JFY2016"):
            japan_hns().cagr(jfy(2016), jfy(2020))

    def test_not_positive(self) -> None:
        """
        Growth from or to zero is refused.
        """
        series = Series.from_amounts({jfy(2020): jpy(0), jfy(2021): jpy(1)}, V)

        with pytest.raises(InvalidAmountError, match="positive"):
            series.cagr(jfy(2020), jfy(2021))


class TestSpan:
    def test_gaps_stay_gaps(self) -> None:
        """
        JFY2016-2020 holds only the years with figures, with sources.
        """
        part = japan_hns().span(jfy(2016), jfy(2020))

        assert part.years == (jfy(2018), jfy(2019), jfy(2020))
        assert part.source(jfy(2019)) == japan_hns().source(jfy(2019))
        assert part.label == japan_hns().label

    def test_during_agreement(self) -> None:
        """
        during() takes anything with first and last, like an agreement.
        """
        eleventh = _Agreement(kfy(2020), kfy(2025))

        years = [fy.year for fy in korea_sma().during(eleventh)]

        assert years == [2020, 2021, 2022, 2025]

    def test_during_other_calendar(self) -> None:
        """
        An agreement in Japanese fiscal years cannot slice Korea's series.
        """
        with pytest.raises(FiscalYearError, match="is a JAPAN year"):
            korea_sma().during(_Agreement(jfy(2022), jfy(2026)))


class TestRows:
    def test_row(self) -> None:
        """
        A row holds strings only, the amount in full digits.
        """
        rows = japan_hns().to_rows()

        row = next(r for r in rows if r["fiscal_year"] == "FY2021")

        assert row == {
            "fiscal_year": "FY2021",
            "label": "Japan: HNS initial budget",
            "amount": "201700000000",
            "currency": "JPY",
            "status": "V",
            "source": "Nikkei DGXZQODE027DV0S1A300C2000000 (2021-03-02);"
            " Kyodo English (2021-03-31)",
            "note": "",
        }

    def test_json_round_trip(self) -> None:
        """
        Rows survive JSON unchanged, and there is one per figure.
        """
        rows = korea_sma().to_rows()

        assert json.loads(json.dumps(rows, ensure_ascii=False)) == rows
        assert len(rows) == len(korea_sma())

    def test_derived_rows_marked(self) -> None:
        """
        Exported derived figures carry status D.
        """
        rows = korea_sma(include_derived=True).to_rows()

        derived = [r["fiscal_year"] for r in rows if r["status"] == "D"]

        assert derived == ["FY2023", "FY2024"]


_HEAD = 'label = "mine"\ncalendar = "JAPAN"\ncurrency = "JPY"\n'


def _entry(year: str = "2021", amount: str = '"2017億"', **extra: str) -> str:
    fields = {"year": year, "amount": amount, "status": '"V"'}
    fields |= {"source": '"Nikkei"'} | extra
    body = "".join(f"{k} = {v}\n" for k, v in fields.items() if v)
    return f"[[entry]]\n{body}"


class TestLoad:
    def test_round_trip(self, tmp_path: Path) -> None:
        """
        A user's file in the schema loads into the matching Series.
        """
        path = tmp_path / "mine.toml"
        path.write_text(
            _HEAD + _entry() + _entry("2020", '"1993億円"', note='"n"'),
            encoding="utf-8",
        )
        expected = Series.from_amounts(
            {jfy(2020): jpy("1993億"), jfy(2021): jpy("2017億")},
            {
                jfy(2020): Source("V", "Nikkei", "n"),
                jfy(2021): Source("V", "Nikkei"),
            },
            label="mine",
        )

        assert Series.load(path) == expected
        assert Series.load(str(path)) == expected

    def test_derived(self, tmp_path: Path) -> None:
        """
        D entries load only when asked for.
        """
        path = tmp_path / "mine.toml"
        path.write_text(
            _HEAD + _entry() + _entry("2022", status='"D"'), encoding="utf-8"
        )

        assert len(Series.load(path)) == 1
        assert len(Series.load(path, include_derived=True)) == 2

    @pytest.mark.parametrize(
        ("entries", "message"),
        [
            (_entry(amount=""), "entry 1 (year 2021): missing 'amount'"),
            (
                _entry(year='"twenty"'),
                "entry 1: 'year' must be an integer, not 'twenty'",
            ),
            (_entry(year="true"), "entry 1: 'year' must be an integer"),
            (_entry(year="0"), "entry 1 (year 0): fiscal year 0 is out of"),
            (
                _entry() + _entry(),
                "entry 2 (year 2021): appears twice (also entry 1)",
            ),
            (
                _entry() + _entry("2022", '"10389억원"'),
                "entry 2 (year 2022): '10389억원' is in KRW, not JPY",
            ),
            (
                _entry(status='"U"'),
                "entry 1 (year 2021): status must be V, V-sec or D, not 'U'",
            ),
            (_entry(amount="2017"), "'amount' must be a string, not 2017"),
            (_entry(amount='"lots"'), "entry 1 (year 2021): cannot read"),
            (_entry(source=""), "entry 1 (year 2021): missing 'source'"),
            (_entry(source='" "'), "entry 1 (year 2021): an empty 'source'"),
            (_entry(note="1"), "'note' must be a string, not 1"),
            (_entry(sauce='"x"'), "entry 1 (year 2021): unknown key 'sauce'"),
            ("entry = [1]", "entry 1: not a table"),
        ],
    )
    def test_malformed_entry(
        self, tmp_path: Path, entries: str, message: str
    ) -> None:
        """
        A malformed entry raises SeriesDataError naming file and entry.
        """
        path = tmp_path / "bad.toml"
        path.write_text(_HEAD + entries, encoding="utf-8")

        with pytest.raises(SeriesDataError, match=re.escape(f"{path}: ")):
            Series.load(path)
        with pytest.raises(SeriesDataError, match=re.escape(message)):
            Series.load(path)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ('calendar = "MARS"\ncurrency = "JPY"', "unknown calendar 'MARS'"),
            ('calendar = "JAPAN"\ncurrency = "XYZ"', "unknown currency 'XYZ'"),
            ('calendar = "JAPAN"', "missing 'currency'"),
            ('calendar = "JAPAN"\ncurrency = "JPY"', "missing 'entry'"),
            (_HEAD + "entry = 1", "'entry' must be [[entry]] tables"),
            (_HEAD + "colour = 1\n" + _entry(), "unknown key 'colour'"),
            ("label = [", "cannot read"),
            ("label = [", "not valid TOML"),
            *DEEP_TOML,
            pytest.param(
                _HEAD + _entry(year="9" * 5000),
                "not valid TOML: Exceeds the limit",
                id="long-integer",
            ),
        ],
    )
    def test_malformed_file(
        self, tmp_path: Path, text: str, message: str
    ) -> None:
        """
        A malformed file raises SeriesDataError naming the file: invalid
        TOML, nesting too deep for tomllib (RecursionError) and integers
        too long for Python (ValueError) included.
        """
        path = tmp_path / "bad.toml"
        path.write_text(text, encoding="utf-8")

        with pytest.raises(SeriesDataError, match=re.escape(f"{path}: ")):
            Series.load(path)
        with pytest.raises(SeriesDataError, match=re.escape(message)):
            Series.load(path)

    def test_byte_order_mark(self, tmp_path: Path) -> None:
        """
        A UTF-8 byte-order mark at the start of a valid file is accepted.
        """
        path = tmp_path / "mine.toml"
        path.write_text("\ufeff" + _HEAD + _entry(), encoding="utf-8")

        assert Series.load(path)[jfy(2021)] == jpy("2017億")

    @pytest.mark.parametrize("path", [None, 0, 1.5, b"mine.toml"])
    def test_path_types(self, path: object) -> None:
        """
        A path that is not a str, os.PathLike or Traversable raises
        ArgumentError saying what is expected, not AttributeError.
        """
        with pytest.raises(ArgumentError, match="path must be a path"):
            Series.load(path)  # type: ignore[arg-type]

    def test_missing_file(self, tmp_path: Path) -> None:
        """
        A file that is not there raises SeriesDataError naming it.
        """
        path = tmp_path / "absent.toml"

        with pytest.raises(SeriesDataError, match=re.escape(str(path))):
            Series.load(path)

    def test_import_reads_nothing(self) -> None:
        """
        Importing hns.data reads no file and does not even import tomllib.
        """
        code = (
            "import sys, hns.data; print(hns.data.japan_hns.cache_info()"
            ".currsize, hns.data.personnel.cache_info().currsize,"
            " 'tomllib' in sys.modules)"
        )

        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )

        assert result.stdout.split() == ["0", "0", "False"]


positive = st.decimals(
    min_value=1, max_value=Decimal("1e15"), places=2, allow_nan=False
)


class TestLaws:
    @given(
        start=st.integers(1900, 2100), values=st.lists(positive, min_size=1)
    )
    def test_total_is_sum(self, start: int, values: list[Decimal]) -> None:
        """
        Over consecutive years, total() is the exact sum of the amounts.
        """
        series = Series.from_amounts(
            {jfy(start + n): jpy(v) for n, v in enumerate(values)}, V
        )

        assert series.total() == jpy(sum(values, Decimal(0)))

    @given(
        start=st.integers(1900, 2100), values=st.lists(positive, min_size=1)
    )
    def test_average_times_len(
        self, start: int, values: list[Decimal]
    ) -> None:
        """
        average() × len equals total() to 28 significant digits (the mean
        itself is rounded to 34).
        """
        series = Series.from_amounts(
            {kfy(start + n): krw(v) for n, v in enumerate(values)}, V
        )

        total = series.total().amount
        error = abs((series.average() * len(series)).amount - total)

        assert error <= total.scaleb(-28)

    @given(
        start=st.integers(1950, 2050),
        base=st.integers(1, 10**9),
        years=st.integers(1, 20),
    )
    def test_cagr_of_ten_percent(
        self, start: int, base: int, years: int
    ) -> None:
        """
        A series growing by exactly 10% a year has a CAGR of 10% to 20
        decimal places.
        """
        amounts = {
            jfy(start + k): jpy(Decimal(f"{base * 11**k}e-{k}"))
            for k in range(years + 1)
        }
        series = Series.from_amounts(amounts, V)

        rate = series.cagr(jfy(start), jfy(start + years))

        assert round(rate, 20) == Decimal(10)


class TestBundledFacts:
    def test_every_bundled_fact_has_a_source_and_status(self) -> None:
        """
        Each figure of the bundled series and each personnel band names
        its source and carries a status; each agreement names sources.
        """
        from hns import agreements
        from hns.data import (
            japan_hns,
            korea_sma,
            korea_sma_usd,
            milestones,
            personnel,
        )

        bundled = (
            japan_hns(),
            korea_sma(include_derived=True),
            korea_sma_usd(),
        )
        for series in bundled:
            for fy in series:
                source = series.source(fy)
                assert source.citation.strip()
                assert source.status in {"V", "V-sec", "D"}
        for band in personnel().values():
            assert band.sources
            assert all(s.strip() for s in band.sources)
            assert band.status in {"V", "V-sec"}
        for host in ("JP", "KR"):
            for agreement in agreements.all(host):
                assert agreement.sources
        for events in milestones().values():
            for milestone in events:
                assert all(s.strip() for s in milestone.sources)
                assert milestone.status in {"V", "V-sec"}

    @pytest.mark.parametrize(
        ("old", "new", "message"),
        [
            ('status = "V"\n', "", "keys must be"),
            ('status = "V"', 'status = "X"', "status must be"),
            ('    "Kyodo (2020-11-11): about 55,000",\n', "", None),
        ],
    )
    def test_a_band_without_source_or_status_is_refused(
        self,
        monkeypatch: pytest.MonkeyPatch,
        old: str,
        new: str,
        message: str | None,
    ) -> None:
        """
        The personnel file is validated on load: a band whose status is
        missing or unknown, or whose sources are empty, is refused.
        """
        from importlib.resources import files

        import hns.data
        from hns.series import SeriesDataError

        text = files("hns.data").joinpath("personnel.toml").read_text("utf-8")
        broken = text.replace(old, new, 1)
        if message is None:  # empty the first band's sources entirely
            start = broken.index("sources = [")
            end = broken.index("]", start)
            broken = broken[:start] + "sources = [" + broken[end:]
            message = "needs a source"
        assert broken != text

        class Fake:
            def joinpath(self, name: str) -> Fake:
                return self

            def read_text(self, encoding: str = "utf-8") -> str:
                return broken

        monkeypatch.setattr(
            "importlib.resources.files", lambda package: Fake()
        )
        hns.data.personnel.cache_clear()
        try:
            with pytest.raises(SeriesDataError, match=message):
                hns.data.personnel()
        finally:
            monkeypatch.undo()
            hns.data.personnel.cache_clear()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('status = "V"\n', "", "keys must be"),
        ('status = "V"', 'status = "D"', "status must be"),
        ("year = 1978", 'year = "1978"', "year a whole number"),
        ('event = "began"', 'event = "ended"', "event must be"),
        ('host = "JP"', 'host = "US"', "host must be"),
    ],
)
def test_a_malformed_milestone_is_refused(
    monkeypatch: pytest.MonkeyPatch, old: str, new: str, message: str
) -> None:
    """
    The milestones file is validated on load like the personnel bands:
    every entry with its keys, a host, an event, a year, a status and a
    source.
    """
    from importlib.resources import files

    import hns.data
    from hns.series import SeriesDataError

    text = files("hns.data").joinpath("milestones.toml").read_text("utf-8")
    broken = text.replace(old, new, 1)
    assert broken != text

    class Fake:
        def joinpath(self, name: str) -> Fake:
            return self

        def read_text(self, encoding: str = "utf-8") -> str:
            return broken

    monkeypatch.setattr("importlib.resources.files", lambda package: Fake())
    hns.data.milestones.cache_clear()
    try:
        with pytest.raises(SeriesDataError, match=message):
            hns.data.milestones()
    finally:
        monkeypatch.undo()
        hns.data.milestones.cache_clear()


def test_korea_in_dollars_before_2005() -> None:
    """
    Korea's 1991-2004 contributions are in dollars, in the White Paper's
    units of US$100 million, and meet the won series in 2005.
    """
    from hns.data import korea_sma, korea_sma_usd

    usd = korea_sma_usd()
    years = [fy.year for fy in usd]

    assert years == list(range(1991, 2005))
    assert str(usd[FiscalYear(2003, KOREA)].amount) == "550000000"
    assert min(fy.year for fy in korea_sma()) == 2005
