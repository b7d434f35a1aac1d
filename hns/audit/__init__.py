"""
Audit a whole article: read it (`hns.audit.article`), let each finder
(`hns.audit.finders`) link its figures into the claims news copy makes,
check every reading of each (`hns.audit.readings`) and report
(`hns.audit.report`).

Precision over recall: a text is often ambiguous ("this year's
contribution" in January may mean the budget year named for this year or
the fiscal year under way), so every reading a careful reader would accept
is checked, and a claim is inconsistent only when no reading fits and the
cues of the text pin its roles down.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hns._arguments import as_text
from hns.audit.article import Article
from hns.audit.claims import Claim
from hns.audit.finders import FINDERS, common, context
from hns.audit.report import Report
from hns.finding import Found, When, find_figures, find_times

__all__ = [
    "Claim",
    "Found",
    "Report",
    "When",
    "audit",
    "clear_caches",
    "find_figures",
    "find_times",
]


def clear_caches() -> None:
    """
    Forget the checks done so far (benchmarks time the real work).
    """
    common.clear_caches()
    context.clear_caches()


# Finders that may find a claim in a sentence with no figure.
_WITHOUT_FIGURES = frozenset(
    {"expiry", "malformed", "milestones", "spans", "starts"}
)


def audit(
    text: str,
    published: dt.date | str | None = None,
    reference: bool = True,
    rates: Any = None,
    host: str | None = None,
) -> Report:
    """
    Find the figures and claims of *text* and check each one.

    *published* anchors "this year", "next month" and the exchange rate of
    the day (else a ``YYYY-MM-DD`` line at the top of the text does): a
    date, a datetime (its day), an ISO date string (``"2021-01-31"``, with
    a time or without) or a pandas ``Timestamp``; a month (``"2019-02"``)
    or a year (``"2019"``) stands for its middle, and conversions are then
    checked against every rate of the span; *reference* compares amounts
    with the bundled budgets and agreements; *rates* replaces the ECB's;
    *host* (``"JP"`` or ``"KR"``, or ``"Japan"``, ``"Korea"``) says whose
    payments the article is about, else the country it names more often
    does. The report says which date and host it used and where each came
    from.

    >>> report = audit(
    ...     "This year's contribution is expected to reach 2017 billion yen."
    ...     " Japan shoulders the cost of US forces in Japan.",
    ...     published=dt.date(2021, 1, 31),
    ... )
    >>> claim = report.claims[0]
    >>> claim.kind, claim.verdict.status, claim.verdict.diagnoses[0].corrected
    ('level', 'inconsistent', '2017億円')

    Raises:
        ArgumentError: *text* is not a str, *published* no date, *rates*
            no source of rates, *reference* not a bool.
    """
    text = as_text(text, "text", "the text of an article (a str)")
    article = Article.read(
        text, published, reference=reference, rates=rates, host=host
    )
    claims: list[Claim] = []
    with_figures = [s for s in article.sentences if s.members]
    for finder in FINDERS:
        every = finder.__name__ in _WITHOUT_FIGURES
        for sentence in article.sentences if every else with_figures:
            claims.extend(finder(article, sentence))
    claims.sort(key=lambda c: (c.start, c.kind))
    unchecked = tuple(
        found for i, found in enumerate(article.found) if i not in article.used
    )
    unread = sum(
        1 for s in article.sentences if s.language is None and s.members
    )
    notes = (
        (
            f"{unread} sentence(s) with figures are in a language the audit"
            " does not read (it reads English, Japanese and Korean): not"
            " checked",
        )
        if unread
        else ()
    )
    return Report(
        published=article.published,
        host=article.host,
        claims=tuple(claims),
        figures=tuple(article.found),
        unchecked=unchecked,
        notes=notes,
        text=text,
        published_from=article.published_from,
        host_from=article.host_from,
        rates_given=rates is not None,
    )
