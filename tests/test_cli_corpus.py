"""
``hns audit`` over many files: one JSON shape for any number of them,
JSON lines written as each file is done, worker processes (``--jobs``),
files that cannot be audited among good ones, progress on a terminal,
and Ctrl-C.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import hns.audit
from hns.audit import audit
from hns.cli import main

ARTICLES = Path(__file__).parent.parent / "examples" / "articles"
JOONGANG = str(ARTICLES / "2021-01-31-joongang-machine-translation.txt")
KYODO = str(ARTICLES / "2021-02-10-kyodo-japan-times.txt")
PUBLISHED = {
    JOONGANG: dt.date(2021, 1, 31),
    KYODO: dt.date(2021, 2, 10),
}
MISSING = "/nowhere/at/all.txt"


def _expected(name: str) -> dict[str, Any]:
    # The entry of --json for one of the example articles, from the
    # library: the report with the file's name.
    text = Path(name).read_text(encoding="utf-8")
    report = audit(text, published=PUBLISHED[name]).to_dict()
    report["published_from"] = "file"  # the command dates it by its name
    expected: dict[str, Any] = json.loads(json.dumps({"file": name, **report}))
    return expected


def _hns(*args: str) -> list[str]:
    # The command line of python -m hns ARGS.
    return [sys.executable, "-m", "hns", *args]


@contextlib.contextmanager
def _running(
    args: list[str], **options: Any
) -> Iterator[subprocess.Popen[bytes]]:
    # A process in a group of its own, ended with its workers if it still
    # runs when the test is over (passed or failed).
    process = subprocess.Popen(args, start_new_session=True, **options)
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        with process:  # closes its pipes, waits for it
            pass


def _line(stream: Any, timeout: float = 120) -> bytes:
    # The next line of a process's stdout, or b"" after *timeout* seconds.
    ready, _, _ = select.select([stream], [], [], timeout)
    return stream.readline() if ready else b""


class TestJsonShape:
    @pytest.mark.parametrize(
        "files", [[KYODO], [JOONGANG, KYODO, JOONGANG]], ids=["1", "3"]
    )
    def test_one_object(
        self, files: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        --json prints one hns.run/1 object for one file and for three:
        the library's report of each, with its file name, in the order of
        the arguments.
        """
        status = main(["audit", "--json", *files])

        data = json.loads(capsys.readouterr().out)
        assert data == {
            "schema": "hns.run/1",
            "reports": [_expected(name) for name in files],
        }
        assert status == (1 if JOONGANG in files else 0)

    def test_jsonl(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        --jsonl prints a line per file: the same reports as --json, each
        valid JSON on its own line with its "file".
        """
        files = [JOONGANG, KYODO]

        assert main(["audit", "--jsonl", *files]) == 1

        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == 2
        assert [json.loads(line) for line in lines] == [
            _expected(name) for name in files
        ]

    def test_stdin_is_named_dash(self) -> None:
        """
        stdin is the file "-", also with worker processes (the command
        reads it, not a worker).
        """
        text = (
            "2021-01-31\n"
            "This year's contribution will reach 2017 billion yen in Japan."
        )

        result = subprocess.run(
            _hns("audit", "--json", "--jobs", "2", KYODO, "-"),
            input=text,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )

        reports = json.loads(result.stdout)["reports"]
        assert [r["file"] for r in reports] == [KYODO, "-"]
        assert reports[0] == _expected(KYODO)
        assert reports[1]["published"] == "2021-01-31"
        assert reports[1]["claims"][0]["figures"] == ["2017 billion yen"]
        assert result.returncode == 1

    @pytest.mark.parametrize(
        "shapes",
        [
            ["--json", "--jsonl"],
            ["--json", "--markdown"],
            ["--jsonl", "--markdown"],
        ],
    )
    def test_one_shape_at_most(
        self, shapes: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        --json, --jsonl and --markdown exclude one another: bad usage.
        """
        assert main(["audit", *shapes, KYODO]) == 2

        captured = capsys.readouterr()
        assert f"argument {shapes[1]}: not allowed with argument" in (
            captured.err
        )
        assert captured.out == ""


class TestStreaming:
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_line_written_before_the_next_file(
        self, jobs: str, tmp_path: Path
    ) -> None:
        """
        --jsonl writes the line of a file as soon as it is audited: the
        first line arrives while the second file (a pipe nobody has
        written to yet) is still being read.
        """
        fifo = tmp_path / "2021-02-10-later.txt"
        os.mkfifo(fifo)
        with _running(
            _hns("audit", "--jsonl", "--jobs", jobs, KYODO, str(fifo)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as process:
            assert process.stdout is not None
            first = _line(process.stdout)
            writer = _open_for_writing(fifo, process)
            os.write(writer, b"About 55,000 troops.")
            os.close(writer)
            second = _line(process.stdout)
            status = process.wait(timeout=120)

        assert json.loads(first) == _expected(KYODO)
        assert json.loads(second)["file"] == str(fifo)
        assert json.loads(second)["summary"]["unchecked"] == 1
        assert status == 0

    def test_reader_gone(self) -> None:
        """
        A reader that takes one line of --jsonl and goes stops the audit
        quietly, with the status of the files audited so far.
        """
        with _running(
            _hns("audit", "--jsonl", KYODO, JOONGANG, KYODO, KYODO),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as process:
            assert process.stdout is not None
            assert process.stderr is not None
            first = _line(process.stdout)
            process.stdout.close()
            err = process.stderr.read().decode()
            status = process.wait(timeout=120)

        assert json.loads(first)["file"] == KYODO
        assert "Traceback" not in err
        assert all(line.startswith("auditing ") for line in err.splitlines())
        assert status == 1

    @pytest.mark.skipif(
        not Path("/dev/full").exists(), reason="no /dev/full here"
    )
    def test_full_disk(self) -> None:
        """
        --jsonl to a full disk exits 2 with one line saying so.
        """
        with Path("/dev/full").open("w") as full:
            result = subprocess.run(
                _hns("audit", "--jsonl", KYODO, KYODO),
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
                timeout=120,
            )

        assert result.returncode == 2
        assert result.stderr.splitlines()[-1] == (
            "hns: cannot write the output: No space left on device"
        )
        assert "Traceback" not in result.stderr


def _open_for_writing(fifo: Path, process: subprocess.Popen[bytes]) -> int:
    # The write end of *fifo* once the process has opened it to read.
    deadline = time.monotonic() + 120
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # ENXIO: no reader yet
            if process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class TestJobs:
    @pytest.mark.parametrize("shape", [[], ["--markdown"], ["--json"]])
    def test_same_output_as_one_process(
        self, shape: list[str], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        --jobs 2 prints exactly what one process prints, with the same
        status.
        """
        files = [JOONGANG, KYODO, JOONGANG]

        serial = main(["audit", *shape, *files])
        expected = capsys.readouterr().out
        parallel = main(["audit", *shape, "--jobs", "2", *files])

        assert capsys.readouterr().out == expected
        assert parallel == serial == 1

    @pytest.mark.parametrize("jobs", ["0", "auto"])
    def test_one_per_cpu(
        self, jobs: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        --jobs 0 and --jobs auto audit in processes too, same output.
        """
        assert main(["audit", "--json", "--jobs", jobs, KYODO, KYODO]) == 0

        reports = json.loads(capsys.readouterr().out)["reports"]
        assert reports == [_expected(KYODO), _expected(KYODO)]

    def test_rates_in_the_workers(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Each worker reads the --rates CSV for itself: the output is the
        same as in one process.
        """
        rates = tmp_path / "rates.csv"
        rates.write_text("date,base,quote,rate\n2021-01-29,JPY,KRW,12.5\n")
        args = ["audit", "--json", "--rates", str(rates), JOONGANG, JOONGANG]

        serial = main(args)
        expected = capsys.readouterr().out
        parallel = main([*args, "--jobs", "2"])

        assert capsys.readouterr().out == expected
        assert len(json.loads(expected)["reports"]) == 2
        assert parallel == serial == 1

    @pytest.mark.parametrize(
        ("jobs", "message"),
        [
            ("-1", "a number of processes from 0 to 256: '-1'"),
            ("257", "a number of processes from 0 to 256: '257'"),
            ("two", "not a number of processes: 'two'"),
        ],
    )
    def test_bad_count(
        self, jobs: str, message: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        --jobs takes 0 to 256 or auto; anything else is bad usage.
        """
        assert main(["audit", "--jobs", jobs, KYODO]) == 2

        assert message in capsys.readouterr().err


class TestBadFiles:
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_json_entry(
        self, jobs: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        An unreadable file among good ones gets an "error" entry in its
        place and a message on stderr; the others are audited, and the
        exit status is 2.
        """
        files = [KYODO, MISSING, JOONGANG]

        status = main(["audit", "--json", "--jobs", jobs, *files])

        captured = capsys.readouterr()
        reason = f"cannot read {MISSING}: No such file or directory"
        assert json.loads(captured.out)["reports"] == [
            _expected(KYODO),
            {"file": MISSING, "error": reason},
            _expected(JOONGANG),
        ]
        assert f"hns: {reason}\n" in captured.err
        assert status == 2

    def test_too_large_in_jsonl(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A file larger than --max-bytes gets its error line among the
        others.
        """
        small = tmp_path / "small.txt"
        small.write_text("About 55,000 troops.")
        large = tmp_path / "large.txt"
        large.write_text("About 55,000 troops. " * 10)
        args = ["audit", "--jsonl", "--max-bytes", "100"]

        assert main([*args, str(large), str(small)]) == 2

        lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
        assert lines[0] == {
            "file": str(large),
            "error": f"{large} is larger than --max-bytes (100 bytes)",
        }
        assert lines[1]["summary"]["unchecked"] == 1

    def test_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        In the text output, the file that could not be audited says so
        under its heading, and the summary counts it.
        """
        assert main(["audit", KYODO, MISSING, JOONGANG]) == 2

        out = capsys.readouterr().out
        assert (
            f"== {MISSING}\nnot audited: cannot read {MISSING}:"
            " No such file or directory\n== "
        ) in out
        assert out.splitlines()[-1] == (
            "3 files, 5 inconsistent claims, 1 not audited"
        )

    def test_bug_in_one_file(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        A bug met in one file is reported for that file as an internal
        error; the others are audited, and the exit status is 3.
        """
        real = hns.audit.audit

        def audit_or_fail(text: str, **options: Any) -> hns.audit.Report:
            if "55,000 soldiers" in text:
                msg = "division by zero"
                raise ZeroDivisionError(msg)
            return real(text, **options)

        monkeypatch.setattr(hns.audit, "audit", audit_or_fail)
        monkeypatch.setattr(sys, "stdin", io.StringIO("55,000 soldiers"))

        status = main(["audit", "--jsonl", KYODO, "-", KYODO])

        captured = capsys.readouterr()
        lines = [json.loads(x) for x in captured.out.splitlines()]
        assert lines[1] == {
            "file": "-",
            "error": "internal error: ZeroDivisionError: division by zero"
            " — please report this at the project's issue tracker",
        }
        assert lines[0] == lines[2] == _expected(KYODO)
        assert "hns: internal error: ZeroDivisionError" in captured.err
        assert status == 3


class _Terminal(io.StringIO):
    # A stderr that says it is a terminal.
    def isatty(self) -> bool:
        return True


class TestProgress:
    def test_bar_on_a_terminal(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        With stderr a terminal, a bar is redrawn in place after each file
        and cleared at the end; no line per file.
        """
        err = _Terminal()
        monkeypatch.setattr(sys, "stderr", err)

        main(["audit", KYODO, KYODO])

        shown = err.getvalue()
        assert shown == (
            "\r[##########          ] 1/2 files"
            + "\r" + " " * 32 + "\r"
            + "\r[####################] 2/2 files"
            + "\r" + " " * 32 + "\r"
        )  # fmt: skip

    def test_no_bar_elsewhere(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        With stderr not a terminal there is no bar (nothing redrawn in
        place), only a line per file.
        """
        main(["audit", "--jobs", "2", KYODO, KYODO])

        err = capsys.readouterr().err
        assert "\r" not in err
        assert "#" not in err
        assert err.splitlines() == [
            f"auditing 1/2: {KYODO}",
            f"auditing 2/2: {KYODO}",
        ]

    def test_bar_on_a_pseudo_terminal(self) -> None:
        """
        A real terminal (a pseudo-terminal) on stderr shows the bar of a
        run in processes, and stdout gets the output whole.
        """
        master, slave = pty.openpty()
        with _running(
            _hns("audit", "--json", "--jobs", "2", KYODO, JOONGANG, KYODO),
            stdout=subprocess.PIPE,
            stderr=slave,
            stdin=subprocess.DEVNULL,
        ) as process:
            os.close(slave)
            shown = b""
            while True:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the terminal has no writer left
                    break
                if not chunk:
                    break
                shown += chunk
            out, _ = process.communicate(timeout=120)
        os.close(master)

        assert b"\r[######              ] 1/3 files" in shown
        assert b"\r[####################] 3/3 files" in shown
        assert b"auditing" not in shown
        assert len(json.loads(out)["reports"]) == 3
        assert process.returncode == 1


def _children(pid: int) -> set[int]:
    # The processes whose parent is *pid* (Linux's /proc).
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    # Whether process *pid* still runs (a zombie does not).
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="no /proc")
@pytest.mark.parametrize("to", ["the command", "its process group"])
def test_interrupt(to: str, tmp_path: Path) -> None:
    """
    Ctrl-C (SIGINT to the command, or to its whole process group as a
    terminal sends it) during an audit in processes stops the workers at
    once and exits 130 without a traceback.
    """
    text = Path(JOONGANG).read_text(encoding="utf-8") * 300
    files = []
    for number in range(12):
        path = tmp_path / f"{number:02}-2021-01-31.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    with _running(
        _hns("audit", "--jsonl", "--jobs", "2", *files),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        first = _line(process.stdout)
        workers = _children(process.pid)
        if to == "the command":
            process.send_signal(signal.SIGINT)
        else:
            os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=60)

    deadline = time.monotonic() + 30
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert json.loads(first)["file"] == files[0]
    assert len(workers) >= 2
    assert not any(map(_alive, workers))
    assert process.returncode == 130
    assert 1 + out.count(b"\n") < len(files)
    assert b"Traceback" not in err
    assert all(line.startswith(b"auditing ") for line in err.splitlines()), err
