"""Callback inputs from the browser are clamped, never trusted."""

import pytest

from components.country_panel import clicked_unit
from components.inputs import clean_layers, clean_year

YEARS = range(1988, 2027)


@pytest.mark.parametrize(
    ("value", "year"),
    [
        (2009, 2009),
        ("2009", 2009),
        (1700, 1988),
        (3000, 2026),
        (None, 2026),
        ("<script>", 2026),
        (float("inf"), 2026),
        (2009.7, 2009),
    ],
)
def test_years_are_clamped_into_the_timeline(value: object, year: int) -> None:
    assert clean_year(value, YEARS) == year


def test_layers_keep_known_codes_in_legend_order() -> None:
    known = ("OTS", "CSTO", "NATO")
    assert clean_layers(["NATO", "OTS", "bogus", 3], known) == ("OTS", "NATO")
    assert clean_layers("NATO", known) == ()
    assert clean_layers(None, known) == ()


@pytest.mark.parametrize(
    "click",
    [
        None,
        "x",
        {},
        {"points": "x"},
        {"points": [{"curveNumber": 16}]},
        {"points": [{"location": "ZZZ"}]},
    ],
)
def test_a_click_that_is_not_on_a_country_chooses_nothing(atlas, click: object) -> None:
    assert clicked_unit(atlas, click, 2020) is None


def test_a_click_on_a_predecessor_shape_chooses_the_predecessor(atlas) -> None:
    soviet = next(fid for fid in atlas.features if fid.startswith("SUN="))
    assert clicked_unit(atlas, {"points": [{"location": soviet}]}, 1990) == "SUN"
    assert clicked_unit(atlas, {"points": [{"curveNumber": 3}, {"location": "KAZ"}]}, 2020) == "KAZ"


def test_a_click_on_a_route_chooses_the_state_under_its_waypoint(atlas) -> None:
    tbilisi = {"points": [{"curveNumber": 4, "lon": 44.8, "lat": 41.7}]}
    assert clicked_unit(atlas, tbilisi, 2010) == "GEO"
    assert clicked_unit(atlas, tbilisi, 1990) == "SUN"
    sangachal_on_the_shore = {"points": [{"lon": 49.45, "lat": 40.18}]}
    assert clicked_unit(atlas, sangachal_on_the_shore, 2010) == "AZE"
