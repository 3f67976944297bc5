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
