from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hns import (
    Figure,
    Money,
    ParseError,
    jpy,
    krw,
    parse_figure,
    parse_money,
    usd,
)
from tests.common import INVALID_FIGURES

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¥201.7 billion", jpy("201.7e9")),
        ("193bn yen", jpy("193e9")),
        ("2017億円", jpy("201.7e9")),
        ("２０１７億円", jpy("201.7e9")),
        ("二千十七億円", jpy("201.7e9")),
        ("1조 389억 원", krw("1038900000000")),
        ("1조389억원", krw("1038900000000")),
        ("2조 1260억 원", krw("2126e9")),
        ("1兆389億円", jpy("1038900000000")),
        ("$8 billion", usd("8e9")),
        ("US$1.83 billion", usd("1.83e9")),
        ("8 billion dollars", usd("8e9")),
        ("5 US dollars", usd(5)),
        ("5 U.S. dollars", usd(5)),
        ("₩2,126,000,000,000", krw("2126e9")),
        ("￦2,126", krw(2126)),
        ("JP¥2017억", jpy("201.7e9")),
        ("2017억 엔", jpy("201.7e9")),
        ("2017억엔", jpy("201.7e9")),
        ("80억 달러", usd("8e9")),
        ("2兆1500億ウォン", krw("2.15e12")),
        ("80億ドル", usd("8e9")),
        ("KRW 1500", krw(1500)),
        ("-¥5", jpy(-5)),
        ("▲5億円", jpy("-5e8")),
        ("1億 2345만 6789원", krw(123456789)),
        ("2천억 원", krw("2000e8")),
        ("1兆2千億円", jpy("1.2e12")),
        ("5 CHF", Money(5, "CHF")),
        ("€5", Money(5, "EUR")),
    ],
)
def test_money(text: str, expected: Money) -> None:
    """
    Amounts as people write them read to their exact value and currency.
    """
    assert parse_money(text) == expected
    assert parse_money(text).currency == expected.currency


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("1.2%", "percent", "1.2"),
        ("1.2％", "percent", "1.2"),
        ("1.2 percent", "percent", "1.2"),
        ("1.2 per cent", "percent", "1.2"),
        ("1.2パーセント", "percent", "1.2"),
        ("1.2퍼센트", "percent", "1.2"),
        ("-0.5%", "percent", "-0.5"),
        ("3 points", "points", "3"),
        ("3 percentage points", "points", "3"),
        ("3%p", "points", "3"),
        ("3%포인트", "points", "3"),
        ("3ポイント", "points", "3"),
        ("four times", "multiple", "4"),
        ("4 times", "multiple", "4"),
        ("2.5 times", "multiple", "2.5"),
        ("fourfold", "multiple", "4"),
        ("4-fold", "multiple", "4"),
        ("double", "multiple", "2"),
        ("twice", "multiple", "2"),
        ("triple", "multiple", "3"),
        ("half", "multiple", "0.5"),
        ("4倍", "multiple", "4"),
        ("4배", "multiple", "4"),
        ("55,000", "count", "55000"),
    ],
)
def test_kinds(text: str, kind: str, value: str) -> None:
    """
    Percents, points, multiples and counts parse to figures of their kind.
    """
    figure = parse_figure(text)

    assert figure.kind == kind
    assert figure.value == D(value)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("about 2.5 trillion won", "about"),
        ("approximately 2,126 billion", "about"),
        ("roughly ¥200 billion", "about"),
        ("around $8 billion", "about"),
        ("some 55,000", "about"),
        ("~5%", "about"),
        ("約2017億円", "about"),
        ("およそ2000億円", "about"),
        ("2017億円程度", "about"),
        ("약 2조1500억원", "about"),
        ("2조 원 가량", "about"),
        ("2조 원 정도", "about"),
        ("nearly ¥200 billion", "nearly"),
        ("almost 5%", "nearly"),
        ("over 4 times", "over"),
        ("more than four times", "over"),
        ("200億円超", "over"),
        ("1조원 이상", "at_least"),
        ("2017億円以上", "at_least"),
        ("at least 5%", "at_least"),
        ("under 5%", "under"),
        ("less than $1 billion", "under"),
        ("5% 未満", "under"),
        ("5% 미만", "under"),
        ("at most 5%", "at_most"),
        ("1조원 이하", "at_most"),
        ("5%", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    """
    Hedges and one-sided words in three languages set the qualifier.
    """
    assert parse_figure(text).qualifier == qualifier


def test_default_currency() -> None:
    """
    A bare number is money only when a default currency is given.
    """
    assert parse_money("2,126 billion", default_currency="KRW") == krw(
        "2126e9"
    )
    with pytest.raises(ParseError, match="no currency"):
        parse_money("2,126 billion")


def test_written_currency_wins() -> None:
    """
    A currency in the text beats the default one.
    """
    assert parse_money("¥5", default_currency="KRW") == jpy(5)


@pytest.mark.parametrize("text", ["1.2%", "four times", "3 points"])
def test_not_money(text: str) -> None:
    """
    parse_money refuses figures that are not amounts.
    """
    with pytest.raises(ParseError, match="not an amount of money"):
        parse_money(text)


def test_conflicting_currencies() -> None:
    """
    A symbol and a word that disagree are an error, not a guess.
    """
    with pytest.raises(ParseError, match="KRW after JPY"):
        parse_money("¥5 won")


@pytest.mark.parametrize(("text", "position"), INVALID_FIGURES)
def test_invalid(text: str, position: int) -> None:
    """
    Texts that are not exactly one figure raise ParseError quoting the
    text and saying where reading stopped.
    """
    with pytest.raises(ParseError, match=re.escape(repr(text))) as info:
        parse_figure(text)

    assert info.value.position == position
    assert info.value.text == text


def test_mixed_scripts() -> None:
    """
    Mixed full-width and ASCII digits read right; letters that merely look
    like digits do not.
    """
    assert parse_money("２0１7億円") == jpy("201.7e9")
    with pytest.raises(ParseError):
        parse_money("2О17億円")  # a Cyrillic O


def test_out_of_range() -> None:
    """
    An amount beyond 10**30 is a ParseError from the parser.
    """
    with pytest.raises(ParseError, match="out of range"):
        parse_money("99999999999999999999 trillion yen")


@pytest.mark.parametrize(
    "text",
    [
        "7" * 10_000_000,
        "1" * 1_000_000 + "億円",
        "約" + "億" * 100_000,
        "¥" + "1," * 300_000,
        "2017億円 " * 100_000,
        "a" * 1_000_000,
        "1" + " " * 1_000_000 + "円",
    ],
)
def test_megabyte_inputs(text: str) -> None:
    """
    Megabytes of input (10 MB of digits too) parse or fail in well under a
    second.
    """
    start = time.perf_counter()

    with contextlib.suppress(ParseError):
        parse_figure(text)

    assert time.perf_counter() - start < 1.0


@given(st.text(max_size=40))
def test_fuzz(text: str) -> None:
    """
    Any text gives a Figure or a ParseError quoting it, never another
    exception.
    """
    error: ParseError | None = None
    try:
        figure = parse_figure(text)
    except ParseError as err:
        error = err

    if error is not None:
        assert error.text == text
        assert 0 <= error.position <= len(text)
    else:
        assert figure.text == text.strip()


@given(
    st.text(
        alphabet="0123456789,. 億兆万조억만원円¥$₩%約약billonyewt",
        max_size=20,
    )
)
def test_fuzz_figure_alphabet(text: str) -> None:
    """
    Texts made of figure characters give a Money, a Figure or a
    ParseError: nothing else escapes.
    """
    with contextlib.suppress(ParseError):
        parse_figure(text)


_PIECES = st.sampled_from(
    [
        " ", "  ", "about ", "约", "約", "약 ", "more than ", "some", "-",
        "+", "▲", "$", "US$", "¥", "₩", "JP¥", "€", "0", "1", "2", "5", "9",
        "17", "201", "2017", ",", ",000", ",126", ".", ".7", ".15", "k", "m",
        "bn", "B", "billion", "trillion", " billion", "万", "億", "兆", "조",
        "억", "만", "1조", "389억", " 1260억", "円", "원", "엔", " won",
        " yen", " dollars", "dollar", "ドル", "달러", "ウォン", "円貨",
        "程度", "가량", " 이상", "超", "未満", "KRW", "usd", "x", "%", "Won",
        "YEN", "\t", "0000", "99999999999999", "bnn", "ｙｅｎ", "．５", "ſome",
        "K", "千", "二", "가", "é",
    ]
)  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(_PIECES, max_size=7).map("".join))
def test_fast_path_agrees(text: str) -> None:
    """
    Wherever the fast path reads a text, the full reader reads the very
    same figure: the fast path changes speed, never answers.
    """
    from hns.numerals import normalize
    from hns.parse import _read_any, _read_common

    s = normalize(text)
    fast = _read_common(s, None)

    if fast is not None:
        slow = _read_any(text, s, None)
        number, currency, resolution, qualifier = fast
        if currency is not None and not number:
            number = abs(number)  # an amount of money has no -0
        assert repr(slow.number) == repr(number)
        assert slow.currency == currency
        assert slow.resolution == resolution
        assert slow.qualifier == qualifier
        assert slow.kind == ("count" if currency is None else "money")


