"""The security layer as the map, the lens and the country panel show it: the tables sent
once, each year's rows, arcs and marks, the lens counting security ties, the panel's
section, and the ``ties`` part of a view read from a URL."""

from __future__ import annotations

from urllib.parse import urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from components.country_story import security_history, security_lines, sources
from components.layer_toggles import DEFAULT_LAYERS
from components.map_figure import YearTies, lens_ties, trace_order, view_values
from components.security_layer import (
    ARC_POINTS,
    ARC_WIDTHS,
    NO_CENTRE_COLOUR,
    OFF_MAP_ORIGIN,
    arc_ends,
    arc_line,
    arc_rows,
    arc_traces,
    arc_width,
    security_hover,
    security_in,
    security_tables,
    security_values,
)
from components.styling import CENTRE_COLOUR
from components.text_table import TextTable
from components.view_state import DEFAULT_OVERLAYS, OVERLAYS, TIES, View, parse_view
from components.year_facts import year_entry
from data.alignment import leaders
from geodata.atlas import Atlas
from tests.agreement import view_query


def tie(atlas: Atlas, tie_id: str):
    return next(t for t in atlas.facts.security_ties if t.id == tie_id)


def index(atlas: Atlas, tie_id: str) -> int:
    return next(i for i, t in enumerate(atlas.facts.security_ties) if t.id == tie_id)


def test_sec001_the_table_sends_every_row_once_with_its_arc_or_mark(atlas: Atlas) -> None:
    tables = security_tables(atlas)
    rows = tables["rows"]
    assert len(rows) == len(atlas.facts.security_ties) == 55
    arcs = arc_rows(atlas)
    assert tables["arcCount"] == len(arcs) == sum(row["arc"] >= 0 for row in rows)
    assert sorted(row["arc"] for row in rows if row["arc"] >= 0) == list(range(len(arcs)))
    for row, source in zip(rows, atlas.facts.security_ties, strict=True):
        assert row["id"] == source.id and row["host"] == source.host
        assert (row["arc"] < 0) == (source.lon is not None)
    # every delivery and licensed production is an arc; every other kind is a mark
    assert {t.kind for t in arcs} == {"arms_delivery", "licensed_production"}


def test_sec002_a_year_holds_standing_ties_while_they_last_and_deliveries_once(
    atlas: Atlas,
) -> None:
    gyumri, tb2 = index(atlas, "rus-arm-102nd-base"), index(atlas, "tur-aze-tb2-2020")
    gabala = index(atlas, "rus-aze-gabala-radar")
    assert gyumri in security_in(atlas, 2020) and gyumri not in security_in(atlas, 1993)
    assert tb2 in security_in(atlas, 2020) and tb2 not in security_in(atlas, 2021)
    assert gabala in security_in(atlas, 2011) and gabala not in security_in(atlas, 2013)


def test_sec003_the_layer_draws_marks_and_shows_arcs_only_when_switched_on(atlas: Atlas) -> None:
    off = security_values(atlas, 2020, DEFAULT_OVERLAYS)
    assert not any(off.arcs) and off.lon == [] and len(off.arcs) == len(arc_rows(atlas))
    on = security_values(atlas, 2020, ("security",))
    arcs = [t.id for t, shown in zip(arc_rows(atlas), on.arcs, strict=True) if shown]
    assert "tur-aze-tb2-2020" in arcs and "tur-kgz-tb2-2021" not in arcs
    gyumri = tie(atlas, "rus-arm-102nd-base")
    at = on.lon.index(gyumri.lon)
    assert on.lat[at] == gyumri.lat and on.host[at] == "ARM"
    assert on.colour[at] == CENTRE_COLOUR["russia"] and on.symbol[at] == "pentagon"
    later = security_values(atlas, 2021, ("security",))
    assert "tur-aze-tb2-2020" not in [
        t.id for t, shown in zip(arc_rows(atlas), later.arcs, strict=True) if shown
    ]


