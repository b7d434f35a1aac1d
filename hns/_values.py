"""
Helpers shared by hns's value classes.
"""

from __future__ import annotations

import attrs

__all__ = ["fields_repr", "quote"]


def fields_repr(self: attrs.AttrsInstance) -> str:
    """
    ``Name(field=value, ...)`` for an attrs instance, as attrs writes it.

    Classes use it as ``__repr__`` with ``repr=False``: attrs compiles a
    repr for every class at import, this one is shared.

    >>> @attrs.frozen(repr=False)
    ... class Point:
    ...     x: int
    ...     __repr__ = fields_repr
    >>> Point(1)
    Point(x=1)
    """
    fields = attrs.fields(type(self))
    shown = ", ".join(
        f"{field.name}={getattr(self, field.name)!r}"
        for field in fields
        if field.repr
    )
    return f"{type(self).__name__}({shown})"


_QUOTE_LIMIT = 60


def quote(text: str) -> str:
    """
    ``repr(text)``, shortened in the middle when it is long (as
    `hns.errors.ParseError` quotes a text).

    >>> quote("2017億円")
    "'2017億円'"
    >>> quote("x" * 100).count("(100 characters)")
    1
    """
    if len(text) <= _QUOTE_LIMIT:
        return repr(text)
    half = _QUOTE_LIMIT // 2
    return f"{text[:half]!r}…({len(text)} characters)…{text[-half:]!r}"
