"""
Slip hypotheses: the figures a writer (or a translation) may have meant
when they wrote this one. Each candidate is a whole corrected text, read
again by `parse_figure`, so its precision is that of the corrected writing.

Simplest first: 億/억 read as billion, a lost or extra digit (also of a
number written in 億), swapped adjacent digits, a shifted decimal point.
`hns.checks` keeps only the candidates that make a claim consistent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Literal, NamedTuple

from hns.errors import HnsError
from hns.figures import Figure
from hns.numerals import lazy_pattern
from hns.parse import parse_figure

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
        if "{words}" not in self.template:
            return self.template
        return self.template.replace("{words}", _words(self.figure))


def _digit_variants(
    digits: str, keep: Callable[[str, str], bool] | None = None
) -> Iterator[tuple[SlipKind, str]]:
    # Digit strings one slip away: lost, extra and swapped digits. *keep*,
    # given the lowest and highest digits a lost digit may give at one
    # place, may skip that place's ten candidates at once.
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
            lowest = "1" if i == 0 else "0"
            if keep is not None and not keep(
                placed(run[:i] + lowest + run[i:], new_point),
                placed(run[:i] + "9" + run[i:], new_point),
            ):
                continue
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


def _reparse(text: str) -> Figure | None:
    try:
        return parse_figure(text)
    except HnsError:
        return None


def candidates(
    figure: Figure, accept: Callable[[float, float], bool] | None = None
) -> Iterator[Candidate]:
    """
    The figures *figure* may have been meant as, one slip away, simplest
    first. Values already seen are not repeated. *accept*, given a
    candidate's value and the place of its last digit, may rule it out
    before it is read (a cheap test that must never reject a candidate
    that could fit).

    >>> found = candidates(parse_figure("193 billion yen"))
    >>> [(c.kind, c.figure.text) for c in found if "1993" in c.figure.text][:2]
    [('lost_digit', '1993 billion yen'), ('lost_digit', '1993億円')]
    >>> next(candidates(parse_figure("2017 billion yen"))).note
    '2017億円 (201.7 billion yen), 億 read as billion'
    """
    match = _NUMBER().search(figure.text)
    if match is None:
        return
    seen = {figure.value}
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

    positive = figure.number >= 0

    def plausible(
        digits: str, scale: Decimal | None, upto: str | None = None
    ) -> bool:
        # The candidate's value and last place, without reading its text;
        # with *upto*, every value from *digits* to *upto* at once.
        if accept is None:
            return True
        factor = unit if scale is None else scale
        places = exponent if scale is None else scale.adjusted()
        if places is None or not factor:
            return True
        whole, _, fraction = digits.partition(".")
        if fraction:
            last = 10.0 ** (places - len(fraction))
        else:
            last = 10.0 ** (places + len(whole) - len(whole.rstrip("0")))
        number = float(digits) * 10.0**places
        if upto is not None:
            top = float(upto) * 10.0**places
            last += (top - number) / 4
            number = (number + top) / 2
        return accept(number if positive else -number, last)

    def keep(lowest: str, highest: str) -> bool:
        return plausible(lowest, None, highest) or (
            myriad is not None and plausible(lowest, oku, highest)
        )

    def emit(kind: SlipKind, text: str, note: str) -> Iterator[Candidate]:
        corrected = _reparse(text)
        if corrected is None or corrected.value in seen:
            return
        if corrected.kind != figure.kind or (
            corrected.currency != figure.currency
        ):
            return
        seen.add(corrected.value)
        yield Candidate(kind, corrected, note)

    oku = Decimal("1e8")
    if myriad is not None and plausible(written.replace(",", ""), oku):
        # N billion written for N億: ten times too much.
        text = f"{before}{written}{myriad}"
        note = f"{text} ({{words}}), {myriad[0]} read as billion"
        yield from emit("myriad_scale", text, note)
    for kind, digits in _digit_variants(written, keep):
        slip = ("an " if kind == "extra_digit" else "a ") + kind.replace(
            "_", " "
        )
        if plausible(digits, None):
            text = f"{before}{digits}{after}"
            yield from emit(kind, text, f"{slip} of {text}")
        if (
            myriad is not None
            and kind != "decimal_shift"
            and plausible(digits, oku)
        ):
            text = f"{before}{digits}{myriad}"
            yield from emit(kind, text, f"{slip} of {text} ({{words}})")


def _words(figure: Figure) -> str:
    from hns.money import Money

    value = figure.value
    if isinstance(value, Money):
        return value.format("en_US", "words")
    return figure.text
