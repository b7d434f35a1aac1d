"""
The ``hns`` command (also ``python -m hns``).

``hns audit FILE...`` checks every claim of one or more articles; ``hns
check``, ``hns fy``, ``hns convert`` and ``hns parse`` reach the rest of
the library. Exit status: 0 when everything checked holds, 1 when a claim
is inconsistent, 2 on bad usage, unreadable input or output that cannot be
written (a full disk, a closed stdout), 130 when interrupted, and 3 only
for a bug in hns, reported as an internal error without a traceback.

The output is written once the command has finished, so a reader that
goes away early (``hns audit *.txt | head -1``) cannot interrupt the work:
hns then stops writing quietly and exits with the status the command had
(0 or 1 for an audit), not 141 or an error. Text the terminal's encoding
cannot show is written as backslash escapes. Dates run from 1900-01-01 to
2199-12-31, and ``audit`` reads at most ``--max-bytes`` of each file
(50 MB unless told).
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import io
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from hns._loading import LOADING
from hns.errors import HnsError
from hns.figures import Figure
from hns.money import Money
from hns.parse import parse_figure, parse_money

__all__ = ["main", "parser"]

_BAD_INPUT = 2  # bad usage, unreadable input, unwritable output
_BUG = 3  # a bug in hns
_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
_FILE_DATE = re.compile(r"((?:19|20)\d\d-\d\d-\d\d)")
_FIRST_DAY, _LAST_DAY = dt.date(1900, 1, 1), dt.date(2199, 12, 31)
_DAYS = f"dates run from {_FIRST_DAY} to {_LAST_DAY}"
_MAX_BYTES = 50_000_000  # the default of audit --max-bytes
_CHUNK = 1 << 20  # bytes read at a time
_REPORT = "please report this at the project's issue tracker"


class _UsageError(Exception):
    pass


def _date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as err:
        msg = f"not a date (YYYY-MM-DD): {text!r}"
        raise argparse.ArgumentTypeError(msg) from err
    if not _FIRST_DAY <= day <= _LAST_DAY:
        msg = f"{text} is out of range: {_DAYS}"
        raise argparse.ArgumentTypeError(msg)
    return day


def _byte_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError as err:
        msg = f"not a whole number of bytes: {text!r}"
        raise argparse.ArgumentTypeError(msg) from err
    if not 0 <= count < sys.maxsize:
        msg = f"a number of bytes from 0 to {sys.maxsize - 1}: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return count


def _describe(figure: Figure) -> str:
    value = figure.value
    shown = str(value) if isinstance(value, Money) else format(value, "f")
    return (
        f"{figure.text!r:32} {figure.kind:8} {shown}"
        f"  {figure.qualifier} {figure.interval}"
    )


def _read_at_most(read: Callable[[int], bytes], limit: int) -> bytes:
    # Up to limit + 1 bytes, a chunk at a time: more than limit means too
    # large, and no buffer of limit bytes is set aside beforehand.
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = read(min(limit + 1 - size, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_stdin(limit: int) -> bytes:
    stdin = sys.stdin
    if stdin is None:  # started with stdin closed
        msg = "cannot read -: stdin is closed"
        raise _UsageError(msg)
    buffer = getattr(stdin, "buffer", None)
    try:
        if buffer is not None:
            return _read_at_most(buffer.read, limit)
        return _read_at_most(
            lambda size: stdin.read(size).encode("utf-8", "surrogateescape"),
            limit,
        )
    except ValueError as err:  # closed by the program itself
        msg = "cannot read -: stdin is closed"
        raise _UsageError(msg) from err


def _read(name: str, limit: int) -> tuple[str, dt.date | None]:
    # The text of a file (or stdin for "-") and the date its name carries.
    try:
        if name == "-":
            data = _read_stdin(limit)
        else:
            with Path(name).open("rb") as file:
                data = _read_at_most(file.read, limit)
    except OSError as err:
        msg = f"cannot read {name}: {err.strerror or err}"
        raise _UsageError(msg) from err
    if len(data) > limit:
        msg = f"{name} is larger than --max-bytes ({limit} bytes)"
        raise _UsageError(msg)
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


def _audit(
    args: argparse.Namespace, out: TextIO, err: TextIO | None, tty: bool
) -> int:
    with LOADING:
        # on first use: hns.cli loads only what a command needs
        from hns.audit import audit
        from hns.audit.report import markdown_text  # on first use, as above
        from hns.fx import CsvRates  # on first use, as above

    rates = CsvRates(args.rates) if args.rates else None
    reports: list[tuple[str, Any]] = []
    progress = len(args.files) > 1 and not tty
    for number, name in enumerate(args.files, 1):
        if progress:
            _say(err, f"auditing {number}/{len(args.files)}: {name}")
        text, day = _read(name, args.max_bytes)
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
                heading = (
                    f"## {markdown_text(name)}"
                    if args.markdown
                    else f"== {name}"
                )
                print(heading, file=out)
            shown = report.to_markdown() if args.markdown else str(report)
            print(shown, file=out)
        if len(reports) > 1:
            wrong = sum(len(r.inconsistent) for _, r in reports)
            print(
                f"{len(reports)} files, {wrong} inconsistent claims", file=out
            )
    return 1 if any(r.inconsistent for _, r in reports) else 0


def _rates(pairs: Sequence[str]) -> Any:
    with LOADING:
        # on first use: hns.cli loads only what a command needs
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
    with LOADING:
        # on first use: hns.cli loads only what a command needs
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
    with LOADING:
        # on first use: hns.cli loads only what a command needs
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
        if not _FIRST_DAY.year <= fy.year <= _LAST_DAY.year:
            msg = (
                f"fiscal year {fy.year} is out of range: hns reads"
                f" {_FIRST_DAY.year} to {_LAST_DAY.year}"
            )
            raise _UsageError(msg) from None
        print(
            f"{fy.calendar.name} {fy.label()}: {fy.start} to {fy.end}",
            file=out,
        )
        return 0
    if not _FIRST_DAY <= day <= _LAST_DAY:
        msg = f"{args.value} is out of range: {_DAYS}"
        raise _UsageError(msg)
    for name, calendar in calendars.items():
        if args.calendar and name != args.calendar:
            continue
        fy = fiscal_year(day, calendar)
        era = f" ({fy.label('ja', era=True)})" if calendar == JAPAN else ""
        print(f"{name:11} {fy.label()}{era}: {fy.start} to {fy.end}", file=out)
    return 0


def _convert(args: argparse.Namespace, out: TextIO) -> int:
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
    audit.add_argument(
        "--max-bytes",
        type=_byte_count,
        default=_MAX_BYTES,
        metavar="N",
        help=f"refuse a file larger than N bytes (default {_MAX_BYTES})",
    )
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


def parser() -> argparse.ArgumentParser:
    """
    The ``hns`` command's argument parser, a new one at each call (the
    command-line reference of the documentation is its help).

    >>> args = parser().parse_args(["fy", "2021-01-31"])
    >>> args.command, args.value
    ('fy', '2021-01-31')
    """
    return _parser()


def _run(
    argv: Sequence[str] | None, out: TextIO, err: TextIO | None, tty: bool
) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:  # argparse has printed help or an error
        if exit_.code is None or isinstance(exit_.code, int):
            return exit_.code or 0
        return _BAD_INPUT
    if args.command == "audit":
        return _audit(args, out, err, tty)
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


def _outcome(
    argv: Sequence[str] | None, out: TextIO, err: TextIO | None, tty: bool
) -> tuple[int, str | None]:
    # The exit status and the message for stderr; output goes to *out*.
    try:
        return _run(argv, out, err, tty), None
    except (HnsError, _UsageError) as error:
        return _BAD_INPUT, f"hns: {error}"
    except OSError as error:  # only input is read while a command runs
        where = f" {error.filename}" if error.filename is not None else ""
        return (
            _BAD_INPUT,
            f"hns: cannot read{where}: {error.strerror or error}",
        )
    except KeyboardInterrupt:
        return _INTERRUPTED, None
    except Exception as error:  # never a traceback on the terminal
        return _BUG, _internal(error)


def _internal(error: Exception) -> str:
    return f"hns: internal error: {type(error).__name__}: {error} — {_REPORT}"


def _shown(stream: TextIO, text: str) -> str:
    # *text* with what *stream*'s encoding lacks as backslash escapes.
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return text.encode(encoding, "backslashreplace").decode(encoding)
    except LookupError:  # an encoding Python does not know
        return text.encode("ascii", "backslashreplace").decode("ascii")


def _silence(stream: TextIO) -> None:
    # Point a stream that can no longer be written (a closed pipe, a full
    # disk) at the null device, so that Python's own flush at exit neither
    # fails nor prints a message.
    try:
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError):  # no file descriptor, e.g. a StringIO
        return
    try:
        os.dup2(null, fd)
    except OSError:
        pass
    finally:
        os.close(null)


def _say(err: TextIO | None, text: str) -> None:
    # A line on stderr, if stderr can take it; nothing else can be done.
    if err is None:
        return
    try:
        err.write(_shown(err, text) + "\n")
        err.flush()
    except (OSError, ValueError):
        _silence(err)


def _emit(out: TextIO | None, text: str) -> None:
    # Raises OSError when the output cannot be written.
    if out is None:  # started with stdout closed
        if text:
            raise OSError(errno.EBADF, "stdout is closed")
        return
    try:
        out.write(_shown(out, text))
        out.flush()  # also what argparse wrote there (--help)
    except ValueError as err:  # closed by the program itself
        raise OSError(errno.EBADF, "stdout is closed") from err


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; returns the exit status.

    >>> main(["parse", "5%"])  # doctest: +NORMALIZE_WHITESPACE
    '5%'  percent  5  exact [4.5, 5.5]
    0
    """
    out, err = sys.stdout, sys.stderr
    try:
        tty = out is not None and out.isatty()
    except (OSError, ValueError):
        tty = False
    written = io.StringIO()
    status, message = _outcome(argv, written, err, tty)
    try:
        _emit(out, written.getvalue())
    except KeyboardInterrupt:
        return _INTERRUPTED
    except OSError as error:
        if out is not None:
            _silence(out)
        # A closed pipe keeps the status: the reader has had all it wanted.
        closed = isinstance(error, BrokenPipeError)
        if not closed and error.errno != errno.EPIPE:
            status = _BAD_INPUT
            reason = error.strerror or error
            _say(err, f"hns: cannot write the output: {reason}")
    except Exception as error:  # never a traceback on the terminal
        status, message = _BUG, _internal(error)
    if message is not None:
        _say(err, message)
    return status
