"""The vendored plotly.js partial bundle is the one its provenance names, and the same
plotly.js version the installed plotly package ships (so figures built in Python and
drawn in the browser speak the same schema)."""

from __future__ import annotations

import hashlib
import json
import re
from importlib import resources

from tests.conftest import REPO

VENDOR = REPO / "assets" / "vendor"
VERSION = re.compile(rb"plotly\.js(?: \([a-z -]+\))? v(\d+\.\d+\.\d+)")


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
