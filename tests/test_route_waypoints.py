"""Every route waypoint lies where its route runs, on the shapes the browser draws.

A waypoint inside a state its route does not cross is drawn on the wrong side of a
border (the Aras-valley routes used to fall into Iran), so each must lie inside a
state that ``data/routes.csv`` lists for its route. Border crossings and coastal
terminals may sit just off a listed state (rounded coordinates, simplified coasts),
and a subsea section lies in no state at all.
"""

from __future__ import annotations

import csv
import math

import pytest
import shapely
from shapely.geometry import shape

from geodata.atlas import Atlas
from tests.conftest import REPO

#: How far (km) a crossing or coastal waypoint may lie from a state its route lists.
SLACK_KM = 2.0
#: Waypoints at sea, away from any coast: (route, seq) → why.
OFFSHORE = {("trans-caspian-gas", 2): "the subsea middle of the proposed Caspian crossing"}
EARTH_RADIUS_KM = 6371.0


def km_between(a: shapely.Point, b: shapely.Point) -> float:
    """Great-circle distance between two lon/lat points."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a.x, a.y, b.x, b.y))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def km_from(geometry: shapely.Geometry, point: shapely.Point) -> float:
    """How far a point lies from a shape (0 inside it)."""
    if geometry.covers(point):
        return 0.0
    nearest = shapely.get_point(shapely.shortest_line(geometry, point), 0)
    return km_between(nearest, point)


@pytest.fixture(scope="module")
def served(atlas: Atlas) -> dict[str, shapely.Geometry]:
    """Each state's shape exactly as the browser receives it (after rounding)."""
    codes = {s.code for s in atlas.facts.states if not s.is_predecessor}
    return {f["id"]: shape(f["geometry"]) for f in atlas.geojson["features"] if f["id"] in codes}


@pytest.fixture(scope="module")
def waypoints() -> list[dict[str, str]]:
    with (REPO / "geodata" / "route_waypoints.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def misplaced(
    row: dict[str, str], listed: tuple[str, ...], served: dict[str, shapely.Geometry]
) -> str | None:
    """Why a waypoint is in the wrong place, or ``None`` when it is where its route runs."""
    point = shapely.Point(float(row["lon"]), float(row["lat"]))
    under = sorted(code for code, geometry in served.items() if geometry.covers(point))
    if (row["route"], int(row["seq"])) in OFFSHORE:
        return f"offshore but inside {under}" if under else None
    if any(code in listed for code in under):
        return None
    nearest_km = min(km_from(served[code], point) for code in listed)
    at_sea = not under
    at_crossing = "border" in row["place"].lower()
    if (at_sea or at_crossing) and nearest_km <= SLACK_KM:
        return None
    where = "at sea" if at_sea else f"inside {under}"
    return f"{where}, {nearest_km:.1f} km from the nearest of {list(listed)}"


def test_every_waypoint_lies_in_a_state_its_route_crosses(
    atlas: Atlas, served: dict[str, shapely.Geometry], waypoints: list[dict[str, str]]
) -> None:
    countries = {route.id: route.country_codes for route in atlas.facts.routes}
    problems = [
        f"{row['route']} {row['seq']} {row['place']} ({row['lon']}, {row['lat']}): {why}"
        for row in waypoints
        if (why := misplaced(row, countries[row["route"]], served))
    ]
    assert problems == []


def test_the_aras_routes_stay_out_of_iran(
    served: dict[str, shapely.Geometry], waypoints: list[dict[str, str]]
) -> None:
    """Horadiz-Aghband, the Nakhchivan corridor, TRIPP and Kars-Nakhchivan never enter
    Iran; with coarse borders their waypoints fell on the Iranian bank."""
    aras = {"horadiz-aghband", "zangezur", "tripp", "kars-nakhchivan"}
    in_iran = [
        row["place"]
        for row in waypoints
        if row["route"] in aras
        and served["IRN"].covers(shapely.Point(float(row["lon"]), float(row["lat"])))
    ]
    assert in_iran == []


def test_the_rule_catches_a_waypoint_on_the_wrong_bank(served: dict[str, shapely.Geometry]) -> None:
    wrong_bank = {"route": "tripp", "seq": "9", "lon": "46.44", "lat": "38.86", "place": "Nyuvadi"}
    assert (misplaced(wrong_bank, ("ARM",), served) or "").startswith("inside ['IRN']")
    border = {**wrong_bank, "lat": "38.90", "place": "Armenia-Iran border crossing"}
    assert misplaced(border, ("ARM",), served) is None
