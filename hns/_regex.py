"""
Regular expressions compiled once per machine, not once per process.

hns's large patterns (word tries of hundreds of alternatives, Unicode
ranges, the wording tables' shapes) cost a fresh process about 40 ms to
compile: more than auditing an article. CPython compiles a pattern in two
steps written in Python, parsing it (``re._parser``) and generating the
matching engine's code (``re._compiler``), and hands that code, a list of
integers, to ``_sre.compile``. `compile` keeps the code of each pattern it
compiles in the cache folder (``hns._cache.cache_dir``), in a store named
by the exact Python build and the engine's version, and later processes
give it straight to ``_sre.compile``.

Nothing here can make a pattern behave otherwise than ``re.compile``'s:

- the store is read only by the very build that wrote it (``sys.version``,
  ``_sre.MAGIC`` and ``_sre.CODESIZE`` name it), and only when its CRC-32
  matches; the engine validates any code it is given;
- anything unexpected (another Python implementation, a changed private
  API, a damaged or unwritable store) falls back to ``re.compile``;
- new entries are written when the process exits, atomically, merged with
  what other processes wrote meanwhile, and the store is bounded.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import re
import sys
import threading
import zlib
from typing import Any

__all__ = ["compile"]

_HEADER = b"hns-re 1\n"
# Beyond this many patterns, a save keeps only those this process used
# (the wording tables of older checkouts would otherwise pile up).
_MAX_ENTRIES = 3000
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_LOCK = threading.Lock()
_STORE: dict[tuple[str, int], _Entry] | None = None
_NEW: dict[tuple[str, int], _Entry] = {}
_USED: set[tuple[str, int]] = set()


def _engine() -> Any | None:
    # The matching engine and the compiler's two steps; None where they
    # are not CPython's (then every pattern goes through re.compile).
    try:
        _sre: Any = importlib.import_module("_sre")
        _parser: Any = importlib.import_module("re._parser")
        _compiler: Any = importlib.import_module("re._compiler")
    except ImportError:  # pragma: no cover - not CPython
        return None
    if not all(
        hasattr(module, name)
        for module, name in (
            (_sre, "compile"),
            (_sre, "MAGIC"),
            (_parser, "parse"),
            (_compiler, "_code"),
        )
    ):  # pragma: no cover - a CPython whose internals moved
        return None
    return _sre, _parser, _compiler


_ENGINE = _engine()


def _name() -> str:
    sre = _ENGINE[0] if _ENGINE else None
    build = f"{sys.version}|{getattr(sre, 'MAGIC', '')}|"
    build += f"{getattr(sre, 'CODESIZE', '')}|{sys.implementation.name}"
    return f"regex-{zlib.crc32(build.encode()):08x}.bin"


def _load() -> dict[tuple[str, int], _Entry]:
    # The store of this Python build; empty when there is none, or it is
    # damaged (a CRC mismatch, a bad header, anything marshal refuses).
    from hns import _cache  # on first use: import hns stays fast

    data = _cache.read_bytes(_cache.cache_dir() / _name())
    if data is None or not data.startswith(_HEADER):
        return {}
    body = data[len(_HEADER) + 8 :]
    written = data[len(_HEADER) : len(_HEADER) + 8]
    if written != f"{zlib.crc32(body):08x}".encode():
        return {}
    try:
        store = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    return store if isinstance(store, dict) else {}


def _save() -> None:
    # Merge what this process compiled into the store (at exit).
    with _LOCK:
        if not _NEW:
            return
        store = _load()
        store.update(_NEW)
        if len(store) > _MAX_ENTRIES:
            store = {key: store[key] for key in _USED if key in store}
        _NEW.clear()
    try:
        body = marshal.dumps(store)
    except ValueError:  # pragma: no cover - compile stores plain values
        return
    crc = f"{zlib.crc32(body):08x}".encode()
    from hns import _cache  # loaded by _load already

    _cache.write_files(_cache.cache_dir(), {_name(): _HEADER + crc + body})


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """
    *pattern* compiled, as ``re.compile(pattern, flags)`` compiles it, from
    the per-machine store when an earlier process compiled it.

    >>> compile("[0-9]+年度").match("2021年度").group()
    '2021年度'

    Raises:
        re.error: *pattern* is not a regular expression.
    """
    global _STORE  # the store is loaded once per process
    if _ENGINE is None:  # pragma: no cover - not CPython
        return re.compile(pattern, flags)
    sre, parser, compiler = _ENGINE
    flags = int(flags)  # a RegexFlag is an int subclass marshal refuses
    key = (pattern, flags)
    if _STORE is None:
        with _LOCK:
            if _STORE is None:
                _STORE = _load()
    _USED.add(key)
    entry = _STORE.get(key)
    if entry is not None:
        with contextlib.suppress(Exception):  # a damaged entry: compile
            found: re.Pattern[str] = sre.compile(pattern, *entry)
            return found
    parsed = parser.parse(pattern, flags)  # re.error as re.compile's
    try:
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # Plain ints (the compiler's opcodes are an int subclass, which
        # marshal does not store).
        entry = (
            int(flags | state.flags),
            [int(op) for op in compiler._code(parsed, flags)],
            int(state.groups) - 1,
            {str(name): int(index) for name, index in groupindex.items()},
            tuple(indexgroup),
        )
        found = sre.compile(pattern, *entry)
    except Exception:  # pragma: no cover - internals that moved
        return re.compile(pattern, flags)
    with _LOCK:
        if not _NEW:
            atexit.register(_save)
        _NEW[key] = entry
        _STORE[key] = entry
    return found
