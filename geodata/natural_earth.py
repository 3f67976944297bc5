"""The Natural Earth layers the label and territory builds read, kept with the project.

Why here: a fresh clone must rebuild ``places.csv`` and ``territories.geojson`` (and
its tests check that it does) with nothing beside it. The two layers travel in
``geodata/sources/natural-earth/`` as the upstream files, unchanged, compressed with xz
(600 KB instead of 6.9 MB); ``SHA256SUMS`` there holds the upstream checksums of the
uncompressed bytes, which the builds' provenance records and a test checks.
"""

from __future__ import annotations

import hashlib
import lzma
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "sources" / "natural-earth"
PLACES = FOLDER / "ne_10m_populated_places_simple.json.xz"
DISPUTED_AREAS = FOLDER / "ne_10m_admin_0_disputed_areas.json.xz"


def read_bytes(path: Path) -> bytes:
    """The upstream file's bytes, from ``path`` as committed (``.xz``) or as it came."""
    data = path.read_bytes()
    return lzma.decompress(data) if path.suffix == ".xz" else data


def upstream_name(path: Path) -> str:
    """The file's name upstream (without the ``.xz`` it travels with)."""
    return path.name.removesuffix(".xz")


def sha256(path: Path) -> str:
    """The SHA-256 of the upstream bytes, whichever form ``path`` is in."""
    return hashlib.sha256(read_bytes(path)).hexdigest()


def checksums(folder: Path = FOLDER) -> dict[str, str]:
    """File name → SHA-256, as ``SHA256SUMS`` lists them."""
    listed = {}
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split()
        listed[name] = digest
    return listed
