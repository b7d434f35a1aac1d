"""
hns._regex: patterns compiled once per machine behave exactly as
``re.compile``'s, from a fresh store, from a stored one, and when the store
is damaged, unwritable or full.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hns import _regex
from hns.audit.wording import LANGUAGES, wording

_SAMPLES = (
    "South Korea will pay 1.0389 trillion won this year, up 8.2% from"
    " 960.2 billion won last year.",
    "2021年度の在日米軍駐留経費負担は2017億円で、前年度比1.2%増となる。",
    "올해 방위비 분담금은 1조389억원으로 작년보다 13.9% 늘었다.",
    "令和3年度（2021年度）は約2017億円、ＵＳ＄１８億",
)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # An empty store of this process, in a cache folder of its own.
    monkeypatch.setenv("HNS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_regex, "_STORE", None)
    monkeypatch.setattr(_regex, "_NEW", {})
    monkeypatch.setattr(_regex, "_USED", set())
    return tmp_path / _regex._name()


def _patterns() -> list[tuple[str, int]]:
    # hns's own large patterns: every shape and the year phrases.
    found = []
    for language in LANGUAGES:
        table = wording(language)
        found.append((table.year.pattern, 0))
        found.extend(
            (shape.regex, 0)
            for kind in table.shapes
            for shape in table.of(kind)
        )
    return found


def _same(ours: re.Pattern[str], theirs: re.Pattern[str]) -> None:
    assert ours == theirs  # pattern, flags and the engine's code
    assert ours.groupindex == theirs.groupindex
    assert ours.groups == theirs.groups
    for text in _SAMPLES:
        for sample in (text, text.lower()):
            assert [m.span() for m in ours.finditer(sample)] == [
                m.span() for m in theirs.finditer(sample)
            ]


def test_compiled_and_stored_patterns_are_re_compiles(store: Path) -> None:
    patterns = _patterns()
    assert len(patterns) > 100
    for pattern, flags in patterns:
        _same(_regex.compile(pattern, flags), re.compile(pattern, flags))
    _regex._save()
    assert store.exists()

    # A new process: every pattern from the store, none compiled again.
    _regex._STORE = None
    _regex._NEW.clear()
    for pattern, flags in patterns:
        _same(_regex.compile(pattern, flags), re.compile(pattern, flags))
    assert not _regex._NEW


def test_flags_and_named_groups_carry_over(store: Path) -> None:
    for pattern, flags in (
        (r"(?P<year>(?:19|20)\d\d)年度", 0),
        (r"up (?P<rate>\d+(?:\.\d+)?)%", re.IGNORECASE),
        (r"(?x) \d+  # digits", 0),
        (r"^fiscal$", re.MULTILINE | re.ASCII),
    ):
        first = _regex.compile(pattern, flags)
        _regex._save()
        _regex._STORE = None
        _regex._NEW.clear()
        again = _regex.compile(pattern, flags)
        _same(again, re.compile(pattern, flags))
        _same(first, again)


def test_a_bad_pattern_raises_as_re_compile_does(store: Path) -> None:
    with pytest.raises(re.error):
        _regex.compile("(unclosed")
    assert not _regex._NEW


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # a flipped bit
        lambda data: b"",
        lambda data: b"hns-re 1\n00000000garbage",
        lambda data: data.replace(b"hns-re 1", b"hns-re 9"),
    ],
)
def test_a_damaged_store_is_not_read(damage: object, store: Path) -> None:
    pattern = r"(?P<n>\d+)億円"
    _regex.compile(pattern)
    _regex._save()
    store.write_bytes(damage(store.read_bytes()))  # type: ignore[operator]
    assert _regex._load() == {}
    _regex._STORE = None
    _regex._NEW.clear()
    _same(_regex.compile(pattern), re.compile(pattern))
    assert _regex._NEW  # compiled again, to be stored again


def test_a_damaged_entry_is_compiled_again(store: Path) -> None:
    pattern = r"\d+조"
    _regex.compile(pattern)
    assert _regex._STORE is not None
    flags, code, groups, index, names = _regex._STORE[(pattern, 0)]
    _regex._STORE[(pattern, 0)] = (
        flags,
        [*code[:3], 999_999],
        groups,
        index,
        names,
    )
    _same(_regex.compile(pattern), re.compile(pattern))


def test_an_unwritable_cache_folder_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("HNS_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(_regex, "_STORE", None)
    monkeypatch.setattr(_regex, "_NEW", {})
    _same(_regex.compile(r"\d+万"), re.compile(r"\d+万"))
    _regex._save()  # does not raise
    assert not (blocker / "cache").exists()


def test_a_full_store_keeps_what_this_process_used(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_regex, "_MAX_ENTRIES", 5)
    for n in range(8):
        _regex.compile(rf"old{n}")
    _regex._save()
    assert len(_regex._load()) == 8  # over the bound, but all used here
    _regex._STORE = None
    _regex._USED.clear()
    _regex.compile("new")
    _regex._save()
    assert set(_regex._load()) == {("new", 0)}


def test_a_second_process_reads_the_store(tmp_path: Path) -> None:
    """
    The first process compiles and stores hns's patterns at exit; the
    next one compiles none of them again.
    """
    code = (
        "import datetime as dt; from hns import _regex;"
        " from hns.audit import audit;"
        " audit('Japan will pay 201.7 billion yen in fiscal 2021, up 1.2%"
        " from 199.3 billion yen.', published=dt.date(2021, 3, 1));"
        " print(len(_regex._NEW))"
    )
    env = {**os.environ, "HNS_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        for _ in range(2)
    ]
    assert int(runs[0].stdout) > 10
    assert int(runs[1].stdout) == 0
    assert runs[0].stderr == runs[1].stderr == ""
