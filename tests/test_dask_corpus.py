"""
``examples/dask_corpus.py``: the audit of a folder with `dask.bag` gives
the reports that `hns.audit.audit` and ``hns audit --jsonl`` give, on
Dask's synchronous scheduler and on its processes.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import dask
import pytest

from hns.audit import audit
from hns.cli import main

EXAMPLES = Path(__file__).parent.parent / "examples"
ARTICLES = EXAMPLES / "articles"


@pytest.fixture(scope="module")
def corpus() -> Iterator[ModuleType]:
    """
    The example, imported as a module (``dask_corpus``) as a user would.
    """
    spec = importlib.util.spec_from_file_location(
        "dask_corpus", EXAMPLES / "dask_corpus.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dask_corpus"] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["dask_corpus"]


def _serial(paths: list[Path]) -> list[dict[str, Any]]:
    # The library's report of each article, one at a time, dated by the
    # file name.
    return [
        {
            "file": str(path),
            **audit(
                path.read_text(encoding="utf-8"),
                published=dt.date.fromisoformat(path.name[:10]),
            ).to_dict(),
            "published_from": "file",  # dated by its name
        }
        for path in paths
    ]


SEEDS = sorted(ARTICLES.glob("*.txt"))


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_same_reports_as_the_library(
    corpus: ModuleType, scheduler: str
) -> None:
    """
    The bag holds the library's report of each example article, with its
    file name, in the order of the names: in this process and in Dask's
    worker processes.
    """
    reports = corpus.audit_folder(ARTICLES).compute(scheduler=scheduler)

    assert reports == _serial(SEEDS)
    assert len(reports) == 2


def test_published_and_host(corpus: ModuleType) -> None:
    """
    *published* dates every file; *host* keeps the articles about it.
    """
    day = dt.date(2021, 2, 11)
    on_day = corpus.audit_folder(ARTICLES, published=day)
    about_japan = corpus.audit_folder(ARTICLES, host="JP")
    about_korea = corpus.audit_folder(ARTICLES, host="KR")

    reports = on_day.compute(scheduler="synchronous")
    assert {r["published"] for r in reports} == {"2021-02-11"}
    assert about_japan.compute(scheduler="synchronous") == _serial(SEEDS)
    assert about_korea.compute(scheduler="synchronous") == []


def test_file_dates(corpus: ModuleType) -> None:
    """
    A file's date is the first YYYY-MM-DD of its name, if it is a day.
    """
    assert corpus.published_in("a/2021-01-31-x-2020-01-01.txt") == (
        dt.date(2021, 1, 31)
    )
    assert corpus.published_in("2021-01-31/article.txt") is None
    assert corpus.published_in("2021-02-30-article.txt") is None


def test_script_writes_what_the_cli_prints(
    corpus: ModuleType,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """
    Run as a script with a folder and an output folder, it writes JSON
    lines that equal what ``hns audit --jsonl`` prints for the folder's
    files, those that cannot be read (a folder, bytes that are not UTF-8)
    included.
    """
    folder = tmp_path / "archive"
    folder.mkdir()
    for path in ARTICLES.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "2021-03-01-binary.txt").write_bytes(b"\xff\xfe\xfa")
    (folder / "2021-03-02-folder.txt").mkdir()
    out = tmp_path / "reports"

    with dask.config.set(scheduler="synchronous"):
        corpus.main([str(folder), str(out)])

    printed = capsys.readouterr().out.splitlines()
    lines = [
        json.loads(line)
        for name in printed
        for line in Path(name).read_text(encoding="utf-8").splitlines()
    ]
    names = sorted(str(path) for path in folder.glob("*.txt"))
    main(["audit", "--jsonl", *names])
    cli = [json.loads(x) for x in capsys.readouterr().out.splitlines()]

    assert printed == [str(out / f"{n}.jsonl") for n in range(len(names))]
    assert lines == cli
    assert lines[:2] == _serial([Path(name) for name in names[:2]])
    assert lines[2:] == [
        {"file": names[2], "error": f"{names[2]} is not UTF-8 text"},
        {"file": names[3], "error": f"cannot read {names[3]}: Is a directory"},
    ]
