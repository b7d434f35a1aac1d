"""
Levels of a year: an amount the text attributes to a year (``fiscal
2021``, ``2019년``, ``昨年度``, ``last year's``), checked against the bundled
host-nation-support series only when the text ties the amount to that
quantity and to no other. An amount in another currency is checked
through the rates of the day and of its year (readings, never pinned).
A difference, a yearly rate or a total over years is never a level.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from hns import _regex
from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common, context
from hns.audit.finders.roles import (
    bases_of,
    stated_figures,
    totals_over_years,
)
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.checks import check_level, check_total, reference_figure
from hns.data import korea_sma_usd
from hns.fiscal import FiscalYear

__all__ = ["levels"]


@functools.cache
def _not_a_level(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # Words after a figure ("a year", "over five years") or before it
    # ("연간", "年平均") that make it a rate or a total, not a level.
    table = wording(language)
    rate = table.alternatives("per_year")
    average = table.alternatives("average")
    after = _regex.compile(
        rf"\s*(?:{rate}|씩|in total|over (?:the next |the past )?"
        r"[a-z0-9]+ years)"
    )
    before = _regex.compile(rf"(?:{rate}|{average})\s*(?:약\s*|約\s*)?$")
    return after, before


# An opening parenthesis right before a figure: a conversion's.
_OPENING = re.compile(r"[(（]\s*$")
# Two years a span runs between: "from 2014 to 2018", "2014~2018년",
# "18年度から20年度", "2020년과 2021년".
_SPAN = re.compile(
    r"(?<![0-9⟦])((?:19|20)?[0-9]{2})\s*(?:年度|年|년도|년)?\s*"
    r"(?:~|〜|～|-|–|から|부터|to|through|and|과|와|と)\s*"
    r"(?:fiscal\s+)?((?:19|20)?[0-9]{2})(?![0-9⟧])"
)


def _span_sum(
    article: Article, sentence: Sentence, index: int, where: int
) -> Iterator[Claim]:
    # An amount of several years is the sum of their bundled levels, when
    # the text names the span and ties the amount to host-nation support.
    series = common.reference(article)
    if series is None or not article.is_home_money(index):
        return
    spans = list(
        _SPAN.finditer(sentence.tokens, max(0, where - context.WINDOW), where)
    )
    if not spans or context.quantity(article, sentence, index) != "hns":
        return
    first, last = (_full(y) for y in spans[-1].groups())
    if not 1 <= last - first <= 9:
        return
    levels = [
        series.get(FiscalYear(year, article.calendar))
        for year in range(first, last + 1)
    ]
    if any(level is None for level in levels):
        return  # a year no source gives: the sum stays unknown
    parts = [reference_figure(level) for level in levels if level]
    figure = article.figure(index)
    options: list[Option] = [
        (
            f"the bundled figures of {first} to {last} added up",
            functools.partial(check_total, parts, figure),
        )
    ]
    yield from common.claim(article, sentence, "sum", [index], options)


def _full(year: str) -> int:
    # A year written in two digits is of this century or the last.
    short = int(year)
    if len(year) == 4:
        return short
    return 2000 + short if short < 70 else 1900 + short


def _several_years(sentence: Sentence, where: int, end: int) -> str | None:
    # "sum" when words near an amount make it several years added up
    # ("合計", "in total", "모두"), "span" when two joined years stand
    # before it ("between 2014 and 2018"): either way, no one year's level.
    assert sentence.language is not None
    table = wording(sentence.language)
    tokens = sentence.tokens
    near = tokens[max(0, where - 60) : where] + tokens[end : end + 20]
    if "span" in table.words and table.says("span", near):
        return "sum"
    if context.spanned(sentence, where):
        return "span"
    return None


def levels(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The levels of a year that a sentence states.
    """
    series = common.reference(article)
    if series is None or sentence.language is None or not sentence.members:
        return
    after, before = _not_a_level(sentence.language)
    stated = stated_figures(article, sentence) | totals_over_years(
        article, sentence, averages=True
    )
    totals = totals_over_years(article, sentence)
    bases = {
        b.index for b in bases_of(article, sentence) if b.index is not None
    }
    tokens = sentence.tokens
    table = wording(sentence.language)
    demand = table.pattern("demand") if "demand" in table.words else None
    for index in sentence.members:
        figure = article.figure(index)
        if index in totals:
            # A total over years that names its span: the sum of the years.
            yield from _span_sum(
                article, sentence, index, sentence.position(index)
            )
            continue
        if figure.kind != "money" or index in stated:
            continue
        where = sentence.position(index)
        end = where + len(f"⟦{index}⟧")
        if _OPENING.search(tokens[max(0, where - 12) : where]):
            continue  # a conversion in parentheses, checked as such
        if demand is not None and demand.search(
            tokens[max(0, where - 100) : where]
        ):
            continue  # a demand or a proposal is not the level of a year
        several = _several_years(sentence, where, end)
        if several == "sum":
            # "18年度から20年度までの3年間…計5935億円": the sum of the years.
            yield from _span_sum(article, sentence, index, where)
        if several or after.match(tokens, end):
            continue
        if before.search(tokens[max(0, where - 12) : where]):
            continue
        years = context.years_of(article, sentence, index)
        if index in bases and not context.attached(sentence, index):
            continue  # a change's base takes only a year written on it
        if not years:
            continue
        if context.quantity(article, sentence, index) != "hns":
            continue
        home = article.is_home_money(index)
        dollars = [] if home else _dollar_years(article, index, years)
        if dollars:
            # Years the sources give in dollars (Korea before 2005).
            options, pinned = dollars, True
        else:
            options = (
                _home(article, index, years)
                if home
                else _foreign(article, index, years)
            )
            pinned = home
        for found in common.claim(
            article, sentence, "level", [index], options, pinned=pinned
        ):
            _remember(article, index, found)
            yield found


