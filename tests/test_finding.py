from __future__ import annotations

import itertools
import random
import re
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hns import HnsError, Money, parse_money
from hns.finding import Malformed, find_figures, find_malformed

D = Decimal


def _values(text: str) -> list[str]:
    return [str(f.figure.value) for f in find_figures(text)]


# A known-value grammar: amounts written the ways news copy writes them,
# each with its exact value, embedded in sentences of its language.

_KANJI_DIGITS = "〇一二三四五六七八九"


def _kanji(n: int) -> str:
    # 1..9999 in kanji numerals: 二千十七.
    out = ""
    for unit, place in (("千", 1000), ("百", 100), ("十", 10)):
        digit, n = divmod(n, place)
        if digit:
            out += ("" if digit == 1 else _KANJI_DIGITS[digit]) + unit
    return out + (_KANJI_DIGITS[n] if n else "")


def _mixed(n: int, thousand: str, rng: random.Random) -> str:
    # 1..9999 with the thousands as a unit: 2千17, 9천 602, 2 천.
    high, low = divmod(n, 1000)
    if not high:
        return str(n)
    before = " " if rng.random() < 0.2 else ""
    between = " " if low and rng.random() < 0.5 else ""
    return f"{high}{before}{thousand}{between}{low or ''}"


def _group(n: int, rng: random.Random) -> str:
    if n >= 1000 and rng.random() < 0.2:
        return f"{n:,}"
    return str(n)


def _korean(rng: random.Random) -> tuple[str, Money]:
    jo, eok, man = rng.randrange(100), rng.randrange(10000), 0
    if rng.random() < 0.15:
        man = rng.randrange(1, 10000)
    if not (jo or eok or man):
        jo = 1
    parts = []
    if jo:
        parts.append(f"{jo}조")
    if eok:
        written = (
            _mixed(eok, "천", rng) if rng.random() < 0.4 else _group(eok, rng)
        )
        space = " " if written[-1] == "천" and rng.random() < 0.3 else ""
        parts.append(f"{written}{space}억")
    if man:
        parts.append(f"{_group(man, rng)}만")
    glue = " " if rng.random() < 0.5 else ""
    number = glue.join(parts)
    word, code = rng.choice([("원", "KRW"), ("원", "KRW"), ("달러", "USD")])
    unit = (" " if rng.random() < 0.4 else "") + word
    value = jo * 10**12 + eok * 10**8 + man * 10**4
    return number + unit, Money(value, code)


def _japanese(rng: random.Random) -> tuple[str, Money]:
    cho, oku = rng.randrange(10), rng.randrange(1, 10000)
    style = rng.choice(["digits", "mixed", "kanji"])
    if style == "kanji":
        number = (_kanji(cho) + "兆" if cho else "") + _kanji(oku) + "億"
    elif style == "mixed":
        number = (f"{cho}兆" if cho else "") + _mixed(oku, "千", rng) + "億"
        number = number.replace(" ", "")
    else:
        number = (f"{cho}兆" if cho else "") + f"{oku}億"
    word, code = rng.choice([("円", "JPY"), ("円", "JPY"), ("ドル", "USD")])
    return number + word, Money(cho * 10**12 + oku * 10**8, code)


