"""
Changes: a rate, an absolute change or both, either direction, with the
base written (``from 960.2 billion won``, ``9602억원보다``), named by its
year (``지난해보다``, ``compared with FY2014``) or left to the reader (the
year before); a lone difference with its year is checked against the
bundled levels.

Roles come (`hns.audit.finders.roles`) from the cues of the wording
tables: a cluster of stated
figures next to a change verb, a base marked as such, a result marked as
such. A missing result is the amount the sentence (or the one before) is
about; where more than one amount could be, each is a reading and the
claim is not pinned down.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Container, Iterator

import attrs

from hns.audit.article import CURRENCY_OF_HOST, Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common, context
from hns.audit.finders.roles import (
    REACH,
    Base,
    Cluster,
    bases_of,
    clusters_of,
    results_of,
    stated_figures,
    stated_of,
    subjects_of,
    totals_over_years,
)
from hns.audit.readings import CORRECTED, Option
from hns.audit.wording import wording
from hns.checks import reference_figure
from hns.currency import Currency
from hns.errors import HnsError
from hns.figures import Figure

__all__ = ["base_levels", "changes"]


@attrs.frozen
class _Either:
    # Membership in either of two sets, without copying the larger.
    first: Container[int]
    second: Container[int]

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second


def _result_candidates(
    article: Article,
    sentence: Sentence,
    cluster: Cluster,
    results: list[tuple[int, int]],
    exclude: Container[int],
    currency: object,
) -> tuple[list[tuple[Sentence, int]], bool]:
    marked = [
        (at, i)
        for i, at in results
        if i not in exclude
        and article.figure(i).currency == currency
        and abs(at - cluster.start) <= REACH
    ]
    if marked:
        marked.sort(key=lambda item: abs(item[0] - cluster.start))
        return [(sentence, marked[0][1])], True
    own = [
        i
        for i in subjects_of(article, sentence, cluster.start, currency)
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
    theirs = subjects_of(article, earlier, len(earlier.tokens) + 1, currency)
    return [(earlier, i) for i in theirs[:3]], len(theirs) == 1


def base_levels(
    article: Article, where: Sentence, result: int, base: Base
) -> list[tuple[str, Figure]]:
    """
    The levels of the base a year names: the reference figure when the
    result is host-nation support, or an amount of the text of that year.
    """
    if base.year is not None:
        years = [base.year]
    elif base.relative == "this":
        years = article.this_year()
    elif base.relative == "next":
        years = [fy + 1 for fy in article.this_year()]
    else:
        own = context.years_of(article, where, result) or article.this_year()
        years = [fy - 1 for fy in own]
    found: list[tuple[str, Figure]] = []
    series = common.reference(article)
    currency = article.figure(result).currency
    if (
        series is not None
        and article.is_home_money(result)
        and context.quantity(article, where, result) == "hns"
    ):
        amount = abs(article.figure(result).number)
        for fy in dict.fromkeys(years):
            level = series.get(fy)
            # An amount twenty times the budget, or a twentieth of it, is
            # another quantity (a defense budget), not a change of it.
            if level is not None and common.comparable(amount, level.amount):
                found.append(
                    (
                        f"the base as the bundled {fy.label()} figure",
                        reference_figure(level),
                    )
                )
    number = where.number
    for nearby in article.sentences[max(0, number - 3) : number + 1]:
        if nearby.language is None:
            continue
        for i in nearby.members:
            if i == result or article.figure(i).currency != currency:
                continue
            if set(context.years_of(article, nearby, i)) & set(years):
                text = article.figure(i).text
                found.append((f"the base as {text}", article.figure(i)))
    return found


def changes(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The change claims of a sentence.
    """
    if sentence.language is None or not sentence.members:
        return
    clusters = clusters_of(article, sentence)
    if not clusters:
        return
    bases = bases_of(article, sentence)
    results = results_of(sentence)
    # In a long sentence, each change sees only the cues within reach.
    base_at = sorted(bases, key=lambda b: b.at)
    starts = [b.at for b in base_at]
    result_at = sorted(results, key=lambda r: r[1])
    result_starts = [at for _, at in result_at]
    # Each cluster's nearest one before it (in one pass: a run-on text
    # may have thousands in one sentence).
    previous_of: dict[int, Cluster] = {}
    last: Cluster | None = None
    for cluster in sorted(clusters, key=lambda c: c.start):
        if last is not None and last.end <= cluster.start:
            previous_of[id(cluster)] = last
        if last is None or cluster.end > last.end:
            last = cluster
    for cluster in clusters:
        lo, hi = cluster.start - REACH, cluster.start + REACH
        near_bases = base_at[
            bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, hi)
        ]
        near_results = result_at[
            bisect.bisect_left(result_starts, lo) : bisect.bisect_right(
                result_starts, hi
            )
        ]
        previous = previous_of.get(id(cluster))
        shared = _shared_base(article, sentence, previous, cluster, bases)
        yield from _change(
            article, sentence, cluster, near_bases, near_results, shared
        )


