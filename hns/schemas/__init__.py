"""
The JSON Schemas (draft 2020-12) of what hns writes as JSON, shipped with
the package: a checked claim (``hns.verdict/1``, `hns.Verdict.to_dict`),
an audited article (``hns.report/1``, `hns.audit.Report.to_dict`) and
what ``hns audit --json`` prints for any number of files (``hns.run/1``).

Each schema's ``$id`` is a URN (``urn:hns:schema:report:1``) and the
report's and run's schemas refer to the others by it: load all of them
into one registry to validate (`schemas` gives them all).

Keys may be added to a layout without a new version; a key removed,
renamed or given another meaning makes a new version (``hns.report/2``),
and the old one stays available.

>>> sorted(schemas())
['hns.report/1', 'hns.run/1', 'hns.verdict/1']
>>> schema("hns.verdict/1")["$id"]
'urn:hns:schema:verdict:1'
"""

from __future__ import annotations

import functools
import json
from typing import Any

from hns.errors import ArgumentError

__all__ = ["schema", "schemas"]

_FILES = {
    "hns.verdict/1": "verdict-1.json",
    "hns.report/1": "report-1.json",
    "hns.run/1": "run-1.json",
}


def schema(name: str) -> dict[str, Any]:
    """
    The JSON Schema of layout *name* (``"hns.report/1"``, ...), a new
    copy each time.

    Raises:
        ArgumentError: no layout of that name.
    """
    if name not in _FILES:
        raise ArgumentError(
            argument="name",
            expected=f"one of {', '.join(sorted(_FILES))}",
            given=name,
        )
    found: dict[str, Any] = json.loads(_text(name))
    return found


def schemas() -> dict[str, dict[str, Any]]:
    """Every layout's JSON Schema by name."""
    return {name: schema(name) for name in _FILES}


@functools.cache
def _text(name: str) -> str:
    from importlib.resources import files  # on first use

    return files(__name__).joinpath(_FILES[name]).read_text(encoding="utf-8")
