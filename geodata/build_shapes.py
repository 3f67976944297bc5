"""Rebuild ``geodata/countries.geojson`` from Natural Earth (npm ``world-atlas``).

Why a script: the committed shapes must be reproducible byte for byte, and every
processing step must be written down. Run it with the project's virtualenv::

    python geodata/build_shapes.py            # fetches world-atlas with ``npm pack``
    python geodata/build_shapes.py --package path/to/world-atlas/package

It writes ``countries.geojson`` and ``countries.provenance.json`` beside itself.

Why zones of detail: routes along the Aras run within a few kilometres of three
borders, and readers zoom into the South Caucasus and Central Asia, but every change of
year redraws every vertex. So the 1:10m shapes keep in each zone of
``geodata.precision.ZONES`` only the detail the closest view that shows it can draw:
finest in the South Caucasus, coarsest off the opening view. Each zone is simplified as
a coverage that includes the sea, with the zone's edge left untouched, so the zones join
again along their edges without slivers or gaps and every shared border stays shared.
Islands too small to see at their zone's detail are left out first.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Mapping
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from data.extent import EXTENT
from geodata.precision import (
    FILE_DECIMALS,
    ISLET_SIDE,
    SEGMENT_LENGTH,
    ZONES,
    round_file,
    tolerance_at,
    zone_areas,
)

HERE = Path(__file__).resolve().parent
STATES_CSV = HERE.parent / "data" / "states.csv"
OUTPUT = HERE / "countries.geojson"
PROVENANCE = HERE / "countries.provenance.json"

PACKAGE = "world-atlas@2.0.2"
SOURCE_FILE = "countries-10m.json"
#: Shapes lost in the 10m file (its quantization collapses the Vatican) come from here.
FALLBACK_FILE = "countries-50m.json"
#: Natural Earth pieces that belong to a state in view but carry their own id.
MERGED_INTO = {
    "Hong Kong": "CHN",
    "Macao": "CHN",
    "Åland": "FIN",
    "Somaliland": "SOM",
    "Baikonur": "KAZ",
    "Akrotiri": "CYP",
    "Dhekelia": "CYP",
    "Cyprus U.N. Buffer Zone": "CYP",
}
#: Parts Natural Earth files under one state that the atlas draws in another:
#: (from, to) → the lon/lat box their representative points lie in. Natural Earth's
#: admin-0 files Crimea under Russia; the atlas draws recognised borders (Abkhazia and
#: South Ossetia in Georgia, Nagorno-Karabakh in Azerbaijan, Transnistria in Moldova),
#: so Crimea is Ukraine's, and geodata/territories.geojson shows who holds it.
MOVED_PARTS = {("RUS", "UKR"): (32.0, 44.2, 36.7, 46.3)}
#: How often rounding and repair may alternate before the build gives up.
REPAIR_ROUNDS = 4


def fetch_world_atlas(workdir: Path) -> Path:
    """Download the pinned npm package and return the folder holding its files."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True)
    archive = next(workdir.glob("world-atlas-*.tgz"))
    with tarfile.open(archive) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package"


def read_state_codes() -> tuple[dict[str, str], dict[str, str]]:
    """Return the explicit join keys: ISO numeric → code and Natural Earth name → code."""
    by_numeric: dict[str, str] = {}
    by_name: dict[str, str] = {}
    with STATES_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["iso_numeric"]:
                by_numeric[row["iso_numeric"]] = row["code"]
            elif row["ne_name"]:
                by_name[row["ne_name"]] = row["code"]
    return by_numeric, by_name