def test_sec004_an_arc_curves_from_supplier_to_recipient(atlas: Atlas) -> None:
    start, end = arc_ends(atlas, tie(atlas, "tur-aze-tb2-2020"))
    lons, lats = arc_line(start, end)
    assert len(lons) == ARC_POINTS
    assert (lons[0], lats[0]) == (round(start[0], 4), round(start[1], 4))
    assert (lons[-1], lats[-1]) == (round(end[0], 4), round(end[1], 4))
    # the middle point lies off the straight line: it bulges sideways
    middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    assert abs(lons[ARC_POINTS // 2] - middle[0]) + abs(lats[ARC_POINTS // 2] - middle[1]) > 0.5
    # a provider off the map starts at the western edge
    assert OFF_MAP_ORIGIN["USA"][0] < 0


def test_sec005_arc_widths_grow_with_the_count_and_a_missing_count_is_thinnest() -> None:
    thinnest = ARC_WIDTHS[0][1]
    assert arc_width(None) == thinnest
    assert arc_width(1) > thinnest and arc_width(24) > arc_width(4)


def test_sec006_arc_traces_carry_colour_width_and_hover_and_start_hidden(atlas: Atlas) -> None:
    traces = arc_traces(atlas)
    by_id = dict(zip((t.id for t in arc_rows(atlas)), traces, strict=True))
    tb2 = by_id["tur-aze-tb2-2020"]
    assert tb2.visible is False and tb2.line.color == CENTRE_COLOUR["turkey"]
    assert tb2.line.width == ARC_WIDTHS[0][1]
    assert by_id["fra-arm-bastion-2023"].line.width == ARC_WIDTHS[-1][1]
    assert by_id["isr-aze-major-arms-2016-2020"].line.color == NO_CENTRE_COLOUR
    assert by_id["tur-kaz-anka-production"].line.dash == "dot"
    assert "Bayraktar TB2" in tb2.text and "Turkey → Azerbaijan" in tb2.text


def test_sec007_the_hover_says_who_what_when_and_whose_report(atlas: Atlas) -> None:
    text = security_hover(atlas, tie(atlas, "rus-arm-su30sm-2019"))
    assert "Su-30SM fighters (4)" in text and "Russia → Armenia" in text
    assert "delivered Dec 2019" in text and "source: " in text
    base = security_hover(atlas, tie(atlas, "rus-aze-gabala-radar"))
    assert "Russia in Azerbaijan" in base and "2002 to 9 Dec 2012" in base


def test_sec008_the_figure_orders_the_arcs_and_marks_between_badges_and_events(
    atlas: Atlas,
) -> None:
    order = trace_order(len(atlas.facts.routes), len(arc_rows(atlas)))
    assert order["security arcs"] == order["badges"] + 1
    assert order["security"] == order["security arcs"] + len(arc_rows(atlas))
    assert order["events"] == order["security"] + 1


def test_sec009_the_lens_counts_security_ties_by_centre_when_asked(atlas: Atlas) -> None:
    led_by = leaders(atlas.facts.organisations)
    year_ties = YearTies.of(atlas, 2022)
    held = {}  # no organisation: only security ties can tie it
    centres, hover = lens_ties(held, led_by, year_ties, "KGZ", "organisations")
    assert centres == () and "none" in hover
    centres, hover = lens_ties(held, led_by, year_ties, "KGZ", "security")
    assert set(centres) >= {"russia"} and "Russia: base" in hover


def test_sec010_the_second_mask_holds_every_centre_of_the_first(atlas: Atlas) -> None:
    texts = TextTable()
    for year in (1995, 2008, 2020, 2026):
        entry = year_entry(atlas, year, texts)
        for plain, both in zip(entry["ties"], entry["securityTies"], strict=True):
            assert (plain is None) == (both is None)
            if plain is not None:
                assert plain & both == plain
    entry = year_entry(atlas, 2020, texts)
    features = list(atlas.features.values())
    aze = next(i for i, f in enumerate(features) if f.unit == "AZE")
    assert "Turkey: training, exercises, arms" in texts.items[entry["securityTiesHover"][aze]]


def test_sec011_the_view_counts_what_the_switch_says(atlas: Atlas) -> None:
    plain = view_values(atlas, View(year=2020, layers=(), lens="alignment"))
    both = view_values(atlas, View(year=2020, layers=(), lens="alignment", ties="security"))
    assert len(both.badges.lon) > len(plain.badges.lon)
    assert any("security:" in row[1] for row in both.customdata)
    assert not any("security:" in row[1] for row in plain.customdata)


def test_sec012_the_panel_lists_the_years_ties_and_the_whole_history(atlas: Atlas) -> None:
    now = security_lines(atlas, "ARM", 2020)
    assert "102nd Military Base" in now and "Gyumri" in now
    assert "Eagle Partner" not in now
    assert security_lines(atlas, "ARM", 1988) == ""
    history = security_history(atlas, "ARM")
    assert history and "Security ties since 1988" in str(history[0].children[0])
    cited = sources(atlas, "ARM")
    assert tie(atlas, "rus-arm-102nd-base").source in cited
    assert security_history(atlas, "ESP") == []


def test_sec013_a_url_asks_for_the_switch_and_the_layer(atlas: Atlas) -> None:
    default = View(year=2026, layers=DEFAULT_LAYERS)
    years, layers, countries = atlas.years, atlas.layer_codes, atlas.country_codes
    view = parse_view("?ties=security&overlays=security,events", default, years, layers, countries)
    assert view.ties == "security" and view.overlays == ("events", "security")
    assert parse_view("?ties=drones", default, years, layers, countries).ties == "organisations"
    assert default.overlays == DEFAULT_OVERLAYS and "security" in OVERLAYS
    # the canonical query writes the switch only when it is on, and reads back
    query = view_query(view)
    assert "ties=security" in query
    assert parse_view(query, default, years, layers, countries) == view
    assert "ties=" not in view_query(default)


@settings(max_examples=60, derandomize=True, database=None, deadline=None)
@given(value=st.one_of(st.text(max_size=20), st.sampled_from([*TIES, "Security", "<b>x</b>"])))
def test_sec014_any_ties_value_in_a_url_is_one_the_atlas_knows(value: str) -> None:
    default = View(year=2026, layers=())
    view = parse_view("?" + urlencode({"ties": value}), default, range(1988, 2027), (), ())
    assert view.ties == (value if value in TIES else "organisations")
