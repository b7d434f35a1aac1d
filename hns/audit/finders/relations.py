"""
Relations inside a text, checked for any quantity because they need no
reference: multiples (``four times the current level``, ``約4.4倍``),
sums of parts (``A과 B 등 총 C``, ``AにBを加えると合計C``), shares of a
whole (``全体の約53%にあたるB``) and averages over the years of a total
(``5年間で9465億円 … 1年当たり1893億円``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

import attrs

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.checks import (
    _reference_figure,
    check_average,
    check_share,
    check_total,
)
from hns.figures import Figure

__all__ = ["averages", "multiples", "shares", "sums"]

# A figure in parentheses right after another: a conversion.
_CONVERTED = re.compile(r"⟦\d+⟧\s*[(（][^⟦()（）]{0,12}$")
# What stands between a total and its conversion or range sibling.
_SIBLING = re.compile(r"\s*[(（~～〜-]?\s*(?:한화로|원화로|約|about)?\s*")
# How many sentences back a relation may reach for its other figures.
_REACH = 3


def _window(
    article: Article, sentence: Sentence, ahead: int = 0
) -> list[Sentence]:
    number = article.sentences.index(sentence)
    return [
        s
        for s in article.sentences[
            max(0, number - _REACH) : number + 1 + ahead
        ]
        if s.language is not None
    ]


def _amounts(article: Article, sentence: Sentence) -> list[int]:
    # Money of the sentence, less conversions in parentheses.
    found = []
    for i in sentence.members:
        if article.figure(i).kind != "money":
            continue
        where = sentence.position(i)
        if _CONVERTED.search(sentence.tokens[max(0, where - 40) : where]):
            continue
        found.append(i)
    return found


def multiples(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Multiples: of the current level (the bundled figure of this year), or
    of another amount of the text (each pair is a reading, not pinned).
    """
    if sentence.language is None or not sentence.members:
        return
    marked: set[int] = set()
    for shape in wording(sentence.language).of("multiple"):
        for match in shape.pattern.finditer(sentence.tokens):
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
    amounts = _amounts(article, sentence)
    before = [i for i in amounts if i < m]
    after = [i for i in amounts if i > m]
    if not before and not after:
        return
    a = before[-1] if before else after[0]
    options: list[Option] = []
    for fy in article.this_year():
        level = series.get(fy)
        if level is None:
            continue
        base = _reference_figure(level)
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
                    ),
                )
            )
    yield from common.claim(article, sentence, "ratio", [a, m], options)


def _of_another(
    article: Article, sentence: Sentence, m: int
) -> Iterator[Claim]:
    # A multiple may compare amounts listed before or after it (a table
    # under its sentence).
    pool = [
        i
        for s in _window(article, sentence, ahead=_REACH + 2)
        for i in _amounts(article, s)
    ]
    options: list[Option] = []
    for a, b in itertools.permutations(pool, 2):
        fa, fb = article.figure(a), article.figure(b)
        if fa.number <= fb.number:
            continue
        for stated in _readings(article, sentence, m):
            options.append(
                (
                    f"{fa.text} against {fb.text}",
                    functools.partial(
                        common.ratio, fa, fb, stated, article.published
                    ),
                )
            )
    yield from common.claim(
        article, sentence, "ratio", [m], options[:60], pinned=False
    )


