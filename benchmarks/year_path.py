"""How fast a year reaches the screen, side by side with plotly's own ways of doing it.

Prints, from one run on one machine (headless Chromium, software rendering):
- Crossroads: a year typed until the map is repainted, the same while dragging the
  slider, layer and lens changes, playback's beat, requests and bytes per year step,
  page load until the map is drawn (cold and with a warm cache), bytes on the wire;
- floor: ``Plotly.restyle`` of the same map on the same page;
- px: a ``px.choropleth(animation_frame="year")`` figure of the same shapes, 1988 to
  today, built here: its frame step and its size;
- naive Dash: ``benchmarks/naive_app.py``, a callback returning the whole figure per year.
Then the ratios against the targets. Figures only, no pass or fail.

Run with ``make bench``.
"""

from __future__ import annotations

import gzip
import os
import platform
import sys
import time
from datetime import date
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import flask  # noqa: E402
import plotly.express as px  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

from benchmarks.harness import (  # noqa: E402
    NETWORK_MARK,
    PAINTED,
    Spread,
    chromium,
    network_since,
    serving,
)
from benchmarks.naive_app import LAYERS, create_naive_app  # noqa: E402
from components.map_figure import view_values  # noqa: E402
from components.styling import fill_palette  # noqa: E402
from components.view_state import View  # noqa: E402
from geodata.atlas import Atlas, build_atlas, load_inputs  # noqa: E402

STEPS = (1990, 2000, 2010, 2020, 1995, 2015, 2005, 2025, 1992, 2008, 2014, 2022)
MAP_DRAWN = "document.querySelectorAll('.choroplethlocation').length >= 60"

#: Records, from the document's start, when the map is first drawn.
WATCH_LOAD = """
window.__drawnAt = null;
(function watch() {
  if (document.querySelectorAll('.choroplethlocation[d]').length >= 60) {
    window.__drawnAt = performance.now();
  } else {
    requestAnimationFrame(watch);
  }
})();
"""

#: When the year in the slider's box first reads ``year``, then when it is on screen.
TYPED = (
    PAINTED
    + """
const [selector, year, done] = arguments;
const box = document.querySelector(selector);
let typedAt = null;
box.addEventListener('input', function seen() {
  if (box.value === String(year) && typedAt === null) { typedAt = performance.now(); }
});
window.__typed = {year: year, until: (isDrawn) => new Promise(resolve => {
  const check = () => isDrawn() ? painted().then(() => resolve(performance.now() - typedAt))
                                : requestAnimationFrame(check);
  check();
})};
done();
"""
)

#: The year's fills are on screen (while a hand moves, the rest follows a pause).
CROSSROADS_FILLS = (
    "() => (document.querySelector('#map .js-plotly-plot')"
    ".getAttribute('data-year-shown') === String(window.__typed.year))"
)
#: The whole view of the year is drawn: fills, badges, events, routes, names.
CROSSROADS_DRAWN = (
    "() => (JSON.parse(document.querySelector('#map .js-plotly-plot')"
    ".getAttribute('data-view') || '{}').year === window.__typed.year)"
)
NAIVE_DRAWN = (
    "() => (document.querySelector('#naive-map .js-plotly-plot').layout.meta"
    " === window.__typed.year)"
)


def typed_steps(driver, box_selector: str, drawn: str) -> Spread:
    """Type each year of ``STEPS`` into the slider's box as a person does, and time it
    from the moment the box holds the year to the repainted map."""
    samples = []
    box = driver.find_element("css selector", box_selector)
    for year in STEPS:
        driver.execute_async_script(TYPED, box_selector, year)
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(str(year), Keys.ENTER)
        samples.append(
            driver.execute_async_script(
                f"window.__typed.until({drawn}).then(arguments[arguments.length - 1]);"
            )
        )
    return Spread.of(samples)


#: While the thumb is dragged: when each year shows on the thumb, when its fills are on
#: screen, and when the whole view of a year is drawn.
WATCH_DRAG = """
window.__thumb = []; window.__shown = []; window.__drawn = [];
const range = document.querySelector('#year-slider input[type=range]');
range.addEventListener('input', () => {
  const year = range.valueAsNumber;
  const last = window.__thumb[window.__thumb.length - 1];
  if (!last || last[0] !== year) { window.__thumb.push([year, performance.now()]); }
});
const gd = document.querySelector('#map .js-plotly-plot');
new MutationObserver(() => {
  const shown = Number(gd.getAttribute('data-year-shown'));
  const view = JSON.parse(gd.getAttribute('data-view') || '{}');
  requestAnimationFrame(() => setTimeout(() => {
    window.__shown.push([shown, performance.now()]);
    window.__drawn.push([view.year, performance.now()]);
  }, 0));
}).observe(gd, {attributes: true, attributeFilter: ['data-year-shown', 'data-view']});
"""


