"""The one read-only ``Atlas``: facts, the features of every year, and route lines.

Built once at start-up (``load_atlas``); every callback reads it and none writes it,
so the app can run under several workers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType

import shapely

from data.dates import as_of
from data.errors import DataError, Problem
from data.facts import DATA_DIR, Facts, collector_paused, load_facts
from data.timeline import feature_id, units_on
from geodata.routes import Line, distant_countries, load_route_lines
from geodata.units import Feature, build_features, check_shapes, read_shapes, to_geojson

GEODATA_DIR = Path(__file__).resolve().parent
FIRST_YEAR = 1988
#: degrees: how far off a shape a point may fall and still count as on it
NEAR_SHAPE = 0.3


@dataclass(frozen=True)
class Atlas:
    """Everything the app shows, validated and fixed at start-up."""

    facts: Facts
    today: date
    features: Mapping[str, Feature]
    #: year → the ids of the features drawn that year
    features_by_year: Mapping[int, frozenset[str]]
    geojson: dict
    route_lines: Mapping[str, Line]

    @property
    def country_codes(self) -> tuple[str, ...]:
        """Every state and predecessor a person can select."""
        return tuple(state.code for state in self.facts.states)

    @property
    def layer_codes(self) -> tuple[str, ...]:
        """The organisation layers in legend order (the order that decides a fill)."""
        return tuple(o.code for o in self.facts.organisations)

    @property
    def years(self) -> range:
        """Every year the slider offers."""
        return range(FIRST_YEAR, self.today.year + 1)

    def day(self, year: int) -> date:
        """The day whose status the map shows for ``year``."""
        return as_of(year, self.today)

    def feature_at(self, lon: float, lat: float, year: int) -> Feature | None:
        """The shape drawn in ``year`` under a point; the nearest one within
        ``NEAR_SHAPE`` degrees when the point falls on a simplified border or coast."""
        point = shapely.Point(lon, lat)
        drawn = [self.features[fid] for fid in sorted(self.features_by_year[year])]
        for feature in drawn:
            if feature.geometry.covers(point):
                return feature
        distance, nearest = min(
            ((feature.geometry.distance(point), feature) for feature in drawn),
            key=lambda pair: pair[0],
        )
        return nearest if distance <= NEAR_SHAPE else None


def check_route_countries(facts: Facts, lines: Mapping[str, Line], shapes: Mapping) -> None:
    """Each route's line must pass near every state ``routes.csv`` says it crosses."""
    problems = [
        Problem("data/routes.csv", row, "countries", f"route {route.id!r} never comes near {code}")
        for row, route in enumerate(facts.routes, start=2)  # rows follow the header in order
        for code in distant_countries(lines[route.id], route.country_codes, shapes)
    ]
    if problems:
        raise DataError(problems)


def load_atlas(
    today: date | None = None, data_dir: Path = DATA_DIR, geodata_dir: Path = GEODATA_DIR
) -> Atlas:
    """Load, validate and prepare everything; raises ``DataError`` on any bad row."""
    with collector_paused():  # many long-lived objects, no cycles: see load_facts
        return build_atlas(today or date.today(), data_dir, geodata_dir)


def build_atlas(today: date, data_dir: Path, geodata_dir: Path) -> Atlas:
    """``load_atlas`` itself."""
    facts = load_facts(data_dir)
    shapes = read_shapes(geodata_dir / "countries.geojson")
    check_shapes(shapes, {s.code for s in facts.states if not s.is_predecessor})
    unit_sets = {
        year: units_on(facts.states, facts.part_of, as_of(year, today))
        for year in range(FIRST_YEAR, today.year + 1)
    }
    features = build_features(unit_sets, shapes)
    by_year = {
        year: frozenset(feature_id(unit, parts) for unit, parts in units.items())
        for year, units in unit_sets.items()
    }
    lines = load_route_lines(geodata_dir / "route_waypoints.csv", {r.id for r in facts.routes})
    check_route_countries(facts, lines, shapes)
    return Atlas(
        facts=facts,
        today=today,
        features=MappingProxyType(features),
        features_by_year=MappingProxyType(by_year),
        geojson=to_geojson(features),
        route_lines=MappingProxyType(lines),
    )
