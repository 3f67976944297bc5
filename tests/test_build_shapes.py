"""The committed shapes are exactly what the build script makes from Natural Earth."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO

GEODATA = REPO / "geodata"


def test_provenance_describes_the_committed_file() -> None:
    record = json.loads((GEODATA / "countries.provenance.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256((GEODATA / "countries.geojson").read_bytes()).hexdigest()
    assert record["output_sha256"] == digest
    assert record["origin"]["package"] == "world-atlas@2.0.2"
    assert any("orient_polygons" in step for step in record["steps"])


def test_rebuilding_from_the_npm_package_reproduces_the_file_byte_for_byte() -> None:
    if shutil.which("npm") is None:
        pytest.fail("npm is needed to fetch world-atlas: apt-get install -y npm (or nodejs)")
    result = subprocess.run(
        [sys.executable, str(GEODATA / "build_shapes.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "reproduced" in result.stdout
