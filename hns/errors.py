"""
The exceptions *hns* raises on purpose.

Every one derives from `HnsError` and from the builtin that fits, so that
``except ValueError`` code keeps working; no other exception leaves a
public function on bad input. Every one is defined here and exported
from `hns`; the modules that raise them re-export theirs
(`hns.fx.RateFileError` is `hns.errors.RateFileError`). The README's
"Errors" section says when each is raised.
"""

from __future__ import annotations

from hns._values import quote

__all__ = [
    "AgreementDataError",
    "ArgumentError",
    "CurrencyMismatchError",
    "FiscalYearError",
    "FormatError",
    "HnsError",
    "InvalidAmountError",
    "MissingDependencyError",
    "ParseError",
    "RateFileError",
    "RateUnavailableError",
    "SeriesDataError",
    "UnknownAgreementError",
    "UnknownCurrencyError",
    "UnknownTotalError",
    "WordingError",
    "shown",
]


class HnsError(Exception):
    """
    Base class of every error that *hns* raises on purpose.
    """


class ParseError(HnsError, ValueError):
    """
    A text could not be read as what was asked for.

    Carries the *text*, the *position* (0-based index into *text*) where
    reading stopped, and the *reason*.

    >>> err = ParseError("1..2", 2, "a second decimal point")
    >>> str(err)
    "cannot read '1..2' at position 2: a second decimal point"
    >>> err.position
    2
    """

    text: str
    position: int
    reason: str

    def __init__(self, text: str, position: int, reason: str) -> None:
        self.text = text
        self.position = position
        self.reason = reason
        super().__init__(
            f"cannot read {quote(text)} at position {position}: {reason}"
        )


class InvalidAmountError(HnsError, ValueError):
    """
    A value is not a usable amount: NaN, an infinity, a bool, an absurd
    exponent, or a division by zero.
    """


class UnknownCurrencyError(HnsError, ValueError):
    """
    A currency code is not an ISO 4217 code that *hns* knows.
    """

    code: str

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"unknown currency {code!r}")


class CurrencyMismatchError(HnsError, TypeError):
    """
    Two amounts in different currencies were combined or compared.

    >>> str(CurrencyMismatchError("JPY", "USD"))
    'cannot combine JPY with USD'
    """

    left: str
    right: str

    def __init__(self, left: str, right: str) -> None:
        self.left = left
        self.right = right
        super().__init__(f"cannot combine {left} with {right}")


class FiscalYearError(HnsError, ValueError):
    """
    A fiscal year, calendar or era is out of range or cannot be combined.
    """


class RateUnavailableError(HnsError, LookupError):
    """
    No exchange rate is known for the currencies and date asked for.
    """


class FormatError(HnsError, ValueError):
    """
    An amount cannot be written in the requested locale or style.
    """


class ArgumentError(HnsError, TypeError, ValueError):
    """
    An argument of a type, or with a value, that a function does not
    accept (a publication date as a number, a flag that is not a bool);
    the message names the argument and what was expected.

    >>> str(ArgumentError("published", "a date", 20210301))
    'published must be a date, not 20210301'
    """

    argument: str
    expected: str

    def __init__(self, argument: str, expected: str, given: object) -> None:
        self.argument = argument
        self.expected = expected
        super().__init__(f"{argument} must be {expected}, not {shown(given)}")


def shown(value: object) -> str:
    """
    *value* as an error message quotes it: its repr, shortened, and never
    the thousands of digits of a huge integer.

    >>> shown(10**5000)
    'an integer of 16610 bits'
    >>> shown("x" * 100)[:12]
    "'xxxxxxxxxxx"
    """
    if isinstance(value, int) and value.bit_length() > 128:
        return f"an integer of {value.bit_length()} bits"
    try:
        text = repr(value)
    except Exception:
        return f"a {type(value).__name__}"
    return text if len(text) <= 60 else f"{text[:40]}…{text[-10:]}"


class MissingDependencyError(HnsError, ImportError):
    """
    An optional dependency that a feature needs is not installed; the
    message names the extra of hns that installs it.

    >>> err = MissingDependencyError("pandas", "pandas", "to_dataframe")
    >>> print(err)
    to_dataframe needs pandas, which is not installed: install the pandas extra
    >>> err.name, err.extra
    ('pandas', 'pandas')
    """

    extra: str

    def __init__(self, package: str, extra: str, feature: str) -> None:
        self.extra = extra
        super().__init__(
            f"{feature} needs {package}, which is not installed:"
            f" install the {extra} extra",
            name=package,
        )


class RateFileError(HnsError, ValueError):
    """
    A file of rates is malformed; the message names the file and the line.
    """


class SeriesDataError(HnsError, ValueError):
    """
    Data for a series does not fit: a malformed TOML file or entry, a
    figure without a source, or an unknown status.
    """


class UnknownAgreementError(HnsError, LookupError, ValueError):
    """
    No agreement has the id asked for, or the host is neither JP nor KR.
    Also a ValueError: a host other than JP or KR is a bad argument.
    """


class UnknownTotalError(HnsError, ValueError):
    """
    An agreement's total was needed, but no source states one.
    """


class AgreementDataError(HnsError, ValueError):
    """
    A file of agreements is malformed; the message names the file and the
    entry.
    """


class WordingError(HnsError, ValueError):
    """
    A wording table is malformed: the message names the file and entry.
    """
