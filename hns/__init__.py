"""
hns: make the numbers in texts about host-nation support recomputable and
checkable.

Everyday names live here; `hns.fx`, `hns.units` and `hns.agreements` are
public namespaces of their own. Babel, pint and CurrencyConverter are
imported only when first needed, so ``import hns`` stays fast.
"""

from hns.currency import Currency
from hns.errors import (
    CurrencyMismatchError,
    FiscalYearError,
    FormatError,
    HnsError,
    InvalidAmountError,
    ParseError,
    RateUnavailableError,
    UnknownCurrencyError,
)
from hns.figures import Figure, Interval
from hns.format import format_money
from hns.money import Money, jpy, krw, usd
from hns.parse import parse_figure, parse_money

__all__ = [
    "Currency",
    "CurrencyMismatchError",
    "Figure",
    "FiscalYearError",
    "FormatError",
    "HnsError",
    "Interval",
    "InvalidAmountError",
    "Money",
    "ParseError",
    "RateUnavailableError",
    "UnknownCurrencyError",
    "format_money",
    "jpy",
    "krw",
    "parse_figure",
    "parse_money",
    "usd",
]
