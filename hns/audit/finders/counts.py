"""
Troop counts: a count of US personnel (``28,500 U.S. troops``, ``주한미군
2만8500명``, ``約5万5000人の在日米軍``), checked against the band of counts
the sources print for its country (`hns.data.personnel`), for articles
of the years the sources speak for. Civilians, dependents and counts
given "respectively" are left alone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal

from hns.audit.article import Article, Sentence
from hns.audit.claims import Claim
from hns.audit.finders import common, context
from hns.audit.finders.relations import FEW, nearby, window
from hns.audit.readings import Option
from hns.audit.wording import wording
from hns.checks import (
    check_average,
    check_level,
    citation,
    reference_figure,
)
from hns.data import Band, personnel
from hns.figures import Figure
from hns.fiscal import FiscalYear
from hns.money import Money
from hns.series import Series
from hns.verdicts import Verdict

__all__ = ["counts", "per_capita"]


def counts(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    The troop counts of a sentence.
    """
    if sentence.language is None or not common.mentions(
        article, sentence.language, "troops"
    ):
        return
    if (
        sentence.language is None
        or article.published is None
        or not article.reference
    ):
        return
    table = wording(sentence.language)
    civilians = table.pattern("civilians")
    if civilians.search(sentence.tokens):
        return
    bands = personnel()
    for shape in table.of("count"):
        for match in shape.finditer(sentence.tokens):
            c = int(match.group("count"))
            figure = article.figure(c)
            if figure.kind != "count" or c in article.used:
                continue
            if figure.number < 1000:
                continue  # "1人当たり", "one soldier": not a troop level
            host = context.country(
                article, sentence, match.start(), match.end()
            )
            band = bands.get(host or "")
            if band is None or not (
                band.first <= article.published.year <= band.last
            ):
                continue
            reference = _band_figure(band)
            shown = reference.text
            sources = "; ".join(band.sources)
            cited = tuple(f"US personnel in {host}: {s}" for s in band.sources)
            options: list[Option] = [
                (
                    f"US personnel in {host}: {shown} ({sources})",
                    functools.partial(_cited_level, figure, reference, cited),
                )
            ]
            yield from common.claim(article, sentence, "count", [c], options)


def _cited_level(
    figure: Figure, reference: Figure, sources: tuple[str, ...]
) -> Verdict:
    # A count against the band, naming the band's sources.
    return check_level(figure, reference).citing(*sources)


def _band_figure(band: Band) -> Figure:
    # The band of counts as one figure: its middle, give or take half its
    # width ("50,000 to 55,000"; "28,500" when the sources agree).
    middle = Decimal(band.low + band.high) / 2
    width = Decimal(max(band.high - band.low, 1))
    shown = (
        f"{band.low:,}"
        if band.low == band.high
        else f"{band.low:,} to {band.high:,}"
    )
    return Figure(middle, shown, "count", width)


