"""
Slip hypotheses: the figures a writer (or a translation) may have meant
when they wrote this one. Each candidate is a whole corrected text, read
again by `parse_figure`, so its precision is that of the corrected writing.

Simplest first: 億/억 read as billion, a lost or extra digit (also of a
number written in 億), swapped adjacent digits, a shifted decimal point.
`hns.checks` keeps only the candidates that make a claim consistent.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Literal, NamedTuple

from hns.errors import HnsError
from hns.figures import Figure
from hns.numerals import lazy_pattern
from hns.parse import parse_figure
from hns.verdicts import note_in_words

__all__ = ["SLIP_KINDS", "Candidate", "SlipKind", "candidates"]

SlipKind = Literal[
    "myriad_scale",
    "lost_digit",
    "extra_digit",
    "swapped_digits",
    "decimal_shift",
    "points_vs_percent",
    "wrong_base",
    "wrong_direction",
    "adjacent_year",
]
"""
The kind of slip a `Diagnosis` names (`SLIP_KINDS` in the order tried).
"""
SLIP_KINDS: tuple[SlipKind, ...] = (
    "myriad_scale",
    "decimal_shift",
    "lost_digit",
    "extra_digit",
    "swapped_digits",
    "points_vs_percent",
    "wrong_base",
    "wrong_direction",
    "adjacent_year",
)
"""
Every kind of slip, most plausible first: slips that keep the written
digits (a unit or a decimal point misread) before slips that change them.
"""

# The first number written in a figure's text, with its separators.
_NUMBER = lazy_pattern(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_ENGLISH_SCALE = lazy_pattern(
    r"\s*(thousand|million|billion|trillion|k|m|mn|bn|b|tn|t)\b",
    re.IGNORECASE,
)
_MYRIAD_UNIT = {"JPY": "億円", "KRW": "억원"}
# 億 = 10**8 written as a number of billions is off by 10, and so on.
_SCALE_OF = {
    "thousand": 3, "k": 3, "million": 6, "m": 6, "mn": 6,
    "billion": 9, "b": 9, "bn": 9, "trillion": 12, "tn": 12, "t": 12,
}  # fmt: skip


class Candidate(NamedTuple):
    """
    One hypothesis: the kind of slip, the corrected figure, and a note
    saying what was meant (written out only when asked for: most
    candidates are discarded).
    """

    kind: SlipKind
    figure: Figure
    template: str

    @property
    def note(self) -> str:
        """
        What was meant, in words.
        """
        return note_in_words(self.template, self.figure)


def _digit_variants(digits: str) -> Iterator[tuple[SlipKind, str]]:
    # Digit strings one slip away: lost, extra and swapped digits.
    plain = digits.replace(",", "")
    whole, _, fraction = plain.partition(".")
    run = whole + fraction
    point = len(whole)

    def placed(run: str, point: int) -> str:
        head, tail = run[:point], run[point:]
        head = head.lstrip("0") or "0"
        return f"{head}.{tail}" if tail else head

    for i in range(len(run) + 1):
        # At the decimal point a lost digit may belong to either side.
        points = [point + 1] if i < point else [point] if i > point else []
        if i == point:
            points = [point + 1, point] if fraction else [point + 1]
        for new_point in points:
            for digit in "0123456789":
                if i == 0 and digit == "0":
                    continue
                yield (
                    "lost_digit",
                    placed(run[:i] + digit + run[i:], new_point),
                )
    if len(run) > 1:
        for i in range(len(run)):
            shift = 1 if i < point else 0
            if point - shift < 1:
                continue
            yield "extra_digit", placed(run[:i] + run[i + 1 :], point - shift)
    for i in range(len(run) - 1):
        if run[i] != run[i + 1]:
            swapped = run[:i] + run[i + 1] + run[i] + run[i + 2 :]
            if not (i == 0 and swapped[0] == "0"):
                yield "swapped_digits", placed(swapped, point)
    significant = run.lstrip("0")
    if significant:
        for move in (-3, -2, -1, 1, 2, 3):
            target = point + move
            # Pad with zeros on whichever side the point moves past.
            left = "0" * max(0, 1 - target)
            right = "0" * max(0, target - len(run))
            yield (
                "decimal_shift",
                placed(left + run + right, target + len(left)),
            )


@functools.lru_cache(maxsize=4096)
def _reparse(text: str) -> Figure | None:
    # A corrected text, read (a pure function of it: memoized, as the
    # hypotheses are).
    try:
        return parse_figure(text)
    except HnsError:
        return None


def candidates(
    figure: Figure, within: tuple[float, float] | None = None
) -> Iterator[Candidate]:
    """
    The figures *figure* may have been meant as, one slip away, simplest
    first. Values already seen are not repeated. *within*, a range
    ``(lo, hi)`` a candidate must meet to be of use, rules out before
    they are read the candidates whose value stands more than two places
    of its last digit away from it (a coarse test: widen the range rather
    than let it reject a candidate that could fit).

    >>> found = candidates(parse_figure("193 billion yen"))
    >>> [(c.kind, c.figure.text) for c in found if "1993" in c.figure.text][:2]
    [('lost_digit', '1993 billion yen'), ('lost_digit', '1993億円')]
    >>> next(candidates(parse_figure("2017 billion yen"))).note
    '2017億円 (201.7 billion yen), 億 read as billion'
    """
    seen = {figure.value}
    hypotheses, unknown, places = _by_place(figure)
    if within is not None:
        near = _near(unknown, places, *within)
        hypotheses = tuple(hypotheses[k] for k in near)
    for kind, text, note, _, _ in hypotheses:
        corrected = _reparse(text)
        if corrected is None or corrected.value in seen:
            continue
        if corrected.kind != figure.kind or (
            corrected.currency != figure.currency
        ):
            continue
        seen.add(corrected.value)
        yield Candidate(kind, corrected, note)


_Hypothesis = tuple[SlipKind, str, str, float | None, float | None]


def _near(
    unknown: tuple[int, ...],
    places: tuple[tuple[float, list[float], list[int]], ...],
    lo: float,
    hi: float,
) -> list[int]:
    # The hypotheses whose value v, with last place p, may meet [lo, hi]:
    # lo - 2p <= v <= hi + 2p, found by bisection in each place's values
    # (a figure's hypotheses have a handful of last places), in order;
    # those of *unknown* value always.
    found = list(unknown)
    for reach, values, indexes in places:
        a = bisect.bisect_left(values, lo - reach)
        b = bisect.bisect_right(values, hi + reach)
        found.extend(indexes[a:b])
    found.sort()
    return found


@functools.lru_cache(maxsize=2048)
def _by_place(
    figure: Figure,
) -> tuple[
    tuple[_Hypothesis, ...],
    tuple[int, ...],
    tuple[tuple[float, list[float], list[int]], ...],
]:
    # The hypotheses of *figure*; the indexes of those with no value known
    # before reading; and for each last place p: 2p, the values of its
    # hypotheses sorted, and their indexes in the same order.
    hypotheses = _hypotheses(figure)
    unknown: list[int] = []
    groups: dict[float, list[tuple[float, int]]] = {}
    for k, (_, _, _, value, last) in enumerate(hypotheses):
        if value is None or last is None:
            unknown.append(k)
        else:
            groups.setdefault(last, []).append((value, k))
    places = []
    for last, items in groups.items():
        items.sort()
        places.append(
            (last + last, [v for v, _ in items], [k for _, k in items])
        )
    return hypotheses, tuple(unknown), tuple(places)


@functools.lru_cache(maxsize=2048)
def _hypotheses(figure: Figure) -> tuple[_Hypothesis, ...]:
    """
    Every corrected text of *figure*, simplest first, with its note and,
    where it can be had without reading the text, its value and the place
    of its last digit as floats (for the quick filter only).
    """
    match = _NUMBER().search(figure.text)
    if match is None:
        return ()
    before, after = figure.text[: match.start()], figure.text[match.end() :]
    scale = _ENGLISH_SCALE().match(after)
    currency = figure.currency
    # Only "N billion" of yen or won may be a misread N億 / N억.
    myriad = (
        _MYRIAD_UNIT.get(currency.code)
        if currency is not None
        and scale is not None
        and _SCALE_OF[scale.group(1).lower()] == 9
        else None
    )
    written = match.group()
    try:
        unit = figure.number.copy_abs() / Decimal(written.replace(",", ""))
    except (ArithmeticError, ValueError):
        unit = Decimal(0)
    power = Decimal(1).scaleb(unit.adjusted()) if unit else None
    exponent = unit.adjusted() if unit and unit == power else None
    sign = 1.0 if figure.number >= 0 else -1.0

    def measured(
        digits: str, places: int | None
    ) -> tuple[float | None, float | None]:
        # The candidate's value and last place, without reading its text.
        if places is None:
            return None, None
        whole, _, fraction = digits.partition(".")
        if fraction:
            last = 10.0 ** (places - len(fraction))
        else:
            last = 10.0 ** (places + len(whole) - len(whole.rstrip("0")))
        return sign * float(digits) * 10.0**places, last

    found: list[_Hypothesis] = []
    if myriad is not None:
        # N billion written for N億: ten times too much.
        text = f"{before}{written}{myriad}"
        note = f"{text} ({{words}}), {myriad[0]} read as billion"
        found.append(
            (
                "myriad_scale",
                text,
                note,
                *measured(written.replace(",", ""), 8),
            )
        )
    for kind, digits in _digit_variants(written):
        slip = ("an " if kind == "extra_digit" else "a ") + kind.replace(
            "_", " "
        )
        text = f"{before}{digits}{after}"
        found.append(
            (kind, text, f"{slip} of {text}", *measured(digits, exponent))
        )
        if myriad is not None and kind != "decimal_shift":
            text = f"{before}{digits}{myriad}"
            note = f"{slip} of {text} ({{words}})"
            found.append((kind, text, note, *measured(digits, 8)))
    return tuple(found)
