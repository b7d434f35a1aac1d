"""
Troop counts: a count of US personnel (``28,500 U.S. troops``, ``주한미군
2만8500명``, ``約5万5000人の在日米軍``), checked against the band of counts
the sources print for its country (`hns.data.personnel`), for articles
of the years the sources speak for. Civilians, dependents and counts
given "respectively" are left alone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.checks import check_average, check_level
from hns.figures import Figure
from hns.verdicts import Verdict

__all__ = ["counts", "per_capita"]


def _country(
    article: Article, sentence: Sentence, where: int, end: int
) -> str | None:
    # The country named nearest before the count's end (the troop word
    # itself may name it: 주일미군), else the article's.
    assert sentence.language is not None
    table = wording(sentence.language)
    before = sentence.tokens[max(0, where - 120) : end]
    best: tuple[int, str] | None = None
    for host, name in (("KR", "korea"), ("JP", "japan")):
        for match in table.pattern(name).finditer(before):
            if best is None or match.end() > best[0]:
                best = match.end(), host
    return best[1] if best is not None else article.host


def counts(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The troop counts of a sentence.
    """
    if sentence.language is None or not common.mentions(
        article, sentence.language, "troops"
    ):
        return
    if (
        sentence.language is None
        or article.published is None
        or not article.reference
    ):
        return
    from hns.data import personnel

    table = wording(sentence.language)
    civilians = table.pattern("civilians")
    if civilians.search(sentence.tokens):
        return
    bands = personnel()
    for shape in table.of("count"):
        for match in shape.finditer(sentence.tokens):
            c = int(match.group("count"))
            figure = article.figure(c)
            if figure.kind != "count" or c in article.used:
                continue
            host = _country(article, sentence, match.start(), match.end())
            band = bands.get(host or "")
            if band is None or not (
                band.first <= article.published.year <= band.last
            ):
                continue
            middle = Decimal(band.low + band.high) / 2
            width = Decimal(max(band.high - band.low, 1))
            shown = (
                f"{band.low:,}"
                if band.low == band.high
                else f"{band.low:,} to {band.high:,}"
            )
            reference = Figure(middle, shown, "count", width)
            sources = "; ".join(band.sources)
            cited = tuple(f"US personnel in {host}: {s}" for s in band.sources)
            options: list[Option] = [
                (
                    f"US personnel in {host}: {shown} ({sources})",
                    functools.partial(_cited_level, figure, reference, cited),
                )
            ]
            yield from common.claim(article, sentence, "count", [c], options)


def _cited_level(
    figure: Figure, reference: Figure, sources: tuple[str, ...]
) -> Verdict:
    # A count against the band, naming the band's sources.
    return check_level(figure, reference).citing(*sources)


def per_capita(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Amounts per person: a total of the text over a count of the text, in
    the same currency (each pair a reading; pinned when only one can be).
    """
    if sentence.language is None or not sentence.members:
        return
    from hns.audit.finders.relations import _FEW, _window, nearby

    for shape in wording(sentence.language).of("per_capita"):
        for match in shape.finditer(sentence.tokens):
            p = int(match.group("per"))
            stated = article.figure(p)
            if stated.kind != "money":
                continue
            at = sentence.position(p)
            people = [
                i
                for s in _window(article, sentence)
                for i in (
                    s.near(at, 300, 300)
                    if s is sentence
                    else s.members[-_FEW:]
                )
                if article.figure(i).kind == "count"
                and article.figure(i).number >= 100
            ]
            totals = [
                i
                for i in nearby(article, sentence, at)
                if i != p
                and article.figure(i).currency == stated.currency
                and article.figure(i).number > stated.number * 100
            ]
            options: list[Option] = [
                (
                    f"{article.figure(t).text} over {article.figure(c).text}",
                    functools.partial(
                        check_average,
                        article.figure(t),
                        article.figure(c),
                        stated,
                    ),
                )
                for t in totals
                for c in people
            ]
            yield from common.claim(
                article,
                sentence,
                "per_capita",
                [p],
                options,
                pinned=len(totals) == 1 and len(people) == 1,
            )
