"""
The roles a change gives its figures, from the cues of the wording
tables: a cluster of stated figures (a rate, an absolute change or both)
next to a change verb, a base marked as such (written, or a year whose
level it is), a result marked as such, and the amounts a sentence is
about. Shared by the finders of changes, levels and agreements.
"""

from __future__ import annotations

import re

import attrs

from hns.audit.article import Article, Sentence
from hns.audit.finders import common
from hns.audit.wording import wording
from hns.figures import Figure
from hns.fiscal import FiscalYear

__all__ = [
    "REACH",
    "Base",
    "Cluster",
    "bases_of",
    "clusters_of",
    "results_of",
    "stated_figures",
    "stated_of",
    "subjects_of",
    "totals_over_years",
]


# How far (in characters) a change's cues reach from its stated figures.
REACH = 200


_HEDGE = re.compile(r"정도|가량|안팎|程度|ほど|前後|about|some|roughly")


_CONVERTED = re.compile(r"⟦(\d+)⟧\s*[(（]\s*⟦(\d+)⟧")


@attrs.frozen
class Base:
    """
    A written base figure, or a year whose level is the base.
    """

    index: int | None
    at: int
    relative: str = ""  # "last", "this", "next" or "" (a written year)
    year: FiscalYear | None = None


@attrs.frozen
class Cluster:
    """
    Stated figures next to a change verb: whether they fall, where they
    stand, and whether a hedge follows them.
    """

    stated: tuple[int, ...]
    decrease: bool
    start: int
    end: int
    hedged: bool = False  # a hedge after it: "100억엔(약 1047억원) 정도"


def clusters_of(article: Article, sentence: Sentence) -> list[Cluster]:
    """
    The clusters of stated figures of a sentence (found once).
    """
    key = f"clusters {sentence.number}"
    if key not in article.memo:
        article.memo[key] = _find_clusters(article, sentence)
    return article.memo[key]  # type: ignore[no-any-return]


def _find_clusters(article: Article, sentence: Sentence) -> list[Cluster]:
    found: list[Cluster] = []
    seen: set[int] = set()
    assert sentence.language is not None
    for shape in wording(sentence.language).of("stated"):
        for match in shape.finditer(sentence.tokens):
            text = match.group("stated")
            # A figure in parentheses after another is its conversion
            # (another currency), not a stated change: "639억원(5.1%)" is.
            converted = {
                int(b)
                for a, b in _CONVERTED.findall(text)
                if article.figure(int(b)).currency
                not in (None, article.figure(int(a)).currency)
            }
            stated = tuple(
                i
                for i in common.tokens_in(text)
                if i not in converted
                and i not in seen
                and article.figure(i).kind in {"percent", "points", "money"}
            )
            if not stated:
                continue
            seen.update(stated)
            groups = match.groupdict()
            verb = (
                match.start("up")
                if groups.get("up")
                else match.start("down")
                if groups.get("down")
                else match.end()
            )
            after = sentence.tokens[match.end("stated") : max(verb, 0)]
            found.append(
                Cluster(
                    stated,
                    bool(groups.get("down")) and not groups.get("up"),
                    match.start("stated"),
                    match.end("stated"),
                    bool(_HEDGE.search(after)),
                )
            )
    return found


def stated_of(article: Article, cluster: Cluster, s: int) -> Figure:
    """
    Stated figure *s* of *cluster*, with the hedge written after it.
    """
    figure = article.figure(s)
    return common.hedged(figure) if cluster.hedged else figure


def stated_figures(article: Article, sentence: Sentence) -> frozenset[int]:
    """
    The figures a sentence states as changes (rates and differences):
    never levels of a year.
    """
    if sentence.language is None:
        return frozenset()
    key = f"stated {sentence.number}"
    if key not in article.memo:
        article.memo[key] = frozenset(
            i for c in clusters_of(article, sentence) for i in c.stated
        )
    return article.memo[key]  # type: ignore[no-any-return]


def bases_of(article: Article, sentence: Sentence) -> list[Base]:
    """
    The bases a sentence writes or implies, found once for the finders of
    levels and changes.
    """
    key = f"bases {sentence.number}"
    if key not in article.memo:
        article.memo[key] = _find_bases(article, sentence)
    return article.memo[key]  # type: ignore[no-any-return]


def _find_bases(article: Article, sentence: Sentence) -> list[Base]:
    written: list[tuple[int, int, Base]] = []
    implied: list[tuple[int, int, Base]] = []
    assert sentence.language is not None
    for shape in wording(sentence.language).of("base"):
        for match in shape.finditer(sentence.tokens):
            groups = match.groupdict()
            span = match.start(), match.end()
            if groups.get("base"):
                index = int(groups["base"])
                if article.figure(index).kind == "money":  # no rate is a base
                    base = Base(index, match.start("base"))
                    written.append((*span, base))
                continue
            years = [
                int(v) for k, v in groups.items() if k.startswith("fy") and v
            ]
            if years:
                year = FiscalYear(years[0], article.calendar)
                implied.append((*span, Base(None, span[0], year=year)))
            elif groups.get("this"):
                implied.append((*span, Base(None, span[0], "this")))
            elif groups.get("next"):
                implied.append((*span, Base(None, span[0], "next")))
            else:
                implied.append((*span, Base(None, span[0], "last")))
    # "from last year's share of 193 billion yen": the written base wins.
    kept = [
        base
        for start, end, base in implied
        if not any(a <= start < b for a, b, _ in written)
    ]
    return [base for _, _, base in written] + kept


def results_of(sentence: Sentence) -> list[tuple[int, int]]:
    """
    The figures a sentence marks as a change's result, with where.
    """
    assert sentence.language is not None
    return [
        (int(match.group("result")), match.start("result"))
        for shape in wording(sentence.language).of("result")
        for match in shape.finditer(sentence.tokens)
    ]


_PARENTHESIZED = re.compile(r"[(（][^()（）⟦]{0,12}⟦(\d+)⟧")


def _parenthesized(article: Article, sentence: Sentence) -> set[int]:
    # The figures written in parentheses (conversions, mostly).
    key = f"parenthesized {sentence.number}"
    if key not in article.memo:
        article.memo[key] = {
            int(m.group(1)) for m in _PARENTHESIZED.finditer(sentence.tokens)
        }
    return article.memo[key]  # type: ignore[no-any-return]


def subjects_of(
    article: Article, sentence: Sentence, before: int, currency: object
) -> list[int]:
    """
    The amounts a sentence is about: in the currency of the change, not
    in parentheses (a conversion), written before *before*.
    """
    inside = _parenthesized(article, sentence)
    return [
        i
        for i in sentence.near(before - 1, REACH, 0)
        if i not in inside
        and article.figure(i).kind == "money"
        and article.figure(i).currency == currency
    ]


def totals_over_years(
    article: Article, sentence: Sentence, *, averages: bool = False
) -> frozenset[int]:
    """
    The totals a sentence gives over several years ("1.05 trillion yen
    over five years", "5년간 총액 …"), and with *averages* its yearly
    averages: never the level of a year; a total is never the result of a
    yearly change either.
    """
    key = f"over years {sentence.number} {averages}"
    if key not in article.memo:
        found: set[int] = set()
        for shape, match in common.matches(article, sentence, "total"):
            if "count" in shape.roles:
                found.add(int(match.group("total")))
        if averages:
            for _, match in common.matches(article, sentence, "average"):
                found.add(int(match.group("average")))
        article.memo[key] = frozenset(found)
    return article.memo[key]  # type: ignore[no-any-return]
