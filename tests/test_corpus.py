"""
The audit on labelled claims: no correct claim flagged, and no fewer
claims right than measured (see tests/corpus/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "benchmarks"))

from corpus import Outcome, article_verdict, records, tally  # noqa: E402


@pytest.mark.parametrize(
    ("name", "least"), [("claims-dev.jsonl", 41), ("claims-written.jsonl", 88)]
)
def test_corpus(name: str, least: int) -> None:
    """
    No false alarm, and at least as many claims right as measured.
    """
    outcomes = [
        Outcome(file, record, article_verdict(record))
        for file, record in records([HERE / "corpus" / name])
    ]
    _, right, alarms, _, _ = tally(outcomes)
    missed = [o.record["id"] for o in outcomes if not o.right]

    assert alarms == 0, missed
    assert right >= least, missed
