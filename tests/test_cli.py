from __future__ import annotations

import subprocess
import sys

import pytest

from hns.cli import main


def test_demo(capsys: pytest.CaptureFixture[str]) -> None:
    """
    The demo reads the seed figures and writes them back per locale.
    """
    assert main(["demo"]) == 0

    out = capsys.readouterr().out
    assert "2017億円       → 201.7 billion yen" in out
    assert "2조 1500억 원" in out


def test_parse(capsys: pytest.CaptureFixture[str]) -> None:
    """
    hns parse prints value, kind and interval of each figure.
    """
    assert main(["parse", "2017億円", "1.2%"]) == 0

    out = capsys.readouterr().out
    assert "201700000000 JPY" in out
    assert "[1.15, 1.25]" in out


def test_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    """
    Bad input exits 2 with the error on stderr, no traceback.
    """
    assert main(["parse", "1..2"]) == 2

    err = capsys.readouterr().err
    assert err == (
        "hns: cannot read '1..2' at position 1: a decimal point must be"
        " followed by digits\n"
    )


def test_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """
    Bad usage exits 2 with argparse's message.
    """
    assert main(["frobnicate"]) == 2

    assert "invalid choice" in capsys.readouterr().err


def test_python_dash_m() -> None:
    """
    python -m hns works the same as the hns command.
    """
    result = subprocess.run(
        [sys.executable, "-m", "hns", "parse", "1조 389억 원"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0
    assert "1038900000000 KRW" in result.stdout
