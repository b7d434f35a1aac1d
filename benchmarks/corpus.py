"""
The audit measured on real published claims.

Reads JSONL files in the corpus schema (one claim a line: ``id``,
``text``, ``lang``, ``date``, ``kind``, ``expected_verdict``, optional
``score``), audits each text with its date, and prints, per file, per
language and per kind: claims, right, false alarms (a consistent claim
flagged inconsistent), errors caught (an inconsistent claim flagged) and
nothing checked; then each miss with its id.

The article verdict is ``inconsistent`` when any claim the audit found is
inconsistent, else ``consistent`` when any is consistent, else nothing was
checked. A claim is right when that verdict equals its label.

    .venv/bin/python benchmarks/corpus.py ../shared/corpus/claims-dev.jsonl

Exits 0 whatever it finds: it reports, it does not fail.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from hns.audit import audit

_COLUMNS = ("claims", "right", "false alarms", "caught", "unchecked")


@attrs.frozen
class Outcome:
    """One scored claim: its record and the audit's article verdict."""

    file: str
    record: dict[str, Any]
    verdict: str

    @property
    def expected(self) -> str:
        return str(self.record["expected_verdict"])

    @property
    def right(self) -> bool:
        return self.verdict == self.expected

    @property
    def false_alarm(self) -> bool:
        return self.expected == "consistent" and self.verdict == "inconsistent"

    @property
    def caught(self) -> bool:
        return self.expected == "inconsistent" and self.right


def article_verdict(record: dict[str, Any]) -> str:
    """The audit's verdict on a record's text, as the scoring rule says."""
    # A month or a year stands for its middle, every rate of it admitted.
    report = audit(record["text"], published=str(record["date"]))
    statuses = {claim.verdict.status for claim in report.claims}
    if "inconsistent" in statuses:
        return "inconsistent"
    if "consistent" in statuses:
        return "consistent"
    return "nothing checked"


def records(paths: Iterable[Path]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each scored record of each file, with the file's name."""
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    if record.get("score", True):
                        yield path.name, record


def tally(outcomes: list[Outcome]) -> tuple[int, ...]:
    """The table's columns for some outcomes."""
    return (
        len(outcomes),
        sum(o.right for o in outcomes),
        sum(o.false_alarm for o in outcomes),
        sum(o.caught for o in outcomes),
        sum(o.verdict == "nothing checked" for o in outcomes),
    )


def table(title: str, groups: dict[str, list[Outcome]]) -> list[str]:
    """One section of the report: a row per group."""
    lines = [f"{title:<28}" + "".join(f"{c:>14}" for c in _COLUMNS)]
    for name in sorted(groups):
        counts = tally(groups[name])
        cells = "".join(f"{n:>14}" for n in counts)
        lines.append(f"{name:<28}{cells}")
    return lines


def report(outcomes: list[Outcome]) -> str:
    """The whole printed report."""
    by_file: dict[str, list[Outcome]] = defaultdict(list)
    by_lang: dict[str, list[Outcome]] = defaultdict(list)
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_file[outcome.file].append(outcome)
        by_lang[outcome.record["lang"]].append(outcome)
        kinds = str(outcome.record["kind"]).split(" ")[0].split("+")
        for kind in kinds:
            by_kind[kind].append(outcome)
    lines = [
        *table("file", by_file),
        "",
        *table("language", by_lang),
        "",
        *table("kind", by_kind),
        "",
    ]
    total, right, alarms, _, _ = tally(outcomes)
    share = f"{right / total:.0%}" if total else "-"
    lines.append(f"right: {right}/{total} ({share}); false alarms: {alarms}")
    for outcome in outcomes:
        if not outcome.right:
            lines.append(
                f"  miss {outcome.record['id']} ({outcome.record['lang']}):"
                f" expected {outcome.expected}, got {outcome.verdict}"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: corpus.py FILE.jsonl [FILE.jsonl ...]", file=sys.stderr)
        return 2
    outcomes = [
        Outcome(name, record, article_verdict(record))
        for name, record in records(Path(p) for p in argv)
    ]
    print(report(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
