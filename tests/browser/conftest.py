"""What every browser test shares: the served app, a page that must end with a clean
console, and small readers of what the map draws."""

from __future__ import annotations

import socket

import pytest
from dash.testing.application_runners import ThreadedRunner
from dash.testing.composite import DashComposite
from selenium.webdriver.common.keys import Keys

from components import ids

TIMEOUT = 20
#: selenium's own limit for a script, restored for every test
SCRIPT_TIMEOUT = 30
#: The drawn paths of the countries' trace (the territories' trace is a choropleth too).
COUNTRY_PATHS = (
    "[...document.querySelectorAll('.choroplethlocation')].filter(p => p.__data__.loc !== null"
    " && p.closest('g.trace').__data__[0].trace.name === 'countries')"
)


@pytest.fixture(scope="session")
def crossroads():
    """The app exactly as ``python app.py`` and ``gunicorn app:server`` serve it."""
    import app

    return app


def serve(dash_duo, app) -> None:
    """Serve ``app`` to the test's browser on a port no other test process holds (the
    suite runs in parallel)."""
    # WORKAROUND(dash 4.4.1): dash.testing numbers its servers' ports from one constant
    # (58050) in every process, so two pytest-xdist workers would take the same port.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dash_duo.start_server(app, port=port)


@pytest.fixture(scope="session")
def served(request, crossroads, tmp_path_factory):
    """dash.testing's ``dash_duo`` (a Dash server in a thread and headless Chromium), made
    once per test process rather than once per test: starting Chromium is most of a short
    test's time. Tests that change the browser itself (test_hardened.py) take a
    ``dash_duo`` of their own."""
    config = request.config
    with (
        ThreadedRunner() as server,
        DashComposite(
            server=server,
            browser=config.getoption("webdriver"),
            headless=config.getoption("headless"),
            options=config.hook.pytest_setup_options(),
            download_path=str(tmp_path_factory.mktemp("download")),
            percy_run=False,
        ) as duo,
    ):
        serve(duo, crossroads.app)
        yield duo


@pytest.fixture
def page(served):
    """The atlas freshly opened on its default view, at the desktop size; the test fails
    on any browser console error."""
    driver = served.driver
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.set_script_timeout(SCRIPT_TIMEOUT)
    served.get_logs()  # reading the console empties it: what an earlier test left
    served.wait_for_page(served.server.url)
    served.wait_for_element(".choroplethlocation", timeout=TIMEOUT)
    yield served
    assert served.get_logs() == [], "browser console errors"


def emulate(page, width: int, height: int) -> None:
    """Make the page's window ``width`` by ``height`` (a phone below 600 px wide):
    headless Chromium will not open a window narrower than 500 px, so it is emulated.
    Reload or open a view afterwards for the page to lay itself out for it."""
    page.driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )


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
    """The view the map last finished drawing (``assets/src/hot_path.js`` records it)."""
    return page.driver.execute_script(
        "const v = document.querySelector('#map .js-plotly-plot').getAttribute('data-view');"
        "return v ? JSON.parse(v) : {};"
    )


def set_year(page, year: int) -> None:
    """Type the year into the slider's box, as a person would, and wait for the caption
    and the map."""
    box = page.find_element(f"#{ids.YEAR_SLIDER} input[type=number]")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(str(year), Keys.ENTER)
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", str(year), timeout=TIMEOUT)
    page._wait_for(lambda _: drawn_view(page).get("year") == year, TIMEOUT, f"{year} drawn")


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
    # WORKAROUND(selenium 4.2.0): the version dash[testing] pins measures the offset from
    # the element's top-left corner; selenium 4.3 and later measure it from its centre.
    ActionChains(page.driver).move_to_element_with_offset(graph, x, y).perform()
