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

import attrs

from hns import _meta
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

    if args.html is not None and len(args.files) > 1:
        msg = "--html writes the page of one FILE; give one"
        raise _UsageError(msg)
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
        if args.published is None and day is not None:
            report = attrs.evolve(report, published_from="file")
        reports.append((name, report))
    if args.html is not None:
        _write_html(args.html, reports[0][1])
    if args.json:
        documents = [dict(report.to_dict(), file=n) for n, report in reports]
        body = documents[0] if len(documents) == 1 else documents
        print(json.dumps(body, ensure_ascii=False, indent=2), file=out)
    else:
        for name, report in reports:
            if args.markdown:
                print(f"## {markdown_text(name)}", file=out)
                print(f"\n{markdown_text(report.used())}\n", file=out)
            else:
                print(f"== {name}: {report.used()}", file=out)
            shown = report.to_markdown() if args.markdown else str(report)
            print(shown, file=out)
        if len(reports) > 1:
            wrong = sum(len(r.inconsistent) for _, r in reports)
            print(
                f"{len(reports)} files, {wrong} inconsistent claims", file=out
            )
    return 1 if any(r.inconsistent for _, r in reports) else 0


def _write_html(path: str, report: Any) -> None:
    # audit --html: the report's page, written before anything is printed.
    try:
        Path(path).write_text(report.to_html(), encoding="utf-8")
    except OSError as err:
        msg = f"cannot write {path}: {err.strerror or err}"
        raise _UsageError(msg) from err


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


# How many figures each kind of `hns check` takes (at least, for total).
_CHECK_FIGURES = {
    "change": (3, "OLD NEW STATED"),
    "ratio": (3, "A B STATED"),
    "conversion": (2, "AMOUNT STATED"),
    "total": (2, "STATED PART..."),
    "level": (1, "STATED [REFERENCE]"),
    "average": (3, "TOTAL COUNT STATED"),
    "share": (3, "PART WHOLE STATED"),
    "per-capita": (3, "AMOUNT COUNT STATED"),
}


def _check(args: argparse.Namespace, out: TextIO) -> int:
    with LOADING:
        # on first use: hns.cli loads only what a command needs
        from hns import checks

    rates = _rates(args.rate or [])
    figures = args.figures
    least, shape = _CHECK_FIGURES[args.kind]
    more = args.kind in ("total", "level")
    if (
        len(figures) < least
        or (not more and len(figures) != least)
        or (args.kind == "level" and len(figures) > 2)
    ):
        msg = f"hns check {args.kind} takes {shape}"
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
    elif args.kind == "total":
        verdict = checks.check_total(figures[1:], figures[0])
    elif args.kind == "level":
        verdict = _level(args, figures)
    elif args.kind == "average":
        verdict = checks.check_average(figures[0], figures[1], figures[2])
    elif args.kind == "share":
        verdict = checks.check_share(figures[0], figures[1], figures[2])
    else:
        verdict = checks.check_per_capita(
            figures[0],
            figures[1],
            figures[2],
            per=args.per,
            stated_per=args.stated_per,
        )
    if args.json:
        print(
            json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2),
            file=out,
        )
    else:
        explained = verdict.explain()
        if not explained.startswith(f"{verdict.status}:"):
            explained = f"{verdict.status}: {explained}"
        print(explained, file=out)
        for diagnosis in verdict.diagnoses[1:]:
            print(f"  or: {diagnosis.explain()}", file=out)
    return 1 if verdict.status == "inconsistent" else 0


