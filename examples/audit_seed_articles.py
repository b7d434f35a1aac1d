"""
Audit the two articles hns was created from, as a library user would, and
print what the audit found in each.
"""

import datetime as dt
from pathlib import Path

from hns.audit import audit

ARTICLES = Path(__file__).parent / "articles"
PUBLISHED = {
    "2021-01-31-joongang-machine-translation.txt": dt.date(2021, 1, 31),
    "2021-02-10-kyodo-japan-times.txt": dt.date(2021, 2, 10),
}

for name, published in PUBLISHED.items():
    report = audit((ARTICLES / name).read_text(encoding="utf-8"), published)
    print(f"{name}: {report.summary}")
    for claim in report.inconsistent:
        print(f"  - {claim.verdict.explain()}")
