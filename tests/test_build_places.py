"""City labels: reproducible from Natural Earth, every state known, every place where it is."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from collections import defaultdict
from datetime import date
from itertools import pairwise

import numpy as np
import pytest
import shapely

from data.dates import parse_partial
from data.extent import LAT_RANGE, LON_RANGE
from geodata.atlas import Atlas
from geodata.precision import POINT_DECIMALS, near_shape
from tests.conftest import NATURAL_EARTH, REPO

GEODATA = REPO / "geodata"
SOURCE = NATURAL_EARTH / "ne_10m_populated_places_simple.json.xz"
#: Places the routes and events name; a reader looks for each of them.
NAMED = {
    "Ceyhan", "Erzurum", "Kars", "Nakhchivan", "Aktau", "Türkmenbaşy", "Khorgos", "Kashgar",
    "Batumi", "Supsa", "Poti", "Novorossiysk", "Atyrau", "Sangachal", "Shusha",
    "Khankendi / Stepanakert", "Tskhinvali", "Sukhumi", "Osh", "Khujand", "Batken",
    "Andijan", "Samarkand", "Almaty", "Urumqi", "Gyumri", "Meghri", "Julfa", "Tabriz",
    "Baku", "Yerevan", "Tbilisi", "Ankara", "Istanbul", "Tehran",
}  # fmt: skip


@pytest.fixture(scope="module")
def places() -> list[dict[str, str]]:
    with (GEODATA / "places.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def period(row: dict[str, str]) -> tuple[date, date]:
    """The days a label applies (open ends are the atlas's whole span)."""
    first = parse_partial(row["start"], last=False) if row["start"] else date.min
    last = parse_partial(row["end"], last=True) if row["end"] else date.max
    return first, last


def test_provenance_describes_the_committed_file() -> None:
    record = json.loads((GEODATA / "places.provenance.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256((GEODATA / "places.csv").read_bytes()).hexdigest()
    assert record["output_sha256"] == digest
    assert record["origin"]["commit"] == "0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e"


def test_rebuilding_from_natural_earth_reproduces_the_file_byte_for_byte() -> None:
    result = subprocess.run(
        [sys.executable, str(GEODATA / "build_places.py"), str(SOURCE), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "reproduced" in result.stdout


def test_every_row_is_well_formed(atlas: Atlas, places: list[dict[str, str]]) -> None:
    known = set(atlas.country_codes)
    for row in places:
        assert row["state"] in known, row
        assert row["kind"] in {"capital", "city"}, row
        assert row["id"].replace("-", "").isalnum() and row["id"].islower(), row
        assert int(row["rank"]) >= 0, row
        lon, lat = float(row["lon"]), float(row["lat"])
        assert LON_RANGE[0] <= lon <= LON_RANGE[1] and LAT_RANGE[0] <= lat <= LAT_RANGE[1], row
        assert row["lon"] == f"{lon:.{POINT_DECIMALS}f}", row
        assert row["lat"] == f"{lat:.{POINT_DECIMALS}f}", row
        first, last = period(row)
        assert first <= last, row


def test_the_places_routes_and_events_name_are_labelled(places: list[dict[str, str]]) -> None:
    assert NAMED - {row["name"] for row in places} == set()


def test_every_place_lies_in_its_state(atlas: Atlas, places: list[dict[str, str]]) -> None:
    """Catches a wrong state (Natural Earth files Kapan under Azerbaijan)."""
    xy = np.array([(float(row["lon"]), float(row["lat"])) for row in places])
    near = near_shape(xy)
    off = [
        (row["name"], row["state"])
        for row, point, allowed in zip(places, shapely.points(xy), near, strict=True)
        if atlas.features[row["state"]].geometry.distance(point) > allowed
    ]
    assert off == []


def test_a_place_has_one_label_and_a_state_one_capital_on_any_day(
    places: list[dict[str, str]],
) -> None:
    for key in ("id", "state"):
        groups = defaultdict(list)
        for row in places:
            if key == "id" or row["kind"] == "capital":
                groups[row[key]].append(period(row))
        for name, periods in groups.items():
            periods.sort()
            for (_, last), (first, _) in pairwise(periods):
                assert last < first, (key, name, periods)


def test_kazakhstans_capital_follows_its_moves_and_names(places: list[dict[str, str]]) -> None:
    def capital_on(day: date) -> str:
        (name,) = [
            r["name"]
            for r in places
            if r["state"] == "KAZ"
            and r["kind"] == "capital"
            and period(r)[0] <= day <= period(r)[1]
        ]
        return name

    assert capital_on(date(1997, 12, 9)) == "Almaty"
    assert capital_on(date(1997, 12, 10)) == "Akmola"
    assert capital_on(date(2010, 1, 1)) == "Astana"
    assert capital_on(date(2020, 1, 1)) == "Nur-Sultan"
    assert capital_on(date(2025, 1, 1)) == "Astana"
