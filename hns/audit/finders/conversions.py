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
from decimal import Decimal

import attrs

from hns._loading import LOADING
from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.checks import check_conversion
from hns.currency import Currency, currency_for_word
from hns.figures import Figure
from hns.money import Money
from hns.verdicts import Verdict

__all__ = ["conversions", "stated_rates"]

# "1ドル=84円", "$1 = ¥110", "1달러=1100원".
_RATE = re.compile(r"⟦(\d+)⟧\s*[=＝]\s*⟦(\d+)⟧")


_HEDGED = re.compile(r"about|approximately|around|roughly|some|약|約")


def _pairs(sentence: Sentence) -> Iterator[tuple[int, int, bool]]:
    # (amount, converted, whether a hedge stands before the converted
    # figure, outside it: "(about US $660 million)").
    assert sentence.language is not None
    for shape in wording(sentence.language).of("conversion"):
        for match in shape.finditer(sentence.tokens):
            lead = sentence.tokens[
                match.end("amount") : match.start("converted")
            ]
            yield (
                int(match.group("amount")),
                int(match.group("converted")),
                bool(_HEDGED.search(lead)),
            )


def _in_parentheses(sentence: Sentence, a: int, b: int) -> bool:
    # Whether the converted figure *b* stands in brackets after *a*.
    tokens = sentence.tokens
    at, to = tokens.find(f"⟦{a}⟧"), tokens.find(f"⟦{b}⟧")
    return 0 <= at < to and ("(" in tokens[at:to] or "（" in tokens[at:to])


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
    The exchange rates the text states (``1ドル=84円``, ``at 110 yen per
    dollar``, ``달러당 1170원``, ``100ウォンあたり9.8円``): the amount in the
    quote currency for one unit of the base, keyed by (base, quote). The
    figures that state them are no amounts of their own.
    """
    if "rates" in article.memo:
        return article.memo["rates"]  # type: ignore[no-any-return]
    found: dict[tuple[str, str], Figure] = {}
    figures: set[int] = set()
    article.memo["rates"] = found
    article.memo["rate figures"] = figures
    article.memo["rate sentences"] = set()
    for sentence in article.sentences:
        if sentence.language is None or not sentence.members:
            continue
        for one, rate in _rates_in(article, sentence):
            base, quote = one.currency, rate.currency
            if base is None or quote is None or base == quote:
                continue
            if not one.number:
                continue
            per_one = rate
            if one.number != 1:
                per_one = attrs.evolve(
                    rate,
                    value=rate.value / one.number,
                    resolution=rate.resolution / one.number,
                )
            found[base.code, quote.code] = per_one
            article.memo["rate sentences"].add(sentence.number)
    return found


def _rates_in(
    article: Article, sentence: Sentence
) -> Iterator[tuple[Figure, Figure]]:
    # (one unit of the base, its price in the quote currency).
    figures: set[int] = article.memo["rate figures"]
    for match in _RATE.finditer(sentence.tokens):
        pair = int(match.group(1)), int(match.group(2))
        figures.update(pair)
        article.used.update(pair)
        yield article.figure(pair[0]), article.figure(pair[1])
    assert sentence.language is not None
    for shape in wording(sentence.language).of("rate"):
        for match in shape.finditer(sentence.tokens):
            r = int(match.group("rate"))
            groups = match.groupdict()
            if groups.get("amount"):
                one = article.figure(int(groups["amount"]))
                figures.add(int(groups["amount"]))
            else:
                currency = _per(article, sentence, r, groups.get("per"))
                if currency is None:
                    continue
                one = Figure(Money(1, currency), "1", "money", Decimal(1))
            figures.add(r)
            article.used.add(r)
            yield one, article.figure(r)


def _per(
    article: Article, sentence: Sentence, r: int, word: str | None
) -> Currency | None:
    # The currency a rate is for: the one named ("per dollar"), else the
    # only other currency of the sentence ("환율 10.6원": yen beside won).
    if word:
        return currency_for_word(word)
    quote = article.figure(r).currency
    others = {
        article.figure(i).currency
        for i in sentence.members
        if article.figure(i).currency not in (None, quote)
    }
    return others.pop() if len(others) == 1 else None


def _at_stated_rate(amount: Figure, stated: Figure, rate: Figure) -> Verdict:
    with LOADING:
        # on first use: hns.audit loads without hns.fx
        from hns.fx import FixedRates

    assert amount.currency is not None
    assert stated.currency is not None
    fixed = FixedRates(
        {(amount.currency.code, stated.currency.code): rate.number}
    )
    return check_conversion(amount, stated, rates=fixed, window_days=0)


def _in_prose(
    article: Article,
    sentence: Sentence,
    rates: dict[tuple[str, str], Figure],
) -> Iterator[Claim]:
    # A sentence that states a rate converts at it: each amount and the
    # nearest amount after it in the other currency of the rate ("At 110
    # yen per dollar, the $8 billion demand equals 880 billion yen").
    skip: set[int] = article.memo["rate figures"]
    amounts = [
        i
        for i in sentence.members
        if i not in skip and article.figure(i).kind == "money"
    ]
    taken: set[int] = set()
    for k, a in enumerate(amounts):
        if a in taken:
            continue
        first = article.figure(a)
        for b in amounts[k + 1 : k + 4]:
            second = article.figure(b)
            if first.currency is None or second.currency is None:
                continue
            pair = (first.currency.code, second.currency.code)
            if (given := rates.get(pair)) is not None:
                amount, stated = first, second
            elif (given := rates.get(pair[::-1])) is not None:
                amount, stated = second, first
            else:
                continue
            if sentence.position(b) - sentence.position(a) > 120:
                break
            taken.update((a, b))
            options: list[Option] = [
                (
                    f"at the stated rate of {given.text}",
                    functools.partial(_at_stated_rate, amount, stated, given),
                )
            ]
            yield from common.claim(
                article,
                sentence,
                "conversion",
                [a, b],
                options,
                keep=common.past_the_rates,
            )
            break


def conversions(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The conversions of a sentence.
    """
    if sentence.language is None:
        return
    rates = stated_rates(article)
    if sentence.number in article.memo["rate sentences"]:
        yield from _in_prose(article, sentence, rates)
    inherit = article.memo.get("inherit")
    if inherit is None:
        inherit = article.memo["inherit"] = _inherited(article)
    for a, b, hedged in _pairs(sentence):
        amount, stated = article.figure(a), article.figure(b)
        if hedged:
            stated = common.hedged(stated)
        if amount.currency is None or stated.kind not in {"money", "count"}:
            continue
        if stated.currency is None and not _in_parentheses(sentence, a, b):
            continue  # "X yen, or some 2,126": only a bracket says it is
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
                        ),
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
                        article.rates,
                    ),
                )
            )
        yield from common.claim(
            article,
            sentence,
            "conversion",
            [a, b],
            options,
            keep=common.past_the_rates,
        )
