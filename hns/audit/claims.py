"""
What the audit finds: a `Claim`, its kind, the figures it links and the
verdict over every reading of it.
"""

from __future__ import annotations

from typing import Literal, get_args

import attrs

from hns._values import fields_repr
from hns.figures import Figure
from hns.verdicts import Verdict

__all__ = ["KINDS", "Claim", "ClaimKind"]

ClaimKind = Literal[
    "agreement",
    "average",
    "change",
    "conversion",
    "count",
    "growth",
    "level",
    "malformed",
    "milestone",
    "per_capita",
    "per_period",
    "ratio",
    "record",
    "share",
    "streak",
    "sum",
    "total",
]
KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)


@attrs.frozen(repr=False)
class Claim:
    """
    A claim found in a text: its *kind*, the sentence it stands in
    (*text*, *start*, *end*), the figures it links, the verdict, the
    reading of the text that decided it, and notes.

    >>> import datetime as dt
    >>> from hns.audit import audit
    >>> claim = audit(
    ...     "The current five-year deal will expire next month in Japan.",
    ...     published=dt.date(2021, 2, 10),
    ... ).claims[0]
    >>> claim.kind, claim.verdict.status
    ('agreement', 'consistent')
    """

    __repr__ = fields_repr

    kind: ClaimKind
    text: str
    start: int
    end: int
    figures: tuple[Figure, ...]
    verdict: Verdict
    reading: str = ""
    notes: tuple[str, ...] = ()
