"""
The words and shapes of each language, from ``hns/data/lang/<lang>.toml``:
what every finder reads, so that no finder names a word.

A table has ``base_follows_change`` (whether a change's base is
written after it, as in English "up 8.2% from 9602"), ``[words]`` (named
lists of literal words, matched on the
lower-cased sentence), ``[topics]`` (the words that tie a figure to a
quantity: host-nation support, a defense budget, ...) and ``[[shape]]``
entries. A shape is a regular expression over a sentence whose figures
are written ``⟦n⟧``, with three kinds of placeholder:

- ``{role}``: one figure in that role (``base``, ``result``, ``stated``,
  ...); ``{stated}`` takes a cluster (``8.2%, 787억 원``);
- ``<list>``: any word of a ``[words]`` list; ``<up>`` and ``<down>``
  also say the direction;
- ``<year>``: a year phrase (``fiscal 2021``, ``지난해``, ``令和3年度``);
  in ``year_forms``, ``#`` is a year in four digits and ``##`` in two.

Every shape carries an ``example`` (a sentence the audit must read as a
consistent claim) and, where it needs one, the ``published`` date of the
example. Tables are validated on load: an unknown key, role or word list,
or a pattern that does not compile is a `WordingError` naming the file
and the entry.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib
import json
import re
import sys
import tomllib
from collections.abc import Iterator
from typing import Any

import attrs

from hns import _regex
from hns._cache import cache_dir, read_text, write_texts
from hns._loading import LOADING
from hns.errors import WordingError
from hns.numerals import alternation as _alternation

__all__ = [
    "LANGUAGES",
    "ROLES",
    "Shape",
    "Wording",
    "WordingError",
    "wording",
]

LANGUAGES = ("en", "ja", "ko")
ROLES = frozenset(
    {
        "amount",
        "average",
        "base",
        "converted",
        "count",
        "level",
        "multiple",
        "part",
        "per",
        "rate",
        "result",
        "stated",
        "total",
        "whole",
    }
)
_KINDS = frozenset(
    {
        "average",
        "base",
        "began",
        "change",
        "conversion",
        "count",
        "covers",
        "expiry",
        "first_above",
        "growth",
        "level",
        "multiple",
        "per_capita",
        "per_period",
        "previous",
        "rate",
        "record",
        "result",
        "same",
        "share",
        "start",
        "stated",
        "streak",
        "sum",
        "times",
        "total",
    }
)
_TABLE_KEYS = frozenset(
    {"language", "words", "topics", "shape", "base_follows_change"}
)
_SHAPE_KEYS = frozenset({"kind", "shape", "example", "published", "pinned"})
_REQUIRED_WORDS = ("up", "down", "last_year", "this_year", "next_year")
_PLACEHOLDER = re.compile(r"\{([a-z_]\w*)\}|(?<!\?P)<(\w+)>")
_FIGURE = r"⟦(?P<{}>\d+)⟧"
# A cluster of stated figures: "8.2%, 787억 원", "78.7 billion won, or
# 8.2%", "100억엔(약 1047억원)".
_CLUSTER = (
    r"(?P<stated>⟦\d+⟧(?:\s*[(（]\s*⟦\d+⟧\s*[)）])?"
    r"(?:(?:\s*[,、]\s*|,?\s+or\s+|\s*[(（]\s*)⟦\d+⟧\s*[)）]?){0,2})"
)


@attrs.frozen
class Shape:
    """
    One shape of a claim's wording: its *kind*, its regular expression
    (*regex*, compiled on first use as `pattern`), the roles it names, its
    *example* and whether its cues pin the roles of its figures down.
    """

    kind: str
    regex: str
    roles: frozenset[str]
    example: str
    published: dt.date | None
    pinned: bool
    source: str
    needs: frozenset[str] | None = None

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """
        The compiled *regex*: compiled when first used, as most shapes
        are never tried on a given article (their `needs` rule it out).

        >>> wording("en").of("expiry")[0].pattern.flags & re.UNICODE != 0
        True
        """
        return _regex.compile(self.regex)

    def finditer(self, tokens: str) -> Iterator[re.Match[str]]:
        """
        The pattern's matches in *tokens*; none at once when *tokens* has
        none of the words every match must contain (`needs`).

        >>> shape = wording("en").of("expiry")[0]
        >>> list(shape.finditer("the current deal rose 8%"))
        []
        """
        needs = self.needs
        if needs is None:
            return self.pattern.finditer(tokens)
        for word in needs:  # a loop, not any(): this runs very often
            if word in tokens:
                return self.pattern.finditer(tokens)
        return iter(())


@attrs.frozen
class Wording:
    """
    One language's table: word lists, topic words by quantity, shapes by
    kind, and the year-phrase pattern.
    """

    language: str
    words: dict[str, tuple[str, ...]]
    topics: dict[str, tuple[str, ...]]
    shapes: dict[str, tuple[Shape, ...]]
    year: re.Pattern[str]
    base_follows_change: bool = False

    def of(self, kind: str) -> tuple[Shape, ...]:
        """
        The shapes of one *kind* (none if the language has none).

        >>> [s.kind for s in wording("ko").of("base")][:1]
        ['base']
        """
        return self.shapes.get(kind, ())

    def alternatives(self, name: str) -> str:
        """
        The words of list *name* as a regular-expression alternation.
        """
        return _alternation(self.words[name])

    def says(self, name: str, text: str) -> bool:
        """
        Whether *text* has a word of list *name* anywhere (a plain
        substring test: the quick way to ask what `pattern` would find).

        >>> wording("en").says("expire", "the deal expires in march")
        True
        """
        for word in self.words[name]:  # noqa: SIM110 - a loop is faster
            if word in text:
                return True
        return False

    def pattern(self, name: str) -> re.Pattern[str]:
        """
        The words of list *name* as a compiled pattern (compiled once).

        >>> wording("ko").pattern("up").search("8.2% 늘어난").group()
        '늘어'
        """
        return _compiled(self.language, name)


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """
    Words one of which every match of *pattern* contains, when the
    pattern shows some (None when it does not, or is case-blind): a
    quick test with ``in`` before the regular expression runs.

    >>> sorted(required(re.compile(r"(?:rose|fell) (?:by )?\\d+%")))
    ['fell', 'rose']
    >>> required(re.compile(r"\\d+"))
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parser: Any = importlib.import_module("re._parser")
        parsed = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a private module: never fail on it
        return None
    found = _needed(list(parsed))
    if found is None or not all(found):
        return None
    return frozenset(found)