def per_capita(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    Amounts per person: a total of the text over a count of the text, in
    the same currency (each pair a reading; pinned when only one can be).
    """
    if sentence.language is None or not sentence.members:
        return
    for shape in wording(sentence.language).of("per_capita"):
        for match in shape.finditer(sentence.tokens):
            p = int(match.group("per"))
            stated = article.figure(p)
            if stated.kind != "money":
                continue
            at = sentence.position(p)
            people = [
                i
                for s in window(article, sentence)
                for i in (
                    s.near(at, 300, 300) if s is sentence else s.members[-FEW:]
                )
                if article.figure(i).kind == "count"
                and article.figure(i).number >= 100
            ]
            totals = [
                i
                for i in nearby(article, sentence, at)
                if i != p
                and article.figure(i).currency == stated.currency
                and article.figure(i).number > stated.number * 100
            ]
            converted = False
            if not totals and article.published is not None:
                # "¥201.7 billion ... about $370,000 for each of the
                # 55,000": a total in the host's currency, the amount per
                # person in another, at the rates of the day.
                totals = _host_totals(article, sentence, at, p, stated)
                converted = bool(totals)
            options: list[Option] = [
                (
                    f"{article.figure(t).text} over {article.figure(c).text}"
                    + (" at the rates of the day" if converted else ""),
                    functools.partial(
                        check_average,
                        article.figure(t),
                        article.figure(c),
                        stated,
                        on=article.published if converted else None,
                        rates=article.rates if converted else None,
                    ),
                )
                for t in totals
                for c in people
            ]
            pinned = len(totals) == 1 and len(people) == 1
            if not people:
                # No count written: the US personnel of the host, every
                # count of the sourced band a reading.
                options, pinned = _over_band(article, sentence, totals, stated)
            yield from common.claim(
                article, sentence, "per_capita", [p], options, pinned=pinned
            )


def _host_totals(
    article: Article, sentence: Sentence, at: int, p: int, stated: Figure
) -> list[int]:
    # Amounts in the host's currency near a per-person amount in another
    # one: host-nation support, written in the sentence itself.
    if stated.currency is None or article.is_home_money(p):
        return []
    return [
        i
        for i in nearby(article, sentence, at)
        if i != p
        and i in sentence.members
        and article.is_home_money(i)
        and context.quantity(article, sentence, i) in (None, "hns")
    ]


def _over_band(
    article: Article, sentence: Sentence, totals: list[int], stated: Figure
) -> tuple[list[Option], bool]:
    # A total of host-nation support over the band of US personnel the
    # sources print for the host, in the years they speak for.
    band = personnel().get(article.host or "")
    published = article.published
    if band is None or published is None:
        return [], False
    if not band.first <= published.year <= band.last:
        return [], False
    hns_totals = [
        t for t in totals if context.quantity(article, sentence, t) == "hns"
    ]
    count = _band_figure(band)
    shown = count.text
    cited = tuple(f"US personnel in {band.host}: {s}" for s in band.sources)
    options: list[Option] = [
        (
            f"{article.figure(t).text} over US personnel in {band.host}"
            f" ({shown})",
            functools.partial(
                _cited_average, article.figure(t), count, stated, cited
            ),
        )
        for t in hns_totals
    ]
    return options, len(hns_totals) == 1


def _cited_average(
    total: Figure, count: Figure, stated: Figure, sources: tuple[str, ...]
) -> Verdict:
    # A total over the band of counts, naming the band's sources.
    return check_average(total, count, stated).citing(*sources)


def per_period(article: Article, sentence: Sentence) -> Iterator[Claim]:
    """
    A year's amount per day or per month (``¥550 million a day``,
    ``1日あたり約5.5億円``, ``하루 약 32억원``, ``月額``): the bundled level
    of the year the text names over its days or its twelve months.
    """
    if sentence.language is None or not sentence.members:
        return
    series = common.reference(article)
    if series is None:
        return
    for shape in wording(sentence.language).of("per_period"):
        for match in shape.finditer(sentence.tokens):
            p = int(match.group("per"))
            if not article.is_home_money(p):
                continue
            if context.quantity(article, sentence, p) != "hns":
                continue
            years = context.years_of(article, sentence, p)
            if not years:
                # "2021年度の…2017億円で、1日あたり約5.5億円": the year of
                # the level it is a part of.
                earlier = [
                    i
                    for i in sentence.members
                    if i < p and article.is_home_money(i)
                ]
                if earlier:
                    years = context.years_of(article, sentence, earlier[-1])
            daily = match.group("period") not in _MONTHLY
            options: list[Option] = []
            for fy in years:
                level = series.get(fy)
                if level is None:
                    continue
                parts = fy.days if daily else 12
                unit = "day" if daily else "month"
                options.append(
                    (
                        f"the {fy.label()} level per {unit} ({parts} {unit}s)",
                        functools.partial(
                            _per_part, article.figure(p), series, fy, parts
                        ),
                    )
                )
            yield from common.claim(
                article, sentence, "per_period", [p], options
            )


# The words of a month ("月額", "한 달"); the others are of a day.
_MONTHLY = frozenset(
    {"month", "月額", "1カ月", "1か月", "ひと月", "한 달", "한달", "월"}
)


def _per_part(
    stated: Figure, series: Series, year: FiscalYear, parts: int
) -> Verdict:
    # The year's bundled level split into *parts* equal parts.
    level = series.get(year)
    assert level is not None
    reference = reference_figure(level)
    share = Figure(
        Money(reference.number / parts, level.currency),
        f"{reference.text} / {parts}",
        "money",
        reference.resolution / parts,
    )
    return check_level(stated, share).citing(citation(series, year))
