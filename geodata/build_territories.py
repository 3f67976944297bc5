"""Rebuild ``geodata/territories.geojson``: breakaway, disputed, leased and occupied areas.

Why a script: each territory must sit exactly inside the state that claims it as the map
draws that state, so that its edge and the state's border are one line (no sliver of
the claimant's colour between them, no overlap onto a neighbour), and the file must be
reproducible byte for byte from named sources. Run it with the project's virtualenv::

    python geodata/build_territories.py [path/to/ne_10m_admin_0_disputed_areas.json]
    python geodata/build_territories.py --import path/to/new/shapes   # copy first
    python geodata/build_territories.py --check

Inputs: Natural Earth's disputed areas (the path given, by default the copy that
travels with the project in ``geodata/sources/natural-earth/``; ``NE_TERRITORIES`` says which
and who claims them), every outline committed under ``geodata/outlines/`` (shapes
digitised for this atlas: ``<id>.geojson``, or ``<id>.outline.csv`` holding the ordered
vertices ``seq,lon,lat,place`` of one ring, each with ``<id>.provenance.json``), and the
claimants' processed shapes in ``geodata/countries.geojson``. ``--import DIR`` first
copies such files from ``DIR`` into ``geodata/outlines/`` (ids starting ``ne-`` are
skipped: this script derives those from Natural Earth itself).

It writes ``territories.geojson`` (feature id = territory id, exterior rings clockwise
for d3-geo) and ``territories.provenance.json`` beside itself. A feature's ``claimant`` is
the state whose drawn shape holds it: for Northern Cyprus that is its own shape (CYN),
although Cyprus claims it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import mapping, shape

from data.extent import EXTENT
from geodata import natural_earth
from geodata.precision import FILE_DECIMALS, SEGMENT_LENGTH, ZONES, round_file, tolerance_at

HERE = Path(__file__).resolve().parent
COUNTRIES = HERE / "countries.geojson"
OUTLINES = HERE / "outlines"
OUTPUT = HERE / "territories.geojson"
PROVENANCE = HERE / "territories.provenance.json"

#: Natural Earth's ``BRK_NAME`` → territory id, claimant (the state whose shape holds
#: it), the name shown and what the shape covers.
NE_TERRITORIES: Mapping[str, tuple[str, str, str, str]] = {
    "Nagorno-Karabakh": (
        "ne-nagorno-karabakh",
        "AZE",
        "Nagorno-Karabakh",
        "The former autonomous oblast with the districts around it that Armenian forces "
        "held until 2020 (Natural Earth's pre-2020 extent).",
    ),
    "Abkhazia": ("ne-abkhazia", "GEO", "Abkhazia", "Breakaway region of Georgia."),
    "South Ossetia": ("ne-south-ossetia", "GEO", "South Ossetia", "Breakaway region of Georgia."),
    "Transnistria": ("ne-transnistria", "MDA", "Transnistria", "Breakaway region of Moldova."),
    "Crimea": ("ne-crimea", "UKR", "Crimea", "Held by Russia since 2014; claimed by Ukraine."),
    "Donbass": (
        "ne-donbass",
        "UKR",
        "Donbass",
        "Separatist-held parts of Donetsk and Luhansk oblasts along the 2015-2022 line "
        "of contact, not the whole of both oblasts.",
    ),
    "N. Cyprus": (
        "ne-northern-cyprus",
        "CYN",
        "Northern Cyprus",
        "Self-declared state recognised only by Turkey; claimed by Cyprus.",
    ),
    "Baykonur": (
        "ne-baykonur",
        "KAZ",
        "Baikonur",
        "Kazakh territory leased to Russia for the cosmodrome.",
    ),
}
#: Claimants of committed outlines by id prefix, unless their provenance names a
#: ``claimant``.
OUTLINE_CLAIMANTS = {"nk-": "AZE", "ua-": "UKR"}
NE_ORIGIN = {
    "producer": "Natural Earth (public domain)",
    "repository": "martynafford/natural-earth-geojson (CC0)",
    "commit": "0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e",
    "file": "10m/cultural/ne_10m_admin_0_disputed_areas.json",
    "licence": "Public domain (Natural Earth); CC0 (GeoJSON conversion)",
}


@dataclass(frozen=True)
class Territory:
    """One area as read, before it is fitted into its claimant."""

    id: str
    claimant: str
    geometry: shapely.Geometry
    properties: dict[str, object] = field(default_factory=dict)


def sha256(path: Path) -> str:
    """The hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Only the polygons: overlay and validity repair can leave points and lines."""
    parts = shapely.get_parts(shapely.get_parts(geom))
    polygons = [p for p in parts if p.geom_type == "Polygon" and not p.is_empty]
    return polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)


def read_claimants() -> dict[str, shapely.Geometry]:
    """State code → its processed shape, exactly as the map draws it."""
    collection = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    return {item["id"]: shape(item["geometry"]) for item in collection["features"]}


def read_natural_earth(path: Path) -> list[Territory]:
    """The areas ``NE_TERRITORIES`` names, from Natural Earth's disputed areas."""
    areas = gpd.read_file(io.BytesIO(natural_earth.read_bytes(path)))
    territories = []
    for brk_name, (tid, claimant, name, shows) in NE_TERRITORIES.items():
        rows = areas[areas["BRK_NAME"] == brk_name]
        if len(rows) != 1:
            raise SystemExit(f"build_territories: {len(rows)} areas named {brk_name!r} in {path}")
        row = rows.iloc[0]
        properties = {
            "name": name,
            "type": row["TYPE"],
            "note": shows,
            "ne_note": row["NOTE_BRK"],
            "source": "Natural Earth ne_10m_admin_0_disputed_areas",
        }
        territories.append(Territory(tid, claimant, shapely.make_valid(row.geometry), properties))
    return territories


