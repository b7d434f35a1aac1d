"""
The ``hns`` command (also ``python -m hns``).

``hns audit FILE...`` checks every claim of one or more articles; ``hns
check``, ``hns fy``, ``hns convert`` and ``hns parse`` reach the rest of
the library. Exit status: 0 when everything checked holds, 1 when a claim
is inconsistent, 2 on bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from hns.errors import HnsError
from hns.figures import Figure
from hns.money import Money
from hns.parse import parse_figure

__all__ = ["main"]

_BAD_INPUT = 2  # bad usage or unreadable input
_FILE_DATE = re.compile(r"((?:19|20)\d\d-\d\d-\d\d)")


class _UsageError(Exception):
    pass


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as err:
        msg = f"not a date (YYYY-MM-DD): {text!r}"
        raise argparse.ArgumentTypeError(msg) from err


def _describe(figure: Figure) -> str:
    value = figure.value
    shown = str(value) if isinstance(value, Money) else format(value, "f")
    return (
        f"{figure.text!r:32} {figure.kind:8} {shown}"
        f"  {figure.qualifier} {figure.interval}"
    )


def _read(name: str) -> tuple[str, dt.date | None]:
    # The text of a file (or stdin for "-") and the date its name carries.
    try:
        data = (
            sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        )
    except OSError as err:
        msg = f"cannot read {name}: {err.strerror or err}"
        raise _UsageError(msg) from err
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        msg = f"{name} is not UTF-8 text"
        raise _UsageError(msg) from err
    match = _FILE_DATE.search(Path(name).name)
    try:
        day = dt.date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        day = None
    return text, day


def _audit(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from hns.audit import audit
    from hns.fx import CsvRates

    rates = CsvRates(args.rates) if args.rates else None
    reports: list[tuple[str, Any]] = []
    progress = len(args.files) > 1 and not out.isatty()
    for number, name in enumerate(args.files, 1):
        if progress:
            print(f"auditing {number}/{len(args.files)}: {name}", file=err)
        text, day = _read(name)
        report = audit(
            text,
            published=args.published or day,
            reference=not args.no_reference,
            rates=rates,
        )
        reports.append((name, report))
    if args.json:
        documents = [dict(report.to_dict(), file=n) for n, report in reports]
        body = documents[0] if len(documents) == 1 else documents
        print(json.dumps(body, ensure_ascii=False, indent=2), file=out)
    else:
        for name, report in reports:
            if len(reports) > 1 or args.markdown:
                print(
                    f"## {name}" if args.markdown else f"== {name}", file=out
                )
            shown = report.to_markdown() if args.markdown else str(report)
            print(shown, file=out)
        if len(reports) > 1:
            wrong = sum(len(r.inconsistent) for _, r in reports)
            print(
                f"{len(reports)} files, {wrong} inconsistent claims", file=out
            )
    return 1 if any(r.inconsistent for _, r in reports) else 0


def _rates(pairs: Sequence[str]) -> Any:
    from hns.fx import FixedRates

    rates: dict[tuple[str, str], str] = {}
    for pair in pairs:
        match = re.fullmatch(r"([A-Za-z]{3})/?([A-Za-z]{3})=([0-9.]+)", pair)
        if match is None:
            msg = (
                f"a rate is written BASEQUOTE=RATE, e.g. USDJPY=105: {pair!r}"
            )
            raise _UsageError(msg)
        rates[match.group(1), match.group(2)] = match.group(3)
    return FixedRates(rates) if rates else None


def _check(args: argparse.Namespace, out: TextIO) -> int:
    from hns import checks

    rates = _rates(args.rate or [])
    figures = args.figures
    needed = {"change": 3, "ratio": 3, "conversion": 2, "total": 2}
    if len(figures) < needed[args.kind] or (
        args.kind != "total" and len(figures) != needed[args.kind]
    ):
        msg = f"hns check {args.kind} takes {needed[args.kind]} figures"
        raise _UsageError(msg)
    if args.kind == "change":
        verdict = checks.check_change(
            figures[0],
            figures[1],
            figures[2],
            direction="decrease" if args.decrease else None,
        )
    elif args.kind == "ratio":
        verdict = checks.check_ratio(
            figures[0], figures[1], figures[2], rates=rates, on=args.on
        )
    elif args.kind == "conversion":
        verdict = checks.check_conversion(
            figures[0],
            figures[1],
            on=args.on,
            rates=rates,
            currency=args.currency,
        )
    else:
        verdict = checks.check_total(figures[1:], figures[0])
    if args.json:
        print(
            json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2),
            file=out,
        )
    else:
        print(f"{verdict.status}: {verdict.explain()}", file=out)
        for diagnosis in verdict.diagnoses[1:]:
            print(f"  or: {diagnosis.explain()}", file=out)
    return 1 if verdict.status == "inconsistent" else 0


def _fy(args: argparse.Namespace, out: TextIO) -> int:
    from hns.fiscal import (
        JAPAN,
        KOREA,
        UK,
        US_FEDERAL,
        FiscalYear,
        fiscal_year,
    )

    calendars = {c.name: c for c in (JAPAN, US_FEDERAL, KOREA, UK)}
    try:
        day = dt.date.fromisoformat(args.value)
    except ValueError:
        fy = FiscalYear.parse(args.value, calendars.get(args.calendar or ""))
        print(
            f"{fy.calendar.name} {fy.label()}: {fy.start} to {fy.end}",
            file=out,
        )
        return 0
    for name, calendar in calendars.items():
        if args.calendar and name != args.calendar:
            continue
        fy = fiscal_year(day, calendar)
        era = f" ({fy.label('ja', era=True)})" if calendar == JAPAN else ""
        print(f"{name:11} {fy.label()}{era}: {fy.start} to {fy.end}", file=out)
    return 0


def _convert(args: argparse.Namespace, out: TextIO) -> int:
    from hns.parse import parse_money

    money = parse_money(args.amount)
    rates = _rates(args.rate or [])
    converted = money.to(args.currency, on=args.on, rates=rates)
    print(
        f"{money.format('en_US', 'words')} = "
        f"{converted.round().format('en_US', 'standard')}"
        f" ({converted.format('en_US', 'words', digits=2)})",
        file=out,
    )
    return 0


def _demo(out: TextIO) -> int:
    for text in (
        "2017億円",
        "2조1500억원",
        "$8 billion",
        "about 2.5 trillion won",
    ):
        figure = parse_figure(text)
        print(_describe(figure), file=out)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hns",
        description="Recompute and check the numbers in texts about "
        "host-nation support.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    audit = commands.add_parser("audit", help="check every claim of articles")
    audit.add_argument(
        "files", nargs="+", metavar="FILE", help="'-' for stdin"
    )
    audit.add_argument("--published", type=_date, metavar="DATE")
    audit.add_argument("--json", action="store_true")
    audit.add_argument("--markdown", action="store_true")
    audit.add_argument("--no-reference", action="store_true")
    audit.add_argument("--rates", metavar="CSV", help="date,base,quote,rate")
    check = commands.add_parser("check", help="check one claim")
    check.add_argument(
        "kind", choices=["change", "ratio", "total", "conversion"]
    )
    check.add_argument(
        "figures",
        nargs="+",
        help="change: OLD NEW STATED; ratio: A B STATED; total: STATED "
        "PART...; conversion: AMOUNT STATED",
    )
    check.add_argument("--on", type=_date, metavar="DATE")
    check.add_argument("--rate", action="append", metavar="USDJPY=105")
    check.add_argument("--currency", metavar="CODE")
    check.add_argument("--decrease", action="store_true")
    check.add_argument("--json", action="store_true")
    fy = commands.add_parser("fy", help="fiscal years of a date, or read one")
    fy.add_argument("value", metavar="DATE|TEXT")
    fy.add_argument(
        "--calendar", choices=["JAPAN", "US_FEDERAL", "KOREA", "UK"]
    )
    convert = commands.add_parser("convert", help="convert an amount")
    convert.add_argument("amount")
    convert.add_argument("currency")
    convert.add_argument("--on", type=_date, metavar="DATE")
    convert.add_argument("--rate", action="append", metavar="USDJPY=105")
    parse = commands.add_parser("parse", help="read figures as written")
    parse.add_argument("text", nargs="+", help="one figure per argument")
    commands.add_parser("demo", help="read the seed figures")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; returns the exit status.

    >>> main(["parse", "5%"])  # doctest: +NORMALIZE_WHITESPACE
    '5%'  percent  5  exact [4.5, 5.5]
    0
    """
    out, err = sys.stdout, sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        if args.command == "audit":
            return _audit(args, out, err)
        if args.command == "check":
            return _check(args, out)
        if args.command == "fy":
            return _fy(args, out)
        if args.command == "convert":
            return _convert(args, out)
        if args.command == "parse":
            for text in args.text:
                print(_describe(parse_figure(text)), file=out)
            return 0
        return _demo(out)
    except (HnsError, _UsageError) as error:
        print(f"hns: {error}", file=err)
        return _BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never a traceback on the terminal
        print(
            f"hns: internal error: {type(error).__name__}: {error}", file=err
        )
        return 3
