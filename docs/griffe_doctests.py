"""
A griffe extension: the doctests of hns's docstrings as code blocks.

hns's docstrings are Markdown with doctests written bare, the way pytest
runs them (``>>> parse_money("2017億円")`` then the output). Markdown reads
a bare ``>>>`` line as three nested quotes and ``d["a"]["b"]`` as a link;
this extension puts each doctest (from a ``>>>`` line to the next blank
line) in a ``pycon`` fence before mkdocstrings renders the docstring, and
drops the ``# doctest:`` directives and ``<BLANKLINE>`` markers that only
the test runner needs. The docstrings themselves stay as they are.
"""

from __future__ import annotations

import ast
import re
from typing import Any

import griffe

_PROMPT = re.compile(r"^(\s*)>>>(?: |$)")
_FENCE = re.compile(r"^\s*(```|~~~)")
_DIRECTIVE = re.compile(r"\s*# doctest:.*$")


def fence_doctests(text: str) -> str:
    """
    *text* with every bare doctest in a ``pycon`` fence, indented like its
    first prompt; doctests already inside a fence are left alone.

    >>> fence_doctests("Add.\\n\\n>>> 1 + 1\\n2").splitlines()
    ['Add.', '', '```pycon', '>>> 1 + 1', '2', '```']
    """
    out: list[str] = []
    lines = text.split("\n")
    fenced = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            fenced = not fenced
        prompt = None if fenced else _PROMPT.match(line)
        if prompt is None:
            out.append(line)
            i += 1
            continue
        indent = prompt.group(1)
        out.append(f"{indent}```pycon")
        while i < len(lines) and lines[i].strip():
            shown = _DIRECTIVE.sub("", lines[i])
            out.append("" if shown.strip() == "<BLANKLINE>" else shown)
            i += 1
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """
    Fence the doctests of each docstring as griffe reads it.
    """

    def on_instance(
        self,
        *,
        node: ast.AST | griffe.ObjectNode,
        obj: griffe.Object,
        agent: griffe.Visitor | griffe.Inspector,
        **kwargs: Any,
    ) -> None:
        """
        Rewrite the docstring of *obj*, a module, class, function or
        attribute griffe has just read.
        """
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
