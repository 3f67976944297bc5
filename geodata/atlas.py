"""The read-only ``Atlas`` of a day: facts, the features of every year, and route lines.

The tables and shapes are read and validated once at start-up (``load_inputs``); the
atlas of a day is built from them (``build_atlas``), because the current year shows
today's status and a server keeps running across midnight. Nothing writes an atlas
after it is built, so the app can run under several workers.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Generic, TypeVar

import shapely
from shapely.geometry import shape

from data.dates import as_of
from data.errors import DataError, Problem
from data.facts import DATA_DIR, Facts, collector_paused, load_facts
from data.timeline import feature_id, units_on
from geodata.contest import as_line, border_lines, hatching
from geodata.places import Place, load_places
from geodata.routes import Line, distant_countries, drawn_lines, load_route_lines
from geodata.units import (
    Feature,
    build_features,
    check_shapes,
    read_shapes,
    served_geometry,
    to_geojson,
)

GEODATA_DIR = Path(__file__).resolve().parent
TERRITORIES = "territories.geojson"
FIRST_YEAR = 1988


@dataclass(frozen=True, eq=False)
class Atlas:
    """Everything the app shows on one day, validated and fixed once built."""

    facts: Facts
    today: date
    features: Mapping[str, Feature]
    #: year → the ids of the features drawn that year
    features_by_year: Mapping[int, frozenset[str]]
    geojson: dict
    route_lines: Mapping[str, Line]
    #: each route's line as drawn, in its own lane where routes share a corridor
    drawn_routes: Mapping[str, Line]
    #: the drawn shape of every territory row's geometry id, as served
    territory_shapes: Mapping[str, shapely.Geometry]
    territory_approximate: Mapping[str, bool]
    #: hatching and (for approximate shapes) outline of each territory shape
    hatches: Mapping[str, Line]
    outlines: Mapping[str, Line]
    #: each pair of states in the borders table → the border their shapes share
    border_lines: Mapping[tuple[str, str], Line]
    places: tuple[Place, ...]

    @property
    def country_codes(self) -> tuple[str, ...]:
        """Every state and predecessor a person can select."""
        return tuple(state.code for state in self.facts.states)

    @property
    def route_ids(self) -> tuple[str, ...]:
        """Every route, in the order of ``routes.csv`` (the map's trace order)."""
        return tuple(route.id for route in self.facts.routes)

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


def check_route_countries(facts: Facts, lines: Mapping[str, Line], shapes: Mapping) -> None:
    """Each route's line must pass near every state ``routes.csv`` says it crosses."""
    problems = [
        Problem("data/routes.csv", row, "countries", f"route {route.id!r} never comes near {code}")
        for row, route in ((facts.line_of(r), r) for r in facts.routes)
        for code in distant_countries(lines[route.id], route.country_codes, shapes)
    ]
    if problems:
        raise DataError(problems)


@dataclass(frozen=True)
class AtlasInputs:
    """The validated tables, shapes, lines and places: read once, whatever the day."""

    facts: Facts
    shapes: Mapping[str, shapely.Geometry]
    route_lines: Mapping[str, Line]
    drawn_routes: Mapping[str, Line]
    territory_shapes: Mapping[str, shapely.Geometry]
    territory_approximate: Mapping[str, bool]
    hatches: Mapping[str, Line]
    outlines: Mapping[str, Line]
    border_lines: Mapping[tuple[str, str], Line]
    places: tuple[Place, ...]


def drawn_together(facts: Facts) -> set[frozenset[str]]:
    """Pairs of routes drawn in some year at the same time (their status periods meet)."""
    spans = {}
    for period in facts.route_status:
        first, last = spans.get(period.route, (period.first_day, period.last_day))
        spans[period.route] = (min(first, period.first_day), max(last, period.last_day))
    ids = sorted(spans)
    return {
        frozenset((a, b))
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if spans[a][0] <= spans[b][1] and spans[b][0] <= spans[a][1]
    }


def check_territory_shapes(facts: Facts, known: set[str]) -> None:
    """Every territory row must name a shape ``territories.geojson`` holds."""
    problems = [
        Problem(
            "data/territories.csv", row, "geometry", f"no shape {t.geometry!r} in {TERRITORIES}"
        )
        for row, t in ((facts.line_of(t), t) for t in facts.territories)
        if t.geometry not in known
    ]
    if problems:
        raise DataError(problems)


def read_territories(path: Path) -> tuple[dict[str, shapely.Geometry], dict[str, bool]]:
    """Territory shape id → served geometry, and whether the shape is approximate."""
    collection = json.loads(path.read_text(encoding="utf-8"))
    shapes = {f["id"]: served_geometry(shape(f["geometry"])) for f in collection["features"]}
    approximate = {
        f["id"]: bool(f["properties"].get("approximate")) for f in collection["features"]
    }
    return shapes, approximate


def load_inputs(data_dir: Path = DATA_DIR, geodata_dir: Path = GEODATA_DIR) -> AtlasInputs:
    """Read and validate every table and shape; raises ``DataError`` on any bad row."""
    facts = load_facts(data_dir)
    shapes = read_shapes(geodata_dir / "countries.geojson")
    check_shapes(shapes, {s.code for s in facts.states if not s.is_predecessor})
    lines = load_route_lines(geodata_dir / "route_waypoints.csv", {r.id for r in facts.routes})
    check_route_countries(facts, lines, shapes)
    territory_shapes, approximate = read_territories(geodata_dir / TERRITORIES)
    check_territory_shapes(facts, set(territory_shapes))
    served = {code: served_geometry(geometry) for code, geometry in shapes.items()}
    drawn = {row.geometry: territory_shapes[row.geometry] for row in facts.territories}
    return AtlasInputs(
        facts=facts,
        shapes=MappingProxyType(shapes),
        route_lines=MappingProxyType(lines),
        drawn_routes=MappingProxyType(
            drawn_lines({r.id: lines[r.id] for r in facts.routes}, drawn_together(facts))
        ),
        territory_shapes=MappingProxyType(drawn),
        territory_approximate=MappingProxyType({g: approximate[g] for g in drawn}),
        hatches=MappingProxyType({g: hatching(geometry) for g, geometry in drawn.items()}),
        outlines=MappingProxyType(
            {g: as_line(geometry.boundary) for g, geometry in drawn.items() if approximate[g]}
        ),
        border_lines=MappingProxyType(border_lines({row.pair for row in facts.borders}, served)),
        places=load_places(geodata_dir / "places.csv", {s.code for s in facts.states}),
    )


def build_atlas(inputs: AtlasInputs, today: date) -> Atlas:
    """The atlas as it stands on ``today``: every year's features up to today's year."""
    with collector_paused():  # many long-lived objects, no cycles: see load_facts
        return atlas_of(inputs, today)


def atlas_of(inputs: AtlasInputs, today: date) -> Atlas:
    """``build_atlas`` itself."""
    facts = inputs.facts
    unit_sets = {
        year: units_on(facts.states, facts.part_of, as_of(year, today))
        for year in range(FIRST_YEAR, today.year + 1)
    }
    features = build_features(unit_sets, inputs.shapes)
    by_year = {
        year: frozenset(feature_id(unit, parts) for unit, parts in units.items())
        for year, units in unit_sets.items()
    }
    return Atlas(
        facts=facts,
        today=today,
        features=MappingProxyType(features),
        features_by_year=MappingProxyType(by_year),
        geojson=to_geojson(features, inputs.territory_shapes),
        route_lines=inputs.route_lines,
        drawn_routes=inputs.drawn_routes,
        territory_shapes=inputs.territory_shapes,
        territory_approximate=inputs.territory_approximate,
        hatches=inputs.hatches,
        outlines=inputs.outlines,
        border_lines=inputs.border_lines,
        places=inputs.places,
    )


def load_atlas(
    today: date | None = None, data_dir: Path = DATA_DIR, geodata_dir: Path = GEODATA_DIR
) -> Atlas:
    """Load, validate and build the atlas of ``today``; raises ``DataError`` on any bad row."""
    return build_atlas(load_inputs(data_dir, geodata_dir), today or date.today())


T = TypeVar("T")


class Daily(Generic[T]):
    """A value built once per calendar day: what the page shows depends on today, and a
    server running across midnight (or New Year) must show the new day."""

    def __init__(self, build: Callable[[date], T], clock: Callable[[], date] = date.today):
        self._build = lru_cache(maxsize=2)(build)
        self._clock = clock

    def __call__(self) -> T:
        """Today's value (built on the first call of the day)."""
        with collector_paused():  # a day's page: many long-lived objects, no cycles
            return self._build(self._clock())
