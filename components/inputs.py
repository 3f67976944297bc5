"""Sanitise what the browser sends: a bad year or layer list never reaches the builders.

Why: callback inputs can be forged (or come from a stale URL); a clamp here means a
bad value shows the nearest sensible view instead of a 500 or a blank map.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def clean_year(value: Any, years: range) -> int:
    """The year asked for, clamped into ``years``; the last year if it is not a number."""
    try:
        year = int(float(value))
    except (TypeError, ValueError, OverflowError):
        return years[-1]
    return min(max(year, years[0]), years[-1])


def clean_layers(value: Any, known: Sequence[str]) -> list[str]:
    """The known layer codes in ``value``, in legend order; unknown entries are dropped."""
    if not isinstance(value, (list, tuple)):
        return []
    wanted = {item for item in value if isinstance(item, str)}
    return [code for code in known if code in wanted]
