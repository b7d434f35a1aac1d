"""
The year a host began to pay (``思いやり予算は1978年度に始まった``,
``Japan first paid for base workers' wages in 1978``, ``한국은 1991년부터
방위비를 분담해 왔다``), against the bundled milestones (`hns.data`).

Only a sentence about host-nation support itself is read: one that names
an agreement, talks or a span of years speaks of a deal's start (`deals`),
and a continuing form (``has paid since``, ``から負担してきた``,
``부터 분담해 왔다``) with an amount in it, or with words of a change,
speaks of a level, not of the first year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from hns._loading import LOADING
from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common, context
from hns.audit.readings import said
from hns.audit.wording import wording
from hns.data import began as first_year
from hns.errors import HnsError
from hns.fiscal import FiscalYear

if TYPE_CHECKING:
    from hns.agreements import Agreement

__all__ = ["milestones", "spans"]

# Topic words of another quantity: the sentence is not about host-nation
# support alone.
_OTHER = frozenset({"defense", "relocation"})


_YEAR_OR_ERA = re.compile(r"(?:19|20)[0-9]{2}|昭和|平成|令和")


def milestones(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The year host-nation support began, where the sentence says it.
    """
    language = sentence.language
    if language is None or not article.reference:
        return
    if not _YEAR_OR_ERA.search(sentence.tokens):
        return  # every shape of a start names its year
    table = wording(language)
    if not table.of("began") or not common.mentions(
        article, language, "began"
    ):
        return
    if not table.says("began", sentence.tokens) or table.says(
        "deal", sentence.tokens
    ):
        return
    quantities = context.named(article, sentence)
    if "hns" not in quantities or quantities & _OTHER:
        return
    for _, match in common.matches(article, sentence, "began"):
        groups = match.groupdict()
        if groups.get("since") and (
            sentence.members or table.says("change", sentence.tokens)
        ):
            continue
        host = context.country(article, sentence, match.start(), match.end())
        began = first_year(host or "")
        year = _year(match.group("year"))
        if began is None or year is None:
            continue
        fits = year == began.year.year
        who = "Japan's" if host == "JP" else "Korea's"
        first = began.year.year
        when = f"JFY{first}" if host == "JP" else str(first)
        reason = f"{who} host-nation support began in {when}" + (
            "" if fits else f", not in {year}"
        )
        yield _claim(
            article,
            sentence,
            fits,
            reason,
            began.sources,
            f"the year {who} host-nation support began",
        )


def _year(written: str) -> int | None:
    # A year as written: "1978", "昭和53" (an era year, read as its
    # fiscal year).
    if written.isdigit():
        return int(written)
    try:
        return FiscalYear.parse(written + "年度").year
    except HnsError:
        return None


# Two years joined into a span, as every "covers" shape needs one: a quick
# test before the shapes ("2016-2020", "2016 to 2020", "2020~2025년",
# "2016年度から2020年度", "2020년부터 2025년").
_YEARS_JOINED = re.compile(
    r"(?:19|20)[0-9]{2}\s*(?:年度|年|년)?\s*"
    "(?:[-–~～\u223c]|to\\b|through\\b|until\\b|から|부터)\\s*"
    r"(?:fiscal\s+|fy\s*)?(?:19|20)?[0-9]{2}(?![0-9])"
)


def spans(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The years an agreement covers (``the 11th SMA, which covers 2020 to
    2025``, ``제11차 방위비분담특별협정(2020~2025년)``,
    ``2016年度から2020年度までの特別協定``), against the registry: the
    agreement of that number, else the one that starts in the first year
    (with its extensions). A span no registered agreement starts is left
    alone: it may be one the registry does not hold.
    """
    language = sentence.language
    if language is None or not article.reference:
        return
    table = wording(language)
    if (
        not table.of("covers")
        or not _YEARS_JOINED.search(sentence.tokens)
        or not table.says("deal", sentence.tokens)
    ):
        return
    with LOADING:
        # on first use: hns.audit loads without hns.agreements
        from hns import agreements

    for _, match in common.matches(article, sentence, "covers"):
        groups = match.groupdict()
        host = context.country(article, sentence, match.start(), match.end())
        first, last = int(groups["first"]), int(groups["last"])
        if last < 100:  # "2016-20"
            last += first - first % 100
        counted = groups.get("ofig")
        ordinal = (
            common.whole(article.figure(int(counted)).number)
            if counted
            else int(groups["ordinal"])
            if groups.get("ordinal")
            else None
        )
        # Without a host named, the agreement the number or first year
        # names in either registry, if only one does.
        named = [
            a
            for h in ([host] if host else ["JP", "KR"])
            for a in agreements.all(h)
            if (a.ordinal == ordinal if ordinal else a.first.year == first)
        ]
        if len(named) != 1:
            continue
        agreement = named[0]
        ends = _ends(agreement)
        fits = agreement.first.year == first and last in ends
        runs = (
            f"{agreement.first.year}-{agreement.last.year}"
            if agreement.length > 1
            else f"{agreement.first.year} only"
        )
        if ends != [agreement.last.year]:
            runs += f" ({agreement.first.year}-{ends[-1]} extended)"
        reason = f"{agreement.title} covers {runs}" + (
            "" if fits else f", not {first}-{last}"
        )
        yield _claim(
            article,
            sentence,
            fits,
            reason,
            agreement.sources,
            f"the years of {agreement.title}",
        )


def _claim(
    article: Article,
    sentence: Sentence,
    fits: bool,
    reason: str,
    sources: tuple[str, ...],
    reading: str,
) -> Claim:
    # A milestone claim: the sentence, whether it fits, why, and where the
    # reference comes from.
    verdict = said(
        "milestone", "consistent" if fits else "inconsistent", reason
    )
    return common.stated_claim(
        article,
        sentence,
        "milestone",
        (sentence.start, sentence.start + 240),
        verdict.citing(*sources),
        reading,
    )


def _ends(agreement: Agreement) -> list[int]:
    # The last years *agreement* runs to: its own, then each extension's
    # (the successors that extend the one before).
    ends = [agreement.last.year]
    current, following = agreement, agreement.successor
    while following is not None and following.extends == current.id:
        ends.append(following.last.year)
        current, following = following, following.successor
    return ends