def assign_codes(world: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Attach our ISO alpha-3 code to each Natural Earth feature; drop the rest."""
    by_numeric, by_name = read_state_codes()
    names = {**by_name, **MERGED_INTO}
    codes = [by_numeric.get(ne_id) if isinstance(ne_id, str) else None for ne_id in world["id"]]
    codes = [code or names.get(name) for code, name in zip(codes, world["name"], strict=True)]
    world = world.assign(code=codes)
    missing = sorted((set(by_numeric.values()) | set(by_name.values())) - set(world["code"]))
    if missing:
        raise SystemExit(f"build_shapes: no Natural Earth shape for {missing}")
    return world[world["code"].notna()]


def read_states(path: Path) -> dict[str, shapely.Geometry]:
    """Code → the valid, dissolved Natural Earth shape of that state, from one file."""
    world = gpd.read_file(path, layer="countries").set_crs("EPSG:4326", allow_override=True)
    world["geometry"] = world.make_valid()
    states = assign_codes(world).dissolve(by="code", as_index=False)
    return {row.code: polygonal(row.geometry) for row in states.itertuples()}


def move_parts(states: Mapping[str, shapely.Geometry]) -> dict[str, shapely.Geometry]:
    """Hand the polygons listed in ``MOVED_PARTS`` from one state to the other."""
    moved = dict(states)
    for (source, target), box in MOVED_PARTS.items():
        parts = shapely.get_parts(moved[source])
        inside = shapely.contains_xy(
            shapely.box(*box), *shapely.get_coordinates(shapely.point_on_surface(parts)).T
        )
        if not inside.any():
            raise SystemExit(f"build_shapes: no part of {source} in {box} to move to {target}")
        moved[source] = polygonal(shapely.multipolygons(parts[~inside]))
        moved[target] = polygonal(shapely.union_all([moved[target], *parts[inside]]))
    return moved


def fill_lost_shapes(
    states: Mapping[str, shapely.Geometry], fallback: Mapping[str, shapely.Geometry]
) -> dict[str, shapely.Geometry]:
    """Take shapes the main file lost from the fallback file and cut them out of the
    states around them, so the two never overlap."""
    lost = sorted(code for code, geom in states.items() if geom.is_empty)
    filled = dict(states)
    for code in lost:
        filled[code] = fallback[code]
        for other, geom in filled.items():
            if other != code and geom.intersects(fallback[code]):
                filled[other] = polygonal(shapely.difference(geom, fallback[code]))
    return filled


def polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Only the polygons: clipping and validity repair can leave points and lines."""
    parts = shapely.get_parts(shapely.get_parts(geom))  # collections may hold multi-parts
    polygons = [p for p in parts if p.geom_type == "Polygon" and not p.is_empty]
    return polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)


def non_empty(geoms: np.ndarray) -> np.ndarray:
    """Mask of the geometries that are not empty (coverage functions reject empties)."""
    return ~shapely.is_empty(geoms)


def true_area(parts: np.ndarray) -> np.ndarray:
    """Each polygon's area in square degrees of latitude: a degree of longitude
    shrinks towards the poles, and an island's size is what readers see."""
    latitudes = shapely.get_y(shapely.centroid(parts))
    return shapely.area(parts) * np.cos(np.radians(latitudes))


def without_islets(land: np.ndarray) -> np.ndarray:
    """Each state less the islands too small to see in their zone.

    An island is left out when its true area is under ``(ISLET_SIDE * tolerance)**2``
    for the finest zone it touches, unless it is its state's largest part or touches
    another state (an enclave or a shared island: leaving it out would leave a hole).
    """
    tree = shapely.STRtree(land)
    kept = []
    for index, shape in enumerate(land):
        parts = shapely.get_parts(shape)
        areas = true_area(parts)
        keep = np.ones(len(parts), dtype=bool)
        for number, part in enumerate(parts):
            small = areas[number] < (ISLET_SIDE * tolerance_at(part)) ** 2
            if not small or number == int(np.argmax(areas)):
                continue
            keep[number] = any(other != index for other in tree.query(part, "intersects"))
        kept.append(polygonal(shapely.multipolygons(parts[keep])) if not keep.all() else shape)
    return np.array(kept, dtype=object)


