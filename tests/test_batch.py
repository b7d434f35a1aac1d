"""
`hns._batch`: a function over many inputs in worker processes, in order,
ended at once when interrupted; and the progress it shows.
"""

from __future__ import annotations

import math
import multiprocessing
import operator
import signal
import time
from collections.abc import Iterator
from types import FrameType

import pytest

from hns._batch import Progress, ordered_map


class TestOrderedMap:
    def test_in_order(self) -> None:
        """
        The results come in the order of the inputs, more of them than
        the workers hold at once, each worker set up first.
        """
        items = list(range(60))

        results = ordered_map(
            math.factorial,
            items,
            jobs=2,
            initializer=time.sleep,
            initargs=(0,),
        )

        assert list(results) == [math.factorial(n) for n in items]
        assert multiprocessing.active_children() == []

    def test_lazy_inputs(self) -> None:
        """
        The inputs may be an iterator, read as the results are taken.
        """
        taken: list[int] = []

        def numbers() -> Iterator[int]:
            for n in range(30):
                taken.append(n)
                yield n

        results = ordered_map(
            operator.neg,
            numbers(),
            jobs=2,
            initializer=time.sleep,
            initargs=(0,),
        )
        first = next(results)
        handed_out = len(taken)
        rest = list(results)

        assert first == 0
        assert handed_out == 11
        assert rest == [-n for n in range(1, 30)]

    def test_closed_early(self) -> None:
        """
        A consumer that stops after one result ends the workers at once,
        not after the work handed out to them.
        """
        results = ordered_map(
            time.sleep, [0, 60, 60, 60], jobs=2, initializer=abs, initargs=(0,)
        )

        assert next(results) is None
        started = time.monotonic()
        results.close()

        assert time.monotonic() - started < 30
        assert multiprocessing.active_children() == []

    def test_interrupted(self) -> None:
        """
        A KeyboardInterrupt while a result is awaited ends the workers
        and goes on to the caller.
        """

        def interrupt(number: int, frame: FrameType | None) -> None:
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGALRM, interrupt)
        try:
            results = ordered_map(
                time.sleep, [60, 60], jobs=2, initializer=abs, initargs=(0,)
            )
            signal.alarm(3)
            started = time.monotonic()
            with pytest.raises(KeyboardInterrupt):
                list(results)
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)

        assert time.monotonic() - started < 30
        assert multiprocessing.active_children() == []

    def test_error_in_a_worker(self) -> None:
        """
        An exception raised by the function reaches the caller with the
        result it stands for, and the workers end.
        """
        results = ordered_map(
            math.factorial, [3, -1, 4], jobs=2, initializer=abs, initargs=(0,)
        )

        assert next(results) == 6
        with pytest.raises(ValueError, match="not defined for negative"):
            next(results)
        assert multiprocessing.active_children() == []


class TestProgress:
    def test_bar(self) -> None:
        """
        The bar fills in proportion, says how many files are done, and is
        cleared to the width it took.
        """
        shown: list[str] = []
        progress = Progress(shown.append, 3, bar=True, lines=True)

        progress.start(1, "a.txt")
        progress.advance()
        progress.clear()
        progress.clear()
        progress.advance()
        progress.advance()

        assert shown == [
            "\r[######              ] 1/3 files",
            "\r" + " " * 32 + "\r",
            "\r[#############       ] 2/3 files",
            "\r[####################] 3/3 files",
        ]

    def test_lines(self) -> None:
        """
        Without a bar, a line as each input is started.
        """
        shown: list[str] = []
        progress = Progress(shown.append, 2, lines=True)

        progress.start(1, "a.txt")
        progress.advance()
        progress.start(2, "b.txt")
        progress.advance()
        progress.clear()

        assert shown == ["auditing 1/2: a.txt\n", "auditing 2/2: b.txt\n"]

    def test_nothing(self) -> None:
        """
        Neither bar nor lines: nothing is written.
        """
        shown: list[str] = []
        progress = Progress(shown.append, 2)

        progress.start(1, "a.txt")
        progress.advance()
        progress.clear()

        assert shown == []
