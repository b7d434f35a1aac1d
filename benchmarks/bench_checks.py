"""
Cost of hns's claim checks as ratios to baselines timed in the same run.

Run it with ``./dev bench`` (which runs every ``benchmarks/bench_*.py``) or
``.venv/bin/python benchmarks/bench_checks.py``. It prints a table and
exits 0 whatever it finds: it reports, it does not fail.

Target:

- ``check_change`` on a consistent claim (no diagnoses), given pre-parsed
  figures, at most 20x the same change recomputed with bare ``Decimal``
  arithmetic and compared with the stated interval.

For information only (no target): the same check given strings (parsing
included), and the cost of diagnosing an inconsistent claim, which
searches every single-slip hypothesis.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import Any

from timing import header, per_op, row

from hns import check_change, parse_figure

OLD, NEW, STATED = "199.3 billion yen", "201.7 billion yen", "1.2%"
# The baseline: the same change in bare Decimals, against the stated bounds.
BARE = "lo <= (dnew / dold - 1) * 100 <= hi"
SLIPPED = ("193 billion yen", NEW, STATED)


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

    print(f"hns checks benchmark, Python {sys.version.split()[0]}")
    header()
    row("check_change(Figure) / Dec", figures, bare, 20)
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
