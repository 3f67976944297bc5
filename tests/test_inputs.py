"""Callback inputs from the browser are clamped, never trusted."""

import pytest

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
