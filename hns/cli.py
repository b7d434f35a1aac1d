"""
The ``hns`` command (also ``python -m hns``).

``hns audit FILE...`` checks every claim of one or more articles; ``hns
check``, ``hns fy``, ``hns convert`` and ``hns parse`` reach the rest of
the library. Exit status: 0 when everything checked holds, 1 when a claim
is inconsistent, 2 on bad usage, unreadable input or output that cannot be
written (a full disk, a closed stdout), 130 when interrupted, and 3 only
for a bug in hns, reported as an internal error without a traceback.

``hns audit --json`` prints one object for any number of files,
``{"schema": "hns.run/1", "reports": [...]}``, a report (`Report.to_dict`,
schema ``hns.report/1``) per file in the order given, each with the key
``"file"`` (the name as given, ``-`` for stdin); ``--jsonl`` prints the
same reports one line each. A file that cannot be audited (unreadable,
larger than ``--max-bytes``, not UTF-8) is reported in its place, as
``{"file": ..., "error": ...}`` or a "not audited" line, with a message on
stderr, and the others are audited all the same; the exit status is then
2. ``--jobs N`` audits N files at a time in processes of their own (0 or
``auto``: one per CPU), with the same output. With several files, stderr
shows how far the audit has got: a bar when it is a terminal, else (when
stdout is not a terminal either) a line per file.

The output is written once the command has finished, so a reader that
goes away early (``hns audit *.txt | head -1``) cannot interrupt the work:
hns then stops writing quietly and exits with the status the command had
(0 or 1 for an audit), not 141 or an error. ``audit --jsonl`` is the
exception: it writes each line as soon as its file is audited, and stops
at the first line nobody reads, with the status of the files audited so
far. Text the terminal's encoding cannot show is written as backslash
escapes. Dates run from 1900-01-01 to 2199-12-31, and ``audit`` reads at
most ``--max-bytes`` of each file (50 MB unless told).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import io
import json
import os
import re
import sys
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from hns import _meta
from hns._batch import Progress, ordered_map
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
_RUN = "hns.run/1"  # the schema of what audit --json prints
_MAX_JOBS = 256  # the most worker processes audit --jobs starts
# What each worker of audit --jobs audits first, so that the wording
# tables of every language and the ECB's rates are loaded once per worker.
_WARM_UP = (
    "2021-01-31\nJapan's share rose 1.2% to 201.7 billion yen"
    " (about 2.15 trillion won). 前年度比1.2%増の2017億円。"
    " 작년보다 8.2% 인상된 1조 389억 원."
)


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


def _jobs(text: str) -> int:
    if text == "auto":
        return os.cpu_count() or 1
    try:
        count = int(text)
    except ValueError as err:
        msg = f"not a number of processes: {text!r}"
        raise argparse.ArgumentTypeError(msg) from err
    if not 0 <= count <= _MAX_JOBS:
        msg = f"a number of processes from 0 to {_MAX_JOBS}: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return count or os.cpu_count() or 1


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


@attrs.frozen
class _Settings:
    # What auditing one file takes: sent once to each worker process.
    published: dt.date | None
    reference: bool
    rates: str | None  # the file of --rates
    max_bytes: int
    shape: str  # what a report is shown as: "text", "markdown" or "json"
    html: str | None = None  # the page --html writes (one file only)


@attrs.frozen
class _File:
    # A file to audit, by its name as given; stdin is read by the command
    # itself (a worker process has none), so "-" comes with its text, or
    # with the reason it could not be read.
    name: str
    text: str | None = None
    error: str | None = None


@attrs.frozen
class _Audited:
    # What the audit of one file sends back: the report as shown (a text,
    # or a JSON-ready dict), or the reason it could not be audited.
    name: str
    shown: str | dict[str, Any] | None
    inconsistent: int
    status: int  # 0, 1, _BAD_INPUT or _BUG, as for the whole command
    error: str | None = None
    used: str = ""  # the date and host the audit used (Report.used)

    def document(self) -> dict[str, Any]:
        # The entry of --json and --jsonl.
        if self.error is not None:
            return {"file": self.name, "error": self.error}
        assert isinstance(self.shown, dict)
        return {"file": self.name, **self.shown}


def _audit_file(file: _File, settings: _Settings, rates: Any) -> _Audited:
    # The audit of one file, in the command's process or a worker's.
    with LOADING:
        # on first use: hns.cli loads only what a command needs
        from hns.audit import audit

    name = file.name
    try:
        if file.error is not None:
            raise _UsageError(file.error)
        if file.text is None:
            text, day = _read(name, settings.max_bytes)
        else:
            text, day = file.text, None
        report = audit(
            text,
            published=settings.published or day,
            reference=settings.reference,
            rates=rates,
        )
        if settings.published is None and day is not None:
            report = attrs.evolve(report, published_from="file")
        if settings.html is not None:
            _write_html(settings.html, report)
        shown: str | dict[str, Any]
        if settings.shape == "json":
            shown = dict(report.to_dict())
        elif settings.shape == "markdown":
            shown = report.to_markdown()
        else:
            shown = str(report)
    except (HnsError, _UsageError) as error:
        return _Audited(name, None, 0, _BAD_INPUT, str(error))
    except Exception as error:  # a bug: the other files go on
        return _Audited(name, None, 0, _BUG, _internal(error))
    wrong = len(report.inconsistent)
    return _Audited(name, shown, wrong, 1 if wrong else 0, used=report.used())


# The settings and rates of a worker process, set once when it starts.
_WORKER: dict[str, Any] = {}


def _start_worker(settings: _Settings) -> None:
    # Run once in each worker of audit --jobs: the rates, then a short
    # audit that loads the wording tables and the ECB's rates.
    with LOADING:
        # on first use: hns.cli loads only what a command needs
        from hns.audit import audit
        from hns.fx import CsvRates  # on first use, as above

    rates = CsvRates(settings.rates) if settings.rates else None
    _WORKER.update(settings=settings, rates=rates)
    audit(_WARM_UP, reference=settings.reference, rates=rates)


def _audit_in_worker(file: _File) -> _Audited:
    # The function a worker of audit --jobs runs for each file.
    return _audit_file(file, _WORKER["settings"], _WORKER["rates"])


def _stdin_file(limit: int) -> _File:
    # stdin, read now: by the command, before any worker starts.
    try:
        text, _ = _read("-", limit)
    except _UsageError as error:
        return _File("-", error=str(error))
    return _File("-", text=text)


def _audited(
    files: list[_File], settings: _Settings, rates: Any, jobs: int
) -> Generator[_Audited]:
    # The audit of each file, in order: in this process, or in *jobs*
    # worker processes.
    if jobs > 1 and len(files) > 1:
        return ordered_map(
            _audit_in_worker,
            files,
            jobs=min(jobs, len(files)),
            initializer=_start_worker,
            initargs=(settings,),
        )
    return (_audit_file(file, settings, rates) for file in files)


def _audit(
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO | None,
    tty: bool,
    deliver: Callable[[], bool],
) -> int:
    with LOADING:
        # on first use: hns.cli loads only what a command needs
        from hns.audit.report import markdown_text
        from hns.fx import CsvRates  # on first use, as above

    if args.html is not None and len(args.files) > 1:
        msg = "--html writes the page of one FILE; give one"
        raise _UsageError(msg)
    shape = "json" if args.json or args.jsonl else "text"
    settings = _Settings(
        published=args.published,
        reference=not args.no_reference,
        rates=args.rates,
        max_bytes=args.max_bytes,
        shape="markdown" if args.markdown else shape,
        html=args.html,
    )
    # Read here first: a bad file of rates is bad usage, before any audit.
    rates = CsvRates(args.rates) if args.rates else None
    files = [
        _stdin_file(args.max_bytes) if name == "-" else _File(name)
        for name in args.files
    ]
    several = len(files) > 1
    on_terminal = _is_terminal(err)
    progress = Progress(
        lambda text: _write(err, text),
        len(files),
        bar=several and on_terminal,
        lines=several and not tty and not on_terminal,
    )
    status = 0
    reports: list[_Audited] = []
    results = _audited(files, settings, rates, args.jobs)
    with contextlib.closing(results):
        for number, file in enumerate(files, 1):
            progress.start(number, file.name)
            audited = next(results)
            progress.clear()
            status = max(status, audited.status)
            if audited.error is not None:
                _say(err, f"hns: {audited.error}")
            if args.jsonl:
                line = json.dumps(audited.document(), ensure_ascii=False)
                print(line, file=out)
                if not deliver():  # nobody reads on: stop
                    break
            else:
                reports.append(audited)
            progress.advance()
        progress.clear()
    if args.json:
        run = {"schema": _RUN, "reports": [r.document() for r in reports]}
        print(json.dumps(run, ensure_ascii=False, indent=2), file=out)
    elif not args.jsonl:
        for audited in reports:
            if audited.error is not None and not (several or args.markdown):
                continue  # the one file's error is on stderr
            # Each report starts with its file, the date and host used.
            if args.markdown:
                print(f"## {markdown_text(audited.name)}", file=out)
                if audited.used:
                    print(f"\n{markdown_text(audited.used)}\n", file=out)
            elif audited.used:
                print(f"== {audited.name}: {audited.used}", file=out)
            else:
                print(f"== {audited.name}", file=out)
            if audited.error is None:
                print(audited.shown, file=out)
            elif args.markdown:
                print(f"not audited: {markdown_text(audited.error)}", file=out)
            elif several:
                print(f"not audited: {audited.error}", file=out)
        if several:
            wrong = sum(r.inconsistent for r in reports)
            failed = sum(1 for r in reports if r.error is not None)
            print(
                f"{len(reports)} files, {wrong} inconsistent claims"
                + (f", {failed} not audited" if failed else ""),
                file=out,
            )
    return status


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
    # The shapes of the output: one at most.
    shapes = audit.add_mutually_exclusive_group()
    shapes.add_argument(
        "--json",
        action="store_true",
        help=f'print one JSON object for all files: {{"schema": "{_RUN}",'
        ' "reports": [...]}, each report (schema hns.report/1) with its'
        ' "file"',
    )
    shapes.add_argument(
        "--jsonl",
        action="store_true",
        help="print a JSON report per line, written as each file is audited",
    )
    shapes.add_argument(
        "--markdown",
        action="store_true",
        help="print the reports as Markdown",
    )
    shapes.add_argument(
        "--html",
        metavar="OUT.html",
        help="also write the report as one self-contained HTML page (the"
        " article with its figures and claims marked); one FILE only",
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
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="audit N files at a time in processes of their own (0 or"
        " 'auto': one per CPU; default 1)",
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
    argv: Sequence[str] | None,
    out: TextIO,
    err: TextIO | None,
    tty: bool,
    deliver: Callable[[], bool],
) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:  # argparse has printed help or an error
        if exit_.code is None or isinstance(exit_.code, int):
            return exit_.code or 0
        return _BAD_INPUT
    if args.command == "audit":
        return _audit(args, out, err, tty, deliver)
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
    argv: Sequence[str] | None,
    out: TextIO,
    err: TextIO | None,
    tty: bool,
    deliver: Callable[[], bool],
) -> tuple[int, str | None]:
    # The exit status and the message for stderr; output goes to *out*,
    # and *deliver* writes what is there so far (False when it cannot).
    try:
        return _run(argv, out, err, tty, deliver), None
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
        return _BUG, f"hns: {_internal(error)}"


def _internal(error: Exception) -> str:
    return f"internal error: {type(error).__name__}: {error} — {_REPORT}"


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
    _write(err, text + "\n")


def _write(err: TextIO | None, text: str) -> None:
    # Text on stderr, as _say.
    if err is None:
        return
    try:
        err.write(_shown(err, text))
        err.flush()
    except (OSError, ValueError):
        _silence(err)


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):  # closed
        return False


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


@attrs.define
class _Output:
    # Standard output: a command writes to *buffer*, and deliver() passes
    # that on, at the end or, for a stream, a line at a time.
    stream: TextIO | None
    buffer: io.StringIO = attrs.Factory(io.StringIO)
    failure: OSError | None = None  # why the output cannot be written

    def deliver(self) -> bool:
        # Write what is buffered; False once the output cannot be written.
        if self.failure is None:
            text = self.buffer.getvalue()
            self.buffer.seek(0)
            self.buffer.truncate()
            try:
                _emit(self.stream, text)
            except OSError as error:
                self.failure = error
                if self.stream is not None:
                    _silence(self.stream)
        return self.failure is None


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; returns the exit status.

    >>> main(["parse", "5%"])  # doctest: +NORMALIZE_WHITESPACE
    '5%'  percent  5  exact [4.5, 5.5]
    0
    """
    out, err = sys.stdout, sys.stderr
    output = _Output(out)
    status, message = _outcome(
        argv, output.buffer, err, _is_terminal(out), output.deliver
    )
    try:
        output.deliver()
    except KeyboardInterrupt:
        return _INTERRUPTED
    except Exception as error:  # never a traceback on the terminal
        status, message = _BUG, f"hns: {_internal(error)}"
    failure = output.failure
    # A closed pipe keeps the status: the reader has had all it wanted.
    if failure is not None and not (
        isinstance(failure, BrokenPipeError) or failure.errno == errno.EPIPE
    ):
        status = _BAD_INPUT
        reason = failure.strerror or failure
        _say(err, f"hns: cannot write the output: {reason}")
    if message is not None:
        _say(err, message)
    return status
