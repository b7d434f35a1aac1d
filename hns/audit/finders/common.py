"""
What every finder shares: the claim it builds, the quantity a figure is
tied to, the year an amount is of, the reference series, and the checks
memoized across articles.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from hns._loading import LOADING
from hns.audit.claims import Claim, ClaimKind
from hns.audit.readings import Option, decide
from hns.audit.wording import Shape, wording
from hns.checks import (
    DIAGNOSE,
    check_change,
    check_conversion,
    check_level,
    check_ratio,
    cite_ecb,
)
from hns.data import japan_hns, korea_sma
from hns.figures import Figure
from hns.fiscal import FiscalYear
from hns.money import Money
from hns.numerals import hedged_resolution
from hns.verdicts import Verdict

if TYPE_CHECKING:
    from hns.audit.article import Article, Sentence
    from hns.series import Series

__all__ = [
    "claim",
    "clear_caches",
    "difference",
    "reference",
]

_FIGURE = re.compile(r"⟦(\d+)⟧")
# How far from a figure its topic words and year phrases may stand.
_WINDOW = 160


def tokens_in(text: str) -> list[int]:
    """
    The figure indexes written in a piece of tokens.

    >>> tokens_in("⟦3⟧, ⟦4⟧ 인상")
    [3, 4]
    """
    return [int(n) for n in _FIGURE.findall(text)]


def mentions(article: Article, language: str, name: str) -> bool:
    """
    Whether the article writes any word of list *name* of *language* at
    all: a finder whose words it never writes has nothing to find.
    """
    key = f"mentions {language} {name}"
    if key not in article.memo:
        lowered = article.memo.get("lowered", "")
        article.memo[key] = wording(language).says(name, lowered)
    return article.memo[key]  # type: ignore[no-any-return]


def matches(
    article: Article, sentence: Sentence, kind: str
) -> list[tuple[Shape, re.Match[str]]]:
    """
    Every match of the shapes of *kind* in *sentence*, found once for all
    the finders that read them.
    """
    key = f"{kind} {sentence.number}"
    found = article.memo.get(key)
    if found is None:
        assert sentence.language is not None
        found = article.memo[key] = [
            (shape, match)
            for shape in wording(sentence.language).of(kind)
            for match in shape.finditer(sentence.tokens)
        ]
    return found


def stated_claim(
    article: Article,
    sentence: Sentence,
    kind: ClaimKind,
    span: tuple[int, int],
    verdict: Verdict,
    reading: str = "",
) -> Claim:
    """
    A claim with no figures of its own (an agreement's dates, a malformed
    number), quoting the text around *span*.
    """
    text, start, end = excerpt(article, sentence, *span)
    return Claim(kind, text, start, end, (), verdict, reading)


def claim(
    article: Article,
    sentence: Sentence,
    kind: ClaimKind,
    indexes: list[int],
    options: list[Option],
    *,
    pinned: bool = True,
    notes: tuple[str, ...] = (),
    keep: Callable[[Verdict], bool] | None = None,
) -> Iterator[Claim]:
    """
    The claim over every reading in *options* (none when there is none),
    its figures marked as used. A claim nothing could decide is left out,
    unless *keep* says its verdict is worth reporting.
    """
    if not options:
        return
    verdict, reading, found = decide(options, pinned=pinned, check=kind)
    if (
        verdict.status == "undetermined"
        and not found
        and not reading
        and not (keep and keep(verdict))
    ):
        return
    article.used.update(indexes)
    spans = [(article.found[i].start, article.found[i].end) for i in indexes]
    text, start, end = excerpt(
        article,
        sentence,
        min((a for a, _ in spans), default=sentence.start),
        max((b for _, b in spans), default=sentence.end),
    )
    yield Claim(
        kind,
        text,
        start,
        end,
        tuple(article.figure(i) for i in indexes),
        verdict,
        reading,
        (*found, *notes),
    )


# How much of its sentence a claim quotes around its figures.
_CONTEXT = 160


def excerpt(
    article: Article, sentence: Sentence, lo: int, hi: int
) -> tuple[str, int, int]:
    """
    The text a claim quotes: its sentence, or, in a long one, the part
    around *lo*..*hi* (so that a claim never copies a whole long text).
    """
    start = max(sentence.start, lo - _CONTEXT)
    end = min(sentence.end, hi + _CONTEXT)
    text = article.text[start:end]
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    text = stripped.rstrip()
    return text, start, start + len(text)


@functools.cache
def _series(host: str) -> Series:
    return japan_hns() if host == "JP" else korea_sma()


def reference(article: Article) -> Series | None:
    """
    The host-nation-support series of the article's host, if known.
    """
    if article.host is None or not article.reference:
        return None
    return _series(article.host)


def comparable(amount: Decimal, level: Decimal) -> bool:
    """
    Whether *amount* can be a statement of *level*, right or wrong: within
    twenty times either way, or off by a power of ten a scale slip makes
    ("1.1833 billion won" for 1조1833억원). Anything else is another
    quantity (a defense budget, a unit cost), never a false alarm.

    >>> comparable(Decimal("1.1833e9"), Decimal("1.1833e12"))
    True
    >>> comparable(Decimal("5.4e12"), Decimal("2.056e11"))
    False
    """
    if not level or not amount:
        return False
    ratio = abs(amount / level)
    if Decimal("0.05") <= ratio <= 20:
        return True
    exponent = round(ratio.log10())
    slip = Decimal(10) ** exponent
    return abs(exponent) <= 4 and abs(ratio / slip - 1) <= Decimal("0.02")


def hedged(figure: Figure) -> Figure:
    """
    *figure* read with a hedge written outside it ("100억엔(약 1047억원)
    정도", "(about US $660 million)"), as `hns.parse_figure` reads one
    written inside it.

    >>> from hns import parse_figure
    >>> str(hedged(parse_figure("100억엔")).interval)
    '[8000000000, 12000000000]'
    """
    if figure.qualifier != "exact":
        return figure
    return attrs.evolve(
        figure,
        qualifier="about",
        resolution=hedged_resolution(figure.number, figure.resolution),
    )


def difference(result: Figure, change: Figure) -> Figure:
    """
    *result* less *change*: the base a written change implies, with the
    resolutions of both.

    >>> from hns import parse_figure
    >>> d = difference(parse_figure("1조 389억 원"), parse_figure("787억 원"))
    >>> d.value, str(d.interval)
    (Money('960200000000', 'KRW'), '[960100000000, 960300000000]')
    """
    value: Money | Decimal = (
        Money(result.number - change.number, result.currency)
        if result.currency is not None
        else result.number - change.number
    )
    return Figure(
        value,
        f"{result.text} − {change.text}",
        result.kind,
        result.resolution + change.resolution,
    )


def level(stated: Figure, host: str, year: FiscalYear) -> Verdict:
    """
    `hns.check_level` against the bundled series, memoized.
    """
    return _level(stated, host, year, DIAGNOSE.get())


@functools.lru_cache(maxsize=4096)
def _level(
    stated: Figure, host: str, year: FiscalYear, diagnose: bool
) -> Verdict:
    return check_level(stated, _series(host), year)


def change(
    old: Figure, new: Figure, stated: Figure, decrease: bool
) -> Verdict:
    """
    `hns.check_change`, memoized.
    """
    return _change(old, new, stated, decrease, DIAGNOSE.get())


@functools.lru_cache(maxsize=4096)
def _change(
    old: Figure, new: Figure, stated: Figure, decrease: bool, diagnose: bool
) -> Verdict:
    return check_change(
        old, new, stated, direction="decrease" if decrease else None
    )


def conversion(
    amount: Figure,
    stated: Figure,
    on: dt.date | None,
    currency: str | None,
    uncertainty: int = 0,
    rates: Any = None,
) -> Verdict:
    """
    `hns.check_conversion` at the rates around *on* (the ECB's, unless
    the audit was given *rates*), memoized.
    """
    if rates is not None:  # given rates need not be hashable: no memo
        return _conversion.__wrapped__(
            amount, stated, on, currency, uncertainty, rates, DIAGNOSE.get()
        )
    return _conversion(
        amount, stated, on, currency, uncertainty, None, DIAGNOSE.get()
    )


@functools.lru_cache(maxsize=4096)
def _conversion(
    amount: Figure,
    stated: Figure,
    on: dt.date | None,
    currency: str | None,
    uncertainty: int,
    rates: Any,
    diagnose: bool,
) -> Verdict:
    if on is None:
        return check_conversion(amount, stated, currency=currency, rates=rates)
    return check_conversion(
        amount,
        stated,
        on=on,
        currency=currency,
        rates=rates,
        window_days=7 + uncertainty,
    )


def ratio(
    a: Figure,
    b: Figure,
    stated: Figure,
    on: dt.date | None,
    rates: Any = None,
) -> Verdict:
    """
    `hns.check_ratio` at the rates of *on* (the ECB's, unless the audit
    was given *rates*), memoized.
    """
    if rates is not None:  # given rates need not be hashable: no memo
        return _ratio.__wrapped__(a, b, stated, on, rates, DIAGNOSE.get())
    return _ratio(a, b, stated, on, None, DIAGNOSE.get())


@functools.lru_cache(maxsize=4096)
def _ratio(
    a: Figure,
    b: Figure,
    stated: Figure,
    on: dt.date | None,
    rates: Any,
    diagnose: bool,
) -> Verdict:
    with LOADING:
        # on first use: hns.audit loads without hns.fx
        from hns.fx import EcbRates

    return check_ratio(
        a, b, stated, rates=EcbRates() if rates is None else rates, on=on
    )


def clear_caches() -> None:
    """
    Forget the checks done so far, and the rates they looked up
    (`hns.audit.clear_caches`).
    """
    with LOADING:
        # on first use: hns.audit loads without hns.fx
        from hns import fx

    for cached in (_level, _change, _conversion, _ratio):
        cached.cache_clear()
    fx.ecb_quote.cache_clear()
    fx.ecb_range.cache_clear()
    cite_ecb.cache_clear()


# What compares an amount with another: a yearly amount next to one of
# these and a change word is a yearly change, not an average.
_COMPARED = (
    "than", "より", "보다", "比", "대비", "に比べ", "에 비해", "と比べ",
)  # fmt: skip


def compared(sentence: Sentence, index: int) -> bool:
    """
    Whether amount *index* is stated as more or less than another ("21.7
    billion yen a year more than under the previous agreement", "前の協定
    より年平均217億円多い"): a change, not a level or an average.
    """
    assert sentence.language is not None
    table = wording(sentence.language)
    where = sentence.position(index)
    end = where + len(f"⟦{index}⟧")
    after = sentence.tokens[end : end + 24]
    around = sentence.tokens[max(0, where - 30) : end + 30]
    changed = table.says("up", after) or table.says("down", after)
    return changed and any(word in around for word in _COMPARED)


def whole(number: Decimal) -> int | None:
    """
    A count written as a figure, as a whole number (``5`` of ``5年連続``,
    ``11`` of ``第11次``), or None.

    >>> whole(Decimal(5)), whole(Decimal("5.5"))
    (5, None)
    """
    return int(number) if number == number.to_integral_value() else None


def past_the_rates(verdict: Verdict) -> bool:
    """
    Whether *verdict* could not be decided because its day lies past the
    exchange rates shipped with hns (a claim worth reporting: the reader
    can give the rates).
    """
    return "rates shipped with hns end on" in (verdict.reason or "")