def read_outline_geometry(folder: Path, tid: str) -> tuple[shapely.Geometry, str, str]:
    """The shape of one committed outline, its file name and the name it gives itself."""
    geojson = folder / f"{tid}.geojson"
    if geojson.exists():
        item = json.loads(geojson.read_text(encoding="utf-8"))
        if item.get("type") == "FeatureCollection":
            geoms = [shape(f["geometry"]) for f in item["features"]]
            names = [f.get("properties", {}).get("name", "") for f in item["features"]]
            return shapely.union_all(geoms), geojson.name, next(filter(None, names), "")
        if item.get("type") == "Feature":
            name = (item.get("properties") or {}).get("name", "")
            return shape(item["geometry"]), geojson.name, name
        return shape(item), geojson.name, ""
    outline = folder / f"{tid}.outline.csv"
    with outline.open(encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: int(r["seq"]))
    ring = [(float(r["lon"]), float(r["lat"])) for r in rows]
    return shapely.Polygon(ring), outline.name, ""


def read_outlines(folder: Path) -> list[Territory]:
    """Every outline committed under ``folder``, with its claimant."""
    territories = []
    for record_path in sorted(folder.glob("*.provenance.json")):
        record = json.loads(record_path.read_text(encoding="utf-8"))
        tid = record.get("geometry_id") or record_path.name.removesuffix(".provenance.json")
        claimant = record.get("claimant") or next(
            (code for prefix, code in OUTLINE_CLAIMANTS.items() if tid.startswith(prefix)), None
        )
        if claimant is None:
            raise SystemExit(f"build_territories: no claimant for outline {tid!r}")
        geometry, file_name, name = read_outline_geometry(folder, tid)
        properties = {
            "name": name or tid,
            "type": "Digitised",
            "note": record.get("what_it_shows")
            or f"Approximate; sources and known errors in geodata/outlines/{tid}.provenance.json.",
            "source": f"geodata/outlines/{file_name}",
            "approximate": bool(record.get("approximate", False)),
        }
        if record.get("as_of"):
            properties["as_of"] = record["as_of"]
        territories.append(Territory(tid, claimant, shapely.make_valid(geometry), properties))
    return territories


def import_outlines(source: Path, folder: Path = OUTLINES) -> list[str]:
    """Copy every ``<id>.provenance.json`` in ``source`` with its shape files into
    ``folder``; ids starting ``ne-`` are left out (derived here from Natural Earth)."""
    folder.mkdir(exist_ok=True)
    copied = []
    for record_path in sorted(source.glob("*.provenance.json")):
        tid = record_path.name.removesuffix(".provenance.json")
        if tid.startswith("ne-"):
            continue
        files = [source / f"{tid}{suffix}" for suffix in (".geojson", ".outline.csv")]
        if not any(f.exists() for f in files):
            raise SystemExit(f"build_territories: {record_path} has no .geojson or .outline.csv")
        for path in [record_path, *files]:
            if path.exists():
                shutil.copyfile(path, folder / path.name)
        copied.append(tid)
    return copied


