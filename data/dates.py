"""Partial dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as precise as a source allows.

A partial start means the earliest day it could be, a partial end the latest, so a
row dated ``2009`` covers the whole of 2009 and a status "on 31 December" is never
decided by a guess about an unknown day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@lru_cache(maxsize=1 << 16)
def parse_partial(text: str, *, last: bool) -> date:
    """Return the first (``last=False``) or last day a partial date can mean.

    Raises ``ValueError`` naming the text when it is not a real date in one of the
    three forms. Cached: a table of many rows repeats the same few thousand dates, and
    each row's dates are checked, compared and turned into days.
    """
    match = PARTIAL_DATE.match(text)
    if not match:
        raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(match[1])
    month = int(match[2]) if match[2] else (12 if last else 1)
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month}")
    last_day_of_month = calendar.monthrange(year, month)[1]
    day = int(match[3]) if match[3] else (last_day_of_month if last else 1)
    try:
        return date(year, month, day)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a calendar date ({error})") from None


def as_of(year: int, today: date) -> date:
    """The day the map shows for ``year``: 31 December, or today for the current year."""
    return today if year >= today.year else date(year, 12, 31)


#: English month abbreviations, fixed here so no server locale can change them.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@lru_cache(maxsize=1 << 16)
def shown(text: str) -> str:
    """A partial date as a reader sees it, no more precise than the row:
    ``1988`` → "1988", ``1988-02`` → "Feb 1988", ``2022-09-13`` → "13 Sep 2022".
    Cached for the same reason as ``parse_partial``."""
    first = parse_partial(text, last=False)
    month = f"{MONTHS[first.month - 1]} {first.year}"
    return (f"{first.year}", month, f"{first.day} {month}")[text.count("-")]


def shown_day(day: date) -> str:
    """A full date as a reader sees it: "27 Nov 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