def led(pattern: str) -> str:
    """
    *pattern* led by a lookahead for the characters a match can start
    with, when it is an alternation of groups (which the regular
    expression engine otherwise tries whole at every position): the same
    matches, found about twice as fast.

    >>> led("(?P<a>ab)|(?P<b>[0-9]x)")
    '(?=[0123456789a])(?:(?P<a>ab)|(?P<b>[0-9]x))'
    >>> led("abc")
    'abc'
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        items = list(parser.parse(pattern))
    except Exception:  # a private module: never fail on it
        return pattern
    c: Any = importlib.import_module("re._constants")
    if not items or items[0][0] is not c.BRANCH:
        return pattern
    if all(alt and alt[0][0] is c.LITERAL for alt in items[0][1][1]):
        return pattern  # the engine skips ahead by first character itself
    first = _first(items)
    if first is None or len(first) > 60:
        return pattern
    ranges = "".join(sorted(re.escape(ch) for ch in first))
    return f"(?=[{ranges}])(?:{pattern})"


def _first(items: list[tuple[Any, Any]]) -> set[str] | None:
    # The characters a match of *items* may start with; None when any
    # character may (or none need be matched).
    c: Any = importlib.import_module("re._constants")
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _first(rest)  # zero-width: the next item starts the match
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        found: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                found.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 64:
                found.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None
        return found
    if op is c.SUBPATTERN:
        _, add, _, body = av
        return None if add & re.IGNORECASE else _first([*body, *rest])
    if op is c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            part = _first([*alternative, *rest])
            if part is None:
                return None
            union |= part
        return union
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        least, _, body = av
        head = _first([*body, *rest])
        if head is None:
            return None
        if least == 0:
            tail = _first(rest)
            return None if tail is None else head | tail
        return head
    return None


def _needed(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    # The most selective requirement of a sequence of parsed items: a run
    # of literal characters, or one of the words of a group, repetition
    # (at least once) or alternation that every match goes through.
    c: Any = importlib.import_module("re._constants")

    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            _, add, _, body = av
            if not add & re.IGNORECASE:
                inner = _needed(list(body))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            least, _, body = av
            if least >= 1:
                inner = _needed(list(body))
        elif op is c.ATOMIC_GROUP:
            inner = _needed(list(av))
        elif op is c.BRANCH:
            alternatives = [_needed(list(alt)) for alt in av[1]]
            if all(a is not None for a in alternatives):
                inner = frozenset().union(*alternatives)  # type: ignore[arg-type]
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    # A short list of long words tests best; a list of more than 30 costs
    # more than the pattern it would spare.
    usable = [words for words in candidates if len(words) <= 30]
    if not usable:
        return None
    return max(usable, key=lambda w: (min(map(len, w)), -len(w)))


def _year_pattern(words: dict[str, tuple[str, ...]], forms: list[str]) -> str:
    # "fiscal #", "#년": # is the four-digit year, a group of its own in
    # each alternative.
    parts = [
        f"(?P<this>{_alternation(words['this_year'])})",
        f"(?P<last>{_alternation(words['last_year'])})",
        f"(?P<next>{_alternation(words['next_year'])})",
    ]
    for n, form in enumerate(forms):
        # Neither year of a span ("fiscal 2016-2020") is a single year;
        # "##" is a year in two digits (15年度).
        year = (
            r"(?<![0-9][-–~～〜])(?<![0-9] [-–~～〜] )"
            f"(?P<fy{n}>(?:19|20)[0-9]{{2}})"
            r"(?![0-9]|\s*[-–~～〜]\s*(?:19|20)?[0-9]{2})"
        )
        short = f"(?<![0-9])(?P<yy{n}>[0-9]{{2}})(?![0-9])"
        parts.append(form.replace("##", short).replace("#", year))
    return "|".join(parts)


def _expand(
    shape: str,
    words: dict[str, tuple[str, ...]],
    year: str,
    where: str,
) -> tuple[str, frozenset[str]]:
    roles: list[str] = []

    def slot(role: str) -> str:
        if role not in ROLES:
            msg = f"{where}: unknown role {{{role}}}"
            raise WordingError(msg)
        if role in roles:
            msg = f"{where}: role {{{role}}} named twice"
            raise WordingError(msg)
        roles.append(role)
        return _CLUSTER if role == "stated" else _FIGURE.format(role)

    def listed(name: str) -> str:
        if name == "year":
            return f"(?:{year})"
        if name not in words:
            msg = f"{where}: unknown word list <{name}>"
            raise WordingError(msg)
        alternation = _alternation(words[name])
        if name in ("up", "down", "number"):
            return f"(?P<{name}>{alternation})"
        return alternation

    def placeholder(match: re.Match[str]) -> str:
        role, name = match.groups()
        return slot(role) if role else listed(name)

    pattern = _PLACEHOLDER.sub(placeholder, shape)
    return pattern, frozenset(roles)


def _table(path: Any, language: str) -> Wording:
    # The table of the TOML file at *path*, validated (not cached).
    source = f"{language}.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        msg = f"{source}: cannot read: {err}"
        raise WordingError(msg) from err
    return _built(text, language)[0]


def _built(text: str, language: str) -> tuple[Wording, dict[str, Any]]:
    # The table of TOML *text*, validated, and its expanded form for the
    # cache (what `_cached` reads back).
    source = f"{language}.toml"
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        msg = f"{source}: cannot read: {err}"
        raise WordingError(msg) from err
    unknown = set(raw) - _TABLE_KEYS
    if unknown:
        msg = f"{source}: unknown keys {sorted(unknown)}"
        raise WordingError(msg)
    listed = raw.get("words", {})
    if not isinstance(listed, dict):
        msg = f"{source}: [words] must be a table of lists"
        raise WordingError(msg)
    words = {
        name: tuple(str(w).lower() for w in values)
        for name, values in listed.items()
        if isinstance(values, list) and values
    }
    if set(words) != set(listed):
        msg = f"{source}: [words]: each list must be a non-empty list"
        raise WordingError(msg)
    for name in _REQUIRED_WORDS:
        if name not in words:
            msg = f"{source}: [words]: missing list {name!r}"
            raise WordingError(msg)
    topics_table = raw.get("topics", {})
    if not isinstance(topics_table, dict) or not all(
        isinstance(values, list) for values in topics_table.values()
    ):
        msg = f"{source}: [topics] must be a table of lists"
        raise WordingError(msg)
    topics = {
        name: tuple(str(w).lower() for w in values)
        for name, values in topics_table.items()
    }
    forms = [str(f) for f in words.pop("year_forms", ())]
    year = led(_year_pattern(words, forms))
    entries = raw.get("shape", [])
    if not isinstance(entries, list):
        msg = f"{source}: shape must be an array of tables"
        raise WordingError(msg)
    shapes: dict[str, list[Shape]] = {}
    for n, entry in enumerate(entries, 1):
        shape = _shape(entry, words, year, f"{source}: shape {n}")
        shapes.setdefault(shape.kind, []).append(shape)
    table = _wording(language, words, topics, shapes, year, raw)
    form = {
        "language": language,
        "words": words,
        "topics": topics,
        "year": year,
        "base_follows_change": table.base_follows_change,
        "shapes": [
            [
                s.kind,
                s.regex,
                sorted(s.roles),
                s.example,
                s.published.isoformat() if s.published else None,
                s.pinned,
                s.source,
                None if s.needs is None else sorted(s.needs),
            ]
            for found in shapes.values()
            for s in found
        ],
    }
    return table, form


def _shape(
    entry: object, words: dict[str, tuple[str, ...]], year: str, where: str
) -> Shape:
    # One [[shape]] entry, validated, its pattern compiled once to check it.
    if not isinstance(entry, dict):
        msg = f"{where}: not a table"
        raise WordingError(msg)
    unknown = set(entry) - _SHAPE_KEYS
    if unknown:
        msg = f"{where}: unknown keys {sorted(unknown)}"
        raise WordingError(msg)
    kind, text = entry.get("kind"), entry.get("shape")
    if kind not in _KINDS:
        msg = f"{where}: unknown kind {kind!r}"
        raise WordingError(msg)
    if not isinstance(text, str) or not entry.get("example"):
        msg = f"{where}: needs a shape and an example"
        raise WordingError(msg)
    pattern, roles = _expand(text, words, year, f"{where} ({kind})")
    try:
        compiled = re.compile(pattern)
    except re.error as err:
        msg = f"{where} ({kind}): pattern does not compile: {err}"
        raise WordingError(msg) from err
    published = entry.get("published")
    if published is not None and not isinstance(published, dt.date):
        msg = f"{where}: published must be a date"
        raise WordingError(msg)
    pinned = entry.get("pinned", True)
    if not isinstance(pinned, bool):
        msg = f"{where}: pinned must be true or false"
        raise WordingError(msg)
    shape = Shape(
        kind,
        pattern,
        roles,
        str(entry["example"]),
        published,
        pinned,
        where,
        required(compiled),
    )
    return shape


def _wording(
    language: str,
    words: dict[str, tuple[str, ...]],
    topics: dict[str, tuple[str, ...]],
    shapes: dict[str, list[Shape]],
    year: str,
    raw: dict[str, Any],
) -> Wording:
    return Wording(
        language,
        words,
        topics,
        {kind: tuple(found) for kind, found in shapes.items()},
        _regex.compile(year),
        bool(raw.get("base_follows_change", False)),
    )


# The cached form's version: a change to what `_built` writes changes it,
# so that an older cache is never read as the new form.
_FORM = "1"


def _digest(data: bytes) -> str:
    # The cache key of a table: its bytes, the form, and the Python whose
    # regular-expression parser expanded it (`required`, `led`).
    key = hashlib.sha256(data)
    key.update(
        f"|{_FORM}|{sys.version_info[0]}.{sys.version_info[1]}".encode()
    )
    return key.hexdigest()[:20]


def _cached(text: str, language: str) -> Wording | None:
    # The table a cached file holds; None unless the file is exactly what
    # `_built` writes (damaged, truncated or edited files are rebuilt).
    try:
        outer = json.loads(text)
        body = outer["body"]
        if outer["check"] != hashlib.sha256(body.encode()).hexdigest():
            return None
        form = json.loads(body)
        if form["language"] != language:
            return None
        words = {str(k): _strings(v) for k, v in form["words"].items()}
        topics = {str(k): _strings(v) for k, v in form["topics"].items()}
        shapes: dict[str, list[Shape]] = {}
        for row in form["shapes"]:
            kind, regex, roles, example, published, pinned, where, needs = row
            if kind not in _KINDS or not set(_strings(roles)) <= ROLES:
                return None
            shapes.setdefault(kind, []).append(
                Shape(
                    kind,
                    _string(regex),
                    frozenset(roles),
                    _string(example),
                    None
                    if published is None
                    else dt.date.fromisoformat(published),
                    bool(pinned),
                    _string(where),
                    None if needs is None else frozenset(_strings(needs)),
                )
            )
        base = form["base_follows_change"]
        return _wording(
            language,
            words,
            topics,
            shapes,
            _string(form["year"]),
            {"base_follows_change": bool(base)},
        )
    except (ValueError, KeyError, TypeError, AttributeError, re.error):
        return None


def _string(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _strings(values: object) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise TypeError(values)
    return tuple(_string(value) for value in values)


def _stored(form: dict[str, Any]) -> str:
    body = json.dumps(form, ensure_ascii=False)
    check = hashlib.sha256(body.encode()).hexdigest()
    return json.dumps({"check": check, "body": body}, ensure_ascii=False)


@functools.cache
def _compiled(language: str, name: str) -> re.Pattern[str]:
    return _regex.compile(wording(language).alternatives(name))


@functools.cache
def wording(language: str) -> Wording:
    """
    The validated table of *language* (``en``, ``ja`` or ``ko``), loaded
    once.

    >>> "증가" in wording("ko").words["up"]
    True

    Raises:
        WordingError: no such table, or the table is malformed.
    """
    with LOADING:
        from importlib.resources import files

    if language not in LANGUAGES:
        msg = f"no wording table for language {language!r}"
        raise WordingError(msg)
    source = f"{language}.toml"
    try:
        data = files("hns.data").joinpath("lang", source).read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        msg = f"{source}: cannot read: {err}"
        raise WordingError(msg) from err
    # Expanding a table costs about 40 ms a language, mostly in the
    # regular-expression parser; the expanded form is cached per machine.
    folder = cache_dir() / "wording"
    name = f"{language}-{_digest(data)}.json"
    cached = read_text(folder / name)
    found = None if cached is None else _cached(cached, language)
    if found is not None:
        return found
    table, form = _built(text, language)
    write_texts(folder, {name: _stored(form)})
    return table
