"""
Shared test material.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import strategies as st

# TOML that tomllib cannot read without running out of stack: every data
# reader must refuse it with its own typed error.
DEEP_TOML = [
    pytest.param(
        "x = " + "[" * 5000 + "]" * 5000,
        "not valid TOML: nested too deeply",
        id="deep-arrays",
    ),
    pytest.param(
        "x = " + "{a = " * 5000 + "1" + "}" * 5000,
        "not valid TOML",
        id="deep-tables",
    ),
]

# Texts that are not exactly one figure, each with the position where
# reading must stop.
INVALID_FIGURES: list[tuple[str, int]] = [
    ("", 0),
    ("   ", 3),
    ("¥5 ¥6", 3),
    ("1..2", 1),
    ("1,2,3億", 1),
    ("億円", 0),
    ("--5", 1),
    ("5\x00", 1),
    ("5\x1b[31m", 1),
    ("1,0000", 1),
    ("1.2.3", 3),
    ("₹5", 0),
    ("XYZ 5", 0),
    ("5 yen won", 6),
    ("5% yen", 3),
    ("1조 10389억", 0),
    ("2017億 2018億", 10),
    ("abc", 0),
    ("5 km", 2),
    ("2017억 won ₩", 10),
    ("1.2% increase", 5),
    ("千千", 1),
    ("1조억", 2),
]

# Amounts exact at every currency's minor units, within the documented
# range (|exponent| <= 30), positive and negative.
amounts = st.decimals(
    min_value=Decimal("-1e18"),
    max_value=Decimal("1e18"),
    allow_nan=False,
    allow_infinity=False,
    places=0,
)
cents = st.decimals(
    min_value=Decimal("-1e15"),
    max_value=Decimal("1e15"),
    allow_nan=False,
    allow_infinity=False,
    places=2,
)
