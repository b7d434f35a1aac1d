"""
The Literal types that modules of several layers share (private: each is
public where users meet it, re-exported there).
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Kind", "Qualifier", "Rounding", "RoundingMode", "Style"]

Kind = Literal["money", "percent", "points", "multiple", "count"]
"""
What a figure is a number of (public as `hns.figures.Kind`).
"""

Qualifier = Literal[
    "exact", "about", "nearly", "over", "under", "at_least", "at_most"
]
"""
How a figure is qualified (public as `hns.figures.Qualifier`).
"""

Rounding = Literal["nearest", "truncate", "either"]
"""
How a figure was rounded (public as `hns.figures.Rounding`).
"""

RoundingMode = Literal[
    "half_up", "half_even", "half_down", "up", "down", "ceiling", "floor"
]
"""
How an amount is rounded (public as `hns.money.RoundingMode`).
"""

Style = Literal["standard", "compact", "scale", "words", "myriad"]
"""
How money is written (public as `hns.format.Style`).
"""
