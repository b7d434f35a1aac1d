"""
Reading text takes time linear in its length: each reader, given n and
then 10n characters of one repeated fragment, may take at most 30 times
as long on the larger (linear is about 10 times, quadratic about 100).
n is 10 KB for the one-figure readers, 5 KB for the article readers
(`find_figures`, `audit`), which keeps the default run short.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import pytest
from hypothesis import given

import hns.audit
from hns import FiscalYear, parse_figure, parse_money
from hns.errors import HnsError
from hns.finding import find_figures
from tests.fuzz.support import fewer, figure_ish

RATIO = 30
FLOOR = 0.001
"""
Seconds: shorter timings are noise, so the smaller input counts as taking
at least this long.
"""

FRAGMENTS = [
    "1",
    "1,000",
    "1.",
    "1조 ",
    "9천 ",
    "二千",
    " ",
    "nine hundred ",
]
READERS: dict[str, Callable[[str], object]] = {
    "parse_money": parse_money,
    "parse_figure": parse_figure,
    "FiscalYear.parse": FiscalYear.parse,
}
ARTICLES = [
    "This year's contribution is expected to reach 2017 billion yen. ",
    "일본의 방위비 분담금은 2017억엔으로 전년보다 1.2% 늘었다. ",
    "2021年度の負担は2017億円で、前年度比1.2%増。",
]


def _repeated(fragment: str, size: int) -> str:
    return (fragment * (size // len(fragment) + 1))[:size]


def _seconds(fn: Callable[[str], object], text: str, runs: int) -> float:
    # The best of *runs* timings; an HnsError counts as an answer.
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        with contextlib.suppress(HnsError):
            fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(
    fn: Callable[[str], object], fragment: str, size: int = 10_000
) -> None:
    """
    *fn* on 10 × *size* characters of *fragment* takes less than 30 times
    what it takes on *size* (the larger is timed again before failing, to
    rule out a pause of the machine).
    """
    small = max(FLOOR, _seconds(fn, _repeated(fragment, size), 3))
    large_text = _repeated(fragment, 10 * size)
    large = _seconds(fn, large_text, 1)
    if large > RATIO * small:
        large = min(large, _seconds(fn, large_text, 2))
    assert large < RATIO * small, (
        f"{large:.3f} s on {10 * size} characters of {fragment!r},"
        f" {small:.4f} s on {size}"
    )


@pytest.mark.parametrize("fragment", FRAGMENTS)
@pytest.mark.parametrize("name", list(READERS))
def test_readers_are_linear(name: str, fragment: str) -> None:
    """
    `parse_money`, `parse_figure` and `FiscalYear.parse` read 100 KB of a
    repeated fragment in at most 30 times the time of 10 KB.
    """
    assert_linear(READERS[name], fragment)


@pytest.mark.parametrize("fragment", ["1조 ", ARTICLES[0]])
def test_find_figures_is_linear(fragment: str) -> None:
    """
    `find_figures` reads 50 KB of repeated figures and sentences in at
    most 30 times the time of 5 KB.
    """
    assert_linear(find_figures, fragment, 5_000)


@pytest.mark.parametrize("fragment", ARTICLES)
def test_audit_is_linear(fragment: str) -> None:
    """
    `audit` reads 50 KB of repeated sentences (or near-figures) in at most
    30 times the time of 5 KB.
    """
    assert_linear(hns.audit.audit, fragment, 5_000)


@fewer(10)
@given(fragment=figure_ish.filter(bool))
def test_parse_money_is_linear_on_any_fragment(fragment: str) -> None:
    """
    `parse_money` reads 100 KB of any repeated near-figure fragment in at
    most 30 times the time of 10 KB.
    """
    assert_linear(parse_money, fragment)
