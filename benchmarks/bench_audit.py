"""
Throughput of ``audit`` on the seed articles and on mixed en/ja/ko
articles, against quantulum3 parsing the same texts, timed in the same
run.

Run it with ``./dev bench`` (which runs every ``benchmarks/bench_*.py``) or
``.venv/bin/python benchmarks/bench_audit.py``. It prints a table and exits
0 whatever it finds: it reports, it does not fail.

Targets: ``audit`` at least 50x faster than quantulum3's ``parser.parse``
of the same text (the seed articles; mixed en/ja/ko articles of 1, 3, 10
and 100 KB), and linear in the article's length from 1 KB to 1 MB (the
time per KB at most 1.5x that at 1 KB). Both are timed warmed up
(modules imported, data loaded: hns's ECB rates, quantulum3's unit
tables), hns's caches of earlier checks cleared before every article so
that each run does the whole work. The two are timed in turns, best of
nine rounds each (two at 100 KB), so that a machine whose speed drifts
during the run weighs on both alike.

For information: the first audit in a fresh process (imports done, data
not yet loaded), a repeated audit (mostly cache hits), words per second
(``len(text.split())``) and each report's summary counts.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

from timing import header, interleaved, row

from hns.audit import audit
from hns.audit import clear_caches as _clear_caches

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
SEEDS = (
    ("2021-01-31-joongang-machine-translation.txt", dt.date(2021, 1, 31)),
    ("2021-02-10-kyodo-japan-times.txt", dt.date(2021, 2, 10)),
)
FIRST = (
    "import datetime as dt, sys, time;"
    "from hns.audit import audit;"
    "text = open(sys.argv[1], encoding='utf-8').read();"
    "day = dt.date.fromisoformat(sys.argv[2]);"
    "t = time.perf_counter(); audit(text, published=day);"
    "print(time.perf_counter() - t)"
)


def first_audit(path: Path, day: dt.date) -> float:
    """Median seconds of the first audit in a fresh process."""
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", FIRST, str(path), day.isoformat()],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(3)
    ]
    return statistics.median(times)


CLAIMS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
# Sizes against quantulum3, with the number of articles and rounds at each
# (quantulum3 takes seconds at 100 KB).
SIZES = ((1_000, 6, 9), (3_000, 6, 9), (10_000, 6, 9), (100_000, 1, 2))
# Sizes of the linearity check (hns alone).
LINEAR = (1_000, 10_000, 100_000, 1_000_000)


def mixed_articles(size: int, count: int = 6) -> list[str]:
    """
    *count* articles of about *size* bytes of mixed en/ja/ko news copy:
    the written claims of the test corpus, taken in turn from a different
    place for each article, so that no two articles share their text.

    Every sentence is a claim (10 to 18 claims a KB, against about 2 in
    the seed articles): the densest copy there is. The claims run to about
    12 KB, so a larger article repeats them (the audit's memo caches are
    cleared before each article, not within one).
    """
    import json

    lines = (CLAIMS / "claims-written.jsonl").read_text("utf-8").splitlines()
    claims = [json.loads(line)["text"] for line in lines if line.strip()]
    articles = []
    for k in range(count):
        parts: list[str] = []
        n = k * 7
        while len("\n".join(parts).encode()) < size:
            parts.append(claims[n % len(claims)])
            n += 1
        articles.append("\n".join(parts))
    return articles


def by_size(parser: Any) -> list[tuple[int, float, float]]:
    """
    Best seconds of hns's audit (caches cleared before each article: text
    never seen) and of quantulum3 over the mixed articles of each size.
    """
    found = []
    for size, count, rounds in SIZES:
        articles = mixed_articles(size, count)
        names: dict[str, Any] = {
            "parser": parser,
            "audit": audit,
            "clear": _clear_caches,
            "texts": articles,
            "day": dt.date(2021, 3, 10),
        }
        best = interleaved(
            {
                "quantulum": "for t in texts: parser.parse(t)",
                "fresh": "for t in texts: clear(); audit(t, published=day)",
            },
            names,
            rounds,
        )
        found.append((size, best["fresh"] / count, best["quantulum"] / count))
    return found


def linearity() -> list[tuple[int, float]]:
    """
    Best seconds per KB of hns's audit (caches cleared before each run)
    of one mixed article of each size in `LINEAR`.
    """
    found = []
    for size in LINEAR:
        (article,) = mixed_articles(size, 1)
        kilobytes = len(article.encode()) / 1000
        names: dict[str, Any] = {
            "audit": audit,
            "clear": _clear_caches,
            "text": article,
            "day": dt.date(2021, 3, 10),
        }
        rounds = 5 if size < 1_000_000 else 2
        best = interleaved(
            {"fresh": "clear(); audit(text, published=day)"}, names, rounds
        )
        found.append((size, best["fresh"] / kilobytes))
    return found


def main() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # type: ignore[import-untyped]

        texts = [(ARTICLES / n).read_text(encoding="utf-8") for n, _ in SEEDS]
        for text in texts:
            parser.parse(text)  # warm-up: loads its tables
        names: dict[str, Any] = {
            "parser": parser,
            "audit": audit,
            "clear": _clear_caches,
            "texts": texts,
            "days": [d for _, d in SEEDS],
        }
        for text, (_, day) in zip(texts, SEEDS, strict=True):
            audit(text, published=day)  # warm-up: loads the ECB rates
        best = interleaved(
            {
                "quantulum": "for t in texts: parser.parse(t)",
                "fresh": "for t, d in zip(texts, days):"
                " clear(); audit(t, published=d)",
                "repeat": "for t, d in zip(texts, days):"
                " audit(t, published=d)",
            },
            names,
        )
    quantulum, fresh, repeat = (
        best["quantulum"],
        best["fresh"],
        best["repeat"],
    )
    first = sum(first_audit(ARTICLES / n, d) for n, d in SEEDS)
    words = sum(len(text.split()) for text in texts)

    print(f"hns audit benchmark, Python {sys.version.split()[0]}")
    header()
    row("audit / quantulum3", fresh, quantulum, 1 / 50, "ms")
    row("repeated audit / qu3", repeat, quantulum, None, "ms")
    row("first audit / qu3", first, quantulum, None, "ms")
    print(f"words per second ({words} words in {len(texts)} articles):")
    for name, seconds in (
        ("hns audit", fresh),
        ("hns audit, repeated", repeat),
        ("hns audit, first in a process", first),
        ("quantulum3 parse", quantulum),
    ):
        print(f"  {name:32} {words / seconds:>10,.0f}")
    print(f"speed-up over quantulum3: {quantulum / fresh:.1f}x (target 50x)")
    print("mixed en/ja/ko articles, text never seen (target 50x at each):")
    for size, hns_seconds, qu3_seconds in by_size(parser):
        ratio = qu3_seconds / hns_seconds
        print(
            f"  {size / 1000:>4.0f} KB: {ratio:6.1f}x"
            f" ({hns_seconds * 1000:.2f} ms against"
            f" {qu3_seconds * 1000:.2f} ms an article)"
            f"  {'ok' if ratio >= 50 else 'MISS'}"
        )
    print("linear from 1 KB to 1 MB (ms per KB, each against 1 KB's):")
    steps = linearity()
    first = steps[0][1]
    for size, per_kb in steps:
        ratio = per_kb / first
        print(
            f"  {size / 1000:>5.0f} KB: {per_kb * 1000:.2f} ms/KB"
            f" ({ratio:.2f}x){'' if ratio <= 1.5 else '  MISS'}"
        )
    for text, (name, day) in zip(texts, SEEDS, strict=True):
        print(f"  {name}: {audit(text, published=day).summary}")


if __name__ == "__main__":
    main()