# Myriad groups in digits with 千, 百, 十 (천, 백, 십) in them, well and
# badly formed: "8천695억", "2千17億", "3百億", "1조 2천억", "9천 602억",
# and "12천억", "1千千億", "1.5천억", "二千億", "2천 억", out-of-order units.
_RUNS = st.sampled_from(
    ["", "", "0", "1", "2", "5", "8", "9", "00", "01", "12", "17", "20",
     "389", "602", "695", "1500", "9999", "12345", "1,000", "1.5", "二"]
)  # fmt: skip
_MULTIPLIERS = st.sampled_from(["千", "천", "百", "백", "十", "십", "拾"])
_MYRIADS = st.sampled_from(["조", "억", "만", "兆", "億", "万", "萬", "경"])
_BETWEEN = st.sampled_from(["", "", "", " ", " ", "  ", "\t", "\n", " \t "])
_REST_GAP = st.sampled_from(["", "", " ", "  ", "   ", "\t"])
_LAST_GROUP = st.sampled_from(["", "", "", "6789", "5천", " 602"])
_BEFORE = st.sampled_from(["", "", " ", "\t"])
_HEDGE = st.sampled_from(
    ["", "", "", "약 ", "약", "約", "about ", "About ", "대략 ", "over ",
     "およそ"]
)  # fmt: skip
_SIGN = st.sampled_from(["", "", "", "", "-", "+", "▲", "－"])
_SYMBOL = st.sampled_from(
    ["", "", "", "", "¥", "₩", "￦", "$", "JP¥", "KRW ", "US$"]
)
_UNIT = st.sampled_from(
    ["", "", " ", "  ", "원", " 원", "円", "ウォン", "엔", " 엔", "yen",
     " won", "ドル", "달러", "円貨", "원화"]
)  # fmt: skip
_AFTER = st.sampled_from(
    ["", "", "", "程度", " 정도", "가량", " 이상", "超", "前後", "대", "台",
     " billion", "k", "x", " ", "\n"]
)  # fmt: skip