def drag_steps(driver) -> dict:
    """Drag the thumb 30 years at 20 years a second, as a hand does, and let go: each
    year from the thumb reaching it to its fills on screen; how long after the hand let
    go the released year's fills, then its whole view, were on screen; how long the 1.5 s
    of moves took to deliver; how many passed years were superseded before drawn."""
    driver.execute_script(WATCH_DRAG)
    where = driver.execute_script(
        "const r = document.querySelector('#year-slider input[type=range]');"
        "const b = r.getBoundingClientRect();"
        "return {min: Number(r.min), max: Number(r.max), now: r.valueAsNumber, width: b.width};"
    )
    track = driver.find_element("css selector", "#year-slider input[type=range]")
    step = where["width"] / (where["max"] - where["min"])
    middle = (where["min"] + where["max"]) / 2
    years = 30
    chain = (
        ActionChains(driver, duration=0)
        .move_to_element(track)
        .move_by_offset(round((where["now"] - middle) * step * 0.97), 0)
        .click_and_hold()
    )
    for _ in range(years):
        chain.move_by_offset(-step, 0).pause(0.05)
    pressed = driver.execute_script("return performance.now()")
    chain.release().perform()
    released = driver.execute_script("return performance.now()")
    driver.execute_async_script("setTimeout(arguments[0], 2500)")  # let the last draw land
    thumb = driver.execute_script("return window.__thumb")
    shown = driver.execute_script("return window.__shown")
    drawn = driver.execute_script("return window.__drawn")
    final = thumb[-1][0] if thumb else None
    first_shown = {}
    for year, at in shown:
        first_shown.setdefault(year, at)
    latencies = [
        first_shown[y] - at for y, at in thumb if y in first_shown and first_shown[y] >= at
    ]
    hand = thumb[-1][1] if thumb else released
    fills_at = next((at for y, at in shown if y == final and at >= hand), float("nan"))
    whole_at = next((at for y, at in drawn if y == final and at >= hand), float("nan"))
    return {
        "latency": Spread.of(latencies or [float("nan")]),
        "passed": len(thumb),
        "skipped": sum(1 for y, _ in thumb if y not in first_shown),
        "fills_after_hand": fills_at - hand,
        "whole_after_hand": whole_at - hand,
        "dispatch": released - pressed,
    }


CLICK_AND_DRAW = (
    PAINTED
    + """
const [selector, done] = arguments;
const gd = document.querySelector('#map .js-plotly-plot');
const before = gd.getAttribute('data-view');
const start = performance.now();
document.querySelector(selector).click();
const check = () => gd.getAttribute('data-view') !== before
  ? painted().then(() => done(performance.now() - start)) : requestAnimationFrame(check);
check();
"""
)


def control_steps(driver) -> tuple[Spread, Spread]:
    """Layer toggles and lens switches, from the click to the repainted map."""
    layers = []
    for code in ("CSTO", "NATO", "OTS", "CSTO", "NATO", "OTS"):
        selector = f"#layer-toggles input[value={code}]"
        layers.append(driver.execute_async_script(CLICK_AND_DRAW, selector))
    lens = []
    for index in (2, 1, 2, 1, 2, 1):
        selector = f"#lens label:nth-of-type({index}) input"
        lens.append(driver.execute_async_script(CLICK_AND_DRAW, selector))
    return Spread.of(layers), Spread.of(lens)


PLAYBACK = """
const done = arguments[0];
const gd = document.querySelector('#map .js-plotly-plot');
const drawn = [];
const last = Number(document.querySelector('#year-slider input[type=range]').max);
new MutationObserver(() => {
  const view = JSON.parse(gd.getAttribute('data-view'));
  drawn.push([view.year, performance.now()]);
  if (view.year === last) { done(drawn); }
}).observe(gd, {attributes: true, attributeFilter: ['data-view']});
[...document.querySelectorAll('#play-speed label')].pop().click();
document.getElementById('play-button').click();
"""


def playback(driver) -> tuple[int, int, Spread]:
    """Play from the first year at the fastest speed: years drawn, years skipped, beat."""
    set_year(driver, 1988)
    drawn = driver.execute_async_script(PLAYBACK)
    years = [year for year, _ in drawn]
    expected = range(1989, years[-1] + 1)
    gaps = [b - a for (_, a), (_, b) in pairwise(drawn)]
    return len(years), len(set(expected) - set(years)), Spread.of(gaps)