def _english(rng: random.Random) -> tuple[str, Money]:
    shape = rng.randrange(6)
    if shape == 0:  # 1.0389 trillion won
        whole, decimals = rng.randrange(1, 100), rng.randrange(5)
        fraction = "".join(str(rng.randrange(10)) for _ in range(decimals))
        literal = f"{whole}.{fraction}" if fraction else str(whole)
        scale, exponent = rng.choice(
            [("trillion", 12), ("billion", 9), ("million", 6)]
        )
        word, code = rng.choice([("won", "KRW"), ("yen", "JPY")])
        value = D(literal).scaleb(exponent)
        return f"{literal} {scale} {word}", Money(value, code)
    if shape == 1:  # ¥201.7 billion, $8bn, US$1.2 billion, NT$5 billion
        symbol, code = rng.choice(
            [("¥", "JPY"), ("$", "USD"), ("US$", "USD"), ("NT$", "TWD")]
        )
        literal = f"{rng.randrange(1, 1000)}.{rng.randrange(10)}"
        if rng.random() < 0.4:
            literal = literal.split(".")[0]
        scale, exponent = rng.choice(
            [(" billion", 9), ("bn", 9), (" million", 6), ("m", 6)]
        )
        value = D(literal).scaleb(exponent)
        return f"{symbol}{literal}{scale}", Money(value, code)
    if shape == 2:  # 12 billion 500 million yen
        billions, millions = rng.randrange(1, 1000), rng.randrange(1, 1000)
        word, code = rng.choice([("yen", "JPY"), ("dollars", "USD")])
        total = billions * 10**9 + millions * 10**6
        return (
            f"{billions} billion {millions} million {word}",
            Money(total, code),
        )
    n = rng.randrange(1000, 10**9)
    word, code = rng.choice([("yen", "JPY"), ("won", "KRW")])
    if shape == 3:  # 1 000 000 yen
        return f"{n:,}".replace(",", " ") + f" {word}", Money(n, code)
    return f"{n:,} {word}", Money(n, code)  # 1,234,567 yen


_FRAMES = {
    "ko": (
        _korean,
        ["정부는 {}을 투입한다고 밝혔다.", "국방부에 따르면 {}의 예산이",
         "\u201c올해 {}으로 늘었다\u201d고 했다."],
        [", ", " 및 ", "에서 "],
    ),
    "ja": (
        _japanese,
        ["防衛省は{}を計上した。", "総額は{}となる見込みだ。",
         "「{}の負担」について"],
        ["、", "から", "と"],
    ),
    "en": (
        _english,
        ["The ministry said it would spend {} on the programme.",
         "Spending reached {}, officials said.", "({}) was the figure."],
        [" and ", ", against ", " rather than "],
    ),
}  # fmt: skip


def _example(rng: random.Random) -> tuple[str, list[Money]]:
    language = rng.choice(list(_FRAMES))
    amount, frames, joins = _FRAMES[language]
    text, value = amount(rng)
    expected = [value]
    if rng.random() < 0.3:
        second, other = amount(rng)
        join = rng.choice(joins)
        if language == "ko" and rng.random() < 0.5:
            join = " "  # "9602억원 1조389억원"
        text, expected = text + join + second, [value, other]
    return rng.choice(frames).format(text), expected


