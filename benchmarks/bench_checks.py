"""
Cost of hns's claim checks as ratios to baselines timed in the same run.

Run it with ``./dev bench`` (which runs every ``benchmarks/bench_*.py``) or
``.venv/bin/python benchmarks/bench_checks.py``. It prints a table and
exits 0 whatever it finds: it reports, it does not fail.

Targets:

- ``check_change`` on a consistent claim (no diagnoses), given pre-parsed
  figures, at most 20x the same change recomputed with bare ``Decimal``
  arithmetic and compared with the stated interval;
- the same on fresh figures, at most 30x: a pool of distinct claims,
  parsed before the clock starts and each checked once (nothing a check
  keeps about a figure, such as its validation, is reused).

For information only (no target): the same check given strings (parsing
included), and the cost of diagnosing an inconsistent claim, which
searches every single-slip hypothesis.
"""

from __future__ import annotations

import sys
import time
from decimal import Decimal
from typing import Any

from timing import header, per_op, row

from hns import check_change, parse_figure

OLD, NEW, STATED = "199.3 billion yen", "201.7 billion yen", "1.2%"
# The baseline: the same change in bare Decimals, against the stated bounds.
BARE = "lo <= (dnew / dold - 1) * 100 <= hi"
SLIPPED = ("193 billion yen", NEW, STATED)


POOL = 5_000


def fresh(rounds: int = 5) -> tuple[float, float]:
    """
    Best seconds per check of `check_change` on *POOL* distinct claims
    parsed before the clock starts, each checked once, and of the bare
    Decimal recomputation of the same claims.
    """
    best_hns = best_bare = float("inf")
    for k in range(rounds):
        claims, bare = [], []
        for n in range(POOL):
            old = Decimal(1500 + k * POOL + n) / 10
            new = old + Decimal("2.4")
            rate = ((new / old - 1) * 100).quantize(Decimal("0.1"))
            claims.append(
                (
                    parse_figure(f"{old} billion yen"),
                    parse_figure(f"{new} billion yen"),
                    parse_figure(f"{rate}%"),
                )
            )
            half = Decimal("0.05")
            bare.append((old * 10**9, new * 10**9, rate - half, rate + half))
        start = time.perf_counter()
        for claim in claims:
            check_change(*claim)
        best_hns = min(best_hns, (time.perf_counter() - start) / POOL)
        start = time.perf_counter()
        for dold, dnew, lo, hi in bare:
            lo <= (dnew / dold - 1) * 100 <= hi  # noqa: B015 - timed
        best_bare = min(best_bare, (time.perf_counter() - start) / POOL)
    assert check_change(*claims[0]).status == "consistent"
    return best_hns, best_bare


def main() -> None:
    old, new = parse_figure(OLD), parse_figure(NEW)
    stated = parse_figure(STATED)
    dold, dnew = Decimal("199.3e9"), Decimal("201.7e9")
    lo, hi = Decimal("1.15"), Decimal("1.25")
    assert check_change(old, new, stated).status == "consistent"
    assert check_change(OLD, NEW, STATED).status == "consistent"
    assert lo <= (dnew / dold - 1) * 100 <= hi
    slipped = check_change(*SLIPPED)
    assert slipped.status == "inconsistent"
    names: dict[str, Any] = {
        "check_change": check_change,
        "old": old, "new": new, "stated": stated,
        "dold": dold, "dnew": dnew, "lo": lo, "hi": hi,
        "OLD": OLD, "NEW": NEW, "STATED": STATED, "SLIPPED": SLIPPED,
    }  # fmt: skip
    figures = per_op("check_change(old, new, stated)", names)
    strings = per_op("check_change(OLD, NEW, STATED)", names)
    bare = per_op(BARE, names)
    diagnosed = per_op("check_change(*SLIPPED)", names)
    on_fresh, bare_fresh = fresh()

    print(f"hns checks benchmark, Python {sys.version.split()[0]}")
    header()
    row("check_change(Figure) / Dec", figures, bare, 20)
    row("check_change(fresh) / Dec", on_fresh, bare_fresh, 30)
    row("check_change(str) / Dec", strings, bare, None)
    row("diagnose / consistent(str)", diagnosed, strings, None, "ms")
    print(
        f"check throughput: {1 / figures:,.0f} checks/s (Figures), "
        f"{1 / strings:,.0f} checks/s (strings), "
        f"{1 / diagnosed:,.0f} diagnosed claims/s"
    )
    top = slipped.diagnoses[0].corrected if slipped.diagnoses else None
    print(
        f"{SLIPPED[0]} -> {NEW} stated {STATED}: "
        f"{len(slipped.diagnoses)} diagnosis(es), top corrected {top}"
        f"  {'ok' if top == '1993億円' else 'MISS'}"
    )


if __name__ == "__main__":
    main()
