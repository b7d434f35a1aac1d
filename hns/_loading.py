"""
One lock for first loads.

hns imports its heavy dependencies (babel, pint, CurrencyConverter,
dateutil) and many of its own modules inside the functions that need
them, so that ``import hns`` stays fast. Threads that make their first
calls at the same time would otherwise import the same modules at once,
which can end in a half-initialised module or a `_DeadlockError`; every
such import runs under `LOADING` instead.
"""

from __future__ import annotations

import threading

__all__ = ["LOADING"]

LOADING = threading.RLock()
"""
Held while a function imports what it needs.
"""