def _level(args: argparse.Namespace, figures: Sequence[str]) -> Any:
    # `hns check level STATED REFERENCE`, or STATED against the bundled
    # series of --host (else the stated currency's host) for --year.
    with LOADING:
        # on first use: hns.cli loads only what a command needs
        from hns import checks, data
        from hns.fiscal import JAPAN, KOREA, FiscalYear  # as above

    if len(figures) == 2:
        if args.year:
            msg = "give a REFERENCE or --year, not both"
            raise _UsageError(msg)
        return checks.check_level(figures[0], figures[1])
    if not args.year:
        msg = "hns check level takes a REFERENCE or --year YEAR"
        raise _UsageError(msg)
    host = args.host
    if host is None:
        currency = parse_figure(figures[0]).currency
        host = {"JPY": "JP", "KRW": "KR"}.get(
            currency.code if currency else ""
        )
    if host is None:
        msg = "--host JP or KR is needed for a figure in neither yen nor won"
        raise _UsageError(msg)
    series = data.japan_hns() if host == "JP" else data.korea_sma()
    year = FiscalYear(args.year, JAPAN if host == "JP" else KOREA)
    return checks.check_level(figures[0], series, year)


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


# The bundled example article `hns demo` audits (what ``./dev demo`` does).
_DEMO_ARTICLE = "2021-01-31-joongang-machine-translation.txt"
_DEMO_DATE = dt.date(2021, 1, 31)


def _demo(out: TextIO) -> int:
    with LOADING:
        # on first use: hns.cli loads only what a command needs
        from hns.audit import audit

    report = audit(_demo_text(), published=_DEMO_DATE)
    print(f"== {_DEMO_ARTICLE}: {report.used()}", file=out)
    print(str(report), file=out)
    return 1 if report.inconsistent else 0


def _demo_text() -> str:
    # The seed article, shipped with the package (a copy of the one in
    # the repository's examples/articles).
    with LOADING:
        # on first use: hns.cli loads only what a command needs
        from importlib.resources import files

    path = files("hns.data").joinpath("demo", _DEMO_ARTICLE)
    return path.read_text(encoding="utf-8")


_EPILOG = """\
examples:
  hns audit article.txt                  audit one article (its date from
                                         a YYYY-MM-DD in the file name)
  hns audit --published 2021-01-31 --json a.txt b.txt
  hns check change "193 billion yen" "201.7 billion yen" 1.2%
  hns check level "2017 billion yen" --year 2021
  hns fy 2021-01-31                      the fiscal years of a date
  hns convert "2017億円" KRW --on 2021-01-29
  hns parse "1조 389억 원" "¥201.7 billion"
  hns demo                               audit the bundled example article

exit status:
  0  everything checked holds
  1  a claim is inconsistent
  2  bad usage, unreadable input, or output that cannot be written
  3  an internal error (a bug in hns: please report it)
  130  interrupted (Ctrl-C)
"""


