"""Shared links: a URL restores its view exactly, and a forged URL opens the default."""

from __future__ import annotations

import pytest

from components.view_state import View, parse_view
from tests.agreement import view_query

YEARS = range(1988, 2027)
LAYERS = ("OTS", "CSTO", "EAEU", "CIS", "SCO", "NATO", "EU")
COUNTRIES = ("ARM", "AZE", "KAZ", "SUN")
DEFAULT = View(year=2026, layers=LAYERS)


def parse(search: str | None) -> View:
    return parse_view(search, DEFAULT, YEARS, LAYERS, COUNTRIES)


def test_vst001_every_field_is_read_from_the_query() -> None:
    view = parse("?year=2009&layers=SCO,OTS&lens=alignment&country=KAZ&region=central-asia")
    assert view == View(
        year=2009, layers=("OTS", "SCO"), lens="alignment", country="KAZ", region="central-asia"
    )


@pytest.mark.parametrize(
    "view",
    [
        DEFAULT,
        View(year=1988, layers=(), lens="alignment", country="SUN", region="caucasus"),
        View(year=2019, layers=("CSTO", "NATO"), country="ARM"),
    ],
)
def test_vst002_writing_then_reading_a_view_gives_it_back(view: View) -> None:
    assert parse(view_query(view)) == view


@pytest.mark.parametrize(
    "search",
    [
        None,
        "",
        "?",
        "?year=1700",
        "?year=3000",
        "?year=20x9",
        "?year=-1",
        "?layers=<script>alert(1)</script>",
        "?layers=bogus,NOPE",
        "?lens=<b>x</b>",
        "?country=XXX",
        "?country=<img src=x onerror=alert(1)>",
        "?region=mars",
        "?year=&lens=&region=",
        "?%ZZ=%%%",
    ],
)
def test_vst003_invalid_values_fall_back_to_the_default(search: str | None) -> None:
    assert parse(search) == DEFAULT


def test_vst004_an_empty_layer_list_means_every_layer_off() -> None:
    assert parse("?layers=").layers == ()


def test_vst005_unknown_layers_are_dropped_and_known_ones_kept() -> None:
    assert parse("?layers=NATO,<script>,EU").layers == ("NATO", "EU")


def test_vst006_the_query_never_carries_markup() -> None:
    query = view_query(parse("?country=<script>&layers=<b>,SCO"))
    assert "<" not in query and ">" not in query


def test_vst007_a_url_moves_only_the_controls_that_differ() -> None:
    from dash import no_update

    from components.url_sync import changed_controls

    shown = View(year=2026, layers=LAYERS, country="KAZ")
    wanted = View(year=2009, layers=LAYERS, country="KAZ", region="caucasus")
    moved = changed_controls(wanted, shown)
    assert moved[0] == 2009 and moved[4] == "caucasus"
    assert [i for i, value in enumerate(moved) if value is not no_update] == [0, 4]
    assert changed_controls(shown, shown) == (no_update,) * len(moved)


def test_vst010_a_comparison_and_a_chapter_are_read_and_written() -> None:
    default = View(year=2026, layers=LAYERS)
    view = parse_view("?year=2026&vs=1991&story=3", default, YEARS, LAYERS, [], [], 14)
    assert (view.vs, view.story) == (1991, 3)
    assert parse_view("?story=15", default, YEARS, LAYERS, [], [], 14).story is None
    assert parse_view("?vs=1700", default, YEARS, LAYERS, [], [], 14).vs is None
    assert view_query(view).endswith("&vs=1991&story=3")


def test_vst008_overlays_keep_their_order_and_drop_the_unknown() -> None:
    assert parse("?overlays=events,<b>,territories").overlays == ("territories", "events")
    assert parse("?overlays=").overlays == ()
    assert parse("").overlays == ("territories", "borders", "events")
    assert "overlays=territories,events" in view_query(parse("?overlays=events,territories"))


def test_vst009_a_known_route_opens_and_an_unknown_one_is_dropped() -> None:
    default = View(year=2026, layers=LAYERS)
    assert parse_view("?route=btc", default, YEARS, LAYERS, ["KAZ"], ["btc"]).route == "btc"
    assert parse_view("?route=<b>", default, YEARS, LAYERS, ["KAZ"], ["btc"]).route is None
    assert "route=btc" in view_query(View(year=2010, layers=LAYERS, route="btc"))
