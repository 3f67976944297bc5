"""Data out: the table, its CSV and the citation show exactly what the map shows."""

from __future__ import annotations

import csv
import io

from components.data_view import citation, to_csv, view_rows, view_url
from components.view_state import View
from geodata.atlas import Atlas

LAYERS = ("OTS", "CSTO", "EAEU", "CIS", "SCO", "NATO", "EU")


def test_dat001_rows_are_the_memberships_in_force_for_the_layers_shown(atlas: Atlas) -> None:
    rows = view_rows(atlas, 2019, ("OTS",))
    assert {r["country"] for r in rows} == {
        "Azerbaijan",
        "Hungary",
        "Kazakhstan",
        "Kyrgyzstan",
        "Turkey",
        "Uzbekistan",
    }
    assert {r["organisation"] for r in rows} == {"OTS"}
    hungary = next(r for r in rows if r["country"] == "Hungary")
    assert hungary["status"] == "observer"


def test_dat002_no_layer_no_rows(atlas: Atlas) -> None:
    assert view_rows(atlas, 2019, ()) == []


def test_dat003_rows_are_sorted_by_country_then_layer_order(atlas: Atlas) -> None:
    rows = view_rows(atlas, 2010, LAYERS)
    keys = [(r["country"], LAYERS.index(r["organisation"])) for r in rows]
    assert keys == sorted(keys)


def test_dat004_the_csv_reads_back_to_the_same_rows(atlas: Atlas) -> None:
    rows = view_rows(atlas, 2022, LAYERS)
    read_back = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert read_back == rows
    assert to_csv(rows).splitlines()[0] == "country,organisation,status,since,until,source"


def test_dat005_the_citation_names_the_day_layers_url_and_sources(atlas: Atlas) -> None:
    view = View(year=2015, layers=("SCO", "NATO"), lens="alignment")
    rows = view_rows(atlas, 2015, view.layers)
    text = citation(atlas, view, "http://127.0.0.1:8050/?year=2015", rows)
    assert "31 December 2015" in text
    assert "SCO, NATO" in text
    assert "alignment" in text
    assert "http://127.0.0.1:8050/?year=2015" in text
    assert f"{len({r['source'] for r in rows})} cited sources" in text


def test_dat006_the_cited_address_is_the_canonical_one_whatever_the_bar_holds() -> None:
    view = View(year=2015, layers=("SCO",), country="KAZ")
    forged = "http://host:8050/?year=1700&layers=%3Cscript%3E&utm=x#top"
    assert view_url(forged, view) == (
        "http://host:8050/?year=2015&layers=SCO&lens=organisations&country=KAZ&region=eurasia"
    )
    assert view_url(None, view).startswith("/?year=2015")
