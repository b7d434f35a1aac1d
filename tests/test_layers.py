"""
The layering of the package (DESIGN, "Layout"): data flows one way,

    cli → audit → checks → figures/money/fiscal/fx → numerals/currency/errors

and a module imports only modules below it. These tests read every module
of ``hns/`` with `ast` (nothing is imported) and hold it to four rules.

What counts as an import of module *A* by module *B*: every ``import`` and
``from … import`` of an hns module in *B*, at module level or inside a
function, and every ``importlib.import_module("hns.…")`` with a literal
name. ``from P import n`` imports the module ``P.n`` when there is one,
else ``P``. Not counted:

- imports under ``if TYPE_CHECKING:``: they never run (they are still held
  to the rule on private names);
- a *convenience*: an import inside a method of a class whose body says
  ``# reaches up to hns.X: a convenience (see DESIGN)`` for the imported
  module ``hns.X`` (`Money.format`, `Money.to`, `Money.parse`,
  `Money.to_quantity`, `Figure.parse`). A value class may offer what a
  module above it does, importing it when called;
- the implicit import of a package by its submodules (``hns.audit.article``
  runs ``hns/audit/__init__.py`` first): that is how packages load.

The rules:

1. No cycle: the imports form no cycle between modules, function-level
   ones included (a function-level import that closes a cycle only works
   by the accident of call order).
2. Layers: no import goes to a module of a higher layer than the
   importing one (`LAYERS`); imports within one layer are fine as long as
   they form no cycle. Every module has a layer.
3. No private names across modules: no ``from hns.X import _name`` and no
   ``module._name`` on an imported hns module, unless ``_name`` is itself
   a module (``from hns import _ecb``): what one module shares with
   another has a public name (the private modules ``hns._decimal``,
   ``hns._types``, ``hns._loading``, ``hns._values``, ``hns._ecb``,
   ``hns._notebook`` hold such names for the package, not for its users).
4. Every function-level import says why: an import of an hns module
   inside a function (``import``, ``from … import``, or
   ``importlib.import_module``) has a comment on one of its own lines or
   a line of comment just above (``# on first use: hns.checks loads
   without hns.fx``). An import of a module that is loaded with the importing
   one anyway belongs at module level.
"""

from __future__ import annotations

import ast
import io
import itertools
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent / "hns"

# The layers, lowest first; a module may import only from its own layer
# and the ones below. The package itself (its lazy namespace) and the
# command line are on top; every module of the audit is in one layer.
_LAYERS: tuple[tuple[str, ...], ...] = (
    # What everything stands on: errors, the loading lock, shared
    # helpers, decimal contexts and constructors, shared Literal types,
    # the notebook views' tables, running a function over many inputs.
    (
        "hns.errors",
        "hns._cache",
        "hns._meta",
        "hns._regex",
        "hns._loading",
        "hns._values",
        "hns._decimal",
        "hns._types",
        "hns._arguments",
        "hns._batch",
        "hns._notebook",
    ),
    # Words and numerals, currencies.
    ("hns.vocabulary", "hns.numerals", "hns.currency"),
    # Amounts and fiscal years.
    ("hns.money", "hns.fiscal"),
    # Figures: numbers as written, with their intervals.
    ("hns.figures",),
    # What reads, writes, converts and looks up amounts and figures.
    (
        "hns.parse",
        "hns.format",
        "hns.when",
        "hns.units",
        "hns.fx",
        "hns._ecb",
        "hns.series",
        "hns.agreements",
    ),
    # Figures in running text; the bundled data.
    ("hns.finding", "hns.data", "hns.schemas"),
    # Checks, their verdicts and diagnoses.
    ("hns.verdicts", "hns.diagnose", "hns.checks"),
    # The article audit.
    ("hns.audit",),
    # The command line and the package's namespace.
    ("hns.cli", "hns.__main__", "hns"),
)
LAYERS: dict[str, int] = {
    name: level for level, names in enumerate(_LAYERS) for name in names
}

