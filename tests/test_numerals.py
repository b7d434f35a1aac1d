from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hns.errors import ParseError
from hns.numerals import MAX_DIGITS, normalize, parse_number, read_numeral


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2017", "2017"),
        ("2,126", "2126"),
        ("201.7", "201.7"),
        ("２０１７", "2017"),
        ("201.7bn", "201.7e9"),
        ("201.7 billion", "201.7e9"),
        ("193B", "193e9"),
        ("8 trillion", "8e12"),
        ("5k", "5e3"),
        ("1.5 mn", "1.5e6"),
        ("2017億", "2017e8"),
        ("1조 389억", "1.0389e12"),
        ("1조389억", "1.0389e12"),
        ("2兆1260億", "2.126e12"),
        ("1兆551億", "1.0551e12"),
        ("二千十七億", "2017e8"),
        ("二〇二一", "2021"),
        ("十億", "1e9"),
        ("2천억", "2000e8"),
        ("1兆2千億", "1.2e12"),
        ("2천5백만", "2500e4"),
        ("1억 2345만 6789", "123456789"),
        ("123万4567.89", "1234567.89"),
        ("1.5조", "1.5e12"),
        ("-5", "-5"),
        ("+1.2", "1.2"),
        ("four", "4"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    """
    Numerals in every supported script read to their exact value.
    """
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "resolution"),
    [
        ("201.7 billion", "1e8"),
        ("200 billion", "1e9"),
        ("200,000", "1e5"),
        ("55,000", "1e3"),
        ("2017億", "1e8"),
        ("1조 389억", "1e8"),
        ("2조 1260억", "1e9"),
        ("1.20", "0.01"),
        ("0", "1"),
        ("0.0", "0.1"),
        ("2.15 trillion", "1e10"),
    ],
)
def test_resolution(text: str, resolution: str) -> None:
    """
    Resolution is the place of the last written digit, or of the last
    non-zero digit of a whole number.
    """
    s = normalize(text)
    numeral = read_numeral(text, s, 0)

    assert numeral is not None
    assert numeral.resolution == Decimal(resolution)


def test_normalize_keeps_positions() -> None:
    """
    Normalizing never changes the length, so error positions stay true.
    """
    text = "約２，０１７億円（約２兆１５００億ウォン）"

    assert len(normalize(text)) == len(text)
    assert normalize("１．２％") == "1.2%"


def test_too_many_digits() -> None:
    """
    More than MAX_DIGITS digits is refused at the first one too many.
    """
    text = "9" * (MAX_DIGITS + 5)

    with pytest.raises(ParseError, match="more than 40 digits") as info:
        parse_number(text)

    assert info.value.position == MAX_DIGITS


@pytest.mark.parametrize(
    "text",
    [
        "7" * 1_000_000,
        "億" * 100_000,
        "1" + "億" * 100_000,
        "1," * 500_000,
        "1조 " * 200_000,
    ],
)
def test_huge_inputs_fail_fast(text: str) -> None:
    """
    A megabyte of digits or units fails with ParseError in well under a
    second: reading is linear and stops early.
    """
    start = time.perf_counter()

    with pytest.raises(ParseError):
        parse_number(text)

    assert time.perf_counter() - start < 1.0


def test_read_numeral_nothing() -> None:
    """
    read_numeral answers None where no numeral starts.
    """
    assert read_numeral("yen", "yen", 0) is None


