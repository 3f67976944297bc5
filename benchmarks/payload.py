"""Print what the atlas costs: start-up, bytes sent, update time, page load in Chromium.

Figures only, no pass/fail: targets are judged by people reading the numbers.
Run with ``make bench`` (or ``.venv/bin/python benchmarks/payload.py``).
"""

from __future__ import annotations

import logging
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from werkzeug.serving import make_server

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from components import ids
from components.layer_toggles import DEFAULT_LAYERS
from geodata.atlas import load_atlas


def timed(function, repeat: int = 5) -> float:
    """Best wall time of ``repeat`` calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def update_request(year: int) -> dict:
    return {
        "output": f"{ids.MAP}.figure",
        "outputs": {"id": ids.MAP, "property": "figure"},
        "inputs": [
            {"id": ids.YEAR, "property": "value", "value": year},
            {"id": ids.LAYERS, "property": "value", "value": list(DEFAULT_LAYERS)},
            {"id": ids.LENS, "property": "value", "value": "organisations"},
            {"id": ids.COUNTRY, "property": "value", "value": "KAZ"},
        ],
        "changedPropIds": [f"{ids.YEAR}.value"],
        "state": [],
    }


def server_figures(app_module) -> None:
    client = app_module.server.test_client()
    page = client.get("/").get_data()
    layout = client.get("/_dash-layout").get_data()
    wire = client.get("/_dash-layout", headers={"Accept-Encoding": "gzip"}).get_data()
    plotly_js = client.get("/_dash-component-suites/plotly/package_data/plotly.min.js")
    print(f"index html: {len(page):,} B")
    print(f"initial layout (_dash-layout): {len(layout):,} B raw, {len(wire):,} B on the wire")
    print(f"plotly.min.js: {len(plotly_js.get_data()):,} B raw")
    sizes, times = [], []
    atlas = load_atlas()
    for year in atlas.years:
        start = time.perf_counter()
        body = client.post("/_dash-update-component", json=update_request(year)).get_data()
        times.append(time.perf_counter() - start)
        sizes.append(len(body))
    print(
        f"year change response: min {min(sizes):,} B, mean {statistics.mean(sizes):,.0f} B, "
        f"max {max(sizes):,} B over {len(sizes)} years"
    )
    print(
        f"year change server time: mean {statistics.mean(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms"
    )


def median_ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.0f} ms, max {max(samples) * 1000:.0f} ms"


def year_change_times(driver, wait) -> list[float]:
    """Seconds from typing a year into the slider's box to the map showing that year."""
    from selenium.webdriver.common.keys import Keys

    times = []
    box = driver.find_element("css selector", f"#{ids.YEAR} input[type=number]")
    for year in (1990, 2000, 2010, 2020, 1995, 2015):
        start = time.perf_counter()
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(str(year), Keys.ENTER)
        wait.until(
            lambda d, year=year: d.execute_script(
                "return document.querySelector('#map .js-plotly-plot').data[0]"
                ".hovertemplate.includes(arguments[0])",
                f"customdata[{year - 1988}]",
            )
        )
        times.append(time.perf_counter() - start)
    return times


def browser_figures(app_module) -> None:
    """Page load, click-to-panel and year-change-to-repaint times in headless Chromium."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    server = make_server("127.0.0.1", 0, app_module.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--window-size=1400,900",
        f"--user-data-dir={tempfile.mkdtemp()}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options)
    wait = WebDriverWait(driver, 60, poll_frequency=0.005)
    try:
        driver.get(f"http://127.0.0.1:{server.server_port}/")
        wait.until(
            lambda d: d.execute_script(
                "return document.querySelectorAll('.choroplethlocation').length >= 60"
            )
        )
        loaded = driver.execute_script("return performance.now()") / 1000
        print(f"page load to map drawn (headless Chromium): {loaded:.2f} s")
        print(f"year typed to map repainted: {median_ms(year_change_times(driver, wait))}")
        panel_times = []
        for code, name in (("KAZ", "Kazakhstan"), ("TUR", "Turkey"), ("IRN", "Iran")):
            path = driver.execute_script(
                "return [...document.querySelectorAll('.choroplethlocation')]"
                f".find(p => p.__data__.loc === '{code}')"
            )
            start = time.perf_counter()
            ActionChains(driver).move_to_element(path).click().perform()
            wait.until(
                lambda d, name=name: d.execute_script(
                    "const t = document.getElementById('panel-title');"
                    "return t && document.querySelector('#country-panel .timeline .bars')"
                    f" && t.textContent === '{name}'"
                )
            )
            panel_times.append(time.perf_counter() - start)
        print(f"click on a country to its panel drawn: {median_ms(panel_times)}")
        with_panel = year_change_times(driver, wait)
        print(f"year typed to map repainted, a country's panel open: {median_ms(with_panel)}")
    finally:
        driver.quit()
        server.shutdown()


def main() -> int:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    print(f"load_atlas (read + validate + build features): {timed(load_atlas):.2f} s")
    start = time.perf_counter()
    import app

    print(f"import app (atlas + layout + figure): {time.perf_counter() - start:.2f} s")
    server_figures(app)
    browser_figures(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
