"""
The wording tables: validated on load, their expanded form cached per
machine (read back equal, rebuilt when damaged, skipped when the cache
folder cannot be written), their patterns compiled on first use.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

from hns.audit import wording as module
from hns.audit.wording import LANGUAGES, Wording, WordingError, wording

_MINIMAL = """
language = "en"
[words]
up = ["rose"]
down = ["fell"]
last_year = ["last year"]
this_year = ["this year"]
next_year = ["next year"]
year_forms = ["fiscal #"]
"""


def _shipped(language: str) -> str:
    path = files("hns.data").joinpath("lang", f"{language}.toml")
    return path.read_text(encoding="utf-8")


def _fresh(language: str) -> Wording:
    # The table loaded as a new process would (no functools.cache).
    found: Wording = module.wording.__wrapped__(language)
    return found


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HNS_CACHE_DIR", str(tmp_path))
    return tmp_path / "wording"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cached_form_reads_back_equal(language: str) -> None:
    table, form = module._built(_shipped(language), language)
    again = module._cached(module._stored(form), language)
    assert again == table
    assert again is not None
    assert again.shapes.keys() == wording(language).shapes.keys()
    first = next(iter(again.shapes.values()))[0]
    assert first.needs == table.shapes[first.kind][0].needs


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_table_is_built_once_then_read_from_the_cache(
    language: str, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _fresh(language)
    (written,) = cache.glob(f"{language}-*.json")

    def refuse(text: str, language: str) -> object:
        msg = "built again"
        raise AssertionError(msg)

    monkeypatch.setattr(module, "_built", refuse)
    assert _fresh(language) == built
    assert written.exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: text.replace("rose", "r0se", 1),  # edited, check fails
        lambda text: "",
        lambda text: "[]",
        lambda text: '{"check": 1}',
    ],
)
def test_a_damaged_cache_file_is_rebuilt(damage: object, cache: Path) -> None:
    built = _fresh("en")
    (written,) = cache.glob("en-*.json")
    written.write_text(damage(written.read_text("utf-8")), "utf-8")  # type: ignore[operator]
    assert _fresh("en") == built
    assert module._cached(written.read_text("utf-8"), "en") == built


def test_a_cache_file_with_a_valid_check_but_a_bad_row_is_rebuilt() -> None:
    _, form = module._built(_shipped("ko"), "ko")
    for bad in ("no such kind", 7):
        form["shapes"][0][0] = bad
        assert module._cached(module._stored(form), "ko") is None
    _, form = module._built(_shipped("ko"), "ko")
    form["shapes"][0][2] = ["no such role"]
    assert module._cached(module._stored(form), "ko") is None
    assert module._cached(module._stored(form), "ja") is None


def test_an_unwritable_cache_folder_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("HNS_CACHE_DIR", str(blocker / "cache"))
    assert _fresh("ja") == wording("ja")


def test_shapes_compile_on_first_use() -> None:
    table, _ = module._built(_shipped("en"), "en")
    shape = table.of("expiry")[0]
    assert shape.pattern.pattern == shape.regex
    assert shape.pattern is shape.pattern  # compiled once


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('[topics]\nhns = "x"\n', "[topics] must be a table of lists"),
        (
            '[[shape]]\nkind = "weather"\nshape = "a"\nexample = "a"\n',
            "shape 1: unknown kind 'weather'",
        ),
        ('[[shape]]\nkind = "level"\nshape = "a"\n', "needs a shape and"),
        (
            '[[shape]]\nkind = "level"\nshape = "{colour}"\nexample = "a"\n',
            "unknown role {colour}",
        ),
        (
            '[[shape]]\nkind = "change"\nshape = "{base} {base}"\n'
            'example = "a"\n',
            "role {base} named twice",
        ),
        (
            '[[shape]]\nkind = "level"\nshape = "<colours>"\nexample = "a"\n',
            "unknown word list <colours>",
        ),
        (
            '[[shape]]\nkind = "level"\nshape = "(a"\nexample = "a"\n',
            "pattern does not compile",
        ),
        (
            '[[shape]]\nkind = "level"\nshape = "a"\nexample = "a"\n'
            'published = "2021"\n',
            "published must be a date",
        ),
        (
            '[[shape]]\nkind = "level"\nshape = "a"\nexample = "a"\n'
            'pinned = "yes"\n',
            "pinned must be true or false",
        ),
        (
            '[[shape]]\nkind = "level"\nshape = "a"\nexample = "a"\n'
            "colour = 1\n",
            "unknown keys ['colour']",
        ),
        ("[[", "cannot read"),
    ],
)
def test_a_malformed_table_is_a_wording_error(
    extra: str, message: str
) -> None:
    with pytest.raises(WordingError, match=r"en\.toml") as caught:
        module._built(_MINIMAL + extra, "en")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (_MINIMAL.replace('down = ["fell"]\n', ""), "missing list 'down'"),
        (_MINIMAL.replace('["fell"]', "[]"), "each list must be a non-empty"),
        ("colour = 1\n" + _MINIMAL, "unknown keys ['colour']"),
    ],
)
def test_a_table_without_its_word_lists_is_refused(
    table: str, message: str
) -> None:
    with pytest.raises(WordingError, match=r"en\.toml") as caught:
        module._built(table, "en")
    assert message in str(caught.value)


def test_the_minimal_table_loads() -> None:
    table, form = module._built(_MINIMAL, "en")
    assert table.words["up"] == ("rose",)
    found = table.year.search("in fiscal 2021")
    assert found is not None
    assert found.group("fy0") == "2021"
    assert json.loads(module._stored(form))["check"]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(WordingError, match="no wording table"):
        wording("fr")
