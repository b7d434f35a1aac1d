"""
Agreements: a total over the years of a deal (``1.05 trillion yen over
five years``, ``5년간 총액 1조550억엔``), its yearly average (``an average
of 211 billion yen a year``, ``年平均1893億円``), checked against the
bundled agreements in force or about to be; and when the current deal
expires (``the current five-year deal will expire next month``).

Totals in news copy are often cut, not rounded: both readings count. A
yearly amount may also be the level of a year of the deal: each is a
reading.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Any

from hns._loading import LOADING
from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common, context
from hns.audit.readings import Option, said
from hns.audit.wording import wording
from hns.checks import check_level, reference_figure
from hns.errors import HnsError
from hns.figures import Figure, Rounding

__all__ = [
    "agreement_candidates",
    "agreement_figures",
    "expiry",
    "previous_agreement",
]

# A year in digits, not part of a longer number.
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")

_ROUNDINGS: tuple[Rounding, ...] = ("nearest", "either")


def agreement_candidates(article: Article) -> list[Any]:
    """
    The agreements of the article's host with a total that may be in force
    when it was published (or within two years after).
    """
    with LOADING:
        # on first use: hns.audit loads without hns.agreements
        from hns import agreements

    if article.host is None or article.published is None:
        return []
    published = article.published
    return [
        a
        for a in agreements.all(article.host)
        if a.total is not None
        and a.first.start <= published + dt.timedelta(days=730)
        and a.expires >= published
    ]


def previous_agreement(agreement: Any) -> Any:
    """
    The agreement of the same host in force before *agreement* (not an
    extension), or None.
    """
    with LOADING:
        # on first use: hns.audit loads without hns.agreements
        from hns import agreements

    earlier = [
        a
        for a in agreements.all(agreement.host)
        if a.extends is None and a.last < agreement.first
    ]
    return max(earlier, key=lambda a: a.last.year, default=None)


def _count(
    table: Any, groups: dict[str, str | None], article: Article
) -> int | None:
    if groups.get("count"):
        figure = article.figure(int(groups["count"] or 0))
        return int(figure.number) if figure.kind == "count" else None
    if groups.get("number"):
        return int(table.words["number"].index(groups["number"])) + 1
    return None


def agreement_figures(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Totals and yearly averages of the agreements in force or about to be.
    """
    if sentence.language is None or not sentence.members:
        return
    candidates = agreement_candidates(article)
    if not candidates:
        return
    table = wording(sentence.language)
    seen: set[int] = set()
    for shape, match in common.matches(article, sentence, "total"):
        if "count" not in shape.roles:
            continue
        t = int(match.group("total"))
        if t in seen or context.quantity(article, sentence, t) != "hns":
            continue
        seen.add(t)
        years = _count(table, match.groupdict(), article)
        figure = article.figure(t)
        options: list[Option] = [
            (
                f"the total of {a.title}",
                functools.partial(
                    check_level, figure.with_rounding(r), a.total
                ),
            )
            for a in candidates
            if a.length == years
            for r in _ROUNDINGS
        ]
        counted = [int(match.group("count"))] if match.group("count") else []
        for found in common.claim(
            article, sentence, "total", [t, *counted], options
        ):
            _name(article, found, candidates)
            yield found
    seen.clear()
    for _, match in common.matches(article, sentence, "average"):
        a = int(match.group("average"))
        if a in seen:
            continue
        seen.add(a)
        if common.compared(sentence, a):
            continue  # "21.7 billion yen a year more than under ...": a change
        if context.quantity(article, sentence, a) != "hns":
            continue
        if article.figure(a).currency != candidates[0].total.currency:
            continue
        named, pinned = _named(article, sentence, candidates)
        for found in common.claim(
            article,
            sentence,
            "average",
            [a],
            _averages(article, article.figure(a), named),
            pinned=pinned,
        ):
            _name(article, found, candidates)
            yield found


