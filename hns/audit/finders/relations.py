"""
Relations inside a text, checked for any quantity because they need no
reference (multiples are in `hns.audit.finders.multiples`): sums of parts
(``A과 B 등 총 C``, ``AにBを加えると合計C``), shares of a whole
(``全体の約53%にあたるB``) and averages over the years of a total
(``5年間で9465億円 … 1年当たり1893億円``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.finders.roles import stated_figures
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.checks import (
    check_average,
    check_share,
    check_total,
)
from hns.figures import Figure

__all__ = [
    "FEW",
    "REACH",
    "amounts_of",
    "averages",
    "nearby",
    "shares",
    "sums",
    "window",
]

# A figure in parentheses right after another: a conversion.
_CONVERTED = re.compile(r"⟦\d+⟧\s*[(（][^⟦()（）]{0,12}$")
# What stands between a total and its conversion or range sibling.
_SIBLING = re.compile(r"\s*[(（~～〜-]?\s*(?:한화로|원화로|約|about)?\s*")
# How far (in characters) a relation reaches in its own sentence, and how
# many amounts of each sentence around it.
_NEAR = 300
FEW = 6
# How many sentences back a relation may reach for its other figures.
REACH = 3


def window(
    article: Article, sentence: Sentence, ahead: int = 0
) -> list[Sentence]:
    """
    The sentences a relation in *sentence* may reach into (*ahead* of it
    too), in a language the audit reads.
    """
    number = sentence.number
    return [
        s
        for s in article.sentences[max(0, number - REACH) : number + 1 + ahead]
        if s.language is not None
    ]


def amounts_of(
    article: Article, sentence: Sentence, where: int | None = None
) -> list[int]:
    """
    The amounts of money of a sentence (near *where*, in a long one), less
    conversions in parentheses.
    """
    members = (
        sentence.members
        if where is None
        else sentence.near(where, _NEAR, _NEAR)
    )
    found = []
    for i in members:
        if article.figure(i).kind != "money":
            continue
        at = sentence.position(i)
        if _CONVERTED.search(sentence.tokens[max(0, at - 40) : at]):
            continue
        found.append(i)
    return found


def nearby(
    article: Article, sentence: Sentence, where: int, ahead: int = 0
) -> list[int]:
    """
    The amounts a relation at *where* may reach: near it in its sentence,
    and the closest ones of the sentences around (at most a few each).
    """
    found: list[int] = []
    for other in window(article, sentence, ahead):
        if other is sentence:
            found += amounts_of(article, other, where)
        elif other.number < sentence.number:
            found += amounts_of(article, other, len(other.tokens))[-FEW:]
        else:
            found += amounts_of(article, other, 0)[:FEW]
    return found


def sums(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Sums of parts: two parts the text adds itself ("7.4%와 6.5%를 더한
    13.9%", "the sum of A and B"), pinned; or a total word and the amounts
    before it. The parts of its own sentence, when joined as a list, pin
    the claim down; a total may also leave out a sub-item (any subset that
    adds up fits).
    """
    if sentence.language is None or not sentence.members:
        return
    table = wording(sentence.language)
    for shape in table.of("sum"):
        for match in shape.finditer(sentence.tokens):
            indexes = [int(match.group(r)) for r in ("part", "amount")]
            t = int(match.group("total"))
            parts = [article.figure(i) for i in indexes]
            total = article.figure(t)
            kinds = {f.kind for f in (*parts, total)}
            if kinds - {"money", "percent", "points"} or (
                "money" in kinds and len(kinds) > 1
            ):
                continue
            options: list[Option] = [
                (
                    " + ".join(f.text for f in parts),
                    functools.partial(check_total, parts, total),
                )
            ]
            yield from common.claim(
                article, sentence, "sum", [*indexes, t], options
            )
    for shape, match in common.matches(article, sentence, "total"):
        if "count" in shape.roles:
            continue
        t = int(match.group("total"))
        total = article.figure(t)
        if total.kind != "money":
            continue
        at = sentence.position(t)
        own = [
            i
            for i in amounts_of(article, sentence, at)
            if i < t and article.figure(i).currency == total.currency
        ][-FEW:]
        earlier = [
            i
            for i in nearby(article, sentence, at)
            if i not in sentence.members
            and article.figure(i).currency == total.currency
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
        for match in shape.finditer(sentence.tokens):
            p, r = int(match.group("part")), int(match.group("rate"))
            part, rate = article.figure(p), article.figure(r)
            if part.kind != "money" or rate.kind != "percent":
                continue
            if {p, r} & stated_figures(article, sentence):
                continue  # "up 78.7 billion won, or 8.2%": a change
            written = match.groupdict().get("whole")
            wholes = (
                [int(written)]
                if written
                else [
                    i
                    for i in nearby(article, sentence, sentence.position(p))
                    if i != p
                    and article.figure(i).currency == part.currency
                    and article.figure(i).number > part.number
                ]
            )
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
    article: Article, sentence: Sentence, where: int
) -> list[tuple[int, Figure]]:
    # Totals written with their number of years ("5년간 9465억엔",
    # "1.05 trillion yen over five years"), and their conversions, in
    # reach of *where*.
    found: list[tuple[int, Figure]] = []
    for s in window(article, sentence):
        for t, count in _years_totals(article, s):
            if s is not sentence or abs(s.position(t) - where) <= _NEAR:
                found.append((t, count))
    return found


def _years_totals(article: Article, s: Sentence) -> list[tuple[int, Figure]]:
    key = f"totals {s.number}"
    if key in article.memo:
        return article.memo[key]  # type: ignore[no-any-return]
    found: list[tuple[int, Figure]] = []
    article.memo[key] = found
    assert s.language is not None
    table = wording(s.language)
    for shape, match in common.matches(article, s, "total"):
        if "count" not in shape.roles:
            continue
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
    for _, match in common.matches(article, sentence, "average"):
        a = int(match.group("average"))
        if a in seen:
            continue
        seen.add(a)
        average = article.figure(a)
        if average.kind != "money" or common.compared(sentence, a):
            continue
        totals = [
            (t, count)
            for t, count in _totals_over_years(
                article, sentence, sentence.position(a)
            )
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
