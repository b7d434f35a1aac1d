"""
What a figure is tied to: the quantity its nearest topic words name
(host-nation support, a defense budget, all USFJ-related costs, ...) and
the fiscal years the year phrase nearest it means. Both look only within
reach of the figure, so that a long sentence costs no more than many
short ones.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING

from hns import _regex
from hns.audit.finders.common import tokens_in
from hns.audit.wording import wording
from hns.errors import HnsError
from hns.fiscal import FiscalYear
from hns.numerals import alternation as _alternation

if TYPE_CHECKING:
    from hns.audit.article import Article, Sentence

__all__ = [
    "WINDOW",
    "clear_caches",
    "country",
    "dominant",
    "named",
    "quantity",
    "quantity_at",
    "years_of",
]

# How far from a figure its topic words and year phrases may stand.
WINDOW = 160


@functools.cache
def _topic_words(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    # One pattern for every topic word of a language, longest first (so
    # that "defense budget" is not read as "budget"), and the quantity
    # each word names.
    topics = wording(language).topics
    names = {w: name for name, words in topics.items() for w in words}
    return _regex.compile(_alternation(tuple(names))), names


def _topics(
    article: Article, sentence: Sentence
) -> tuple[list[int], list[tuple[int, int, str]]]:
    # Every topic word in the sentence: (start, end, quantity), and their
    # starts, for bisection (found once per sentence, kept with the
    # article).
    memo = article.memo.setdefault("topics", {})
    found = memo.get(sentence.number)
    if found is None:
        assert sentence.language is not None
        pattern, names = _topic_words(sentence.language)
        words = [
            (m.start(), m.end(), names[m.group()])
            for m in pattern.finditer(sentence.tokens)
        ]
        found = memo[sentence.number] = ([w[0] for w in words], words)
    return found  # type: ignore[no-any-return]


def named(article: Article, sentence: Sentence) -> frozenset[str]:
    """
    The quantities whose topic words *sentence* writes (``hns``,
    ``defense``, ``generic``, ...).
    """
    if sentence.language is None:
        return frozenset()
    _, found = _topics(article, sentence)
    return frozenset(name for _, _, name in found)


def country(
    article: Article, sentence: Sentence, where: int, end: int
) -> str | None:
    """
    The host country named nearest before *end* in *sentence*'s tokens,
    looking back from *where* (a troop word may name it itself: 주일미군),
    else the article's host.
    """
    assert sentence.language is not None
    table = wording(sentence.language)
    before = sentence.tokens[max(0, where - 120) : end]
    best: tuple[int, str] | None = None
    for host, name in (("KR", "korea"), ("JP", "japan")):
        for match in table.pattern(name).finditer(before):
            if best is None or match.end() > best[0]:
                best = match.end(), host
    return best[1] if best is not None else article.host


def dominant(article: Article) -> str | None:
    """
    The quantity the article speaks of most (generic words aside), if one
    stands out.
    """
    if not article.quantities:
        for sentence in article.sentences:
            if sentence.language is None:
                continue
            _, found = _topics(article, sentence)
            for _, _, name in found:
                article.quantities[name] += 1
        article.quantities["generic"] += 0
    ranked = [
        (n, name)
        for name, n in article.quantities.items()
        if name != "generic" and n
    ]
    ranked.sort(reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def quantity(article: Article, sentence: Sentence, index: int) -> str | None:
    """
    The quantity figure *index* is tied to: the nearest topic word of its
    sentence that names one (``hns``, ``defense``, ``usfj_costs``, ...);
    with only generic words (``budget``) or none, the article's dominant
    quantity.
    """
    return quantity_at(article, sentence, sentence.position(index))


def quantity_at(
    article: Article, sentence: Sentence, where: int
) -> str | None:
    """
    The quantity the words at position *where* of *sentence*'s tokens
    speak of (see `quantity`).
    """
    if sentence.language is None:
        return None
    best: tuple[int, str] | None = None
    starts, found = _topics(article, sentence)
    lo = bisect.bisect_left(starts, where - WINDOW - 40)
    hi = bisect.bisect_right(starts, where + WINDOW)
    for start, end, name in found[lo:hi]:
        # A topic word after the figure ties it less than one before it
        # (the subject comes first in all three languages).
        distance = 2 * (start - where) + 10 if start >= where else where - end
        if distance > WINDOW:
            continue
        if name == "generic":
            distance += 10 * WINDOW  # any named quantity in reach wins
        if best is None or distance < best[0]:
            best = distance, name
    if best is None or best[1] == "generic":
        main = dominant(article)
        named = any(n for q, n in article.quantities.items() if q != "generic")
        if main is None and best is not None and not named and article.host:
            # A payment of the host ("its share", "the payment") in an
            # article that names no quantity at all: what hns is about.
            return "hns"
        return main
    return best[1]


@functools.lru_cache(maxsize=256)
def attached(sentence: Sentence, index: int) -> bool:
    """
    Whether a year phrase is written on figure *index*: right before it,
    with nothing but a few words between ("last year's share of ⟦n⟧",
    "지난해 ⟦n⟧", "FY2014's ⟦n⟧").
    """
    if sentence.language is None:
        return False
    where = sentence.position(index)
    end = where + len(f"⟦{index}⟧")
    tokens = sentence.tokens
    starts, phrases = _year_phrases(tokens, sentence.language)
    lo = bisect.bisect_left(starts, where - 40)
    hi = bisect.bisect_right(starts, end + 40)
    for match, _ in phrases[lo:hi]:
        if match.end() <= where and "⟦" not in tokens[match.end() : where]:
            return True
        # In English the year may follow: "from ⟦n⟧ this fiscal year".
        if (
            sentence.language == "en"
            and match.start() >= end
            and "⟦" not in tokens[end : match.start()]
        ):
            return True
    return False


def spanned(sentence: Sentence, where: int) -> bool:
    """
    Whether two joined years ("between 2014 and 2018", "18年度から20年度")
    stand within reach before position *where* of *sentence*.
    """
    if sentence.language is None:
        return False
    starts, _ = _year_phrases(sentence.tokens, sentence.language)
    _, joined = _joined(sentence.tokens, sentence.language)
    lo = bisect.bisect_left(starts, where - WINDOW)
    hi = bisect.bisect_left(starts, where)
    return any(k in joined for k in range(lo, hi))


@functools.lru_cache(maxsize=64)
def _joined(tokens: str, language: str) -> tuple[None, frozenset[int]]:
    # The indexes (in `_year_phrases`) of year phrases joined into spans.
    _, phrases = _year_phrases(tokens, language)
    matches = [m for m, _ in phrases]
    joined = {
        k
        for k, (a, b) in enumerate(itertools.pairwise(matches))
        if _JOINED.fullmatch(tokens[a.end() : b.start()])
    }
    return None, frozenset(joined | {k + 1 for k in joined})


def clear_caches() -> None:
    """
    Forget the year phrases found so far (`hns.audit.clear_caches`).
    """
    _year_phrases.cache_clear()
    _joined.cache_clear()


@functools.cache
def _base_markers(
    language: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    # What makes a year phrase a comparison's base: a marker after it
    # ("보다", "比"), or before it ("compared with").
    table = wording(language)
    after = before = None
    if "base_after" in table.words:
        after = _regex.compile(
            r"\s*(?:[(]\s*⟦\d+⟧\s*[)]\s*)?(?:の\s*)?"
            + table.alternatives("base_after")
        )
    if "base_before" in table.words:
        before = _regex.compile(
            table.alternatives("base_before") + r"\s+(?:the\s+)?$"
        )
    return after, before


@functools.lru_cache(maxsize=64)
def _year_phrases(
    tokens: str, language: str
) -> tuple[list[int], list[tuple[re.Match[str], bool]]]:
    # Year phrases, each with whether it names a comparison's base
    # ("지난해보다", "前年度比", "compared with FY2014").
    table = wording(language)
    triggers = table.words.get("year_triggers", ())
    if (
        triggers
        and not any(t in tokens for t in triggers)
        and not _DIGIT_YEAR.search(tokens)
    ):
        return [], []
    after, before = _base_markers(language)
    found = []
    phrases = list(table.year.finditer(tokens))
    # Two years joined ("between 2014 and 2018", "18年度から20年度") make a
    # span: neither is the year of an amount.
    joined = {
        k
        for k, (a, b) in enumerate(itertools.pairwise(phrases))
        if _JOINED.fullmatch(tokens[a.end() : b.start()])
    }
    joined |= {k + 1 for k in joined}
    for k, match in enumerate(phrases):
        base = k in joined or bool(
            (after is not None and after.match(tokens, match.end()))
            or (
                before is not None
                and before.search(
                    tokens[max(0, match.start() - 20) : match.start()]
                )
            )
        )
        found.append((match, base))
    return [m.start() for m, _ in found], found


# A year in digits, not a figure's index.
_DIGIT_YEAR = re.compile(r"(?<![0-9⟦])(?:19|20)[0-9]{2}(?![0-9⟧])")
# What joins two years into a span: "2014 to 2018", "19年度と20年度",
# "2014~2018년", "2019년과 2020년", "18年度から20年度まで".
_JOINED = re.compile(
    r"\s*(?:から|~|〜|～|-|–|to|and|through|과|와|と|,|、)\s*"
)
# What may stand between a base's year and its figure: "2021년(1조1833억
# 원)보다", "from last year's share of 193 billion yen".
_OF_BASE_YEAR = re.compile(
    r"\s*[(（]?\s*|\s+(?:[a-z]+\s+){0,3}(?:of|was|were|at)\s+(?:the\s+)?"
)


def _changes(article: Article, sentence: Sentence) -> set[int]:
    # The figures a sentence states as changes, once the change finder's
    # clusters are known.
    key = f"changes {sentence.number}"
    clusters = article.memo.get(f"clusters {sentence.number}")
    if clusters is None:
        return set()
    if key not in article.memo:
        article.memo[key] = {i for c in clusters for i in c.stated}
    return article.memo[key]  # type: ignore[no-any-return]


def _blocks(
    article: Article,
    sentence: Sentence,
    other: int,
    index: int,
    changes: set[int],
) -> bool:
    # An amount between a year and a figure takes the year for itself,
    # unless it is a change or an amount of another quantity ("올해 관련
    # 경비 8000억엔 … 주둔비 부담은 2112억엔").
    if article.figure(other).kind != "money" or other in changes:
        return False
    theirs = quantity(article, sentence, other)
    ours = quantity(article, sentence, index)
    return theirs is None or ours is None or theirs == ours


def years_of(
    article: Article, sentence: Sentence, index: int
) -> list[FiscalYear]:
    """
    The fiscal years amount *index* is of: the year phrase nearest it
    with no other amount between (a comparison's base year aside); every
    year a careful reader may take it to mean.
    """
    if index in article.years:
        return article.years[index]
    found: list[FiscalYear] = []
    if sentence.language is not None:
        tokens = sentence.tokens
        token = f"⟦{index}⟧"
        where = sentence.position(index)
        best: tuple[int, re.Match[str]] | None = None
        starts, phrases = _year_phrases(tokens, sentence.language)
        changes = _changes(article, sentence)
        lo = bisect.bisect_left(starts, where - WINDOW - 40)
        hi = bisect.bisect_right(starts, where + WINDOW)
        for match, base in phrases[lo:hi]:
            if match.start() > where:
                between = tokens[where + len(token) : match.start()]
            else:
                between = tokens[match.end() : where]
            if base and (
                match.start() > where or not _OF_BASE_YEAR.fullmatch(between)
            ):
                continue
            if match.start() > where and sentence.language != "en":
                continue  # in Korean and Japanese the year comes first
            distance = len(between)
            if distance > WINDOW or any(
                _blocks(article, sentence, k, index, changes)
                for k in tokens_in(between)
            ):
                continue  # another amount between
            if best is None or distance < best[0]:
                best = distance, match
        if best is not None:
            found = _years(article, best[1])
    article.years[index] = found
    return found


def _years(article: Article, match: re.Match[str]) -> list[FiscalYear]:
    for name, value in match.groupdict().items():
        if name.startswith("fy") and value:
            return [FiscalYear(int(value), article.calendar)]
        if name.startswith("yy") and value:
            short = int(value)
            full = 2000 + short if short < 70 else 1900 + short
            return [FiscalYear(full, article.calendar)]
    if not any(match.group(g) for g in ("this", "last", "next")):
        try:
            return [FiscalYear.parse(match.group(), article.calendar)]
        except HnsError:
            return []
    years = article.this_year()
    if match.group("last"):
        return [fy - 1 for fy in years]
    if match.group("next"):
        return [fy + 1 for fy in years]
    return years
