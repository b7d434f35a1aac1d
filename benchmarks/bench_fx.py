"""
Cost of currency conversion as ratios to baselines timed in the same run.

Run it with ``./dev bench`` (which runs every ``benchmarks/bench_*.py``) or
``.venv/bin/python benchmarks/bench_fx.py``. It prints a table and exits 0
whatever it finds: it reports, it does not fail.

Targets:

- ``Money.to`` at the ECB rate of a day at most 3x a bare
  CurrencyConverter ``convert`` of the same amount on the same day;
- ``import hns`` loads no rate data.

For information: the one-off cost of loading the ECB data (in a fresh
process), and the check of a conversion claim.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from decimal import Decimal
from typing import Any

from timing import header, per_op, row

from hns import jpy
from hns.checks import check_conversion
from hns.fx import _converter

DAY = dt.date(2021, 3, 31)
LOAD = (
    "import time; t = time.perf_counter();"
    "from currency_converter import CurrencyConverter;"
    "CurrencyConverter(decimal=True);"
    "print(time.perf_counter() - t)"
)


def main() -> None:
    converter = _converter()  # load once, outside the timings
    amount = jpy("2017億")
    names: dict[str, Any] = {
        "amount": amount,
        "converter": converter,
        "value": Decimal("201700000000"),
        "day": DAY,
        "check_conversion": check_conversion,
        "seed": dt.date(2021, 1, 31),
    }
    to = per_op("amount.to('KRW', on=day)", names)
    bare = per_op("converter.convert(value, 'JPY', 'KRW', date=day)", names)
    check = per_op(
        "check_conversion('2017억엔', '약 2조1500억원', on=seed)", names
    )
    load = float(
        subprocess.run(
            [sys.executable, "-c", LOAD],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    start = time.perf_counter()
    lazy = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, hns, hns.fx;"
            " print('currency_converter' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    elapsed = time.perf_counter() - start

    print(f"hns fx benchmark, Python {sys.version.split()[0]}")
    header()
    row("Money.to / convert", to, bare, 3)
    row("check_conversion / convert", check, bare, None, "us")
    print(f"ECB data load, once per process: {load * 1e3:,.0f} ms")
    print(
        f"import hns, hns.fx loads rate data: {lazy}"
        f" ({elapsed * 1e3:,.0f} ms)  {'ok' if lazy == 'False' else 'MISS'}"
    )


if __name__ == "__main__":
    main()
