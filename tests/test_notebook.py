"""
Notebook views of verdicts, series and reports: short reprs, HTML tables,
pandas data frames, a series in another currency, and values that survive
pickling and deep copies.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import pickle
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import hns
from hns import (
    JAPAN,
    KOREA,
    ArgumentError,
    Currency,
    Figure,
    FiscalYear,
    HnsError,
    MissingDependencyError,
    Money,
    RateUnavailableError,
    Series,
    UnknownCurrencyError,
    Verdict,
    check_change,
    check_ratio,
    jpy,
    krw,
    parse_figure,
)
from hns.audit import Report, audit
from hns.data import japan_hns, korea_sma
from hns.fx import CsvRates, FixedRates
from hns.series import Source

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
SEEDS = sorted(ARTICLES.glob("*.txt"))


def _seed(path: Path) -> Report:
    # The audit of a seed article, as of the date in its name.
    published = dt.date.fromisoformat(path.name[:10])
    return audit(path.read_text(encoding="utf-8"), published)


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {path.name: _seed(path) for path in SEEDS}


@pytest.fixture(scope="module")
def joongang(reports: dict[str, Report]) -> Report:
    return reports["2021-01-31-joongang-machine-translation.txt"]


@pytest.fixture(scope="module")
def kyodo(reports: dict[str, Report]) -> Report:
    return reports["2021-02-10-kyodo-japan-times.txt"]


def _slip() -> Verdict:
    # An inconsistent change with a diagnosis (a lost digit).
    return check_change("193 billion yen", "201.7 billion yen", "1.2%")


def _cells(markup: str) -> list[str]:
    # The text of every table cell, unescaped.
    return [
        html.unescape(re.sub(r"<[^>]+>", "", cell))
        for cell in re.findall(r"<t[dh]>(.*?)</t[dh]>", markup, re.DOTALL)
    ]


def test_seed_articles_are_there() -> None:
    """
    The two seed articles are the material of the tests below.
    """
    assert [path.name[:10] for path in SEEDS] == ["2021-01-31", "2021-02-10"]


class TestVerdictRepr:
    def test_inconsistent_change(self) -> None:
        """
        A verdict's repr says the check, status, stated figure, the range
        recomputed and from what, and how many diagnoses it has.
        """
        assert repr(_slip()) == (
            "Verdict(change, inconsistent, stated '1.2%', recomputed +4.2%"
            " to +4.8% from 193 → 201.7 billion yen, 1 diagnosis)"
        )

    def test_sources_counted(self) -> None:
        """
        Sources a verdict cites are counted in its repr.
        """
        verdict = _slip().citing("MOF", "MOD")

        assert repr(verdict).endswith("1 diagnosis, 2 sources)")

    def test_undetermined_gives_the_reason(self) -> None:
        """
        An undetermined verdict shows its reason instead of a range.
        """
        verdict = check_ratio("$8 billion", "¥199.3 billion", "four times")

        assert repr(verdict) == (
            "Verdict(ratio, undetermined, stated 'four times', 'no exchange"
            " rate to relate USD and JPY; pass rates=')"
        )

    def test_level_names_the_reference(self, kyodo: Report) -> None:
        """
        A level is checked against the reference figure, named by its
        text.
        """
        levels = [c.verdict for c in kyodo.claims if c.kind == "level"]

        assert repr(levels[0]) == (
            "Verdict(level, consistent, stated 'roughly ¥200 billion',"
            " recomputed 201.65 billion yen to 201.75 billion yen from the"
            " reference 201.7 billion yen, 1 source)"
        )

    def test_diagnosis_shows_the_short_verdict(self) -> None:
        """
        A diagnosis's repr holds the corrected verdict's short repr.
        """
        shown = repr(_slip().diagnoses[0])

        assert shown.startswith("Diagnosis(figure='old', kind='lost_digit'")
        assert shown.endswith(
            "verdict=Verdict(change, consistent, stated '1.2%', recomputed"
            " +1.2% to +1.3% from 1993億円 → 201.7 billion yen))"
        )

    def test_seed_verdicts_are_short(self, reports: dict[str, Report]) -> None:
        """
        Every verdict of the seed articles has a one-line repr of at most
        two hundred characters naming its check and status.
        """
        for report in reports.values():
            for claim in report.claims:
                verdict = claim.verdict
                shown = repr(verdict)

                assert "\n" not in shown
                assert len(shown) <= 200, shown
                assert shown.startswith(
                    f"Verdict({verdict.check}, {verdict.status}"
                )


class TestVerdictHtml:
    def test_content(self) -> None:
        """
        The table shows the status with its label, the stated figure and
        its interval, the recomputed range (shown and exact), the inputs,
        the explanation and the diagnoses.
        """
        verdict = _slip()

        cells = _cells(verdict._repr_html_())

        assert cells == [
            "check",
            "change",
            "status",
            "✗ inconsistent",
            "stated",
            "1.2% [1.15, 1.25]",
            "recomputed",
            f"+4.2% to +4.8% {verdict.recomputed}",
            "inputs",
            "old: 193 billion yennew: 201.7 billion yenstated: 1.2%",
            "explanation",
            verdict.explain(),
            "diagnoses",
            verdict.diagnoses[0].explain(),
        ]

    def test_consistent_label(self) -> None:
        """
        A consistent verdict is labelled in words as well as in colour.
        """
        markup = check_change("1993億円", "2017億円", "1.2%")._repr_html_()

        assert 'class="hns-consistent"' in markup
        assert "✓ consistent" in markup

    def test_undetermined(self) -> None:
        """
        An undetermined verdict has no recomputed row; its explanation
        gives the reason.
        """
        verdict = check_ratio("$8 billion", "¥199.3 billion", "four times")

        cells = _cells(verdict._repr_html_())

        assert cells[:6] == [
            "check",
            "ratio",
            "status",
            "? undetermined",
            "stated",
            "four times",
        ]
        assert "recomputed" not in cells
        assert cells[-2:] == ["explanation", verdict.explain()]

    def test_statement(self, kyodo: Report) -> None:
        """
        A statement (an agreement's expiry) shows its status and reason.
        """
        [claim] = [c for c in kyodo.claims if c.kind == "agreement"]

        cells = _cells(claim.verdict._repr_html_())

        assert cells == [
            "check",
            "agreement",
            "status",
            "✓ consistent",
            "explanation",
            claim.verdict.explain(),
        ]

    def test_sources_listed_and_escaped(self) -> None:
        """
        Sources are listed, every text escaped.
        """
        verdict = _slip().citing("<b>MOF</b> & co")

        markup = verdict._repr_html_()

        assert "<li>&lt;b&gt;MOF&lt;/b&gt; &amp; co</li>" in markup
        assert "<b>MOF" not in markup

    def test_figure_text_escaped(self) -> None:
        """
        A figure's text, as the user gave it, is escaped.
        """
        stated = Figure(
            Decimal("1.2"), "<script>1.2%", "percent", Decimal("0.1")
        )
        verdict = check_change("1993億円", "2017億円", stated)

        markup = verdict._repr_html_()

        assert "<script>" not in markup
        assert "&lt;script&gt;1.2%" in markup


class TestSeriesRepr:
    def test_bundled(self) -> None:
        """
        A series' repr says its label, calendar, currency, years and count.
        """
        assert repr(japan_hns()) == (
            "Series('Japan: HNS initial budget', JAPAN, JPY, JFY2010 to"
            " JFY2024, 9 figures)"
        )
        assert repr(korea_sma()) == (
            "Series('Korea: SMA contribution', KOREA, KRW, FY2005 to"
            " FY2026, 20 figures)"
        )

    def test_one_and_none(self) -> None:
        """
        One figure is singular; an empty series has no span.
        """
        one = Series.from_amounts(
            {FiscalYear(2019, KOREA): krw("10389억")}, Source("V", "Yonhap")
        )

        assert (
            repr(one) == "Series('', KOREA, KRW, FY2019 to FY2019, 1 figure)"
        )
        assert repr(Series(JAPAN, Currency.JPY, ())) == (
            "Series('', JAPAN, JPY, 0 figures)"
        )


class TestSeriesHtml:
    def test_rows(self) -> None:
        """
        One row per year: its name, the amount formatted and exact, and
        the status, citation and note of its source.
        """
        series = japan_hns()

        cells = _cells(series._repr_html_())

        header = ["fiscal year", "amount", "exact", "status", "source"]
        assert cells[:6] == [*header, "note"]
        rows = [cells[i : i + 6] for i in range(6, len(cells), 6)]
        assert len(rows) == len(series)
        assert rows[5][:4] == [
            "JFY2021",
            "¥201,700,000,000",
            "201700000000 JPY",
            "V",
        ]
        for row, entry in zip(rows, series.entries, strict=True):
            assert row[2] == str(entry.amount)
            assert row[4] == entry.source.citation
            assert row[5] == entry.source.note

    def test_caption_and_escaping(self) -> None:
        """
        The caption names the series; labels and citations are escaped.
        """
        series = Series.from_amounts(
            {FiscalYear(2021, JAPAN): jpy("2017億")},
            Source("V", "<script>alert(1)</script>", "a & b"),
            label="<i>budget</i>",
        )

        markup = series._repr_html_()

        assert "<script>" not in markup
        assert "<i>" not in markup
        assert (
            "<caption>&lt;i&gt;budget&lt;/i&gt; (JAPAN fiscal years, JPY)"
            "</caption>"
        ) in markup
        assert "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>" in markup
        assert "<td>a &amp; b</td>" in markup

    def test_exact_beyond_cents(self) -> None:
        """
        The exact column keeps every digit the formatted one rounds.
        """
        series = Series.from_amounts(
            {FiscalYear(2021, JAPAN): Money("1796086554.1727", "USD")},
            Source("D", "converted"),
        )

        cells = _cells(series._repr_html_())

        assert cells[7:9] == ["$1,796,086,554.17", "1796086554.1727 USD"]


class TestReportRepr:
    def test_seed_articles(self, joongang: Report, kyodo: Report) -> None:
        """
        A report's repr says its date, host and summary counts.
        """
        assert repr(joongang) == (
            "Report(2021-01-31, host JP, 6 claims: 1 consistent,"
            " 5 inconsistent, 0 undetermined; 0 unchecked figures)"
        )
        assert repr(kyodo) == (
            "Report(2021-02-10, host JP, 6 claims: 6 consistent,"
            " 0 inconsistent, 0 undetermined; 0 unchecked figures)"
        )

    def test_without_date(self) -> None:
        """
        Without a date or host the repr says so.
        """
        assert repr(audit("About 55,000 troops.")) == (
            "Report(no date, host None, 0 claims: 0 consistent,"
            " 0 inconsistent, 0 undetermined; 1 unchecked figure)"
        )

    def test_claim_repr_is_bounded(self, joongang: Report) -> None:
        """
        A claim's repr holds its verdict's short form, not every field.
        """
        claim = joongang.claims[0]

        assert f"verdict={claim.verdict!r}" in repr(claim)


class TestReportHtml:
    def test_summary_and_claims(self, reports: dict[str, Report]) -> None:
        """
        The summary counts match the report's, and every claim has a row
        with its kind, sentence, figures, status and explanation.
        """
        for report in reports.values():
            markup = report._repr_html_()
            cells = _cells(markup)

            summary = report.summary
            assert cells[:4] == [
                "published",
                str(report.published),
                "host",
                str(report.host),
            ]
            assert cells[4:10] == [
                "✓ consistent",
                str(summary["consistent"]),
                "✗ inconsistent",
                str(summary["inconsistent"]),
                "? undetermined",
                str(summary["undetermined"]),
            ]
            assert cells[10:12] == ["unchecked figures", "0"]
            header = ["#", "claim", "text", "figures", "status"]
            assert cells[12:18] == [*header, "explanation"]
            rows = [cells[i : i + 6] for i in range(18, len(cells), 6)]
            assert len(rows) == len(report.claims)
            for n, (row, claim) in enumerate(
                zip(rows, report.claims, strict=True), 1
            ):
                verdict = claim.verdict
                labels = {"consistent": "✓", "inconsistent": "✗"}
                assert row == [
                    str(n),
                    claim.kind,
                    claim.text,
                    ", ".join(f.text for f in claim.figures),
                    f"{labels[verdict.status]} {verdict.status}",
                    verdict.explain(),
                ]

    def test_escaping(self) -> None:
        """
        Markup in the article, claims and unchecked figures is escaped.
        """
        report = audit(
            "<script>alert(1)</script> Japan pays ¥201.7 billion, up 1.2%"
            " from ¥199.3 billion. About 55,000 troops & <b>3</b> ships.",
            published=dt.date(2021, 2, 10),
        )

        markup = report._repr_html_()

        assert "<script>" not in markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt; Japan pays" in markup
        assert "troops &amp; &lt;b&gt;3&lt;/b&gt; ships" in markup
        assert "<b>3" not in markup

    def test_unchecked_and_notes(self) -> None:
        """
        Unchecked figures are counted and quoted; notes are listed.
        """
        report = audit("About 55,000 troops & 3 ships. Il coûte 5 €.")

        cells = _cells(report._repr_html_())

        texts = [found.figure.text for found in report.unchecked]
        assert texts[:2] == ["About 55,000", "3"]
        assert cells[10:12] == [
            "unchecked figures",
            f"{len(texts)}: " + ", ".join(repr(text) for text in texts),
        ]
        assert cells[12:14] == ["notes", report.notes[0]]


class TestSeriesToDataframe:
    def test_columns_dtypes_and_values(self) -> None:
        """
        One row per year; the amounts are the exact Decimals, years ints.
        """
        series = korea_sma()

        frame = series.to_dataframe()

        assert list(frame.columns) == [
            "fiscal_year",
            "year",
            "amount",
            "currency",
            "status",
            "source",
            "note",
        ]
        assert frame["amount"].dtype == object
        assert frame["year"].dtype == "int64"
        for name in ("fiscal_year", "currency", "status", "source", "note"):
            assert pd.api.types.is_string_dtype(frame[name]), name
        assert list(frame["year"]) == [fy.year for fy in series.years]
        assert list(frame["amount"]) == [
            series[fy].amount for fy in series.years
        ]
        assert all(type(a) is Decimal for a in frame["amount"])
        assert frame.loc[14].to_dict() == {
            "fiscal_year": "FY2019",
            "year": 2019,
            "amount": Decimal("1038900000000"),
            "currency": "KRW",
            "status": "V",
            "source": "Yonhap (2019-02-10); SBS (2019-02-10)",
            "note": "10th SMA (2019 only): +8.2%, the 2019 defense-budget"
            " growth",
        }

    def test_floats(self) -> None:
        """
        Floats come only when asked for, in a column of their own.
        """
        series = japan_hns()

        plain = series.to_dataframe()
        frame = series.to_dataframe(floats=True)

        assert "amount_float" not in plain.columns
        assert frame["amount_float"].dtype == "float64"
        assert list(frame["amount_float"]) == [
            float(series[fy].amount) for fy in series.years
        ]
        assert frame.loc[5, "amount_float"] == 201_700_000_000.0
        assert frame.loc[5, "amount"] == Decimal("201700000000")

    def test_beyond_float_precision(self) -> None:
        """
        An amount with more digits than a float holds stays exact.
        """
        amount = Money("1796086554.172714451547994245", "USD")
        series = Series.from_amounts(
            {FiscalYear(2021, JAPAN): amount}, Source("D", "converted")
        )

        frame = series.to_dataframe(floats=True)

        assert frame.loc[0, "amount"] == amount.amount
        assert frame.loc[0, "amount_float"] == pytest.approx(1796086554.1727)
        assert Decimal(frame.loc[0, "amount_float"]) != amount.amount

    def test_empty(self) -> None:
        """
        An empty series gives an empty frame with the same columns and
        dtypes.
        """
        frame = Series(JAPAN, Currency.JPY, ()).to_dataframe(floats=True)

        assert frame.shape == (0, 8)
        assert frame["year"].dtype == "int64"
        assert frame["amount"].dtype == object
        assert pd.api.types.is_string_dtype(frame["fiscal_year"])

    @pytest.mark.parametrize("floats", ["yes", 1, None])
    def test_floats_must_be_bool(self, floats: object) -> None:
        """
        The flag is True or False.
        """
        with pytest.raises(ArgumentError, match="floats must be True or"):
            japan_hns().to_dataframe(floats)  # type: ignore[arg-type]


class TestReportToDataframe:
    def test_one_row_per_claim(self, reports: dict[str, Report]) -> None:
        """
        Each row holds a claim: where it stands, its status, the stated
        figure, the exact recomputed bounds and the explanation.
        """
        for report in reports.values():
            frame = report.to_dataframe()

            assert len(frame) == len(report.claims)
            assert frame["start"].dtype == "int64"
            for name in ("stated_value", "recomputed_low", "recomputed_high"):
                assert frame[name].dtype == object, name
            for row, claim in zip(
                frame.to_dict("records"), report.claims, strict=True
            ):
                verdict = claim.verdict
                stated, recomputed = verdict.stated_figure, verdict.recomputed
                if stated is None:
                    assert pd.isna(row.pop("stated"))
                else:
                    assert row.pop("stated") == stated.text
                assert row == {
                    "kind": claim.kind,
                    "text": claim.text,
                    "start": claim.start,
                    "end": claim.end,
                    "check": verdict.check,
                    "status": verdict.status,
                    "stated_value": stated.number if stated else None,
                    "recomputed_low": recomputed.lo if recomputed else None,
                    "recomputed_high": recomputed.hi if recomputed else None,
                    "unit": verdict.unit,
                    "reading": claim.reading,
                    "explanation": verdict.explain(),
                }
            assert frame["stated_value"].notna().sum() == sum(
                claim.verdict.stated_figure is not None
                for claim in report.claims
            )

    def test_exact_values(self, joongang: Report) -> None:
        """
        The recomputed bounds are the verdict's exact Decimals.
        """
        frame = joongang.to_dataframe()

        row = frame[frame["kind"] == "change"].iloc[0]
        assert row["stated"] == "1.2%"
        assert row["stated_value"] == Decimal("1.2")
        assert row["recomputed_low"] == Decimal(
            "4.211886304909560723514211886304900"
        )
        assert type(row["recomputed_high"]) is Decimal
        assert row["status"] == "inconsistent"

    def test_floats(self, joongang: Report) -> None:
        """
        Float columns come only when asked for and hold the same numbers.
        """
        plain = joongang.to_dataframe()
        frame = joongang.to_dataframe(floats=True)

        added = ["stated_value", "recomputed_low", "recomputed_high"]
        assert list(frame.columns) == [
            *plain.columns,
            *(f"{name}_float" for name in added),
        ]
        for name in added:
            assert frame[f"{name}_float"].dtype == "float64"
            assert list(frame[f"{name}_float"]) == [
                float(value) for value in frame[name]
            ]

    def test_missing_values(self) -> None:
        """
        A claim without a stated figure or recomputed bounds has None in
        the exact columns and NaN in the float ones.
        """
        report = audit(
            "The current five-year deal will expire next month in Japan.",
            published=dt.date(2021, 2, 10),
        )

        frame = report.to_dataframe(floats=True)

        assert frame.loc[0, "kind"] == "agreement"
        assert frame.loc[0, "stated_value"] is None
        assert frame.loc[0, "recomputed_low"] is None
        assert pd.isna(frame.loc[0, "stated"])
        assert pd.isna(frame.loc[0, "stated_value_float"])

    def test_empty(self) -> None:
        """
        A report without claims gives an empty frame with typed columns.
        """
        frame = audit("Nothing to check.").to_dataframe()

        assert frame.shape == (0, 13)
        assert frame["start"].dtype == "int64"
        assert pd.api.types.is_string_dtype(frame["explanation"])

    def test_floats_must_be_bool(self, kyodo: Report) -> None:
        """
        The flag is True or False.
        """
        with pytest.raises(ArgumentError, match="floats must be True or"):
            kyodo.to_dataframe(floats="no")  # type: ignore[arg-type]


class TestMissingPandas:
    @pytest.mark.parametrize("owner", ["report", "series"])
    def test_error_names_the_extra(
        self,
        owner: str,
        kyodo: Report,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """
        Without pandas, to_dataframe raises MissingDependencyError (an
        HnsError and an ImportError) naming the extra that installs it.
        """
        monkeypatch.setitem(sys.modules, "pandas", None)
        value: Report | Series = kyodo if owner == "report" else japan_hns()
        feature = "Report" if owner == "report" else "Series"

        with pytest.raises(MissingDependencyError) as info:
            value.to_dataframe()

        assert str(info.value) == (
            f"{feature}.to_dataframe needs pandas, which is not installed:"
            " install the pandas extra"
        )
        assert isinstance(info.value, HnsError)
        assert isinstance(info.value, ImportError)
        assert info.value.name == "pandas"
        assert info.value.extra == "pandas"
        assert isinstance(info.value.__cause__, ImportError)

    def test_exported(self) -> None:
        """
        The error is exported from hns, defined in hns.errors.
        """
        assert hns.MissingDependencyError is MissingDependencyError
        assert MissingDependencyError.__module__ == "hns.errors"

    def test_views_do_not_load_pandas(self) -> None:
        """
        Reprs and HTML views of reports and series never import pandas.
        """
        code = (
            "import sys; from hns.audit import audit;"
            " from hns.data import japan_hns;"
            " r = audit('Japan pays ¥201.7 billion, up 1.2% from ¥199.3"
            " billion.'); repr(r); r._repr_html_();"
            " s = japan_hns(); repr(s); s._repr_html_();"
            " print('pandas' in sys.modules)"
        )

        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )

        assert result.stdout.strip() == "False"


class TestSeriesTo:
    def test_each_year_at_its_own_mean(self) -> None:
        """
        By default each year is converted at the mean rate over its own
        fiscal year, as Money.to(over=year) converts it.
        """
        series = japan_hns()

        dollars = series.to("USD")

        assert dollars.currency is Currency.USD
        assert dollars.calendar == JAPAN
        assert dollars.years == series.years
        for year in series.years:
            assert dollars[year] == series[year].to("USD", over=year)
        assert dollars[2021].round(0) == Money("1796086554", "USD")
        assert dollars.label == "Japan: HNS initial budget, in USD"

    def test_sources_kept_and_conversion_noted(self) -> None:
        """
        Each figure keeps its citation, becomes derived, and its note
        says what was converted and at which rate, then the old note.
        """
        series = japan_hns()

        dollars = series.to("USD")

        for year in series.years:
            before, after = series.source(year), dollars.source(year)
            assert after.citation == before.citation
            assert after.status == "D"
        assert dollars.source(2021).note == (
            "201700000000 JPY (V) converted at 0.00890474 USD per JPY,"
            " the mean ECB rate over JFY2021"
        )
        assert dollars.source(2019).note.endswith(
            "the mean ECB rate over JFY2019; " + series.source(2019).note
        )

    def test_on_a_day(self) -> None:
        """
        With *on*, every year at the rate of that day.
        """
        day = dt.date(2021, 3, 31)
        series = japan_hns()

        dollars = series.to("USD", on=day)

        for year in series.years:
            assert dollars[year] == series[year].to("USD", on=day)
        assert dollars.source(2010).note.endswith(
            "USD per JPY, the ECB rate of 2021-03-31"
        )

    def test_over_one_span(self) -> None:
        """
        With *over*, every year at the mean over that one span.
        """
        span = FiscalYear(2021, JAPAN)
        days = (dt.date(2021, 1, 1), dt.date(2021, 6, 30))
        series = korea_sma()

        by_year = series.to("USD", over=span)
        by_days = series.to("USD", over=days)

        for year in series.years:
            assert by_year[year] == series[year].to("USD", over=span)
            assert by_days[year] == series[year].to("USD", over=days)
        assert by_days.source(2005).note.endswith(
            "the mean ECB rate over 2021-01-01 to 2021-06-30"
        )

    def test_fixed_rates_exact(self) -> None:
        """
        At a fixed rate of a day, each amount is exactly amount × rate.
        """
        rates = FixedRates({("JPY", "USD"): "0.009"})
        series = japan_hns()

        dollars = series.to("USD", on=dt.date(2021, 3, 31), rates=rates)

        assert dollars[2021] == Money("1815300000", "USD")
        assert dollars.source(2021).note == (
            "201700000000 JPY (V) converted at 0.009 USD per JPY, the given"
            " rate of 2021-03-31"
        )

    def test_partial_coverage_noted(self, tmp_path: Path) -> None:
        """
        Daily rates that cover part of a year average what they cover,
        and the note says which days that was.
        """
        path = tmp_path / "rates.csv"
        path.write_text(
            "date,base,quote,rate\n"
            "2021-04-01,USD,JPY,110\n"
            "2021-04-02,USD,JPY,111\n",
            encoding="utf-8",
        )
        series = Series.from_amounts(
            {FiscalYear(2021, JAPAN): jpy("2017億")}, Source("V", "MOF")
        )

        dollars = series.to("USD", rates=CsvRates(path))

        rate = (1 / Decimal(110) + 1 / Decimal(111)) / 2
        assert dollars[2021].amount == pytest.approx(rate * 201_700_000_000)
        assert dollars[2021] == jpy("2017億").to(
            "USD", over=FiscalYear(2021, JAPAN), rates=CsvRates(path)
        )
        assert dollars.source(2021).note.endswith(
            "the mean given rate over JFY2021 (the rates cover 2021-04-01"
            " to 2021-04-02 only)"
        )

    def test_same_currency(self) -> None:
        """
        A series asked for in its own currency is itself.
        """
        series = japan_hns()

        assert series.to("JPY") is series

    def test_empty(self) -> None:
        """
        An empty series converts to an empty series in the new currency.
        """
        dollars = Series(KOREA, Currency.KRW, ()).to("USD")

        assert repr(dollars) == "Series('', KOREA, USD, 0 figures)"

    def test_over_and_on(self) -> None:
        """
        An average over a span and the rate of a day exclude each other.
        """
        with pytest.raises(ArgumentError, match="over and on must be one"):
            japan_hns().to(
                "USD",
                over=FiscalYear(2021, JAPAN),
                on=dt.date(2021, 3, 31),
            )

    @pytest.mark.parametrize(
        ("kwargs", "error", "match"),
        [
            ({"currency": "XYZ"}, UnknownCurrencyError, "'XYZ'"),
            ({"currency": 5}, ArgumentError, "currency must be"),
            (
                {"currency": "USD", "rates": FixedRates({("JPY", "USD"): 1})},
                RateUnavailableError,
                "averages over a span need daily rates",
            ),
            (
                {"currency": "USD", "rates": "ECB"},
                ArgumentError,
                "rates must be a source of rates",
            ),
            (
                {"currency": "USD", "on": object()},
                ArgumentError,
                "on must be",
            ),
            (
                {"currency": "USD", "over": "2021"},
                ArgumentError,
                "over must be a FiscalYear, a year",
            ),
        ],
    )
    def test_bad_input(
        self, kwargs: dict[str, object], error: type[HnsError], match: str
    ) -> None:
        """
        Bad currencies, rates, days and spans raise typed errors.
        """
        with pytest.raises(error, match=match):
            japan_hns().to(**kwargs)  # type: ignore[arg-type]

    def test_a_year_over_is_in_the_series_calendar(self) -> None:
        series = japan_hns()
        assert series.to("USD", over=2021) == series.to(
            "USD", over=FiscalYear(2021, JAPAN)
        )

    def test_outside_the_data(self) -> None:
        """
        A year before the ECB's data is refused, naming their range.
        """
        series = Series.from_amounts(
            {FiscalYear(1990, JAPAN): jpy("1000億")}, Source("V", "MOF")
        )

        with pytest.raises(RateUnavailableError, match="the data cover"):
            series.to("USD")


class TestPickleAndCopy:
    @pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:10])
    @pytest.mark.parametrize(
        "clone",
        [lambda x: pickle.loads(pickle.dumps(x)), copy.deepcopy],
        ids=["pickle", "deepcopy"],
    )
    def test_seed_reports(self, path: Path, clone: object) -> None:
        """
        A seed article's report, its claims, verdicts and figures are
        equal after pickling and after a deep copy.
        """
        report = _seed(path)
        assert callable(clone)

        again = clone(report)

        assert again is not report
        assert again == report
        assert again.text == report.text
        assert again.times == report.times
        assert again.summary == report.summary
        assert again.to_dict() == report.to_dict()
        for claim, copied in zip(report.claims, again.claims, strict=True):
            assert copied == claim
            assert copied.verdict == claim.verdict
            assert hash(copied.verdict) == hash(claim.verdict)
            assert repr(copied.verdict) == repr(claim.verdict)
            assert copied.figures == claim.figures
        assert again.figures == report.figures

    @pytest.mark.parametrize(
        "clone",
        [lambda x: pickle.loads(pickle.dumps(x)), copy.deepcopy],
        ids=["pickle", "deepcopy"],
    )
    def test_values(self, clone: object) -> None:
        """
        Verdicts with diagnoses, series, figures and money are equal
        after pickling and after a deep copy; currencies stay shared.
        """
        assert callable(clone)
        verdict = _slip().citing("MOF")
        values: list[object] = [
            verdict,
            verdict.diagnoses[0],
            japan_hns(),
            japan_hns().to("USD"),
            parse_figure("2017億円"),
            parse_figure("about 4 times"),
            jpy("201.7bn"),
        ]

        for value in values:
            again = clone(value)

            assert again == value, value
        copied = clone(verdict)
        assert copied.diagnoses[0].verdict == verdict.diagnoses[0].verdict
        assert copied.explain() == verdict.explain()
        assert clone(jpy(5)).currency is Currency.JPY
        assert clone(Currency.of("EUR")) is Currency.of("EUR")
        assert clone(japan_hns())[2021] == jpy("2017億")

    def test_times_after_loading(self) -> None:
        """
        A report pickled before its time expressions were asked for finds
        them after loading.
        """
        report = audit("It ends next month.", "2021-02-10")

        again = pickle.loads(pickle.dumps(report))

        assert [t.text for t in again.times] == ["next month"]


class TestEquality:
    def test_verdicts_by_value(self) -> None:
        """
        Verdicts of the same check on the same figures are equal, with
        equal hashes; other figures or other sources make them differ.
        """
        first, second = _slip(), _slip()

        assert first == second
        assert hash(first) == hash(second)
        assert first != check_change("1993億円", "2017億円", "1.2%")
        assert first != first.citing("MOF")
        assert first != "Verdict"
        assert len({first, second, first.citing("MOF")}) == 2

    def test_diagnoses_by_value(self) -> None:
        """
        Diagnoses compare by their fields, their verdicts included.
        """
        first, second = _slip().diagnoses[0], _slip().diagnoses[0]

        assert first == second
        assert hash(first) == hash(second)
        assert first != first.verdict
