"""
hns as users get it: a wheel built from the checkout, installed (with
bytecode) in a throwaway virtual environment, timed as whole processes
against ``python -c "import attrs"`` in that same environment.

Run it with ``./dev bench`` (which runs every ``benchmarks/bench_*.py``) or
``.venv/bin/python benchmarks/bench_process.py``. It prints a table and
exits 0 whatever it finds: it reports, it does not fail.

The throwaway environment gets hns from the wheel and its dependencies
through a path to this environment's site-packages (no download; an
editable install there is not seen, as a ``.pth`` file in a folder that
is only on the path is not run).

Targets:

- ``python -c "import hns"`` at most 1.15x ``python -c "import attrs"``,
  and no module of checks, fx, audit, units, babel, pint or
  CurrencyConverter loaded by it, while ``hns.fx.EcbRates`` works after it;
- ``hns audit`` of a seed article, the whole process, at most 4x
  ``python -c "import attrs"``, with a peak resident set of at most 45 MB.

For information: the same audit in a process whose cache folder is empty
(the first run on a machine builds the compact rates and wording tables).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from timing import header, row

ROOT = Path(__file__).resolve().parent.parent
SEED = (
    ROOT
    / "examples"
    / "articles"
    / "2021-01-31-joongang-machine-translation.txt"
)
RUNS = 15
LAZY = (
    "hns.checks",
    "hns.fx",
    "hns.audit",
    "hns.units",
    "babel",
    "pint",
    "currency_converter",
)


def build(folder: Path) -> Path:
    """A fresh virtual environment in *folder* with hns from a new wheel."""
    wheels = folder / "wheels"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps"),
            *("-w", str(wheels), str(ROOT)),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("hns_figures-*.whl")
    venv = folder / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        check=True,
    )
    python = venv / "bin" / "python"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python)),
            *("install", "-q", "--no-deps", "--no-index", str(wheel)),
        ],
        check=True,
        capture_output=True,
    )
    site = subprocess.run(
        [
            str(python),
            "-c",
            "import sysconfig; print(sysconfig.get_path('purelib'))",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = sysconfig.get_path("purelib")
    (Path(site) / "dependencies.pth").write_text(ours + "\n", "utf-8")
    return python


def process(
    command: list[str], env: dict[str, str], cwd: Path
) -> tuple[float, int]:
    """
    Wall seconds and peak resident kilobytes of one whole process, run in
    *cwd* (not the checkout, whose ``hns`` folder would be imported).
    """
    start = time.perf_counter()
    child = subprocess.Popen(
        command,
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        msg = f"{command} ended with {child.returncode}"
        raise RuntimeError(msg)
    return seconds, usage.ru_maxrss


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        python = str(build(folder))
        env = {**os.environ, "HNS_CACHE_DIR": str(folder / "cache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        audit = [python, "-m", "hns", "audit", str(SEED)]
        cold, cold_rss = process(audit, env, folder)  # builds the cache folder
        runs: dict[str, list[tuple[float, int]]] = {
            "attrs": [],
            "hns": [],
            "audit": [],
        }
        for _ in range(RUNS):
            runs["attrs"].append(
                process([python, "-c", "import attrs"], env, folder)
            )
            runs["hns"].append(
                process([python, "-c", "import hns"], env, folder)
            )
            runs["audit"].append(process(audit, env, folder))
        seconds = {
            name: statistics.median(s for s, _ in found)
            for name, found in runs.items()
        }
        peak = max(rss for _, rss in runs["audit"])
        check = (
            "import hns, sys;"
            f"print(sorted(m for m in {LAZY!r} if m in sys.modules));"
            "hns.fx.EcbRates()"
        )
        lazy = subprocess.run(
            [python, "-c", check],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=folder,
        ).stdout.strip()
        where = subprocess.run(
            [python, "-c", "import hns; print(hns.__file__)"],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=folder,
        ).stdout.strip()

    print(
        f"hns process benchmark, Python {sys.version.split()[0]}; wheel in a"
        f" throwaway venv, medians of {RUNS} interleaved processes"
    )
    header()
    attrs = seconds["attrs"]
    row("import hns / import attrs", seconds["hns"], attrs, 1.15, "ms")
    row("hns audit seed / attrs", seconds["audit"], attrs, 4, "ms")
    row("first audit on a machine", cold, attrs, None, "ms")
    verdict = "ok" if peak <= 45 * 1024 else "MISS"
    print(f"peak RSS of hns audit: {peak / 1024:.1f} MB (<= 45 MB)  {verdict}")
    print(
        f"peak RSS of the first audit on a machine: {cold_rss / 1024:.1f} MB"
    )
    print(
        f"modules {LAZY} after import hns: {lazy}"
        f"  {'ok' if lazy == '[]' else 'MISS'}"
    )
    installed = "site-packages" in where and str(ROOT) not in where
    verdict = "ok" if installed else "MISS"
    print(f"hns imported from the wheel: {installed}  {verdict}")


if __name__ == "__main__":
    main()