class TestGrammar:
    def test_known_values(self) -> None:
        """
        3,000 generated amounts in sentences of their language are found
        as exactly the amounts written, each with its exact value, and
        the text found reads with parse_money to that same value.
        """
        rng = random.Random(20240611)
        wrong = []
        for _ in range(3000):
            sentence, expected = _example(rng)
            found = find_figures(sentence)
            values = [f.figure.value for f in found]
            if values != expected or any(
                parse_money(sentence[f.start : f.end]) != f.figure.value
                for f in found
            ):
                wrong.append((sentence, values, expected))

        assert wrong == []

    def test_generator_covers_the_forms(self) -> None:
        """
        The generator writes the spaced, mixed, kanji, compound and grouped
        forms the grammar test is about.
        """
        rng = random.Random(20240611)
        texts = " ".join(_example(rng)[0] for _ in range(3000))

        for form in ("천 ", " 억", "조 ", "千", "二千", "兆", "billion 5",
                     "bn", ",", "NT$"):  # fmt: skip
            assert form in texts, form
        assert re.search("[0-9] [0-9]{3} (?:yen|won)", texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9천 602억원", ["960200000000 KRW"]),
        ("1조 4천 억원", ["1400000000000 KRW"]),
        ("2천 억원", ["200000000000 KRW"]),
        ("1 조원", ["1000000000000 KRW"]),
        ("1조 389억 원", ["1038900000000 KRW"]),
        ("57조 1천268억원", ["57126800000000 KRW"]),
        ("2조5천156억원", ["2515600000000 KRW"]),
        ("27조4700억엔", ["27470000000000 JPY"]),
        ("44억6,420만 달러", ["4464200000 USD"]),
        ("4万5779人", ["45779"]),
        ("二千十七億円", ["201700000000 JPY"]),
        ("2千17億円", ["201700000000 JPY"]),
        ("1兆551億円", ["1055100000000 JPY"]),
        ("9602억원 1조389억원", ["960200000000 KRW", "1038900000000 KRW"]),
        (
            "10억 달러, 1조1천 305억원",
            ["1000000000 USD", "1130500000000 KRW"],
        ),
        ("2017億 2018億", ["201700000000", "201800000000"]),
        ("1조 10389억", ["1000000000000", "1038900000000"]),
        ("천안함 46 천안함", ["46"]),
    ],
)
def test_myriad_spacing(text: str, expected: list[str]) -> None:
    """
    Spaces inside a myriad number do not split it; a space between two
    numbers still does.
    """
    assert _values(f"그는 {text} 라고 했다") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 000 000 yen", ["1000000 JPY"]),
        ("12 billion 500 million yen", ["12500000000 JPY"]),
        ("minus 5 billion yen", ["-5000000000 JPY"]),
        ("마이너스 5억원", ["-500000000 KRW"]),
        ("マイナス5億円", ["-500000000 JPY"]),
        ("NT$5 billion", ["5000000000 TWD"]),
        ("HK$3 million", ["3000000 HKD"]),
        ("A$2 million", ["2000000 AUD"]),
        ("C$2 million", ["2000000 CAD"]),
        ("S$2 million", ["2000000 SGD"]),
        ("R$2 million", ["2000000 BRL"]),
        ("CN¥5 billion", ["5000000000 CNY"]),
        ("RMB 5 billion", ["5000000000 CNY"]),
        ("5 billion yuan", ["5000000000 CNY"]),
        ("50億元", ["5000000000 CNY"]),
        ("50억 위안", ["5000000000 CNY"]),
        ("US$5 billion", ["5000000000 USD"]),
        ("$5 billion", ["5000000000 USD"]),
    ],
)
def test_groups_scales_signs_currencies(
    text: str, expected: list[str]
) -> None:
    """
    Space thousands groups, compound scales, sign words and the currency
    prefixes of other dollars and of the yuan read as one figure each.
    """
    assert _values(f"He said {text} today.") == expected


@pytest.mark.parametrize(
    ("text", "value", "kind", "resolution"),
    [
        ("five-point-four percent", "5.4", "percent", "0.1"),
        ("one-point-25 trillion won", "1250000000000 KRW", "money", "1e10"),
        ("9-hundred-24-million U.S. dollars", "924000000 USD", "money", "1e6"),
        ("28-thousand troops", "28000", "count", "1e3"),
        ("two percent", "2", "percent", "1"),
        # A round percent reads to one unit of itself.
        ("fifty percent", "50", "percent", "1"),
        ("twenty-eight thousand troops", "28000", "count", "1e3"),
        ("eight billion dollars", "8000000000 USD", "money", "1e9"),
        ("three percent", "3", "percent", "1"),
        ("four times", "4", "multiple", "1"),
    ],
)  # fmt: skip
def test_spelled(text: str, value: str, kind: str, resolution: str) -> None:
    """
    Numbers spelled out in broadcast copy are figures with the resolution
    of their last written word or digit.
    """
    [found] = find_figures(f"The anchor said {text} on air.")

    assert str(found.figure.value) == value
    assert found.figure.kind == kind
    assert found.figure.resolution == D(resolution)