def split_into_zones(pieces: np.ndarray) -> list[np.ndarray]:
    """Each piece's part in each zone of ``ZONES``, noded as one coverage."""
    areas = zone_areas()
    parts = [polygonal(shapely.intersection(p, area)) for area in areas for p in pieces]
    zoned = np.array(parts, dtype=object)
    keep = non_empty(zoned)
    zoned[keep] = shapely.coverage_clean(zoned[keep])
    return np.split(zoned, len(areas))


def simplify(pieces: np.ndarray, tolerance: float) -> np.ndarray:
    """Coverage-simplify, leaving the outer edge (the zone's and the map's) untouched."""
    out = pieces.copy()
    keep = non_empty(pieces)
    out[keep] = shapely.coverage_simplify(pieces[keep], tolerance, simplify_boundary=False)
    return out


def rejoin(zoned: list[np.ndarray]) -> np.ndarray:
    """Each state's parts in every zone as one shape again."""
    return np.array(
        [
            shapely.coverage_union_all([p for p in parts if not p.is_empty])
            for parts in zip(*zoned, strict=True)
        ],
        dtype=object,
    )


def round_and_repair(geoms: np.ndarray) -> np.ndarray:
    """Round to ``FILE_DECIMALS``; where rounding folds a thin sliver over a neighbour,
    clean the coverage and round again until it is valid."""
    for _ in range(REPAIR_ROUNDS):
        geoms = np.array([polygonal(g) for g in shapely.make_valid(round_file(geoms))])
        if shapely.coverage_is_valid(geoms):
            return geoms
        geoms = shapely.coverage_clean(geoms, snapping_distance=0.0)
    raise SystemExit("build_shapes: rounding left overlapping or unmatched borders")


def process(world_file: Path, fallback_file: Path) -> gpd.GeoDataFrame:
    """Every drawn state's shape, ready to commit.

    Read → move parts → fill lost shapes → clip → leave out islets → add the sea →
    split into zones → simplify each zone at its tolerance → rejoin → segmentize →
    round → clockwise.

    Parameters
    ----------
    world_file : pathlib.Path
        world-atlas ``countries-10m.json``.
    fallback_file : pathlib.Path
        world-atlas ``countries-50m.json``, for shapes the 10m file loses.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``code`` and ``geometry``, one row per state, forming a valid coverage.
    """
    states = fill_lost_shapes(move_parts(read_states(world_file)), read_states(fallback_file))
    codes = sorted(states)
    land = without_islets(
        np.array(
            [polygonal(shapely.clip_by_rect(states[code], *EXTENT)) for code in codes],
            dtype=object,
        )
    )
    sea = polygonal(shapely.difference(shapely.box(*EXTENT), shapely.union_all(land)))
    zoned = split_into_zones(np.append(land, sea))
    simplified = rejoin(
        [simplify(parts, zone.tolerance) for parts, zone in zip(zoned, ZONES, strict=True)]
    )
    shapes = round_and_repair(shapely.segmentize(simplified[:-1], SEGMENT_LENGTH))
    oriented = shapely.orient_polygons(shapes, exterior_cw=True)
    return gpd.GeoDataFrame({"code": codes, "geometry": oriented}, crs="EPSG:4326")


def to_geojson(states: gpd.GeoDataFrame) -> str:
    """Serialise deterministically: sorted features, fixed key order, no whitespace."""
    features = [
        {
            "type": "Feature",
            "id": row.code,
            "properties": {"code": row.code},
            "geometry": shapely.geometry.mapping(row.geometry),
        }
        for row in states.sort_values("code").itertuples()
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, separators=(",", ":"), ensure_ascii=False) + "\n"