def without_slivers(
    rest: shapely.Geometry, area: shapely.Geometry, tolerance: float
) -> shapely.Geometry:
    """The rest less its pieces that touch the area and are thinner than the tolerance."""
    pieces = shapely.get_parts(rest)
    pieces = pieces[~shapely.is_empty(pieces)]
    radii = shapely.length(shapely.maximum_inscribed_circle(pieces))
    touching = shapely.dwithin(pieces, area, 1e-9)
    return polygonal(shapely.union_all(pieces[~(touching & (radii < tolerance))]))


def split_claimant(
    area: shapely.Geometry, claimant: shapely.Geometry, tolerance: float
) -> tuple[shapely.Geometry, shapely.Geometry]:
    """The claimant cut in two: the territory and the rest.

    Parameters
    ----------
    area : shapely.Geometry
        The territory as its source draws it (finer than the claimant's border).
    claimant : shapely.Geometry
        The claimant's processed shape.
    tolerance : float
        The simplification tolerance (degrees) where the area lies.

    Returns
    -------
    tuple of shapely.Geometry
        ``(territory, rest)``, which together make up the claimant.

    Notes
    -----
    The rest is the claimant outside the area, less the slivers between the area's own
    (finer) edge and the claimant's simplified border: pieces touching the area that
    are thinner than the tolerance, and strips of the rest lying within half the
    tolerance of both the area and the claimant's outside (slivers still joined to the
    rest where the area's inner edge meets the border). The territory is the claimant
    minus the rest, so its outer edge is the claimant's border itself.
    """
    rest = without_slivers(shapely.difference(claimant, area), area, tolerance)
    half = tolerance / 2
    outside = shapely.difference(shapely.box(*EXTENT), claimant)
    near_both = shapely.intersection(shapely.buffer(area, half), shapely.buffer(outside, half))
    strips = shapely.get_parts(shapely.intersection(rest, near_both))
    joined = strips[shapely.dwithin(strips, area, 1e-9) & (shapely.area(strips) > 4 * half**2)]
    rest = without_slivers(shapely.difference(rest, shapely.union_all(joined)), area, tolerance)
    return polygonal(shapely.difference(claimant, rest)), rest


def fit(territory: Territory, claimant: shapely.Geometry) -> shapely.Geometry:
    """The territory's shape as committed, fitted inside its claimant.

    Clip → cut out of the claimant → simplify the inner edge → round → clockwise.

    Parameters
    ----------
    territory : Territory
        The area as read from Natural Earth or an outline.
    claimant : shapely.Geometry
        The claimant's processed shape from ``countries.geojson``.

    Returns
    -------
    shapely.Geometry
        A valid (multi)polygon inside the claimant whose outer edge is the claimant's
        border, rounded to ``FILE_DECIMALS``, exterior rings clockwise.
    """
    area = polygonal(shapely.clip_by_rect(territory.geometry, *EXTENT))
    tolerance = tolerance_at(area)
    inside, rest = split_claimant(area, claimant, tolerance)
    if inside.is_empty:
        raise SystemExit(f"build_territories: {territory.id} lies outside {territory.claimant}")
    pieces = np.array([g for g in (inside, rest) if not g.is_empty], dtype=object)
    pieces = shapely.coverage_clean(pieces, snapping_distance=0.0)
    simplified = shapely.coverage_simplify(pieces, tolerance, simplify_boundary=False)[0]
    rounded = round_file(shapely.segmentize(simplified, SEGMENT_LENGTH))
    # a rounded vertex of the inner edge may stray a hair past the claimant's border,
    # and simplifying the inner edge may leave a new sliver against the border
    inside = polygonal(shapely.intersection(shapely.make_valid(rounded), claimant))
    rest = without_slivers(shapely.difference(claimant, inside), inside, tolerance)
    inside = polygonal(shapely.make_valid(round_file(shapely.difference(claimant, rest))))
    return shapely.orient_polygons(inside, exterior_cw=True)


def to_geojson(features: list[tuple[Territory, shapely.Geometry]]) -> str:
    """Serialise deterministically: sorted by id, fixed key order, no whitespace."""
    items = [
        {
            "type": "Feature",
            "id": territory.id,
            "properties": {"claimant": territory.claimant, **territory.properties},
            "geometry": mapping(geometry),
        }
        for territory, geometry in sorted(features, key=lambda pair: pair[0].id)
    ]
    collection = {"type": "FeatureCollection", "features": items}
    return json.dumps(collection, separators=(",", ":"), ensure_ascii=False) + "\n"


