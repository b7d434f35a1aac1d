"""
Core costs of hns as ratios to baselines timed in the same run.

Run it with ``./dev bench`` (which runs every ``benchmarks/bench_*.py``) or
``.venv/bin/python benchmarks/bench_core.py``. It prints a table and exits
0 whatever it finds: it reports, it does not fail.

Targets:

- ``Money + Money`` at most 10x ``Decimal + Decimal``;
- ``Money * 3`` at most 10x ``Decimal * 3``;
- ``Money + Money`` faster than py-moneyed's (ratio below 1);
- ``parse_money`` no slower per figure than price-parser's
  ``Price.fromstring`` (ratio at most 1), which misreads myriad units, on
  a mixed en/ja/ko list and on one where half the figures have 천/千/百
  in a myriad group ("8천695억 원", "2千17億円");
- babel, pint and CurrencyConverter not imported by ``import hns``.

For information: ``python -c "import hns"`` against ``python -c "import
attrs"`` from this checkout (its target, 1.15x, is measured on a wheel in
``bench_process.py``).
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from moneyed import Money as PyMoney
from price_parser import Price
from timing import header, import_time, interleaved, per_op, row

import hns
from hns import jpy, parse_money

FIGURES = [
    "¥201.7 billion",
    "193bn yen",
    "2017億円",
    "1조 389억 원",
    "$8 billion",
    "2조1500억원",
    "US$1.83 billion",
    "1兆389億円",
    "2,126 billion won",
    "약 2조1500억원",
]
# Half the figures with 천/千/百 inside a myriad group.
SUB_UNIT_FIGURES = [
    "8천695억 원",
    "¥201.7 billion",
    "2千17億円",
    "1조 389억 원",
    "3百億円",
    "193bn yen",
    "1조2천억원",
    "$8 billion",
    "약 1조 4천억 원",
    "2017億円",
]
IMPORT_RUNS = 15
LAZY = ("babel", "pint", "currency_converter")


def main() -> None:
    a, b = jpy("201.7bn"), jpy("193bn")
    da, db = Decimal("201.7e9"), Decimal("193e9")
    pa, pb = PyMoney(da, "JPY"), PyMoney(db, "JPY")
    assert (a.amount, b.amount) == (da, db)
    assert (a + b).amount == (pa + pb).amount
    names: dict[str, Any] = {
        "a": a, "b": b, "da": da, "db": db, "pa": pa, "pb": pb,
        "figures": FIGURES, "parse_money": parse_money, "Price": Price,
        "sub_unit_figures": SUB_UNIT_FIGURES,
    }  # fmt: skip
    money_add = per_op("a + b", names)
    decimal_add = per_op("da + db", names)
    money_mul = per_op("a * 3", names)
    decimal_mul = per_op("da * 3", names)
    py_add = per_op("pa + pb", names)
    # Each parser against price-parser in turns, per figure: a machine
    # that slows down during the run weighs on both alike.
    parse = interleaved(
        {
            "hns": "for s in figures: parse_money(s)",
            "pp": "for s in figures: Price.fromstring(s)",
            "hns_sub": "for s in sub_unit_figures: parse_money(s)",
            "pp_sub": "for s in sub_unit_figures: Price.fromstring(s)",
        },
        names,
    )
    hns_parse = parse["hns"] / len(FIGURES)
    pp_parse = parse["pp"] / len(FIGURES)
    hns_sub = parse["hns_sub"] / len(SUB_UNIT_FIGURES)
    pp_sub = parse["pp_sub"] / len(SUB_UNIT_FIGURES)

    # Installed packages come with bytecode; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE has none, which would time hns's compiler,
    # not its import. Compile once so both imports load bytecode.
    compileall.compile_dir(
        str(Path(hns.__file__).parent), quiet=1, force=False
    )
    hns_runs: list[float] = []
    attrs_runs: list[float] = []
    for _ in range(IMPORT_RUNS):
        attrs_runs.append(import_time("attrs"))
        hns_runs.append(import_time("hns"))
    hns_import = statistics.median(hns_runs)
    attrs_import = statistics.median(attrs_runs)
    check = (
        "import hns, sys; print(sorted(m for m in "
        f"{LAZY!r} if m in sys.modules))"
    )
    lazy = subprocess.run(
        [sys.executable, "-c", check],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()

    print(
        f"hns core benchmark, Python {sys.version.split()[0]}; import "
        f"times are medians of {IMPORT_RUNS} interleaved processes"
    )
    header()
    row("Money+ / Decimal+", money_add, decimal_add, 10)
    row("Money*3 / Decimal*3", money_mul, decimal_mul, 10)
    row("Money+ / py-moneyed Money+", money_add, py_add, 1, strict=True)
    row("parse_money / price-parser", hns_parse, pp_parse, 1)
    row("  with 천/千/百 groups", hns_sub, pp_sub, 1)
    row("import hns / attrs (checkout)", hns_import, attrs_import, None, "ms")
    print(
        f"parse throughput: {1 / hns_parse:,.0f} figures/s (hns), "
        f"{1 / pp_parse:,.0f} figures/s (price-parser)"
    )
    print(
        f"modules {LAZY} after import hns: {lazy}"
        f"  {'ok' if lazy == '[]' else 'MISS'}"
    )
    for text in ("2017億円", "1조389억원"):
        print(
            f"{text}: hns {parse_money(text).amount}, "
            f"price-parser {Price.fromstring(text).amount}"
        )


if __name__ == "__main__":
    main()
