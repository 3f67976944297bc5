"""The Natural Earth layers that travel with the project are the upstream files, unchanged."""

from __future__ import annotations

from geodata import natural_earth
from tests.conftest import NATURAL_EARTH

#: The upstream checksums (martynafford/natural-earth-geojson, commit 0b9a6ceb), as the
#: builds' provenance records them.
UPSTREAM = {
    "ne_10m_admin_0_disputed_areas.json": (
        "462d995d96b4b20901224b877cdb44266521d4b93a7c9259619c557e04a0d7f9"
    ),
    "ne_10m_populated_places_simple.json": (
        "7aa9f790f790c68cfaf2db25ffe1b0c51be484a5ce225453e7d777e0ff06e7cf"
    ),
}


def test_ne001_each_layer_decompresses_to_its_listed_checksum() -> None:
    assert natural_earth.checksums(NATURAL_EARTH) == UPSTREAM
    layers = sorted(NATURAL_EARTH.glob("*.json.xz"))
    assert [natural_earth.upstream_name(path) for path in layers] == sorted(UPSTREAM)
    for path in layers:
        assert natural_earth.sha256(path) == UPSTREAM[natural_earth.upstream_name(path)]


def test_ne002_the_folder_carries_its_readme_and_licence() -> None:
    readme = (NATURAL_EARTH / "README.md").read_text(encoding="utf-8")
    assert "0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e" in readme
    assert "CC0" in (NATURAL_EARTH / "LICENCE-CC0.txt").read_text(encoding="utf-8")
