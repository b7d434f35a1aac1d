"""
The HTML page of an audit (`hns.audit.Report.to_html`, ``hns audit
--html``): its structure for each seed article, escaping, overlapping
spans, and the page as Chromium loads and draws it.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
import re
import shutil
import signal
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import attrs
import html5lib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from hns import check_change
from hns.audit import Claim, Found, Report, audit
from hns.audit.html import STATUSES, page
from hns.cli import main
from hns.errors import ArgumentError

ARTICLES = Path(__file__).parent.parent / "examples" / "articles"
SEEDS = sorted(p.name for p in ARTICLES.glob("*.txt"))
VERDICTS = ("consistent", "inconsistent", "undetermined")
RANK = {"consistent": 0, "undetermined": 1, "inconsistent": 2}
# The background of a piece of text in a claim of each status (the CSS's
# --ok-bg, --bad-bg and --open-bg): nothing else on the page has it.
BACKGROUNDS = {
    "consistent": (0xDC, 0xF2, 0xD9),
    "inconsistent": (0xFC, 0xDC, 0xDC),
    "undetermined": (0xFF, 0xF0, 0xB3),
}
CHROMIUM_SECONDS = 120


@functools.cache
def seed(name: str) -> Report:
    """
    The audit of a seed article, published on the date its name starts
    with.
    """
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return audit(text, published=dt.date.fromisoformat(name[:10]))


def parse(html: str, strict: bool = True) -> ET.Element:
    """
    The page as a browser's parser builds it; *strict*: any parse error
    (a stray end tag, a bad character, a missing doctype) raises.
    """
    parser = html5lib.HTMLParser(strict=strict, namespaceHTMLElements=False)
    root: ET.Element = parser.parse(html)
    return root


def classes(element: ET.Element) -> list[str]:
    return (element.get("class") or "").split()


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


@attrs.define
class View:
    """
    What the article part of a page shows: its text (without the claims'
    numbered links and the unchecked tags), where each figure element
    stands in it and its state, which offsets the marks of each claim
    cover, each mark (start, end, status class, claim numbers), and each
    claim link (offset, status class, target).
    """

    text: str = ""
    figures: dict[int, tuple[int, int, str]] = attrs.Factory(dict)
    marked: dict[int, set[int]] = attrs.Factory(dict)
    marks: list[tuple[int, int, str, list[int]]] = attrs.Factory(list)
    refs: dict[int, tuple[int, str, str]] = attrs.Factory(dict)
    tags: list[int] = attrs.Factory(list)

    @classmethod
    def of(cls, root: ET.Element) -> View:
        """
        The view of the ``div.text`` of a parsed page.
        """
        (block,) = [e for e in root.iter("div") if "text" in classes(e)]
        view = cls()
        pieces: list[str] = []

        def add(piece: str | None, claims: list[int]) -> None:
            if not piece:
                return
            at = len(view.text)
            for number in claims:
                view.marked.setdefault(number, set()).update(
                    range(at, at + len(piece))
                )
            pieces.append(piece)
            view.text += piece

        def visit(element: ET.Element, claims: list[int]) -> None:
            names = classes(element)
            if element.tag == "a" and "ref" in names:
                number = int(element.get("id", "").removeprefix("ref-"))
                view.refs[number] = (
                    len(view.text),
                    names[1],
                    element.get("href", ""),
                )
                return
            if "tag" in names:
                view.tags.append(len(view.text))
                return
            start = len(view.text)
            if element.tag == "mark":
                claims = [
                    int(n) for n in element.get("data-claims", "").split()
                ]
            add(element.text, claims)
            for child in element:
                visit(child, claims)
                add(child.tail, claims)
            if element.tag == "mark":
                view.marks.append((start, len(view.text), names[1], claims))
            if "figure" in names:
                number = int(element.get("id", "").removeprefix("figure-"))
                view.figures[number] = (start, len(view.text), names[1])

        add(block.text, [])
        for child in block:
            visit(child, [])
            add(child.tail, [])
        return view


def check_page(root: ET.Element, report: Report) -> None:
    """
    Everything a page must show of *report*: the text, every figure and
    claim marked where it stands, the claims' links and cards, and the
    counts.
    """
    view = View.of(root)
    size = len(report.text)
    assert view.text == report.text
    assert sorted(view.figures) == list(range(1, len(report.figures) + 1))
    for number, found in enumerate(report.figures, 1):
        state = "unchecked" if found in report.unchecked else "checked"
        assert view.figures[number] == (found.start, found.end, state)
    assert len(view.tags) == sum(
        found in report.unchecked for found in report.figures
    )
    for number, claim in enumerate(report.claims, 1):
        start, end = min(claim.start, size), min(claim.end, size)
        assert view.marked.get(number, set()) == set(range(start, end))
        at, status, href = view.refs[number]
        assert (status, href) == (claim.verdict.status, f"#claim-{number}")
        assert at == start or any(
            a <= at < start < b for a, b, _ in view.figures.values()
        )
    for _, _, status, claims in view.marks:
        statuses = [report.claims[n - 1].verdict.status for n in claims]
        assert status == max(statuses, key=RANK.__getitem__)
    check_cards(root, report)
    check_links(root)


def check_cards(root: ET.Element, report: Report) -> None:
    """
    A card per claim with its status, explanation, slips, sources,
    reading and notes, a link back to the text; counts as the summary.
    """
    cards = [e for e in root.iter("li") if "card" in classes(e)]
    assert [c.get("id") for c in cards] == [
        f"claim-{n}" for n in range(1, len(report.claims) + 1)
    ]
    for number, (card, claim) in enumerate(
        zip(cards, report.claims, strict=True), 1
    ):
        verdict = claim.verdict
        shown = text_of(card)
        assert classes(card)[1] == verdict.status
        assert f"{STATUSES[verdict.status]} {verdict.status}" in shown
        assert verdict.explain() in shown
        for said in (
            *(d.explain() for d in verdict.diagnoses),
            *verdict.sources,
            *claim.notes,
            claim.reading,
        ):
            assert said in shown
        assert f"#ref-{number}" in [a.get("href") for a in card.iter("a")]
    found = Counter(classes(card)[1] for card in cards)
    for status, count in report.summary.items():
        (counted,) = [
            e for e in root.iter("dd") if e.get("id") == f"count-{status}"
        ]
        assert int(counted.text or "") == count
        if status != "unchecked":
            assert found[status] == count
    figures = [e for e in root.iter("span") if "figure" in classes(e)]
    assert sum("unchecked" in classes(f) for f in figures) == sum(
        found in report.unchecked for found in report.figures
    )


def check_links(root: ET.Element) -> None:
    """
    Ids are unique, every link leads to one, and nothing is fetched.
    """
    ids = [e.get("id") for e in root.iter() if e.get("id") is not None]
    assert len(ids) == len(set(ids))
    for element in root.iter():
        href = element.get("href")
        if href is not None:
            assert href.startswith("#")
            assert href[1:] in ids
        assert element.get("src") is None
    assert list(root.iter("script")) == []
    assert list(root.iter("link")) == []


@pytest.mark.parametrize("name", SEEDS)
class TestSeedPages:
    def test_valid_html5(self, name: str) -> None:
        """
        The page parses without a single HTML5 parse error, in English,
        with its article in the language it is written in.
        """
        root = parse(seed(name).to_html())

        assert root.get("lang") == "en"
        assert root.find("head/meta").get("charset") == "utf-8"  # type: ignore[union-attr]
        (block,) = [e for e in root.iter("div") if "text" in classes(e)]
        assert block.get("lang") == "en"

    def test_marks(self, name: str) -> None:
        """
        Every figure and claim is marked where it stands, each claim with
        its status, linked both ways with its card; counts match.
        """
        check_page(parse(seed(name).to_html()), seed(name))

    def test_header(self, name: str) -> None:
        """
        The header gives the publication date, the host and the counts.
        """
        report = seed(name)
        root = parse(report.to_html())
        header = text_of(root.find("body/header"))  # type: ignore[arg-type]

        assert f"Published {name[:10]}" in header
        assert "host Japan (JP)" in header
        assert f"{len(report.claims)} claims" in header

    def test_print_and_focus_rules(self, name: str) -> None:
        """
        The page has print rules and a visible focus outline, and no
        external asset.
        """
        (style,) = parse(seed(name).to_html()).iter("style")

        assert "@media print" in (style.text or "")
        assert ":focus-visible" in (style.text or "")
        assert "url(" not in (style.text or "")


def test_seed_statuses() -> None:
    """
    The first seed has claims of both statuses the screenshot test looks
    for, the second none inconsistent.
    """
    first, second = (seed(name).summary for name in SEEDS)

    assert (first["consistent"], first["inconsistent"]) == (1, 5)
    assert (second["consistent"], second["inconsistent"]) == (6, 0)


class TestEscaping:
    def test_script_in_text(self) -> None:
        """
        Markup in the article is shown as text, never run: the page has no
        script element and reads back the text as written.
        """
        text = (
            "<script>alert('x')</script> Japan will shoulder roughly"
            " ¥200 billion in fiscal 2021 & <b>more</b>."
        )
        report = audit(text, published="2021-02-10")
        html = report.to_html()
        root = parse(html)

        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
        assert list(root.iter("script")) == []
        assert list(root.iter("b")) == []
        check_page(root, report)

    def test_title(self) -> None:
        """
        A title with markup is shown as written.
        """
        html = audit("About 55,000 troops.").to_html(title='<i>"x"</i> &')
        root = parse(html)

        assert (root.find("head/title").text or "").startswith(  # type: ignore[union-attr]
            '<i>"x"</i> &'
        )
        assert text_of(root.find("body/header/h1")) == '<i>"x"</i> &'  # type: ignore[arg-type]

    def test_default_title(self) -> None:
        """
        Without a title, the page is titled by the text's first line.
        """
        root = parse(seed(SEEDS[0]).to_html())

        assert text_of(root.find("body/header/h1")) == (  # type: ignore[arg-type]
            "The U.S. and Japan virtually agree on a one-year extension of"
            " the US military base in Japan"
        )

    def test_characters_html_forbids(self) -> None:
        """
        Control characters, lone surrogates and noncharacters become
        U+FFFD one for one, so the marks still fall on their figures and
        the page can be written as UTF-8.
        """
        text = "A\x00b\x07\ud800\ufffe\r\nAbout 55,000 troops.\x85"
        report = audit(text)
        html = report.to_html()
        root = parse(html)

        html.encode("utf-8")
        view = View.of(root)
        assert (
            view.text
            == "A\ufffdb\ufffd\ufffd\ufffd \nAbout 55,000 troops.\ufffd"
        )
        (found,) = report.figures
        assert view.figures[1] == (found.start, found.end, "unchecked")

    def test_title_not_text(self) -> None:
        """
        A title that is not text is an ArgumentError naming it.
        """
        with pytest.raises(ArgumentError, match="title must be a str or None"):
            audit("").to_html(title=5)  # type: ignore[arg-type]


def test_page_of_something_else() -> None:
    """
    A page is made of a report: anything else is an ArgumentError.
    """
    with pytest.raises(
        ArgumentError, match=re.escape("report must be an hns.audit.Report")
    ):
        page("About 55,000 troops.")  # type: ignore[arg-type]


def test_undetermined_and_japanese() -> None:
    """
    An undetermined claim is marked so, with a ? beside its status, and
    a Japanese article is marked as Japanese.
    """
    report = audit(
        "2020年度の思いやり予算は1993億円で、4年連続の増加となった。",
        published="2020-04-01",
    )
    root = parse(report.to_html())
    (block,) = [e for e in root.iter("div") if "text" in classes(e)]

    assert "undetermined" in [c.verdict.status for c in report.claims]
    assert block.get("lang") == "ja"
    check_page(root, report)


def test_empty_report() -> None:
    """
    An empty text gives a page that says there is nothing to show.
    """
    root = parse(audit("").to_html())

    assert "No claim found." in text_of(root)
    assert View.of(root).text == ""


def _claims() -> tuple[list[Found], list[Claim]]:
    # Figures and claims of every status, to place anywhere in a text.
    kyodo, joongang = seed(SEEDS[1]), seed(SEEDS[0])
    open_ = check_change("0 yen", "5 yen", "1%")
    claims = [kyodo.claims[0], joongang.claims[1]]
    claims.append(attrs.evolve(claims[0], verdict=open_))
    return list(kyodo.figures), claims


class TestOverlaps:
    def test_overlapping_and_nested_claims(self) -> None:
        """
        Claims that overlap, nest, start or end inside a figure are each
        marked on exactly their span; a claim starting inside a figure is
        numbered before it.
        """
        kyodo = seed(SEEDS[1])
        figures, (ok, bad, open_) = _claims()
        first = figures[0]  # "roughly ¥200 billion", at 252 to 272
        claims = (
            attrs.evolve(ok, start=200, end=400),
            attrs.evolve(bad, start=260, end=700),  # in a figure, over two
            attrs.evolve(open_, start=262, end=265),  # inside a figure
            attrs.evolve(ok, start=640, end=650),  # ends in a figure
            attrs.evolve(bad, start=0, end=len(kyodo.text)),  # everything
        )
        report = attrs.evolve(kyodo, claims=claims)
        root = parse(report.to_html())
        view = View.of(root)

        check_page(root, report)
        assert view.refs[2][0] == view.refs[3][0] == first.start
        (mark,) = [m for m in view.marks if m[0] <= 264 < m[1]]
        assert mark[2:] == ("inconsistent", [1, 2, 3, 5])

    def test_overlapping_figures(self) -> None:
        """
        A figure that overlaps the one before starts where that one ends:
        both are marked, no element crosses another.
        """
        kyodo = seed(SEEDS[1])
        first, second, third = kyodo.figures
        figures = (first, attrs.evolve(second, start=260, end=280), third)
        report = attrs.evolve(kyodo, figures=figures, unchecked=())
        view = View.of(parse(report.to_html()))

        assert view.figures[1] == (first.start, first.end, "checked")
        assert view.figures[2] == (first.end, 280, "checked")
        assert view.text == kyodo.text

    def test_spans_beyond_the_text(self) -> None:
        """
        A claim or a figure beyond the end of the text is cut to it, and
        its card and link are still there.
        """
        kyodo = seed(SEEDS[1])
        size = len(kyodo.text)
        claims = (
            attrs.evolve(kyodo.claims[0], start=size - 5, end=size + 50),
        )
        figures = (
            attrs.evolve(kyodo.figures[0], start=size + 1, end=size + 9),
        )
        report = attrs.evolve(
            kyodo, claims=claims, figures=figures, unchecked=figures
        )
        view = View.of(parse(report.to_html()))

        assert view.marked[1] == set(range(size - 5, size))
        assert view.figures[1] == (size, size, "unchecked")
        assert view.refs[1][0] == size - 5


@st.composite
def layouts(draw: st.DrawFn) -> Report:
    """
    A text with figures and claims of every status at any spans.
    """
    text = draw(st.text(alphabet="ab <&>\n\"'億", max_size=40))
    size = len(text)
    figures, claims = _claims()
    spans = st.tuples(st.integers(0, size), st.integers(0, size)).map(sorted)
    placed = [
        attrs.evolve(draw(st.sampled_from(figures)), start=a, end=b)
        for a, b in draw(st.lists(spans, max_size=4))
    ]
    placed.sort(key=lambda f: f.start)
    chosen = tuple(
        attrs.evolve(draw(st.sampled_from(claims)), start=a, end=b)
        for a, b in draw(st.lists(spans, max_size=5))
    )
    unchecked = tuple(f for f in placed if draw(st.booleans()))
    return Report(
        published=None,
        host=None,
        claims=tuple(sorted(chosen, key=lambda c: c.start)),
        figures=tuple(placed),
        unchecked=unchecked,
        text=text,
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(report=layouts())
def test_any_layout(report: Report) -> None:
    """
    Whatever the spans, the page is valid HTML5, shows the text as
    written, marks each claim on exactly its span and each figure within
    its own, no two figures overlapping (a figure the ones before it
    cover is an empty element after them).
    """
    root = parse(report.to_html())
    view = View.of(root)

    assert view.text == report.text
    for number, claim in enumerate(report.claims, 1):
        assert view.marked.get(number, set()) == set(
            range(claim.start, claim.end)
        )
        assert view.refs[number][1] == claim.verdict.status
    spans = sorted(view.figures.values())
    for (_, end, _), (start, _, _) in itertools.pairwise(spans):
        assert end <= start
    ends = {end for _, end, _ in spans}
    for number, found in enumerate(report.figures, 1):
        start, end, _ = view.figures[number]
        if start < end:
            assert found.start <= start < end <= found.end
        else:  # covered by the figures before it: placed after them
            assert start == found.start or start in ends
    check_cards(root, report)
    check_links(root)


class TestCommandLine:
    def test_writes_the_page(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        ``hns audit --html OUT FILE`` writes the page of FILE, prints the
        report as usual and exits as the audit does.
        """
        out = tmp_path / "view.html"
        status = main(["audit", "--html", str(out), str(ARTICLES / SEEDS[0])])

        assert status == 1
        assert "[WRONG] change" in capsys.readouterr().out
        check_page(parse(out.read_text(encoding="utf-8")), seed(SEEDS[0]))

    def test_several_files_refused(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        --html with several files is a usage error and writes nothing.
        """
        out = tmp_path / "view.html"
        files = [str(ARTICLES / name) for name in SEEDS]

        assert main(["audit", "--html", str(out), *files]) == 2
        assert "--html writes the page of one FILE" in capsys.readouterr().err
        assert not out.exists()

    def test_unwritable(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A page that cannot be written is exit 2 with the reason, and no
        report is printed.
        """
        out = tmp_path / "missing" / "view.html"
        status = main(["audit", "--html", str(out), str(ARTICLES / SEEDS[1])])

        captured = capsys.readouterr()
        assert status == 2
        assert f"cannot write {out}: No such file or directory" in captured.err
        assert captured.out == ""

    def test_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The option is in the command's help.
        """
        assert main(["audit", "--help"]) == 0
        assert "--html OUT.html" in capsys.readouterr().out


def chromium() -> str:
    """
    The Chromium to load pages with; its absence fails the test.
    """
    path = shutil.which("chromium")
    if path is None:
        pytest.fail(
            "the HTML view is tested in Chromium, which is not installed:"
            " run `apt-get install chromium` (.ci/run installs it)"
        )
    return path


def browse(path: Path, profile: Path, *options: str) -> str:
    """
    What Chromium, headless, prints for *path* with *options*; a run that
    fails or takes over CHROMIUM_SECONDS fails the test.
    """
    command = [
        chromium(),
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={profile}",
        *options,
        path.as_uri(),
    ]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=CHROMIUM_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # its own process group
        process.communicate()
        pytest.fail(f"Chromium took over {CHROMIUM_SECONDS} s on {path}")
    if process.returncode != 0:
        pytest.fail(f"Chromium failed ({process.returncode}): {err[-2000:]}")
    return out


@pytest.mark.parametrize("name", SEEDS)
class TestChromium:
    def test_rendered_dom(self, name: str, tmp_path: Path) -> None:
        """
        Chromium loads the page and its DOM shows every figure and claim
        marked with its status, the cards and the counts of the report.
        """
        report = seed(name)
        path = tmp_path / "view.html"
        path.write_text(report.to_html(), encoding="utf-8")

        dom = browse(path, tmp_path / "profile", "--dump-dom")

        root = parse(dom, strict=False)
        assert (root.find("head/title").text or "").endswith("hns audit")  # type: ignore[union-attr]
        check_page(root, report)

    def test_screenshot(self, name: str, tmp_path: Path) -> None:
        """
        Chromium draws the page: the screenshot has the background of
        each status exactly when the report has a claim with it.
        """
        report = seed(name)
        path = tmp_path / "view.html"
        path.write_text(report.to_html(), encoding="utf-8")
        shot = tmp_path / "view.png"

        browse(
            path,
            tmp_path / "profile",
            f"--screenshot={shot}",
            "--window-size=1280,2400",
        )

        with Image.open(shot) as image:
            assert image.size == (1280, 2400)
            colours = image.convert("RGB").getcolors(1 << 24) or []
        pixels = {colour: count for count, colour in colours}
        assert len(pixels) > 100  # text and colours, not a blank page
        summary = report.summary
        counts = {
            "consistent": summary["consistent"],
            "inconsistent": summary["inconsistent"],
            "undetermined": summary["undetermined"],
        }
        for status in VERDICTS:
            drawn = pixels.get(BACKGROUNDS[status], 0)
            assert (drawn > 500) == (counts[status] > 0), status
