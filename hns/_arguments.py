"""
Arguments as people pass them: one reader per kind of argument, shared by
every public function that takes one (private: each public function says
what it accepts; the README's "Arguments as you pass them" sums it up).

- A day (`as_date`): a `datetime.date`; a `datetime.datetime`, which
  stands for its date (in its own time zone); an ISO string,
  ``"2021-01-31"`` or with a time, ``"2021-01-31T09:30"``; and, duck-typed
  (neither library is imported), a pandas ``Timestamp`` or anything else
  with ``to_pydatetime()`` or ``date()``, and a numpy ``datetime64``.
  pandas' ``NaT`` and numpy's ``NaT`` are no days.
- A number (`as_number`), the float rule: a `Decimal` as it is; an int,
  or any integral number such as numpy's ``int64``, exactly; a float
  (numpy's ``float64`` too) by its shortest round-trip decimal string,
  ``Decimal(repr(x))``, so that ``0.1`` is ``Decimal("0.1")``, what was
  typed, never its binary expansion. NaN and the infinities are no
  numbers, and neither is a bool.
- A whole number (`as_whole`): an int or any integral number, never a
  bool or a float.
- Text (`as_text`): a str.

A value of a type the argument does not take is an `ArgumentError` that
names the argument and what it takes; a number of the right type that is
no number (NaN, an infinity, a bool) an `InvalidAmountError` naming the
argument too; the callers refuse values of the right type that do not fit
(a year out of range, an unknown currency) with their own errors.
"""

from __future__ import annotations

import math
import numbers
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from hns.errors import ArgumentError, InvalidAmountError, shown

if TYPE_CHECKING:  # datetime loads with the first date read: import hns
    import datetime as dt  # stays fast

__all__ = [
    "DATE",
    "NUMBER",
    "TEXT",
    "as_date",
    "as_flag",
    "as_number",
    "as_optional_date",
    "as_text",
    "as_whole",
    "is_number",
]

DATE = "a date, datetime or ISO date string ('YYYY-MM-DD')"
"""
What a date argument accepts, as error messages say it.
"""
NUMBER = "a number (Decimal, int or float)"
"""
What a number argument accepts, as error messages say it.
"""
TEXT = "text (a str)"
"""
What a text argument accepts, as error messages say it.
"""

# An ISO date, alone or followed by a time (what datetime.fromisoformat
# reads after it); the other forms fromisoformat takes ("20210131",
# "2021-W04-7") are not what people pass. Compiled on first use (re
# caches them): import stays fast.
_ISO_DAY = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_ISO_REST = r"[T ][0-9:.,+\-Z]{2,40}"


def _day(value: dt.date) -> dt.date | None:
    # A plain date from a date-like object, or None: pandas' NaT is a
    # datetime whose date() is NaT again, with a year that is NaN.
    import datetime as dt  # see above

    if type(value) is dt.date:
        return value
    try:
        return dt.date(value.year, value.month, value.day)
    except Exception:  # NaT's NaN year, or whatever a stranger raises
        return None


def _iso(text: str) -> dt.date | None:
    # The day of an ISO date or date and time, or None.
    import datetime as dt  # see above

    s = text.strip()
    if not re.match(_ISO_DAY, s):
        return None
    rest = s[10:]
    try:
        if not rest:
            return dt.date.fromisoformat(s)
        if re.fullmatch(_ISO_REST, rest):
            return dt.datetime.fromisoformat(s).date()
    except ValueError:
        return None
    return None


def _duck_day(value: object) -> dt.date | None:
    # A day from an object of another library, without importing it: a
    # numpy datetime64 writes itself in ISO form; a pandas Timestamp (and
    # its kin) has to_pydatetime() or date().
    import datetime as dt  # see above

    kind = type(value)
    if kind.__name__ == "datetime64" and kind.__module__ == "numpy":
        return _iso(str(value))
    for method in ("to_pydatetime", "date"):
        convert = getattr(value, method, None)
        if not callable(convert):
            continue
        try:
            result = convert()
        except Exception:  # NaT and strangers: no day
            return None
        if isinstance(result, dt.datetime):
            result = result.date()
        return _day(result) if isinstance(result, dt.date) else None
    return None


