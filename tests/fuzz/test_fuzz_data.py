"""
Fuzzing the reference data and what works on it: `Series` (built, loaded
from TOML files, queried), `hns.agreements`, `hns.data`, exchange rates
(`FixedRates`, `EcbRates`, `CsvRates`, `average`, `convert`,
`convert_interval`) and units (`quantity`, `conversion_factor`,
`per_capita`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import (
    JAPAN,
    KOREA,
    UK,
    US_FEDERAL,
    FiscalYear,
    Interval,
    Money,
    agreements,
)
from hns import data as bundled
from hns.agreements import Agreement, Registry
from hns.fx import CsvRates, EcbRates, FixedRates, convert_interval
from hns.fx import average as average_rate
from hns.fx import convert as convert_money
from hns.series import Series, Source
from hns.units import conversion_factor, per_capita, quantity
from tests.fuzz.support import (
    CODES,
    FUZZ,
    Entries,
    amounts,
    any_codes,
    arguments,
    call,
    dates,
    decimals_anywhere,
    draw_call,
    families,
    junk,
    known_codes,
    maybe,
    moneys,
    odd_text,
    positive_amounts,
    recent_dates,
)

_counter = itertools.count()
known_agreements = st.deferred(lambda: st.sampled_from(agreements.all()))
"""
The bundled agreements (read when first drawn).
"""
agreement_ids = st.deferred(
    lambda: st.sampled_from([a.id for a in agreements.all()])
)


not_paths = st.one_of(st.none(), st.none(), st.none(), junk())
"""
None (write a file and pass its path), or what a caller may pass instead
of a path.
"""


def _written_file(
    directory: Path, suffix: str, text: str, odd_path: object
) -> object:
    # A new file holding *text*, or *odd_path* when it is not None.
    if odd_path is not None:
        return odd_path
    path = directory / f"{next(_counter)}{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


# ---------------------------------------------------------------------------
# Series


@st.composite
def series(draw: st.DrawFn) -> Series:
    """
    A series of one calendar and currency: any years, any amounts (zero
    and negative too), one source for all.
    """
    calendar = draw(st.sampled_from([JAPAN, KOREA, US_FEDERAL, UK]))
    code = draw(st.sampled_from(CODES))
    years = draw(st.sets(st.integers(1995, 2035), min_size=1, max_size=8))
    values = {
        FiscalYear(year, calendar): Money(draw(amounts), code)
        for year in years
    }
    return Series.from_amounts(values, Source("V", "fuzz"), label="fuzz")


series_years = st.builds(
    FiscalYear,
    st.integers(1990, 2040),
    st.sampled_from([JAPAN, KOREA, US_FEDERAL, UK]),
)
_STATUS = st.sampled_from(["V", "V-sec", "D", "X", ""])
_TOML_VALUES = st.one_of(
    st.text(max_size=12).map(json.dumps),
    st.integers().map(str),
    st.sampled_from(
        ["true", "1.5", "nan", "inf", "[]", "{}", "1979-05-27", '"2017億"']
    ),
)


def _fields(draw: st.DrawFn, table: dict[str, str]) -> list[str]:
    # The lines of a TOML table, each key kept, dropped or given another
    # value (of another type, or not TOML at all) now and then.
    lines = []
    for key, value in table.items():
        roll = draw(st.integers(0, 15))
        if roll == 0:
            continue
        shown = draw(_TOML_VALUES) if roll == 1 else value
        lines.append(f"{key} = {shown}")
    return lines


@st.composite
def series_files(draw: st.DrawFn) -> str:
    """
    The text of a series file in the schema of the bundled ones, with any
    key, value or entry changed, dropped or added, or no TOML at all.
    """
    if draw(st.integers(0, 9)) == 0:
        return draw(odd_text(200))
    head = {
        "label": json.dumps(draw(st.text(max_size=10))),
        "calendar": json.dumps(
            draw(st.sampled_from(["JAPAN", "KOREA", "UK", "MARS"]))
        ),
        "currency": json.dumps(draw(st.sampled_from([*CODES, "EUR", "YEN"]))),
    }
    lines = _fields(draw, head)
    for _ in range(draw(st.integers(0, 3))):
        entry = {
            "year": str(draw(st.one_of(st.integers(1990, 2030), years_odd))),
            "amount": json.dumps(
                draw(
                    st.one_of(
                        st.sampled_from(["2017億", "201.7bn", "1조 389억"]),
                        odd_text(12),
                    )
                )
            ),
            "status": json.dumps(draw(_STATUS)),
            "source": json.dumps(draw(st.sampled_from(["MOF", "", " "]))),
            "note": json.dumps(draw(st.sampled_from(["", "n", "\u2028"]))),
        }
        lines.append("[[entry]]")
        lines.extend(_fields(draw, entry))
    if draw(st.integers(0, 9)) == 0:
        lines.append(f"{draw(st.text(max_size=5))} = 1")
    return "\n".join(lines) + "\n"


years_odd = st.sampled_from([0, -1, 9999, 10**6, 2**63])

SERIES_ENTRIES: Entries
SERIES_ENTRIES = {
    "Series.from_amounts": (
        Series.from_amounts,
        arguments(
            maybe(st.dictionaries(series_years, moneys, max_size=4)),
            maybe(
                st.builds(
                    Source, st.sampled_from(["V", "V-sec", "D"]), st.text()
                )
            ),
            label=maybe(st.text(max_size=4)),
        ),
    ),
    "Series.Source": (
        Source,
        arguments(maybe(_STATUS), maybe(st.text()), maybe(st.text())),
    ),
    "Series.get": (Series.get, arguments(series(), maybe(series_years))),
    "Series.__getitem__": (
        lambda s, year: s[year],
        arguments(series(), maybe(series_years)),
    ),
    "Series.__contains__": (
        lambda s, year: year in s,
        arguments(series(), maybe(series_years)),
    ),
    "Series.source": (
        Series.source,
        arguments(series(), maybe(series_years)),
    ),
    "Series.yoy": (Series.yoy, arguments(series())),
    "Series.total": (
        Series.total,
        arguments(
            series(), maybe(st.none() | series_years), maybe(series_years)
        ),
    ),
    "Series.average": (
        Series.average,
        arguments(
            series(), maybe(st.none() | series_years), maybe(series_years)
        ),
    ),
    "Series.cagr": (
        Series.cagr,
        arguments(series(), maybe(series_years), maybe(series_years)),
    ),
    "Series.span": (
        Series.span,
        arguments(series(), maybe(series_years), maybe(series_years)),
    ),
    "Series.during": (
        Series.during,
        arguments(
            series(),
            maybe(known_agreements),
        ),
    ),
    "Series.to_rows": (Series.to_rows, arguments(series())),
}


SERIES_FAMILIES = families(SERIES_ENTRIES)


@pytest.mark.parametrize("family", list(SERIES_FAMILIES))
@FUZZ
@given(data=st.data())
def test_series_entry_points_raise_only_hns_errors(
    family: str, data: st.DataObject
) -> None:
    """
    Every entry point of `hns.series`, on series of any amounts (zero and
    negative too) with gaps, given years of any calendar and wrongly typed
    values, returns or raises an HnsError, within a second.
    """
    fn, args, kwargs = draw_call(data, SERIES_ENTRIES, SERIES_FAMILIES[family])

    call(fn, *args, **kwargs)


@FUZZ
@given(
    text=series_files(),
    include_derived=maybe(st.booleans()),
    odd_path=not_paths,
)
def test_series_files_load_or_raise_hns_errors(
    scratch: Path, text: str, include_derived: object, odd_path: object
) -> None:
    """
    `Series.load` reads a well-formed file, and refuses any other (broken
    TOML, unknown keys, wrong types, bad amounts, years out of range), or
    anything that is not a path, with an HnsError.
    """
    path = _written_file(scratch, ".toml", text, odd_path)

    outcome = call(Series.load, path, include_derived=include_derived)

    if isinstance(outcome, Series):
        assert all(isinstance(call(outcome.get, y), Money) for y in outcome)


# ---------------------------------------------------------------------------
# Agreements and the bundled data

_HOSTS = st.sampled_from(["JP", "KR", "US", "jp", "", " JP"])


@st.composite
def agreement_files(draw: st.DrawFn) -> str:
    """
    The text of an agreements file in the bundled schema, with any field
    changed, dropped or added, or no TOML at all.
    """
    if draw(st.integers(0, 9)) == 0:
        return draw(odd_text(200))
    lines = []
    ids = draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=3))
    for id_ in ids:
        entry = {
            "id": json.dumps(id_),
            "host": json.dumps(draw(_HOSTS)),
            "parties": '["Japan", "United States"]',
            "title": json.dumps(draw(st.text(max_size=5))),
            "calendar": json.dumps(
                draw(st.sampled_from(["JAPAN", "KOREA", "UK", "MARS"]))
            ),
            "first": str(draw(st.one_of(st.integers(1990, 2030), years_odd))),
            "last": str(draw(st.one_of(st.integers(1990, 2030), years_odd))),
            "sources": '["fuzz (2024-01-01)"]',
            "total": draw(
                st.sampled_from(
                    [
                        '{ amount = "9465億", currency = "JPY" }',
                        '{ amount = 1, currency = "XXX" }',
                        '{ amount = "NaN", currency = "JPY" }',
                        "{ amount = 5 }",
                        '"lots"',
                    ]
                )
            ),
            "signed": draw(st.sampled_from(["2016-01-22", '"soon"', "1"])),
            "extends": json.dumps(draw(st.sampled_from(["a", "b", "z"]))),
            "ordinal": str(draw(st.integers(-2, 12))),
        }
        lines.append("[[agreement]]")
        lines.extend(_fields(draw, entry))
    return "\n".join(lines) + "\n"


AGREEMENT_ENTRIES: Entries
AGREEMENT_ENTRIES = {
    "agreements.get": (
        agreements.get,
        arguments(maybe(agreement_ids | st.just("us-japan-sma-1"))),
    ),
    "agreements.in_force": (
        agreements.in_force,
        arguments(maybe(st.one_of(recent_dates, dates)), maybe(_HOSTS)),
    ),
    "agreements.all": (
        agreements.all,
        arguments(maybe(st.one_of(st.none(), _HOSTS))),
    ),
    "agreements.get/registry": (
        lambda id_, registry: agreements.get(id_, registry=registry),
        arguments(agreement_ids, junk()),
    ),
    "agreements.Registry": (
        Registry,
        arguments(maybe(st.lists(known_agreements, max_size=3).map(tuple))),
    ),
    "Agreement.year_of": (
        Agreement.year_of,
        arguments(known_agreements, maybe(series_years)),
    ),
    "Agreement.covers": (
        Agreement.covers,
        arguments(known_agreements, maybe(st.one_of(dates, series_years))),
    ),
    "Agreement.extend": (
        Agreement.extend,
        arguments(known_agreements, maybe(st.integers(-3, 10_000))),
    ),
    "Agreement.properties": (
        lambda a: (
            a.length,
            a.fiscal_years,
            a.expires,
            a.negotiation_due,
            a.successor,
            a.predecessor,
        ),
        arguments(
            st.one_of(
                known_agreements,
                st.builds(
                    lambda a, n: a.extend(n),
                    known_agreements,
                    st.integers(1, 50),
                ),
            )
        ),
    ),
    "Agreement.average_per_year": (
        Agreement.average_per_year,
        arguments(known_agreements),
    ),
    "data.korea_sma": (
        lambda derived: bundled.korea_sma(include_derived=derived),
        arguments(maybe(st.booleans())),
    ),
    "data.began": (
        bundled.began,
        arguments(maybe(_HOSTS)),
    ),
}


AGREEMENT_FAMILIES = families(AGREEMENT_ENTRIES)


@pytest.mark.parametrize("family", list(AGREEMENT_FAMILIES))
@FUZZ
@given(data=st.data())
def test_agreement_entry_points_raise_only_hns_errors(
    family: str, data: st.DataObject
) -> None:
    """
    Every entry point of `hns.agreements` and `hns.data`, given valid
    values, far dates, unknown ids and hosts, and wrongly typed values,
    returns or raises an HnsError, within a second.
    """
    fn, args, kwargs = draw_call(
        data, AGREEMENT_ENTRIES, AGREEMENT_FAMILIES[family]
    )

    call(fn, *args, **kwargs)


@FUZZ
@given(text=agreement_files(), odd_path=not_paths)
def test_agreement_files_load_or_raise_hns_errors(
    scratch: Path, text: str, odd_path: object
) -> None:
    """
    `agreements.load` reads a well-formed file, and refuses any other
    (broken TOML, unknown keys and hosts, wrong types, reversed spans,
    unknown or circular extensions), or anything that is not a path, with
    an HnsError.
    """
    path = _written_file(scratch, ".toml", text, odd_path)

    registry = call(agreements.load, path)

    if isinstance(registry, Registry):
        for agreement in registry.agreements:
            call(_neighbours, agreement)


def _neighbours(agreement: Agreement) -> object:
    return agreement.successor, agreement.predecessor, agreement.length


# ---------------------------------------------------------------------------
# Exchange rates

fixed_rates = st.builds(
    lambda pairs: FixedRates(dict(pairs)),
    st.lists(
        st.tuples(
            st.sampled_from([("USD", "JPY"), ("JPY", "KRW"), ("EUR", "USD")]),
            positive_amounts,
        ),
        min_size=1,
        max_size=3,
        unique_by=lambda pair: pair[0],
    ),
)
any_rates = st.one_of(fixed_rates, st.builds(EcbRates))


@st.composite
def rate_files(draw: st.DrawFn) -> str:
    """
    The text of a CSV file of rates: the header, then rows of any dates,
    codes and rates, or no CSV at all.
    """
    if draw(st.integers(0, 9)) == 0:
        return draw(odd_text(200))
    header = draw(
        st.sampled_from(
            ["date,base,quote,rate", "Date, Base, Quote, Rate", "a,b", ""]
        )
    )
    rows = [header]
    for _ in range(draw(st.integers(0, 4))):
        day = draw(
            st.one_of(
                st.dates(dt.date(2020, 1, 1), dt.date(2020, 1, 20)).map(
                    dt.date.isoformat
                ),
                st.sampled_from(["2021-02-30", "20210101", "", "0001-01-01"]),
            )
        )
        pair = draw(
            st.sampled_from(
                ["USD,KRW", "KRW,USD", "USD,USD", "usd,jpy", "XYZ,USD", ","]
            )
        )
        rate = draw(
            st.one_of(
                st.integers(1, 2_000_000).map(
                    lambda n: str(Decimal(n).scaleb(-3))
                ),
                st.sampled_from(
                    ["0", "-1", "NaN", "1e999999", "inf", "1,118.2", ""]
                ),
            )
        )
        rows.append(f"{day},{pair},{rate}")
    return "\n".join(rows) + "\n"


FX_ENTRIES: Entries
FX_ENTRIES = {
    "FixedRates": (
        FixedRates,
        arguments(
            maybe(
                st.dictionaries(
                    st.tuples(any_codes, any_codes),
                    st.one_of(positive_amounts, decimals_anywhere(), junk()),
                    max_size=3,
                )
            )
        ),
    ),
    "FixedRates.rate": (
        FixedRates.rate,
        arguments(
            fixed_rates, maybe(any_codes), maybe(any_codes), maybe(dates)
        ),
    ),
    "FixedRates.rate_range": (
        FixedRates.rate_range,
        arguments(
            fixed_rates,
            maybe(any_codes),
            maybe(any_codes),
            maybe(dates),
            maybe(dates),
        ),
    ),
    "EcbRates.rate": (
        lambda *a: EcbRates().rate(*a),
        arguments(
            maybe(known_codes),
            maybe(known_codes),
            maybe(st.one_of(recent_dates, dates, st.none())),
        ),
    ),
    "EcbRates.quote": (
        lambda *a: EcbRates().quote(*a),
        arguments(
            maybe(known_codes),
            maybe(known_codes),
            maybe(st.one_of(recent_dates, dates, st.none())),
        ),
    ),
    "EcbRates.rate_range": (
        lambda *a: EcbRates().rate_range(*a),
        arguments(
            maybe(known_codes),
            maybe(known_codes),
            maybe(st.one_of(recent_dates, dates, st.none())),
            maybe(st.one_of(recent_dates, dates, st.none())),
        ),
    ),
    "EcbRates.rates": (
        lambda *a: EcbRates().rates(*a),
        arguments(
            maybe(known_codes),
            maybe(known_codes),
            maybe(st.one_of(recent_dates, dates)),
            maybe(st.one_of(recent_dates, dates)),
        ),
    ),
    "EcbRates.bounds": (
        lambda *a: EcbRates().bounds(*a),
        arguments(maybe(known_codes), maybe(known_codes)),
    ),
    "fx.average": (
        average_rate,
        arguments(
            maybe(known_codes),
            maybe(known_codes),
            maybe(
                st.one_of(
                    series_years,
                    st.tuples(recent_dates, recent_dates),
                    st.tuples(dates, dates),
                )
            ),
            maybe(st.one_of(st.none(), any_rates)),
        ),
    ),
    "fx.convert": (
        convert_money,
        arguments(
            maybe(moneys),
            maybe(known_codes),
            on=maybe(st.one_of(recent_dates, dates, st.none())),
            rates=maybe(st.one_of(st.none(), any_rates)),
            over=maybe(
                st.one_of(
                    st.none(), series_years, st.tuples(recent_dates, dates)
                )
            ),
        ),
    ),
    "fx.convert_interval": (
        convert_interval,
        arguments(
            maybe(
                st.builds(
                    lambda a, b: Interval(min(a, b), max(a, b)),
                    amounts,
                    amounts,
                )
            ),
            maybe(known_codes),
            maybe(known_codes),
            maybe(any_rates),
            maybe(st.one_of(recent_dates, st.none())),
            maybe(st.one_of(recent_dates, st.none())),
        ),
    ),
}


FX_FAMILIES = families(FX_ENTRIES)


@pytest.mark.parametrize("family", list(FX_FAMILIES))
@FUZZ
@given(data=st.data())
def test_rate_entry_points_raise_only_hns_errors(
    family: str, data: st.DataObject
) -> None:
    """
    Every entry point of `hns.fx`, given valid and unknown currencies,
    dates from year 1 to 9999, reversed spans, any rates (zero, negative,
    NaN) and wrongly typed values, returns or raises an HnsError, within a
    second.
    """
    fn, args, kwargs = draw_call(data, FX_ENTRIES, FX_FAMILIES[family])

    call(fn, *args, **kwargs)


@FUZZ
@given(
    text=rate_files(),
    base=maybe(known_codes),
    quote=maybe(known_codes),
    on=maybe(st.dates(dt.date(2019, 12, 1), dt.date(2020, 2, 1))),
    odd_path=not_paths,
)
def test_rate_files_load_or_raise_hns_errors(
    scratch: Path,
    text: str,
    base: object,
    quote: object,
    on: object,
    odd_path: object,
) -> None:
    """
    `CsvRates` reads a well-formed file of rates and refuses any other,
    or anything that is not a path, with an HnsError; the rates it read
    answer `rate`, `quote`, `rate_range` and `bounds` or raise an
    HnsError.
    """
    path = _written_file(scratch, ".csv", text, odd_path)

    rates = call(CsvRates, path)

    if isinstance(rates, CsvRates):
        call(rates.rate, base, quote, on)
        call(rates.quote, base, quote, on)
        call(rates.rate_range, base, quote, on, on)
        call(rates.bounds, base, quote)


# ---------------------------------------------------------------------------
# Units

_UNIT_PIECES = [
    "JPY", "KRW", "USD", "EUR", "GBP", "CHF", "ABC", "person", "people",
    "troops", "year", "month", "day", "week", "quarter", "m", "kg", "/",
    " / ", "*", "**", "^", "2", "-1", "1e999", "nan", "(", ")", " ", "",
    "dimensionless", "%", "¥", "年",
]  # fmt: skip
unit_texts = st.one_of(
    st.lists(st.sampled_from(_UNIT_PIECES), max_size=5).map("".join),
    odd_text(),
)

UNIT_ENTRIES: Entries
UNIT_ENTRIES = {
    "quantity": (
        quantity,
        arguments(
            maybe(st.one_of(moneys, amounts, st.integers())),
            maybe(unit_texts),
        ),
    ),
    "conversion_factor": (
        conversion_factor,
        arguments(maybe(unit_texts), maybe(unit_texts)),
    ),
    "per_capita": (
        per_capita,
        arguments(
            maybe(moneys),
            maybe(st.one_of(st.integers(-5, 10**6), amounts)),
            maybe(unit_texts),
        ),
    ),
}


UNIT_FAMILIES = families(UNIT_ENTRIES)


@pytest.mark.parametrize("family", list(UNIT_FAMILIES))
@FUZZ
@given(data=st.data())
def test_unit_entry_points_raise_only_hns_errors(
    family: str, data: st.DataObject
) -> None:
    """
    Every entry point of `hns.units`, given unit expressions pint cannot
    read, odd magnitudes and wrongly typed values, returns or raises an
    HnsError, within a second.
    """
    fn, args, kwargs = draw_call(data, UNIT_ENTRIES, UNIT_FAMILIES[family])

    call(fn, *args, **kwargs)
