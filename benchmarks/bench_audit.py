"""
Throughput of ``audit`` on the seed articles, against quantulum3 parsing
the same texts, timed in the same run.

Run it with ``./dev bench`` (which runs every ``benchmarks/bench_*.py``) or
``.venv/bin/python benchmarks/bench_audit.py``. It prints a table and exits
0 whatever it finds: it reports, it does not fail.

Target:

- a cold ``audit`` (a fresh process per run, timed after the imports,
  median of 5) at least 50x faster than quantulum3's ``parser.parse`` of
  the same text (after a warm-up call, best of 3): a time ratio <= 0.02.

For information: warm ``audit`` in-process (hns caches check results, so
repeats are mostly cache hits), words per second (``len(text.split())``)
and each report's summary counts.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

from timing import header, per_op, row

from hns.audit import audit

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
SEEDS = (
    ("2021-01-31-joongang-machine-translation.txt", dt.date(2021, 1, 31)),
    ("2021-02-10-kyodo-japan-times.txt", dt.date(2021, 2, 10)),
)
COLD_RUNS = 5
COLD = (
    "import datetime as dt, sys, time;"
    "from hns.audit import audit;"
    "text = open(sys.argv[1], encoding='utf-8').read();"
    "day = dt.date.fromisoformat(sys.argv[2]);"
    "t = time.perf_counter(); audit(text, published=day);"
    "print(time.perf_counter() - t)"
)


def cold(path: Path, day: dt.date) -> float:
    """Median seconds of one ``audit`` in a fresh process, after imports."""
    times = []
    for _ in range(COLD_RUNS):
        out = subprocess.run(
            [sys.executable, "-c", COLD, str(path), day.isoformat()],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        times.append(float(out))
    return statistics.median(times)


def baseline(texts: list[str]) -> list[float]:
    """Best-of-3 seconds of quantulum3 parsing each text, after a warm-up."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore")
        from quantulum3 import parser  # type: ignore[import-untyped]

        parser.parse(texts[0])  # the first call loads its data
        best = []
        for text in texts:
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                parser.parse(text)
                runs.append(time.perf_counter() - start)
            best.append(min(runs))
    return best


def main() -> None:
    texts = [(ARTICLES / name).read_text("utf-8") for name, _ in SEEDS]
    words = [len(text.split()) for text in texts]
    colds = [cold(ARTICLES / name, day) for name, day in SEEDS]
    warms, summaries = [], []
    for text, (_, day) in zip(texts, SEEDS, strict=True):
        summaries.append(audit(text, published=day).summary)
        names: dict[str, Any] = {"audit": audit, "text": text, "day": day}
        warms.append(per_op("audit(text, published=day)", names))
    quant = baseline(texts)

    print(f"hns audit benchmark, Python {sys.version.split()[0]}")
    header()
    for (name, _), c, w, q in zip(SEEDS, colds, warms, quant, strict=True):
        short = name[11:].split("-")[0]
        row(f"audit cold {short} / qu3", c, q, 0.02, "ms")
        row(f"audit warm {short} / qu3", w, q, None, "ms")
    row("audit cold both / qu3", sum(colds), sum(quant), 0.02, "ms")
    row("audit warm both / qu3", sum(warms), sum(quant), None, "ms")

    total = sum(words)
    print(f"\nwords per second ({total} words in {len(texts)} articles):")
    for label, times in (
        ("hns audit, cold", colds),
        ("hns audit, warm", warms),
        ("quantulum3 parse", quant),
    ):
        per_article = ", ".join(
            f"{n / t:,.0f}" for n, t in zip(words, times, strict=True)
        )
        print(f"  {label:<18}{total / sum(times):>12,.0f}  ({per_article})")
    print(
        f"speed-up over quantulum3: cold {sum(quant) / sum(colds):.1f}x,"
        f" warm {sum(quant) / sum(warms):.1f}x (target cold >= 50x)"
    )

    print("\nreport summaries:")
    for (name, _), n, summary in zip(SEEDS, words, summaries, strict=True):
        counts = ", ".join(f"{k} {v}" for k, v in summary.items())
        print(f"  {name} ({n} words): {counts}")


if __name__ == "__main__":
    main()
