"""Rebuild ``geodata/places.csv``, the city labels, from Natural Earth's populated places.

Why a script: labels must name places the way an English reader expects (Nakhchivan,
not Naxcivan) and follow capitals that moved, and the file must be reproducible byte
for byte from a named source. Run it with the project's virtualenv::

    python geodata/build_places.py [path/to/ne_10m_populated_places_simple.json]

The source defaults to the copy that travels with the project,
``geodata/sources/natural-earth/ne_10m_populated_places_simple.json.xz`` (see its README).

It writes ``places.csv`` and ``places.provenance.json`` beside itself; ``--check``
rebuilds in memory and fails if the committed file differs.

What is selected: the capital of every state drawn (``data/states.csv``) that lies on
the map, and the places the routes and events name (``EXTRA_PLACES``). A capital is a
seat of government, counted the same before and after independence (Baku is the
capital of Azerbaijan in 1988, when the map draws the Soviet Union); only capitals that
moved or were renamed carry dates. Places Natural Earth lacks (Ceyhan, Supsa, Meghri…)
take their position from the route waypoint or event that names them.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from data.extent import EXTENT
from geodata import natural_earth
from geodata.precision import POINT_DECIMALS

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
STATES_CSV = REPO / "data" / "states.csv"
EVENTS_CSV = REPO / "data" / "events.csv"
WAYPOINTS_CSV = HERE / "route_waypoints.csv"
OUTPUT = HERE / "places.csv"
PROVENANCE = HERE / "places.provenance.json"

COLUMNS = ("id", "name", "lon", "lat", "kind", "state", "rank", "start", "end", "note")
#: Rank of a place Natural Earth lacks: after its least important place (scalerank 10).
UNRANKED = 11
ORIGIN = {
    "producer": "Natural Earth (public domain)",
    "repository": "martynafford/natural-earth-geojson (CC0)",
    "commit": "0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e",
    "licence": "Public domain (Natural Earth); CC0 (GeoJSON conversion)",
}


@dataclass(frozen=True)
class Extra:
    """A place chosen by hand: the name a reader expects and where to find it.

    ``ne_name`` is Natural Earth's name for it; where Natural Earth lacks the place,
    ``point_from`` names the project row that gives its position instead
    (``waypoint:<route>:<seq>`` or ``event:<id>``).
    """

    name: str
    ne_name: str | None
    state: str
    point_from: str = ""
    kind: str = "city"
    start: str = ""
    end: str = ""
    note: str = ""
    id: str = ""


#: Capitals whose place or name changed since 1988, and capitals Natural Earth does not
#: file under the state's own code. Their states are left out of the automatic choice.
CAPITALS_BY_HAND = (
    Extra(
        "Almaty",
        "Almaty",
        "KAZ",
        kind="capital",
        end="1997-12-09",
        note="Capital of Kazakhstan until the move to Akmola on 1997-12-10.",
    ),
    Extra(
        "Almaty",
        "Almaty",
        "KAZ",
        start="1997-12-10",
        note="Former capital, still the largest city.",
    ),
    Extra(
        "Akmola",
        "Astana",
        "KAZ",
        kind="capital",
        start="1997-12-10",
        end="1998-05-05",
        id="astana",
        note="Capital from 1997-12-10; renamed Astana by decree on 1998-05-06.",
    ),
    Extra(
        "Astana", "Astana", "KAZ", kind="capital", start="1998-05-06", end="2019-03-22", id="astana"
    ),
    Extra(
        "Nur-Sultan",
        "Astana",
        "KAZ",
        kind="capital",
        start="2019-03-23",
        end="2022-09-16",
        id="astana",
        note="Renamed by decree on 2019-03-23 after Nursultan Nazarbayev.",
    ),
    Extra(
        "Astana",
        "Astana",
        "KAZ",
        kind="capital",
        start="2022-09-17",
        id="astana",
        note="Name restored by the constitutional amendment signed on 2022-09-17; the "
        "renaming decree took effect on publication, 2022-09-19.",
    ),
    Extra(
        "Yangon",
        "Rangoon",
        "MMR",
        kind="capital",
        end="2005-11-05",
        note="Capital until the government began moving to Naypyidaw on 2005-11-06.",
    ),
    Extra(
        "Naypyidaw",
        "Naypyidaw",
        "MMR",
        kind="capital",
        start="2005-11-06",
        note="Seat of government from 2005-11-06; its name was announced on 2006-03-27.",
    ),
    Extra("Lagos", "Lagos", "NGA", kind="capital", end="1991-12-11"),
    Extra("Abuja", "Abuja", "NGA", kind="capital", start="1991-12-12"),
    Extra(
        "Bonn",
        "Bonn",
        "DEU",
        kind="capital",
        end="1990-10-02",
        note="Capital of West Germany, whose memberships the shape shows before 1990-10-03.",
    ),
    Extra(
        "Berlin",
        "Berlin",
        "DEU",
        kind="capital",
        start="1990-10-03",
        note="Capital of Germany from reunification.",
    ),
    Extra(
        "Yamoussoukro",
        "Yamoussoukro",
        "CIV",
        kind="capital",
        note="Official capital; most of the government sits in Abidjan.",
    ),
    Extra("Pristina", "Pristina", "XKX", kind="capital"),
    Extra(
        "Ramallah",
        "Ramallah",
        "PSE",
        kind="capital",
        note="Seat of the Palestinian Authority; Palestine names East Jerusalem its capital.",
    ),
)

#: The places routes and events name, beyond the capitals.
EXTRA_PLACES = (
    Extra("Istanbul", "Istanbul", "TUR"),
    Extra("Erzurum", "Erzurum", "TUR"),
    Extra("Kars", "Kars", "TUR"),
    Extra("Ceyhan", None, "TUR", point_from="waypoint:btc:25"),
    Extra("Nakhchivan", "Naxcivan", "AZE"),
    Extra(
        "Julfa",
        None,
        "AZE",
        point_from="waypoint:nakhchivan-rail:4",
        note="Julfa in Nakhchivan; Iran's Jolfa lies across the Aras.",
    ),
    Extra("Sangachal", None, "AZE", point_from="waypoint:btc:1"),
    Extra(
        "Shusha",
        None,
        "AZE",
        point_from="event:shusha-declaration-2021",
        note="Shushi in Armenian.",
    ),
    Extra(
        "Khankendi / Stepanakert",
        "Stepanakert",
        "AZE",
        note="Khankendi is the Azerbaijani name, Stepanakert the Armenian one used by the "
        "separatist authorities until 2023.",
    ),
    Extra("Gyumri", "Gyumri", "ARM"),
    Extra("Meghri", None, "ARM", point_from="waypoint:tripp:3"),
    Extra("Batumi", "Batumi", "GEO"),
    Extra("Poti", "Poti", "GEO"),
    Extra("Supsa", None, "GEO", point_from="waypoint:baku-supsa:14"),
    Extra("Tskhinvali", "Tskhinvali", "GEO"),
    Extra("Sukhumi", "Sukhumi", "GEO"),
    Extra("Novorossiysk", "Novorossiysk", "RUS"),
    Extra("Atyrau", "Atyrau", "KAZ"),
    Extra("Aktau", "Aqtau", "KAZ"),
    Extra(
        "Khorgos",
        None,
        "KAZ",
        point_from="waypoint:cagp:12",
        note="The Khorgos crossing on the border with China (Horgos on the Chinese side).",
    ),
    Extra("Türkmenbaşy", "Türkmenbaşy", "TKM"),
    Extra("Kashgar", "Kashgar", "CHN"),
    Extra("Urumqi", "Ürümqi", "CHN"),
    Extra("Osh", "Osh", "KGZ"),
    Extra("Batken", None, "KGZ", point_from="event:kgz-tjk-border-war-2022"),
    Extra("Khujand", "Khujand", "TJK"),
    Extra("Andijan", "Andijon", "UZB"),
    Extra("Samarkand", "Samarqand", "UZB"),
    Extra("Tabriz", "Tabriz", "IRN"),
)

#: English names for capitals Natural Earth spells otherwise.
ENGLISH_NAMES = {
    "København": "Copenhagen",
    "Kiev": "Kyiv",
    "Ndjamena": "N'Djamena",
    "Kuwait": "Kuwait City",
    "Andorra": "Andorra la Vella",
}
#: Notes for capitals whose status readers may question.
CAPITAL_NOTES = {
    "ISR": "Israel's seat of government; most embassies are in Tel Aviv.",
}


def slug(name: str) -> str:
    """A lower-case ASCII id: Türkmenbaşy → turkmenbasy, Khankendi / Stepanakert →
    khankendi-stepanakert."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a UTF-8 CSV file with a header."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def on_map(lon: float, lat: float) -> bool:
    """Whether a point lies inside the map's extent."""
    west, south, east, north = EXTENT
    return west <= lon <= east and south <= lat <= north


