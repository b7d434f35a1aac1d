"""
The documentation site (``mkdocs.yml``, ``docs/``): every public name is
documented in its API reference, the command-line reference is the
command's own help, and the JSON page lists the keys hns writes.

The site is built once per pytest run with ``mkdocs build --strict``
into a temporary folder, unless ``$HNS_DOCS_SITE`` names a site that was
just built (``./dev test`` builds one into ``site/`` before it runs
pytest, and says so).
"""

from __future__ import annotations

import argparse
import functools
import html
import importlib
import importlib.util
import inspect
import os
import re
import subprocess
import sys
import textwrap
import types
import zlib
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import hns

ROOT = Path(__file__).resolve().parent.parent

# The modules with a page in the API reference: the package's namespace,
# every module it loads on first access, and the command line.
PUBLIC_MODULES = (
    "hns",
    "hns.agreements",
    "hns.audit",
    "hns.audit.html",
    "hns.audit.report",
    "hns.checks",
    "hns.cli",
    "hns.data",
    "hns.diagnose",
    "hns.errors",
    "hns.figures",
    "hns.fiscal",
    "hns.format",
    "hns.fx",
    "hns.money",
    "hns.parse",
    "hns.schemas",
    "hns.series",
    "hns.units",
    "hns.verdicts",
    "hns.when",
)


