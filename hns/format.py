"""
Money as text, per locale and style; babel supplies the locale data.

Rounding is always explicit (half-up unless told otherwise) and happens
before a scale is chosen, so 999.95 billion written with one decimal is
``1 trillion``, never ``1000 billion``.
"""

from __future__ import annotations

import decimal
import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from hns._arguments import as_whole
from hns._decimal import EXACT, MAX_EXPONENT, ROUNDING, rounded, within_range
from hns._loading import LOADING
from hns._types import RoundingMode, Style
from hns.currency import Currency
from hns.errors import ArgumentError, FormatError, shown

if TYPE_CHECKING:
    from babel import Locale

    from hns.money import Money

__all__ = ["Style", "format_money"]

_STYLES = frozenset({"standard", "compact", "scale", "words", "myriad"})

_MYRIAD_UNITS: dict[str, tuple[str, ...]] = {
    # 10**16, 10**12, 10**8, 10**4
    "ja": ("京", "兆", "億", "万"),
    "ko": ("경", "조", "억", "만"),
}


@functools.cache
def _locale(name: str) -> Locale:
    with LOADING:
        from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError, TypeError) as err:
        msg = f"unknown locale {name!r}"
        raise FormatError(msg) from err


def _compact_divisor(number: Decimal, formats: Any) -> Decimal:
    """
    What babel divides *number* by to write it compactly (CLDR's rule).
    """
    with LOADING:
        from babel.numbers import parse_pattern

    for magnitude in sorted((int(m) for m in formats["other"]), reverse=True):
        if number.copy_abs() >= magnitude:
            pattern = parse_pattern(formats["other"][str(magnitude)]).pattern
            if pattern == "0":
                return Decimal(1)
            return Decimal(magnitude // 10 ** (pattern.count("0") - 1))
    return Decimal(1)


def _round_compact(
    amount: Decimal, formats: Any, digits: int | None, mode: RoundingMode
) -> tuple[Decimal, int]:
    """
    *amount* rounded to *digits* decimals of the unit it will be written
    in, re-scaled when rounding carries it into the next unit; and the
    number of decimals to write (all, when *digits* is None).
    """
    divisor = _compact_divisor(amount, formats)
    scaled = EXACT.divide(amount, divisor)  # a power of ten: exact
    if digits is None:
        exponent = int(scaled.normalize().as_tuple().exponent)
        return amount, max(0, -exponent)
    # Carried into the next unit (999.95 billion → 1000.0 billion), the
    # value is a round number there, and babel picks that unit.
    result = scaled.quantize(Decimal(1).scaleb(-digits), ROUNDING[mode], EXACT)
    return EXACT.multiply(result, divisor), digits


def _myriad(amount: Decimal, language: str, unit_name: str) -> str:
    units = _MYRIAD_UNITS[language]
    sign = "-" if amount < 0 else ""
    magnitude = amount.copy_abs()
    whole = int(magnitude)
    fraction = magnitude - whole
    groups: list[str] = []
    for power, unit in zip((16, 12, 8, 4), units, strict=True):
        coefficient, whole = divmod(whole, 10**power)
        if coefficient:
            groups.append(f"{coefficient}{unit}")
    if whole or fraction or not groups:
        ones = Decimal(whole) + fraction
        groups.append(format(ones, "f"))
    separator = " " if language == "ko" else ""
    return sign + separator.join(groups) + separator + unit_name


def format_money(
    money: Money,
    locale: str = "en_US",
    style: Style = "standard",
    *,
    digits: int | None = None,
    mode: RoundingMode = "half_up",
) -> str:
    """
    Write *money* (`Money`, or any object with a Decimal ``amount`` and a
    `Currency` ``currency``) for *locale* in *style*.

    Styles:

    - ``standard``: babel's currency format, rounded to the currency's
      minor units: ``¥201,700,000,000``.
    - ``compact``: babel's short compact format, *digits* decimals
      (default 0): ``¥202B``, ``￥2017億``.
    - ``scale``: symbol and scale word, every digit unless *digits* is
      given: ``¥201.7 billion``.
    - ``words``: number, scale word and currency name: ``201.7 billion
      yen``, ``2017億円``, ``2.15조 원``.
    - ``myriad`` (``ja`` and ``ko`` locales): every digit in myriad units,
      ``2兆1260億円``, ``1조 389억 원``; *digits* rounds to that many
      decimals (``-8`` keeps whole 億).

    >>> from hns import jpy, krw
    >>> format_money(jpy("201.7bn"), "en_US", "compact")
    '¥202B'
    >>> format_money(jpy("201.7bn"), "en_US", "scale")
    '¥201.7 billion'
    >>> format_money(jpy("201.7bn"), "en_US", "words")
    '201.7 billion yen'
    >>> format_money(krw("2조 1260억"), "ko_KR", "myriad")
    '2조 1260억 원'
    >>> format_money(jpy("2.126e12"), "ja_JP", "myriad")
    '2兆1260億円'
    >>> format_money(jpy("999.95bn"), "en_US", "words", digits=1)
    '1 trillion yen'
    >>> format_money(jpy("999.95bn"), "en_US", "compact", digits=1)
    '¥1T'

    Raises:
        FormatError: an unknown locale, style or rounding mode, *digits*
            out of range, or ``myriad`` for a language without myriad
            units.
        ArgumentError: *money* that is no amount of money; a *locale*,
            *style* or *mode* that is not a str, *digits* that is not a
            whole number.
    """
    # Any amount of money will do: format reads the two fields and needs
    # nothing else of hns.money (which stands below it and calls it).
    amount = getattr(money, "amount", None)
    currency = getattr(money, "currency", None)
    if not (
        isinstance(amount, Decimal)
        and within_range(amount)
        and isinstance(currency, Currency)
    ):
        raise ArgumentError(
            argument="money", expected="an amount of Money", given=money
        )
    name: object = locale  # callers may pass anything
    if not isinstance(name, str):
        raise ArgumentError(
            argument="locale",
            expected="a locale name such as 'en_US' (str)",
            given=locale,
        )
    for argument, word in (("style", style), ("mode", mode)):
        given: object = word
        if not isinstance(given, str):
            raise ArgumentError(
                argument=argument, expected="a str", given=word
            )
    if style not in _STYLES:
        msg = f"unknown style {style!r}; use one of {sorted(_STYLES)}"
        raise FormatError(msg)
    if mode not in ROUNDING:
        msg = f"unknown rounding mode {mode!r}"
        raise FormatError(msg)
    if digits is not None:
        digits = as_whole(
            digits,
            "digits",
            f"a whole number from {-MAX_EXPONENT} to {MAX_EXPONENT}",
        )
        if not -MAX_EXPONENT <= digits <= MAX_EXPONENT:
            msg = (
                f"digits must be a whole number from {-MAX_EXPONENT} to"
                f" {MAX_EXPONENT}, not {shown(digits)}"
            )
            raise FormatError(msg)
    return format_amount(
        amount, currency, locale, style, digits=digits, mode=mode
    )


def format_amount(
    amount: Decimal,
    currency: Currency,
    locale: str = "en_US",
    style: Style = "standard",
    *,
    digits: int | None = None,
    mode: RoundingMode = "half_up",
) -> str:
    """
    `format_money` of an *amount* and its *currency*, for arguments known
    to be valid (a finite Decimal within 10**±30, a known style and mode);
    the locale is still checked.

    >>> format_amount(Decimal("201.7e9"), Currency.JPY, "ja_JP", "myriad")
    '2017億円'
    """
    # babel rounds in the thread's decimal context: give it room for every
    # amount hns admits (up to 10**30, down to 10**-30).
    with decimal.localcontext() as context:
        context.prec = 4 * MAX_EXPONENT
        context.Emax, context.Emin = 999, -999
        return _format(amount, currency, locale, style, digits, mode)


def _format(
    amount: Decimal,
    currency: Currency,
    locale: str,
    style: Style,
    digits: int | None,
    mode: RoundingMode,
) -> str:
    loc = _locale(locale)
    language = loc.language
    code = currency.code
    if style == "myriad":
        if language not in _MYRIAD_UNITS:
            msg = f"the myriad style is for ja and ko locales, not {locale!r}"
            raise FormatError(msg)
        if digits is not None:
            amount = rounded(amount, digits, "half_up")
        return _myriad(amount, language, currency.name(language))
    if style == "standard":
        with LOADING:
            from babel.numbers import format_currency

        result = rounded(amount, currency.minor_units, mode)
        # A negative amount that rounds to zero is zero: never "-¥0".
        return format_currency(
            result if result else result.copy_abs(), code, locale=loc
        )
    if style == "compact":
        with LOADING:
            from babel.numbers import format_compact_currency

        formats = loc.compact_currency_formats["short"]
        value, decimals = _round_compact(
            amount, formats, 0 if digits is None else digits, mode
        )
        return format_compact_currency(
            value, code, locale=loc, fraction_digits=decimals
        )
    with LOADING:
        from babel.numbers import format_compact_decimal, get_currency_symbol

    # Languages without long forms (ja, ko) write their scale words short.
    form: Literal["short", "long"] = (
        "long" if "long" in loc.compact_decimal_formats else "short"
    )
    formats = loc.compact_decimal_formats[form]
    value, decimals = _round_compact(amount, formats, digits, mode)
    number = format_compact_decimal(
        value.copy_abs(),
        format_type=form,
        locale=loc,
        fraction_digits=decimals,
    )
    sign = "-" if value < 0 else ""
    if style == "scale":
        return f"{sign}{get_currency_symbol(code, loc)}{number}"
    name = currency.name(language, plural=value.copy_abs() != 1)
    separator = "" if language == "ja" else " "
    return f"{sign}{number}{separator}{name}"
