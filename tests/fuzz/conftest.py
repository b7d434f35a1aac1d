"""
Fixtures of the fuzz harness.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def _warm_up() -> None:
    """
    Load babel, pint, the ECB rates and the bundled data once before the
    fuzz tests run, so that the one-second limit on a call measures what
    the input costs, not the first import. A defect met here is left to
    the tests to report.
    """
    import hns.audit
    from hns import agreements, check_per_capita, data, jpy, krw
    from hns.fx import EcbRates

    day = dt.date(2021, 1, 29)
    steps: list[Callable[[], object]] = [
        lambda: jpy(1).format("en_US", "standard"),
        lambda: jpy(1).format("ja_JP", "compact"),
        lambda: krw(1).format("ko_KR", "words"),
        lambda: jpy("1").format("en_GB", "scale"),
        lambda: check_per_capita("¥201.7 billion", "55,000", "¥3.7 million"),
        lambda: EcbRates().rate("USD", "JPY", day),
        lambda: EcbRates().rate_range("JPY", "KRW", day, day),
        lambda: agreements.all(),
        lambda: data.japan_hns(),
        lambda: data.korea_sma(),
        lambda: data.korea_sma_usd(),
        lambda: data.personnel(),
        lambda: data.milestones(),
        lambda: hns.audit.audit(
            "Japan will pay 2017億円 (about 2.1 trillion won) in FY2021, up"
            " 1.2% from 1993億円. 방위비 분담금은 1조 389억 원이다.",
            published=day,
        ).to_dict(),
    ]
    for step in steps:
        with contextlib.suppress(Exception):
            step()


@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """
    A directory for the files the fuzz tests write (session-scoped, so
    that Hypothesis may run many examples in one test).
    """
    return tmp_path_factory.mktemp("fuzz")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """
    Let the fuzz tests report a failing example however long: Hypothesis
    warns when the repr of one exceeds 100 kB (the long texts fed here),
    and under the suite's ``-W error`` that warning would replace the
    failure it reports.
    """
    here = Path(__file__).parent
    ignore = pytest.mark.filterwarnings(
        "ignore:Generating overly large repr"
        ":hypothesis.errors.HypothesisWarning"
    )
    for item in items:
        if here in item.path.parents:
            item.add_marker(ignore)