def set_year(driver, year: int) -> None:
    box = driver.find_element("css selector", "#year-slider input[type=number]")
    driver.execute_async_script(TYPED, "#year-slider input[type=number]", year)
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(str(year), Keys.ENTER)
    driver.execute_async_script(
        f"window.__typed.until({CROSSROADS_DRAWN}).then(arguments[arguments.length - 1]);"
    )


FLOOR = (
    PAINTED
    + """
const [zs, done] = arguments;
const gd = document.querySelector('#map .js-plotly-plot');
(async () => {
  const samples = [];
  for (const z of zs) {
    const start = performance.now();
    await Plotly.restyle(gd, {z: [z]}, [0]);
    await painted();
    samples.push(performance.now() - start);
  }
  done(samples);
})();
"""
)


def restyle_floor(driver, atlas: Atlas) -> Spread:
    """``Plotly.restyle`` of the fills alone, on the same map: the floor of a year step."""
    zs = [view_values(atlas, View(year=y, layers=LAYERS)).z for y in STEPS]
    return Spread.of(driver.execute_async_script(FLOOR, zs))


LOAD_TIMELINE = """
const nav = performance.getEntriesByType('navigation')[0];
const res = performance.getEntriesByType('resource');
const end = part => Math.max(0, ...res.filter(e => e.name.includes(part)).map(e => e.responseEnd));
const wire = res.reduce((sum, e) => sum + e.transferSize, nav.transferSize);
return {drawn: window.__drawnAt, domReady: nav.domContentLoadedEventEnd,
        plotly: end('plotly'), layout: end('_dash-layout'), geometry: end('/data/geometry.'),
        facts: end('/data/facts.'), bundle: end('crossroads.js'),
        wire: wire, geometryWire: res.filter(e => e.name.includes('/data/geometry.'))
          .reduce((s, e) => s + e.transferSize, 0)};
"""


def page_load(driver, url: str) -> dict:
    """Load ``url`` and wait for the map; returns the load timeline (ms) and bytes."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH_LOAD})
    driver.get(url)
    while not driver.execute_script("return window.__drawnAt"):
        time.sleep(0.02)
    return driver.execute_script(LOAD_TIMELINE)


#: Each trace attribute a year step may change, restyled alone, eight times: plotly's geo
#: map redraws every trace on any of them, so each costs about a whole redraw.
TRACE_COSTS = """
const done = arguments[arguments.length - 1];
const gd = document.querySelector('#map .js-plotly-plot');
const index = name => gd.data.findIndex(trace => trace.name === name);
const out = {};
const time = async (name, trace, update) => {
  const samples = [];
  for (let i = 0; i < 8; i++) {
    const start = performance.now();
    await Plotly.restyle(gd, update(i, gd.data[trace]), [trace]);
    samples.push(performance.now() - start);
  }
  out[name] = samples.sort((a, b) => a - b)[4];
};
(async () => {
  await time('fills (z)', 0, (i, t) => ({z: [t.z.map(v => v === null ? null : (v + 1) % 5)]}));
  await time('hover texts', 0, (i, t) => ({customdata: [t.customdata.slice().reverse()]}));
  await time('badges', index('badges'), (i, t) => ({lon: [(t.lon || []).map(v => v + 0.01)]}));
  await time('events', index('events'), (i, t) => ({lon: [(t.lon || []).map(v => v + 0.01)]}));
  await time('a route', index('borders') + 1, (i, t) => ({'line.width': [2 + i % 2]}));
  await time('names', index('state labels'), (i, t) => ({text: [(t.text || []).slice()]}));
  done(out);
})();
"""


def trace_costs(driver) -> dict[str, float]:
    """What restyling each part of the map costs, alone (ms, median of eight)."""
    return driver.execute_async_script(TRACE_COSTS)


def crossroads_figures(app_module, atlas: Atlas) -> dict:
    """Every Crossroads figure in one browser: cold and warm loads, then the year path."""
    results: dict = {}
    with serving(app_module.server) as base, chromium() as driver:
        results["cold"] = page_load(driver, base + "/")
        results["warm"] = page_load(driver, base + "/")
        box = "#year-slider input[type=number]"
        # the year lists the page fetches ahead, while idle, are not asked for by a step
        while not driver.execute_script(
            "return document.documentElement.hasAttribute('data-prefetched')"
        ):
            time.sleep(0.1)
        driver.execute_script(NETWORK_MARK)
        results["typed"] = typed_steps(driver, box, CROSSROADS_FILLS)
        results["typed_whole"] = typed_steps(driver, box, CROSSROADS_DRAWN)
        asked = network_since(driver)
        results["requests"] = len(asked) / len(STEPS)
        results["bytes"] = sum(size for _, size, _ in asked) / len(STEPS)
        results["floor"] = restyle_floor(driver, atlas)
        results["layers"], results["lens"] = control_steps(driver)
        results["drag"] = drag_steps(driver)
        results["playback"] = playback(driver)
        results["traces"] = trace_costs(driver)
    return results


def px_figure(atlas: Atlas) -> str:
    """The same shapes and fills as one ``px.choropleth`` animated over the years."""
    rows = []
    for year in atlas.years:
        values = view_values(atlas, View(year=year, layers=LAYERS))
        rows += [
            {"year": year, "feature": fid, "fill": z}
            for fid, z in zip(atlas.features, values.z, strict=True)
            if z is not None
        ]
    palette = fill_palette(atlas.facts.organisations)
    figure = px.choropleth(
        rows,
        geojson=atlas.geojson,
        locations="feature",
        featureidkey="id",
        color="fill",
        animation_frame="year",
        range_color=(-0.5, len(palette) - 0.5),
        color_continuous_scale=palette,
    )
    figure.update_geos(fitbounds="locations", visible=False)
    return figure.to_json()


PX_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<script src="/plotly.js"></script></head><body><div id="px" style="width:1400px;height:640px">
</div><script>
fetch('/figure.json').then(r => r.json()).then(figure => {
  const gd = document.getElementById('px');
  Plotly.newPlot(gd, figure.data, figure.layout, {topojsonURL: '/topojson/'})
    .then(() => Plotly.addFrames(gd, figure.frames)).then(() => { window.__ready = true; });
});
</script></body></html>"""

