"""
First use from threads: eight threads making their first calls into a
fresh process at once (formatting through babel, units through pint, ECB
rates through a cold cache, an audit) all succeed, in every one of thirty
processes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_SCRIPT = """
import datetime as dt
import sys
import threading

errors = []


def work(k):
    try:
        import hns

        if k % 4 == 0:
            hns.jpy("201.7bn").format("ja_JP", "words")
            hns.krw("1조 389억").format("ko_KR", "myriad")
        elif k % 4 == 1:
            hns.check_per_capita(
                "¥201.7 billion", "55,000", "¥305,000", stated_per="month"
            )
        elif k % 4 == 2:
            hns.check_conversion(
                "2017億円", "약 2조1500억원", on=dt.date(2021, 1, 31)
            )
        else:
            import hns.audit

            hns.audit.audit(
                "Japan pays 201.7 billion yen this year, up 1.2% from"
                " 199.3 billion yen.",
                published="2021-03-01",
            )
    except BaseException as error:
        errors.append(f"{type(error).__name__}: {error}")


threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("\\n".join(errors))
sys.exit(1 if errors else 0)
"""


def test_eight_threads_in_thirty_cold_processes(tmp_path: Path) -> None:
    """
    No thread of any process fails: lazy loads run under one lock, so no
    half-initialised module and no import deadlock.
    """
    failures: list[str] = []
    for batch in range(5):
        running = [
            subprocess.Popen(
                [sys.executable, "-c", _SCRIPT],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                env={
                    "HNS_CACHE_DIR": str(tmp_path / f"cache-{batch}-{n}"),
                    "PATH": "/usr/bin:/bin",
                },
            )
            for n in range(6)
        ]
        for process in running:
            output, _ = process.communicate(timeout=120)
            if process.returncode:
                failures.append(output.strip())

    assert failures == []
