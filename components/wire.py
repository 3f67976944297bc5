"""What Python sends the browser, named and typed once.

Why: the browser only selects from these shapes, so a field renamed on one side and not
the other must fail loudly. The same shapes are JSDoc ``@typedef``s in
``assets/src/wire.js`` (checked by ``tsc``); ``tests/js`` runs the browser's pure modules
against fixtures written from these.
"""

from __future__ import annotations

from typing import TypedDict


class TerritoryRow(TypedDict):
    """A contested area's row: where it is drawn, its kind, hover, claimant and id."""

    location: str
    kind: int
    hover: str
    claimant: str
    id: str


class BorderRow(TypedDict):
    """A closed border: the two states (sorted) and its hover."""

    states: list[str]
    hover: str


class EventRow(TypedDict):
    """An event's mark: point, kind, hover, the state a click opens, and id."""

    lon: float
    lat: float
    kind: int
    hover: str
    country: str
    id: str


class SecurityRow(TypedDict):
    """A security tie: its arc trace (or -1 for a mark), the mark's point and symbol, the
    provider's centre colour, hover, the state a click opens, and id."""

    arc: int
    lon: float
    lat: float
    symbol: str
    colour: str
    hover: str
    host: str
    id: str


class StateLabel(TypedDict):
    """A state's name, lon/lat extent and candidate points (usual first)."""

    name: str
    extent: list[float]
    points: list[list[float]]


class PlaceLabel(TypedDict):
    """A city's name and point, its kind and rank (1 most important)."""

    lon: float
    lat: float
    name: str
    kind: str
    rank: int


class ChangeLine(TypedDict):
    """One change in a year's list, with its date as precise as the row and source."""

    when: str
    kind: str
    country: str | None
    text: str
    publisher: str
    url: str


class TableRow(TypedDict):
    """A membership in force as the data table shows it (dates shown and ISO)."""

    country: str
    org: str
    status: str
    since: str
    until: str
    publisher: str
    url: str
    start: str
    end: str
