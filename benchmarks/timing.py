"""
Timing helpers shared by the benchmark scripts: best-of-7 per-operation
times and one table line per measurement.
"""

from __future__ import annotations

import timeit
from typing import Any


def per_op(stmt: str, names: dict[str, Any], ops: int = 1) -> float:
    """Best-of-7 seconds for one of *ops* operations done by *stmt*."""
    timer = timeit.Timer(stmt, globals=names)
    number, _ = timer.autorange()
    return min(timer.repeat(7, number)) / number / ops


def interleaved(
    stmts: dict[str, str], names: dict[str, Any], rounds: int = 9
) -> dict[str, float]:
    """
    Best-of-*rounds* seconds per operation of each statement, timed in
    turns (one batch of each per round) so that a machine that slows
    down or speeds up during the run weighs on every statement alike.
    """
    timers = {k: timeit.Timer(v, globals=names) for k, v in stmts.items()}
    numbers = {k: t.autorange()[0] for k, t in timers.items()}
    best = dict.fromkeys(stmts, float("inf"))
    for _ in range(rounds):
        for key, timer in timers.items():
            seconds = timer.timeit(numbers[key]) / numbers[key]
            best[key] = min(best[key], seconds)
    return best


def header() -> None:
    """The column titles of `row`."""
    print(
        f"{'name':<28}{'measured':>12}{'baseline':>12}"
        f"{'ratio':>9}{'target':>10}"
    )


def row(
    name: str,
    measured: float,
    baseline: float,
    target: float | None,
    unit: str = "ns",
    *,
    strict: bool = False,
) -> None:
    """
    One table line; times in seconds, shown in *unit* (ns, us or ms). A
    *target* of None marks a line given for information.
    """
    scale = {"ms": 1e3, "us": 1e6}.get(unit, 1e9)
    ratio = measured / baseline
    if target is None:
        goal, verdict = "-", "info"
    else:
        met = ratio < target if strict else ratio <= target
        goal = f"{'<' if strict else '<='} {target:g}x"
        verdict = "ok" if met else "MISS"
    print(
        f"{name:<28}{measured * scale:>9,.1f} {unit}"
        f"{baseline * scale:>9,.1f} {unit}{ratio:>8.2f}x"
        f"{goal:>10}  {verdict}"
    )


def import_time(module: str) -> float:
    """Wall seconds of a whole ``python -c "import module"`` process."""
    import subprocess
    import sys
    import time

    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
    return time.perf_counter() - start
