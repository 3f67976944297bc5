"""Callback inputs from the browser are clamped, never trusted."""

import pytest

from components.inputs import clean_layers, clean_year

YEARS = range(1988, 2027)


@pytest.mark.parametrize(
    ("value", "year"),
    [
        (2009, 2009),
        ("2009", 2009),
        (2009.0, 2009),
        (1700, 2026),
        (3000, 2026),
        (None, 2026),
        ("<script>", 2026),
        (float("inf"), 2026),
        (2009.7, 2026),
        (True, 2026),
        ("²⁰⁰⁹", 2026),
    ],
)
def test_a_year_outside_the_timeline_opens_the_default_view(value: object, year: int) -> None:
    assert clean_year(value, YEARS) == year


@pytest.mark.parametrize("year", ["1700", "2009", "3000", "²⁰⁰⁹", "200", "20090"])
def test_a_url_and_a_callback_read_a_year_alike(year: str) -> None:
    from components.view_state import View, parse_view

    default = View(year=2026, layers=())
    assert parse_view(f"?year={year}", default, YEARS, (), ()).year == clean_year(year, YEARS)


def test_layers_keep_known_codes_in_legend_order() -> None:
    known = ("OTS", "CSTO", "NATO")
    assert clean_layers(["NATO", "OTS", "bogus", 3], known) == ("OTS", "NATO")
    assert clean_layers("NATO", known) == ()
    assert clean_layers(None, known) == ()