@pytest.mark.parametrize(
    "text",
    ["one of the bases", "a number of troops", "five people", "twenty-two"],
)
def test_bare_number_words(text: str) -> None:
    """
    A number word with no unit, scale, percent or point after it is no
    figure.
    """
    assert find_figures(f"They said {text} would stay.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21日に発表した", []),
        ("4일 발표했다", []),
        ("9월 협상", []),
        ("3月に", []),
        ("27일(현지시간) 밝혔다", []),
        ("30日", []),
        ("21~23日", []),
        ("5년간", ["5"]),
        ("5年間", ["5"]),
        ("1년에", ["1"]),
        ("3일간", ["3"]),
        ("Jan 5", []),
        ("2021년", []),
    ],
)
def test_dates(text: str, expected: list[str]) -> None:
    """
    Days, months and years are dates, not figures; durations are counts.
    """
    assert _values(f"그는 {text} 라고") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10조3000~3500억원", ["10300000000000 KRW", "10350000000000 KRW"]),
        ("1,850~1,970億円", ["185000000000 JPY", "197000000000 JPY"]),
        ("10 to 20 billion yen", ["10000000000 JPY", "20000000000 JPY"]),
        ("1.2 - 1.5 trillion won", ["1.2", "1500000000000 KRW"]),
        ("1-2%", ["1", "2"]),
        (
            "210 billion yen to 220 billion yen",
            ["210000000000 JPY", "220000000000 JPY"],
        ),
        ("3000 ~ 3500억원", ["300000000000 KRW", "350000000000 KRW"]),
        ("from 5 to 3 billion yen", ["5", "3000000000 JPY"]),
    ],
)
def test_ranges(text: str, expected: list[str]) -> None:
    """
    The first end of a range takes the scale and unit of the second (when
    that makes an ascending range); other pairs stay as written.
    """
    assert _values(f"It costs {text} a year.") == expected


@pytest.mark.parametrize(
    ("text", "value", "interval"),
    [
        ("7조원대", "7000000000000 KRW", "[7000000000000, 8000000000000]"),
        ("1조380억 원대", "1038000000000 KRW",
         "[1038000000000, 1039000000000]"),
        ("7千億円台", "700000000000 JPY", "[700000000000, 800000000000]"),
        ("1%대", "1", "[1, 2]"),
    ],
)  # fmt: skip
def test_range_suffix(text: str, value: str, interval: str) -> None:
    """
    대 and 台 after an amount make one figure reaching up to one more unit
    of its last digit.
    """
    [found] = find_figures(f"규모는 {text}로 늘었다")

    assert str(found.figure.value) == value
    assert str(found.figure.interval) == interval


@pytest.mark.parametrize(
    "text", ["전투기 40대를", "1조원대비 늘었다", "100台湾"]
)
def test_not_range_suffix(text: str) -> None:
    """
    대 after a bare count (vehicles), in 대비 ("compared with") or 台 in
    台湾 is no range.
    """
    assert all(f.figure.rounding == "nearest" for f in find_figures(text))


class TestMalformed:
    @pytest.mark.parametrize(
        ("text", "reason", "readings"),
        [
            (
                "1.38.9 billion won",
                "two decimal points in one number",
                ["1,038.9 billion won", "138.9 billion won",
                 "1.389 billion won"],
            ),
            (
                "54억6112억 원",
                "a myriad unit that does not descend",
                ["54조6112억 원", "54억6112만 원"],
            ),
            (
                "¥2,01,7 billion",
                "thousands separators that do not group by three",
                ["¥201.7 billion", "¥2,017 billion"],
            ),
            (
                "¥1,055,1 billion",
                "thousands separators that do not group by three",
                ["¥1,055.1 billion", "¥10,551 billion"],
            ),
        ],
    )  # fmt: skip
    def test_found(self, text: str, reason: str, readings: list[str]) -> None:
        """
        A malformed amount is a finding with its reason and the figures it
        was likely meant to be; no piece of it is a figure.
        """
        sentence = f"The budget of {text} was approved, up 1.2%."
        [bad] = find_malformed(sentence)

        assert bad.text == text
        assert sentence[bad.start : bad.end] == text
        assert bad.reason == reason
        assert [r.text for r in bad.readings] == readings
        assert _values(sentence) == ["1.2"]

    def test_readings_are_figures(self) -> None:
        """
        Each reading is the Figure parse_figure reads from the corrected
        text.
        """
        [bad] = find_malformed("예산 54억6112억 원")

        assert bad.readings[0].value == Money(D("54.6112e12"), "KRW")
        assert isinstance(bad, Malformed)

    @pytest.mark.parametrize(
        "text",
        ["version 1.38.9", "items 1,2,3", "192.168.1.1", "5,6 and so on"],
    )
    def test_not_amounts(self, text: str) -> None:
        """
        A number written wrongly but naming no amount (a version, a list)
        is neither a finding nor a figure.
        """
        assert find_malformed(text) == []
        assert find_figures(text) == []


