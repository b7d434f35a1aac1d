"""
The article as the audit reads it: the normalized text, its sentences
(each with its figures as ``⟦n⟧`` tokens and its language), its figures,
its publication date and host country, and what the finders learn about
its figures on the way (the year each amount is of, corrected readings).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from typing import Any

import attrs

from hns import _regex
from hns._arguments import as_date, as_flag
from hns.errors import ArgumentError, ParseError
from hns.figures import Figure
from hns.finding import Found, Malformed, scan
from hns.fiscal import JAPAN, KOREA, FiscalCalendar, FiscalYear, fiscal_year
from hns.numerals import alternation, lazy_pattern, normalize

__all__ = ["PUBLISHED", "Article", "Sentence", "date_line"]

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
CURRENCY_OF_HOST = {"JP": "JPY", "KR": "KRW"}
# English function words: a Latin-script sentence with none is in a
# language the audit does not read.
_ENGLISH = frozenset(
    [
        "the", "of", "and", "to", "in", "is", "was", "will", "for", "from",
        "by", "with", "that", "this", "its", "it", "has", "have", "are",
        "which", "at", "on", "than", "more", "up", "down", "a", "an",
    ]
)  # fmt: skip
# Function words of other languages in Latin script (Indonesian and
# Malay, German, French, Spanish, Portuguese, Italian, Dutch).
_FOREIGN = frozenset(
    [
        "dan", "yang", "untuk", "dengan", "ini", "itu", "tahun", "akan",
        "pada", "dari", "harus", "und", "der", "die", "das", "nicht", "mit",
        "für", "les", "des", "est", "une", "pour", "avec", "los", "las",
        "para", "por", "una", "con", "que", "del", "não", "uma", "com", "het",
        "een", "van", "voor", "il", "gli", "della",
    ]
)  # fmt: skip
_FOREIGN_ASCII = frozenset(w.encode() for w in _FOREIGN if w.isascii())
# Every ASCII byte that is not a word character (\w) made a space.
_NOT_WORD_TO_SPACE = bytes(
    c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(256)
)
_WORD = lazy_pattern(r"\w\w*")  # not \w+: see hns.finding._DIGITS


@functools.cache
def _foreign_word() -> re.Pattern[str]:
    # Any of _FOREIGN, as a word: one quick pass over a sentence.
    return _regex.compile(rf"\b{alternation(sorted(_FOREIGN))}\b")


_HANGUL = lazy_pattern("[\uac00-\ud7a3]")
_CJK = lazy_pattern("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_LATIN = lazy_pattern("[A-Za-z]{2,}")
# Brackets the text writes cannot forge a figure; curly quotes read as
# straight ones. One character for one, so positions hold.
_REPLACED = tuple(zip("⟦⟧\u2019\u2018\u201c\u201d", "[]''\"\"", strict=True))
_DATE_LINE = lazy_pattern(
    r"^[^\w\n]*(?:published|date|dateline|posted)?[^\w\n]*"
    r"((?:19|20)\d\d-\d\d-\d\d)\b",
    re.IGNORECASE | re.MULTILINE,
)


# A sentence ends at a full stop followed by a space and a capital, a
# quote or a CJK letter; at 。！？; and at a line break. One pattern per
# mark, each led by its literal character (a fast scan), tried only when
# the text has the mark.
_CAPITAL = (
    "(?=[\"\u201c\u2018'(\\[A-Z\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])"
)
_ENDS = {
    mark: lazy_pattern(pattern)
    for mark, pattern in {
        ".": r"\.(?P<space>[ \t]+)" + _CAPITAL,
        "!": r"!(?P<space>[ \t]+)" + _CAPITAL,
        "?": r"\?(?P<space>[ \t]+)" + _CAPITAL,
        "\u3002": "\u3002",
        "\uff01": "\uff01",
        "\uff1f": "\uff1f",
        "\n": "\n\n*",  # not \n+: a literal first is found faster
    }.items()
}


def sentences(s: str) -> list[tuple[int, int]]:
    """
    The (start, end) of each sentence of *s*.

    >>> text = "It rose 1.2%. 늘었다. 이 액수는. On Feb. 2 増えた。減った"
    >>> [text[a:b] for a, b in sentences(text)]
    ['It rose 1.2%.', '늘었다.', '이 액수는.', 'On Feb. 2 増えた。', '減った']
    """
    # (where the sentence ends, where the next one starts); the marks'
    # matches never overlap, so sorting them gives the text's order.
    cuts = []
    for mark, pattern in _ENDS.items():
        if mark not in s:
            continue
        for boundary in pattern().finditer(s):
            # The stop belongs to its sentence; spaces and line breaks to
            # none.
            if mark == "\n":
                end = boundary.start()
            elif mark in ".!?":
                end = boundary.start("space")
            else:
                end = boundary.end()
            cuts.append((end, boundary.end()))
    cuts.sort()
    found, start = [], 0
    for end, after in cuts:
        if end > start:
            found.append((start, end))
        start = after
    if start < len(s):
        found.append((start, len(s)))
    return found


# The publication dates the audit reads: what fiscal years and the rates
# can speak of.
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


PUBLISHED = "a date, datetime or ISO date string ('YYYY-MM-DD', 'YYYY-MM')"
"""
What a publication date may be, as error messages say it.
"""


def _publication(value: object) -> tuple[dt.date | None, int]:
    # A publication date as people pass it: any date argument of hns (a
    # date, a datetime, an ISO date string, a pandas Timestamp), or a
    # partial ISO date; and the days of uncertainty around it.
    if value is None:
        return None, 0
    uncertainty = 0
    if isinstance(value, str):
        try:
            day, uncertainty = published_span(value)
        except ParseError:  # a date and time, or the error naming it
            day = as_date(value, "published", PUBLISHED)
    else:
        day = as_date(value, "published", PUBLISHED)
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ArgumentError(
            argument="published",
            expected="a date from 1900 to 2199",
            given=value,
        )
    return day, uncertainty


def published_span(value: str) -> tuple[dt.date, int]:
    """
    The day a partial date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)
    stands for, and how many days either side of it the article may have
    been written on.

    >>> published_span("2019-02")
    (datetime.date(2019, 2, 14), 14)
    >>> published_span("2019-02-10")
    (datetime.date(2019, 2, 10), 0)

    Raises:
        ParseError: *value* is no such date.
    """
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            return dt.date(*numbers), 0
        if len(numbers) == 2:
            first = dt.date(numbers[0], numbers[1], 1)
            after = first + dt.timedelta(days=31)
            last = after.replace(day=1) - dt.timedelta(days=1)
            days = (last - first).days
            return first + dt.timedelta(days=days // 2), days - days // 2
        if len(numbers) == 1:
            return dt.date(numbers[0], 7, 2), 183
    except (ValueError, OverflowError) as err:
        raise ParseError(
            value, 0, "not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        ) from err
    raise ParseError(value, 0, "not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


_ASCII_LOWER = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
)


def _lower(text: str) -> str:
    # Lower-cased, one character for one (so positions hold), with the
    # text's own brackets unable to forge a figure.
    for old, new in _REPLACED:
        if old in text:
            text = text.replace(old, new)
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


def date_line(text: str) -> dt.date | None:
    """
    A publication date written at the start of a line near the top.

    >>> date_line("2021-02-10\\nJapan and ...")
    datetime.date(2021, 2, 10)
    """
    match = _DATE_LINE().search(text[:2000])
    if match is None:
        return None
    try:
        day = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return day if FIRST_DAY <= day <= LAST_DAY else None


def language_of(sentence: str) -> str | None:
    """
    The language of a sentence: ``ko`` (any Hangul), ``ja`` (kana or
    kanji), ``en`` (Latin script with English function words), or None.

    >>> language_of("Korea Selatan harus membayar 1,389 triliun won.")
    >>> language_of("It rose 8.2% to 1.0389 trillion won.")
    'en'
    """
    return _language(sentence.lower())


def _language(lower: str) -> str | None:
    # The language of a lower-cased sentence (see `language_of`).
    if lower.isascii():
        # Its words, split at every character that is not \w, as bytes:
        # a quicker test than the pattern, with the same answer.
        ascii_words = lower.encode("ascii").translate(_NOT_WORD_TO_SPACE)
        if _FOREIGN_ASCII.isdisjoint(ascii_words.split()):
            return "en"
    else:
        cjk = _CJK().search(lower)
        if cjk is not None:
            if "\uac00" <= cjk.group() <= "\ud7a3":
                return "ko"
            return "ko" if _HANGUL().search(lower, cjk.end()) else "ja"
        if not _foreign_word().search(lower):
            return "en"
    words = _WORD().findall(lower)
    foreign = sum(1 for w in words if w in _FOREIGN)
    english = sum(1 for w in words if w in _ENGLISH)
    return "en" if english >= foreign or not _LATIN().search(lower) else None


_HOST_NAMES = {
    "jp": "JP",
    "japan": "JP",
    "kr": "KR",
    "korea": "KR",
    "south korea": "KR",
    "republic of korea": "KR",
    "rok": "KR",
}


def _given_host(value: object) -> str | None:
    # The host an audit is told of: JP or KR, or the country's name.
    if value is None:
        return None
    host = (
        _HOST_NAMES.get(value.strip().lower())
        if isinstance(value, str)
        else None
    )
    if host is None:
        raise ArgumentError(
            argument="host",
            expected="'JP' or 'KR' (or 'Japan', 'Korea')",
            given=value,
        )
    return host


def _host(lower: str) -> str | None:
    # The country the article is about (*lower*: its text lower-cased):
    # the one it names more often.
    counts = {
        host: sum(lower.count(word) for word in words)
        for host, words in _HOST_WORDS.items()
    }
    ranked = sorted(counts, key=lambda h: counts[h], reverse=True)
    if counts[ranked[0]] == 0 or counts[ranked[0]] == counts[ranked[1]]:
        return None
    return ranked[0]


@attrs.frozen(eq=False)
class Sentence:
    """
    One sentence: its *number* in the article, where it stands, its text
    lower-cased with each figure replaced by ``⟦n⟧`` (*tokens*; brackets
    the text itself wrote become ``[`` and ``]`` so that text cannot forge
    a figure), the indexes of its figures (*members*) and where each
    stands in *tokens* (*at*), and its language (None: not one the audit
    reads).
    """

    number: int
    start: int
    end: int
    tokens: str
    members: tuple[int, ...]
    at: tuple[int, ...]
    language: str | None

    def position(self, index: int) -> int:
        """
        Where figure *index* stands in `tokens` (-1: not in this sentence).
        """
        k = bisect.bisect_left(self.members, index)
        if k < len(self.members) and self.members[k] == index:
            return self.at[k]
        return -1

    def near(
        self, where: int, before: int = 200, after: int = 200
    ) -> list[int]:
        """
        The figures standing from *before* characters before *where* to
        *after* characters after it: what a cue may reach, so that a long
        sentence costs no more than many short ones.
        """
        lo = bisect.bisect_left(self.at, where - before)
        hi = bisect.bisect_right(self.at, where + after)
        return list(self.members[lo:hi])


@attrs.define
class Article:
    """
    An article read once: *text* as given, *s* normalized (same
    positions), the figures found, the sentences, the publication date and
    host (given or inferred), and what finders record about figures.
    """

    text: str
    s: str
    published: dt.date | None
    host: str | None
    found: list[Found]
    sentences: list[Sentence]
    years: dict[int, list[FiscalYear]] = attrs.Factory(dict)
    corrected: dict[int, tuple[Figure, str]] = attrs.Factory(dict)
    used: set[int] = attrs.Factory(set)
    quantities: Counter[str] = attrs.Factory(Counter)
    memo: dict[str, Any] = attrs.Factory(dict)
    malformed: list[Malformed] = attrs.Factory(list)
    reference: bool = True
    rates: Any = None
    uncertainty: int = 0
    published_from: str | None = None
    host_from: str | None = None

    @classmethod
    def read(
        cls,
        text: str,
        published: dt.date | str | None = None,
        *,
        reference: bool = True,
        rates: Any = None,
        host: str | None = None,
    ) -> Article:
        """
        Read *text*: normalize it, find its figures and sentences. The
        publication date is *published*, else a date line at the top of
        the text; the host is *host*, else the country the text names
        more often (`published_from` and `host_from` say which: "given",
        "text" or None).

        >>> article = Article.read("It rose 1.2% to ¥201.7 billion. 増えた。")
        >>> [s.tokens for s in article.sentences]
        ['it rose ⟦0⟧ to ⟦1⟧.', '増えた。']
        >>> [s.language for s in article.sentences]
        ['en', 'ja']
        """
        s = normalize(text)
        uncertainty = 0
        published, uncertainty = _publication(published)
        if rates is not None and not (
            callable(getattr(rates, "rate", None))
            and callable(getattr(rates, "rate_range", None))
        ):
            raise ArgumentError(
                argument="rates", expected="a source of rates", given=rates
            )
        as_flag(reference, "reference")
        when = published if published is not None else date_line(text)
        given_host = _given_host(host)
        lowered = _lower(s)
        inferred = _host(lowered) if given_host is None else None
        found, malformed = scan(text, s, lowered)
        spans = sentences(s)
        article = cls(
            text,
            s,
            when,
            given_host or inferred,
            found,
            [],
            reference=reference,
            rates=rates,
            uncertainty=uncertainty,
            malformed=malformed,
            published_from=(
                "given"
                if published is not None
                else "text"
                if when is not None
                else None
            ),
            host_from=(
                "given"
                if given_host
                else "text"
                if inferred is not None
                else None
            ),
        )
        starts = [f.start for f in found]
        article.memo["lowered"] = lowered
        article.sentences = [
            article._sentence(n, start, end, starts, lowered)
            for n, (start, end) in enumerate(spans)
        ]
        return article

    def _sentence(
        self,
        number: int,
        start: int,
        end: int,
        starts: list[int],
        lowered: str,
    ) -> Sentence:
        pieces, members, at, cursor = [], [], [], start
        length = 0
        for index in range(bisect.bisect_left(starts, start), len(starts)):
            found = self.found[index]
            if found.start >= end:
                break
            if found.end <= end:
                piece = lowered[cursor : found.start]
                pieces.append(piece)
                length += len(piece)
                token = f"⟦{index}⟧"
                pieces.append(token)
                members.append(index)
                at.append(length)
                length += len(token)
                cursor = found.end
        pieces.append(lowered[cursor:end])
        tokens = "".join(pieces)
        # The language of the words, not of the figures: "2017億円 a 1.2%
        # increase" is English.
        words = "".join(p for p in pieces if not p.startswith("⟦"))
        return Sentence(
            number,
            start,
            end,
            tokens,
            tuple(members),
            tuple(at),
            _language(words),
        )

    @property
    def calendar(self) -> FiscalCalendar:
        """
        The fiscal calendar of the host: Japan's April year or Korea's
        calendar year.
        """
        return JAPAN if self.host == "JP" else KOREA

    def figure(self, index: int) -> Figure:
        """
        The figure with *index*.
        """
        return self.found[index].figure

    def is_home_money(self, index: int) -> bool:
        """
        Whether figure *index* is an amount in the host's currency.
        """
        currency = self.figure(index).currency
        return (
            currency is not None
            and self.host is not None
            and currency.code == CURRENCY_OF_HOST[self.host]
        )

    def variants(self, index: int) -> list[tuple[str, Figure]]:
        """
        The figure as written, and as its own level check corrected it.
        """
        options = [("", self.figure(index))]
        if index in self.corrected:
            corrected, note = self.corrected[index]
            options.append((note, corrected))
        return options

    def this_year(self) -> list[FiscalYear]:
        """
        "This year" at publication: the fiscal year named for the calendar
        year, or the fiscal year under way; both readings count.
        """
        if self.published is None:
            return []
        calendar = self.calendar
        named = FiscalYear(self.published.year, calendar)
        under_way = fiscal_year(self.published, calendar)
        return list(dict.fromkeys((named, under_way)))
