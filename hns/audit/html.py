"""
An audit report as one self-contained HTML page: the article with every
figure and claim marked in place, a card per claim with its explanation,
and the summary counts. Inline CSS, no script, no external asset.

Claims' spans may overlap or nest (several claims often share one
sentence), so the text is cut at every edge of a figure or a claim: each
piece is marked with every claim that covers it (coloured by the worst
of their verdicts), pieces inside a figure sit in that figure's element,
and a numbered link before each claim leads to its card.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from hns.audit.article import language_of, sentences
from hns.errors import ArgumentError

if TYPE_CHECKING:
    from hns.audit.claims import Claim
    from hns.audit.report import Report
    from hns.finding import Found

__all__ = ["STATUSES", "page"]

STATUSES = {
    "consistent": "✓",
    "inconsistent": "✗",
    "undetermined": "?",
    "unchecked": "○",
}
"""
The statuses a page marks, each with the sign shown beside its name (so
that colour is never the only cue).
"""

# When one piece of text is in several claims, the worst verdict colours it.
_RANK = {"consistent": 0, "undetermined": 1, "inconsistent": 2}
_HOSTS = {"JP": "Japan", "KR": "South Korea"}
_TITLE_CHARS = 100

# What HTML does not allow in a document (controls other than tab, line
# feed and form feed; surrogates, which cannot be encoded; noncharacters)
# is shown as U+FFFD, one character for one so that offsets still hold.
_BANNED = re.compile(
    "[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}"
        for plane in range(17)
    )
    + "]"
)
_CRLF = re.compile("\r(?=\n)")

_CSS = """
:root {
  --ink: #1b1b1b; --muted: #555; --paper: #fff; --focus: #1a4fd6;
  --ok-bg: #dcf2d9; --ok: #1b6b2c;
  --bad-bg: #fcdcdc; --bad: #a31b12;
  --open-bg: #fff0b3; --open: #7a5200;
  --none: #4d4d4d;
}
* { box-sizing: border-box; }
body {
  margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 90rem;
  font: 16px/1.55 "Liberation Serif", Georgia, serif;
  color: var(--ink); background: var(--paper);
}
h1, h2, h3, h4, .summary, .legend, .meta, .card, .skip {
  font-family: "Liberation Sans", Arial, sans-serif;
}
h1 { font-size: 1.5rem; margin: 0.5rem 0; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 0 0 0.4rem; }
h4 { font-size: 0.85rem; margin: 0.6rem 0 0.2rem; color: var(--muted); }
a { color: var(--focus); }
a:focus-visible, .card:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
.skip { position: absolute; left: -100rem; }
.skip:focus { position: static; display: inline-block; padding: 0.3rem; }
.meta { color: var(--muted); margin: 0; }
.summary { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.8rem 0; }
.summary div {
  border: 2px solid var(--fg); border-radius: 0.4rem; padding: 0.2rem 0.7rem;
}
.summary dt, .summary dd { display: inline; margin: 0; }
.summary dd { font-weight: bold; margin-left: 0.3rem; }
.legend { font-size: 0.9rem; color: var(--muted); }
.consistent { --bg: var(--ok-bg); --fg: var(--ok); --line: solid; }
.inconsistent { --bg: var(--bad-bg); --fg: var(--bad); --line: wavy; }
.undetermined { --bg: var(--open-bg); --fg: var(--open); --line: dotted; }
.unchecked { --bg: transparent; --fg: var(--none); --line: dashed; }
.summary dt, .status { color: var(--fg); font-weight: bold; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark.claim {
  color: inherit; background: var(--bg);
  text-decoration: underline var(--line) var(--fg) 2px;
  text-underline-offset: 0.25em;
}
.figure {
  font-weight: bold; border: 1px solid var(--ink); border-radius: 0.2rem;
  padding: 0 0.1rem;
}
.figure.unchecked { border: 2px dashed var(--none); font-weight: normal; }
.ref, .tag {
  font: bold 0.75rem "Liberation Sans", Arial, sans-serif;
  color: var(--paper); background: var(--fg); border-radius: 0.6rem;
  padding: 0 0.35rem; margin-right: 0.15rem; text-decoration: none;
  vertical-align: 0.15em; white-space: nowrap;
}
.tag { margin: 0 0 0 0.15rem; }
.ref:target, .card:target { outline: 3px solid var(--focus); }
.cards { padding-left: 0; list-style: none; }
.card {
  border: 2px solid var(--fg); border-left-width: 0.5rem;
  border-radius: 0.3rem; padding: 0.6rem 0.8rem; margin: 0 0 0.8rem;
  font-size: 0.92rem;
}
.card p, .card ul, .card ol { margin: 0.2rem 0; }
.card ul, .card ol { padding-left: 1.2rem; }
.kind { color: var(--muted); font-weight: normal; }
@media (min-width: 64rem) {
  main {
    display: grid; gap: 2rem;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
  }
}
@media print {
  body { font-size: 10.5pt; max-width: none; padding: 0; }
  main { display: block; }
  .skip, .back { display: none; }
  a { color: inherit; text-decoration: none; }
  mark.claim, .ref, .tag, .summary div {
    -webkit-print-color-adjust: exact; print-color-adjust: exact;
  }
  .card, .summary div { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
"""


def _clean(text: str) -> str:
    # *text* with what HTML does not allow replaced, one for one.
    return _BANNED.sub("\ufffd", _CRLF.sub(" ", text))


def _escape(text: str) -> str:
    return html.escape(_clean(text), quote=True)


def _lang(text: str) -> str:
    # The language most of the text is written in ("" when unknown), by
    # the characters of its sentences.
    weights: dict[str, int] = {}
    for start, end in sentences(text):
        language = language_of(text[start:end])
        if language is not None:
            weights[language] = weights.get(language, 0) + end - start
    return max(weights, key=lambda k: weights[k]) if weights else ""


def _title(report: Report, title: str | None) -> str:
    if title is not None:
        return title
    for line in report.text.splitlines():
        line = line.strip(" \t\u3000•·-*#")
        if line:
            if len(line) <= _TITLE_CHARS:
                return line
            return line[: _TITLE_CHARS - 1].rstrip() + "…"
    return "Audit report"


def _status(status: str) -> str:
    return f'<span class="status {status}">{STATUSES[status]} {status}</span>'


def _figure_spans(
    figures: Sequence[Found], size: int
) -> list[tuple[int, int, int]]:
    # (start, end, index) of each figure, clamped to the text, in order;
    # a figure that overlaps the one before starts where that one ends.
    spans = []
    last = 0
    order = sorted(
        range(len(figures)),
        key=lambda i: (figures[i].start, -figures[i].end, i),
    )
    for index in order:
        found = figures[index]
        start = max(min(max(found.start, 0), size), last)
        end = max(min(found.end, size), start)
        spans.append((start, end, index))
        last = end
    return spans


def _article(report: Report, statuses: Sequence[str]) -> str:
    text = _clean(report.text)
    size = len(text)
    unchecked = set(report.unchecked)
    figures = _figure_spans(report.figures, size)
    claims = [
        (min(max(c.start, 0), size), min(max(c.end, 0), size))
        for c in report.claims
    ]
    claims = [(start, max(start, end)) for start, end in claims]
    # A claim's link goes where the claim starts, or before the figure
    # that position falls inside.
    solid = [(start, end) for start, end, _ in figures if end > start]
    starts = [start for start, _ in solid]
    refs: dict[int, list[int]] = {}
    for number, (start, _) in enumerate(claims):
        at = bisect_right(starts, start) - 1
        if at >= 0 and solid[at][0] < start < solid[at][1]:
            start = solid[at][0]
        refs.setdefault(start, []).append(number)
    edges = sorted(
        {0, size}
        | {p for start, end, _ in figures for p in (start, end)}
        | {p for span in claims for p in span}
        | set(refs)
    )
    opening: dict[int, list[tuple[int, int, int]]] = {}
    for span in figures:
        opening.setdefault(span[0], []).append(span)
    begins: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for number, (start, end) in enumerate(claims):
        if end > start:
            begins.setdefault(start, []).append(number)
            ends.setdefault(end, []).append(number)
    out: list[str] = []
    active: set[int] = set()
    current: tuple[int, int, int] | None = None

    def close(span: tuple[int, int, int]) -> None:
        out.append("</span>")
        if report.figures[span[2]] in unchecked:
            out.append(
                '<span class="tag unchecked">'
                f"{STATUSES['unchecked']} unchecked</span>"
            )

    for i, at in enumerate(edges):
        if current is not None and current[1] == at:
            close(current)
            current = None
        for number in refs.get(at, ()):
            status = statuses[number]
            out.append(
                f'<a class="ref {status}" id="ref-{number + 1}"'
                f' href="#claim-{number + 1}"'
                f' aria-label="claim {number + 1}: {status}">'
                f"{number + 1}{STATUSES[status]}</a>"
            )
        for span in sorted(opening.get(at, ()), key=lambda s: s[1]):
            out.append(_figure_open(report, span[2], unchecked))
            if span[1] > span[0]:
                current = span
            else:
                close(span)
        active.difference_update(ends.get(at, ()))
        active.update(begins.get(at, ()))
        if i + 1 == len(edges):
            break
        piece = html.escape(text[at : edges[i + 1]], quote=False)
        if active:
            numbers = sorted(active)
            worst = max((statuses[n] for n in numbers), key=_RANK.__getitem__)
            which = " ".join(str(n + 1) for n in numbers)
            out.append(
                f'<mark class="claim {worst}" data-claims="{which}">'
                f"{piece}</mark>"
            )
        else:
            out.append(piece)
    return "".join(out)


def _figure_open(report: Report, index: int, unchecked: set[Found]) -> str:
    found = report.figures[index]
    figure = found.figure
    state = "unchecked" if found in unchecked else "checked"
    label = f"figure {index + 1}: {figure.kind}, {figure.text}"
    return (
        f'<span class="figure {state}" id="figure-{index + 1}"'
        f' title="{_escape(label)}">'
    )


def _items(heading: str, kind: str, texts: Iterable[str]) -> str:
    rows = "".join(f"<li>{_escape(t)}</li>" for t in texts)
    if not rows:
        return ""
    return f"<h4>{heading}</h4><{kind}>{rows}</{kind}>"


def _card(
    number: int, claim: Claim, where: dict[str, list[tuple[int, int]]]
) -> str:
    # *where*: the (start, number) of the figures written as each text.
    verdict = claim.verdict
    status = verdict.status
    links = []
    for figure in claim.figures:
        shown = _escape(figure.text)
        places = where.get(figure.text, [])
        at = bisect_left(places, (claim.start, 0))
        links.append(
            f'<a href="#figure-{places[at][1]}">{shown}</a>'
            if at < len(places) and places[at][0] < claim.end
            else shown
        )
    parts = [
        f'<li class="card {status}" id="claim-{number}">',
        f"<h3>{number}. {_status(status)}"
        f' <span class="kind">{_escape(claim.kind)}</span></h3>',
    ]
    if links:
        parts.append(f"<p>Figures: {', '.join(links)}</p>")
    parts.append(f'<p class="explain">{_escape(verdict.explain())}</p>')
    if claim.reading:
        parts.append(f"<p>Reading: {_escape(claim.reading)}</p>")
    parts.append(
        _items("Likely slips", "ol", (d.explain() for d in verdict.diagnoses))
    )
    parts.append(_items("Sources", "ul", verdict.sources))
    parts.append(_items("Notes", "ul", claim.notes))
    parts.append(
        f'<p class="back"><a href="#ref-{number}">'
        f"↑ claim {number} in the text</a></p></li>"
    )
    return "".join(parts)


def _header(report: Report, title: str) -> str:
    published = (
        report.published.isoformat() if report.published else "not known"
    )
    host = (
        f"{_HOSTS.get(report.host, report.host)} ({report.host})"
        if report.host
        else "not known"
    )
    counts = "".join(
        f'<div class="{status}"><dt>{STATUSES[status]} {status}</dt>'
        f'<dd id="count-{status}">{count}</dd></div>'
        for status, count in report.summary.items()
    )
    notes = _items("Notes", "ul", report.notes)
    return (
        f"<header><h1>{_escape(title)}</h1>"
        f'<p class="meta">Published {published} · host {_escape(host)}'
        f" · {len(report.claims)} claims, {len(report.figures)} figures</p>"
        f'<dl class="summary">{counts}</dl>{notes}'
        '<p class="legend">In the text, each claim is highlighted by its'
        " verdict and numbered; the number links to its card."
        f" {_status('consistent')}: solid underline;"
        f" {_status('inconsistent')}: wavy underline;"
        f" {_status('undetermined')}: dotted underline;"
        " where claims overlap, the worst verdict shows. Figures are boxed;"
        f" a figure in no claim has a dashed box and"
        f" {_status('unchecked')}.</p></header>"
    )


def page(report: Report, title: str | None = None) -> str:
    """
    The HTML page of *report* (see `hns.audit.Report.to_html`); *title*
    defaults to the first line of the text.

    >>> from hns.audit import audit
    >>> html = page(audit("About 55,000 troops."), title="Troops")
    >>> html.startswith("<!DOCTYPE html>"), "<title>Troops" in html
    (True, True)
    """
    if not isinstance(getattr(report, "claims", None), tuple) or not (
        isinstance(getattr(report, "text", None), str)
    ):
        raise ArgumentError(
            argument="report", expected="an hns.audit.Report", given=report
        )
    if title is not None and not isinstance(title, str):
        raise ArgumentError(
            argument="title", expected="a str or None", given=title
        )
    shown = _title(report, title)
    statuses = [claim.verdict.status for claim in report.claims]
    where: dict[str, list[tuple[int, int]]] = {}
    for number, found in enumerate(report.figures, 1):
        where.setdefault(found.figure.text, []).append((found.start, number))
    for places in where.values():
        places.sort()
    cards = "".join(
        _card(number, claim, where)
        for number, claim in enumerate(report.claims, 1)
    )
    numbers: dict[Found, int] = {}
    for number, found in enumerate(report.figures, 1):
        numbers.setdefault(found, number)
    unchecked = "".join(
        f'<li><a href="#figure-{numbers[found]}">'
        f"{_escape(found.figure.text)}</a></li>"
        for found in report.unchecked
        if found in numbers
    )
    lang = _lang(report.text)
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
            '<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width,'
            ' initial-scale=1">\n<meta name="generator" content="hns">\n'
            f"<title>{_escape(shown)} · hns audit</title>\n"
            f"<style>{_CSS}</style>\n</head>\n<body>\n"
            '<a class="skip" href="#claims">Skip to the claims</a>\n',
            _header(report, shown),
            '\n<main>\n<section id="article" aria-labelledby="article-h">'
            '<h2 id="article-h">Article</h2>'
            f'<div class="text" lang="{lang}">',
            _article(report, statuses),
            '</div></section>\n<section id="claims"'
            ' aria-labelledby="claims-h">'
            f'<h2 id="claims-h">Claims ({len(report.claims)})</h2>',
            f'<ol class="cards">{cards}</ol>'
            if cards
            else "<p>No claim found.</p>",
            '<h2 id="unchecked-h">Unchecked figures'
            f" ({len(report.unchecked)})</h2>",
            f'<ul class="unchecked-list">{unchecked}</ul>'
            if unchecked
            else "<p>None: every figure is in a claim.</p>",
            "</section>\n</main>\n</body>\n</html>\n",
        ]
    )
