"""
Changes: a rate, an absolute change or both, either direction, with the
base written (``from 960.2 billion won``, ``9602억원보다``), named by its
year (``지난해보다``, ``compared with FY2014``) or left to the reader (the
year before); and growth at a stated rate (``9602억원에 8.2%를 적용``).

Roles come from the cues of the wording tables: a cluster of stated
figures next to a change verb, a base marked as such, a result marked as
such. A missing result is the amount the sentence (or the one before) is
about; where more than one amount could be, each is a reading and the
claim is not pinned down.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

import attrs

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.errors import HnsError
from hns.figures import Figure
from hns.fiscal import FiscalYear

__all__ = ["changes", "growth", "same_level", "stated_figures"]

# How far (in characters) a change's cues reach from its stated figures.
_REACH = 200
_HEDGE = re.compile(r"정도|가량|안팎|程度|ほど|前後|about|some|roughly")
_CONVERTED = re.compile(r"⟦(\d+)⟧\s*[(（]\s*⟦(\d+)⟧")


@attrs.frozen
class _Base:
    # A written base figure, or a year whose level is the base.
    index: int | None
    at: int
    relative: str = ""  # "last", "this", "next" or "" (a written year)
    year: FiscalYear | None = None


@attrs.frozen
class _Cluster:
    stated: tuple[int, ...]
    decrease: bool
    start: int
    end: int
    hedged: bool = False  # a hedge after it: "100억엔(약 1047억원) 정도"


def _clusters(article: Article, sentence: Sentence) -> list[_Cluster]:
    key = f"clusters {sentence.number}"
    if key not in article.memo:
        article.memo[key] = _find_clusters(article, sentence)
    return article.memo[key]  # type: ignore[no-any-return]


def _find_clusters(article: Article, sentence: Sentence) -> list[_Cluster]:
    found: list[_Cluster] = []
    seen: set[int] = set()
    assert sentence.language is not None
    for shape in wording(sentence.language).of("stated"):
        for match in shape.pattern.finditer(sentence.tokens):
            text = match.group("stated")
            converted = {int(b) for _, b in _CONVERTED.findall(text)}
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
                _Cluster(
                    stated,
                    bool(groups.get("down")) and not groups.get("up"),
                    match.start("stated"),
                    match.end("stated"),
                    bool(_HEDGE.search(after)),
                )
            )
    return found


def _stated(article: Article, cluster: _Cluster, s: int) -> Figure:
    # A stated figure, with the hedge written after its cluster.
    figure = article.figure(s)
    return common.hedged(figure) if cluster.hedged else figure


def stated_figures(article: Article, sentence: Sentence) -> set[int]:
    """
    The figures a sentence states as changes (rates and differences):
    never levels of a year.
    """
    if sentence.language is None:
        return set()
    return {i for c in _clusters(article, sentence) for i in c.stated}


def _bases(article: Article, sentence: Sentence) -> list[_Base]:
    written: list[tuple[int, int, _Base]] = []
    implied: list[tuple[int, int, _Base]] = []
    assert sentence.language is not None
    for shape in wording(sentence.language).of("base"):
        for match in shape.pattern.finditer(sentence.tokens):
            groups = match.groupdict()
            span = match.start(), match.end()
            if groups.get("base"):
                base = _Base(int(groups["base"]), match.start("base"))
                written.append((*span, base))
                continue
            years = [
                int(v) for k, v in groups.items() if k.startswith("fy") and v
            ]
            if years:
                year = FiscalYear(years[0], article.calendar)
                implied.append((*span, _Base(None, span[0], year=year)))
            elif groups.get("this"):
                implied.append((*span, _Base(None, span[0], "this")))
            elif groups.get("next"):
                implied.append((*span, _Base(None, span[0], "next")))
            else:
                implied.append((*span, _Base(None, span[0], "last")))
    # "from last year's share of 193 billion yen": the written base wins.
    kept = [
        base
        for start, end, base in implied
        if not any(a <= start < b for a, b, _ in written)
    ]
    return [base for _, _, base in written] + kept


def _results(sentence: Sentence) -> list[tuple[int, int]]:
    assert sentence.language is not None
    return [
        (int(match.group("result")), match.start("result"))
        for shape in wording(sentence.language).of("result")
        for match in shape.pattern.finditer(sentence.tokens)
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


def _subjects(
    article: Article, sentence: Sentence, before: int, currency: object
) -> list[int]:
    # Amounts the sentence is about: in the currency of the change, not in
    # parentheses (a conversion), written before *before*.
    inside = _parenthesized(article, sentence)
    return [
        i
        for i in sentence.near(before - 1, _REACH, 0)
        if i not in inside
        and article.figure(i).kind == "money"
        and article.figure(i).currency == currency
    ]


def _result_candidates(
    article: Article,
    sentence: Sentence,
    cluster: _Cluster,
    results: list[tuple[int, int]],
    exclude: set[int],
    currency: object,
) -> tuple[list[tuple[Sentence, int]], bool]:
    marked = [
        (at, i)
        for i, at in results
        if i not in exclude
        and article.figure(i).currency == currency
        and abs(at - cluster.start) <= _REACH
    ]
    if marked:
        marked.sort(key=lambda item: abs(item[0] - cluster.start))
        return [(sentence, marked[0][1])], True
    own = [
        i
        for i in _subjects(article, sentence, cluster.start, currency)
        if i not in exclude
    ]
    if own:
        # The nearest few: a subject stands close to its change.
        return [(sentence, i) for i in reversed(own[-3:])], len(own) == 1
    number = sentence.number
    if number == 0:
        return [], False
    earlier = article.sentences[number - 1]
    if earlier.language is None:
        return [], False
    theirs = _subjects(article, earlier, len(earlier.tokens) + 1, currency)
    return [(earlier, i) for i in theirs[:3]], len(theirs) == 1


def _base_levels(
    article: Article, where: Sentence, result: int, base: _Base
) -> list[tuple[str, Figure]]:
    # The base a year names: the reference figure when the result is
    # host-nation support, or an amount of the text of that year.
    if base.year is not None:
        years = [base.year]
    elif base.relative == "this":
        years = article.this_year()
    elif base.relative == "next":
        years = [fy + 1 for fy in article.this_year()]
    else:
        own = common.years_of(article, where, result) or article.this_year()
        years = [fy - 1 for fy in own]
    found: list[tuple[str, Figure]] = []
    series = common.reference(article)
    currency = article.figure(result).currency
    if (
        series is not None
        and article.is_home_money(result)
        and common.quantity(article, where, result) == "hns"
    ):
        from hns.checks import _reference_figure

        for fy in dict.fromkeys(years):
            level = series.get(fy)
            if level is not None:
                found.append(
                    (
                        f"the base as the bundled {fy.label()} figure",
                        _reference_figure(level),
                    )
                )
    number = where.number
    for nearby in article.sentences[max(0, number - 3) : number + 1]:
        if nearby.language is None:
            continue
        for i in nearby.members:
            if i == result or article.figure(i).currency != currency:
                continue
            if set(common.years_of(article, nearby, i)) & set(years):
                text = article.figure(i).text
                found.append((f"the base as {text}", article.figure(i)))
    return found


def changes(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The change claims of a sentence.
    """
    if sentence.language is None or not sentence.members:
        return
    clusters = _clusters(article, sentence)
    if not clusters:
        return
    bases = _bases(article, sentence)
    results = _results(sentence)
    # In a long sentence, each change sees only the cues within reach.
    base_at = sorted(bases, key=lambda b: b.at)
    starts = [b.at for b in base_at]
    result_at = sorted(results, key=lambda r: r[1])
    result_starts = [at for _, at in result_at]
    for cluster in clusters:
        lo, hi = cluster.start - _REACH, cluster.start + _REACH
        near_bases = base_at[
            bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, hi)
        ]
        near_results = result_at[
            bisect.bisect_left(result_starts, lo) : bisect.bisect_right(
                result_starts, hi
            )
        ]
        yield from _change(
            article, sentence, cluster, near_bases, near_results
        )


