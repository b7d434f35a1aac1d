from __future__ import annotations

import time
from decimal import Decimal

import pytest

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
        ("200 billion", "1e11"),
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
