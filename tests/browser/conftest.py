"""What every browser test shares: the served app, a page that must end with a clean
console, and small readers of what the map draws."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.keys import Keys

from components import ids

TIMEOUT = 20
#: The drawn paths of the countries' trace (the territories' trace is a choropleth too).
COUNTRY_PATHS = (
    "[...document.querySelectorAll('.choroplethlocation')].filter(p => p.__data__.loc !== null"
    " && p.closest('g.trace').__data__[0].trace.name === 'countries')"
)


@pytest.fixture(scope="module")
def crossroads():
    """The app exactly as ``python app.py`` and ``gunicorn app:server`` serve it."""
    import app

    return app


@pytest.fixture
def page(dash_duo, crossroads):
    """The atlas open on its default view; the test fails on any browser console error."""
    dash_duo.start_server(crossroads.app)
    dash_duo.wait_for_element(".choroplethlocation", timeout=TIMEOUT)
    yield dash_duo
    assert dash_duo.get_logs() == [], "browser console errors"


def rgb(hex_colour: str) -> str:
    """``#rrggbb`` as the browser reports a computed colour."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def fills(page) -> dict[str, str]:
    """Feature id → computed fill of every country path drawn."""
    return page.driver.execute_script(
        f"return Object.fromEntries(({COUNTRY_PATHS})"
        ".map(p => [p.__data__.loc, getComputedStyle(p).fill]))"
    )


def country_path(page, feature_id: str):
    """The SVG path of one country on the map."""
    return page.driver.execute_script(
        "return [...document.querySelectorAll('.choroplethlocation')]"
        f".find(p => p.__data__.loc === '{feature_id}')"
    )


def drawn_view(page) -> dict:
    """The view the map last finished drawing (``assets/map_draw.js`` records it)."""
    return page.driver.execute_script(
        "const v = document.querySelector('#map .js-plotly-plot').getAttribute('data-view');"
        "return v ? JSON.parse(v) : {};"
    )


def set_year(page, year: int) -> None:
    """Type the year into the slider's box, as a person would, and wait for the caption."""
    box = page.find_element(f"#{ids.YEAR} input[type=number]")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(str(year), Keys.ENTER)
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", str(year), timeout=TIMEOUT)


#: The pixel offset, from the graph's top-left corner, of a longitude and latitude as the
#: map projects them now.
PROJECT = """
const [lon, lat] = arguments;
const gd = document.querySelector('#map .js-plotly-plot');
const size = gd._fullLayout._size;
const [x, y] = gd._fullLayout.geo._subplot.projection([lon, lat]);
return [size.l + x, size.t + y];
"""


def point_at(page, lon: float, lat: float) -> None:
    """Move the pointer over a place on the map, as a person does."""
    from selenium.webdriver.common.action_chains import ActionChains

    graph = page.find_element("#map .js-plotly-plot")
    x, y = page.driver.execute_script(PROJECT, lon, lat)
    # selenium 4.2 (as dash[testing] pins it) measures the offset from the top-left corner
    ActionChains(page.driver).move_to_element_with_offset(graph, x, y).perform()
