"""
The ``hns`` command (also ``python -m hns``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from hns.errors import HnsError
from hns.figures import Figure
from hns.money import Money
from hns.parse import parse_figure

__all__ = ["main"]

# Figures as the seed articles wrote them (see examples/).
_DEMO_FIGURES = (
    "2017 billion yen",
    "about 2.5 trillion won",
    "193 billion yen",
    "approximately 2,126 billion",
    "$8 billion",
    "four times",
    "roughly ¥200 billion",
    "¥201.7 billion",
    "55,000",
    "2017億円",
    "1993億円",
    "2조1500억원",
    "1兆551億円",
)


def _describe(figure: Figure) -> str:
    value = figure.value
    shown = str(value) if isinstance(value, Money) else format(value, "f")
    line = f"{figure.text!r:32} {figure.kind:8} {shown}"
    interval = figure.interval
    line += f"  {figure.qualifier} {interval}"
    return line


def _demo(out: list[str]) -> int:
    out.append("Figures as written, read exactly, with the interval each")
    out.append("written form stands for:")
    out.append("")
    for text in _DEMO_FIGURES:
        out.append(_describe(parse_figure(text)))
    out.append("")
    out.append("The same amounts written back per locale:")
    for text in ("2017億円", "1993億円", "2조1500억원", "$8 billion"):
        money = parse_figure(text).value
        assert isinstance(money, Money)
        written = [
            money.format("en_US", "words"),
            money.format("en_US", "compact"),
            money.format("ja_JP", "myriad"),
            money.format("ko_KR", "myriad"),
        ]
        out.append(f"{text:12} → " + " | ".join(written))
    return 0


def _parse(texts: Sequence[str], out: list[str]) -> int:
    for text in texts:
        out.append(_describe(parse_figure(text)))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hns",
        description="Recompute and check the numbers in texts about "
        "host-nation support.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("demo", help="read and write the seed figures")
    parse = commands.add_parser("parse", help="read figures as written")
    parse.add_argument("text", nargs="+", help="one figure per argument")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; returns the exit status (2 for bad usage or
    input).

    >>> main(["parse", "5%"])  # doctest: +NORMALIZE_WHITESPACE
    '5%'  percent  5  exact [4.5, 5.5]
    0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    out: list[str] = []
    try:
        if args.command == "demo":
            status = _demo(out)
        else:
            status = _parse(args.text, out)
    except HnsError as err:
        if out:
            print("\n".join(out))
        print(f"hns: {err}", file=sys.stderr)
        return 2
    print("\n".join(out))
    return status