def _change(
    article: Article,
    sentence: Sentence,
    cluster: _Cluster,
    bases: list[_Base],
    results: list[tuple[int, int]],
) -> Iterator[Claim]:
    inside = set(cluster.stated)
    usable = [
        b
        for b in bases
        if (b.index is None or b.index not in inside)
        and abs(b.at - cluster.start) <= _REACH
    ]
    base = min(usable, key=lambda b: abs(b.at - cluster.start), default=None)
    money = [i for i in cluster.stated if article.figure(i).kind == "money"]
    currency = (
        article.figure(base.index).currency
        if base is not None and base.index is not None
        else article.figure(money[0]).currency
        if money
        else None
    )
    exclude = inside | (
        {base.index} if base and base.index is not None else set()
    )
    if currency is None:
        currencies = {
            article.figure(i).currency
            for i, _ in results
            if article.figure(i).currency is not None
        }
        if len(currencies) == 1:
            currency = currencies.pop()
        elif article.host is not None:
            from hns.audit.article import CURRENCY_OF_HOST
            from hns.currency import Currency

            currency = Currency.of(CURRENCY_OF_HOST[article.host])
    candidates, pinned = _result_candidates(
        article, sentence, cluster, results, exclude, currency
    )
    if not candidates:
        if base is None or base.index is None:
            yield from _lone(article, sentence, cluster, base)
        return
    for s in cluster.stated:
        stated = _stated(article, cluster, s)
        if stated.kind == "money" and stated.currency != currency:
            continue
        options: list[Option] = []
        notes: tuple[str, ...] = ()
        for where, r in candidates:
            options += _readings(article, where, cluster, s, r, base)
        if base is None or base.index is None:
            others = [i for i in cluster.stated if i != s]
            for _, r in candidates:
                options += _derived(article, cluster, s, r, others)
        indexes = [i for i in (base.index if base else None,) if i is not None]
        indexes += [candidates[0][1], s]
        yes = pinned and (base is not None)
        claims = list(
            common.claim(
                article, sentence, "change", indexes, options, pinned=yes
            )
        )
        for found in claims:
            extra = _agreement_with_reference(
                article,
                sentence,
                found,
                {"old": base.index if base else None, "new": candidates[0][1]},
            )
            yield attrs.evolve(found, notes=found.notes + extra + notes)


