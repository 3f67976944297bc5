"""The year path runs in the browser, and the browser agrees with Python.

Python (``components/map_figure.py:view_values``) decides what every view shows; the
browser (``assets/map_select.js``) only selects from the facts sent once. These tests
compare the two over every year, 21 layer sets and both lenses; draw a sample of those
views for real and read the fills and badges off the page; and check that scrubbing,
layers, lens and region changes ask the server nothing.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from selenium.webdriver.common.by import By

from components import ids
from components.contest import EVENT_KINDS
from components.layer_toggles import DEFAULT_LAYERS
from components.map_figure import CHANGE_MARK, view_values
from components.styling import EVENT_COLOUR, EVENT_SYMBOL, fill_palette
from components.view_state import Highlight, View
from geodata.atlas import Atlas, load_atlas
from tests.browser.conftest import COUNTRY_PATHS, TIMEOUT, drawn_view, fills, rgb, set_year

ALL_LAYERS = ("OTS", "CSTO", "EAEU", "CIS", "SCO", "NATO", "EU", "EURASEC", "EACU")
LAYER_SETS = [
    (),
    *((code,) for code in ALL_LAYERS),
    DEFAULT_LAYERS,
    ALL_LAYERS,
    ("NATO", "OTS"),  # given out of legend order: the legend order still decides
    ("SCO", "NATO"),
    ("EU", "NATO"),
    ("CIS", "CSTO", "EAEU"),
    ("EURASEC", "EACU"),
    ("CSTO", "SCO"),
    tuple(code for code in DEFAULT_LAYERS if code != "CSTO"),
    ("OTS", "EU"),
]
LENSES = ("organisations", "alignment")
OVERLAY_SETS = [(), ("territories",), ("borders",), ("events",), ("events", "territories")]

COMPARE = """
const [factsId, year, expected, contests] = arguments;
const facts = window.dash_component_api.getLayout(factsId).props.data;
const mismatches = [];
const sortedKeys = (key, value) => value && typeof value === 'object' && !Array.isArray(value)
  ? Object.fromEntries(Object.entries(value).sort()) : value;
const same = (a, b) => JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
for (const item of expected) {
  const got = window.crossroads.map.select(facts, item.view);
  got.contest = window.crossroads.contest.select(facts, item.view);
  const wanted = Object.assign({contest: contests[item.contest]}, item.values);
  for (const key of Object.keys(wanted)) {
    const names = {line_width: 'lineWidth', route_widths: 'routeWidths'};
    const mine = got[names[key] || key];
    if (!same(mine, wanted[key])) {
      mismatches.push([year, JSON.stringify(item.view), key]);
    }
  }
}
return mismatches;
"""


STORY_POINTS = Highlight(
    countries=("ARM", "AZE"),
    routes=("btc",),
    territories=("nagorno-karabakh-1994", "abkhazia-2008"),
    events=("karabakh-war-2", "russo-georgian-war-2008"),
)


def special_views(year: int) -> list[View]:
    """Comparisons with earlier and later years, in both lenses, and a story's highlight."""
    return [
        View(year=year, layers=DEFAULT_LAYERS, vs=1991),
        View(year=year, layers=("SCO", "OTS"), vs=2015, lens="alignment"),
        View(year=year, layers=ALL_LAYERS, vs=2026),
        View(year=year, layers=DEFAULT_LAYERS, country="GEO", route="scp", highlight=STORY_POINTS),
    ]


