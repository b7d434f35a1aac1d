from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hns.cli import main

ARTICLES = Path(__file__).parent.parent / "examples" / "articles"
JOONGANG = str(ARTICLES / "2021-01-31-joongang-machine-translation.txt")
KYODO = str(ARTICLES / "2021-02-10-kyodo-japan-times.txt")


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
        --json prints the report's documented schema.
        """
        main(["audit", "--json", KYODO])

        data = json.loads(capsys.readouterr().out)
        assert data["schema"] == "hns.report/1"
        assert data["published"] == "2021-02-10"

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

        assert json.loads(capsys.readouterr().out)["published"] == "2021-02-11"

    def test_no_reference(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        --no-reference checks only the relations inside the text.
        """
        main(["audit", "--json", "--no-reference", JOONGANG])

        kinds = {
            c["kind"] for c in json.loads(capsys.readouterr().out)["claims"]
        }
        assert "level" not in kinds

    def test_rates_csv(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        --rates uses a user's CSV of rates for conversions.
        """
        rates = tmp_path / "rates.csv"
        rates.write_text("date,base,quote,rate\n2021-01-29,JPY,KRW,10.66\n")

        main(["audit", "--json", "--rates", str(rates), JOONGANG])

        claims = json.loads(capsys.readouterr().out)["claims"]
        assert any(c["kind"] == "conversion" for c in claims)

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["audit", "/nowhere/at/all.txt"], "cannot read"),
            (["audit", "--published", "yesterday", KYODO], "not a date"),
            (["check", "change", "1%"], "takes 3 figures"),
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