def _level_before_rate(
    article: Article, sentence: Sentence, cluster: Cluster, s: int
) -> bool:
    # "pays 201.7 billion yen, or 1.2 percent more", "pays 1.1833
    # trillion won, about $130 million more": with no change word before
    # it, an amount joined to a later percent or amount in another
    # currency may be the level itself, not a change; it is not read as
    # one ("up 78.7 billion won, or 8.2%" keeps both).
    figure = article.figure(s)
    if figure.kind != "money" or s == cluster.stated[-1]:
        return False
    later = cluster.stated[cluster.stated.index(s) + 1 :]
    if not any(
        article.figure(i).kind == "percent"
        or article.figure(i).currency not in (None, figure.currency)
        for i in later
    ):
        return False
    assert sentence.language is not None
    table = wording(sentence.language)
    lead = sentence.tokens[max(0, cluster.start - 24) : cluster.start]
    return not (table.says("up", lead) or table.says("down", lead))


# Words that may put a change's base elsewhere than the year before: a
# span of years, a running total or average, a comparison of its own.
_SPAN_WORDS = re.compile(
    r"\b(?:over|since|years|decade|average|total|cumulative|combined|"
    r"compared|versus|than|between|past|previous|earlier|ago|times)\b"
)


def _year_before(
    article: Article, sentence: Sentence, options: list[Option]
) -> bool:
    # An English change with no base written, but one reading: the level
    # of the year before the result's ("rises 13.9 percent to 1.1833
    # trillion won this year"). It pins the roles down unless a word of
    # the sentence may set the base elsewhere.
    if sentence.language != "en" or len(options) != 1:
        return False
    reading = options[0][0]
    if not reading.startswith("the base as the bundled FY"):
        return False
    table = wording("en")
    if "demand" in table.words and table.says("demand", sentence.tokens):
        return False  # what one side asks for is no change of the level
    return not _SPAN_WORDS.search(sentence.tokens)


def _shared_base(
    article: Article,
    sentence: Sentence,
    previous: Cluster | None,
    cluster: Cluster,
    bases: list[Base],
) -> Base | None:
    # The year a change in money is measured from, when a percent right
    # after it restates the same change: "116.4 billion won more than in
    # 2025, a rise of 7.7 percent" (the year stands before the percent,
    # not after it as a base of its own would in English).
    if previous is None or not all(
        article.figure(i).kind == "percent" for i in cluster.stated
    ):
        return None
    if not any(article.figure(i).kind == "money" for i in previous.stated):
        return None
    gap = sentence.tokens[previous.end : cluster.start]
    if "⟦" in gap or len(gap) > 60 or "," not in gap:
        return None
    years = [
        b
        for b in bases
        if b.index is None and previous.end <= b.at < cluster.start
    ]
    return years[0] if len(years) == 1 else None