def _load(name: str) -> types.ModuleType:
    # A module of docs/ (they are no package): hooks.py, griffe_doctests.py.
    spec = importlib.util.spec_from_file_location(
        f"_docs_{name}", ROOT / "docs" / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_inventory(path: Path) -> set[str]:
    """
    The names of the objects a site documents, from its ``objects.inv``
    (Sphinx's inventory format, version 2, which mkdocstrings writes).
    """
    data = path.read_bytes()
    header, _, body = data.partition(b"zlib.\n")
    assert header.startswith(b"# Sphinx inventory version 2\n"), header
    lines = zlib.decompress(body).decode("utf-8").splitlines()
    return {line.split(" ", 1)[0] for line in lines if line.strip()}


def public_names(module: types.ModuleType) -> list[str]:
    """
    The public names of *module*: its ``__all__``, and for ``hns`` the
    names it loads on first access too.
    """
    names = list(getattr(module, "__all__", ()))
    lazy: dict[str, Any] = getattr(module, "_LAZY", {})
    return sorted({*names, *lazy})


def _own_methods(cls: type) -> Iterator[tuple[str, Any]]:
    # The public functions, methods and properties *cls* itself defines.
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(member, classmethod | staticmethod):
            yield name, member.__func__
        elif isinstance(member, property):
            yield name, member.fget
        elif isinstance(member, functools.cached_property):
            yield name, member.func
        elif inspect.isfunction(member):
            yield name, member


def _has_docstring(obj: Any) -> bool:
    # Its own docstring, not one inherited (the reference shows only
    # what the source says).
    doc = obj.__dict__.get("__doc__") if isinstance(obj, type) else obj.__doc__
    return bool(doc and doc.strip())


def undocumented(
    module: types.ModuleType, documented: Collection[str]
) -> list[str]:
    """
    What the reference lacks for *module*: each public function, class
    and method without a docstring, and each public name (constants and
    type aliases included) that is not among the *documented* names of
    the reference, as ``"hns.x.name: why"``.
    """
    problems: list[str] = []
    for name in public_names(module):
        path = f"{module.__name__}.{name}"
        value = getattr(module, name)
        if isinstance(value, types.ModuleType):
            path = value.__name__
        if path not in documented:
            problems.append(f"{path}: not in the reference")
        if isinstance(value, types.ModuleType):
            continue
        if (inspect.isfunction(value) or isinstance(value, type)) and (
            not _has_docstring(value)
        ):
            problems.append(f"{path}: no docstring")
        if not isinstance(value, type):
            continue
        for method, function in _own_methods(value):
            where = f"{path}.{method}"
            if not _has_docstring(function):
                problems.append(f"{where}: no docstring")
            elif where not in documented:
                problems.append(f"{where}: not in the reference")
    return problems


def _build(site: Path, config: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(config),
            "--site-dir",
            str(site),
        ],
        cwd=config.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """
    The built site of the project.
    """
    built = os.environ.get("HNS_DOCS_SITE")
    if built:
        return Path(built).resolve()
    path = tmp_path_factory.mktemp("site")
    _build(path, ROOT / "mkdocs.yml")
    return path


@pytest.fixture(scope="session")
def inventory(site: Path) -> set[str]:
    """
    The names the project's site documents.
    """
    return read_inventory(site / "objects.inv")


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_public_module_documented(name: str, inventory: set[str]) -> None:
    """
    Every public name of a public module has a docstring and an entry in
    the API reference, and so does every public method of its classes.
    """
    module = importlib.import_module(name)

    assert undocumented(module, inventory) == []


def test_lazy_namespaces_have_pages() -> None:
    """
    Every namespace ``hns`` loads on first access has a reference page.
    """
    namespaces = {
        module for module, attribute in hns._LAZY.values() if attribute is None
    }

    assert namespaces <= set(PUBLIC_MODULES)


def test_reference_pages_are_the_public_modules() -> None:
    """
    The API reference has one page per public module, rendering it.
    """
    pages = ROOT / "docs" / "reference"
    rendered = {
        line.removeprefix("::: ").strip()
        for page in pages.glob("*.md")
        for line in page.read_text(encoding="utf-8").splitlines()
        if line.startswith("::: ")
    }

    assert rendered | {"hns.cli"} == set(PUBLIC_MODULES)


class TestUndocumented:
    """
    The checker behind `test_public_module_documented`, on a small module
    made here.
    """

    @staticmethod
    def fake() -> types.ModuleType:
        module = types.ModuleType("fake")

        def documented() -> None:
            """
            Here.
            """

        def bare() -> None:
            pass

        class Thing:
            """
            A thing.
            """

            def shown(self) -> None:
                """
                Shown.
                """

            def hidden(self) -> None:
                pass

            @property
            def size(self) -> int:
                return 1

            @classmethod
            def make(cls) -> Thing:
                """
                A new thing.
                """
                return cls()

            def _private(self) -> None:
                pass

        class Plain:
            pass

        class Child(Thing):
            """
            Inherits everything.
            """

        module.__dict__.update(
            documented=documented,
            bare=bare,
            Thing=Thing,
            Plain=Plain,
            Child=Child,
            LIMIT=3,
            __all__=["LIMIT", "Child", "Plain", "Thing", "bare", "documented"],
        )
        return module

    def test_all_documented(self) -> None:
        """
        Nothing is reported when every name has a docstring and an entry.
        """
        module = self.fake()
        module.bare.__doc__ = "Now documented."
        module.Plain.__doc__ = "Now documented."
        module.Thing.hidden.__doc__ = "Now documented."
        module.Thing.size.fget.__doc__ = "Now documented."
        inventory = {
            "fake.LIMIT",
            "fake.Child",
            "fake.Plain",
            "fake.Thing",
            "fake.Thing.hidden",
            "fake.Thing.make",
            "fake.Thing.shown",
            "fake.Thing.size",
            "fake.bare",
            "fake.documented",
        }

        assert undocumented(module, inventory) == []

    def test_missing_docstrings_and_entries(self) -> None:
        """
        A function, class, method or property without a docstring is
        reported, and so is any name the reference does not list.
        """
        inventory = {"fake.Thing", "fake.Thing.shown", "fake.documented"}

        assert undocumented(self.fake(), inventory) == [
            "fake.Child: not in the reference",
            "fake.LIMIT: not in the reference",
            "fake.Plain: not in the reference",
            "fake.Plain: no docstring",
            "fake.Thing.hidden: no docstring",
            "fake.Thing.size: no docstring",
            "fake.Thing.make: not in the reference",
            "fake.bare: not in the reference",
            "fake.bare: no docstring",
        ]

    def test_inherited_docstring_is_not_its_own(self) -> None:
        """
        A class whose only docstring is its base's is undocumented.
        """
        module = self.fake()
        module.Child.__doc__ = None
        inventory = {"fake.Child"}

        assert "fake.Child: no docstring" in undocumented(module, inventory)

    def test_lazy_names(self) -> None:
        """
        The names a module loads on first access (``_LAZY``) count as
        public, and a namespace is looked for under its own name.
        """
        module = types.ModuleType("pkg")
        module.__dict__.update(
            __all__=[], _LAZY={"sub": ("pkg.sub", None)}, sub=types
        )

        assert undocumented(module, set()) == ["types: not in the reference"]
        assert undocumented(module, {"types"}) == []


_FAKE_PACKAGE = '''
"""
A package for a test of the documentation build.
"""

__all__ = ["bare", "documented"]


def documented() -> int:
    """
    Documented, with a doctest.

    >>> documented()
    1
    """
    return 1


def bare() -> int:
    return 2
'''


def test_build_leaves_out_an_undocumented_name(tmp_path: Path) -> None:
    """
    With the project's mkdocstrings options, a function without a
    docstring is missing from the built reference, so the checker reports
    it: removing a docstring fails the tests.
    """
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    python = next(
        plugin["mkdocstrings"]
        for plugin in config["plugins"]
        if isinstance(plugin, dict) and "mkdocstrings" in plugin
    )["handlers"]["python"]
    options = dict(python["options"])
    options["extensions"] = [
        str(ROOT / extension) for extension in options.get("extensions", ())
    ]
    (tmp_path / "pkg_fake_docs").mkdir()
    (tmp_path / "pkg_fake_docs" / "__init__.py").write_text(
        textwrap.dedent(_FAKE_PACKAGE), encoding="utf-8"
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(
        "# Fake\n\n::: pkg_fake_docs\n", encoding="utf-8"
    )
    fake = {
        "site_name": "fake",
        "markdown_extensions": config["markdown_extensions"],
        "plugins": [
            {
                "mkdocstrings": {
                    "handlers": {
                        "python": {"paths": ["."], "options": options}
                    }
                }
            }
        ],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(fake), "utf-8")
    _build(tmp_path / "site", tmp_path / "mkdocs.yml")
    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module("pkg_fake_docs")
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("pkg_fake_docs", None)
    inventory = read_inventory(tmp_path / "site" / "objects.inv")
    page = (tmp_path / "site" / "index.html").read_text("utf-8")

    assert "pkg_fake_docs.documented" in inventory
    assert undocumented(module, inventory) == [
        "pkg_fake_docs.bare: not in the reference",
        "pkg_fake_docs.bare: no docstring",
    ]
    assert "<blockquote>" not in page


def _text(page: Path) -> str:
    # The text of an HTML page, without its tags.
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text("utf-8")))


