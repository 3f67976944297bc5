"""What held on a given day: memberships, which shape a state is drawn in, route status,
which areas were held against their claimants and which borders were closed.

Pure functions over the immutable fact rows; the map's callbacks are thin wrappers
around them, and the unit tests pin their boundaries (joined in August, left in
August, a union dissolved in December).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from data.schema import Border, Membership, PartOf, RouteStatusPeriod, State, Territory

#: How deep "part of" may nest (Kosovo in Serbia in FR Yugoslavia is 2).
MAX_NESTING = 5


def memberships_on(
    memberships: Iterable[Membership], day: date
) -> dict[str, dict[str, Membership]]:
    """Country → organisation → the membership row in force on ``day``."""
    held: dict[str, dict[str, Membership]] = defaultdict(dict)
    for row in memberships:
        if row.holds_on(day):
            held[row.country][row.org] = row
    return dict(held)


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