_MULTIPLIER_OF = {3: "千천", 2: "百백", 1: "十십拾"}
_MYRIAD_OF = {16: "京경", 12: "兆조", 8: "億억", 4: "万萬만"}


@st.composite
def _sub_group(draw: st.DrawFn) -> str:
    """
    One myriad group: digit runs with multipliers, then maybe the rest
    of the group, after a space or not ("9천 602"); well formed or not.
    """
    if draw(st.integers(0, 3)) == 3:  # anything
        terms = draw(st.lists(st.tuples(_RUNS, _MULTIPLIERS), max_size=3))
        group = "".join(run + multiplier for run, multiplier in terms)
        rest = draw(_RUNS)
        return group + draw(_REST_GAP) + rest if rest else group
    exponents = sorted(draw(st.sets(st.sampled_from([3, 2, 1]))))[::-1]
    group = "".join(
        draw(st.sampled_from(["", "1", "2", "3", "5", "8", "9"]))
        + draw(st.sampled_from(_MULTIPLIER_OF[exponent]))
        for exponent in exponents
    )
    below = 10 ** (exponents[-1] if exponents else 4)
    rest = draw(st.integers(0, below - 1).map(str) | st.just(""))
    if group and rest:
        group += draw(_REST_GAP)
    return group + rest if group or rest else "7"