def _named(
    article: Article, sentence: Sentence, candidates: list[Any]
) -> tuple[list[Any], bool]:
    # The agreements a yearly amount may be of: those in force or about
    # to be, the one before them when the sentence speaks of an earlier
    # deal ("under the previous pact", "前の協定"), and those whose first
    # year it names ("fiscal 2016 to 2020"). One whose total no source
    # states leaves the claim open.
    with LOADING:
        # on first use: hns.audit loads without hns.agreements
        from hns import agreements

    assert sentence.language is not None
    assert article.host is not None
    table = wording(sentence.language)
    found = list(candidates)
    earlier = (
        [previous_agreement(a) for a in candidates if a.extends is None]
        if table.says("earlier", sentence.tokens)
        else []
    )
    years = {int(y) for y in _YEAR.findall(sentence.tokens)}
    earlier += [
        a for a in agreements.all(article.host) if a.first.year in years
    ]
    for agreement in earlier:
        if agreement is not None and agreement not in found:
            found.append(agreement)
    pinned = all(a is not None and a.total is not None for a in earlier)
    return [a for a in found if a.total is not None], pinned


def _name(article: Article, found: Claim, candidates: list[Any]) -> None:
    # The agreement a consistent total or average matched is the one the
    # article speaks of.
    if found.verdict.status != "consistent":
        return
    for agreement in candidates:
        if found.reading.endswith(agreement.title):
            named = article.memo.setdefault("agreements", [])
            if agreement not in named:
                named.append(agreement)


def _averages(
    article: Article, figure: Figure, candidates: list[Any]
) -> list[Option]:
    options: list[Option] = []
    series = common.reference(article)
    for agreement in candidates:
        for r in _ROUNDINGS:
            options.append(
                (
                    f"the yearly average of {agreement.title}",
                    functools.partial(
                        check_level,
                        figure.with_rounding(r),
                        agreement.average_per_year(),
                    ),
                )
            )
        for fy in agreement.fiscal_years if series is not None else ():
            level = series.get(fy) if series is not None else None
            if level is not None:
                options.append(
                    (
                        f"the level of {fy.label()} under {agreement.title}",
                        functools.partial(
                            check_level, figure, reference_figure(level)
                        ),
                    )
                )
    return options


def expiry(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    When the agreement in force expires (``the current five-year deal will
    expire next month``, ``現行の特別協定は今年3月末に期限が切れる``,
    ``제11차 특별협정은 올해 말 만료된다``), against the bundled registry.
    """
    host, published = article.host, article.published
    if host is None or published is None or sentence.language is None:
        return
    table = wording(sentence.language)
    if (
        not table.of("expiry")
        or not common.mentions(article, sentence.language, "expire")
        or not table.says("expire", sentence.tokens)
    ):
        return
    with LOADING:
        # on first use: hns.audit loads without hns.agreements or hns.when
        from hns import agreements
        from hns.when import resolve_period  # on first use, as above

    for _, match in common.matches(article, sentence, "expiry"):
        when = match.group("when").strip()
        try:
            period = resolve_period(when, published, article.calendar)
        except HnsError:
            continue
        agreement = agreements.in_force(published, host)
        if agreement is None:
            status, reason = "undetermined", f"no {host} agreement in force"
        else:
            problems = []
            if not period.contains(agreement.expires):
                problems.append(
                    f"it expires on {agreement.expires}, not {when} ({period})"
                )
            written = match.groupdict().get("expiry_year")
            if written and int(written) != agreement.expires.year:
                problems.append(
                    f"it expires on {agreement.expires}, not in {written}"
                )
            years = _count(table, match.groupdict(), article)
            if years is not None and years != agreement.length:
                problems.append(
                    f"it runs {agreement.length} years, not {years}"
                )
            status = "inconsistent" if problems else "consistent"
            found = (
                "; ".join(problems)
                if problems
                else f"it expires on {agreement.expires}, {when} ({period})"
            )
            reason = f"{agreement.title} ({agreement.id}): {found}"
        yield common.stated_claim(
            article,
            sentence,
            "agreement",
            (sentence.start, sentence.start + 240),
            said("agreement", status, reason),  # type: ignore[arg-type]
        )
