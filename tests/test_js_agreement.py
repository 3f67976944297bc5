"""The browser's rules agree with Python's: fixtures written here, checked by ``node --test``.

Why: every rule that lives in both languages (what a view draws, its contest overlays,
the compared year, the canonical query, the table's rows and citation, the changes
between two years) is decided in Python and selected in the browser. This writes
Python's answers as fixtures in ``tests/js/fixtures`` and runs the pure browser modules
of ``assets/src`` against them in Node, in a few seconds and without a browser.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from components.changes_list import changes_meta, year_lines
from components.data_view import citation_template, table_meta, table_year, view_rows
from components.layer_toggles import DEFAULT_LAYERS
from components.view_state import OVERLAYS, View, year_in
from components.year_facts import year_facts
from geodata.atlas import Atlas
from tests.agreement import (
    ALL_LAYERS,
    STORY_POINTS,
    browser_form,
    by_contest,
    compared_changes,
    json_view,
    view_query,
)

HERE = Path(__file__).parent / "js"
FIXTURES = HERE / "fixtures"
NODE_HINT = "the agreement suite needs Node.js: apt-get install -y npm (or run `make test`)"


def map_views(year: int) -> list[View]:
    """A sample of each year's views: both lenses, a chosen country, overlays, a
    comparison and a story's highlight (the browser test covers the whole grid)."""
    return [
        View(year=year, layers=DEFAULT_LAYERS),
        View(year=year, layers=ALL_LAYERS, lens="alignment", country="SUN"),
        View(year=year, layers=("NATO", "OTS"), country="KAZ"),
        View(year=year, layers=(), overlays=("events", "territories")),
        View(year=year, layers=("SCO", "OTS"), vs=1991, lens="alignment"),
        View(year=year, layers=DEFAULT_LAYERS, vs=2015, country="GEO", highlight=STORY_POINTS),
        View(year=year, layers=(), lens="alignment", ties="security", overlays=("security",)),
        View(year=year, layers=ALL_LAYERS, lens="alignment", ties="security", vs=2005),
    ]


def map_fixture(atlas: Atlas) -> dict:
    """The facts the page fetches, and Python's values for every sampled view."""
    years = []
    for year in atlas.years:
        expected, contests = by_contest([browser_form(atlas, v) for v in map_views(year)])
        years.append({"year": year, "expected": expected, "contests": contests})
    return {"facts": year_facts(atlas), "years": years}


def view_fixture(atlas: Atlas) -> dict:
    """Compared years as typed, and the canonical query of views."""
    values = [1988, 2026, 1987, 2027, 2000.0, 2000.5, "2000", None, True, -1, 1991]
    views = [
        View(year=2026, layers=DEFAULT_LAYERS),
        View(year=1988, layers=(), lens="alignment", country="SUN", region="caucasus"),
        View(year=2019, layers=("NATO", "CSTO"), country="ARM", route="btc", vs=1991, story=3),
        View(year=2010, layers=ALL_LAYERS, overlays=("events", "territories")),
        View(year=2020, layers=(), lens="alignment", ties="security", overlays=("security",)),
    ]
    return {
        "years": [atlas.years[0], atlas.years[-1]],
        "compared": [
            # the number box gives numbers only: anything else compares with nothing
            {"value": v, "expected": year_in(v, atlas.years) if type(v) in (int, float) else None}
            for v in values
        ],
        "orgs": list(atlas.layer_codes),
        "overlays": list(OVERLAYS),
        # given out of legend order, as a person may tick them; written in legend order
        "queries": [
            {"view": json_view(v), "query": view_query(in_legend_order(v, atlas))} for v in views
        ],
    }


def in_legend_order(view: View, atlas: Atlas) -> View:
    """``view`` with its layers and overlays in legend order, as ``parse_view`` reads them."""
    return replace(
        view,
        layers=tuple(code for code in atlas.layer_codes if code in view.layers),
        overlays=tuple(name for name in OVERLAYS if name in view.overlays),
    )


def rows_fixture(atlas: Atlas) -> dict:
    """Each sampled year's rows as fetched, and the order and count the CSV has."""
    cases = []
    for year, layers in ((1995, DEFAULT_LAYERS), (2019, ("OTS",)), (2026, ("SCO", "NATO"))):
        rows = view_rows(atlas, year, layers)
        cases.append(
            {
                "year": table_year(atlas, year),
                "layers": list(layers),
                "expected": [[r["country"], r["organisation"]] for r in rows],
                "sources": len({r["source"] for r in rows}),
                "day": citation_template(atlas, year).split("(")[0],
            }
        )
    return {"meta": table_meta(atlas), "cases": cases}


def changes_fixture(atlas: Atlas) -> dict:
    """Every year's list, and the changes grouped by state between pairs of years."""
    pairs = [(1991, 2026), (2026, 1991), (2008, 2009), (1995, 2005)]
    return {
        "firstYear": atlas.years[0],
        "meta": changes_meta(atlas),
        "years": [year_lines(atlas, y) for y in atlas.years],
        "pairs": [
            {"vs": vs, "year": year, "expected": compared_changes(atlas, vs, year)}
            for vs, year in pairs
        ],
    }


def write_fixtures(atlas: Atlas, folder: Path) -> None:
    """Python's answers, one JSON file per rule."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in (
        ("map", map_fixture),
        ("view", view_fixture),
        ("rows", rows_fixture),
        ("changes", changes_fixture),
    ):
        text = json.dumps(build(atlas), ensure_ascii=False, separators=(",", ":"))
        (folder / f"{name}.json").write_text(text, encoding="utf-8")


def test_jsa001_the_browser_modules_agree_with_python(atlas: Atlas) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.fail(NODE_HINT)
    write_fixtures(atlas, FIXTURES)
    run = subprocess.run(
        [node, "--test", "--test-reporter=spec", str(HERE)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "fail 0" in run.stdout, run.stdout[-2000:]
