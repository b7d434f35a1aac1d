"""
The report of an article's audit: its claims with their verdicts, the
figures found, and what could not be checked; as Markdown, JSON or HTML.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
from typing import TYPE_CHECKING, Any

import attrs

from hns._arguments import as_whole
from hns._values import fields_repr
from hns.finding import find_times

if TYPE_CHECKING:
    from hns.audit.claims import Claim
    from hns.finding import Found, When

__all__ = ["SCHEMA", "Report", "markdown_text"]

SCHEMA = "hns.report/1"
"""
The version of `Report.to_json`'s layout; it changes when a key does.
"""

_MARK = {"consistent": "ok", "inconsistent": "WRONG", "undetermined": "?"}
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~&])")


def markdown_text(text: str) -> str:
    """
    *text* as Markdown shows it literally, on one line: the characters
    that make emphasis, code, links, HTML or table cells are escaped.

    >>> print(markdown_text("a_b|c *d*"))
    a\\_b\\|c \\*d\\*
    """
    return " ".join(_MARKDOWN.sub(r"\\\1", text).splitlines())


@attrs.frozen(repr=False)
class Report:
    """
    An audit's findings: the publication date and host country it worked
    with, the *claims* (each with its verdict), every figure found, the
    figures in no checkable claim (*unchecked*), notes on what could not
    be read, and the *text* audited (its time expressions are `times`).

    >>> import datetime as dt
    >>> from hns.audit import audit
    >>> report = audit(
    ...     "Japan will shoulder roughly ¥200 billion in fiscal 2021 for host"
    ...     " nation support, for about 55,000 US troops.",
    ...     published=dt.date(2021, 2, 10),
    ... )
    >>> [claim.kind for claim in report.claims]
    ['count', 'level']
    """

    __repr__ = fields_repr

    published: dt.date | None
    host: str | None
    claims: tuple[Claim, ...]
    figures: tuple[Found, ...]
    unchecked: tuple[Found, ...]
    notes: tuple[str, ...] = ()
    text: str = attrs.field(default="", repr=False, eq=False)

    @functools.cached_property
    def times(self) -> tuple[When, ...]:
        """
        The fiscal years and relative dates of the text, with the days
        they mean (found when first asked for).

        >>> from hns.audit import audit
        >>> [t.text for t in audit("It ends next month.", "2021-02-10").times]
        ['next month']
        """
        return tuple(find_times(self.text, self.published, self.host))

    @property
    def summary(self) -> dict[str, int]:
        """
        How many claims are consistent, inconsistent and undetermined,
        and how many figures went unchecked.

        >>> from hns.audit import audit
        >>> audit("About 55,000 troops.").summary["unchecked"]
        1
        """
        counts = {"consistent": 0, "inconsistent": 0, "undetermined": 0}
        for claim in self.claims:
            counts[claim.verdict.status] += 1
        counts["unchecked"] = len(self.unchecked)
        return counts

    @property
    def inconsistent(self) -> tuple[Claim, ...]:
        """
        The claims no reading of the text makes consistent.

        >>> from hns.audit import audit
        >>> audit("Nothing to check.").inconsistent
        ()
        """
        return tuple(
            c for c in self.claims if c.verdict.status == "inconsistent"
        )

    def to_dict(self) -> dict[str, Any]:
        """
        JSON-ready, with stable keys: ``schema``, ``published``, ``host``,
        ``summary``, ``claims`` (``kind``, ``text``, ``start``, ``end``,
        ``figures``, ``reading``, ``notes``, ``verdict`` as
        `hns.Verdict.to_dict` gives it), ``figures`` and ``unchecked``
        (``text``, ``kind``, ``value``, ``start``, ``end``), and ``times``
        (``text``, ``start``, ``end``, ``first`` and ``last`` day meant).

        >>> from hns.audit import audit
        >>> audit("About 55,000 troops.").to_dict()["unchecked"][0]["value"]
        '55000'
        """

        def found(item: Found) -> dict[str, Any]:
            figure = item.figure
            return {
                "text": figure.text,
                "kind": figure.kind,
                "value": format(figure.number, "f"),
                "currency": figure.currency.code if figure.currency else None,
                "start": item.start,
                "end": item.end,
            }

        return {
            "schema": SCHEMA,
            "published": self.published.isoformat()
            if self.published
            else None,
            "host": self.host,
            "summary": self.summary,
            "claims": [
                {
                    "kind": claim.kind,
                    "text": claim.text,
                    "start": claim.start,
                    "end": claim.end,
                    "figures": [f.text for f in claim.figures],
                    "reading": claim.reading,
                    "notes": list(claim.notes),
                    "verdict": claim.verdict.to_dict(),
                }
                for claim in self.claims
            ],
            "figures": [found(item) for item in self.figures],
            "unchecked": [found(item) for item in self.unchecked],
            "notes": list(self.notes),
            "times": [
                {
                    "text": item.text,
                    "start": item.start,
                    "end": item.end,
                    "first": item.period.start.isoformat()
                    if item.period
                    else None,
                    "last": item.period.end.isoformat()
                    if item.period
                    else None,
                }
                for item in self.times
            ],
        }

    def to_json(self, indent: int | None = 2) -> str:
        """
        The report as JSON (schema ``hns.report/1``; see `to_dict`).

        >>> from hns.audit import audit
        >>> audit("").to_json(indent=None)[:30]
        '{"schema": "hns.report/1", "pu'

        Raises:
            ArgumentError: *indent* is neither a whole number nor None.
        """
        if indent is not None:
            indent = as_whole(indent, "indent", "a whole number or None")
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def lines(self) -> list[str]:
        """
        The report as plain text: one block per claim, the explanation and
        diagnoses under each, then the unchecked figures and a summary.

        >>> from hns.audit import audit
        >>> for line in audit("About 55,000 troops.").lines():
        ...     print(line)
        unchecked figures: About 55,000
        0 consistent, 0 inconsistent, 0 undetermined, 1 unchecked
        """
        out: list[str] = []
        for claim in self.claims:
            verdict = claim.verdict
            figures = ", ".join(f.text for f in claim.figures)
            out.append(
                f"[{_MARK[verdict.status]}] {claim.kind}: {figures}".rstrip(
                    ": "
                )
            )
            out.append(f"    {verdict.explain()}")
            if claim.reading:
                out.append(f"    reading: {claim.reading}")
            for diagnosis in verdict.diagnoses[1:3]:
                out.append(f"    or: {diagnosis.explain()}")
            out.extend(f"    note: {note}" for note in claim.notes)
        if self.unchecked:
            texts = ", ".join(f.figure.text for f in self.unchecked)
            out.append(f"unchecked figures: {texts}")
        counts = self.summary
        out.append(
            f"{counts['consistent']} consistent, {counts['inconsistent']}"
            f" inconsistent, {counts['undetermined']} undetermined,"
            f" {counts['unchecked']} unchecked"
        )
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def to_markdown(self) -> str:
        """
        The report as a Markdown table with the explanations below it.

        >>> from hns.audit import audit
        >>> print(audit("").to_markdown())
        | # | claim | figures | verdict |
        |---|---|---|---|
        <BLANKLINE>
        <BLANKLINE>
        """
        out = [
            "| # | claim | figures | verdict |",
            "|---|---|---|---|",
        ]
        for n, claim in enumerate(self.claims, 1):
            figures = ", ".join(f.text for f in claim.figures)
            out.append(
                f"| {n} | {claim.kind} | {markdown_text(figures)} |"
                f" {claim.verdict.status} |"
            )
        out.append("")
        for n, claim in enumerate(self.claims, 1):
            out.append(f"{n}. {markdown_text(claim.verdict.explain())}")
            out.extend(f"   - {markdown_text(note)}" for note in claim.notes)
        if self.unchecked:
            texts = ", ".join(f.figure.text for f in self.unchecked)
            out.append("")
            out.append(f"Unchecked figures: {markdown_text(texts)}")
        return "\n".join(out) + "\n"

    def _repr_html_(self) -> str:
        rows = "".join(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                html.escape(claim.kind),
                html.escape(", ".join(f.text for f in claim.figures)),
                html.escape(claim.verdict.status),
                html.escape(claim.verdict.explain()),
            )
            for claim in self.claims
        )
        return (
            "<table><tr><th>claim</th><th>figures</th><th>verdict</th>"
            f"<th>explanation</th></tr>{rows}</table>"
        )
