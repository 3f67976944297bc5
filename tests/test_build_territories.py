"""Territory shapes: reproducible, and each one fitted inside the state that claims it."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest
import shapely
from shapely.geometry import shape

from geodata.atlas import Atlas
from geodata.precision import FILE_DECIMALS, tolerance_at
from geodata.units import served_geometry
from tests.conftest import NATURAL_EARTH, REPO

GEODATA = REPO / "geodata"
#: One step of the committed files' grid (degrees).
GRID = 10.0**-FILE_DECIMALS
SOURCE = NATURAL_EARTH / "ne_10m_admin_0_disputed_areas.json.xz"
NATURAL_EARTH_IDS = {
    "ne-nagorno-karabakh": "AZE",
    "ne-abkhazia": "GEO",
    "ne-south-ossetia": "GEO",
    "ne-transnistria": "MDA",
    "ne-crimea": "UKR",
    "ne-donbass": "UKR",
    "ne-northern-cyprus": "CYN",
    "ne-baykonur": "KAZ",
}


@pytest.fixture(scope="module")
def territories() -> list[dict]:
    text = (GEODATA / "territories.geojson").read_text(encoding="utf-8")
    return json.loads(text)["features"]


def test_provenance_describes_the_committed_file() -> None:
    record = json.loads((GEODATA / "territories.provenance.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256((GEODATA / "territories.geojson").read_bytes()).hexdigest()
    assert record["output_sha256"] == digest
    countries = hashlib.sha256((GEODATA / "countries.geojson").read_bytes()).hexdigest()
    assert record["claimants"]["file_sha256"] == countries, "rebuild after countries.geojson"


def test_rebuilding_from_natural_earth_and_the_outlines_reproduces_the_file() -> None:
    result = subprocess.run(
        [sys.executable, str(GEODATA / "build_territories.py"), str(SOURCE), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "reproduced" in result.stdout


def test_every_natural_earth_area_and_every_outline_is_drawn(territories: list[dict]) -> None:
    claimed = {f["id"]: f["properties"]["claimant"] for f in territories}
    assert {tid: claimed.get(tid) for tid in NATURAL_EARTH_IDS} == NATURAL_EARTH_IDS
    records = (GEODATA / "outlines").glob("*.provenance.json")
    assert {path.name.removesuffix(".provenance.json") for path in records} <= set(claimed)


def test_every_territory_lies_inside_its_claimant_as_served(
    atlas: Atlas, territories: list[dict]
) -> None:
    for feature in territories:
        territory = served_geometry(shape(feature["geometry"]))
        claimant = served_geometry(atlas.features[feature["properties"]["claimant"]].geometry)
        assert territory.is_valid, feature["id"]
        assert all(not p.exterior.is_ccw for p in shapely.get_parts(territory)), feature["id"]
        # "on the border": where the inner edge meets the border its vertex is rounded
        assert shapely.buffer(claimant, GRID).covers(territory), feature["id"]


def test_no_sliver_of_the_claimant_between_a_territory_and_its_border(
    atlas: Atlas, territories: list[dict]
) -> None:
    """Where a territory reaches its claimant's border, the two edges are one line: what
    is left of the claimant next to the territory is never a strip thinner than the
    tolerance the borders were simplified at."""
    slivers = []
    for feature in territories:
        territory = served_geometry(shape(feature["geometry"]))
        # Russia's served shape is not valid far from any territory (the Lena delta), which
        # an overlay refuses; make_valid leaves the parts near the territory as they are
        claimant = shapely.make_valid(
            served_geometry(atlas.features[feature["properties"]["claimant"]].geometry)
        )
        tolerance = tolerance_at(territory)
        for piece in shapely.get_parts(shapely.difference(claimant, territory)):
            if piece.area < 1e-9 or piece.distance(territory) > 1e-9:
                continue
            radius = shapely.length(shapely.maximum_inscribed_circle(piece))
            if radius < tolerance:
                slivers.append((feature["id"], piece.representative_point().wkt, piece.area))
    assert slivers == []
