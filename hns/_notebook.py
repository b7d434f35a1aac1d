"""
What the notebook views of hns's values share: small HTML tables whose
text is always escaped, the status of a verdict as a label, and pandas,
imported when a data frame is first asked for.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from decimal import Decimal
from types import ModuleType

from hns._loading import LOADING
from hns.errors import MissingDependencyError

__all__ = [
    "Markup",
    "floats",
    "grid",
    "listing",
    "pairs",
    "pandas",
    "status_label",
]


class Markup(str):
    """
    HTML that is written already: the table helpers put it in as it is,
    and escape every other text.

    >>> grid(["a"], [[Markup("<b>x</b>")], ["<b>y</b>"]]).count("&lt;b&gt;")
    1
    """

    __slots__ = ()


def _cell(value: object) -> str:
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    return html.escape(str(value))


def pairs(rows: Iterable[tuple[str, object]], *, cls: str) -> str:
    """
    A table of one heading and one value a row (a record).

    >>> pairs([("status", "a < b")], cls="hns-x")
    '<table class="hns-x"><tr><th>status</th><td>a &lt; b</td></tr></table>'
    """
    body = "".join(
        f"<tr><th>{_cell(name)}</th><td>{_cell(value)}</td></tr>"
        for name, value in rows
    )
    return f'<table class="{html.escape(cls)}">{body}</table>'


def grid(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    caption: str = "",
) -> str:
    """
    A table with a header row and one row a record.

    >>> grid(["year", "amount"], [["FY2021", "¥1"]], caption="A & B")
    '<table><caption>A &amp; B</caption><tr><th>year</th><th>amount</th></tr><tr><td>FY2021</td><td>¥1</td></tr></table>'
    """  # noqa: E501
    head = "".join(f"<th>{_cell(name)}</th>" for name in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(value)}</td>" for value in row) + "</tr>"
        for row in rows
    )
    title = f"<caption>{_cell(caption)}</caption>" if caption else ""
    return f"<table>{title}<tr>{head}</tr>{body}</table>"


def listing(items: Iterable[object]) -> Markup:
    """
    A bulleted list of *items*, escaped (empty when there are none).

    >>> listing(["<a>", "b"])
    '<ul><li>&lt;a&gt;</li><li>b</li></ul>'
    >>> listing([])
    ''
    """
    shown = "".join(f"<li>{_cell(item)}</li>" for item in items)
    return Markup(f"<ul>{shown}</ul>" if shown else "")


# A text label for each status, so that colour is never the only cue.
_LABELS = {
    "consistent": ("✓", "#1a7f37"),
    "inconsistent": ("✗", "#cf222e"),
    "undetermined": ("?", "#9a6700"),
}


def status_label(status: str) -> Markup:
    """
    A verdict's status as a marked, coloured label that says it in words.

    >>> status_label("inconsistent")
    '<span class="hns-inconsistent" style="color:#cf222e"><b>✗ inconsistent</b></span>'
    """  # noqa: E501
    mark, colour = _LABELS.get(status, ("", "inherit"))
    word = html.escape(status)
    label = f"{mark} {word}" if mark else word
    return Markup(
        f'<span class="hns-{word}" style="color:{colour}">'
        f"<b>{label}</b></span>"
    )


def pandas(feature: str) -> ModuleType:
    """
    The pandas module, for *feature* (``"Series.to_dataframe"``).

    Raises:
        MissingDependencyError: pandas is not installed; the message says
            which extra installs it.
    """
    try:
        with LOADING:
            import pandas
    except ImportError as err:
        raise MissingDependencyError(
            package="pandas", extra="pandas", feature=feature
        ) from err
    return pandas


def floats(values: Iterable[Decimal | None]) -> list[float]:
    """
    *values* as floats for a float column, None as NaN.

    >>> floats([Decimal("1.5"), None])
    [1.5, nan]
    """
    return [float("nan") if v is None else float(v) for v in values]
