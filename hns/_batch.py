"""
One function over many inputs, for the command line: results in the order
of the inputs, from worker processes when asked, and how far the run has
got on stderr.

`ordered_map` hands each worker a few inputs ahead of the one awaited, so
results stream out in order while memory stays bounded however many
inputs there are. Workers ignore SIGINT: a Ctrl-C on a terminal reaches
the whole process group, and only the parent acts on it, by ending the
workers at once. A consumer that stops early (a reader that has gone)
ends them the same way.

A worker is ended wherever it is, so it never sends a result through the
pool's pipe, where a message cut short would leave the pool waiting for
the rest of it for ever (and the interpreter with it, at exit): it writes
the result to a file of its own and sends the file's name, a message too
short to be cut.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import os
import pickle
import signal
import tempfile
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.process import BaseProcess

__all__ = ["Progress", "ordered_map"]

_T = TypeVar("_T")
_R = TypeVar("_R")

_AHEAD = 4  # inputs handed out per worker beyond the one awaited
_BAR = 20  # the width of the progress bar, in characters
_GRACE = 5.0  # seconds a terminated worker gets to exit before a kill


def ordered_map(
    function: Callable[[_T], _R],
    items: Iterable[_T],
    *,
    jobs: int,
    initializer: Callable[..., object],
    initargs: tuple[Any, ...] = (),
) -> Generator[_R]:
    """
    ``function(item)`` for each of *items*, in their order, computed by
    *jobs* worker processes that each run ``initializer(*initargs)``
    first.

    The workers are fresh interpreters (the ``spawn`` start method, the
    same on every platform and safe in a process with threads), so
    *function*, *initializer* and the items and results must pickle:
    top-level functions and plain values. The workers end when the
    results are all taken, when the consumer closes the iterator, or
    when an exception (a KeyboardInterrupt) interrupts the wait for one.
    """
    import multiprocessing  # only a run in processes needs it
    from concurrent.futures import ProcessPoolExecutor  # likewise

    context = multiprocessing.get_context("spawn")
    before = set(multiprocessing.active_children())
    folder = tempfile.TemporaryDirectory(prefix="hns-")
    executor = ProcessPoolExecutor(
        jobs,
        mp_context=context,
        initializer=_start,
        initargs=(initializer, initargs),
    )
    pending: collections.deque[Future[str]] = collections.deque()
    inputs = iter(items)

    def hand_out(count: int) -> None:
        for item in itertools.islice(inputs, count):
            call = executor.submit(_call, function, item, folder.name)
            pending.append(call)

    finished = False
    try:
        # The workers start with the first items, with SIGINT ignored so
        # that they ignore it from their first instruction on; ignored for
        # that moment only, since a Ctrl-C that comes meanwhile is lost.
        with _sigint_ignored():
            hand_out(jobs)
        hand_out(jobs * _AHEAD)
        while pending:
            result: _R = _result(pending.popleft().result())
            hand_out(1)
            yield result
        finished = True
    finally:
        if finished:
            executor.shutdown()
        else:
            executor.shutdown(wait=False, cancel_futures=True)
            _stop(set(multiprocessing.active_children()) - before)
        folder.cleanup()


def _call(function: Callable[[_T], _R], item: _T, folder: str) -> str:
    # In a worker: function(item), or the exception it raised, written to
    # a new file in *folder*; its name is what goes back.
    outcome: tuple[bool, object]
    try:
        outcome = (True, function(item))
    except Exception as error:
        outcome = (False, error)
    handle, path = tempfile.mkstemp(dir=folder, suffix=".pickle")
    with os.fdopen(handle, "wb") as file:
        pickle.dump(outcome, file, pickle.HIGHEST_PROTOCOL)
    return path


def _result(path: str) -> Any:
    # In the parent: the result a worker wrote to *path* (a file of the
    # run's own private folder), or the exception raised there.
    with open(path, "rb") as file:
        done, value = pickle.load(file)
    os.unlink(path)
    if not done:
        raise value
    return value


def _start(
    initializer: Callable[..., object], initargs: tuple[Any, ...]
) -> None:
    # The first thing a worker does: ignore Ctrl-C (in case it was started
    # without SIGINT ignored), then its own set-up.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    initializer(*initargs)


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    # SIGINT ignored for a moment (only the main thread can change it): a
    # process started meanwhile inherits that across exec, and Python then
    # installs no KeyboardInterrupt handler of its own.
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _stop(processes: set[BaseProcess]) -> None:
    # End the workers of an interrupted run, without waiting for the
    # work they are doing.
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(_GRACE)
        if process.exitcode is None:
            process.kill()
            process.join()


class Progress:
    """
    How far a run over *total* inputs has got, told through *write*: a
    bar redrawn in place (*bar*, for a terminal) or a line as each input
    is started (*lines*), or nothing.

    >>> shown: list[str] = []
    >>> progress = Progress(shown.append, 4, bar=True)
    >>> progress.advance()
    >>> shown[-1]
    '\\r[#####               ] 1/4 files'
    >>> progress.clear()
    >>> shown[-1] == "\\r" + " " * 32 + "\\r"
    True
    """

    def __init__(
        self,
        write: Callable[[str], None],
        total: int,
        *,
        bar: bool = False,
        lines: bool = False,
        verb: str = "auditing",
    ) -> None:
        self._write = write
        self._total = total
        self._bar = bar
        self._lines = lines and not bar
        self._verb = verb
        self._done = 0
        self._shown = 0  # the width of the bar on the line, 0 if none

    def start(self, number: int, name: str) -> None:
        """
        Input *number* (from 1), called *name*, is the one awaited now.
        """
        if self._lines:
            self._write(f"{self._verb} {number}/{self._total}: {name}\n")

    def advance(self) -> None:
        """
        One more input is done: redraw the bar.
        """
        self._done += 1
        if not self._bar:
            return
        filled = _BAR * self._done // max(self._total, 1)
        text = (
            f"[{'#' * filled}{' ' * (_BAR - filled)}]"
            f" {self._done}/{self._total} files"
        )
        self._write(f"\r{text}")
        self._shown = len(text)

    def clear(self) -> None:
        """
        Take the bar off the line (before other output, and at the end).
        """
        if self._shown:
            self._write(f"\r{' ' * self._shown}\r")
            self._shown = 0
