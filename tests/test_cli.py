from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import hns.cli
from hns.audit import audit
from hns.cli import main
from hns.errors import HnsError
from hns.finding import Found

ARTICLES = Path(__file__).parent.parent / "examples" / "articles"
JOONGANG = str(ARTICLES / "2021-01-31-joongang-machine-translation.txt")
KYODO = str(ARTICLES / "2021-02-10-kyodo-japan-times.txt")


def _hns(*args: str, **options: Any) -> subprocess.CompletedProcess[str]:
    # python -m hns ARGS in a process of its own, as a shell would run it.
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    options.setdefault("timeout", 120)
    return subprocess.run(
        [sys.executable, "-m", "hns", *args], text=True, check=False, **options
    )


def _closed(fd: int, *args: str) -> subprocess.CompletedProcess[str]:
    # python -m hns ARGS started with file descriptor *fd* closed (as by
    # the shell's <&- or >&-), which Python shows as sys.stdin or
    # sys.stdout being None.
    command = [sys.executable, "-m", "hns", *args]
    start = f"import os; os.close({fd}); os.execv({command[0]!r}, {command!r})"
    return subprocess.run(
        [sys.executable, "-c", start],
        stdin=subprocess.DEVNULL if fd != 0 else None,
        stdout=subprocess.PIPE if fd != 1 else None,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=120,
    )