def read_places(path: Path) -> list[dict[str, object]]:
    """Natural Earth's populated places on the map: their properties plus lon and lat."""
    collection = json.loads(natural_earth.read_bytes(path).decode("utf-8"))
    places = []
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"][:2]
        if on_map(lon, lat):
            places.append({**feature["properties"], "lon": lon, "lat": lat})
    return places


def find(places: Iterable[Mapping], extra: Extra) -> Mapping:
    """The one Natural Earth place named ``extra.ne_name`` (disambiguated by state)."""
    named = [p for p in places if p["name"] == extra.ne_name]
    if len(named) > 1:
        named = [p for p in named if p["adm0_a3"] == extra.state]
    if len(named) != 1:
        raise SystemExit(
            f"build_places: {len(named)} Natural Earth places named {extra.ne_name!r} "
            f"for {extra.name} ({extra.state}); expected one"
        )
    return named[0]


def project_point(point_from: str) -> tuple[float, float]:
    """(lon, lat) of the route waypoint or event a place borrows its position from."""
    kind, _, key = point_from.partition(":")
    if kind == "waypoint":
        route, _, seq = key.partition(":")
        rows = [r for r in read_csv(WAYPOINTS_CSV) if r["route"] == route and r["seq"] == seq]
    elif kind == "event":
        rows = [r for r in read_csv(EVENTS_CSV) if r["id"] == key]
    else:
        rows = []
    if len(rows) != 1:
        raise SystemExit(f"build_places: no single row for {point_from!r}")
    return float(rows[0]["lon"]), float(rows[0]["lat"])


