"""
The ambiguity rule, stated once.

Every reading that the cues of a text admit is checked. A claim is
consistent when one reading fits; inconsistent only when no reading fits
*and* the cues pin its roles down; otherwise undetermined. A reading that
corrects a figure (``reading X as Y``) explains an inconsistent claim and
never excuses it. When no reading can be checked at all, the claim is
undetermined: never an exception.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from decimal import Decimal

from hns.checks import DIAGNOSE, ranked
from hns.errors import HnsError
from hns.verdicts import Diagnosis, Status, Verdict

__all__ = ["CORRECTED", "Option", "decide", "said", "undetermined"]

Option = tuple[str, Callable[[], Verdict]]
"""
A reading: what it takes the text to mean, and the check it runs.
"""

CORRECTED = "reading "
"""
How a reading that corrects a figure begins (``reading X as Y``).
"""


def said(
    check: str,
    status: Status,
    reason: str,
    diagnoses: tuple[Diagnosis, ...] = (),
) -> Verdict:
    """
    A verdict that is a sentence, not a computation (an agreement's dates,
    a malformed number, a claim nothing could decide).

    >>> said("agreement", "consistent", "it expires next month").explain()
    'it expires next month'
    """
    return Verdict(
        check,
        status,
        stated_figure=None,
        stated=None,
        recomputed=None,
        point=None,
        unit="",
        inputs=(),
        diagnoses=diagnoses,
        reason=reason,
    )


def undetermined(check: str, reason: str) -> Verdict:
    """
    A verdict that says why nothing could be decided.

    >>> undetermined("change", "no base").status
    'undetermined'
    """
    return said(check, "undetermined", reason)


def decide(
    options: Sequence[Option], *, pinned: bool = True, check: str = "claim"
) -> tuple[Verdict, str, tuple[str, ...]]:
    """
    The verdict over every reading of a claim, the reading that decided
    it, and notes.

    Readings that only differ in what the text means (which year, which
    multiple, which figure is the base) decide: the claim is consistent
    when one of them fits. Readings that also correct a figure never make
    a claim consistent; they explain it: the inconsistent one whose best
    diagnosis fits best is reported, and a correction that alone makes
    the claim hold is noted. When the cues leave the roles open
    (*pinned* false), a claim no reading fits is undetermined.

    >>> from hns import check_change
    >>> new = "2017億円"
    >>> verdict, reading, _ = decide([
    ...     ("as written", lambda: check_change("1993億円", new, "9%")),
    ...     ("the other way", lambda: check_change("1850億円", new, "9%")),
    ... ])
    >>> verdict.status, reading
    ('consistent', 'the other way')
    """
    # Slips are looked for only where an inconsistent verdict may be
    # reported: in a claim whose roles the cues pin down, once no reading
    # has fitted (the readings that did not fit are then checked again,
    # diagnosed; the last reading is diagnosed at once, as nothing after
    # it can fit).
    checked: list[tuple[bool, str, Verdict, Callable[[], Verdict]]] = []
    token = DIAGNOSE.set(False)
    last = len(options) - 1
    try:
        for k, (reading, run) in enumerate(options):
            if k == last:
                DIAGNOSE.set(pinned)
            try:
                verdict = run()
            except HnsError:
                continue
            corrected = reading.startswith(CORRECTED) or (
                f"; {CORRECTED}" in reading
            )
            if verdict.status == "consistent" and not corrected:
                return verdict, reading, ()
            checked.append((corrected, reading, verdict, run))
    finally:
        DIAGNOSE.reset(token)
    if pinned and any(
        v.status == "inconsistent" and not c for c, _, v, _ in checked
    ):
        checked = _diagnosed(checked, options[last][1])
    plain = [(r, v) for c, r, v, _ in checked if not c]
    fixed = [(r, v) for c, r, v, _ in checked if c]
    notes = tuple(
        f"consistent when {reading}"
        for reading, verdict in fixed
        if verdict.status == "consistent"
    )
    wrong = [(r, v) for r, v in (*plain, *fixed) if v.status == "inconsistent"]
    if wrong and any(v.status == "inconsistent" for _, v in plain):
        if not pinned:
            reason = (
                "no reading fits, but the text leaves the roles of its"
                " figures open"
            )
            return undetermined(check, reason), wrong[0][0], notes
        reading, verdict = min(reversed(wrong), key=lambda item: _fit(item[1]))
        return verdict, reading, notes
    if plain:
        reading, verdict = plain[0]
        return verdict, reading, notes
    return undetermined(check, "no reading could be checked"), "", notes


def _diagnosed(
    checked: list[tuple[bool, str, Verdict, Callable[[], Verdict]]],
    done: Callable[[], Verdict],
) -> list[tuple[bool, str, Verdict, Callable[[], Verdict]]]:
    # The readings, those that did not fit checked again with their slips
    # (but the last one, *done*: diagnosed already).
    token = DIAGNOSE.set(True)
    try:
        found = []
        for corrected, reading, verdict, run in checked:
            if verdict.status == "inconsistent" and run is not done:
                with contextlib.suppress(HnsError):
                    verdict = run()
            found.append((corrected, reading, verdict, run))
        return found
    finally:
        DIAGNOSE.reset(token)


def _fit(verdict: Verdict) -> tuple[int, Decimal]:
    # How well the best diagnosis explains the claim; no diagnosis: worst.
    if not verdict.diagnoses:
        return 1_000, Decimal(0)
    rank, closeness, _ = ranked(verdict.diagnoses[0])
    return rank, closeness