class TestAudit:
    def test_inconsistent_article(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Auditing the JoongAng article exits 1 and explains each slip, with
        the date taken from the file name.
        """
        assert main(["audit", JOONGANG]) == 1

        out = capsys.readouterr().out
        assert "[WRONG] change: 193 billion yen, 2017 billion yen, 1.2%" in out
        assert "lost digit of 1993億円" in out
        assert "inconsistent" in out.splitlines()[-1]

    def test_consistent_article(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        The Kyodo report has no inconsistent claim: exit 0.
        """
        assert main(["audit", KYODO]) == 0

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        --json prints a run holding the report's documented schema.
        """
        main(["audit", "--json", KYODO])

        data = json.loads(capsys.readouterr().out)
        assert data["schema"] == "hns.run/1"
        assert data["reports"][0]["schema"] == "hns.report/1"
        assert data["reports"][0]["published"] == "2021-02-10"

    def test_markdown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        --markdown prints a table.
        """
        main(["audit", "--markdown", KYODO])

        assert "| # | claim | figures | verdict |" in capsys.readouterr().out

    def test_several_files(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        Several files: a report each, a summary, progress on stderr.
        """
        assert main(["audit", JOONGANG, KYODO]) == 1

        captured = capsys.readouterr()
        assert "2 files, 5 inconsistent claims" in captured.out
        assert "auditing 2/2" in captured.err

    def test_published_option(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        --published overrides the date in the file name.
        """
        main(["audit", "--json", "--published", "2021-02-11", KYODO])

        report = json.loads(capsys.readouterr().out)["reports"][0]
        assert report["published"] == "2021-02-11"

    def test_no_reference(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        --no-reference checks only the relations inside the text.
        """
        main(["audit", "--json", "--no-reference", JOONGANG])

        report = json.loads(capsys.readouterr().out)["reports"][0]
        kinds = {c["kind"] for c in report["claims"]}
        assert "level" not in kinds

    def test_rates_csv(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        --rates uses a user's CSV of rates for conversions.
        """
        rates = tmp_path / "rates.csv"
        days = [f"2021-01-{d}" for d in range(20, 32)]
        days += [f"2021-02-0{d}" for d in range(1, 10)]
        rows = "".join(f"{day},JPY,KRW,10.66\n" for day in days)
        rates.write_text("date,base,quote,rate\n" + rows)

        main(["audit", "--json", "--rates", str(rates), JOONGANG])

        report = json.loads(capsys.readouterr().out)["reports"][0]
        claims = [c for c in report["claims"] if c["kind"] == "conversion"]
        assert claims
        for claim in claims:
            assert any(
                str(rates) in source for source in claim["verdict"]["sources"]
            ), claim["verdict"]["sources"]
        assert report["data"]["rates"]["source"] == "given"

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["audit", "/nowhere/at/all.txt"], "cannot read"),
            (["audit", "/"], "cannot read /: Is a directory"),
            (["audit", "--max-bytes", "-1", KYODO], "a number of bytes"),
            (["audit", "--max-bytes", "1e6", KYODO], "not a whole number"),
            (["audit", "--published", "yesterday", KYODO], "not a date"),
            (["check", "change", "1%"], "takes OLD NEW STATED"),
            (["parse", "1..2"], "a decimal point must be followed"),
            (
                ["check", "ratio", "$1", "¥1", "2 times", "--rate", "x"],
                "a rate",
            ),
        ],
    )
    def test_bad_usage(
        self, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Bad usage or unreadable input exits 2 with a message, no traceback.
        """
        assert main(args) == 2

        err = capsys.readouterr().err
        assert message in err
        assert "Traceback" not in err

    def test_binary_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A binary file is refused as not UTF-8 text.
        """
        path = tmp_path / "garbage.bin"
        path.write_bytes(bytes(range(256)) * 4)

        assert main(["audit", str(path)]) == 2
        assert "not UTF-8 text" in capsys.readouterr().err


class TestOtherCommands:
    def test_check_change(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        hns check change explains and exits 1 when inconsistent.
        """
        assert (
            main(
                [
                    "check",
                    "change",
                    "193 billion yen",
                    "201.7 billion yen",
                    "1.2%",
                ]
            )
            == 1
        )

        assert "1993億円" in capsys.readouterr().out

    def test_check_ratio_with_rate(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        hns check ratio takes a stated rate.
        """
        args = ["check", "ratio", "$8 billion", "¥199.3 billion", "four times"]

        assert main([*args, "--rate", "USDJPY=105"]) == 0
        assert capsys.readouterr().out.startswith("consistent")

    def test_check_total_json(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        hns check total --json prints a verdict.
        """
        main(["check", "total", "3935億円", "1968億円", "1967億円", "--json"])

        assert json.loads(capsys.readouterr().out)["status"] == "consistent"

    def test_check_conversion(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        hns check conversion uses the ECB rate of the day.
        """
        args = ["check", "conversion", "2017億円", "약 2조1500억원"]

        assert main([*args, "--on", "2021-01-31"]) == 0

    def test_fy(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        hns fy DATE lists the fiscal year of every preset; TEXT reads one.
        """
        main(["fy", "2021-01-31"])
        main(["fy", "令和3年度"])

        out = capsys.readouterr().out
        assert (
            "JAPAN       FY2020 (令和2年度): 2020-04-01 to 2021-03-31" in out
        )
        assert "JAPAN FY2021: 2021-04-01 to 2022-03-31" in out

    def test_convert(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        hns convert AMOUNT CUR --on DATE.
        """
        main(["convert", "2017億円", "KRW", "--on", "2021-01-31"])

        assert "(2.15 trillion won)" in capsys.readouterr().out

    def test_parse(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        hns parse prints value, kind and interval of each figure.
        """
        assert main(["parse", "2017億円", "1.2%"]) == 0

        out = capsys.readouterr().out
        assert "201700000000 JPY" in out
        assert "[1.15, 1.25]" in out

    def test_unknown_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        Bad usage exits 2 with argparse's message.
        """
        assert main(["frobnicate"]) == 2

        assert "invalid choice" in capsys.readouterr().err


def test_python_dash_m_stdin() -> None:
    """
    python -m hns audit - reads stdin.
    """
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "hns",
            "audit",
            "--published",
            "2021-01-31",
            "-",
        ],
        input="This year's contribution will reach 2017 billion yen in Japan.",
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1
    assert "億 read as billion" in result.stdout


class TestFailures:
    """
    Every failure ends in exit status 2 (bad usage, unreadable input,
    unwritable output), 130 (interrupted) or 3 (a bug), with a message
    and never a traceback.
    """

    @pytest.mark.parametrize("stderr", ["pipe", "same pipe"])
    def test_broken_pipe_before_output(self, stderr: str) -> None:
        """
        A reader that has gone before hns writes (``hns audit A B | head
        -1``, with or without ``2>&1``) ends hns quietly with the status
        of the audit (0 for Kyodo), not an internal error or Python's 120
        for a failed flush at exit.
        """
        with subprocess.Popen(
            [sys.executable, "-m", "hns", "audit", KYODO, KYODO],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE if stderr == "pipe" else subprocess.STDOUT,
        ) as process:
            assert process.stdout is not None
            process.stdout.close()
            err = process.stderr.read().decode() if process.stderr else ""
            status = process.wait(timeout=120)

        assert status == 0
        assert "Traceback" not in err
        assert all(line.startswith("auditing ") for line in err.splitlines())

    def test_broken_pipe_after_one_line(self) -> None:
        """
        A reader that takes one line of a long output and goes leaves
        stderr empty and the status of the audit (1 for JoongAng).
        """
        with subprocess.Popen(
            [sys.executable, "-m", "hns", "audit", "--json", JOONGANG],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as process:
            assert process.stdout is not None
            assert process.stderr is not None
            # A pipe of one page: the JSON (about 25 KB) cannot fit in it.
            fcntl.fcntl(process.stdout.fileno(), fcntl.F_SETPIPE_SZ, 4096)
            first = process.stdout.readline()
            process.stdout.close()
            err = process.stderr.read().decode()
            status = process.wait(timeout=120)

        assert first == b"{\n"
        assert "Traceback" not in err
        assert err == ""
        assert status == 1

    @pytest.mark.skipif(
        not Path("/dev/full").exists(), reason="no /dev/full here"
    )
    @pytest.mark.parametrize(
        "args", [["audit", KYODO], ["parse", "5%"], ["--help"]]
    )
    def test_full_disk(self, args: list[str]) -> None:
        """
        Output that cannot be written (/dev/full: no space left) exits 2
        with one line saying so, also for argparse's --help.
        """
        with Path("/dev/full").open("w") as full:
            result = _hns(*args, stdout=full, stderr=subprocess.PIPE)

        assert result.returncode == 2
        assert result.stderr == (
            "hns: cannot write the output: No space left on device\n"
        )

    def test_stdout_closed(self) -> None:
        """
        hns started with stdout closed (``>&-``) exits 2 with a message.
        """
        result = _closed(1, "parse", "5%")

        assert result.returncode == 2
        assert "hns: cannot write the output: stdout is closed" in (
            result.stderr
        )
        assert "Traceback" not in result.stderr

    def test_stdin_closed_at_start(self) -> None:
        """
        ``hns audit -`` started with stdin closed (``<&-``) exits 2 with a
        message, not an AttributeError on None.
        """
        result = _closed(0, "audit", "-")

        assert result.returncode == 2
        assert result.stderr == "hns: cannot read -: stdin is closed\n"

    def test_stdin_descriptor_closed(self) -> None:
        """
        ``hns audit -`` whose stdin descriptor is closed under it exits 2
        with the system's reason.
        """
        code = (
            "import os, sys; os.close(0); from hns.cli import main;"
            " sys.exit(main(['audit', '-']))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )

        assert result.returncode == 2
        assert result.stderr == "hns: cannot read -: Bad file descriptor\n"

    def test_stdin_empty(self) -> None:
        """
        An empty stdin is an article without claims: exit 0.
        """
        result = _hns("audit", "-", stdin=subprocess.DEVNULL)

        assert result.returncode == 0
        assert "0 consistent, 0 inconsistent" in result.stdout

    def test_ascii_stdout(self) -> None:
        """
        A stdout that cannot encode Japanese (PYTHONIOENCODING=ascii) gets
        backslash escapes, and the audit exits 1 as usual.
        """
        env = dict(os.environ, PYTHONIOENCODING="ascii")

        result = _hns("audit", JOONGANG, env=env)

        assert result.returncode == 1
        assert "lost digit of 1993\\u5104\\u5186" in result.stdout
        assert "Traceback" not in result.stderr
        assert result.stderr == ""

    def test_ascii_stderr(self) -> None:
        """
        A message quoting Japanese reaches an ASCII stderr escaped.
        """
        env = dict(os.environ, PYTHONIOENCODING="ascii")

        result = _hns("parse", "2017億円", "1..2億", env=env)

        assert result.returncode == 2
        assert "'2017\\u5104\\u5186'" in result.stdout
        assert "cannot read '1..2\\u5104'" in result.stderr

    @pytest.mark.parametrize("limit", [None, "1000"])
    def test_endless_input(self, limit: str | None) -> None:
        """
        /dev/zero is refused once it passes --max-bytes (by default 50 MB)
        rather than read until memory runs out.
        """
        args = ["--max-bytes", limit] if limit else []

        result = _hns("audit", *args, "/dev/zero", timeout=60)

        assert result.returncode == 2
        assert result.stderr == (
            f"hns: /dev/zero is larger than --max-bytes"
            f" ({limit or 50_000_000} bytes)\n"
        )

    def test_endless_rates(self, tmp_path: Path) -> None:
        """
        /dev/zero as the file of rates is refused, not read forever.
        """
        article = tmp_path / "article.txt"
        article.write_text("About 55,000 troops.")

        result = _hns(
            "audit", "--rates", "/dev/zero", str(article), timeout=60
        )

        assert result.returncode == 2
        assert "/dev/zero: larger than 100,000,000 bytes" in result.stderr
        assert "Traceback" not in result.stderr

    def test_max_bytes_is_inclusive(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A file of exactly --max-bytes bytes is read; one byte more is not.
        """
        path = tmp_path / "article.txt"
        path.write_text("About 55,000 troops.")
        size = str(path.stat().st_size)

        assert main(["audit", "--max-bytes", size, str(path)]) == 0
        assert "1 unchecked" in capsys.readouterr().out
        path.write_text("About 55,000 troops!!")
        assert main(["audit", "--max-bytes", size, str(path)]) == 2
        assert "larger than --max-bytes (20 bytes)" in capsys.readouterr().err

    def test_max_bytes_on_stdin(self) -> None:
        """
        --max-bytes also bounds what is read from stdin.
        """
        result = _hns("audit", "--max-bytes", "50", "-", input="1" * 51)

        assert result.returncode == 2
        assert "- is larger than --max-bytes (50 bytes)" in result.stderr

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (
                ["audit", "--published", "9999-12-31", KYODO],
                "9999-12-31 is out of range",
            ),
            (
                ["audit", "--published", "1899-12-31", KYODO],
                "1899-12-31 is out of range",
            ),
            (
                [
                    "check",
                    "conversion",
                    "2017億円",
                    "2조원",
                    "--on",
                    "0001-01-01",
                ],
                "0001-01-01 is out of range",
            ),
            (
                ["convert", "2017億円", "KRW", "--on", "2200-01-01"],
                "2200-01-01 is out of range",
            ),
            (["fy", "9999-12-31"], "9999-12-31 is out of range"),
            (["fy", "0001年度", "--calendar", "US_FEDERAL"], "fiscal year 1"),
            (["fy", "0001年度", "--calendar", "JAPAN"], "fiscal year 1"),
            (["fy", "2200年度", "--calendar", "KOREA"], "fiscal year 2200"),
            (["convert", "1e28 JPY", "USD"], "unexpected 'e'"),
            (
                [
                    "convert",
                    "10000000000000000000000000000 JPY",
                    "KRW",
                    "--rate",
                    "JPYKRW=1000000",
                ],
                "out of range",
            ),
        ],
    )
    def test_out_of_range(
        self, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Dates outside 1900-01-01 to 2199-12-31, fiscal years outside 1900
        to 2199, and amounts beyond 10**30 are bad usage (exit 2), not
        internal errors.
        """
        assert main(args) == 2

        err = capsys.readouterr().err
        assert message in err
        assert "internal error" not in err

    @pytest.mark.parametrize(
        "args",
        [
            ["audit", "--published", "1900-01-01", JOONGANG],
            ["audit", "--published", "2199-12-31", JOONGANG],
            ["fy", "1900-01-01"],
            ["fy", "2199-12-31"],
            ["fy", "1900年度", "--calendar", "US_FEDERAL"],
            ["fy", "2199年度", "--calendar", "UK"],
            [
                "convert",
                "10000000000000000000000000000 JPY",
                "USD",
                "--rate",
                "USDJPY=105",
            ],
        ],
    )
    def test_edges_of_the_range(
        self, args: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        The first and last days and years of the range, and 10**28 yen,
        are read and answered (exit 0 or 1).
        """
        assert main(args) in {0, 1}

        captured = capsys.readouterr()
        assert captured.out
        assert captured.err == ""

    @pytest.mark.parametrize(
        ("error", "status", "message"),
        [
            (HnsError("no such thing"), 2, "hns: no such thing\n"),
            (
                FileNotFoundError(2, "No such file or directory", "r.csv"),
                2,
                "hns: cannot read r.csv: No such file or directory\n",
            ),
            (KeyboardInterrupt(), 130, ""),
            (
                ZeroDivisionError("division by zero"),
                3,
                "hns: internal error: ZeroDivisionError: division by zero"
                " — please report this at the project's issue tracker\n",
            ),
        ],
    )
    def test_failure_statuses(
        self,
        error: BaseException,
        status: int,
        message: str,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        An hns error exits 2, an OSError reading input 2, an interrupt
        130, and anything else 3 asking to report the bug; each with one
        line at most and no traceback.
        """

        def fail(text: str) -> None:
            raise error

        monkeypatch.setattr(hns.cli, "parse_figure", fail)

        assert main(["parse", "5%"]) == status
        assert capsys.readouterr().err == message

    def test_output_before_an_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        What was answered before a bad argument is still printed, then
        the error.
        """
        assert main(["parse", "5%", "1..2"]) == 2

        captured = capsys.readouterr()
        assert captured.out.startswith("'5%'")
        assert "a decimal point must be followed" in captured.err


def test_markdown_escapes_unchecked_figures() -> None:
    """
    The unchecked figures in --markdown are escaped like the table: an
    article's *, _, `, [, <, | and \\ show as written, not as emphasis,
    code, links, HTML or a new cell.
    """
    report = audit("About 55,000 troops.")
    figure = attrs.evolve(
        report.unchecked[0].figure, text="*5* _5_ `5` [5](x) <b> 5|5 \\"
    )
    report = attrs.evolve(report, unchecked=(Found(figure, 6, 12),))

    assert report.to_markdown().splitlines()[-1] == (
        "Unchecked figures: \\*5\\* \\_5\\_ \\`5\\` \\[5\\](x)"
        " \\<b\\> 5\\|5 \\\\"
    )


def test_markdown_escapes_file_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """
    The heading of each file in --markdown shows its name as written.
    """
    path = tmp_path / "a_*b*.txt"
    path.write_text("About 55,000 troops.")

    main(["audit", "--markdown", str(path)])

    heading = capsys.readouterr().out.splitlines()[0]
    assert heading.endswith("a\\_\\*b\\*.txt")
