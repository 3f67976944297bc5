"""Data out: the table, its CSV and the citation show exactly what the map shows."""

from __future__ import annotations

import csv
import io

from components.data_view import citation_template, table_year, to_csv, view_rows
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


def test_dat005_the_citation_template_names_the_day_and_leaves_the_view_to_fill(
    atlas: Atlas,
) -> None:
    text = citation_template(atlas, 2015)
    assert "31 December 2015" in text
    assert all(f"{{{slot}}}" in text for slot in ("layers", "lens", "url", "count"))


def test_dat006_each_year_s_file_holds_the_rows_in_force(atlas: Atlas) -> None:
    in_2019 = {(r["country"], r["org"]) for r in table_year(atlas, 2019)["rows"]}
    expected = {(r["country"], r["organisation"]) for r in view_rows(atlas, 2019, LAYERS)}
    assert expected <= in_2019
    in_2018 = {(r["country"], r["org"]) for r in table_year(atlas, 2018)["rows"]}
    assert ("Uzbekistan", "OTS") in in_2019 and ("Uzbekistan", "OTS") not in in_2018


def test_dat007_dates_in_the_table_are_shown_at_the_row_s_precision(atlas: Atlas) -> None:
    rows = table_year(atlas, 2019)["rows"]
    kazakhstan_ots = next(r for r in rows if r["country"] == "Kazakhstan" and r["org"] == "OTS")
    assert kazakhstan_ots["since"] == "3 Oct 2009"
    assert kazakhstan_ots["start"] == "2009-10-03"
