"""
Helpers shared by hns's value classes.
"""

from __future__ import annotations

import attrs

__all__ = ["fields_eq", "fields_hash", "fields_repr", "quote"]


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


def fields_eq(self: attrs.AttrsInstance, other: object) -> bool:
    """
    Whether *other* is of the same class with equal fields (those compared
    by attrs' ``eq``), as attrs' ``__eq__`` decides.

    Classes use it as ``__eq__`` with ``eq=False`` (and `fields_hash` as
    ``__hash__``): attrs compiles both for every class at import, these
    are shared.

    >>> @attrs.frozen(repr=False, eq=False)
    ... class Point:
    ...     x: int
    ...     __eq__ = fields_eq
    ...     __hash__ = fields_hash
    >>> Point(1) == Point(1), Point(1) == Point(2)
    (True, False)
    >>> hash(Point(1)) == hash(Point(1))
    True
    """
    if other.__class__ is not self.__class__:
        # As attrs' __eq__ (mypy types NotImplemented so only in dunders).
        return NotImplemented  # type: ignore[no-any-return]
    return all(
        getattr(self, field.name) == getattr(other, field.name)
        for field in attrs.fields(type(self))
        if field.eq
    )


def fields_hash(self: attrs.AttrsInstance) -> int:
    """
    A hash of the fields `fields_eq` compares, and of the class.
    """
    return hash(
        (
            type(self).__qualname__,
            *(
                getattr(self, field.name)
                for field in attrs.fields(type(self))
                if field.eq
            ),
        )
    )


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
