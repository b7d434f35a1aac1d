"""
The claim finders: one per kind of claim, each with one signature,
``(article, sentence) -> claims``, language-neutral (the words are in the
wording tables). `FINDERS` runs in order over every sentence: levels
first, so that the slips they find lend their corrections to the claims
found after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders.agreements import agreement_figures, expiry
from hns.audit.finders.changes import changes
from hns.audit.finders.conversions import conversions
from hns.audit.finders.counts import counts, per_capita, per_period
from hns.audit.finders.deals import increases, starts
from hns.audit.finders.growth import growth, same_level
from hns.audit.finders.levels import levels
from hns.audit.finders.malformed import malformed
from hns.audit.finders.milestones import milestones, spans
from hns.audit.finders.multiples import multiples
from hns.audit.finders.relations import averages, shares, sums
from hns.audit.finders.streaks import records, streaks

__all__ = ["FINDERS", "Finder"]

Finder = Callable[[Article, Sentence], Iterable[Claim]]
"""
A finder: the claims of one kind that a sentence of an article makes.
"""

FINDERS: tuple[Finder, ...] = (
    malformed,
    levels,
    conversions,
    changes,
    same_level,
    growth,
    streaks,
    records,
    multiples,
    sums,
    shares,
    averages,
    agreement_figures,
    expiry,
    milestones,
    spans,
    increases,
    starts,
    counts,
    per_capita,
    per_period,
)