def rank(place: Mapping | None, kind: str) -> int:
    """Label priority, smaller first: Natural Earth's scalerank, one step ahead for a capital.

    Natural Earth's ``labelrank`` is the rank of the place's country, not of the place
    (every Chinese city has 1, every Georgian one 8), so it is not used.
    """
    if place is None:
        return UNRANKED
    return int(place["scalerank"]) + (0 if kind == "capital" else 1)


def row_for(extra: Extra, places: list[Mapping]) -> dict[str, str]:
    """The CSV row of one chosen place."""
    if extra.ne_name is None:
        place, (lon, lat) = None, project_point(extra.point_from)
        found = f"Not in Natural Earth; position from {extra.point_from}."
        note = " ".join(filter(None, (extra.note, found)))
    else:
        place = find(places, extra)
        lon, lat, note = float(place["lon"]), float(place["lat"]), extra.note
    return {
        "id": extra.id or slug(extra.name),
        "name": extra.name,
        "lon": f"{lon:.{POINT_DECIMALS}f}",
        "lat": f"{lat:.{POINT_DECIMALS}f}",
        "kind": extra.kind,
        "state": extra.state,
        "rank": str(rank(place, extra.kind)),
        "start": extra.start,
        "end": extra.end,
        "note": note,
    }


def automatic_capitals(places: list[Mapping], codes: Iterable[str]) -> list[Extra]:
    """Natural Earth's one national capital of each state not chosen by hand."""
    by_hand = {extra.state for extra in CAPITALS_BY_HAND}
    chosen = []
    for code in sorted(set(codes) - by_hand):
        capitals = [
            p
            for p in places
            if p["adm0_a3"] == code and p["featurecla"] == "Admin-0 capital" and p["adm0cap"] == 1
        ]
        if len(capitals) > 1:
            names = sorted(str(p["name"]) for p in capitals)
            raise SystemExit(f"build_places: {code} has capitals {names}; choose one by hand")
        for capital in capitals:
            name = str(capital["name"])
            chosen.append(
                Extra(
                    ENGLISH_NAMES.get(name, name),
                    name,
                    code,
                    kind="capital",
                    note=CAPITAL_NOTES.get(code, ""),
                )
            )
    return chosen