@st.composite
def _sub_figure(draw: st.DrawFn) -> str:
    """
    A figure whose number is myriad groups with 천/千/百 in them (or one
    group and no myriad unit: "5천원"), with the words around it; a third
    of them with a piece too many or too few, or units out of order.
    """
    units = draw(st.lists(st.sampled_from([16, 12, 8, 4]), max_size=4))
    if draw(st.integers(0, 3)) < 3:
        units = sorted(set(units))[::-1]
    number = "".join(
        draw(_BETWEEN)
        + draw(_sub_group())
        + draw(st.sampled_from(_MYRIAD_OF[unit]))
        for unit in units
    )
    if number:
        number = number.lstrip(" \t\n") + draw(_LAST_GROUP)
    else:
        number = draw(_sub_group())
    before = draw(_BEFORE) + draw(_HEDGE) + draw(_SIGN) + draw(_SYMBOL)
    text = before + number + draw(_UNIT) + draw(_AFTER)
    if text and draw(st.integers(0, 2)) == 2:
        at = draw(st.integers(0, len(text) - 1))
        cut = draw(st.integers(0, 1))
        piece = draw(st.one_of(_PIECES, _RUNS, _MULTIPLIERS, _MYRIADS))
        text = text[:at] + piece + text[at + cut :]
    return text


def _outcome(read: Callable[[], object]) -> object:
    # A result or error, exactly: the Decimal of each number as written
    # (its exponent and the sign of zero too) and the error's position.
    try:
        result = read()
    except ParseError as err:
        return ("error", str(err), err.position)
    if isinstance(result, Money):
        return ("money", result, repr(result.amount))
    assert isinstance(result, Figure)
    return ("figure", result, repr(result.number), repr(result.resolution))


@given(
    st.one_of(
        _sub_figure(),
        _sub_figure(),
        st.lists(st.one_of(_PIECES, _RUNS, _MULTIPLIERS), max_size=8).map(
            "".join
        ),
    ),
    st.sampled_from([None, None, "KRW", "USD"]),
)
def test_fast_path_agrees_everywhere(
    text: str, default_currency: str | None
) -> None:
    """
    Every text reads to the very same figure and amount (or the very same
    error) with the fast path and without it: myriad groups with
    천/千/百 in them, spaced, hedged, in won and yen, or malformed.
    """
    from unittest import mock

    fast_figure = _outcome(lambda: parse_figure(text, default_currency))
    fast_money = _outcome(lambda: parse_money(text, default_currency))
    with mock.patch("hns.parse._read_common", return_value=None):
        full_figure = _outcome(lambda: parse_figure(text, default_currency))
        full_money = _outcome(lambda: parse_money(text, default_currency))

    assert fast_figure == full_figure
    assert fast_money == full_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8천695억 원", krw("869500000000")),
        ("2千17億円", jpy("201.7e9")),
        ("3百億円", jpy("30e9")),
        ("1조2천억원", krw("1.2e12")),
        ("약 1조 4천억 원", krw("1.4e12")),
        ("9천 602억원", krw("960200000000")),
        ("1兆2千億円", jpy("1.2e12")),
        ("1조 2천억 3백만원", krw("1200003000000")),
        ("5천원", krw(5000)),
    ],
)
def test_fast_path_reads_multipliers(text: str, expected: Money) -> None:
    """
    Myriad groups with 천/千/百 in them are read by the fast path (the
    full reader is several times slower), to their exact amount.
    """
    from hns.numerals import normalize
    from hns.parse import _read_common

    assert _read_common(normalize(text), None) is not None
    assert parse_money(text) == expected


def test_multipliers_agree() -> None:
    """
    The fast path knows the multipliers inside a myriad group that the
    full reader knows, with the same powers of ten.
    """
    from hns import numerals, parse

    assert parse._SUB_UNITS == numerals._SUB_UNITS