class _Version(argparse.Action):
    # --version: the installed version, looked up only when asked for.

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        sys.stdout.write(f"hns {_meta.version()}\n")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="hns",
        description="Recompute and check the numbers in texts about "
        "host-nation support.",
        epilog=_EPILOG,
        formatter_class=formatter,
    )
    parser.add_argument(
        "--version",
        action=_Version,
        nargs=0,
        help="print the version of hns and exit",
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND"
    )
    audit = commands.add_parser(
        "audit",
        help="check every claim of articles",
        description="Find the figures and claims of each article and check"
        " every claim. A date in the file name (YYYY-MM-DD) is its"
        " publication date unless --published gives one.",
        epilog=_EPILOG,
        formatter_class=formatter,
    )
    audit.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="an article in UTF-8 text ('-' reads standard input)",
    )
    audit.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="the publication date (YYYY-MM-DD) of every FILE: anchors"
        ' "this year" and the exchange rate of the day',
    )
    audit.add_argument(
        "--json",
        action="store_true",
        help="print the reports as JSON (schema hns.report/1)",
    )
    audit.add_argument(
        "--markdown",
        action="store_true",
        help="print the reports as Markdown",
    )
    audit.add_argument(
        "--no-reference",
        action="store_true",
        help="do not compare amounts with the bundled budgets and agreements",
    )
    audit.add_argument(
        "--rates",
        metavar="CSV",
        help="exchange rates to use instead of the ECB's: a CSV file of"
        " date,base,quote,rate rows",
    )
    audit.add_argument(
        "--html",
        metavar="OUT.html",
        help="also write the report as one self-contained HTML page (the"
        " article with its figures and claims marked); one FILE only",
    )
    audit.add_argument(
        "--max-bytes",
        type=_byte_count,
        default=_MAX_BYTES,
        metavar="N",
        help=f"refuse a file larger than N bytes (default {_MAX_BYTES})",
    )
    check = commands.add_parser(
        "check",
        help="check one claim",
        description="Check one stated figure against the figures it comes"
        " from.",
        epilog="figures by kind:\n"
        + "".join(
            f"  {kind:11} {shape}\n"
            for kind, (_, shape) in _CHECK_FIGURES.items()
        )
        + "\n"
        + _EPILOG,
        formatter_class=formatter,
    )
    check.add_argument(
        "kind",
        choices=list(_CHECK_FIGURES),
        help="what the stated figure claims",
    )
    check.add_argument(
        "figures",
        nargs="+",
        help="the figures as written, stated one as the kind says",
    )
    check.add_argument(
        "--on",
        type=_date,
        metavar="DATE",
        help="the day of the exchange rate (ratio, conversion)",
    )
    check.add_argument(
        "--rate",
        action="append",
        metavar="USDJPY=105",
        help="a fixed rate to use instead of the ECB's (repeatable)",
    )
    check.add_argument(
        "--currency",
        metavar="CODE",
        help="the currency of a stated conversion that names none",
    )
    check.add_argument(
        "--decrease",
        action="store_true",
        help="the stated change is a fall (change)",
    )
    check.add_argument(
        "--year",
        type=int,
        metavar="YEAR",
        help="level: the fiscal year of the bundled budget to compare with",
    )
    check.add_argument(
        "--host",
        choices=["JP", "KR"],
        help="level: whose budget (by default the stated currency's)",
    )
    check.add_argument(
        "--per",
        default="year",
        metavar="PERIOD",
        help="per-capita: the period AMOUNT is spent in (default year)",
    )
    check.add_argument(
        "--stated-per",
        metavar="PERIOD",
        help="per-capita: the period of the stated amount (default: --per)",
    )
    check.add_argument(
        "--json",
        action="store_true",
        help="print the verdict as JSON (schema hns.verdict/1)",
    )
    fy = commands.add_parser(
        "fy",
        help="fiscal years of a date, or read one",
        description="Print the fiscal years a date falls in, or the span of"
        " a fiscal year as written (2021年度, 令和3年度, FY2021).",
    )
    fy.add_argument(
        "value",
        metavar="DATE|TEXT",
        help="a date (YYYY-MM-DD) or a fiscal year as written",
    )
    fy.add_argument(
        "--calendar",
        choices=["JAPAN", "US_FEDERAL", "KOREA", "UK"],
        help="one calendar only (and the calendar a written year is in)",
    )
    convert = commands.add_parser(
        "convert",
        help="convert an amount",
        description="Convert an amount as written into another currency at"
        " the ECB reference rate of a day (or given rates).",
    )
    convert.add_argument("amount", help="the amount as written (2017億円)")
    convert.add_argument("currency", help="the currency code to convert to")
    convert.add_argument(
        "--on",
        type=_date,
        metavar="DATE",
        help="the day of the rate (default: the last published)",
    )
    convert.add_argument(
        "--rate",
        action="append",
        metavar="USDJPY=105",
        help="a fixed rate to use instead of the ECB's (repeatable)",
    )
    parse = commands.add_parser(
        "parse",
        help="read figures as written",
        description="Read each figure as hns reads it: its value, the"
        " precision it was written at, and its interval.",
    )
    parse.add_argument("text", nargs="+", help="one figure per argument")
    commands.add_parser(
        "demo",
        help="audit the bundled example article",
        description="Audit the bundled example article (a machine"
        " translation of 2021-01-31 whose figures went wrong on the way).",
    )
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
