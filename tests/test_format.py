from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import FormatError, Money, format_money, jpy, krw, parse_money, usd
from tests.common import amounts, cents


@pytest.mark.parametrize(
    ("money", "locale", "style", "expected"),
    [
        (jpy("201.7e9"), "en_US", "standard", "¥201,700,000,000"),
        (jpy("201.7e9"), "ja_JP", "standard", "￥201,700,000,000"),
        (usd("1.5"), "en_US", "standard", "$1.50"),
        (usd("1.5"), "ko_KR", "standard", "US$1.50"),
        (jpy("201.7e9"), "en_US", "compact", "¥202B"),
        (jpy("201.7e9"), "ja_JP", "compact", "￥2017億"),
        (jpy("201.7e9"), "en_US", "scale", "¥201.7 billion"),
        (krw("2.15e12"), "en_US", "scale", "₩2.15 trillion"),
        (jpy("201.7e9"), "en_US", "words", "201.7 billion yen"),
        (krw("2.5e12"), "en_US", "words", "2.5 trillion won"),
        (usd("8e9"), "en_US", "words", "8 billion dollars"),
        (usd(1), "en_US", "words", "1 dollar"),
        (jpy("201.7e9"), "ja_JP", "words", "2017億円"),
        (krw("2.15e12"), "ko_KR", "words", "2.15조 원"),
        (jpy("201.7e9"), "ja_JP", "myriad", "2017億円"),
        (jpy("2.126e12"), "ja_JP", "myriad", "2兆1260億円"),
        (krw("2.126e12"), "ko_KR", "myriad", "2조 1260억 원"),
        (krw("1038900000000"), "ko_KR", "myriad", "1조 389억 원"),
        (usd("8e9"), "ko_KR", "myriad", "80억 달러"),
        (jpy(-5), "ja_JP", "myriad", "-5円"),
        (jpy(0), "ja_JP", "myriad", "0円"),
        (usd("0.5"), "ja_JP", "myriad", "0.5ドル"),
    ],
)
def test_styles(money: Money, locale: str, style: str, expected: str) -> None:
    """
    Each style writes amounts the way the locale's readers expect.
    """
    assert format_money(money, locale, style) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("money", "style", "digits", "expected"),
    [
        (jpy("999.95e9"), "words", 1, "1 trillion yen"),
        (jpy("999.95e9"), "compact", 1, "¥1T"),
        (jpy("999.95e9"), "scale", 1, "¥1 trillion"),
        (jpy("999.949e9"), "words", 1, "999.9 billion yen"),
        (jpy("201.75e9"), "words", 1, "201.8 billion yen"),
        (jpy("999.5e3"), "compact", 0, "¥1M"),
    ],
)
def test_rounding_rolls_over(
    money: Money, style: str, digits: int, expected: str
) -> None:
    """
    Rounding is half-up and carries into the next scale word.
    """
    result = format_money(money, "en_US", style, digits=digits)  # type: ignore[arg-type]

    assert result == expected


def test_rolls_over_in_myriad_units() -> None:
    """
    9999.95億 with one decimal is 1兆, never 10000億.
    """
    assert jpy("9999.95e8").format("ja_JP", "words", digits=1) == "1兆円"


def test_rounding_mode() -> None:
    """
    The rounding mode is the caller's to choose.
    """
    money = jpy("201.75e9")

    assert money.format("en_US", "words", digits=1, mode="half_even") == (
        "201.8 billion yen"
    )
    assert money.format("en_US", "words", digits=1, mode="down") == (
        "201.7 billion yen"
    )


def test_myriad_digits() -> None:
    """
    digits=-8 keeps whole 億 in the myriad style.
    """
    assert jpy("201.74e9").format("ja_JP", "myriad", digits=-8) == "2017億円"


@pytest.mark.parametrize(
    ("locale", "style", "message"),
    [
        ("xx_XX", "standard", "unknown locale 'xx_XX'"),
        ("en_US", "myriad", "myriad style is for ja and ko"),
        ("en_US", "fancy", "unknown style 'fancy'"),
    ],
)
def test_errors(locale: str, style: str, message: str) -> None:
    """
    Unknown locales and styles are FormatErrors, not babel's errors.
    """
    with pytest.raises(FormatError, match=message):
        jpy(1).format(locale, style)  # type: ignore[arg-type]


LOCALES = ["en_US", "ja_JP", "ko_KR"]
CURRENCIES = ["JPY", "KRW", "USD"]


@given(
    amount=amounts,
    code=st.sampled_from(CURRENCIES),
    locale=st.sampled_from(LOCALES),
    style=st.sampled_from(["scale", "words"]),
)
def test_lossless_styles_round_trip(
    amount: Decimal, code: str, locale: str, style: str
) -> None:
    """
    parse_money(m.format(locale, style)) == m for the lossless styles.
    """
    money = Money(amount, code)

    assert parse_money(money.format(locale, style)) == money  # type: ignore[arg-type]


@given(
    amount=cents,
    code=st.sampled_from(CURRENCIES),
    locale=st.sampled_from(["ja_JP", "ko_KR"]),
)
def test_myriad_round_trips(amount: Decimal, code: str, locale: str) -> None:
    """
    The myriad style keeps every digit, cents included.
    """
    money = Money(amount, code)

    assert parse_money(money.format(locale, "myriad")) == money


@given(
    amount=cents,
    code=st.sampled_from(CURRENCIES),
    locale=st.sampled_from(LOCALES),
)
def test_standard_round_trips(amount: Decimal, code: str, locale: str) -> None:
    """
    The standard style is lossless for amounts at the minor units.
    """
    money = Money(amount, code).round()

    assert parse_money(money.format(locale, "standard")) == money
