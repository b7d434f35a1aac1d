"""
Multiples: of the current level (the bundled figure of this year: "four
times the current level", ``現在の4倍``), or of another amount of the
text ("A is N times B", ``1760億円と比べて約4.4倍``, ``9602억원의 약 1.3배``),
pinned when the sentence holds just the two amounts and marks the base.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

import attrs

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.finders.conversions import stated_rates
from hns.audit.finders.relations import REACH, amounts_of, nearby
from hns.audit.finders.roles import stated_figures
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.checks import reference_figure
from hns.figures import Figure

__all__ = ["multiples"]


def multiples(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Multiples: of the current level (the bundled figure of this year), or
    of another amount of the text (each pair is a reading, not pinned).
    """
    if sentence.language is None or not sentence.members:
        return
    marked: set[int] = set()
    for shape in wording(sentence.language).of("multiple"):
        for match in shape.finditer(sentence.tokens):
            m = int(match.group("multiple"))
            if article.figure(m).kind != "multiple":
                continue
            marked.add(m)
            yield from _of_current(article, sentence, m)
    for m in sentence.members:
        if m in marked or article.figure(m).kind != "multiple":
            continue
        yield from _of_another(article, sentence, m)


def _readings(article: Article, sentence: Sentence, m: int) -> list[Figure]:
    # "four times more" and "a fivefold increase" may mean ×4 or ×5.
    multiple = article.figure(m)
    end = sentence.position(m) + len(f"⟦{m}⟧")
    after = sentence.tokens[end : end + 12]
    stated = [multiple]
    if any(w in after for w in ("more", "increase", "rise", "higher", "増")):
        stated.append(attrs.evolve(multiple, value=multiple.number + 1))
    return stated


def _of_current(
    article: Article, sentence: Sentence, m: int
) -> Iterator[Claim]:
    series = common.reference(article)
    if series is None or article.published is None:
        return
    stated_rates(article)
    rates = article.memo["rate figures"]
    # A stated difference ("46.6 billion yen more than five times the
    # current level") is never the amount a level is multiplied into.
    differences = set(stated_figures(article, sentence))
    if article.figure(m).qualifier != "exact":
        # "46.6 billion yen more than five times ...": the amount right
        # before a "more than N times" is how much more.
        at = sentence.position(m)
        differences.update(
            i
            for i in sentence.near(at, 40, 0)
            if i != m
            and not sentence.tokens[
                sentence.position(i) + len(f"⟦{i}⟧") : at
            ].strip()
        )
    amounts = [
        i
        for i in amounts_of(article, sentence, sentence.position(m))
        if i not in rates and i not in differences
    ]
    before = [i for i in amounts if i < m]
    after = [i for i in amounts if i > m]
    if not before and not after and sentence.number:
        # "日本の現在の負担額の4倍以上": the amount asked for stands in the
        # sentence before.
        earlier = article.sentences[sentence.number - 1]
        before = [
            i
            for i in amounts_of(article, earlier, len(earlier.tokens))
            if i not in rates
        ][-1:]
    if not before and not after:
        return
    a = before[-1] if before else after[0]
    options: list[Option] = []
    for fy in article.this_year():
        level = series.get(fy)
        if level is None:
            continue
        base = reference_figure(level)
        for stated in _readings(article, sentence, m):
            note = f"the current level as the bundled {fy.label()} figure"
            options.append(
                (
                    note,
                    functools.partial(
                        common.ratio,
                        article.figure(a),
                        base,
                        stated,
                        article.published,
                        article.rates,
                    ),
                )
            )
    yield from common.claim(article, sentence, "ratio", [a, m], options)


def _of_another(
    article: Article, sentence: Sentence, m: int
) -> Iterator[Claim]:
    # "A is N times B": with exactly two amounts in its sentence, the pair
    # is pinned down. Otherwise a multiple may compare any two amounts in
    # reach, listed before or after it (a table under its sentence): each
    # pair is a reading.
    where = sentence.position(m)
    own = amounts_of(article, sentence, where)
    stated_rates(article)
    rates = article.memo["rate figures"]
    own = [i for i in own if i not in rates]
    assert sentence.language is not None
    marked = _bases_of(sentence, m, where) & set(own)
    pinned = len(own) == 2 and len(marked) == 1
    if pinned:
        # The base is the amount the shape marks; the other is measured.
        (b,) = marked
        pairs = [(next(i for i in own if i != b), b)]
        pool = own
    else:
        pool = nearby(article, sentence, where, REACH + 2)
        pairs = [
            (a, b)
            for a, b in itertools.permutations(pool, 2)
            if article.figure(a).number != article.figure(b).number
        ]
    options: list[Option] = []
    for a, b in pairs:
        fa, fb = article.figure(a), article.figure(b)
        for stated in _readings(article, sentence, m):
            options.append(
                (
                    f"{fa.text} against {fb.text}",
                    functools.partial(
                        common.ratio,
                        fa,
                        fb,
                        stated,
                        article.published,
                        article.rates,
                    ),
                )
            )
    indexes = [*pool, m] if pinned else [m]
    yield from common.claim(
        article, sentence, "ratio", indexes, options[:60], pinned=pinned
    )


def _bases_of(sentence: Sentence, m: int, where: int) -> set[int]:
    # The amounts a "times" shape marks as the base of multiple *m*
    # (matches may overlap: "A is N times B" has A before N).
    assert sentence.language is not None
    found: set[int] = set()
    lo = max(0, where - 80)
    hi = min(len(sentence.tokens), where + 80)
    for shape in wording(sentence.language).of("times"):
        at = lo
        while at < hi:
            match = shape.pattern.search(sentence.tokens, at, hi)
            if match is None:
                break
            if int(match.group("multiple")) == m:
                found.add(int(match.group("base")))
            at = match.start() + 1
    return found
