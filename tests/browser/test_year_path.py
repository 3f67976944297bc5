"""The year path runs in the browser, and the browser agrees with Python.

Python (``components/map_figure.py:view_values``) decides what every view shows; the
browser (``assets/src/select/``) only selects from the facts fetched once. These tests
compare the two over every year, 21 layer sets and both lenses; draw a sample of those
views for real and read the fills and badges off the page; and check that scrubbing,
layers, lens and region changes ask the server nothing.
"""

from __future__ import annotations

from datetime import date

from selenium.webdriver.common.by import By

from components import ids
from components.layer_toggles import DEFAULT_LAYERS
from components.map_figure import view_values
from components.styling import fill_palette
from components.view_state import View
from geodata.atlas import load_atlas
from tests.agreement import (
    ALL_LAYERS,
    LAYER_SETS,
    LENSES,
    OVERLAY_SETS,
    browser_form,
    by_contest,
    json_view,
    special_views,
    year_views,
)
from tests.browser.conftest import COUNTRY_PATHS, TIMEOUT, drawn_view, fills, rgb, set_year

#: The browser's own modules, as the page serves them, run on the facts file the page
#: fetched: the end-to-end form of the agreement suite (tests/js).
COMPARE = """
const [year, expected, contests, done] = arguments;
const constants = JSON.parse(document.getElementById('crossroads-constants').textContent);
Promise.all([
  import('/assets/src/select/map.js'),
  import('/assets/src/select/contest.js'),
  fetch(constants.files.facts).then(r => r.json()),
]).then(([{selectMap}, {selectContest}, facts]) => {
const mismatches = [];
const sortedKeys = (key, value) => value && typeof value === 'object' && !Array.isArray(value)
  ? Object.fromEntries(Object.entries(value).sort()) : value;
const same = (a, b) => JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
for (const item of expected) {
  const got = selectMap(facts, item.view);
  got.contest = selectContest(facts, item.view);
  const wanted = Object.assign({contest: contests[item.contest]}, item.values);
  for (const key of Object.keys(wanted)) {
    const names = {line_width: 'lineWidth', route_widths: 'routeWidths'};
    const mine = got[names[key] || key];
    if (!same(mine, wanted[key])) {
      mismatches.push([year, JSON.stringify(item.view), key]);
    }
  }
}
done(mismatches);
}, error => done(String(error)));
"""


def test_yrp001_the_browser_selects_what_python_decides_in_every_view(page) -> None:
    atlas = load_atlas(today=date.today())  # the served app's day, not the fixture's
    page.driver.set_script_timeout(TIMEOUT)
    checked = 0
    for year in atlas.years:
        expected, contests = by_contest([browser_form(atlas, v) for v in year_views(year)])
        checked += len(expected)
        mismatches = page.driver.execute_async_script(COMPARE, year, expected, contests)
        assert mismatches == []
    per_year = 2 * (len(LAYER_SETS) + 2) + len(OVERLAY_SETS) + len(special_views(1990))
    assert checked == len(atlas.years) * per_year


#: Set a view through Dash's stores, as a toggle or a link does, and wait until the map has
#: drawn it; then read the fills and the badges off the page.
DRAW = (
    """
const [view, done] = arguments;
const gd = document.querySelector('#map .js-plotly-plot');
const set = window.dash_clientside.set_props;
set('YEAR', {data: view.year});
set('LAYERS', {value: view.layers});
set('LENS', {value: view.lens});
const check = () => {
  const drawn = JSON.parse(gd.getAttribute('data-view') || '{}');
  if (drawn.year === view.year && drawn.lens === view.lens &&
      JSON.stringify(drawn.layers) === JSON.stringify(view.layers)) {
    const badges = [...document.querySelectorAll('g.trace.scattergeo')]
      .find(g => g.__data__[0].trace.name === 'badges');
    done({
      fills: Object.fromEntries((PATHS).map(p => [p.__data__.loc, getComputedStyle(p).fill])),
      badges: badges ? badges.querySelectorAll('path.point').length : 0,
    });
  } else {
    requestAnimationFrame(check);
  }
};
check();
""".replace("PATHS", COUNTRY_PATHS)
    .replace("'YEAR'", repr(ids.YEAR))
    .replace("'LAYERS'", repr(ids.LAYERS))
    .replace("'LENS'", repr(ids.LENS))
)


