"""
The command line as a reference: every option says what it does, --help
shows examples and the exit statuses, --version the installed version, and
the claim checks of the library are all reachable (`hns check level`,
`average`, `share`, `per-capita` beside `change`, `ratio`, `total`,
`conversion`); `hns demo` audits the bundled example article.
"""

from __future__ import annotations

import argparse
import json
from importlib import metadata
from importlib.resources import files
from pathlib import Path

import pytest

import hns
from hns.cli import main, parser

ARTICLES = Path(__file__).parent.parent / "examples" / "articles"
DEMO = "2021-01-31-joongang-machine-translation.txt"


def _subparsers(
    root: argparse.ArgumentParser,
) -> dict[str, argparse.ArgumentParser]:
    for action in root._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    msg = "no subcommands"
    raise AssertionError(msg)


def test_every_option_and_command_has_help() -> None:
    root = parser()
    commands = _subparsers(root)
    assert set(commands) == {
        "audit",
        "check",
        "fy",
        "convert",
        "parse",
        "demo",
    }
    undocumented = [
        f"{name} {action.dest}"
        for name, sub in [("hns", root), *commands.items()]
        for action in sub._actions
        if not isinstance(action, argparse._SubParsersAction)
        and action.dest != "help"
        and not action.help
    ]
    assert undocumented == []


@pytest.mark.parametrize("argv", [["--help"], ["audit", "--help"]])
def test_help_shows_examples_and_exit_statuses(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert 'hns check change "193 billion yen"' in out
    for status in ("0  everything checked holds", "1  a claim is", "2  bad"):
        assert status in out
    assert "3  an internal error" in out
    assert "130  interrupted" in out


def test_check_help_lists_the_figures_of_each_kind(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "--help"]) == 0
    out = capsys.readouterr().out
    assert "per-capita  AMOUNT COUNT STATED" in out
    assert "level       STATED [REFERENCE]" in out


def test_version_is_the_installed_distributions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--version"]) == 0
    printed = capsys.readouterr().out.strip()
    assert printed == f"hns {metadata.version('hns-figures')}"
    assert hns.__version__ == metadata.version("hns-figures")
    assert "__version__" in dir(hns)


@pytest.mark.parametrize(
    ("args", "status", "said"),
    [
        # Against the bundled budget of a fiscal year, the host from the
        # currency: 2017 billion yen is 億 read as billion.
        (["level", "2017 billion yen", "--year", "2021"], 1, "2017億円"),
        (["level", "2017억엔", "--year", "2021"], 0, "201.7 billion yen"),
        (["level", "1조389억원", "--year", "2020", "--host", "KR"], 0, ""),
        (["level", "1조389억원", "--year", "2021", "--host", "KR"], 1, ""),
        (["level", "roughly ¥200 billion", "¥201.7 billion"], 0, ""),
        (["average", "1兆551億円", "5", "211 billion yen"], 0, ""),
        (["average", "1兆551億円", "5", "250 billion yen"], 1, ""),
        (["share", "2017億円", "8000億円", "25%"], 0, ""),
        (["share", "2017億円", "8000億円", "35%"], 1, ""),
        (
            ["per-capita", "¥201.7 billion", "about 55,000", "¥3.7 million"],
            0,
            "",
        ),
        (
            [
                *("per-capita", "¥201.7 billion", "about 55,000"),
                *("¥305,000", "--stated-per", "month"),
            ],
            0,
            "",
        ),
        (["per-capita", "¥201.7 billion", "55,000", "¥37 million"], 1, ""),
    ],
)
def test_check_kinds(
    args: list[str],
    status: int,
    said: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", *args]) == status
    out = capsys.readouterr().out
    assert out.startswith("inconsistent" if status else "consistent")
    assert said in out


def test_check_level_json_is_a_verdict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["check", "level", "2017 billion yen", "--year", "2021", "--json"])
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["schema"] == "hns.verdict/1"
    assert verdict["check"] == "level"
    assert verdict["sources"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["level", "$8 billion", "--year", "2021"], "--host JP or KR"),
        (["level", "2017億円"], "a REFERENCE or --year"),
        (
            ["level", "2017億円", "¥201.7 billion", "--year", "2021"],
            "not both",
        ),
        (["level", "a", "b", "c"], "takes STATED [REFERENCE]"),
        (["average", "1兆551億円", "5"], "takes TOTAL COUNT STATED"),
        (["share", "1", "2", "3", "4"], "takes PART WHOLE STATED"),
    ],
)
def test_check_usage_errors(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", *args]) == 2
    assert message in capsys.readouterr().err


def test_demo_audits_the_bundled_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """
    `hns demo` is what ./dev demo does: the first seed article audited,
    five of its six claims wrong (exit status 1).
    """
    assert main(["demo"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"== {DEMO}")
    assert out.count("[WRONG]") == 5
    assert "1 consistent, 5 inconsistent" in out


def test_the_shipped_demo_article_is_the_examples() -> None:
    shipped = files("hns.data").joinpath("demo", DEMO).read_bytes()
    assert shipped == (ARTICLES / DEMO).read_bytes()


def test_an_undetermined_check_says_so_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["conversion", "2017億円", "약 2조1500억원", "--on", "2027-01-05"]
    assert main(["check", *args]) == 0
    out = capsys.readouterr().out
    assert out.startswith("undetermined: no JPY/KRW rate for 2027-01-05")
    assert out.count("undetermined") == 1
    assert "--rates" in out


def test_the_readme_lists_every_command() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    table = readme.split("### The command line", 1)[1].split("\n\n")[1]
    listed = {
        line.split("`hns ", 1)[1].split()[0].rstrip("`")
        for line in table.splitlines()
        if line.startswith("| `hns ")
    }
    assert listed == set(_subparsers(parser()))
    for status in ("0\neverything", "3 an internal error", "130 interrupted"):
        assert status.replace("\n", " ") in readme.replace("\n", " ")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_run_matches_its_schema(
    jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """
    What ``hns audit --json`` prints for several files, one of them not
    readable, is valid against the shipped schema hns.run/1.
    """
    import jsonschema  # type: ignore[import-untyped]
    import referencing

    from hns import schemas

    found = schemas.schemas()
    registry: referencing.Registry = referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s))
        for s in found.values()
    )
    missing = tmp_path / "2021-03-01-missing.txt"
    files = [str(ARTICLES / DEMO), str(missing)]
    assert main(["audit", "--json", "--jobs", jobs, *files]) == 2
    run = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator(
        found["hns.run/1"], registry=registry
    ).validate(run)
    assert [r["file"] for r in run["reports"]] == files
    assert run["reports"][0]["published_from"] == "file"
    assert "error" in run["reports"][1]