class TestLinear:
    def test_one_megabyte(self) -> None:
        """
        Finding figures in 1 MB of each hard shape (a kanji run without a
        unit, dense figures, a run-on sentence of three languages, line
        breaks) grows with the text, not its square: ten times the text
        takes far less than a hundred times as long (timed against 100 KB
        in the same run, so that a slow machine weighs on both).
        """
        run = "億" + ("一" * 1000 + " ") * 100
        sentence = (
            "지난해 9602억원보다 8.2% 늘어난 1조 389억 원, 2017億円から1.2%増"
            "の2兆1500億円, up 1.2% to ¥201.7 billion and 12 billion 500 "
            "million yen, five-point-four percent, 10조3000~3500억원 "
        )

        def timed(size: int) -> tuple[float, list[int]]:
            shapes = [
                run * (size // len(run) + 1),
                "2017億円 a 1.2% increase from " * (size // 29 + 1),
                sentence * (size // len(sentence) + 1),
                "\n" * size,
            ]
            start = time.perf_counter()
            counts = [len(find_figures(shape[:size])) for shape in shapes]
            return time.perf_counter() - start, counts

        small, _ = timed(10**5)
        elapsed, counts = timed(10**6)

        assert counts[0] == 0
        assert counts[1] > 60000
        assert elapsed < 30 * max(small, 0.01)

    def test_runs_of_number_words(self) -> None:
        """
        A long run of number words or space groups costs time in
        proportion to its length.
        """
        for piece, tail in (("one ", ""), ("1 000 ", ""), ("1.", " billion")):
            times = []
            for n in (3_000, 30_000):
                start = time.perf_counter()
                find_figures(piece * n + tail)
                times.append(time.perf_counter() - start)

            # Ten times the text: about ten times the time, not a hundred
            # (timed in the same run, so the machine's speed cancels out).
            assert times[1] < 30 * max(times[0], 1e-3), (piece, times)


_ALPHABET = st.sampled_from(
    [*"0123456789０１２３ .,-~%$¥₩억億조兆만万천千一二十원円엔달러",
     "⟦", "⟧", "日", "일", "대", "台", " billion", " yen", "one", "-point-",
       "point", "hundred", "minus ", "NT$", "RMB ", "\n", "to ", "é", "\x00"]
)  # fmt: skip


@settings(max_examples=1000)
@given(st.lists(_ALPHABET, max_size=30).map("".join) | st.text(max_size=60))
def test_fuzz(text: str) -> None:
    """
    Any text: finding never raises, and figures and malformed findings lie
    inside the text, in order, without overlapping.
    """
    found = find_figures(text)
    bad = find_malformed(text)

    spans = sorted(
        [(f.start, f.end) for f in found] + [(m.start, m.end) for m in bad]
    )
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b <= c for (_, b), (c, _) in itertools.pairwise(spans))


_WORDS_AROUND = st.sampled_from(
    [
        "one", "five", "twenty", "ninety", "eleven", "double", "twice", " ",
        "  ", "-", ",", ".", "of", "or", "and", "to", "years", "year",
        "percent", "%", "billion", "hundred", "thousand", "point", "yen",
        "won", "dollars", "times", "fold", "troops", "people", "about ",
        "some ", "$", "¥", "US$", "minus ", "Japan", "A", "5", "27", "억",
        "원", "円", "万",
    ]
)  # fmt: skip


@settings(max_examples=2000)
@given(st.lists(_WORDS_AROUND, max_size=8).map(" ".join))
def test_lone_number_words_are_no_figures(text: str) -> None:
    """
    A number word the scan skips as standing alone is one the full reader
    reads as a bare count (or not at all): skipping it changes nothing.
    """
    from hns.finding import _bare_word
    from hns.numerals import normalize
    from hns.parse import figure_at, lone_number_word

    s = normalize(text)
    for at in range(len(s)):
        if not s[at].isalpha() or not lone_number_word(s, at):
            continue
        try:
            figure, _, end = figure_at(text, s, at)
        except HnsError:
            continue
        assert _bare_word(s, at, end, figure)
