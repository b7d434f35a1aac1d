"""
Conversions: an amount with its value in another currency beside it
(``2017억엔(약 2조1500억원)``, ``201.7 billion yen ($1.83 billion)``),
checked against every rate published within a week of the date, or
against the rate the text itself states (``1ドル=84円``, ``at ¥110 to the
dollar``). A converted figure without a unit takes the currency of a
sibling conversion from the same currency.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import attrs

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.checks import check_conversion
from hns.figures import Figure

__all__ = ["conversions", "stated_rates"]

# "1ドル=84円", "$1 = ¥110", "1달러=1100원".
_RATE = re.compile(r"⟦(\d+)⟧\s*[=＝]\s*⟦(\d+)⟧")


_HEDGED = re.compile(r"about|approximately|around|roughly|some|약|約")


def _pairs(sentence: Sentence) -> Iterator[tuple[int, int, bool]]:
    # (amount, converted, whether a hedge stands before the converted
    # figure, outside it: "(about US $660 million)").
    assert sentence.language is not None
    for shape in wording(sentence.language).of("conversion"):
        for match in shape.pattern.finditer(sentence.tokens):
            lead = sentence.tokens[
                match.end("amount") : match.start("converted")
            ]
            yield (
                int(match.group("amount")),
                int(match.group("converted")),
                bool(_HEDGED.search(lead)),
            )


def _inherited(article: Article) -> dict[str, str]:
    # "(about 2.5 trillion won)" tells what "(approximately 2,126
    # billion)" is in.
    found: dict[str, str] = {}
    for sentence in article.sentences:
        if sentence.language is None or "(" not in sentence.tokens:
            continue
        for a, b, _ in _pairs(sentence):
            amount, stated = article.figure(a), article.figure(b)
            if (
                amount.currency
                and stated.currency
                and amount.currency != stated.currency
            ):
                found.setdefault(amount.currency.code, stated.currency.code)
    return found


def stated_rates(article: Article) -> dict[tuple[str, str], Figure]:
    """
    The exchange rates the text states (``1ドル=84円``): the amount in the
    quote currency for one unit of the base, keyed by (base, quote).
    """
    if "rates" in article.memo:
        return article.memo["rates"]  # type: ignore[no-any-return]
    found: dict[tuple[str, str], Figure] = {}
    article.memo["rates"] = found
    article.memo["rate figures"] = set()
    for sentence in article.sentences:
        if "=" not in sentence.tokens and "＝" not in sentence.tokens:
            continue
        for match in _RATE.finditer(sentence.tokens):
            one = article.figure(int(match.group(1)))
            rate = article.figure(int(match.group(2)))
            if (
                one.currency is not None
                and rate.currency is not None
                and one.currency != rate.currency
                and one.number == 1
            ):
                found[one.currency.code, rate.currency.code] = rate
                pair = int(match.group(1)), int(match.group(2))
                article.used.update(pair)
                article.memo.setdefault("rate figures", set()).update(pair)
    return found


def _at_stated_rate(amount: Figure, stated: Figure, rate: Figure) -> object:
    from hns.fx import FixedRates

    assert amount.currency is not None
    assert stated.currency is not None
    fixed = FixedRates(
        {(amount.currency.code, stated.currency.code): rate.number}
    )
    return check_conversion(amount, stated, rates=fixed, window_days=0)


def conversions(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The conversions of a sentence.
    """
    if sentence.language is None or "(" not in sentence.tokens:
        return
    inherit = article.memo.get("inherit")
    if inherit is None:
        inherit = article.memo["inherit"] = _inherited(article)
    rates = stated_rates(article)
    for a, b, hedged in _pairs(sentence):
        amount, stated = article.figure(a), article.figure(b)
        if hedged and stated.qualifier == "exact":
            stated = attrs.evolve(stated, qualifier="about")
        if amount.currency is None or stated.kind not in {"money", "count"}:
            continue
        if stated.currency == amount.currency:
            continue
        currency = None
        if stated.currency is None:
            currency = inherit.get(amount.currency.code)
            if currency is None:
                continue
        quote = stated.currency.code if stated.currency else currency
        options: list[Option] = []
        given = rates.get((amount.currency.code, quote or ""))
        for note, figure in article.variants(a):
            if given is not None and stated.currency is not None:
                reading = f"at the stated rate of {given.text}"
                if note:
                    reading = f"{reading}; {note}"
                options.append(
                    (
                        reading,
                        functools.partial(
                            _at_stated_rate, figure, stated, given
                        ),  # type: ignore[arg-type]
                    )
                )
                continue
            options.append(
                (
                    note,
                    functools.partial(
                        common.conversion,
                        figure,
                        stated,
                        article.published,
                        currency,
                        article.uncertainty,
                    ),
                )
            )
        yield from common.claim(
            article, sentence, "conversion", [a, b], options
        )