def _home(
    article: Article, index: int, years: list[FiscalYear]
) -> list[Option]:
    assert article.host is not None
    figure = article.figure(index)
    series = common.reference(article)
    assert series is not None
    options: list[Option] = []
    for fy in years:
        level = series.get(fy)
        if level is not None and not common.comparable(
            figure.number, level.amount
        ):
            continue
        options.append(
            (
                f"{figure.text} for {fy.label()}",
                functools.partial(common.level, figure, article.host, fy),
            )
        )
    return options


def _dollar_years(
    article: Article, index: int, years: list[FiscalYear]
) -> list[Option]:
    # A dollar amount of a year the sources give in dollars only (Korea's
    # 1991-2004 contributions), checked against that figure as it stands.
    figure = article.figure(index)
    if article.host != "KR" or figure.currency is None:
        return []
    if figure.currency.code != "USD":
        return []
    series = korea_sma_usd()
    options: list[Option] = []
    for fy in years:
        level = series.get(fy)
        if level is None or not common.comparable(figure.number, level.amount):
            continue
        options.append(
            (
                f"{figure.text} for {fy.label()} (in dollars)",
                functools.partial(check_level, figure, series, fy),
            )
        )
    return options


def _foreign(
    article: Article, index: int, years: list[FiscalYear]
) -> list[Option]:
    # The year's level converted at the rate of the day or of the year.
    figure = article.figure(index)
    series = common.reference(article)
    if series is None or figure.currency is None:
        return []
    options: list[Option] = []
    for fy in years:
        level = series.get(fy)
        if level is None:
            continue
        base = reference_figure(level)
        days = [article.published] if article.published else []
        days.append(fy.start + (fy.end - fy.start) / 2)
        for day in days:
            options.append(
                (
                    f"{figure.text} for {fy.label()} at the rate of {day}",
                    functools.partial(
                        common.conversion,
                        base,
                        figure,
                        day,
                        None,
                        article.uncertainty,
                        article.rates,
                    ),
                )
            )
    return options


def _remember(article: Article, index: int, found: Claim) -> None:
    # A level check that found a slip of the figure itself lends its
    # correction to the other claims the figure is in.
    verdict = found.verdict
    top = verdict.diagnoses[0] if verdict.diagnoses else None
    if top is not None and top.figure == "stated":
        fixed = top.verdict.figure("stated")
        if fixed is not None:
            note = f"reading {article.figure(index).text} as {fixed.text}"
            article.corrected[index] = (fixed, note)