def _change(
    article: Article,
    sentence: Sentence,
    cluster: Cluster,
    bases: list[Base],
    results: list[tuple[int, int]],
    shared: Base | None = None,
) -> Iterator[Claim]:
    inside = set(cluster.stated)
    assert sentence.language is not None
    after = wording(sentence.language).base_follows_change
    usable = [
        b
        for b in bases
        if (b.index is None or b.index not in inside)
        and abs(b.at - cluster.start) <= REACH
        # A year named as a base stands on its side of the change ("up
        # 8% from 2025"; "from fiscal 2022" before it is when a deal starts).
        and (b.index is not None or (b.at > cluster.start) == after)
    ]
    if not usable and shared is not None:
        usable = [shared]
    base = min(usable, key=lambda b: abs(b.at - cluster.start), default=None)
    money = [i for i in cluster.stated if article.figure(i).kind == "money"]
    currency = (
        article.figure(base.index).currency
        if base is not None and base.index is not None
        else article.figure(money[0]).currency
        if money
        else None
    )
    # No figure another change states is this one's result.
    key = f"claimed {sentence.number}"
    if key not in article.memo:
        article.memo[key] = stated_figures(
            article, sentence
        ) | totals_over_years(article, sentence)
    claimed = article.memo[key]
    own = set(inside)
    if base is not None and base.index is not None:
        own.add(base.index)
    exclude = _Either(own, claimed)
    if currency is None:
        currencies = {
            article.figure(i).currency
            for i, _ in results
            if article.figure(i).currency is not None
        }
        if len(currencies) == 1:
            currency = currencies.pop()
        elif article.host is not None:
            currency = Currency.of(CURRENCY_OF_HOST[article.host])
    candidates, pinned = _result_candidates(
        article, sentence, cluster, results, exclude, currency
    )
    if not candidates:
        if base is None or base.index is None:
            yield from _lone(article, sentence, cluster, base)
        return
    for s in cluster.stated:
        stated = stated_of(article, cluster, s)
        if stated.kind == "money" and stated.currency != currency:
            continue
        if _level_before_rate(article, sentence, cluster, s):
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
        yes = pinned and (
            base is not None or _year_before(article, sentence, options)
        )
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
    cluster: Cluster,
    base: Base | None,
) -> Iterator[Claim]:
    # "increased by 2.4 billion yen in fiscal 2021", "지난해보다 787억원
    # 늘어난다": a change with neither amount written is the change of the
    # bundled levels, when the text ties it to host-nation support.
    series = common.reference(article)
    if series is None:
        return
    if totals_over_years(article, sentence) or common.matches(
        article, sentence, "previous"
    ):
        return  # the change of a total over years, or of an agreement
    for s in cluster.stated:
        stated = stated_of(article, cluster, s)
        if stated.kind == "money" and not article.is_home_money(s):
            continue
        if _level_before_rate(article, sentence, cluster, s):
            continue
        if context.quantity(article, sentence, s) != "hns":
            continue
        own = context.years_of(article, sentence, s)
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
                        reference_figure(old),
                        reference_figure(new),
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
    cluster: Cluster,
    s: int,
    r: int,
    base: Base | None,
) -> list[Option]:
    stated = stated_of(article, cluster, s)
    olds: list[tuple[str, Figure]]
    if base is not None and base.index is not None:
        olds = article.variants(base.index)
    else:
        implied = base if base is not None else Base(None, 0, "")
        olds = base_levels(article, where, r, implied)
    # A written base is corrected only together with the result, so that a
    # slip of its own is what is diagnosed.
    return [
        (
            "; ".join(x for x in (old_note, new_note) if x),
            functools.partial(
                common.change, old, new, stated, cluster.decrease
            ),
        )
        for old_note, old in olds
        for new_note, new in article.variants(r)
        if not old_note.startswith(CORRECTED) or new_note
    ]


def _derived(
    article: Article, cluster: Cluster, s: int, r: int, others: list[int]
) -> list[Option]:
    # A rate and an absolute change together: the base is the result less
    # the change, whatever the year.
    stated = stated_of(article, cluster, s)
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
        context.years_of(article, sentence, index)
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