_CONVENIENCE = re.compile(
    r"#\s*reaches up to (hns(?:\.\w+)+): a convenience \(see DESIGN\)"
)


def layer(module: str) -> int:
    """
    The layer of *module* (every module of a package listed by prefix,
    as ``hns.audit`` is).
    """
    name = module
    while name not in LAYERS and "." in name:
        name = name.rsplit(".", 1)[0]
    if name == "hns" and module != "hns":
        msg = f"{module} has no layer: add it to LAYERS in {__name__}"
        raise AssertionError(msg)
    return LAYERS[name]


def modules() -> dict[str, Path]:
    """
    Every module of the package, by dotted name.
    """
    found: dict[str, Path] = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


@attrs.frozen
class Import:
    """
    One imported name (or module) of an hns module.
    """

    source: str  # the importing module
    target: str  # the module imported (or imported from)
    name: str | None  # the name imported from it; None for a module
    line: int
    typing_only: bool  # under `if TYPE_CHECKING:`
    convenience: bool  # in a method marked as a convenience

    def __str__(self) -> str:
        what = "" if self.name is None else f"{self.name} from "
        return f"{self.source}, line {self.line}: {what}{self.target}"


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(source: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = source.split(".")
    drop = node.level - 1 if is_package else node.level
    base = base[: len(base) - drop]
    return ".".join(base + ([node.module] if node.module else []))


class _Reader(ast.NodeVisitor):
    # Collects the imports of one module, and the private attributes read
    # on imported hns modules.

    def __init__(
        self, source: str, lines: list[str], known: dict[str, Path]
    ) -> None:
        self.source = source
        self.lines = lines
        self.known = known
        self.is_package = known[source].name == "__init__.py"
        self.imports: list[Import] = []
        # The hns modules imported as such, by their local names.
        self.module_names: dict[str, str] = {}
        self.private_reads: list[tuple[int, str, str]] = []
        # The lines (first, last) of each import inside a function.
        self.function_level: list[tuple[int, int]] = []
        self._typing = False
        self._scopes: list[ast.AST] = []

    def _marked(self) -> set[str]:
        # The modules a method says it reaches up to, when the innermost
        # function is a method of a class.
        if len(self._scopes) < 2 or not isinstance(
            self._scopes[-2], ast.ClassDef
        ):
            return set()
        method = self._scopes[-1]
        assert isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef)
        assert method.end_lineno is not None
        body = self.lines[method.lineno - 1 : method.end_lineno]
        return {m[1] for line in body for m in _CONVENIENCE.finditer(line)}

    def _inside_function(self, node: ast.stmt | ast.expr) -> None:
        # Notes *node*, an import, when it is inside a function.
        if any(
            isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef)
            for scope in self._scopes
        ):
            assert node.end_lineno is not None
            self.function_level.append((node.lineno, node.end_lineno))

    def _add(self, target: str, name: str | None, line: int) -> None:
        self.imports.append(
            Import(
                self.source,
                target,
                name,
                line,
                self._typing,
                target in self._marked(),
            )
        )

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            before, self._typing = self._typing, True
            for child in node.body:
                self.visit(child)
            self._typing = before
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def _scoped(self, node: ast.AST) -> None:
        self._scopes.append(node)
        self.generic_visit(node)
        self._scopes.pop()

    visit_FunctionDef = _scoped
    visit_AsyncFunctionDef = _scoped
    visit_ClassDef = _scoped

    def visit_Import(self, node: ast.Import) -> None:
        found = False
        for alias in node.names:
            if alias.name == "hns" or alias.name.startswith("hns."):
                found = True
                self._add(alias.name, None, node.lineno)
                if alias.asname:
                    self.module_names[alias.asname] = alias.name
        if found:
            self._inside_function(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = _resolve(self.source, node, self.is_package)
        if module != "hns" and not module.startswith("hns."):
            return
        self._inside_function(node)
        for alias in node.names:
            submodule = f"{module}.{alias.name}"
            if submodule in self.known:
                self._add(submodule, None, node.lineno)
                self.module_names[alias.asname or alias.name] = submodule
            else:
                self._add(module, alias.name, node.lineno)

    def visit_Call(self, node: ast.Call) -> None:
        # importlib.import_module("hns.fx") is an import too.
        func = node.func
        called = (
            func.attr
            if isinstance(func, ast.Attribute)
            else func.id
            if isinstance(func, ast.Name)
            else ""
        )
        if (
            called == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and node.args[0].value.startswith("hns")
        ):
            self._add(node.args[0].value, None, node.lineno)
            self._inside_function(node)
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        value = node.value
        if (
            isinstance(value, ast.Name)
            and value.id in self.module_names
            and _private(node.attr)
            and f"{self.module_names[value.id]}.{node.attr}" not in self.known
        ):
            self.private_reads.append((node.lineno, value.id, node.attr))
        self.generic_visit(node)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


@attrs.frozen
class Package:
    """
    The modules of the package and what they import.
    """

    modules: dict[str, Path]
    imports: list[Import]
    private_reads: list[str]
    unexplained: list[str]  # function-level imports without a comment


def unexplained(text: str, function_level: list[tuple[int, int]]) -> list[int]:
    """
    The first lines of the imports spanning *function_level* (lines of
    *text*) with no comment on their own lines, nor a line of comment
    just above them (the comment ending the line above is about that
    line).
    """
    comments = [
        token
        for token in tokenize.generate_tokens(io.StringIO(text).readline)
        if token.type == tokenize.COMMENT
    ]
    commented = {c.start[0] for c in comments}
    alone = {c.start[0] for c in comments if not c.line[: c.start[1]].strip()}
    return [
        first
        for first, last in function_level
        if commented.isdisjoint(range(first, last + 1))
        and first - 1 not in alone
    ]


def read_package() -> Package:
    """
    Every module of ``hns/``, read with `ast`.
    """
    known = modules()
    imports: list[Import] = []
    private_reads: list[str] = []
    bare: list[str] = []
    for name, path in known.items():
        text = path.read_text(encoding="utf-8")
        reader = _Reader(name, text.splitlines(), known)
        reader.visit(ast.parse(text, str(path)))
        imports += reader.imports
        private_reads += [
            f"{name}, line {line}: {module}.{attr}"
            for line, module, attr in reader.private_reads
        ]
        where = path.relative_to(ROOT.parent)
        bare += [
            f"{where}:{line}"
            for line in unexplained(text, reader.function_level)
        ]
    return Package(known, imports, private_reads, bare)


def _runtime(package: Package) -> Iterator[Import]:
    # The imports that run and are not conveniences, between two modules.
    for found in package.imports:
        if (
            not found.typing_only
            and not found.convenience
            and found.target != found.source
        ):
            yield found


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """
    A cycle of *edges* (module → modules it imports), or None.

    >>> find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}})
    ['a', 'b', 'c', 'a']
    >>> find_cycle({"a": {"b"}, "b": set()}) is None
    True
    """
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in on_path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        path.append(node)
        on_path.add(node)
        for target in sorted(edges.get(node, ())):
            cycle = visit(target)
            if cycle is not None:
                return cycle
        path.pop()
        on_path.discard(node)
        done.add(node)
        return None

    for start in sorted(edges):
        cycle = visit(start)
        if cycle is not None:
            return cycle
    return None


def test_every_module_has_a_layer() -> None:
    """
    A new module is placed in the layering before it is used.
    """
    for name in modules():
        layer(name)


def test_no_import_cycle() -> None:
    """
    Rule 1: module-level and function-level imports (conveniences aside)
    form no cycle.
    """
    package = read_package()
    edges: dict[str, set[str]] = {}
    where: dict[tuple[str, str], Import] = {}
    for found in _runtime(package):
        edges.setdefault(found.source, set()).add(found.target)
        where.setdefault((found.source, found.target), found)

    cycle = find_cycle(edges)

    assert cycle is None, "an import cycle: " + ", ".join(
        str(where[a, b]) for a, b in itertools.pairwise(cycle)
    )


def test_imports_go_down() -> None:
    """
    Rule 2: no import reaches a higher layer, conveniences aside.
    """
    package = read_package()

    upward = [
        f"{found} (layer {layer(found.source)} → {layer(found.target)})"
        for found in _runtime(package)
        if layer(found.target) > layer(found.source)
    ]

    assert not upward, "imports against the layering:\n" + "\n".join(upward)


def test_conveniences_are_methods_that_reach_up() -> None:
    """
    A marked convenience is a typed import (``from hns.X import name``)
    in a method of a value class (`Money`, `Figure`), of a module of a
    higher layer named in the marker: the marker is no blanket exemption.
    """
    package = read_package()
    marked = [found for found in package.imports if found.convenience]
    owners = {found.source for found in marked}

    assert owners <= {"hns.money", "hns.figures"}, owners
    for found in marked:
        assert found.name is not None, str(found)
        assert layer(found.target) > layer(found.source), str(found)


def test_no_private_name_across_modules() -> None:
    """
    Rule 3: no module imports or reads a private name of another.
    """
    package = read_package()

    private = [
        str(found)
        for found in package.imports
        if found.name is not None
        and _private(found.name)
        and f"{found.target}.{found.name}" not in package.modules
    ]

    assert not private + package.private_reads, (
        "private names used across modules:\n"
        + "\n".join(private + package.private_reads)
    )


def test_the_rules_catch_what_they_should() -> None:
    """
    The reader sees imports at module and function level, under
    TYPE_CHECKING, through importlib, conveniences and private names.
    """
    code = """
from typing import TYPE_CHECKING
import importlib
from hns import fx
from hns.money import _EXACT, Money
if TYPE_CHECKING:
    from hns.checks import Verdict
class Thing:
    def parse(self) -> None:
        # reaches up to hns.parse: a convenience (see DESIGN)
        from hns.parse import parse_money
def helper() -> None:
    from hns.audit import audit
    importlib.import_module("hns.units")
    fx._ecb_quote.cache_clear()
"""
    known = modules()
    reader = _Reader("hns.figures", code.splitlines(), known)

    reader.visit(ast.parse(code))

    seen = {
        (i.target, i.name, i.typing_only, i.convenience)
        for i in reader.imports
    }
    assert seen == {
        ("hns.fx", None, False, False),
        ("hns.money", "_EXACT", False, False),
        ("hns.money", "Money", False, False),
        ("hns.checks", "Verdict", True, False),
        ("hns.parse", "parse_money", False, True),
        ("hns.audit", "audit", False, False),
        ("hns.units", None, False, False),
    }
    assert reader.private_reads == [(15, "fx", "_ecb_quote")]


def test_function_level_imports_say_why() -> None:
    """
    Rule 4: every import of an hns module inside a function has a comment
    saying why it is there and not at module level.
    """
    package = read_package()

    assert not package.unexplained, (
        "function-level imports without a comment saying why (move them"
        " to module level, or say why they stay):\n"
        + "\n".join(package.unexplained)
    )


def test_the_comment_rule_catches_a_bare_import() -> None:
    """
    Rule 4 flags a function-level import with no comment on its lines or
    on a line of its own just above; a comment there, or an import at
    module level, passes.
    """
    code = """
import importlib
from hns.money import Money
def bare() -> None:
    from hns.fx import convert
def above() -> None:
    # on first use: the reason
    from hns.fx import convert
def inside() -> None:
    from hns import (
        units,  # on first use: the reason
    )
def grouped() -> None:
    with LOADING:
        from hns.units import quantity  # on first use: the reason
        from hns.checks import check_ratio
class Thing:
    def method(self) -> None:
        importlib.import_module("hns.audit")
"""
    reader = _Reader("hns.figures", code.splitlines(), modules())

    reader.visit(ast.parse(code))

    assert unexplained(code, reader.function_level) == [5, 16, 19]