def sums(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Sums of parts: a total word and the amounts before it. The parts of
    its own sentence, when joined as a list, pin the claim down; a total
    may also leave out a sub-item (any subset that adds up fits).
    """
    if sentence.language is None or not sentence.members:
        return
    for shape in wording(sentence.language).of("total"):
        if "count" in shape.roles:
            continue
        for match in shape.pattern.finditer(sentence.tokens):
            t = int(match.group("total"))
            total = article.figure(t)
            if total.kind != "money":
                continue
            own = [
                i
                for i in _amounts(article, sentence)
                if i < t and article.figure(i).currency == total.currency
            ]
            earlier = [
                i
                for s in _window(article, sentence)[:-1]
                for i in _amounts(article, s)
                if article.figure(i).currency == total.currency
            ]
            pinned = len(own) >= 2
            pool = own if pinned else (earlier + own)[-6:]
            options = _subsets(article, pool, total)
            yield from common.claim(
                article, sentence, "sum", [*own, t], options, pinned=pinned
            )


def _subsets(article: Article, pool: list[int], total: Figure) -> list[Option]:
    options: list[Option] = []
    smaller = [i for i in pool if article.figure(i).number < total.number]
    for size in range(len(smaller), 1, -1):
        for parts in itertools.combinations(smaller, size):
            figures = [article.figure(i) for i in parts]
            reading = " + ".join(f.text for f in figures)
            options.append(
                (reading, functools.partial(check_total, figures, total))
            )
            if len(options) >= 40:
                return options
    return options


def shares(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Shares: a part stated as a percent of the whole, the whole an amount
    of the sentence or the ones before (pinned when only one can be).
    """
    if sentence.language is None or not sentence.members:
        return
    for shape in wording(sentence.language).of("share"):
        for match in shape.pattern.finditer(sentence.tokens):
            p, r = int(match.group("part")), int(match.group("rate"))
            part, rate = article.figure(p), article.figure(r)
            if part.kind != "money" or rate.kind != "percent":
                continue
            wholes = [
                i
                for s in _window(article, sentence)
                for i in _amounts(article, s)
                if i != p
                and article.figure(i).currency == part.currency
                and article.figure(i).number > part.number
            ]
            options: list[Option] = [
                (
                    f"the whole as {article.figure(w).text}",
                    functools.partial(
                        check_share, part, article.figure(w), rate
                    ),
                )
                for w in wholes
            ]
            yield from common.claim(
                article,
                sentence,
                "share",
                [*wholes[:1], p, r],
                options,
                pinned=len(wholes) == 1,
            )


def _totals_over_years(
    article: Article, sentence: Sentence
) -> list[tuple[int, Figure]]:
    # Totals written with their number of years ("5년간 9465억엔",
    # "1.05 trillion yen over five years"), and their conversions.
    found: list[tuple[int, Figure]] = []
    for s in _window(article, sentence):
        assert s.language is not None
        table = wording(s.language)
        for shape in table.of("total"):
            if "count" not in shape.roles:
                continue
            for match in shape.pattern.finditer(s.tokens):
                groups = match.groupdict()
                # A number of years is exact.
                if groups.get("count"):
                    written = article.figure(int(groups["count"]))
                    if written.kind != "count":
                        continue
                    n = int(written.number)
                elif groups.get("number"):
                    n = table.words["number"].index(groups["number"]) + 1
                else:
                    continue
                count = Figure(Decimal(n), str(n), "count", Decimal(0))
                t = int(match.group("total"))
                found.append((t, count))
                # Its conversion and the range it opens: "9465억엔 (한화로
                # 약10조3000~3500억원)".
                end = s.position(t) + len(f"⟦{t}⟧")
                for c in common.tokens_in(s.tokens[end : end + 40])[:2]:
                    if _SIBLING.fullmatch(s.tokens[end : s.position(c)]):
                        found.append((c, count))
                        end = s.position(c) + len(f"⟦{c}⟧")
    return found


def averages(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Averages a year against a total over years written nearby, in the
    same currency (pinned when one total is in reach).
    """
    if sentence.language is None or not sentence.members:
        return
    seen: set[int] = set()
    for shape in wording(sentence.language).of("average"):
        for match in shape.pattern.finditer(sentence.tokens):
            a = int(match.group("average"))
            if a in seen:
                continue
            seen.add(a)
            average = article.figure(a)
            if average.kind != "money":
                continue
            totals = [
                (t, count)
                for t, count in _totals_over_years(article, sentence)
                if t != a and article.figure(t).currency == average.currency
            ]
            options: list[Option] = [
                (
                    f"{article.figure(t).text} over {count.text} years",
                    functools.partial(
                        check_average, article.figure(t), count, average
                    ),
                )
                for t, count in totals
            ]
            yield from common.claim(
                article,
                sentence,
                "average",
                [*(t for t, _ in totals[:1]), a],
                options,
                pinned=bool(totals),
            )
