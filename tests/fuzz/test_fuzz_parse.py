"""
Fuzzing the readers of figures: `parse_money`, `parse_figure`,
`Figure.parse`, `Money.parse`, `to_decimal` and `parse_number`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hns import Figure, Money, ParseError, parse_figure, parse_money
from hns.money import to_decimal
from hns.numerals import parse_number
from tests.fuzz.support import (
    CODES,
    FUZZ,
    amounts,
    any_codes,
    call,
    english_money,
    japanese_money,
    junk,
    korean_money,
    maybe,
    spelled_money,
    texts,
    total,
)

READERS: dict[str, list[Callable[..., object]]] = {
    # Money.parse and Figure.parse hand the text on to these two.
    "parse_money": [parse_money, Money.parse],
    "parse_figure": [parse_figure, Figure.parse],
}
_QUALIFIERS = {"exact", "about", "nearly", "over", "under"}
_QUALIFIERS |= {"at_least", "at_most"}
_KINDS = {"money", "percent", "points", "multiple", "count"}


def _check_result(reader: Callable[..., object], outcome: object) -> None:
    # What a reader returns: a Money, or a Figure whose interval exists
    # and, unless one-sided, holds the figure's own value.
    if reader in (parse_money, Money.parse):
        assert isinstance(outcome, Money)
        return
    assert isinstance(outcome, Figure)
    assert outcome.kind in _KINDS
    assert outcome.qualifier in _QUALIFIERS
    interval = total(lambda: outcome.interval)
    if outcome.qualifier in {"exact", "about", "nearly"}:
        assert interval.contains(outcome.number), (outcome, interval)


@pytest.mark.parametrize("family", list(READERS))
@FUZZ
@given(
    text=st.one_of(texts, texts, junk()),
    default=st.one_of(st.none(), maybe(any_codes)),
    data=st.data(),
)
def test_readers_raise_only_parse_errors(
    family: str, text: object, default: object, data: st.DataObject
) -> None:
    """
    `parse_money` and `Money.parse`, `parse_figure` and `Figure.parse`:
    any text, with any default currency, gives a Money or a Figure (whose
    interval holds its value) or an HnsError, within a second; a
    ParseError points inside the text it quotes. Anything that is not a
    str (None, bytes, numbers, lists ...) is an HnsError too, never an
    AttributeError or TypeError from inside.
    """
    reader = data.draw(st.sampled_from(READERS[family]), label="reader")

    outcome = call(reader, text, default)

    if isinstance(outcome, ParseError) and isinstance(text, str):
        assert 0 <= outcome.position <= len(text), outcome
    elif not isinstance(outcome, Exception):
        _check_result(reader, outcome)


@FUZZ
@given(
    convert=st.sampled_from([to_decimal, parse_number]),
    value=st.one_of(texts, junk()),
)
def test_number_readers_raise_only_hns_errors(
    convert: Callable[[object], Decimal], value: object
) -> None:
    """
    `to_decimal` and `parse_number` give a finite Decimal or an HnsError,
    whatever they are given.
    """
    outcome = call(convert, value)

    if not isinstance(outcome, Exception):
        assert isinstance(outcome, Decimal)
        assert outcome.is_finite()


@pytest.mark.parametrize(
    "written",
    [
        st.one_of(english_money(), spelled_money()),
        st.one_of(japanese_money(), korean_money()),
    ],
    ids=["en", "ja-ko-myriad"],
)
@FUZZ
@given(data=st.data())
def test_written_amounts_read_exactly(
    written: st.SearchStrategy[tuple[str, Money]], data: st.DataObject
) -> None:
    """
    An amount written as people write it reads back as exactly that
    amount: ``¥201.7 billion``, ``193bn yen``, ``8 billion dollars``,
    ``nine hundred twenty-four million dollars``, ``2017億円``,
    ``1兆551億円``, ``二千十七億円``, ``1조 389억 원``, ``1조389억원``,
    ``8천695억 원``, hedged, signed or in full-width digits.
    """
    text, money = data.draw(written, label="written")

    assert call(parse_money, text) == money
    figure = call(parse_figure, text)
    assert isinstance(figure, Figure)
    assert figure.kind == "money"
    assert figure.value == money


# Round trips the documentation promises, for the first-class currencies
# (JPY, KRW, USD: the ones whose names hns reads in every language):
# `format_money` writes "every digit" in the "scale" and "words" styles
# unless *digits* is given (en, ja and ko locales), and "every digit in
# myriad units" in the "myriad" style (ja and ko); "standard" rounds to
# the currency's minor units, so it is lossless for amounts already
# rounded to them. "compact" rounds to the unit, and is not lossless.
# (tests/test_format.py pins the same promises on narrower amounts.)
_LOSSLESS = [
    ("en_US", "scale"),
    ("en_US", "words"),
    ("ja_JP", "scale"),
    ("ja_JP", "words"),
    ("ja_JP", "myriad"),
    ("ko_KR", "scale"),
    ("ko_KR", "words"),
    ("ko_KR", "myriad"),
]


@FUZZ
@given(
    amount=amounts,
    code=st.sampled_from(CODES),
    form=st.sampled_from(_LOSSLESS),
)
def test_lossless_styles_round_trip(
    amount: Decimal, code: str, form: tuple[str, str]
) -> None:
    """
    parse_money(m.format(locale, style)) == m for every amount of up to
    21 significant digits and 8 decimals, in the styles and locales that
    keep every digit (scale and words in en, ja and ko; myriad in ja and
    ko).
    """
    locale, style = form
    money = Money(amount, code)

    text = call(money.format, locale, style)
    assert isinstance(text, str), text
    assert call(parse_money, text) == money, text


@FUZZ
@given(
    amount=amounts,
    code=st.sampled_from(CODES),
    locale=st.sampled_from(["en_US", "ja_JP", "ko_KR"]),
)
def test_standard_style_round_trips_at_minor_units(
    amount: Decimal, code: str, locale: str
) -> None:
    """
    parse_money(m.format(locale, "standard")) == m for an amount rounded
    to its currency's minor units, in en, ja and ko.
    """
    money = call(Money(amount, code).round)
    assert isinstance(money, Money), money

    text = call(money.format, locale, "standard")
    assert isinstance(text, str), text
    assert call(parse_money, text) == money, text