def drawn_states() -> list[str]:
    """Codes of the states with a shape of their own (predecessors are unions)."""
    return [r["code"] for r in read_csv(STATES_CSV) if r["iso_numeric"] or r["ne_name"]]


def build(source: Path) -> tuple[str, list[str]]:
    """Every label the map may show.

    Parameters
    ----------
    source : pathlib.Path
        Natural Earth's ``ne_10m_populated_places_simple.json``.

    Returns
    -------
    tuple of (str, list of str)
        The CSV text (rows sorted by rank, id and start) and the drawn states that got
        no capital label, because it lies off the map or Natural Earth has none.
    """
    places = read_places(source)
    codes = drawn_states()
    chosen = [*automatic_capitals(places, codes), *CAPITALS_BY_HAND, *EXTRA_PLACES]
    rows = [row_for(extra, places) for extra in chosen]
    rows.sort(key=lambda r: (int(r["rank"]), r["id"], r["start"]))
    with_capital = {r["state"] for r in rows if r["kind"] == "capital"}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue(), sorted(set(codes) - with_capital)


def sha256(data: bytes) -> str:
    """The hex SHA-256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def provenance(source: Path, text: str, without_capital: list[str]) -> dict[str, object]:
    """Where the labels came from and how they were chosen."""
    name = natural_earth.upstream_name(source)
    return {
        "output": OUTPUT.name,
        "output_sha256": sha256(text.encode("utf-8")),
        "origin": {
            **ORIGIN,
            "file": f"10m/cultural/{name}" if "10m" in name else name,
            "file_sha256": sha256(natural_earth.read_bytes(source)),
        },
        "also_read": {
            "data/states.csv": "which states are drawn",
            "geodata/route_waypoints.csv": "positions of places Natural Earth lacks",
            "data/events.csv": "positions of places Natural Earth lacks",
        },
        "steps": [
            f"keep Natural Earth places inside the map (lon {EXTENT[0]}..{EXTENT[2]}, "
            f"lat {EXTENT[1]}..{EXTENT[3]})",
            "capitals: for each drawn state, the place filed under its code with featurecla "
            "'Admin-0 capital' and adm0cap 1, unless chosen by hand (moved, renamed, or "
            "filed under another code): see CAPITALS_BY_HAND in build_places.py",
            "extra places: EXTRA_PLACES in build_places.py (English name, Natural Earth "
            "name to match, state); places Natural Earth lacks take a waypoint's or "
            "event's position",
            "English names for capitals Natural Earth spells otherwise: "
            + ", ".join(f"{k} -> {v}" for k, v in ENGLISH_NAMES.items()),
            "rank = scalerank, plus 1 unless a capital; places Natural Earth lacks rank "
            f"{UNRANKED}",
            f"lon and lat rounded to {POINT_DECIMALS} decimals; rows sorted by rank, id, start",
        ],
        "states_without_capital": without_capital,
        "why_without_capital": "the capital lies off the map (south of 5 N), or Natural "
        "Earth has no place for it (Northern Cyprus, Western Sahara)",
    }


def main(argv: list[str] | None = None) -> int:
    """Build the labels file and its provenance; return a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source",
        type=Path,
        nargs="?",
        default=natural_earth.PLACES,
        help="ne_10m_populated_places_simple.json (.xz); default: the copy in geodata/sources",
    )
    parser.add_argument(
        "--check", action="store_true", help="rebuild in memory; fail if it differs"
    )
    args = parser.parse_args(argv)
    text, without_capital = build(args.source)
    if args.check:
        same = OUTPUT.read_text(encoding="utf-8") == text
        print(f"build_places: {OUTPUT.name} {'reproduced' if same else 'DIFFERS'}")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    record = provenance(args.source, text, without_capital)
    PROVENANCE.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"build_places: wrote {OUTPUT.name} ({text.count(chr(10)) - 1} places), {PROVENANCE.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
