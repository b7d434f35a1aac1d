"""
hns: make the numbers in texts about host-nation support recomputable and
checkable.

Everyday names live here; `hns.fx`, `hns.units`, `hns.agreements` and
`hns.data` are public namespaces of their own. Babel, pint and
CurrencyConverter are imported only when first needed, and no data file is
read before it is asked for, so ``import hns`` stays fast.
"""

from hns import agreements, data
from hns.agreements import Agreement
from hns.checks import (
    check_average,
    check_change,
    check_conversion,
    check_level,
    check_per_capita,
    check_ratio,
    check_share,
    check_total,
)
from hns.currency import Currency
from hns.errors import (
    ArgumentError,
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
from hns.fiscal import (
    JAPAN,
    KOREA,
    UK,
    US_FEDERAL,
    FiscalCalendar,
    FiscalYear,
    era_to_year,
    era_year,
    fiscal_year,
)
from hns.format import format_money
from hns.money import Money, jpy, krw, usd
from hns.parse import parse_figure, parse_money
from hns.series import Series
from hns.verdicts import Diagnosis, Verdict
from hns.when import Period, resolve_period

__all__ = [
    "JAPAN",
    "KOREA",
    "UK",
    "US_FEDERAL",
    "Agreement",
    "ArgumentError",
    "Currency",
    "CurrencyMismatchError",
    "Diagnosis",
    "Figure",
    "FiscalCalendar",
    "FiscalYear",
    "FiscalYearError",
    "FormatError",
    "HnsError",
    "Interval",
    "InvalidAmountError",
    "Money",
    "ParseError",
    "Period",
    "RateUnavailableError",
    "Series",
    "UnknownCurrencyError",
    "Verdict",
    "agreements",
    "check_average",
    "check_change",
    "check_conversion",
    "check_level",
    "check_per_capita",
    "check_ratio",
    "check_share",
    "check_total",
    "data",
    "era_to_year",
    "era_year",
    "fiscal_year",
    "format_money",
    "jpy",
    "krw",
    "parse_figure",
    "parse_money",
    "resolve_period",
    "usd",
]
