"""Rebuild ``geodata/countries.geojson`` from Natural Earth (npm ``world-atlas``).

Why a script: the committed shapes must be reproducible byte for byte, and every
processing step must be written down. Run it with the project's virtualenv::

    python geodata/build_shapes.py            # fetches world-atlas with ``npm pack``
    python geodata/build_shapes.py --source path/to/countries-50m.json

It writes ``countries.geojson`` and ``countries.provenance.json`` beside itself.
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
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from data.extent import EXTENT
from geodata.precision import COARSE_TOLERANCE, FILE_DECIMALS, SEGMENT_LENGTH, round_file

HERE = Path(__file__).resolve().parent
STATES_CSV = HERE.parent / "data" / "states.csv"
OUTPUT = HERE / "countries.geojson"
PROVENANCE = HERE / "countries.provenance.json"

PACKAGE = "world-atlas@2.0.2"
SOURCE_FILE = "countries-50m.json"
#: Natural Earth pieces that belong to a state in view but carry their own id.
MERGED_INTO = {"Hong Kong": "CHN", "Macao": "CHN", "Åland": "FIN", "Somaliland": "SOM"}


def fetch_world_atlas(workdir: Path) -> Path:
    """Download the pinned npm package and return the path of its 50m countries."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True)
    archive = next(workdir.glob("world-atlas-*.tgz"))
    with tarfile.open(archive) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package" / SOURCE_FILE


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


def process(world: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Valid → coded → dissolved → clipped → coverage-simplified → segmentized → clockwise."""
    world = world.set_crs("EPSG:4326", allow_override=True)
    world["geometry"] = world.make_valid()
    world = assign_codes(world)
    states = world.dissolve(by="code", as_index=False)[["code", "geometry"]]
    states["geometry"] = states.clip_by_rect(*EXTENT)
    polygons = shapely.make_valid(states.geometry.values)
    polygons = np.array([keep_polygons(g) for g in polygons], dtype=object)
    simplified = shapely.coverage_simplify(polygons, COARSE_TOLERANCE)
    segmented = shapely.segmentize(simplified, SEGMENT_LENGTH)
    rounded = round_file(segmented)
    oriented = shapely.orient_polygons(shapely.make_valid(rounded), exterior_cw=True)
    states["geometry"] = [keep_polygons(g) for g in oriented]
    return states.sort_values("code").reset_index(drop=True)


def keep_polygons(geom: shapely.Geometry) -> shapely.Geometry:
    """Drop the points and lines that clipping or validity repair can leave behind."""
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.multipolygons(list(shapely.get_parts(parts))) if len(parts) != 1 else parts[0]


def to_geojson(states: gpd.GeoDataFrame) -> str:
    """Serialise deterministically: sorted features, fixed key order, no whitespace."""
    features = [
        {
            "type": "Feature",
            "id": row.code,
            "properties": {"code": row.code},
            "geometry": shapely.geometry.mapping(row.geometry),
        }
        for row in states.itertuples()
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, separators=(",", ":"), ensure_ascii=False) + "\n"


def provenance(source: Path, output_text: str) -> dict[str, object]:
    """Describe where the shapes came from and every step applied to them."""
    return {
        "output": OUTPUT.name,
        "output_sha256": hashlib.sha256(output_text.encode("utf-8")).hexdigest(),
        "origin": {
            "producer": "Natural Earth, packaged as TopoJSON by Mike Bostock",
            "package": PACKAGE,
            "file": SOURCE_FILE,
            "file_sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
            "registry": "npm",
            "license": "Natural Earth: public domain; world-atlas packaging: ISC",
            "scale": "1:50m",
        },
        "steps": [
            "read layer 'countries' with geopandas (no CRS in the file; set EPSG:4326)",
            "make_valid() every geometry (Russia, Fiji and Antarctica are invalid in the source)",
            f"join to data/states.csv on iso_numeric, else on ne_name; merge {MERGED_INTO}",
            "drop every feature without a code (out of view or not a state we draw)",
            "dissolve by code",
            f"clip to lon {EXTENT[0]}..{EXTENT[2]}, lat {EXTENT[1]}..{EXTENT[3]}",
            "keep polygonal parts only",
            f"shapely.coverage_simplify at {COARSE_TOLERANCE} (shared borders stay shared)",
            f"shapely.segmentize to {SEGMENT_LENGTH} degree (clip edges stay straight in d3)",
            f"round coordinates to {FILE_DECIMALS} decimals",
            "make_valid, then orient_polygons(exterior_cw=True) as d3-geo expects",
            "write GeoJSON with features sorted by code, feature id = code",
        ],
        "approximations": [
            "Germany is one shape: before 1990-10-03 it stands for both German states.",
            "Hong Kong and Macao are part of China's shape; Aland is part of Finland's.",
            "Siachen Glacier, Crown dependencies and the Faroe Islands are not drawn.",
            "Russia is clipped at 150 degrees east, the map's edge.",
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """Build the shapes file and its provenance; return a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help=f"a local {SOURCE_FILE}")
    parser.add_argument(
        "--check", action="store_true", help="rebuild in memory; fail if it differs"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source or fetch_world_atlas(Path(tmp))
        world = gpd.read_file(source, layer="countries")
        text = to_geojson(process(world))
        record = provenance(source, text)
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