def test_yrp002_the_map_draws_python_s_fills_and_badges(page) -> None:
    atlas = load_atlas(today=date.today())
    palette = fill_palette(atlas.facts.organisations)
    page.driver.set_script_timeout(TIMEOUT)
    for year in atlas.years:
        for lens in LENSES:
            for layers in (DEFAULT_LAYERS, ALL_LAYERS, ("SCO",)):
                view = View(year=year, layers=layers, lens=lens)
                values = view_values(atlas, view)
                drawn = page.driver.execute_async_script(DRAW, json_view(view))
                expected = {
                    fid: rgb(palette[z])
                    for fid, z in zip(atlas.features, values.z, strict=True)
                    if z is not None
                }
                assert drawn["fills"] == expected, (year, lens, layers)
                assert drawn["badges"] == len(values.badges.lon), (year, lens, layers)


RESOURCES = "return performance.getEntriesByType('resource').map(e => e.name)"


def test_yrp003_year_layer_lens_and_region_changes_ask_the_server_nothing(page) -> None:
    before = len(page.driver.execute_script(RESOURCES))
    for year in (1991, 2008, 2020):
        set_year(page, year)
        page._wait_for(lambda _, y=year: drawn_view(page).get("year") == y, TIMEOUT, "drawn")
    page.driver.find_element(By.CSS_SELECTOR, f"#{ids.LAYERS} input[value=CSTO]").click()
    page._wait_for(lambda _: "CSTO" not in drawn_view(page)["layers"], TIMEOUT, "layer off")
    page.driver.execute_script(
        f"[...document.querySelectorAll('#{ids.LENS} label')].pop().click();"
        f"[...document.querySelectorAll('#{ids.REGION} label')].pop().click();"
    )
    page._wait_for(lambda _: drawn_view(page).get("region") == "central-asia", TIMEOUT, "framed")
    asked = [
        url
        for url in page.driver.execute_script(RESOURCES)[before:]
        if "_dash-update-component" in url
    ]
    assert asked == []
    assert "year=2020" in page.driver.current_url


#: every view the map finishes drawing, with when (the benchmark reads the beat)
RECORD_DRAWN = """
window.__drawn = [];
const gd = document.querySelector('#map .js-plotly-plot');
new MutationObserver(() => {
  const view = JSON.parse(gd.getAttribute('data-view') || '{}');
  window.__drawn.push([view.year, performance.now()]);
}).observe(gd, {attributes: true, attributeFilter: ['data-view']});
"""


def test_yrp004_fast_playback_draws_every_year_and_skips_none(page) -> None:
    last = date.today().year
    set_year(page, last - 12)
    page._wait_for(lambda _: drawn_view(page).get("year") == last - 12, TIMEOUT, "drawn")
    page.driver.execute_script(
        f"[...document.querySelectorAll('#{ids.SPEED} label')].pop().click()"
    )
    page.driver.execute_script(RECORD_DRAWN)
    page.find_element(f"#{ids.PLAY}").click()
    page._wait_for(lambda _: drawn_view(page).get("year") == last, 3 * TIMEOUT, "played")
    years = [year for year, _ in page.driver.execute_script("return window.__drawn")]
    assert years == list(range(last - 11, last + 1))  # the beat is measured by make bench
    assert fills(page)


def test_yrp005_a_dragged_thumb_draws_every_passed_year_and_the_lists_follow_its_release(
    page,
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    page.driver.execute_script(
        "window.__shown = [];"
        "const gd = document.querySelector('#map .js-plotly-plot');"
        "new MutationObserver(() => window.__shown.push(gd.getAttribute('data-year-shown')))"
        ".observe(gd, {attributes: true, attributeFilter: ['data-year-shown']});"
    )
    track = page.find_element(f"#{ids.YEAR_SLIDER} input[type=range]")
    step = track.size["width"] / (date.today().year - 1988)
    hand = ActionChains(page.driver, duration=0).move_to_element(track)
    hand = hand.move_by_offset(round(track.size["width"] / 2 - step / 2), 0).click_and_hold()
    # to 2010, the last year before South Sudan: a year drawn whole on the way (it draws
    # other states than the years after it), with a pause on the way, as a hand makes
    for moved in range(date.today().year - 2010):
        hand = hand.move_by_offset(-step, 0).pause(0.3 if moved == 5 else 0.05)
    hand.release().perform()
    released = int(track.get_property("value"))
    assert released == 2010
    page._wait_for(lambda _: drawn_view(page).get("year") == released, TIMEOUT, "drawn whole")
    page._wait_for(
        lambda _: f"year={released}" in page.driver.current_url, TIMEOUT, "the URL follows"
    )
    page.wait_for_contains_text(f"#{ids.CHANGES}", f"What changed in {released}", TIMEOUT)
    shown = {int(y) for y in page.driver.execute_script("return window.__shown") if y}
    assert released in shown and len(shown) >= 6  # the map followed the thumb on the way
