"""The pure figure builders: fill priority, hover, badges, routes, patch size."""

from __future__ import annotations

import json

import pytest

from components.layer_toggles import DEFAULT_LAYERS
from components.map_figure import (
    Badges,
    base_figure,
    fill_for,
    hover_lines,
    layer_entries,
    route_states,
    trace_order,
    view_values,
)
from components.styling import BADGE_SYMBOL, fill_category
from components.view_state import View
from data.schema import Membership
from geodata.atlas import Atlas

URL = "https://example.org/s"


def trace(atlas: Atlas, layer: str) -> int:
    return trace_order(len(atlas.facts.routes))[layer]


ORGS = ("OTS", "CSTO", "SCO")


def held(**statuses: str) -> dict[str, Membership]:
    return {
        org: Membership(country="KAZ", org=org, status=s, start="2009", source=URL)
        for org, s in statuses.items()
    }


def test_fill_is_the_first_layer_shown_that_the_country_is_in() -> None:
    kazakhstan = held(OTS="member", CSTO="member", SCO="member")
    assert fill_for(kazakhstan, ORGS, ORGS) == fill_category(0, "member")
    assert fill_for(kazakhstan, ("CSTO", "SCO"), ORGS) == fill_category(1, "member")
    assert fill_for(kazakhstan, (), ORGS) == 0


def test_non_full_statuses_get_their_own_shade() -> None:
    assert fill_for(held(SCO="dialogue_partner"), ORGS, ORGS) == fill_category(2, "observer")
    assert fill_for(held(CSTO="frozen"), ORGS, ORGS) == fill_category(1, "suspended")
    assert len({fill_category(1, s) for s in ("member", "observer", "frozen")}) == 3


def test_hover_lists_memberships_grouped_by_status() -> None:
    text = hover_lines(held(OTS="member", CSTO="member", SCO="partner"), ORGS)
    assert text == "member: OTS, CSTO<br>partner: SCO"
    assert hover_lines({}, ORGS) == "no membership"


def test_badges_sit_in_a_row_centred_on_the_country(atlas: Atlas) -> None:
    feature = atlas.features["KAZ"]
    badges = Badges()
    badges.add_row(feature.anchor, layer_entries(held(OTS="member", SCO="observer"), ORGS, ORGS))
    lon, lat = feature.anchor
    assert badges.lat == [lat, lat]
    assert sum(badges.lon) / 2 == pytest.approx(lon, abs=0.1)
    assert badges.colour == [0, 2]
    assert badges.symbol == [BADGE_SYMBOL["member"], BADGE_SYMBOL["partial"]]


def values(atlas: Atlas, year: int, layers=DEFAULT_LAYERS, **view) -> dict:
    return base_figure(atlas, View(year=year, layers=tuple(layers), **view), "/geometry/x.json")


def z_of(atlas: Atlas, figure: dict, feature_id: str) -> int | None:
    return figure["data"][trace(atlas, "countries")]["z"][list(atlas.features).index(feature_id)]


def test_uzbekistan_turns_ots_green_between_2009_and_2019(atlas: Atlas) -> None:
    ots = atlas.layer_codes.index("OTS")
    assert z_of(atlas, values(atlas, 2009), "UZB") != fill_category(ots, "member")
    assert z_of(atlas, values(atlas, 2019), "UZB") == fill_category(ots, "member")


def test_in_1990_one_soviet_shape_and_no_kazakhstan(atlas: Atlas) -> None:
    figure = values(atlas, 1990)
    drawn = [fid for fid in atlas.features if z_of(atlas, figure, fid) is not None]
    assert [fid for fid in drawn if fid.startswith("SUN")] == [
        next(fid for fid in atlas.features if fid.startswith("SUN="))
    ]
    assert "KAZ" not in drawn
    assert z_of(atlas, values(atlas, 1992), "KAZ") is not None


def test_switching_csto_off_removes_its_colours_and_badges(atlas: Atlas) -> None:
    csto = atlas.layer_codes.index("CSTO")
    layers = [code for code in DEFAULT_LAYERS if code != "CSTO"]
    figure = values(atlas, 2010, layers)
    csto_fills = {fill_category(csto, s) for s in ("member", "observer", "frozen")}
    assert not csto_fills & set(figure["data"][trace(atlas, "countries")]["z"])
    assert csto not in figure["data"][trace(atlas, "badges")]["marker"]["color"]


def btc_state(atlas: Atlas, year: int):
    index = [r.id for r in atlas.facts.routes].index("btc")
    return route_states(atlas, year)[index]


def test_btc_is_absent_in_2000_and_drawn_in_2010(atlas: Atlas) -> None:
    assert btc_state(atlas, 2000) is None
    assert btc_state(atlas, 2010)[0] == "solid"


def test_zangezur_corridor_is_dotted_as_prospective_from_2020(atlas: Atlas) -> None:
    index = [r.id for r in atlas.facts.routes].index("zangezur")
    assert route_states(atlas, 2019)[index] is None
    dash, label = route_states(atlas, 2021)[index]
    assert dash == "dot"
    assert label.startswith("prospective since") and "2020" in label
    figure = values(atlas, 2021)
    assert figure["data"][trace(atlas, "routes") + index]["line"]["dash"] == "dot"


def test_the_first_render_carries_no_geometry_only_its_address(atlas: Atlas) -> None:
    figure = values(atlas, 2019)
    assert figure["data"][trace(atlas, "countries")]["geojson"] == "/geometry/x.json"
    text = json.dumps(figure)
    assert '"coordinates"' not in text and len(text) < 100_000


def test_the_selected_country_alone_gets_a_thick_border(atlas: Atlas) -> None:
    widths = view_values(atlas, View(year=1990, layers=(), country="KAZ")).line_width
    soviet = next(fid for fid in atlas.features if fid.startswith("SUN="))
    thick = [fid for fid, w in zip(atlas.features, widths, strict=True) if w > 1]
    assert thick == [soviet]
    assert view_values(atlas, View(year=2019, layers=())).line_width == 0.5
