"""
Figures malformed in print (``1.38.9 billion won``, ``54억6112억 원``,
``¥2,01,7 billion``): findings, not silence. Each is an inconsistent claim
of its own, with the figures it was likely meant to be as diagnoses; it
is never used as a value elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.readings import said
from hns.figures import Figure
from hns.verdicts import Diagnosis, Verdict

__all__ = ["malformed"]


def _as_read(figure: Figure) -> Verdict:
    return Verdict(
        "malformed",
        "consistent",
        stated_figure=figure,
        stated=figure.interval,
        recomputed=None,
        point=None,
        unit=figure.currency.code if figure.currency else "",
        inputs=(("stated", figure),),
    )


def malformed(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The malformed figures of a sentence.
    """
    for item in article.malformed:
        if not sentence.start <= item.start < sentence.end:
            continue
        diagnoses = tuple(
            Diagnosis(
                "stated",
                "malformed",
                item.text,
                reading.text,
                "{words}",
                _as_read(reading),
            )
            for reading in item.readings
        )
        yield common.stated_claim(
            article,
            sentence,
            "malformed",
            (item.start, item.end),
            said(
                "malformed",
                "inconsistent",
                f"{item.text!r} is no number as printed: {item.reason}",
                diagnoses,
            ),
        )