PX_STEPS = (
    PAINTED
    + """
const [names, done] = arguments;
const gd = document.getElementById('px');
(async () => {
  const samples = [];
  for (const name of names) {
    const start = performance.now();
    await Plotly.animate(gd, [name], {mode: 'immediate', transition: {duration: 0},
                                      frame: {duration: 0, redraw: true}});
    await painted();
    samples.push(performance.now() - start);
  }
  done(samples);
})();
"""
)


def px_figures(atlas: Atlas) -> dict:
    """The px figure's size and its frame step, in a bare page with the same plotly.js."""
    figure_json = px_figure(atlas).encode()
    server = flask.Flask(__name__)
    server.add_url_rule("/", "page", lambda: PX_PAGE)
    server.add_url_rule("/figure.json", "figure", lambda: flask.Response(figure_json))
    server.add_url_rule(
        "/plotly.js",
        "plotly",
        lambda: flask.send_file(ROOT / "assets/vendor/plotly-geo.min.js"),
    )
    server.add_url_rule(
        "/topojson/<name>",
        "topojson",
        lambda name: flask.send_from_directory(ROOT / "assets/topojson", name),
    )
    with serving(server) as base, chromium() as driver:
        driver.get(base + "/")
        while not driver.execute_script("return window.__ready === true"):
            time.sleep(0.05)
        steps = driver.execute_async_script(PX_STEPS, [str(y) for y in STEPS])
    return {
        "bytes": len(figure_json),
        "gzipped": len(gzip.compress(figure_json)),
        "step": Spread.of(steps),
    }


def naive_figures(atlas: Atlas) -> dict:
    """The naive Dash app: typed year to repainted map, and bytes per step."""
    app = create_naive_app(atlas)
    with serving(app.server) as base, chromium() as driver:
        driver.get(base + "/")
        while not driver.execute_script(f"return {MAP_DRAWN}"):
            time.sleep(0.05)
        driver.execute_script(NETWORK_MARK)
        step = typed_steps(driver, "#naive-year input[type=number]", NAIVE_DRAWN)
        asked = [a for a in network_since(driver) if "_dash-update-component" in a[0]]
    return {
        "step": step,
        "requests": len(asked) / len(STEPS),
        "bytes": sum(size for _, size, _ in asked) / len(STEPS),
        "body": sum(body for _, _, body in asked) / len(STEPS),
    }