_RUNNING = st.sampled_from(
    [
        " ", "  ", "\t", "\n", ".", ",", ";", ":", "(", ")", "'", "’", "/",
        "-", "~", "–", "0", "1", "2", "7", "19", "2021", "27", "31", "th",
        "st", "년", "년도", "年", "年度", "日", "일", "월", "月", "명", "人",
        "in ", "on ", "the ", "and ", "about ", "약 ", "約", "some ", "US ",
        "Feb ", "billion", " billion", "bn", "k", "m", "t", " trillion",
        " hundred", " point", "percent", "%", "times", "倍", "배", "yen",
        " yen", "円", "won", "원", "억", "億", "万", "만", "조", "千", "천",
        "百", "십", "二", "〇", "$", "¥", "₩", "USD", " KRW", "dollars",
        "troops", "people", "Japan", "여", "余", "超", "이상", "以上",
        "を", "을", "가", "이", ".5", ",000", " 000", "é", "A", "Z",
    ]
)  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(_RUNNING, max_size=9).map("".join))
def test_quick_counts_agree(text: str) -> None:
    """
    In running text, wherever a bare count is read without the full
    reader, the full reader reads the same figure with the same span.
    """
    from unittest import mock

    from hns.numerals import normalize
    from hns.parse import figure_at

    def read(at: int) -> object:
        try:
            return figure_at(text, s, at)
        except ParseError as err:
            return str(err)

    s = normalize(text)
    for at in range(len(s)):
        if not s[at].isdigit() or (at and s[at - 1].isdigit()):
            continue
        quick = read(at)
        with mock.patch("hns.parse._quick_count", return_value=None):
            full = read(at)
        assert quick == full
        if isinstance(quick, tuple) and isinstance(full, tuple):
            assert repr(quick[0].value) == repr(full[0].value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9천 602억원", krw("960200000000")),
        ("1조 4천 억원", krw("1.4e12")),
        ("1 조원", krw("1e12")),
        ("1 000 000 yen", jpy(1000000)),
        ("12 billion 500 million yen", jpy("12.5e9")),
        ("minus 5 billion yen", jpy("-5e9")),
        ("마이너스 5억원", krw("-5e8")),
        ("マイナス5億円", jpy("-5e8")),
        ("NT$5 billion", Money("5e9", "TWD")),
        ("HK$3 million", Money("3e6", "HKD")),
        ("CN¥5 billion", Money("5e9", "CNY")),
        ("RMB 5 billion", Money("5e9", "CNY")),
        ("5 billion RMB", Money("5e9", "CNY")),
        ("50億元", Money("5e9", "CNY")),
        ("one-point-25 trillion won", krw("1.25e12")),
        ("9-hundred-24-million U.S. dollars", usd("924e6")),
        ("eight billion dollars", usd("8e9")),
    ],
)
def test_more_money(text: str, expected: Money) -> None:
    """
    Spaced myriad forms, space groups, compound and spelled numbers, sign
    words and other dollars and the yuan read to their exact value.
    """
    assert parse_money(text) == expected
    assert parse_money(text).currency == expected.currency


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("7조원대", "[7000000000000, 8000000000000]"),
        ("1조380억 원대", "[1038000000000, 1039000000000]"),
        ("7千億円台", "[700000000000, 800000000000]"),
        ("1%대", "[1, 2]"),
    ],
)
def test_range_suffix(text: str, interval: str) -> None:
    """
    대 and 台 after an amount read it truncated: from the value up to one
    more unit of its last digit.
    """
    figure = parse_figure(text)

    assert figure.rounding == "truncate"
    assert str(figure.interval) == interval


@pytest.mark.parametrize("text", ["40대", "1조원대비"])
def test_not_range_suffix(text: str) -> None:
    """
    대 after a bare count, or in 대비, is not part of a figure.
    """
    with pytest.raises(ParseError, match="unexpected '대'"):
        parse_figure(text)


class TestFigureAt:
    def test_reads_once_with_span(self) -> None:
        """
        figure_at reads the figure of running text at a numeral, with the
        words before and after it, and stops where it ends.
        """
        from hns.parse import figure_at

        text = "예산은 약 9천 602억원으로 늘었다"
        figure, start, end = figure_at(text, text, text.index("9"))

        assert text[start:end] == "약 9천 602억원"
        assert figure.value == krw("960200000000")
        assert figure.qualifier == "about"

    def test_floor(self) -> None:
        """
        Words before *floor* are not read as part of the figure.
        """
        from hns.parse import figure_at

        text = "about 5%"
        _, start, _ = figure_at(text, text, 6, floor=3)

        assert start == 6


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("3割", "30", "25", "35", "exact"),
        ("約3割", "30", "24", "36", "about"),
        ("10割", "100", "95", "105", "exact"),
        ("0.5割", "5.0", "4.5", "5.5", "exact"),
        ("3割超", "30", "30", "Infinity", "over"),
    ],
)
def test_wari_is_ten_percent(
    text: str, value: str, low: str, high: str, qualifier: str
) -> None:
    """
    割 is a tenth: 3割 is 30%, written to the nearest ten percent.
    """
    figure = parse_figure(text)
    assert figure.kind == "percent"
    assert figure.number == Decimal(value)
    assert (figure.interval.lo, figure.interval.hi) == (
        Decimal(low),
        Decimal(high),
    )
    assert figure.qualifier == qualifier
