"""
The package's own metadata: the name it is installed under and its
version (read from the installed distribution on first use).
"""

from __future__ import annotations

import functools

__all__ = ["DISTRIBUTION", "version"]

DISTRIBUTION = "hns-figures"
"""The name hns is installed under (``pip install hns-figures``)."""


@functools.cache
def version() -> str:
    """
    The installed distribution's version (``0+unknown`` for a checkout
    on the path that was never installed).

    >>> version() != ""
    True
    """
    from importlib import metadata  # milliseconds to load: on first use

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
