"""
A new agreement against the one before it: a stated increase of the
total (``up 75 billion yen from the previous deal``, ``11-15年度より133億円
増``, ``이전 협정보다 … 많다``) checked against every baseline the registry
gives (the predecessor's agreed total, what was actually spent, N times
the level of the year before the new agreement), consistent when one
fits; and the year an agreement starts (``2022년부터``, ``starting in
fiscal 2022``) against the agreement the article's totals identify.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import attrs

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.finders.agreements import (
    agreement_candidates,
    previous_agreement,
)
from hns.audit.finders.roles import clusters_of, stated_of
from hns.audit.readings import Option, said
from hns.audit.wording import wording
from hns.checks import reference_figure
from hns.fiscal import FiscalYear

__all__ = ["increases", "starts"]


def _subject(article: Article) -> Any:
    # The agreement the article is about: the one its totals or averages
    # matched, else the only one with a total in force or about to be.
    named = article.memo.get("agreements")
    if named:
        return named[0]
    found = [a for a in agreement_candidates(article) if a.extends is None]
    return found[0] if len(found) == 1 else None


def _baselines(article: Article, agreement: Any) -> list[tuple[str, Any]]:
    previous = previous_agreement(agreement)
    found: list[tuple[str, Any]] = []
    if previous is not None and previous.total is not None:
        found.append((f"the agreed total of {previous.title}", previous.total))
    if previous is not None and previous.actual is not None:
        found.append(
            (
                f"what was actually spent under {previous.title}",
                previous.actual,
            )
        )
    series = common.reference(article)
    before = series.get(agreement.first - 1) if series is not None else None
    if before is not None:
        found.append(
            (
                f"{agreement.length} times the {(agreement.first - 1).label()}"
                " level",
                before * agreement.length,
            )
        )
    return found


def _per_year(table: Any, sentence: Sentence, index: int) -> bool:
    # Whether a stated amount is written per year: "a year" or "annually"
    # right after it, "연간" or "年" right before it ("年93億円").
    where = sentence.position(index)
    end = where + len(f"⟦{index}⟧")
    tokens = sentence.tokens
    after = tokens[end : end + 16]
    before = tokens[max(0, where - 6) : where].rstrip()
    if table.says("per_year", after.split("than")[0]):
        return True
    return before.endswith(("年", "연간", "매년", "연", "a year")) or (
        table.says("per_year", before)
    )


def _over_baselines(
    baselines: list[tuple[str, Any]], new: Any, stated: Any, decrease: bool
) -> list[Option]:
    # A stated change of the new total, over each baseline: a reading each.
    return [
        (
            f"the increase over {name}",
            functools.partial(
                common.change, reference_figure(base), new, stated, decrease
            ),
        )
        for name, base in baselines
    ]


def _more_than_times(
    article: Article,
    sentence: Sentence,
    matches: list[Any],
    agreement: Any,
    new: Any,
) -> Iterator[Claim]:
    # "46.6 billion yen more than five times the current level": the
    # amount right before a "more than N times" of the current level is
    # the total's increase over N times the year before the agreement.
    for match in matches:
        over = match.groupdict().get("over")
        if not over:
            continue
        m = int(over)
        multiple = article.figure(m)
        if multiple.kind != "multiple" or multiple.qualifier != "over":
            continue
        if multiple.number != agreement.length:
            continue
        at = sentence.position(m)
        before = [
            i
            for i in sentence.near(at, 40, 0)
            if i != m
            and article.figure(i).kind == "money"
            and article.figure(i).currency == agreement.total.currency
            and not sentence.tokens[
                sentence.position(i) + len(f"⟦{i}⟧") : at
            ].strip()
        ]
        if not before:
            continue
        s = before[-1]
        times = [
            b for b in _baselines(article, agreement) if " times the " in b[0]
        ]
        options = _over_baselines(times, new, article.figure(s), False)
        yield from common.claim(article, sentence, "change", [s, m], options)


def increases(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    A stated change of an agreement's total over the one before it.
    """
    if sentence.language is None or not sentence.members:
        return
    shapes = wording(sentence.language).of("previous")
    matches = [m for s in shapes for m in s.finditer(sentence.tokens)]
    if not matches:
        return
    agreement = _subject(article)
    if agreement is None or agreement.total is None:
        return
    table = wording(sentence.language)
    average = any(w in sentence.tokens for w in table.words["average"])
    actual = any(m.groupdict().get("actual") for m in matches)
    # "than five times the current level", "than now": N times the year
    # before.
    times = any(
        m.groupdict().get("times") or m.groupdict().get("now") for m in matches
    )
    new = reference_figure(agreement.total)
    baselines = _baselines(article, agreement)
    if actual:
        baselines = [b for b in baselines if "actually" in b[0]]
    elif times:  # "21年度予算の5年分": N times the year before
        baselines = [b for b in baselines if " times the " in b[0]]
    yield from _more_than_times(article, sentence, matches, agreement, new)
    for cluster in clusters_of(article, sentence):
        for s in cluster.stated:
            stated = stated_of(article, cluster, s)
            if (
                stated.currency != agreement.total.currency
                and stated.kind == "money"
            ):
                continue
            if stated.kind == "money" and (
                average or _per_year(table, sentence, s)
            ):
                # "27億円 more on average a year", "年93億円増える", "9.3
                # billion yen more a year than now": the total's change.
                stated = attrs.evolve(
                    stated,
                    value=stated.value * agreement.length,
                    resolution=stated.resolution * agreement.length,
                    text=f"{stated.text} × {agreement.length}",
                )
            options = _over_baselines(baselines, new, stated, cluster.decrease)
            yield from common.claim(
                article,
                sentence,
                "change",
                [s],
                options,
                pinned=actual or times or len(baselines) == 3,
            )


def starts(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The year an agreement starts, against the agreement the article's
    totals and averages identify.
    """
    if sentence.language is None:
        return
    named = article.memo.get("agreements")
    if not named:
        return
    agreement = named[0]
    for shape in wording(sentence.language).of("start"):
        for match in shape.finditer(sentence.tokens):
            year = FiscalYear(
                int(match.group("first")), agreement.first.calendar
            )
            fits = year == agreement.first
            reason = (
                f"{agreement.title} ({agreement.id}) starts in"
                f" {agreement.first.label()}"
                + ("" if fits else f", not {year.label()}")
            )
            yield common.stated_claim(
                article,
                sentence,
                "agreement",
                (sentence.start, sentence.start + 240),
                said(
                    "agreement",
                    "consistent" if fits else "inconsistent",
                    reason,
                ),
                "the agreement the article's totals name",
            )
