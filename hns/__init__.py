"""
hns: make the numbers in texts about host-nation support recomputable and
checkable.

Everyday names live here; `hns.audit`, `hns.fx`, `hns.units`,
`hns.agreements`, `hns.data` and the other modules are public namespaces
of their own, reachable after a bare ``import hns``. Only the everyday
core (money, parsing, figures, currencies, errors) loads at import; every
other name and namespace loads on first access (PEP 562), Babel, pint and
CurrencyConverter only when first needed, and no data file is read before
it is asked for, so ``import hns`` stays fast.

>>> import hns
>>> hns.parse_money("2017億円")
Money('201700000000', 'JPY')
>>> hns.check_change("193 billion yen", "201.7 billion yen", "1.2%").status
'inconsistent'
>>> hns.fx.FixedRates({("USD", "JPY"): 105}).rate("USD", "JPY", None)
Decimal('105')

``hns.__version__`` is the installed distribution's version (the
distribution is named ``hns-figures``; the import name is ``hns``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from hns import _loading, _meta
from hns.currency import Currency
from hns.errors import (
    AgreementDataError,
    ArgumentError,
    CurrencyMismatchError,
    FiscalYearError,
    FormatError,
    HnsError,
    InvalidAmountError,
    MissingDependencyError,
    ParseError,
    RateFileError,
    RateUnavailableError,
    SeriesDataError,
    UnknownAgreementError,
    UnknownCurrencyError,
    UnknownTotalError,
    WordingError,
)
from hns.figures import Figure, Interval
from hns.money import Money, jpy, krw, usd
from hns.parse import parse_figure, parse_money

if TYPE_CHECKING:  # loaded on first access below; seen by type checkers
    __version__: str
    from hns import agreements, audit, data, fx, schemas, units
    from hns import checks as checks
    from hns import diagnose as diagnose
    from hns import fiscal as fiscal
    from hns import format as format
    from hns import series as series
    from hns import verdicts as verdicts
    from hns import when as when
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
    from hns.series import Series
    from hns.verdicts import Diagnosis, Verdict
    from hns.when import Period, resolve_period

__all__ = [
    "JAPAN",
    "KOREA",
    "UK",
    "US_FEDERAL",
    "Agreement",
    "AgreementDataError",
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
    "MissingDependencyError",
    "Money",
    "ParseError",
    "Period",
    "RateFileError",
    "RateUnavailableError",
    "Series",
    "SeriesDataError",
    "UnknownAgreementError",
    "UnknownCurrencyError",
    "UnknownTotalError",
    "Verdict",
    "WordingError",
    "agreements",
    "audit",
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
    "fx",
    "jpy",
    "krw",
    "parse_figure",
    "parse_money",
    "resolve_period",
    "schemas",
    "units",
    "usd",
]

# Where each lazily loaded name lives: a module of its own (None) or an
# attribute of one.
_LAZY: dict[str, tuple[str, str | None]] = {
    **{
        name: (f"hns.{name}", None)
        for name in (
            "agreements",
            "audit",
            "checks",
            "data",
            "diagnose",
            "fiscal",
            "format",
            "fx",
            "schemas",
            "series",
            "units",
            "verdicts",
            "when",
        )
    },
    "Agreement": ("hns.agreements", "Agreement"),
    **{
        name: ("hns.checks", name)
        for name in (
            "check_average",
            "check_change",
            "check_conversion",
            "check_level",
            "check_per_capita",
            "check_ratio",
            "check_share",
            "check_total",
        )
    },
    **{
        name: ("hns.fiscal", name)
        for name in (
            "JAPAN",
            "KOREA",
            "UK",
            "US_FEDERAL",
            "FiscalCalendar",
            "FiscalYear",
            "era_to_year",
            "era_year",
            "fiscal_year",
        )
    },
    "format_money": ("hns.format", "format_money"),
    "Series": ("hns.series", "Series"),
    "Diagnosis": ("hns.verdicts", "Diagnosis"),
    "Verdict": ("hns.verdicts", "Verdict"),
    "Period": ("hns.when", "Period"),
    "resolve_period": ("hns.when", "resolve_period"),
}


def __getattr__(name: str) -> Any:
    """
    A lazily loaded name: its module is imported on first access (under
    the lock every first load takes) and the name kept here.
    """
    if name == "__version__":
        version = _meta.version()
        globals()[name] = version
        return version
    found = _LAZY.get(name)
    if found is None:
        msg = f"module 'hns' has no attribute {name!r}"
        raise AttributeError(msg)
    module_name, attribute = found

    with _loading.LOADING:
        module = importlib.import_module(module_name)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *__all__, "__version__"})