@pytest.mark.parametrize(
    ("text", "value", "resolution"),
    [
        ("9천 602억", "960200000000", "1e8"),
        ("1조 4천 억", "1400000000000", "1e11"),
        ("2천 억", "200000000000", "1e11"),
        ("2 천억", "200000000000", "1e11"),
        ("1 조", "1e12", "1e12"),
        ("57조 1천268억", "57126800000000", "1e8"),
        ("44억6,420만", "4464200000", "1e5"),
        ("1 000 000", "1000000", "1e6"),
        ("12 billion 500 million", "12500000000", "1e8"),
        ("five-point-four", "5.4", "0.1"),
        ("one-point-25 trillion", "1.25e12", "1e10"),
        ("9-hundred-24-million", "924000000", "1e6"),
        ("28-thousand", "28000", "1e3"),
        ("twenty-eight thousand", "28000", "1e3"),
        ("twelve billion five hundred million", "12.5e9", "1e8"),
        ("two-point-five-six", "2.56", "0.01"),
        ("fifty", "50", "10"),
    ],
)
def test_spaced_compound_and_spelled(
    text: str, value: str, resolution: str
) -> None:
    """
    Spaced myriad forms, space thousands groups, compound English scales
    and spelled numbers read to their value, with the resolution of their
    last written digit or word.
    """
    numeral = read_numeral(text, text, 0)

    assert numeral is not None
    assert (numeral.value, numeral.end) == (Decimal(value), len(text))
    assert numeral.resolution == Decimal(resolution)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2017億 2018億", "2017億"),
        ("1조 10389억", "1조"),
        ("2017億 5%", "2017億"),
        ("4만 5779명", "4만 5779"),
        ("one million two million", "one million"),
        ("5 천안함", "5"),
        ("3 조사단", "3"),
        ("10 000 00", "10"),
    ],
)
def test_running_text_stops(text: str, read: str) -> None:
    """
    In running text (strict=False) a number ends before a space that is
    not followed by more of it.
    """
    numeral = read_numeral(text, text, 0, strict=False)

    assert numeral is not None
    assert text[: numeral.end] == read


def test_strict_still_refuses() -> None:
    """
    Read strictly, two myriad numbers in a row are an error, not a
    shorter number.
    """
    with pytest.raises(ParseError, match="out of order"):
        read_numeral("2017億 2018億", "2017億 2018億", 0)


def test_plain_path_agrees() -> None:
    """
    The regular-expression path for plain numerals reads exactly what the
    long way reads, on many random strings.
    """
    import random
    import re

    import hns.numerals as numerals

    rng = random.Random(7)
    alphabet = "0123456789.,억億만万조 %円원a-\n천"
    plain = numerals._PLAIN()
    checked = 0
    for _ in range(20000):
        text = rng.choice("123456789") + "".join(
            rng.choice(alphabet) for _ in range(rng.randint(0, 8))
        )
        match = plain.match(text)
        if match is None:
            continue
        fast = numerals._plain_numeral(match)
        try:
            numerals._PLAIN = lambda: re.compile("(?!)")
            slow = read_numeral(text, text, 0, strict=False)
        finally:
            numerals._PLAIN = lambda: plain
        checked += 1

        assert slow is not None
        assert repr(tuple(slow)) == repr(tuple(fast)), text
    assert checked > 1000


_SCALED_PIECES = st.sampled_from(
    [
        "0", "1", "2", "5", "17", "201", "2017", "000", ",", ",126", ".",
        ".7", ".25", " ", "  ", "   ", "\t", "billion", "bn", "b", "B",
        "trillion", "tn", "t", "million", "m", "mn", "k", "thousand",
        "hundred", "point", " yen", "won", "원", "억", "億", "천", "千", "-",
        "x", "th", "years", "500", " 500 million",
    ]
)  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(_SCALED_PIECES, max_size=8).map("".join))
def test_scaled_numbers_read_as_the_general_reader_does(text: str) -> None:
    """
    A number with an English scale word read the quick way is what the
    general reader reads: the same value, resolution and end.
    """
    from unittest import mock

    def read(at: int) -> object:
        try:
            return read_numeral(text, s, at, strict=False)
        except ParseError as err:
            return str(err)

    s = normalize(text)
    for at in range(len(s)):
        if not s[at].isdigit() or (at and s[at - 1].isdigit()):
            continue
        quick = read(at)
        with mock.patch("hns.numerals._scaled_numeral", return_value=None):
            full = read(at)
        assert quick == full
        if quick is not None and not isinstance(quick, str):
            assert repr(quick) == repr(full)
