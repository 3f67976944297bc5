"""Start-up refuses bad data loudly, and the server never answers a bad input with a 500."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from components import ids
from data.errors import DataError
from tests.conftest import REPO
from web.envelope import call_of


def test_a_malformed_table_stops_start_up_naming_the_place(tmp_path: Path) -> None:
    for name in ("app.py", "data", "geodata", "components", "assets"):
        source = REPO / name
        copy = shutil.copytree if source.is_dir() else shutil.copy
        copy(source, tmp_path / name)
    table = tmp_path / "data" / "memberships.csv"
    lines = table.read_text(encoding="utf-8").splitlines()
    lines[4] = "GEO,CIS,member,2010-01-01,2009-08-18,https://example.org/s,"
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "app.py", "--port", "0"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "data/memberships.csv:5: column end: end 2009-08-18 is before start 2010-01-01" in (
        result.stderr
    )


@pytest.fixture(scope="module")
def client():
    import app

    return app.server.test_client()


def story_request(country: object) -> dict:
    """The one callback a country pick sends to the server: its story."""
    import app

    return call_of(app.app, ids.PANEL_TITLE, {ids.COUNTRY: country})


@pytest.mark.parametrize("country", ["<script>alert(1)</script>", None, 1700, [1, {"a": 2}], "KAZ"])
def test_forged_callback_inputs_get_a_sensible_panel_not_an_error(client, country) -> None:
    client.get("/")
    response = client.post("/_dash-update-component", json=story_request(country))
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "<script>" not in body
    panel = json.loads(body)["response"][ids.PANEL]["className"]
    assert panel == ("country-panel" if country == "KAZ" else "country-panel hidden")


def test_a_route_far_from_a_state_it_lists_is_named_by_its_line(tmp_path: Path) -> None:
    from geodata.atlas import load_inputs

    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    table = data / "routes.csv"
    lines = table.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("btc,"))
    lines[index] = lines[index].replace("AZE;GEO;TUR", "AZE;GEO;TUR;KAZ", 1)
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=rf"data/routes.csv:{index + 1}: column countries: "):
        load_inputs(data)
