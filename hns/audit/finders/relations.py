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
from hns.audit.finders.conversions import stated_rates
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
# How far (in characters) a relation reaches in its own sentence, and how
# many amounts of each sentence around it.
_NEAR = 300
_FEW = 6
# How many sentences back a relation may reach for its other figures.
_REACH = 3


def _window(
    article: Article, sentence: Sentence, ahead: int = 0
) -> list[Sentence]:
    number = sentence.number
    return [
        s
        for s in article.sentences[
            max(0, number - _REACH) : number + 1 + ahead
        ]
        if s.language is not None
    ]


def _amounts(
    article: Article, sentence: Sentence, where: int | None = None
) -> list[int]:
    # Money of the sentence (near *where*, in a long one), less
    # conversions in parentheses.
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
    for other in _window(article, sentence, ahead):
        if other is sentence:
            found += _amounts(article, other, where)
        elif other.number < sentence.number:
            found += _amounts(article, other, len(other.tokens))[-_FEW:]
        else:
            found += _amounts(article, other, 0)[:_FEW]
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
    stated_rates(article)
    rates = article.memo["rate figures"]
    amounts = [
        i
        for i in _amounts(article, sentence, sentence.position(m))
        if i not in rates
    ]
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
    # "A is N times B": with exactly two amounts in its sentence, the pair
    # is pinned down. Otherwise a multiple may compare any two amounts in
    # reach, listed before or after it (a table under its sentence): each
    # pair is a reading.
    where = sentence.position(m)
    own = _amounts(article, sentence, where)
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
        pool = nearby(article, sentence, where, _REACH + 2)
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
                        common.ratio, fa, fb, stated, article.published
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
        for match in shape.pattern.finditer(sentence.tokens):
            indexes = [int(match.group(r)) for r in ("part", "amount")]
            t = int(match.group("total"))
            parts = [article.figure(i) for i in indexes]
            total = article.figure(t)
            if {f.kind for f in (*parts, total)} - {"money", "percent"}:
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
    for shape in table.of("total"):
        if "count" in shape.roles:
            continue
        for match in shape.pattern.finditer(sentence.tokens):
            t = int(match.group("total"))
            total = article.figure(t)
            if total.kind != "money":
                continue
            at = sentence.position(t)
            own = [
                i
                for i in _amounts(article, sentence, at)
                if i < t and article.figure(i).currency == total.currency
            ][-_FEW:]
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
        for match in shape.pattern.finditer(sentence.tokens):
            p, r = int(match.group("part")), int(match.group("rate"))
            part, rate = article.figure(p), article.figure(r)
            if part.kind != "money" or rate.kind != "percent":
                continue
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
    for s in _window(article, sentence):
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