def _lone(
    article: Article,
    sentence: Sentence,
    cluster: _Cluster,
    base: _Base | None,
) -> Iterator[Claim]:
    # "increased by 2.4 billion yen in fiscal 2021", "지난해보다 787억원
    # 늘어난다": a change with neither amount written is the change of the
    # bundled levels, when the text ties it to host-nation support.
    series = common.reference(article)
    if series is None:
        return
    from hns.checks import _reference_figure

    for s in cluster.stated:
        stated = _stated(article, cluster, s)
        if stated.kind == "money" and not article.is_home_money(s):
            continue
        if common.quantity(article, sentence, s) != "hns":
            continue
        own = common.years_of(article, sentence, s)
        years = own or article.this_year()
        if base is not None and base.year is not None:
            pairs = [(base.year, fy) for fy in years]
        else:
            pairs = [(fy - 1, fy) for fy in years]
        options: list[Option] = []
        for before, after in pairs:
            old, new = series.get(before), series.get(after)
            if old is None or new is None:
                continue
            options.append(
                (
                    f"the bundled {before.label()} and {after.label()}"
                    " figures",
                    functools.partial(
                        common.change,
                        _reference_figure(old),
                        _reference_figure(new),
                        stated,
                        cluster.decrease,
                    ),
                )
            )
        yield from common.claim(
            article,
            sentence,
            "change",
            [s],
            options,
            pinned=bool(own) or base is not None,
        )


