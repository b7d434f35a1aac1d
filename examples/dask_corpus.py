"""
Audit every ``*.txt`` of a folder with `dask.bag`: a report per file, the
same as ``hns audit --jsonl`` prints, computed by Dask's local processes
or, once a ``dask.distributed.Client`` is connected, by a cluster.

    python examples/dask_corpus.py [FOLDER [OUTPUT]]

writes the reports as JSON lines to ``OUTPUT/0.jsonl``, ``OUTPUT/1.jsonl``,
... (a file per partition of the bag, in the order of the file names), or
prints a line per file when no OUTPUT is given. FOLDER defaults to the
example articles. As in ``hns audit``, a file's publication date is the
``YYYY-MM-DD`` in its name (unless *published* is given), and a file that
cannot be read is reported as ``{"file": ..., "error": ...}``.

From Python, `audit_folder` gives the bag itself, to filter, count or
write elsewhere. The functions here travel with the tasks, so a cluster's
workers need hns installed, not this file.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sys
from pathlib import Path
from typing import Any

import cloudpickle
import dask.bag

from hns.audit import audit
from hns.errors import HnsError

ARTICLES = Path(__file__).parent / "articles"
FILE_DATE = re.compile(r"((?:19|20)\d\d-\d\d-\d\d)")

if __name__ != "__main__":  # imported: send these functions by value
    cloudpickle.register_pickle_by_value(sys.modules[__name__])


def published_in(name: str) -> dt.date | None:
    """
    The date the name of a file carries, as ``hns audit`` reads it: the
    first ``YYYY-MM-DD`` of ``2021-01-31-joongang.txt``; None when there
    is none or it is no day.
    """
    match = FILE_DATE.search(Path(name).name)
    try:
        return dt.date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        return None


def audit_file(path: str, published: dt.date | None = None) -> dict[str, Any]:
    """
    The report of one file as ``hns audit --jsonl`` prints it: ``"file"``
    and `hns.audit.Report.to_dict`, or ``"file"`` and ``"error"``.
    """
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as error:
        reason = f"cannot read {path}: {error.strerror or error}"
        return {"file": path, "error": reason}
    except UnicodeDecodeError:
        return {"file": path, "error": f"{path} is not UTF-8 text"}
    day = published or published_in(path)
    try:
        report = audit(text, published=day)
    except HnsError as error:
        return {"file": path, "error": str(error)}
    data = {"file": path, **report.to_dict()}
    if published is None and day is not None:
        data["published_from"] = "file"  # dated by its name, as hns audit
    return data


def _about(host: str, report: dict[str, Any]) -> bool:
    return report.get("host") == host


def audit_folder(
    folder: str | Path,
    published: dt.date | None = None,
    host: str | None = None,
) -> dask.bag.Bag:
    """
    A bag of the reports of every ``*.txt`` in *folder*, in the order of
    their names: `audit_file` of each, with *published* for every file
    when given; only the articles about *host* (``"JP"`` or ``"KR"``, as
    the audit finds it) when given.
    """
    paths = sorted(str(path) for path in Path(folder).glob("*.txt"))
    reports = dask.bag.from_sequence(paths).map(audit_file, published)
    if host is not None:
        reports = reports.filter(functools.partial(_about, host))
    return reports


def main(argv: list[str]) -> None:
    """
    The script: ``[FOLDER [OUTPUT]]``.
    """
    reports = audit_folder(argv[0] if argv else ARTICLES)
    if len(argv) > 1:
        lines = reports.map(json.dumps, ensure_ascii=False)
        written = lines.to_textfiles(
            f"{argv[1]}/*.jsonl", encoding="utf-8", last_endline=True
        )
        for name in written:
            print(name)
        return
    for report in reports.compute():
        shown = report.get("summary") or report.get("error")
        print(f"{Path(report['file']).name}: {shown}")


if __name__ == "__main__":
    main(sys.argv[1:])