def server_figures() -> tuple[object, Atlas, dict]:
    """Start-up time and the sizes of what the first visit downloads from the app."""
    start = time.perf_counter()
    inputs = load_inputs()
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    import app

    imported = time.perf_counter() - start
    client = app.server.test_client()
    layout = client.get("/_dash-layout").get_data()
    index = client.get("/").get_data()
    return (
        app,
        build_atlas(inputs, date.today()),
        {
            "load": loaded,
            "import": imported,
            "layout": len(layout),
            "layout_gz": len(gzip.compress(layout)),
            "index": len(index),
        },
    )


def ms(spread: Spread) -> str:
    return f"{spread.median:.0f} / {spread.maximum:.0f}"


def kib(size: float) -> str:
    return f"{size / 1024:,.1f} KiB"


def report(server: dict, ours: dict, floor_px: dict, naive: dict) -> str:
    """The side-by-side table, then the ratios against the targets."""
    typed, px_step, floor = ours["typed"], floor_px["step"], ours["floor"]
    drag = ours["drag"]
    drawn, missed, beat = ours["playback"]
    cold, warm = ours["cold"], ours["warm"]
    rows = [
        (
            "year step, typed (median / max ms)",
            ms(typed),
            ms(floor),
            ms(px_step),
            ms(naive["step"]),
        ),
        ("year step, typed, whole view (median / max ms)", ms(ours["typed_whole"]), "", "", ""),
        ("year step, dragging (median / max ms)", ms(drag["latency"]), "", "", ""),
        ("requests per year step", f"{ours['requests']:.1f}", "0", "0", f"{naive['requests']:.1f}"),
        ("bytes per year step (wire)", f"{ours['bytes']:.0f}", "0", "0", kib(naive["bytes"])),
        ("page load to map drawn, cold (ms)", f"{cold['drawn']:.0f}", "", "", ""),
        ("page load to map drawn, warm cache (ms)", f"{warm['drawn']:.0f}", "", "", ""),
        ("initial bytes on the wire (cold)", kib(cold["wire"]), "", kib(floor_px["gzipped"]), ""),
        ("figure bytes (raw)", "", "", kib(floor_px["bytes"]), kib(naive["body"])),
    ]
    widths = [max(len(str(r[i])) for r in rows) for i in range(5)]
    header = ("", "Crossroads", "floor: restyle", "px animation", "naive Dash")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines += [
        "",
        f"layer toggle to repaint: {ours['layers']}; lens switch: {ours['lens']}",
        f"drag: {drag['passed']} years passed under the thumb, {drag['skipped']} superseded "
        f"before drawn; 1.5 s of moves delivered in {drag['dispatch']:.0f} ms; released year's "
        f"fills {drag['fills_after_hand']:.0f} ms after the hand, whole view "
        f"{drag['whole_after_hand']:.0f} ms",
        "restyle of one trace attribute (median of 8, ms): "
        + ", ".join(f"{name} {cost:.0f}" for name, cost in ours["traces"].items()),
        f"playback (fast): {drawn} years drawn, {missed} skipped, beat {beat}",
        f"cold load timeline (ms): DOM ready {cold['domReady']:.0f}, plotly.js "
        f"{cold['plotly']:.0f}, bundle {cold['bundle']:.0f}, layout {cold['layout']:.0f}, "
        f"geometry {cold['geometry']:.0f}, facts {cold['facts']:.0f}, "
        f"map drawn {cold['drawn']:.0f}",
        f"warm load: geometry {warm['geometryWire']} B on the wire (cached)",
        f"start-up: tables and shapes {server['load']:.2f} s, import app {server['import']:.2f} s",
        f"layout {kib(server['layout'])} raw, {kib(server['layout_gz'])} gzipped; "
        f"index {kib(server['index'])}",
        "",
        "targets:",
        f"  median step / px frame step: {typed.median / px_step.median:.2f} (target <= 1)",
        f"  median step / restyle floor: {typed.median / floor.median:.2f} (target <= 1.3)",
        f"  requests per year step: {ours['requests']:.1f} (target 0)",
        f"  initial bytes / px figure: {cold['wire'] / floor_px['gzipped']:.3f} of the gzipped,"
        f" {cold['wire'] / floor_px['bytes']:.3f} of the raw figure (target < 0.05)",
        f"  map drawn after page load: {cold['drawn'] / 1000:.2f} s (target <= 1.2 s)",
    ]
    return "\n".join(lines)


def main() -> int:
    app_module, atlas, server = server_figures()
    print(f"machine: {os.cpu_count()} cores, {platform.platform()}", flush=True)
    ours = crossroads_figures(app_module, atlas)
    floor_px = px_figures(atlas)
    naive = naive_figures(atlas)
    print(report(server, ours, floor_px, naive))
    return 0


if __name__ == "__main__":
    sys.exit(main())
