"""The vendored plotly.js partial bundle is the one its provenance names, and the same
plotly.js version the installed plotly package ships (so figures built in Python and
drawn in the browser speak the same schema); the accessibility engine the browser tests
inject is the axe-core release its provenance names, with its licence beside it."""

from __future__ import annotations

import hashlib
import json
import re
from importlib import resources

from tests.conftest import REPO

VENDOR = REPO / "assets" / "vendor"
TEST_VENDOR = REPO / "tests" / "browser" / "vendor"
VERSION = re.compile(rb"plotly\.js(?: \([a-z -]+\))? v(\d+\.\d+\.\d+)")
AXE_VERSION = re.compile(rb"axe v(\d+\.\d+\.\d+)")


def test_vnd001_the_bundle_is_the_file_its_provenance_names() -> None:
    record = json.loads((VENDOR / "plotly-geo.provenance.json").read_text(encoding="utf-8"))
    bundle = (VENDOR / record["file"]).read_bytes()
    assert hashlib.sha256(bundle).hexdigest() == record["sha256"]
    assert record["origin"]["package"].endswith("@" + VERSION.search(bundle[:300])[1].decode())


def test_vnd002_the_bundle_matches_the_plotly_js_of_the_installed_plotly() -> None:
    shipped = resources.files("plotly") / "package_data" / "plotly.min.js"
    with shipped.open("rb") as handle:
        expected = VERSION.search(handle.read(300))[1]
    ours = VERSION.search((VENDOR / "plotly-geo.min.js").read_bytes()[:300])[1]
    assert ours == expected


def test_vnd003_the_axe_engine_is_the_release_its_provenance_names() -> None:
    record = json.loads((TEST_VENDOR / "axe-core.provenance.json").read_text(encoding="utf-8"))
    engine = (TEST_VENDOR / record["file"]).read_bytes()
    assert hashlib.sha256(engine).hexdigest() == record["sha256"]
    assert record["origin"]["package"] == "axe-core@" + AXE_VERSION.search(engine[:100])[1].decode()
    licence = (TEST_VENDOR / "axe-core.LICENSE.txt").read_text(encoding="utf-8")
    assert licence.startswith("Mozilla Public License, version 2.0")