def _readings(
    article: Article,
    where: Sentence,
    cluster: _Cluster,
    s: int,
    r: int,
    base: _Base | None,
) -> list[Option]:
    stated = _stated(article, cluster, s)
    options: list[Option] = []
    if base is not None and base.index is not None:
        b = base.index
        pairs = [
            (old, new)
            for old in article.variants(b)
            for new in article.variants(r)
            if not old[0] or new[0]
        ]
        for (old_note, old), (new_note, new) in pairs:
            note = "; ".join(x for x in (old_note, new_note) if x)
            options.append(
                (
                    note,
                    functools.partial(
                        common.change, old, new, stated, cluster.decrease
                    ),
                )
            )
        return options
    implied = base if base is not None else _Base(None, 0, "")
    for note, old in _base_levels(article, where, r, implied):
        for new_note, new in article.variants(r):
            reading = "; ".join(x for x in (note, new_note) if x)
            options.append(
                (
                    reading,
                    functools.partial(
                        common.change, old, new, stated, cluster.decrease
                    ),
                )
            )
    return options


def _derived(
    article: Article, cluster: _Cluster, s: int, r: int, others: list[int]
) -> list[Option]:
    # A rate and an absolute change together: the base is the result less
    # the change, whatever the year.
    stated = _stated(article, cluster, s)
    if stated.kind not in {"percent", "points"}:
        return []
    options: list[Option] = []
    result = article.figure(r)
    for o in others:
        diff = article.figure(o)
        if diff.kind != "money" or diff.currency != result.currency:
            continue
        signed = (
            attrs.evolve(diff, value=-diff.value) if cluster.decrease else diff
        )
        try:
            base = common.difference(result, signed)
        except HnsError:
            continue
        options.append(
            (
                f"the base as {result.text} less {diff.text}",
                functools.partial(
                    common.change, base, result, stated, cluster.decrease
                ),
            )
        )
    return options


def _agreement_with_reference(
    article: Article,
    sentence: Sentence,
    found: Claim,
    roles: dict[str, int | None],
) -> tuple[str, ...]:
    # Does the top diagnosis agree with the bundled figure of its year?
    verdict = found.verdict
    if not verdict.diagnoses or article.host is None:
        return ()
    top = verdict.diagnoses[0]
    index = roles.get(top.figure)
    fixed = top.verdict.figure(top.figure)
    if index is None or fixed is None:
        return ()
    years = (
        common.years_of(article, sentence, index)
        if index in sentence.members
        else article.years.get(index, [])
    )
    for year in years:
        try:
            check = common.level(fixed, article.host, year)
        except HnsError:
            continue
        if check.status == "consistent":
            reference = check.figure("reference")
            shown = reference.text if reference else ""
            return (
                f"{fixed.text} agrees with the bundled {year.label()}"
                f" figure ({shown})",
            )
    return ()


def growth(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Growth at a stated rate: the base grown by the rate is an amount of
    the sentence or the one before (each is a reading; not pinned).
    """
    if sentence.language is None or not sentence.members:
        return
    for shape in wording(sentence.language).of("growth"):
        for match in shape.pattern.finditer(sentence.tokens):
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
_ABOUT_THE_SAME = Figure(
    __import__("decimal").Decimal(0),
    "about the same",
    "percent",
    __import__("decimal").Decimal(10),
)


def same_level(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    "About the same amount as the previous year": a change of at most
    about 5% over the year before.
    """
    if sentence.language is None or not sentence.members:
        return
    for shape in wording(sentence.language).of("same"):
        for match in shape.pattern.finditer(sentence.tokens):
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
                for note, old in _base_levels(
                    article, sentence, r, _Base(None, 0, "last")
                )
                for new_note, new in article.variants(r)
            ]
            yield from common.claim(article, sentence, "change", [r], options)
