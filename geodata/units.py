"""Turn the committed country shapes into the features the map draws in each year.

A feature is a unit (a sovereign state, or a predecessor such as the USSR) made of
one or more Natural Earth shapes. Predecessors are the union of their parts at the
time, so Yugoslavia shrinks as republics leave and the USSR is one shape until
December 1991. Every distinct feature of every year is built once at start-up;
the browser receives them all once and each year only says which are shown.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import mapping, shape

from data.errors import DataError, Problem
from data.timeline import feature_id
from geodata.precision import round_served

#: lon/lat box of the map's opening view, where badges should stay (see ``anchor_of``)
ANCHOR_BOX = (12.0, 28.0, 100.0, 58.0)


@dataclass(frozen=True)
class Feature:
    """One drawable shape: its id, the unit it stands for and the parts it unites."""

    id: str
    unit: str
    parts: tuple[str, ...]
    geometry: shapely.Geometry
    anchor: tuple[float, float]


def read_shapes(path: Path) -> dict[str, shapely.Geometry]:
    """State code → geometry, from the committed GeoJSON (ids are our codes)."""
    collection = json.loads(path.read_text(encoding="utf-8"))
    return {item["id"]: shape(item["geometry"]) for item in collection["features"]}


def check_shapes(shapes: Mapping[str, shapely.Geometry], shaped_codes: set[str]) -> None:
    """Every state with a Natural Earth name must have a shape, and nothing else may."""
    problems = [
        Problem("geodata/countries.geojson", 0, "id", f"no shape for state {code}")
        for code in sorted(shaped_codes - set(shapes))
    ] + [
        Problem("geodata/countries.geojson", 0, "id", f"shape {code} is not in data/states.csv")
        for code in sorted(set(shapes) - shaped_codes)
    ]
    if problems:
        raise DataError(problems)


def anchor_of(geometry: shapely.Geometry) -> tuple[float, float]:
    """Where badges sit: inside the largest polygon of the part in the usual view.

    Clipping to ``ANCHOR_BOX`` first keeps Russia's and China's badges where readers
    look (not in Chukotka or Manchuria); taking the largest polygon keeps them off
    exclaves such as Nakhchivan or Kaliningrad.
    """
    in_view = shapely.clip_by_rect(geometry, *ANCHOR_BOX)
    parts = shapely.get_parts(in_view if not in_view.is_empty else geometry)
    parts = parts[shapely.get_type_id(parts) == shapely.GeometryType.POLYGON]
    largest = parts[int(np.argmax(shapely.area(parts)))]
    point = largest.point_on_surface()
    return (round(point.x, 1), round(point.y, 1))


def build_feature(unit: str, parts: tuple[str, ...], shapes: Mapping) -> Feature:
    """The feature for ``unit`` made of ``parts``; a union is re-oriented for d3."""
    if len(parts) == 1:
        geometry = shapes[parts[0]]
    else:
        union = shapely.coverage_union_all([shapes[code] for code in parts])
        geometry = shapely.orient_polygons(union, exterior_cw=True)
    return Feature(feature_id(unit, parts), unit, parts, geometry, anchor_of(geometry))


def build_features(
    unit_sets: Mapping[int, Mapping[str, tuple[str, ...]]], shapes: Mapping
) -> dict[str, Feature]:
    """Every distinct feature over all years, keyed by id, in a stable order."""
    wanted = {
        feature_id(unit, parts): (unit, parts)
        for units in unit_sets.values()
        for unit, parts in units.items()
    }
    return {
        fid: build_feature(unit, parts, shapes) for fid, (unit, parts) in sorted(wanted.items())
    }


def served_geometry(geometry: shapely.Geometry) -> shapely.Geometry:
    """The geometry exactly as the browser gets it.

    Parameters
    ----------
    geometry : shapely.Geometry
        A shape from a committed file (countries or territories).

    Returns
    -------
    shapely.Geometry
        Rounded with ``round_served``, then with exterior rings clockwise again for
        d3-geo, because rounding can flip a tiny ring (an islet a few hundredths of a
        degree across).
    """
    return shapely.orient_polygons(round_served(geometry), exterior_cw=True)


def to_geojson(
    features: Mapping[str, Feature], territories: Mapping[str, shapely.Geometry]
) -> dict:
    """The FeatureCollection plotly draws, countries and territories in one file (ids do
    not collide: states are upper case, territory shapes lower case)."""
    served = {fid: served_geometry(f.geometry) for fid, f in features.items()}
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "id": fid, "properties": {}, "geometry": mapping(geometry)}
            for fid, geometry in {**served, **territories}.items()
        ],
    }
