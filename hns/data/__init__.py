"""
The bundled budget series and reference facts, every figure with its
source and status (``V`` verified, ``V-sec`` seen in a repost, ``D``
derived and loaded only when asked for); gaps stay gaps.

- `japan_hns`: Japan's host-nation support by Japanese fiscal year, yen;
- `korea_sma`: Korea's contribution by calendar year from 2005, won;
- `korea_sma_usd`: Korea's contribution 1991-2004, US dollars;
- `personnel`: the US personnel the sources print for each host, as a
  band;
- `milestones`: the fiscal year each host began to pay;
- the Special Measures Agreements are in `hns.agreements`.

>>> from hns.fiscal import JAPAN, KOREA, FiscalYear
>>> japan_hns().source(FiscalYear(2023, JAPAN)).status
'V'
>>> korea_sma_usd().source(FiscalYear(1995, KOREA)).status
'V'
>>> personnel()["JP"].low, personnel()["JP"].high
(50000, 55000)
>>> milestones()["KR"][0].year.year
1991

Nothing is read at import time: each function reads its TOML file on first
call and keeps the result.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import attrs

from hns._arguments import as_flag
from hns._loading import LOADING
from hns.errors import ArgumentError
from hns.fiscal import JAPAN, KOREA, FiscalYear
from hns.series import Series, SeriesDataError

__all__ = [
    "Band",
    "Milestone",
    "began",
    "japan_hns",
    "korea_sma",
    "korea_sma_usd",
    "milestones",
    "personnel",
    "revision",
]


@functools.cache
def revision() -> str:
    """
    A digest of every bundled reference file (budgets, agreements,
    personnel, milestones): it changes when any figure or source does,
    so a report can say which data it was checked against.

    >>> len(revision()), revision() == revision()
    (12, True)
    """
    with LOADING:
        # only to name the data's revision
        import hashlib
        from importlib.resources import files  # as above

    digest = hashlib.sha256()
    folder = files("hns.data")
    names = sorted(
        item.name for item in folder.iterdir() if item.name.endswith(".toml")
    )
    for name in names:
        digest.update(name.encode() + b"\0")
        digest.update(folder.joinpath(name).read_bytes())
    return digest.hexdigest()[:12]


def _load(name: str, *, include_derived: bool = False) -> Series:
    with LOADING:
        from importlib.resources import files

    return Series.load(
        files("hns.data").joinpath(name), include_derived=include_derived
    )


@functools.cache
def japan_hns() -> Series:
    """
    Japan's host-nation support (在日米軍駐留経費負担), initial budget by
    Japanese fiscal year, in yen: verified figures only, JFY2010, 2015 and
    2018 to 2024. JFY2016, 2017, 2025 and 2026 are gaps.

    >>> from hns.fiscal import JAPAN, FiscalYear
    >>> hns = japan_hns()
    >>> hns[FiscalYear(2021, JAPAN)].format("ja_JP", "myriad")
    '2017億円'
    >>> hns.source(FiscalYear(2019, JAPAN)).note[:40]
    'known conflict: Shimbun Akahata (2019-12'
    """
    return _load("japan_hns.toml")


def korea_sma(*, include_derived: bool = False) -> Series:
    """
    Korea's contribution under the Special Measures Agreements by calendar
    year, in won: 2005 to 2022 and 2025 to 2026. 2023 and 2024 are stated
    nowhere; *include_derived* adds the derived estimates (status ``D``).

    >>> from hns.fiscal import KOREA, FiscalYear
    >>> korea_sma()[FiscalYear(2019, KOREA)].format("ko_KR", "myriad")
    '1조 389억 원'
    >>> FiscalYear(2023, KOREA) in korea_sma()
    False
    >>> korea_sma(include_derived=True).source(FiscalYear(2023, KOREA)).status
    'D'
    """
    as_flag(include_derived, "include_derived")
    return _korea_sma(include_derived)


@functools.cache
def _korea_sma(include_derived: bool) -> Series:
    return _load("korea_sma.toml", include_derived=include_derived)


@functools.cache
def korea_sma_usd() -> Series:
    """
    Korea's contribution under the Special Measures Agreements, 1991 to
    2004, in US dollars: the Defense White Paper gives these years in
    units of US$100 million, each exact to its last digit ($10 million).

    >>> from hns.fiscal import KOREA, FiscalYear
    >>> usd_years = korea_sma_usd()
    >>> usd_years[FiscalYear(1991, KOREA)].format("en_US", "words")
    '150 million dollars'
    >>> usd_years.source(FiscalYear(2004, KOREA)).citation
    'MND 2018 Defense White Paper, Chart 5-1 (in US$100 million)'
    >>> FiscalYear(2005, KOREA) in usd_years
    False
    """
    return _load("korea_sma_usd.toml")


@attrs.frozen
class Band:
    """
    The counts of US personnel the sources print for one host, the years
    of publication they speak for, and the sources.
    """

    host: str
    low: int
    high: int
    first: int
    last: int
    sources: tuple[str, ...]
    status: str = "V"


@attrs.frozen
class Milestone:
    """
    A dated event of a host's support: *event* ``"began"`` is the first
    fiscal *year* the host paid; with its sources and status.
    """

    host: str
    event: str
    year: FiscalYear
    sources: tuple[str, ...]
    status: str = "V"


_BAND_KEYS = frozenset(
    {"host", "low", "high", "first", "last", "sources", "status"}
)
_MILESTONE_KEYS = frozenset({"host", "event", "year", "sources", "status"})


def _facts(
    where: str, table: str, keys: frozenset[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    # The entries of [[table]] in the bundled file *where*, each with
    # exactly *keys*, a host, a source and a status; with its name for
    # error messages.
    with LOADING:
        import tomllib
        from importlib.resources import files

    raw = tomllib.loads(
        files("hns.data").joinpath(where).read_text(encoding="utf-8")
    )
    for n, entry in enumerate(raw.get(table, []), 1):
        name = f"{where}: {table} {n}"
        if set(entry) != keys:
            msg = f"{name}: keys must be {sorted(keys)}"
            raise SeriesDataError(msg)
        if entry["host"] not in {"JP", "KR"}:
            msg = f"{name}: host must be 'JP' or 'KR'"
            raise SeriesDataError(msg)
        sources = entry["sources"]
        if (
            not isinstance(sources, list)
            or not sources
            or not all(isinstance(x, str) and x.strip() for x in sources)
        ):
            msg = f"{name}: needs a source"
            raise SeriesDataError(msg)
        if entry["status"] not in {"V", "V-sec"}:
            msg = f"{name}: status must be 'V' or 'V-sec'"
            raise SeriesDataError(msg)
        yield name, entry


def _whole(entry: dict[str, Any], *keys: str) -> bool:
    # Whether each of *keys* of *entry* is a positive whole number.
    return all(
        isinstance(entry[k], int)
        and not isinstance(entry[k], bool)
        and entry[k] > 0
        for k in keys
    )


@functools.cache
def personnel() -> dict[str, Band]:
    """
    US military personnel stationed in Japan and in Korea, as a band of
    the counts the sources print, by host.

    >>> korea = personnel()["KR"]
    >>> korea.low, korea.status, korea.sources[0]
    (28500, 'V', 'AP (2021-03-10): 28,500')

    Raises:
        SeriesDataError: the bundled file is malformed.
    """
    bands: dict[str, Band] = {}
    for name, entry in _facts("personnel.toml", "band", _BAND_KEYS):
        if not _whole(entry, "low", "high", "first", "last") or (
            entry["low"] > entry["high"] or entry["first"] > entry["last"]
        ):
            msg = f"{name}: bounds must be ordered whole numbers"
            raise SeriesDataError(msg)
        bands[entry["host"]] = Band(
            entry["host"],
            entry["low"],
            entry["high"],
            entry["first"],
            entry["last"],
            tuple(entry["sources"]),
            entry["status"],
        )
    return bands


@functools.cache
def milestones() -> dict[str, tuple[Milestone, ...]]:
    """
    The dated milestones of each host's support, by host: for now the
    fiscal year each began to pay (Japan JFY1978, Korea 1991). The spans
    of the agreements are in `hns.agreements`.

    >>> began = milestones()["JP"][0]
    >>> began.event, began.year.year, began.status
    ('began', 1978, 'V')
    >>> milestones()["KR"][0].year.year
    1991

    Raises:
        SeriesDataError: the bundled file is malformed.
    """
    found: dict[str, list[Milestone]] = {}
    for name, entry in _facts("milestones.toml", "milestone", _MILESTONE_KEYS):
        if entry["event"] != "began" or not _whole(entry, "year"):
            msg = f"{name}: event must be 'began', year a whole number"
            raise SeriesDataError(msg)
        calendar = JAPAN if entry["host"] == "JP" else KOREA
        found.setdefault(entry["host"], []).append(
            Milestone(
                entry["host"],
                entry["event"],
                FiscalYear(entry["year"], calendar),
                tuple(entry["sources"]),
                entry["status"],
            )
        )
    return {host: tuple(events) for host, events in found.items()}


def began(host: str) -> Milestone | None:
    """
    The milestone of the fiscal year *host* (``"JP"``, ``"KR"``) began to
    pay, if the bundled data has one.

    >>> began("JP").year.year, began("US")
    (1978, None)

    Raises:
        ArgumentError: *host* is not a str.
    """
    given: object = host  # callers may pass anything
    if not isinstance(given, str):
        raise ArgumentError(
            argument="host", expected="'JP' or 'KR'", given=host
        )
    return next(
        (m for m in milestones().get(host, ()) if m.event == "began"), None
    )