def test_reference_shows_doctests_as_code(site: Path) -> None:
    """
    The doctests of the docstrings are code blocks in the reference, not
    the nested quotes Markdown makes of a bare ``>>>``.
    """
    pages = sorted((site / "reference").glob("*/index.html"))
    quoted = [p.parent.name for p in pages if "<blockquote>" in p.read_text()]
    prompts = sum(_text(p).count(">>> ") for p in pages)

    assert len(pages) == len(PUBLIC_MODULES) - 1
    assert quoted == []
    assert prompts > 100


class TestCommandLine:
    """
    The command-line page, generated from ``hns.cli.parser()``.
    """

    def test_every_command_has_a_section(self) -> None:
        """
        The reference has a section per command, ``hns`` first, each with
        the command's help at 79 columns at most.
        """
        reference = _load("hooks").cli_reference()
        sections = re.findall(r"^## `(.+)`$", reference, re.MULTILINE)
        subcommands = next(
            action.choices
            for action in hns.cli.parser()._actions
            if isinstance(action, argparse._SubParsersAction)
        )
        blocks = re.findall(r"```text\n(.*?)```", reference, re.DOTALL)
        width = max(len(line) for b in blocks for line in b.splitlines())

        assert sections == ["hns", *(f"hns {c}" for c in subcommands)]
        assert len(blocks) == len(sections)
        assert width <= 79

    def test_page_shows_every_option(self, site: Path) -> None:
        """
        The built page has every command's usage, options and help texts.
        """
        text = _text(site / "cli" / "index.html")
        hooks = _load("hooks")
        words = " ".join(text.split())
        missing = [
            (name, shown)
            for name, command in hooks.commands(hns.cli.parser())
            for action in command._actions
            for shown in (*action.option_strings, action.help)
            if shown and " ".join(shown.split()) not in words
        ]
        usages = [name for name, _ in hooks.commands(hns.cli.parser())]

        assert missing == []
        assert all(f"usage: {name} " in text for name in usages)
        assert "<!-- hns --help -->" not in text


