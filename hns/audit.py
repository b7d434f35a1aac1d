"""
Audit a whole article: find its figures, link them into the claims news
copy makes (changes, conversions, multiples, levels of a year, agreement
timing), check each against the others and the bundled reference data,
and report.

Precision over recall: a text is often ambiguous ("this year's
contribution" in January may mean the budget year named for this year or
the fiscal year under way), so every reading a careful reader would accept
is checked, and a claim is inconsistent only when no reading fits.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from hns._values import fields_repr
from hns.checks import (
    _ranked,
    _reference_figure,
    check_change,
    check_conversion,
    check_level,
    check_ratio,
)
from hns.errors import HnsError, ParseError
from hns.figures import Figure, Rounding
from hns.finding import (
    Found,
    When,
    find_figures,
    find_times,
    sentences,
)
from hns.fiscal import JAPAN, KOREA, FiscalYear, fiscal_year
from hns.numerals import lazy_pattern, normalize
from hns.verdicts import Verdict

if TYPE_CHECKING:
    from hns.report import Report

__all__ = ["Claim", "Found", "When", "audit", "find_figures", "find_times"]


@attrs.frozen(repr=False)
class Claim:
    """
    A claim found in a text: its kind, the sentence it stands in (*text*,
    *start*, *end*), the figures it links, the verdict, the reading of the
    text that decided it, and notes.

    >>> claim = audit(
    ...     "The current five-year deal will expire next month in Japan.",
    ...     published=dt.date(2021, 2, 10),
    ... ).claims[0]
    >>> claim.kind, claim.verdict.status
    ('agreement', 'consistent')
    """

    __repr__ = fields_repr

    kind: str
    text: str
    start: int
    end: int
    figures: tuple[Figure, ...]
    verdict: Verdict
    reading: str = ""
    notes: tuple[str, ...] = ()


# Words that say a sentence speaks of the host-nation-support money
# (matched on the lower-cased sentence).
_TOPIC = lazy_pattern(
    r"contribut|share|host[- ]nation|cost[- ]sharing|burden|shoulder"
    r"|earmark|budget|pay|spend|負担|予算|経費|분담|방위비"
)
# Words that name each host country, counted to find the article's.
_HOST_WORDS = {
    "JP": (
        "japan",
        "tokyo",
        "日本",
        "일본",
        "日米",
        "미일",
        " yen",
        "円",
        "엔",
    ),
    "KR": ("korea", "seoul", "韓国", "한국", "한미", " won", "원"),
}
_CURRENCY_OF_HOST = {"JP": "JPY", "KR": "KRW"}
_YEAR_PHRASE = lazy_pattern(
    r"(?P<this>this (?:fiscal )?year'?s?|今年度?|올해|금년)"
    r"|(?P<last>last (?:fiscal )?year'?s?|the previous year'?s?"
    r"|a year earlier|昨年度?"
    r"|前年度?|지난해|작년|전년)"
    r"|(?:fiscal(?: year)?|fy)\s*(?P<fiscal>(?:19|20)[0-9]{2})"
    r"|(?P<ja>(?:19|20)[0-9]{2})年度|(?P<ko>(?:19|20)[0-9]{2})년"
)  # matched on the lower-cased sentence


def _host(text: str) -> str | None:
    # The country the article is about: the one it names more often.
    lower = text.lower()
    counts = {
        host: sum(lower.count(word) for word in words)
        for host, words in _HOST_WORDS.items()
    }
    ranked = sorted(counts, key=lambda h: counts[h], reverse=True)
    if counts[ranked[0]] == 0 or counts[ranked[0]] == counts[ranked[1]]:
        return None
    return ranked[0]


def _calendar(host: str) -> Any:
    return JAPAN if host == "JP" else KOREA


def _reference(host: str) -> Any:
    from hns.data import japan_hns, korea_sma

    return japan_hns() if host == "JP" else korea_sma()


def _this_year(published: dt.date, host: str) -> list[FiscalYear]:
    # "This year's" budget: the year named for the calendar year, or the
    # fiscal year under way; both readings count.
    calendar = _calendar(host)
    named = FiscalYear(published.year, calendar)
    return list(dict.fromkeys((named, fiscal_year(published, calendar))))


def _years_of(
    match: re.Match[str], published: dt.date | None, host: str
) -> list[FiscalYear]:
    for group in ("fiscal", "ja", "ko"):
        if match.group(group):
            return [FiscalYear(int(match.group(group)), _calendar(host))]
    if published is None:
        return []
    years = _this_year(published, host)
    return [fy - 1 for fy in years] if match.group("last") else years


@attrs.define
class _Context:
    text: str
    s: str
    published: dt.date | None
    host: str | None
    reference: bool
    rates: Any
    found: list[Found]
    claims: list[Claim] = attrs.Factory(list)
    used: set[int] = attrs.Factory(set)
    corrected: dict[int, tuple[Figure, str]] = attrs.Factory(dict)
    years: dict[int, list[FiscalYear]] = attrs.Factory(dict)
    tokenized: dict[tuple[int, int], tuple[str, list[int]]] = attrs.Factory(
        dict
    )
    starts: list[int] = attrs.Factory(list)

    def sentence(self, start: int, end: int) -> tuple[str, list[int]]:
        # The sentence, lower-cased, each figure replaced by ⟦n⟧. Figures
        # are in text order, so a bisection finds the first one.
        key = (start, end)
        cached = self.tokenized.get(key)
        if cached is not None:
            return cached
        pieces, members, cursor = [], [], start
        first = bisect.bisect_left(self.starts, start)
        for index in range(first, len(self.found)):
            found = self.found[index]
            if found.start >= end:
                break
            if found.end <= end:
                pieces.append(self.s[cursor : found.start])
                pieces.append(f"⟦{index}⟧")
                members.append(index)
                cursor = found.end
        pieces.append(self.s[cursor:end])
        result = "".join(pieces).lower(), members
        self.tokenized[key] = result
        return result

    def figure(self, index: int) -> Figure:
        return self.found[index].figure

    def variants(self, index: int) -> list[tuple[str, Figure]]:
        # The figure as written, and as its own level check corrected it.
        options = [("", self.figure(index))]
        if index in self.corrected:
            corrected, note = self.corrected[index]
            options.append((note, corrected))
        return options

    def add(
        self,
        kind: str,
        span: tuple[int, int],
        indexes: list[int],
        verdict: Verdict,
        reading: str = "",
        notes: tuple[str, ...] = (),
    ) -> None:
        start, end = span
        self.claims.append(
            Claim(
                kind,
                self.text[start:end].strip(),
                start,
                end,
                tuple(self.figure(i) for i in indexes),
                verdict,
                reading,
                notes,
            )
        )
        self.used.update(indexes)


def _decide(
    options: list[tuple[str, Callable[[], Verdict]]],
) -> tuple[Verdict, str, tuple[str, ...]]:
    """
    The verdict over every reading of a claim.

    Readings that only differ in what the text means (which year, which
    multiple) decide: the claim is consistent when one of them fits.
    Readings that also correct a figure as its own check found (they say
    "reading X as Y") never make a claim consistent; they explain it: the
    inconsistent one whose best diagnosis fits best (on a tie the later,
    more corrected one) is the one reported, and a correction that alone
    makes the claim hold is noted.
    """
    plain: list[tuple[str, Verdict]] = []
    fixed: list[tuple[str, Verdict]] = []
    for reading, run in options:
        try:
            verdict = run()
        except HnsError:
            continue
        corrected = "reading " in reading
        if verdict.status == "consistent" and not corrected:
            return verdict, reading, ()
        (fixed if corrected else plain).append((reading, verdict))
    notes = tuple(
        f"consistent when {reading.replace('reading ', 'reading ', 1)}"
        for reading, verdict in fixed
        if verdict.status == "consistent"
    )
    wrong = [(r, v) for r, v in (*plain, *fixed) if v.status == "inconsistent"]
    if wrong and any(v.status == "inconsistent" for _, v in plain):
        reading, verdict = min(reversed(wrong), key=lambda item: _fit(item[1]))
        return verdict, reading, notes
    if plain:
        reading, verdict = plain[0]
        return verdict, reading, notes
    reason, nothing = "no reading could be checked", ""
    raise ParseError(nothing, 0, reason)


def _fit(verdict: Verdict) -> tuple[int, Decimal]:
    # How well the best diagnosis explains the claim; no diagnosis: worst.
    if not verdict.diagnoses:
        return 1_000, Decimal(0)
    rank, closeness, _ = _ranked(verdict.diagnoses[0])
    return rank, closeness


@functools.lru_cache(maxsize=4096)
def _level(stated: Figure, host: str, year: FiscalYear) -> Verdict:
    return check_level(stated, _reference(host), year)


_RATE_OR_TOTAL = lazy_pattern(
    r"\s*(?:(?:a|per|each) year|annually|in total|over (?:the next )?"
    r"[a-z0-9]+ years)"
)


def _comparable(figure: Figure, host: str, years: list[FiscalYear]) -> bool:
    # An amount more than twenty times the budget of its year, or less
    # than a twentieth, is another quantity (a defense budget, a unit
    # cost), not a slip of this one: left unchecked, never a false alarm.
    series = _reference(host)
    for year in years:
        level = series.get(year)
        if level is not None and level.amount:
            ratio = abs(figure.number / level.amount)
            if Decimal("0.05") <= ratio <= 20:
                return True
    return False


def _levels(context: _Context, start: int, end: int) -> None:
    host, published = context.host, context.published
    if host is None or not context.reference:
        return
    sentence, members = context.sentence(start, end)
    code = _CURRENCY_OF_HOST[host]
    if not any(
        (currency := context.figure(i).currency) is not None
        and currency.code == code
        for i in members
    ) or not _TOPIC().search(sentence):
        return
    # A year that is a comparison's base ("지난해보다", "前年度比") is not
    # the year of the amount.
    phrases = [
        m
        for m in _YEAR_PHRASE().finditer(sentence)
        if not re.match(r"\s*(?:보다|대비|比|에 비해)", sentence[m.end() :])
    ]
    for index in members:
        figure = context.figure(index)
        currency = figure.currency
        if currency is None or currency.code != _CURRENCY_OF_HOST[host]:
            continue
        if re.search(rf"[(（]\s*⟦{index}⟧", sentence):
            continue  # a conversion in parentheses, checked as such
        token = f"⟦{index}⟧"
        where = sentence.index(token)
        after = sentence[where + len(token) :]
        if _RATE_OR_TOTAL().match(after):
            continue  # "a year", "over five years": not the level of a year
        # The year phrase nearest the figure, with no other amount between.
        nearby = [
            m
            for m in phrases
            if not any(
                context.figure(int(k)).kind == "money"
                for k in re.findall(
                    r"⟦(\d+)⟧",
                    sentence[
                        min(m.end(), where + len(token)) : max(
                            m.start(), where
                        )
                    ],
                )
            )
        ]
        nearest = min(
            nearby, key=lambda m: abs(m.start() - where), default=None
        )
        if nearest is None:
            continue
        years = _years_of(nearest, published, host)
        if not years or not _comparable(figure, host, years):
            continue
        context.years[index] = years
        options: list[tuple[str, Callable[[], Verdict]]] = [
            (
                f"{figure.text} for {fy.label()}",
                functools.partial(_level, figure, host, fy),
            )
            for fy in years
        ]
        verdict, reading, _ = _decide(options)
        top = verdict.diagnoses[0] if verdict.diagnoses else None
        if top is not None and top.figure == "stated":
            fixed = top.verdict.figure("stated")
            if fixed is not None:
                note = f"reading {figure.text} as {fixed.text}"
                context.corrected[index] = (fixed, note)
        context.add("level", (start, end), [index], verdict, reading)


def _inherited_currencies(
    context: _Context, spans: list[tuple[int, int]]
) -> dict[str, str]:
    # "(about 2.5 trillion won)" tells what "(approximately 2,126
    # billion)" is in: converted figures inherit the currency of a sibling
    # conversion from the same currency.
    found: dict[str, str] = {}
    for start, end in spans:
        for match in _CONVERSION().finditer(context.sentence(start, end)[0]):
            amount = context.figure(int(match.group(1)))
            stated = context.figure(int(match.group(2)))
            if (
                amount.currency
                and stated.currency
                and amount.currency != stated.currency
            ):
                found.setdefault(amount.currency.code, stated.currency.code)
    return found


_CONVERSION = lazy_pattern(r"⟦(\d+)⟧\s*[(（]\s*⟦(\d+)⟧\s*[)）]")


@functools.lru_cache(maxsize=4096)
def _conversion(
    amount: Figure, stated: Figure, on: dt.date, currency: str | None
) -> Verdict:
    return check_conversion(amount, stated, on=on, currency=currency)


def _conversions(
    context: _Context, start: int, end: int, inherit: dict[str, str]
) -> None:
    sentence, _ = context.sentence(start, end)
    for match in _CONVERSION().finditer(sentence):
        a, b = int(match.group(1)), int(match.group(2))
        amount, stated = context.figure(a), context.figure(b)
        if amount.currency is None or stated.kind not in {"money", "count"}:
            continue
        if stated.currency == amount.currency:
            continue
        currency = None
        if stated.currency is None:
            currency = inherit.get(amount.currency.code)
            if currency is None:
                continue
        options: list[tuple[str, Callable[[], Verdict]]] = []
        for note, figure in context.variants(a):
            if context.published is None:
                run = functools.partial(
                    check_conversion, figure, stated, currency=currency
                )
            elif context.rates is None:
                run = functools.partial(
                    _conversion, figure, stated, context.published, currency
                )
            else:
                run = functools.partial(
                    check_conversion,
                    figure,
                    stated,
                    on=context.published,
                    rates=context.rates,
                    currency=currency,
                )
            options.append((note, run))
        verdict, reading, notes = _decide(options)
        context.add(
            "conversion", (start, end), [a, b], verdict, reading, notes
        )


_VERBS_UP = "increase|rise|jump|hike|gain|growth|climb"
_VERBS_DOWN = "decrease|drop|fall|decline|cut|reduction"
_CHANGE_EN = lazy_pattern(
    rf"⟦(?P<s>\d+)⟧\s*(?P<verb>{_VERBS_UP}|{_VERBS_DOWN})\s+"
    r"(?:from|over|on|compared with|compared to)\s+[^⟦]{0,60}?⟦(?P<o>\d+)⟧"
)
_CHANGE_UP_FROM = lazy_pattern(
    r"(?P<verb>up|down)\s+(?:by\s+)?⟦(?P<s>\d+)⟧\s+(?:from|on)\s+"
    r"[^⟦]{0,60}?⟦(?P<o>\d+)⟧"
)
_CHANGE_KO = lazy_pattern(
    r"⟦(?P<o>\d+)⟧\s*보다\s*⟦(?P<s>\d+)⟧\s*"
    r"(?P<verb>증가|늘어|인상|상승|오른|감소|줄어|인하|하락)[^⟦]{0,8}⟦(?P<n>\d+)⟧"
)
_CHANGE_JA = lazy_pattern(
    r"⟦(?P<o>\d+)⟧\s*から\s*⟦(?P<s>\d+)⟧\s*(?P<verb>増|減)[^⟦]{0,8}⟦(?P<n>\d+)⟧"
)
_DOWN = re.compile(rf"{_VERBS_DOWN}|down|감소|줄어|인하|하락|減")


@functools.lru_cache(maxsize=4096)
def _change(
    old: Figure, new: Figure, stated: Figure, decrease: bool
) -> Verdict:
    return check_change(
        old, new, stated, direction="decrease" if decrease else None
    )


def _new_figure(
    context: _Context, members: list[int], before: int, currency: object
) -> int | None:
    # The amount a change arrives at: written before it in the sentence,
    # or the first amount of the sentence before.
    for index in members:
        if index >= before:
            break
        figure = context.figure(index)
        if figure.currency == currency and not _in_parentheses(context, index):
            return index
    return None


def _in_parentheses(context: _Context, index: int) -> bool:
    found = context.found[index]
    before = context.s[max(0, found.start - 12) : found.start]
    return bool(re.search(r"[(（]\s*(?:[a-z約약~]+\s*)?$", before, re.I))


def _changes(
    context: _Context,
    start: int,
    end: int,
    previous: tuple[int, int] | None,
) -> None:
    sentence, members = context.sentence(start, end)
    matches = [
        *_CHANGE_EN().finditer(sentence),
        *_CHANGE_UP_FROM().finditer(sentence),
        *_CHANGE_KO().finditer(sentence),
        *_CHANGE_JA().finditer(sentence),
    ]
    for match in matches:
        s, o = int(match.group("s")), int(match.group("o"))
        stated, old = context.figure(s), context.figure(o)
        if stated.kind not in {"percent", "points", "money"}:
            continue
        groups = match.groupdict()
        n = int(groups["n"]) if groups.get("n") else None
        if n is None:
            n = _new_figure(context, members, s, old.currency)
        if n is None and previous is not None:
            _, earlier = context.sentence(*previous)
            n = _new_figure(context, earlier, len(context.found), old.currency)
        if n is None:
            continue
        decrease = bool(_DOWN.search(match.group("verb")))
        options: list[tuple[str, Callable[[], Verdict]]] = []
        # The old figure is the claim's own; it is corrected only together
        # with the new one, so that a slip of its own is what is diagnosed.
        pairs = [
            (old_variant, new_variant)
            for old_variant, new_variant in itertools.product(
                context.variants(o), context.variants(n)
            )
            if not old_variant[0] or new_variant[0]
        ]
        for (old_note, old_fig), (new_note, new_fig) in pairs:
            note = "; ".join(x for x in (old_note, new_note) if x)
            options.append(
                (
                    note,
                    functools.partial(
                        _change, old_fig, new_fig, stated, decrease
                    ),
                )
            )
        verdict, reading, notes = _decide(options)
        notes += _agreement_with_reference(
            context, verdict, {"old": o, "new": n}
        )
        context.add("change", (start, end), [o, n, s], verdict, reading, notes)


def _agreement_with_reference(
    context: _Context, verdict: Verdict, roles: dict[str, int]
) -> tuple[str, ...]:
    # Does the top diagnosis agree with the bundled figure of its year?
    if not verdict.diagnoses or context.host is None:
        return ()
    top = verdict.diagnoses[0]
    index = roles.get(top.figure)
    fixed = top.verdict.figure(top.figure)
    if index is None or fixed is None:
        return ()
    for year in context.years.get(index, []):
        try:
            check = _level(fixed, context.host, year)
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


_MULTIPLE = lazy_pattern(
    r"⟦(?P<a>\d+)⟧[^⟦]{0,60}?⟦(?P<m>\d+)⟧\s+(?P<more>more\s+than\s+)?"
    r"(?:the\s+)?(?:current|present|existing)\s+(?:level|amount|"
    r"contribution|share|payment|sum)"
)


@functools.lru_cache(maxsize=4096)
def _ratio(
    a: Figure, b: Figure, stated: Figure, on: dt.date | None
) -> Verdict:
    from hns.fx import EcbRates

    return check_ratio(a, b, stated, rates=EcbRates(), on=on)


def _multiples(context: _Context, start: int, end: int) -> None:
    host, published = context.host, context.published
    if host is None or published is None or not context.reference:
        return
    sentence, _ = context.sentence(start, end)
    for match in _MULTIPLE().finditer(sentence):
        a, m = int(match.group("a")), int(match.group("m"))
        amount, multiple = context.figure(a), context.figure(m)
        if amount.currency is None or multiple.kind != "multiple":
            continue
        stated = [multiple]
        if match.group("more"):
            # "four times more" may mean ×4 or ×5: both readings.
            stated.append(attrs.evolve(multiple, value=multiple.number + 1))
        options: list[tuple[str, Callable[[], Verdict]]] = []
        series = _reference(host)
        for fy in _this_year(published, host):
            level = series.get(fy)
            if level is None:
                continue
            base = _reference_figure(level)
            for figure in stated:
                note = f"the current level as the bundled {fy.label()} figure"
                options.append(
                    (
                        note,
                        functools.partial(
                            _ratio, amount, base, figure, published
                        ),
                    )
                )
        if options:
            verdict, reading, notes = _decide(options)
            context.add("ratio", (start, end), [a, m], verdict, reading, notes)


def _on_previous_year(
    context: _Context, n: int, stated: Figure, decrease: bool
) -> list[tuple[str, Callable[[], Verdict]]]:
    # The readings of a change of figure n over the reference figure of
    # the year before its own (each year it may be, as written or as
    # corrected).
    assert context.host is not None
    series = _reference(context.host)
    options: list[tuple[str, Callable[[], Verdict]]] = []
    for fy in context.years.get(n, []):
        before = series.get(fy - 1)
        if before is None:
            continue
        old = _reference_figure(before)
        for note, figure in context.variants(n):
            reading = f"the year before as {(fy - 1).label()}"
            if note:
                reading += f"; {note}"
            run = functools.partial(_change, old, figure, stated, decrease)
            options.append((reading, run))
    return options


_LAST_YEAR_EN = (
    r"(?:last year|the previous year|a year earlier|the year before"
    r"|the previous fiscal year|last fiscal year)"
)
_CHANGE_ON_LAST_YEAR = lazy_pattern(
    r"(?:(?:전년|지난해|작년)\s*(?:대비|보다)|前年度?比)\s*⟦(?P<s>\d+)⟧\s*"
    r"(?P<verb>증가|늘어|인상|상승|오른|감소|줄어|인하|하락|増|減)[^⟦]{0,8}"
    r"⟦(?P<n>\d+)⟧"
    r"|⟦(?P<s2>\d+)⟧\s*(?P<verb2>인상|인하)된\s*⟦(?P<n2>\d+)⟧"
    rf"|⟦(?P<n3>\d+)⟧[^⟦]{{0,60}}?(?P<verb3>up|down)\s+(?:by\s+)?"
    rf"⟦(?P<s3>\d+)⟧\s+(?:from|over|on)\s+{_LAST_YEAR_EN}"
    rf"|⟦(?P<n4>\d+)⟧[^⟦]{{0,60}}?⟦(?P<s4>\d+)⟧\s*"
    rf"(?P<verb4>{_VERBS_UP}|{_VERBS_DOWN})\s+"
    rf"(?:from|over|on|compared with)\s+{_LAST_YEAR_EN}"
)


def _changes_on_last_year(context: _Context, start: int, end: int) -> None:
    # "전년보다 1.2% 늘어난 B", "前年度比1.2%増のB", "8.2% 인상된 B": the
    # base is the reference figure of the year before B's.
    host = context.host
    if host is None or not context.reference:
        return

    sentence, _ = context.sentence(start, end)
    for match in _CHANGE_ON_LAST_YEAR().finditer(sentence):
        s = int(next(g for g in match.group("s", "s2", "s3", "s4") if g))
        n = int(next(g for g in match.group("n", "n2", "n3", "n4") if g))
        verb = next(
            g for g in match.group("verb", "verb2", "verb3", "verb4") if g
        )
        stated = context.figure(s)
        if stated.kind not in {"percent", "points"}:
            continue
        decrease = bool(_DOWN.search(verb))
        options = _on_previous_year(context, n, stated, decrease)
        if options:
            verdict, reading, notes = _decide(options)
            context.add(
                "change", (start, end), [n, s], verdict, reading, notes
            )


_TOTAL = lazy_pattern(
    r"⟦(?P<t>\d+)⟧\s+(?:in total\s+)?over\s+(?:the\s+)?(?:next\s+)?"
    r"(?P<n>[a-z]+|\d+)\s+years"
    r"|⟦(?P<n2>\d+)⟧\s*(?:년간|年間)\s*(?:총|で総額|の総額|総額)?\s*"
    r"⟦(?P<t2>\d+)⟧"
)
_AVERAGE = lazy_pattern(
    r"(?:an\s+)?average\s+of\s+⟦(?P<a>\d+)⟧\s+(?:a|per|each)\s+year"
    r"|(?:年平均|연평균)\s*⟦(?P<a2>\d+)⟧"
)


# Totals in news copy are often cut, not rounded: both readings count.
_ROUNDINGS: tuple[Rounding, ...] = ("nearest", "either")


def _agreement_totals(context: _Context, start: int, end: int) -> None:
    # "1.05 trillion yen over five years", "an average of 211 billion yen a
    # year": the total or yearly average of an agreement of that length,
    # in force or about to be; a careful reader also accepts a figure
    # whose digits were cut.
    host, published = context.host, context.published
    if host is None or published is None or not context.reference:
        return
    from hns import agreements

    sentence, members = context.sentence(start, end)
    if not members or not re.search(r"year|年|년|평균", sentence):
        return
    candidates = [
        a
        for a in agreements.all(host)
        if a.total is not None
        and a.first.start <= published + dt.timedelta(days=730)
        and a.expires >= published
    ]
    for match in _TOTAL().finditer(sentence):
        t = int(match.group("t") or match.group("t2"))
        if match.group("n2"):
            years: int | None = int(
                context.figure(int(match.group("n2"))).number
            )
        else:
            count = match.group("n")
            years = int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
        figure = context.figure(t)
        options: list[tuple[str, Callable[[], Verdict]]] = []
        for agreement in candidates:
            if agreement.length != years or agreement.total is None:
                continue
            for rounding in _ROUNDINGS:
                options.append(
                    (
                        f"the total of {agreement.title}",
                        functools.partial(
                            check_level,
                            figure.with_rounding(rounding),
                            agreement.total,
                        ),
                    )
                )
        if options:
            verdict, reading, notes = _decide(options)
            counted = [int(match.group("n2"))] if match.group("n2") else []
            context.add(
                "total", (start, end), [t, *counted], verdict, reading, notes
            )
    for match in _AVERAGE().finditer(sentence):
        a = int(match.group("a") or match.group("a2"))
        figure = context.figure(a)
        options = []
        for agreement in candidates:
            average = agreement.average_per_year()
            for rounding in _ROUNDINGS:
                options.append(
                    (
                        f"the yearly average of {agreement.title}",
                        functools.partial(
                            check_level,
                            figure.with_rounding(rounding),
                            average,
                        ),
                    )
                )
        if options:
            verdict, reading, notes = _decide(options)
            context.add("average", (start, end), [a], verdict, reading, notes)


_SAME = lazy_pattern(
    r"⟦(?P<n>\d+)⟧[^⟦]{0,80}?(?:about|roughly|almost|nearly|much)?\s*the same"
    r"\s+(?:amount|level|sum|figure)\s+as\s+(?:the\s+)?(?:previous|last|prior)"
    r"\s+(?:fiscal\s+)?year"
)
# "About the same" is read as within 5% either way.
_ABOUT_THE_SAME = Figure(Decimal(0), "about the same", "percent", Decimal(10))


def _same_as_before(context: _Context, start: int, end: int) -> None:
    host = context.host
    if host is None or not context.reference:
        return

    sentence, _ = context.sentence(start, end)
    for match in _SAME().finditer(sentence):
        n = int(match.group("n"))
        options = _on_previous_year(context, n, _ABOUT_THE_SAME, False)
        if options:
            verdict, reading, notes = _decide(options)
            context.add("change", (start, end), [n], verdict, reading, notes)


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_EXPIRY = lazy_pattern(
    r"(?:current|existing|present)\s+(?:(?P<n>[a-z]+|\d+)[- ]year\s+)?"
    r"(?:deal|agreement|accord|pact|sma)\s+(?:will\s+|is\s+(?:set\s+)?to\s+)?"
    r"(?:expire|expires|end|ends|run out|runs out|lapse|lapses)\s+"
    r"(?P<when>next month|this month|next year|this year|next april"
    r"|in [a-z]+|by [a-z]+)"
)  # matched on the lower-cased sentence


def _agreements(context: _Context, start: int, end: int) -> None:
    host, published = context.host, context.published
    if host is None or published is None or not context.reference:
        return
    from hns import agreements
    from hns.when import resolve_period

    sentence = context.s[start:end].lower()
    if not any(w in sentence for w in ("expir", "end", "run out", "lapse")):
        return
    for match in _EXPIRY().finditer(sentence):
        agreement = agreements.in_force(published, host)
        when = match.group("when")
        try:
            period = resolve_period(when, published, _calendar(host))
        except HnsError:
            continue
        if agreement is None:
            status, reason = "undetermined", f"no {host} agreement in force"
        else:
            problems = []
            if not period.contains(agreement.expires):
                problems.append(
                    f"it expires on {agreement.expires}, not {when} ({period})"
                )
            length = match.group("n")
            years = (
                _NUMBER_WORDS.get(length.lower())
                if length and not length.isdigit()
                else int(length)
                if length
                else None
            )
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
        verdict = Verdict(
            "agreement",
            status,  # type: ignore[arg-type]
            stated_figure=None,
            stated=None,
            recomputed=None,
            point=None,
            unit="",
            inputs=(),
            reason=reason,
        )
        context.add("agreement", (start, end), [], verdict)


def _clear_caches() -> None:
    # Forget the checks done so far (benchmarks time the real work).
    from hns import fx

    for cached in (_level, _conversion, _change, _ratio):
        cached.cache_clear()
    fx._ecb_quote.cache_clear()
    fx._ecb_range.cache_clear()


_DATE_LINE = lazy_pattern(
    r"^\W*(?:published|date|dateline|posted)?\W*((?:19|20)\d\d-\d\d-\d\d)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _date_line(text: str) -> dt.date | None:
    # A publication date written at the start of a line near the top.
    match = _DATE_LINE().search(text[:2000])
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def audit(
    text: str,
    published: dt.date | None = None,
    reference: bool = True,
    rates: Any = None,
) -> Report:
    """
    Find the figures and claims of *text* and check each one.

    *published* anchors "this year", "next month" and the exchange rate of
    the day (else a ``YYYY-MM-DD`` line at the top of the text does);
    *reference* compares amounts with the bundled budgets and agreements;
    *rates* replaces the ECB's.

    >>> report = audit(
    ...     "This year's contribution is expected to reach 2017 billion yen."
    ...     " Japan shoulders the cost of US forces in Japan.",
    ...     published=dt.date(2021, 1, 31),
    ... )
    >>> claim = report.claims[0]
    >>> claim.kind, claim.verdict.status, claim.verdict.diagnoses[0].corrected
    ('level', 'inconsistent', '2017億円')

    Raises:
        ParseError: *text* is not text.
    """
    from hns.report import Report

    if not isinstance(text, str):
        raise ParseError(repr(type(text)), 0, "an article must be text")
    s = normalize(text)
    when = published if published is not None else _date_line(text)
    context = _Context(
        text, s, when, _host(s), reference, rates, find_figures(text, s)
    )
    context.starts = [found.start for found in context.found]
    spans = list(sentences(s))
    for start, end in spans:
        _levels(context, start, end)
    inherit = _inherited_currencies(context, spans)
    previous: tuple[int, int] | None = None
    for start, end in spans:
        _agreements(context, start, end)
        if not context.sentence(start, end)[1]:
            previous = start, end
            continue  # no figure: no other claim
        _conversions(context, start, end, inherit)
        _changes(context, start, end, previous)
        _multiples(context, start, end)
        _same_as_before(context, start, end)
        _changes_on_last_year(context, start, end)
        _agreement_totals(context, start, end)
        previous = start, end
    claims = sorted(context.claims, key=lambda c: (c.start, c.kind))
    unchecked = tuple(
        found for i, found in enumerate(context.found) if i not in context.used
    )
    return Report(
        published=when,
        host=context.host,
        claims=tuple(claims),
        figures=tuple(context.found),
        unchecked=unchecked,
        times=tuple(find_times(text, when, context.host, s)),
    )
