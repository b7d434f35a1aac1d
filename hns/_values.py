"""
Helpers shared by hns's value classes.
"""

from __future__ import annotations

import attrs

__all__ = ["fields_repr"]


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