def test_guide_is_the_readme(site: Path) -> None:
    """
    The guide page is the README: each of its sections is there, and the
    marks of the parts other pages include are not.
    """
    readme = (ROOT / "README.md").read_text("utf-8")
    headings = re.findall(r"^#+ (.+)$", readme, re.MULTILINE)
    text = _text(site / "index.html")
    page = (site / "index.html").read_text("utf-8")

    assert len(headings) > 10
    assert [h for h in headings if h not in text] == []
    assert "--8&lt;--" not in page
    assert "8<--" not in text


def test_claim_kinds_page_has_every_kind(site: Path) -> None:
    """
    The claim kinds page shows every kind of claim the audit makes.
    """
    from hns.audit.claims import KINDS

    page = (site / "claims" / "index.html").read_text("utf-8")

    assert [k for k in KINDS if f"<code>{k}</code>" not in page] == []


def _tables(markdown: str) -> dict[str, list[str]]:
    # The keys of each table of docs/json.md, by the heading above it.
    tables: dict[str, list[str]] = {}
    heading = ""
    for line in markdown.splitlines():
        if line.startswith("### "):
            heading = line.removeprefix("### ")
        match = re.match(r"\| `(\w+)` \|", line)
        if match:
            tables.setdefault(heading, []).append(match.group(1))
    return tables


def test_json_page_lists_the_keys() -> None:
    """
    Each table of the JSON page lists the keys of its object, in the
    order `Report.to_dict` and `Verdict.to_dict` write them.
    """
    import datetime as dt

    from hns.audit import audit

    report = audit(
        "If the U.S. and Japan agree, this year's contribution is expected"
        " to reach 2017 billion yen (about 2.5 trillion won). This is a 1.2%"
        " increase from last year's share of 193 billion yen. The deal"
        " expires next month. It has 12 gates.",
        published=dt.date(2021, 1, 31),
    ).to_dict()
    verdict = next(
        c["verdict"] for c in report["claims"] if c["verdict"]["diagnoses"]
    )
    objects: dict[str, Any] = {
        "The report": report,
        "`data`": report["data"],
        "`summary`": report["summary"],
        "`claims[]`": report["claims"][0],
        "`figures[]` and `unchecked[]`": report["figures"][0],
        "`times[]`": report["times"][0],
        "The verdict": verdict,
        "`stated`": verdict["stated"],
        "`recomputed`": verdict["recomputed"],
        "`inputs[]`": verdict["inputs"][0],
        "`diagnoses[]`": verdict["diagnoses"][0],
    }
    tables = _tables((ROOT / "docs" / "json.md").read_text("utf-8"))

    assert list(report["unchecked"][0]) == list(report["figures"][0])
    assert tables == {name: list(obj) for name, obj in objects.items()}


class TestFenceDoctests:
    """
    The griffe extension that shows doctests as code blocks.
    """

    @staticmethod
    def fence(text: str) -> str:
        result: str = _load("griffe_doctests").fence_doctests(text)
        return result

    def test_bare_doctest(self) -> None:
        """
        A doctest runs from its first prompt to the next blank line, and
        loses its directives and ``<BLANKLINE>`` marks.
        """
        text = (
            "Sum.\n\n>>> print(1 + 1)  # doctest: +ELLIPSIS\n2\n"
            "<BLANKLINE>\n\nAfter."
        )

        assert self.fence(text) == (
            "Sum.\n\n```pycon\n>>> print(1 + 1)\n2\n\n```\n\nAfter."
        )

    def test_indented_doctest(self) -> None:
        """
        A doctest inside a section keeps its indentation, fence included.
        """
        text = "Examples:\n    >>> f(\n    ...     1)\n    2"

        assert self.fence(text) == (
            "Examples:\n    ```pycon\n    >>> f(\n    ...     1)\n    2\n"
            "    ```"
        )

    @pytest.mark.parametrize(
        "text",
        [
            "No example here.",
            "```pycon\n>>> 1\n1\n```",
            "~~~\n>>> 1\n\n>>> 2\n~~~",
            "A >>> inside a line.",
            ">>>x is no prompt",
        ],
    )
    def test_left_alone(self, text: str) -> None:
        """
        Text without a bare doctest comes back as it was.
        """
        assert self.fence(text) == text