def browser_form(atlas: Atlas, view: View) -> dict:
    """A view and Python's values for it, as the browser names them."""
    values = asdict(view_values(atlas, view))
    values["routes"] = [list(state) if state else None for state in values["routes"]]
    changes = values.pop("changes")
    values["changes"] = {
        "lon": changes["lon"],
        "lat": changes["lat"],
        "symbol": [CHANGE_MARK[d][0] for d in changes["direction"]],
        "colour": [CHANGE_MARK[d][1] for d in changes["direction"]],
        "customdata": [
            list(t) for t in zip(changes["name"], changes["gains"], changes["losses"], strict=True)
        ],
        "hovertemplate": changes["hovertemplate"],
    }
    contest = values["contest"]
    values["contest"] = {
        "territoryLocations": contest["territory_locations"],
        "territoryZ": contest["territory_z"],
        "territoryLine": contest["territory_line"],
        "territoryWidth": contest["territory_width"],
        "territoryCustomdata": [
            list(pair)
            for pair in zip(contest["territory_hover"], contest["territory_claimant"], strict=True)
        ],
        "hatch": contest["hatch"],
        "approximate": contest["approximate"],
        "border": contest["border"],
        "borderHover": contest["border_hover"],
        "eventLon": contest["event_lon"],
        "eventLat": contest["event_lat"],
        "eventCustomdata": [
            list(pair)
            for pair in zip(contest["event_hover"], contest["event_country"], strict=True)
        ],
        "eventSymbol": [EVENT_SYMBOL[EVENT_KINDS[k]] for k in contest["event_kind"]],
        "eventColour": [EVENT_COLOUR[EVENT_KINDS[k]] for k in contest["event_kind"]],
        "eventSize": contest["event_size"],
    }
    return {"view": json_view(view), "values": json.loads(json.dumps(values))}


def json_view(view: View) -> dict:
    """A view as the browser's controls give it."""
    return {
        **asdict(view),
        "layers": list(view.layers),
        "overlays": list(view.overlays),
        "highlight": {key: list(value) for key, value in asdict(view.highlight).items()},
    }


def by_contest(forms: list[dict]) -> tuple[list[dict], dict[str, dict]]:
    """The views with their contest values named by a key into one table: the contest
    follows year, contest layers and highlight only, so the many views of a year that
    share it send it to the browser once."""
    contests: dict[str, dict] = {}
    for form in forms:
        contest = form["values"].pop("contest")
        key = json.dumps(contest, sort_keys=True)
        form["contest"] = contests.setdefault(key, str(len(contests)))
    return forms, {number: json.loads(key) for key, number in contests.items()}


def test_yrp001_the_browser_selects_what_python_decides_in_every_view(page) -> None:
    atlas = load_atlas(today=date.today())  # the served app's day, not the fixture's
    checked = 0
    for year in atlas.years:
        views = [
            View(year=year, layers=layers, lens=lens, country=country)
            for lens in LENSES
            for layers in LAYER_SETS
            for country in ((None, "KAZ", "SUN") if layers == DEFAULT_LAYERS else (None,))
        ]
        views += [View(year=year, layers=(), overlays=o) for o in OVERLAY_SETS]
        views += special_views(year)
        expected, contests = by_contest([browser_form(atlas, view) for view in views])
        checked += len(expected)
        mismatches = page.driver.execute_script(COMPARE, ids.FACTS, year, expected, contests)
        assert mismatches == []
    per_year = 2 * (len(LAYER_SETS) + 2) + len(OVERLAY_SETS) + len(special_views(1990))
    assert checked == len(atlas.years) * per_year


DRAW = """
const [factsId, view, done] = arguments;
const facts = window.dash_component_api.getLayout(factsId).props.data;
const gd = document.querySelector('#map .js-plotly-plot');
window.crossroads.map.show(facts, view);
const check = () => {
  if (gd.getAttribute('data-view') === JSON.stringify(view)) {
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


def test_yrp002_the_map_draws_python_s_fills_and_badges(page) -> None:
    atlas = load_atlas(today=date.today())
    palette = fill_palette(atlas.facts.organisations)
    page.driver.set_script_timeout(TIMEOUT)
    for year in atlas.years:
        for lens in LENSES:
            for layers in (DEFAULT_LAYERS, ALL_LAYERS, ("SCO",)):
                view = View(year=year, layers=layers, lens=lens)
                values = view_values(atlas, view)
                drawn = page.driver.execute_async_script(DRAW, ids.FACTS, json_view(view))
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
