"""
Growth at a stated rate (``9602억원에 8.2%를 적용해 산출``, ``applying
the 8.2% rise to 960.2 billion won gives ...``) and a level "about the
same as the previous year" (``前年度並み``, ``작년과 같은 수준``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.finders.changes import base_levels
from hns.audit.finders.roles import Base
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.figures import Figure

__all__ = ["growth", "same_level"]


def growth(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Growth at a stated rate: the base grown by the rate is an amount of
    the sentence or the one before (each is a reading; not pinned).
    """
    if sentence.language is None or not common.mentions(
        article, sentence.language, "apply"
    ):
        return
    if sentence.language is None or not sentence.members:
        return
    for shape in wording(sentence.language).of("growth"):
        for match in shape.finditer(sentence.tokens):
            b, s = int(match.group("base")), int(match.group("rate"))
            base, stated = article.figure(b), article.figure(s)
            if stated.kind != "percent" or base.kind != "money":
                continue
            number = sentence.number
            pool = [sentence]
            if number:
                pool.insert(0, article.sentences[number - 1])
            options: list[Option] = []
            for where in pool:
                for r in where.members:
                    result = article.figure(r)
                    if r == b or result.currency != base.currency:
                        continue
                    options.append(
                        (
                            f"{result.text} as the result",
                            functools.partial(
                                common.change, base, result, stated, False
                            ),
                        )
                    )
            # One amount in reach to be the result pins the claim down.
            yield from common.claim(
                article,
                sentence,
                "growth",
                [b, s],
                options,
                pinned=len(options) == 1,
            )


# "About the same" is read as within 5% either way.
_ABOUT_THE_SAME = Figure(Decimal(0), "about the same", "percent", Decimal(10))


def same_level(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    "About the same amount as the previous year": a change of at most
    about 5% over the year before.
    """
    if sentence.language is None or not common.mentions(
        article, sentence.language, "same"
    ):
        return
    if sentence.language is None or not sentence.members:
        return
    table = wording(sentence.language)
    if not table.says("same", sentence.tokens):
        return
    for shape in table.of("same"):
        for match in shape.finditer(sentence.tokens):
            r = int(match.group("result"))
            if article.figure(r).kind != "money":
                continue
            options: list[Option] = [
                (
                    "; ".join(x for x in (note, new_note) if x),
                    functools.partial(
                        common.change, old, new, _ABOUT_THE_SAME, False
                    ),
                )
                for note, old in base_levels(
                    article, sentence, r, Base(None, 0, "last")
                )
                for new_note, new in article.variants(r)
            ]
            yield from common.claim(article, sentence, "change", [r], options)