def as_date(value: object, argument: str, expected: str = DATE) -> dt.date:
    """
    *value* as a plain `datetime.date` (see the module for what is read),
    or `ArgumentError` naming *argument* and what it accepts (*expected*).

    >>> import datetime as dt
    >>> as_date(dt.datetime(2021, 3, 31, 23, 59), "on")
    datetime.date(2021, 3, 31)
    >>> as_date("2021-01-31", "on"), as_date("2021-01-31T09:30", "on")
    (datetime.date(2021, 1, 31), datetime.date(2021, 1, 31))
    >>> as_date("2021-02-30", "on")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    hns.errors.ArgumentError: on must be a date, ... not '2021-02-30'
    """
    import datetime as dt  # see above

    if type(value) is dt.date:
        return value
    day: dt.date | None
    if isinstance(value, dt.datetime):
        day = _day(value.date())
    elif isinstance(value, dt.date):
        day = _day(value)
    elif isinstance(value, str):
        day = _iso(value)
    else:
        day = _duck_day(value)
    if day is None:
        raise ArgumentError(argument=argument, expected=expected, given=value)
    return day


def as_optional_date(
    value: object, argument: str, expected: str = f"{DATE} or None"
) -> dt.date | None:
    """
    None, or *value* as a date (see `as_date`).

    >>> as_optional_date(None, "on") is None
    True
    """
    if value is None:
        return None
    return as_date(value, argument, expected)


def _not_finite(value: object, argument: str) -> InvalidAmountError:
    return InvalidAmountError(
        f"{argument} must be a finite number, not {shown(value)}"
    )


def as_number(value: object, argument: str, expected: str = NUMBER) -> Decimal:
    """
    The exact value of the number *value*, by the float rule (see the
    module): a Decimal as it is (its caller checks its range), an int or
    integral number exactly, a float by its shortest repr.

    >>> as_number(0.1, "amount"), as_number(201.7e9, "amount")
    (Decimal('0.1'), Decimal('201700000000.0'))
    >>> as_number(float("nan"), "amount")
    Traceback (most recent call last):
    ...
    hns.errors.InvalidAmountError: amount must be a finite number, not nan

    Raises:
        InvalidAmountError: a float NaN or infinity, or a bool.
        ArgumentError: anything else that is not a number (a str too:
            callers that read text do so before).
    """
    if type(value) is Decimal:
        return value
    if type(value) is int:
        return Decimal(value)
    if isinstance(value, bool):
        msg = f"{argument} must be a number, not {value!r} (a bool)"
        raise InvalidAmountError(msg)
    if isinstance(value, float):
        # float.__repr__: numpy's float64 writes itself as np.float64(…).
        number = float(value)
        if not math.isfinite(number):
            raise _not_finite(number, argument)
        return Decimal(float.__repr__(number))
    if isinstance(value, Decimal):
        return Decimal(value)
    if isinstance(value, numbers.Integral):
        return Decimal(int(value))
    raise ArgumentError(argument=argument, expected=expected, given=value)


def is_number(value: object) -> bool:
    """
    Whether *value* is of a type `as_number` reads (a bool is not).

    >>> is_number(0.5), is_number("0.5"), is_number(True)
    (True, False, False)
    """
    return not isinstance(value, bool) and isinstance(
        value, Decimal | float | numbers.Integral
    )


def as_whole(
    value: object, argument: str, expected: str = "a whole number (int)"
) -> int:
    """
    *value*, an int or any integral number (numpy's ``int64``), as an
    int; a bool or a float is refused.

    >>> as_whole(2021, "year")
    2021
    >>> as_whole(2021.0, "year")
    Traceback (most recent call last):
    ...
    hns.errors.ArgumentError: year must be a whole number (int), not 2021.0
    """
    if type(value) is int:
        return value
    if not isinstance(value, bool) and isinstance(value, numbers.Integral):
        return int(value)
    raise ArgumentError(argument=argument, expected=expected, given=value)


def as_text(value: object, argument: str, expected: str = TEXT) -> str:
    """
    *value*, which is text to read, as a str; anything else is an
    `ArgumentError` naming *argument*.

    >>> as_text(2017, "text")
    Traceback (most recent call last):
    ...
    hns.errors.ArgumentError: text must be text (a str), not 2017
    """
    if type(value) is str or isinstance(value, str):
        return value
    raise ArgumentError(argument=argument, expected=expected, given=value)


def as_flag(value: object, argument: str) -> bool:
    """
    *value*, True or False (nothing that merely looks like one: not 1,
    not "yes"); anything else is an `ArgumentError` naming *argument*.

    >>> as_flag(1, "floats")
    Traceback (most recent call last):
    ...
    hns.errors.ArgumentError: floats must be True or False, not 1
    """
    if value is True or value is False:
        return value
    raise ArgumentError(
        argument=argument, expected="True or False", given=value
    )
