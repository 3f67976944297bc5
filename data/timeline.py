"""What held on a given day: memberships, which shape a state is drawn in, route status,
which areas were held against their claimants and which borders were closed.

Pure functions over the immutable fact rows; the map's callbacks are thin wrappers
around them, and the unit tests pin their boundaries (joined in August, left in
August, a union dissolved in December).
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import ClassVar

from data.schema import Border, Membership, PartOf, Period, RouteStatusPeriod, State, Territory

#: How deep "part of" may nest (Kosovo in Serbia in FR Yugoslavia is 2).
MAX_NESTING = 5


def memberships_on(
    memberships: Iterable[Membership], day: date
) -> Mapping[str, Mapping[str, Membership]]:
    """Country → organisation → the membership row in force on ``day``; read only.

    For a tuple (the loaded table), the answer comes from ``PeriodIndex`` and is kept
    per day and shared: the page asks it for each year and each country call for each
    year, and a scan of 100,000 rows per question made a country's story take a second.
    """
    if isinstance(memberships, tuple):
        return PeriodIndex.of(memberships).held_on(day)
    held: dict[str, dict[str, Membership]] = defaultdict(dict)
    for row in memberships:
        if row.holds_on(day):
            held[row.country][row.org] = row
    return dict(held)


def indices_on(rows: tuple[Period, ...], day: date) -> list[int]:
    """The positions (in ``rows`` order) of the rows in force on ``day``."""
    return PeriodIndex.of(rows).indices_on(day)


class PeriodIndex:
    """The rows of one immutable table ordered by first day, to find the rows in force
    on a day without reading them all: the rows that start by then are a prefix (a
    binary search), and of those only the last days are compared.

    One index per table (by identity, a few at a time); answers per day are kept, as
    the days asked are the map's days, about forty.
    """

    _by_table: ClassVar[dict[int, PeriodIndex]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()
    TABLES: ClassVar[int] = 8
    DAYS: ClassVar[int] = 256

    def __init__(self, rows: tuple[Period, ...]) -> None:
        self.rows = rows
        self.order = sorted(range(len(rows)), key=lambda i: rows[i].first_day)
        self.firsts = [rows[i].first_day for i in self.order]
        self.lasts = [rows[i].last_day for i in self.order]
        self.indices: dict[date, list[int]] = {}
        self.held: dict[date, dict[str, dict[str, Membership]]] = {}

    @classmethod
    def of(cls, rows: tuple[Period, ...]) -> PeriodIndex:
        """The index of ``rows``, built on first use."""
        found = cls._by_table.get(id(rows))
        if found is None or found.rows is not rows:
            found = cls(rows)
            with cls._lock:
                if len(cls._by_table) >= cls.TABLES:
                    cls._by_table.clear()
                cls._by_table[id(rows)] = found
        return found

    def indices_on(self, day: date) -> list[int]:
        """Positions, in table order, of the rows in force on ``day``."""
        found = self.indices.get(day)
        if found is None:
            started = bisect_right(self.firsts, day)
            lasts = self.lasts
            found = sorted(self.order[k] for k in range(started) if lasts[k] >= day)
            if len(self.indices) >= self.DAYS:
                self.indices.clear()
            self.indices[day] = found
        return list(found)

    def held_on(self, day: date) -> Mapping[str, Mapping[str, Membership]]:
        """The day's memberships as kept for the day: shared, so never to be changed."""
        held = self.held.get(day)
        if held is None:
            grouped: dict[str, dict[str, Membership]] = defaultdict(dict)
            for i in self.indices_on(day):
                row = self.rows[i]
                grouped[row.country][row.org] = row
            held = dict(grouped)
            if len(self.held) >= self.DAYS:
                self.held.clear()
            self.held[day] = held
        return held


def parent_on(part_of: Iterable[PartOf], code: str, day: date) -> str | None:
    """The state or predecessor ``code`` was drawn inside on ``day``, if any."""
    for row in part_of:
        if row.state == code and row.holds_on(day):
            return row.part_of
    return None


def drawn_as(part_of: tuple[PartOf, ...], code: str, day: date) -> str:
    """The outermost unit ``code`` belongs to on ``day`` (itself when sovereign)."""
    unit = code
    for _ in range(MAX_NESTING):
        parent = parent_on(part_of, unit, day)
        if parent is None:
            return unit
        unit = parent
    raise ValueError(f"part_of nests deeper than {MAX_NESTING} for {code} on {day}")


def units_on(
    states: Iterable[State], part_of: tuple[PartOf, ...], day: date
) -> dict[str, tuple[str, ...]]:
    """Each unit drawn on ``day`` → the shaped states it is the union of (sorted)."""
    parts: dict[str, list[str]] = defaultdict(list)
    for state in states:
        if not state.is_predecessor:
            parts[drawn_as(part_of, state.code, day)].append(state.code)
    return {unit: tuple(sorted(codes)) for unit, codes in sorted(parts.items())}


def feature_id(unit: str, parts: tuple[str, ...]) -> str:
    """The id of the shape of ``unit`` made of ``parts``: the code alone when it is itself."""
    return unit if parts == (unit,) else f"{unit}={'+'.join(parts)}"


def route_status_on(
    periods: Iterable[RouteStatusPeriod], route: str, day: date
) -> RouteStatusPeriod | None:
    """The status period of ``route`` in force on ``day``; ``None`` before it is planned."""
    for period in periods:
        if period.route == route and period.holds_on(day):
            return period
    return None


def territories_on(territories: Iterable[Territory], day: date) -> dict[str, Territory]:
    """Area name → the territory row in force on ``day`` (areas with none are absent).

    The loader allows one row per area at a time, so each name maps to one row.
    """
    return {row.name: row for row in territories if row.holds_on(day)}


def borders_on(borders: Iterable[Border], day: date) -> dict[tuple[str, str], Border]:
    """State pair (alphabetical) → the border row in force on ``day``.

    A pair with no row that day has no recorded closure: its border was open as usual.
    """
    return {row.pair: row for row in borders if row.holds_on(day)}
