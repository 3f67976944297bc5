"""The committed shapes are exactly what the build script makes from Natural Earth."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys

import numpy as np
import pytest
import shapely
from shapely.geometry import shape

from data.extent import EXTENT
from geodata.precision import ZONES, zone_areas
from tests.conftest import REPO

GEODATA = REPO / "geodata"


@pytest.fixture(scope="module")
def shapes() -> dict[str, shapely.Geometry]:
    collection = json.loads((GEODATA / "countries.geojson").read_text(encoding="utf-8"))
    return {item["id"]: shape(item["geometry"]) for item in collection["features"]}


def test_provenance_describes_the_committed_file() -> None:
    record = json.loads((GEODATA / "countries.provenance.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256((GEODATA / "countries.geojson").read_bytes()).hexdigest()
    assert record["output_sha256"] == digest
    assert record["origin"]["package"] == "world-atlas@2.0.2"
    assert record["origin"]["file"] == "countries-10m.json"
    assert any("orient_polygons" in step for step in record["steps"])


def test_shared_borders_stay_shared(shapes: dict[str, shapely.Geometry]) -> None:
    geoms = list(shapes.values())
    assert all(shapely.is_valid(geoms))
    invalid = shapely.coverage_invalid_edges(geoms)
    assert shapely.coverage_is_valid(geoms), {
        code: edges.wkt[:200]
        for code, edges in zip(shapes, invalid, strict=True)
        if edges is not None and not edges.is_empty
    }


def test_no_border_runs_along_a_zone_edge(shapes: dict[str, shapely.Geometry]) -> None:
    """The parts of a shape in each zone of detail join exactly: a sliver or gap between
    them would leave an edge lying on the zone's edge."""
    map_edge = shapely.box(*EXTENT).boundary
    zone_edges = shapely.difference(
        shapely.union_all([area.boundary for area in zone_areas()]), map_edge
    )
    on_edge = []
    for code, geometry in shapes.items():
        for ring in shapely.get_rings(geometry):
            xy = shapely.get_coordinates(ring)
            segments = shapely.linestrings(np.stack([xy[:-1], xy[1:]], axis=1))
            along = shapely.covers(zone_edges, segments)
            on_edge += [(code, tuple(point)) for point in xy[:-1][along]]
    assert on_edge == []


def test_each_zone_is_finer_than_the_next() -> None:
    """Detail falls off away from the region: the finest zone first, the map's last."""
    tolerances = [zone.tolerance for zone in ZONES]
    assert tolerances == sorted(tolerances) and len(set(tolerances)) == len(tolerances)
    assert ZONES[-1].boxes == (EXTENT,)
    assert shapely.union_all(zone_areas()).equals(shapely.box(*EXTENT))


def test_islands_too_small_to_see_are_left_out_far_from_the_region(
    shapes: dict[str, shapely.Geometry],
) -> None:
    """Far away an islet would draw as a speck of three or four vertices, so it is left
    out; states that are islands keep their land, and so do the region's islands."""
    assert not shapes["NOR"].intersects(shapely.box(4.76, 60.57, 4.86, 60.67))  # by Bergen
    assert not shapes["GRC"].intersects(shapely.box(23.26, 35.82, 23.36, 35.92))  # Antikythera
    assert shapes["MLT"].area > 0 and shapes["BHR"].area > 0
    assert shapes["AZE"].intersects(shapely.box(50.33, 40.41, 50.39, 40.47))  # Pirallahi


def test_the_finest_zone_keeps_the_aras_valley_detail(shapes: dict[str, shapely.Geometry]) -> None:
    """Armenia's Meghri strip along the Aras is drawn: Agarak and Meghri lie inside
    Armenia, Minjivan in Azerbaijan and Julfa in Nakhchivan, not in Iran."""
    assert shapes["ARM"].covers(shapely.Point(46.18, 38.87))  # Agarak
    assert shapes["ARM"].covers(shapely.Point(46.25, 38.90))  # Meghri
    assert shapes["AZE"].covers(shapely.Point(46.71, 39.03))  # Minjivan
    assert shapes["AZE"].covers(shapely.Point(45.63, 38.96))  # Julfa


def test_rebuilding_from_the_npm_package_reproduces_the_file_byte_for_byte() -> None:
    if shutil.which("npm") is None:
        pytest.fail("npm is needed to fetch world-atlas: apt-get install -y npm (or nodejs)")
    result = subprocess.run(
        [sys.executable, str(GEODATA / "build_shapes.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "reproduced" in result.stdout
