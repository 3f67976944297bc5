"""Predecessor unions and the geometry sent to the browser."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import shape

from geodata.atlas import Atlas


def test_soviet_union_is_the_dissolve_of_its_fifteen_republics(atlas: Atlas) -> None:
    soviet = next(f for fid, f in atlas.features.items() if fid.startswith("SUN="))
    assert len(soviet.parts) == 15
    parts_area = sum(atlas.features[code].geometry.area for code in soviet.parts)
    assert abs(soviet.geometry.area - parts_area) / parts_area < 1e-6
    assert shapely.get_num_geometries(soviet.geometry) < sum(
        shapely.get_num_geometries(atlas.features[c].geometry) for c in soviet.parts
    )


def test_yugoslavia_shrinks_as_republics_leave(atlas: Atlas) -> None:
    yugoslavias = sorted(
        (f for fid, f in atlas.features.items() if f.unit == "YUG"), key=lambda f: len(f.parts)
    )
    assert [len(f.parts) for f in yugoslavias] == [4, 7]


def test_every_polygon_sent_to_the_browser_is_clockwise(atlas: Atlas) -> None:
    for feature in atlas.geojson["features"]:
        geometry = shape(feature["geometry"])
        for polygon in shapely.get_parts(geometry):
            assert not polygon.exterior.is_ccw, feature["id"]


def test_badges_anchor_inside_their_country(atlas: Atlas) -> None:
    for fid in ("AZE", "RUS", "ARM", "KAZ"):
        feature = atlas.features[fid]
        assert feature.geometry.contains(shapely.Point(feature.anchor)), fid


def test_the_browser_gets_finer_coordinates_where_readers_zoom_in(atlas: Atlas) -> None:
    """About 100 m in the South Caucasus and Central Asia (the Aras valley needs it),
    1 km in Europe and beyond."""
    served = {f["id"]: shape(f["geometry"]) for f in atlas.geojson["features"]}
    armenia = shapely.get_coordinates(served["ARM"])
    spain = shapely.get_coordinates(served["ESP"])
    assert np.array_equal(armenia, np.round(armenia, 3))
    assert not np.array_equal(armenia, np.round(armenia, 2))
    assert np.array_equal(spain, np.round(spain, 2))


#: Vertices one year may draw: a change of year redraws every one of them (about 46,000
#: with the 1:10m shapes before zones of detail, when a restyle took 220 ms).
DRAWN_VERTICES_BUDGET = 21_000


def test_a_year_change_redraws_few_vertices(atlas: Atlas) -> None:
    counts = {
        f["id"]: shapely.get_num_coordinates(shape(f["geometry"]))
        for f in atlas.geojson["features"]
    }
    drawn = {year: sum(counts[fid] for fid in ids) for year, ids in atlas.features_by_year.items()}
    assert max(drawn.values()) <= DRAWN_VERTICES_BUDGET, drawn


def test_a_union_adds_no_vertex_along_a_dissolved_border(atlas: Atlas) -> None:
    """A union's outline is made of its parts' outer edges: every vertex is one of
    theirs, and no ring or hole is left where a border was dissolved."""
    for feature in (f for f in atlas.features.values() if len(f.parts) > 1):
        parts = [atlas.features[code].geometry for code in feature.parts]
        part_vertices = {tuple(xy) for p in parts for xy in shapely.get_coordinates(p)}
        vertices = {tuple(xy) for xy in shapely.get_coordinates(feature.geometry)}
        assert vertices <= part_vertices, feature.id
        holes = shapely.get_num_interior_rings(shapely.get_parts(feature.geometry)).sum()
        part_holes = sum(shapely.get_num_interior_rings(shapely.get_parts(p)).sum() for p in parts)
        assert holes <= part_holes, feature.id