def build(source: Path, folder: Path = OUTLINES) -> str:
    """Every territory, fitted and serialised.

    Parameters
    ----------
    source : pathlib.Path
        Natural Earth's ``ne_10m_admin_0_disputed_areas.json``.
    folder : pathlib.Path
        The committed outlines (``geodata/outlines``).

    Returns
    -------
    str
        The GeoJSON text, features sorted by id.
    """
    claimants = read_claimants()
    territories = read_natural_earth(source) + read_outlines(folder)
    ids = [t.id for t in territories]
    if len(set(ids)) != len(ids):
        raise SystemExit(f"build_territories: duplicate ids in {sorted(ids)}")
    return to_geojson([(t, fit(t, claimants[t.claimant])) for t in territories])


def provenance(source: Path, text: str, folder: Path = OUTLINES) -> dict[str, object]:
    """Where every territory came from and every step applied to it."""
    paths = sorted(folder.iterdir()) if folder.exists() else []
    outlines = {path.name: sha256(path) for path in paths if path.name != "README.md"}
    return {
        "output": OUTPUT.name,
        "output_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "origin": {**NE_ORIGIN, "file_sha256": natural_earth.sha256(source)},
        "natural_earth_territories": {
            brk: {"id": tid, "claimant": claimant}
            for brk, (tid, claimant, _, _) in NE_TERRITORIES.items()
        },
        "outlines": {
            "folder": "geodata/outlines",
            "files_sha256": outlines,
            "claimants_by_prefix": OUTLINE_CLAIMANTS,
            "note": "each outline's own provenance (sources, method, known errors) is "
            "its <id>.provenance.json",
        },
        "claimants": {"file": COUNTRIES.name, "file_sha256": sha256(COUNTRIES)},
        "steps": [
            "read the Natural Earth areas by BRK_NAME and every committed outline "
            "(<id>.geojson, else <id>.outline.csv as one ring); make_valid",
            f"clip to lon {EXTENT[0]}..{EXTENT[2]}, lat {EXTENT[1]}..{EXTENT[3]}",
            "cut the claimant's processed shape (countries.geojson) in two: the rest is "
            "the claimant outside the area, less slivers (pieces touching the area whose "
            "largest inscribed circle is narrower than the tolerance); the territory is "
            "the claimant minus the rest, so its outer edge is the claimant's border",
            "coverage_clean the two pieces; coverage_simplify at the tolerance of the "
            "finest zone of detail the area touches ("
            + "; ".join(
                f"{zone.name}: {' + '.join(str(box) for box in zone.boxes)} at {zone.tolerance}"
                for zone in ZONES
            )
            + "), with simplify_boundary=False (only the inner edge moves)",
            f"segmentize to {SEGMENT_LENGTH} degree; round to {FILE_DECIMALS} decimals; "
            "intersect with the claimant again (a rounded vertex may stray past its "
            "border), absorb any sliver the simplified inner edge left, round again (a "
            "vertex where the inner edge meets the border may move by half a grid step)",
            "orient_polygons(exterior_cw=True) as d3-geo expects",
            "write GeoJSON sorted by id; properties: claimant, name, type, note, source "
            "(and approximate, as_of for outlines)",
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """Build the territories file and its provenance; return a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source",
        type=Path,
        nargs="?",
        default=natural_earth.DISPUTED_AREAS,
        help="ne_10m_admin_0_disputed_areas.json (.xz); default: the copy in geodata/sources",
    )
    parser.add_argument(
        "--import", dest="import_from", type=Path, help="copy outlines from here first"
    )
    parser.add_argument(
        "--check", action="store_true", help="rebuild in memory; fail if it differs"
    )
    args = parser.parse_args(argv)
    if args.import_from and not args.check:
        copied = import_outlines(args.import_from)
        print(f"build_territories: copied {len(copied)} outlines: {', '.join(copied)}")
    text = build(args.source)
    if args.check:
        same = OUTPUT.read_text(encoding="utf-8") == text
        print(f"build_territories: {OUTPUT.name} {'reproduced' if same else 'DIFFERS'}")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    record = provenance(args.source, text)
    PROVENANCE.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"build_territories: wrote {OUTPUT.name} ({len(text):,} bytes), {PROVENANCE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
