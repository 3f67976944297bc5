"""City labels: the places in ``geodata/places.csv`` (derived from Natural Earth by
``build_places.py``), validated like the fact tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field

from data.errors import DataError, Problem
from data.loader import read_table
from data.schema import Code, Latitude, Longitude, PartialDate, Period, Slug, Text

PLACES_NAME = "geodata/places.csv"


class Place(Period):
    """A city label, shown while the day falls between ``start`` and ``end`` (a capital
    that moved, or was renamed, has one row per name)."""

    start: PartialDate = "1900"
    id: Slug
    name: Text
    lon: Longitude
    lat: Latitude
    kind: Literal["capital", "city"]
    state: Code
    #: smaller is more important: the order labels are placed in when they collide
    rank: Annotated[int, Field(ge=0)]
    note: Text | None = None


def load_places(path: Path, state_codes: set[str]) -> tuple[Place, ...]:
    """Every place, each in a known state; raises ``DataError`` naming the line."""
    problems: list[Problem] = []
    rows = read_table(path, Place, PLACES_NAME, problems)
    problems += [
        Problem(PLACES_NAME, item.line, "state", f"unknown state {item.row.state!r}")
        for item in rows
        if item.row.state not in state_codes
    ]
    if problems:
        raise DataError(problems)
    return tuple(item.row for item in rows)


def places_on(places: tuple[Place, ...], day: date) -> list[Place]:
    """The labels that apply on ``day``."""
    return [place for place in places if place.holds_on(day)]