def sha256(path: Path) -> str:
    """The hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def provenance(package: Path, output_text: str) -> dict[str, object]:
    """Describe where the shapes came from and every step applied to them."""
    return {
        "output": OUTPUT.name,
        "output_sha256": hashlib.sha256(output_text.encode("utf-8")).hexdigest(),
        "origin": {
            "producer": "Natural Earth, packaged as TopoJSON by Mike Bostock",
            "package": PACKAGE,
            "file": SOURCE_FILE,
            "file_sha256": sha256(package / SOURCE_FILE),
            "fallback_file": FALLBACK_FILE,
            "fallback_file_sha256": sha256(package / FALLBACK_FILE),
            "registry": "npm",
            "license": "Natural Earth: public domain; world-atlas packaging: ISC",
            "scale": "1:10m (1:50m for shapes the 10m file loses)",
        },
        "steps": [
            "read layer 'countries' of both files with geopandas (no CRS; set EPSG:4326)",
            "make_valid() every geometry (Russia, Fiji and Antarctica are invalid in the source)",
            f"join to data/states.csv on iso_numeric, else on ne_name; merge {MERGED_INTO}",
            "drop every feature without a code (out of view or not a state we draw)",
            "dissolve by code",
            f"move the polygons of one state inside a box to another: {MOVED_PARTS} "
            "(Crimea, filed under Russia by Natural Earth, is drawn within Ukraine)",
            f"states empty in {SOURCE_FILE} (the Vatican) come from {FALLBACK_FILE} "
            "and are cut out of the states around them",
            f"clip to lon {EXTENT[0]}..{EXTENT[2]}, lat {EXTENT[1]}..{EXTENT[3]}; "
            "keep polygonal parts only",
            "leave out every island whose area (square degrees times the cosine of its "
            f"latitude) is under the square of {ISLET_SIDE} times the tolerance of the "
            "finest zone it touches, unless it is its state's largest part or touches "
            "another state",
            "add the sea (the extent minus all land) so coasts are shared edges",
            "split every shape into the zones of detail, finest first, each the union of "
            "its lon/lat boxes less the finer zones: "
            + "; ".join(
                f"{zone.name}: {' + '.join(str(box) for box in zone.boxes)} at {zone.tolerance}"
                for zone in ZONES
            )
            + "; shapely.coverage_clean the parts",
            "shapely.coverage_simplify each zone's parts at its tolerance with "
            "simplify_boundary=False (zone edges and the map's edge stay exact, shared "
            "borders stay shared)",
            "coverage_union each state's parts in every zone; drop the sea",
            f"shapely.segmentize to {SEGMENT_LENGTH} degree (clip edges stay straight in d3)",
            f"round coordinates to {FILE_DECIMALS} decimals and make_valid; where rounding "
            "folds a sliver over a neighbour, coverage_clean and round again",
            "orient_polygons(exterior_cw=True) as d3-geo expects",
            "write GeoJSON with features sorted by code, feature id = code",
        ],
        "approximations": [
            "Germany is one shape: before 1990-10-03 it stands for both German states.",
            "Hong Kong and Macao are part of China's shape; Aland is part of Finland's.",
            "The Baikonur lease is part of Kazakhstan's shape; Akrotiri, Dhekelia and the "
            "UN buffer zone are part of Cyprus's.",
            "Siachen Glacier, Gibraltar, Crown dependencies and the Faroe Islands are not drawn.",
            "Russia is clipped at 150 degrees east, the map's edge.",
            "Crimea is part of Ukraine's shape (recognised borders); who holds it, and "
            "the other breakaway areas, is in territories.geojson.",
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """Build the shapes file and its provenance; return a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--package", type=Path, help=f"a local unpacked {PACKAGE} (the folder of {SOURCE_FILE})"
    )
    parser.add_argument(
        "--check", action="store_true", help="rebuild in memory; fail if it differs"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        package = args.package or fetch_world_atlas(Path(tmp))
        text = to_geojson(process(package / SOURCE_FILE, package / FALLBACK_FILE))
        record = provenance(package, text)
    if args.check:
        same = OUTPUT.read_text(encoding="utf-8") == text
        print(f"build_shapes: {OUTPUT.name} {'reproduced' if same else 'DIFFERS'}")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    PROVENANCE.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"build_shapes: wrote {OUTPUT.name} ({len(text):,} bytes), {PROVENANCE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
