"""
The audit's limits: it never raises on text, text cannot forge its figure
markers, it reads no language it does not know, and it runs in linear time
and memory in every shape of text.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hns.audit import audit
from hns.audit.article import Article

SOUP = [
    "It was 12, ",
    "a ¥5 increase from 7. ",
    "Japan will pay ",
    "201.7 billion yen ",
    "($1.83 billion) ",
    "up 8.2% from ",
    "last year's ",
    "960.2 billion won",
    " to 1.0389 trillion won",
    ", or 78.7 billion won",
    "28,500 U.S. troops ",
    "four times more than ",
    "a total of 372.5 billion yen. ",
    "지난해보다 ",
    "8.2%, 787억 원 ",
    "인상된 1조 389억 원",
    "9천 602억원",
    "54억6112억 원",
    "1인당 15만6639달러 ",
    "5년간 총액 9465억엔, ",
    "연평균 1893억엔. ",
    "前年度比0.3%増の1974億円",
    "1ドル=84円",
    "約47億ドル(3948億円、",
    "全体の約53%にあたる3777億円",
    "1年当たり1899億円",
    "2021년(1조1833억원)보다 ",
    "⟦2021⟧",
    "⟦𝟎⟧ (⟦𝟏⟧)",
    "1.38.9 billion won",
    "21日",
    "\n",
    "2016年度から5年間で",
    "the current five-year deal will expire next month. ",
]


class TestNeverRaises:
    def test_counts_mixed_with_money(self) -> None:
        """
        A count and an amount in one change give a report, not an error.
        """
        report = audit("It was 12, a ¥5 increase from 7.")

        assert report.summary["inconsistent"] == 0

    @settings(max_examples=150, deadline=None)
    @given(
        st.lists(st.sampled_from(SOUP), max_size=16).map("".join),
        st.sampled_from(
            [dt.date(2019, 3, 1), dt.date(2021, 12, 21), "2019-02", None]
        ),
    )
    def test_figure_soup(
        self, text: str, published: dt.date | str | None
    ) -> None:
        """
        Any mix of en/ja/ko figures and phrases gives a report whose claims
        lie inside the text and explain themselves.
        """
        report = audit(text, published)

        assert sum(
            report.summary[k]
            for k in ("consistent", "inconsistent", "undetermined")
        ) == len(report.claims)
        found = [f.figure for f in report.figures]
        for claim in report.claims:
            assert 0 <= claim.start <= claim.end <= len(text)
            assert claim.text == text[claim.start : claim.end]
            assert all(figure in found for figure in claim.figures)
            assert claim.verdict.explain()
        json.dumps(report.to_dict())

    @settings(max_examples=100, deadline=None)
    @given(st.text(max_size=300))
    def test_any_text(self, text: str) -> None:
        """
        Any text at all gives a report.
        """
        report = audit(text, dt.date(2021, 1, 31))

        assert len(report.unchecked) <= len(report.figures)


class TestMarkers:
    def test_written_marker(self) -> None:
        """
        A marker written in the text is text, not a figure.
        """
        article = Article.read(
            "In ⟦2021⟧ Japan paid ⟦0⟧.", dt.date(2021, 3, 1)
        )

        assert article.sentences[0].tokens == "in [2021] japan paid [⟦0⟧]."
        assert [f.figure.text for f in article.found] == ["0"]

    def test_no_forged_conversion(self) -> None:
        """
        Markers written in mathematical digits invent no conversion.
        """
        report = audit(
            "Japan paid 2017億円 ⟦𝟎⟧ (⟦𝟏⟧) and ¥5 (⟦0⟧).", dt.date(2021, 3, 1)
        )

        assert [c.kind for c in report.claims] == []


class TestLanguages:
    def test_unread_language(self) -> None:
        """
        A text in a language the audit does not read gets no verdict, and
        the report says why.
        """
        report = audit(
            "Korea Selatan harus membayar 1,389 triliun won untuk tahun 2019.",
            "2019",
        )

        assert report.claims == ()
        assert "does not read" in report.notes[0]

    def test_figures_do_not_make_a_language(self) -> None:
        """
        "2017億円 a 1.2% increase" is English: the language of the words.
        """
        report = audit(
            "Japan will pay 2017億円, a 1.2% increase from 1993億円.",
            dt.date(2021, 3, 31),
        )

        assert [c.kind for c in report.claims] == ["change"]
        assert report.claims[0].verdict.status == "consistent"


# Each shape of text is audited at 1 MB in a fresh process, which prints
# its seconds and its peak resident memory.
_RUN = """
import datetime as dt, resource, sys, time
from hns.audit import audit
from hns.audit.article import Article
shape = sys.argv[1]
units = {
    "runon": "올해 분담금은 9602억원보다 8.2% 늘어난 1조389억원이고, Japan's"
    " share rose 1.2% to ¥201.7 billion from ¥199.3 billion, 2017億円"
    "(約2兆1500億ウォン) and ",
    "repeated": "2017億円 a 1.2% increase from ",
    "newlines": "\\n",
}
def text_of(size):
    if shape == "kanji":
        return "億" + ("一" * 1000 + " ") * (size // 1001)
    unit = units[shape]
    return unit * (size // len(unit.encode()) + 1)
# Blank lines without a date: the date line is looked for too.
day = None if shape == "newlines" else dt.date(2021, 1, 31)
timed = []
for size in (100_000, 1_000_000):
    text = text_of(size)
    start = time.perf_counter()
    audit(text, published=day)
    timed.append(time.perf_counter() - start)
seconds = timed[1] / max(timed[0], 0.01)
# The peak resident memory of this process: VmHWM (ru_maxrss would count
# the parent's memory too, kept across exec).
try:
    with open("/proc/self/status") as status:
        peak = next(
            int(line.split()[1]) for line in status if line.startswith("VmHWM")
        )
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(seconds, peak / 1024)
"""


@pytest.mark.parametrize("shape", ["runon", "repeated", "kanji", "newlines"])
def test_linear_at_a_megabyte(shape: str) -> None:
    """
    1 MB of one run-on sentence, of a claim repeated without a stop, of a
    kanji numeral run and of blank lines each takes about ten times as
    long as 100 KB of it (a quadratic pass would take a hundred times; both
    timed in the same run, so the machine's speed cancels out) and under
    300 MB.
    """
    done = subprocess.run(
        [sys.executable, "-c", _RUN, shape],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    ratio, megabytes = map(float, done.stdout.split())

    assert ratio < 30
    assert megabytes < 300
