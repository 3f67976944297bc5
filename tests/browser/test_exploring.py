"""Exploring the atlas in real headless Chromium, as a person would: open a country's
story, play the years, share a view by its URL, step back and forward, download the
data, use only the keyboard, and read it all on a phone."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from urllib.parse import quote

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from components import ids
from components.layer_toggles import DEFAULT_LAYERS
from components.styling import TIES_FILL
from tests.browser.conftest import TIMEOUT, country_path, emulate, fills, rgb, set_year

LAST_YEAR = date.today().year


def panel_open(page) -> bool:
    return "hidden" not in page.find_element(f"#{ids.PANEL}").get_attribute("class")


def slider_year(page) -> int:
    return int(page.find_element(f"#{ids.YEAR_SLIDER} input[type=range]").get_property("value"))


def checked(page, group: str) -> list[str]:
    return page.driver.execute_script(
        f"return [...document.querySelectorAll('#{group} input:checked')].map(i => i.value)"
    )


def click_option(page, group: str, text: str) -> None:
    """Click the label of a radio or checkbox option, as a person does."""
    label = page.driver.execute_script(
        f"return [...document.querySelectorAll('#{group} label')]"
        f".find(l => l.textContent.includes({text!r}))"
    )
    label.click()


def geo_projection(page) -> dict:
    return page.driver.execute_script(
        "const g = document.querySelector('#map .js-plotly-plot')._fullLayout.geo;"
        "return {scale: g.projection.scale, lon: g.center.lon, lat: g.center.lat}"
    )


def open_url(page, query: str) -> None:
    page.driver.get(page.server_url + "/" + query)
    page.wait_for_element(".choroplethlocation", timeout=TIMEOUT)


def test_exp001_clicking_a_country_opens_its_story_and_outlines_it(page) -> None:
    set_year(page, 2019)
    ActionChains(page.driver).move_to_element(country_path(page, "KAZ")).click().perform()
    page.wait_for_text_to_equal("#panel-title", "Kazakhstan", timeout=TIMEOUT)
    panel = page.find_element(f"#{ids.PANEL}").text
    assert "IN 2019" in panel
    assert "OTS member since 3 Oct 2009" in panel
    assert "Turkic Council" in panel
    page.wait_for_element(f"#{ids.PANEL} .timeline .bar", timeout=TIMEOUT)
    links = page.driver.execute_script(
        f"return [...document.querySelectorAll('#{ids.PANEL} li a')].map(a => a.href)"
    )
    assert len(links) > 5 and all(link.startswith("http") for link in links)
    assert "Caspian Pipeline Consortium" in panel
    assert "Tied to 4 of 4 power centres: Russia (CSTO, EAEU, CIS)" in panel
    page._wait_for(
        lambda _: country_path(page, "KAZ").value_of_css_property("stroke-width") == "2.5px",
        timeout=TIMEOUT,
        msg="Kazakhstan outlined",
    )
    assert page.find_element(f"#{ids.COUNTRY_SEARCH}").get_attribute("value") == "Kazakhstan"


def test_exp002_escape_and_the_close_button_close_the_panel(page) -> None:
    open_url(page, "?country=GEO")
    page.wait_for_text_to_equal("#panel-title", "Georgia", timeout=TIMEOUT)
    ActionChains(page.driver).send_keys(Keys.ESCAPE).perform()
    page._wait_for(lambda _: not panel_open(page), timeout=TIMEOUT, msg="closed by Escape")
    assert "country=" not in page.driver.current_url
    open_url(page, "?country=ARM")
    page.wait_for_text_to_equal("#panel-title", "Armenia", timeout=TIMEOUT)
    page.find_element(f"#{ids.PANEL_CLOSE}").click()
    page._wait_for(lambda _: not panel_open(page), timeout=TIMEOUT, msg="closed by its button")


def test_exp003_the_country_box_opens_a_country_typed_or_picked(page) -> None:
    box = page.find_element(f"#{ids.COUNTRY_SEARCH}")
    offered = page.driver.execute_script(
        f"return [...document.querySelectorAll('#{ids.COUNTRY_LIST} option')].map(o => o.value)"
    )
    assert "Turkmenistan" in offered and "Soviet Union" in offered
    box.send_keys("Turkmen", Keys.ENTER)
    page.wait_for_text_to_equal("#panel-title", "Turkmenistan", timeout=TIMEOUT)
    assert "CIS associate since 26 Aug 2005" in page.find_element(f"#{ids.PANEL}").text
    assert box.get_attribute("value") == "Turkmenistan"
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys("Georgia")  # a whole name, as picking it from the list writes it
    page.wait_for_text_to_equal("#panel-title", "Georgia", timeout=TIMEOUT)
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACK_SPACE)
    page._wait_for(lambda _: not panel_open(page), timeout=TIMEOUT, msg="closed by emptying")


def test_exp004_what_changed_lists_the_year_and_opens_the_country(page) -> None:
    set_year(page, 2019)
    page.wait_for_contains_text(f"#{ids.CHANGES}", "Uzbekistan joins OTS", timeout=TIMEOUT)
    button = page.driver.execute_script(
        f"return [...document.querySelectorAll('#{ids.CHANGES} button')]"
        ".find(b => b.textContent.includes('Uzbekistan joins OTS'))"
    )
    button.click()
    page.wait_for_text_to_equal("#panel-title", "Uzbekistan", timeout=TIMEOUT)


RECORD_YEARS = """
window.__years = [];
const range = document.querySelector('#year-slider input[type=range]');
const look = () => {
  const year = range.valueAsNumber;
  if (window.__years[window.__years.length - 1] !== year) { window.__years.push(year); }
  requestAnimationFrame(look);
};
look();
"""


def test_exp005_play_advances_the_years_and_stops_at_the_last(page) -> None:
    set_year(page, LAST_YEAR - 3)
    click_option(page, ids.SPEED, "fast")
    page.driver.execute_script(RECORD_YEARS)
    page.find_element(f"#{ids.PLAY}").click()
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", "Status today", timeout=TIMEOUT)
    page.wait_for_contains_text(f"#{ids.PLAY}", "Play", timeout=TIMEOUT)
    assert page.find_element(f"#{ids.PLAY}").get_attribute("aria-pressed") == "false"
    assert slider_year(page) == LAST_YEAR
    years = page.driver.execute_script("return window.__years")
    assert [y for y in years if y > LAST_YEAR - 3] == list(range(LAST_YEAR - 2, LAST_YEAR + 1))


def test_exp006_pause_stops_playback_where_it_is(page) -> None:
    set_year(page, 1990)
    page.find_element(f"#{ids.PLAY}").click()
    page._wait_for(lambda _: slider_year(page) > 1990, timeout=TIMEOUT, msg="year advances")
    page.find_element(f"#{ids.PLAY}").click()
    page.wait_for_contains_text(f"#{ids.PLAY}", "Play", timeout=TIMEOUT)
    stopped = slider_year(page)
    assert stopped < LAST_YEAR
    # A playing ticker would move the year within one interval (900 ms); wait for two.
    page.driver.execute_script("window.__t0 = performance.now()")
    page._wait_for(
        lambda _: page.driver.execute_script("return performance.now() - window.__t0") > 2000,
        timeout=TIMEOUT,
        msg="two intervals",
    )
    assert slider_year(page) == stopped


def test_exp007_a_shared_url_restores_the_whole_view(page) -> None:
    open_url(page, "?year=2009&layers=SCO,NATO&lens=alignment&country=KAZ&region=central-asia")
    page.wait_for_text_to_equal("#panel-title", "Kazakhstan", timeout=TIMEOUT)
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", "2009", timeout=TIMEOUT)
    assert slider_year(page) == 2009
    assert checked(page, ids.LAYERS) == ["SCO", "NATO"]
    assert checked(page, ids.LENS) == ["alignment"]
    assert checked(page, ids.REGION) == ["central-asia"]
    page._wait_for(lambda _: geo_projection(page)["scale"] == 5, timeout=TIMEOUT, msg="zoom")
    page._wait_for(
        lambda _: fills(page)["KAZ"] in {rgb(c) for c in TIES_FILL[1:]},
        timeout=TIMEOUT,
        msg="alignment fill",
    )


def test_exp008_back_and_forward_step_through_views(page) -> None:
    set_year(page, 2000)
    page._wait_for(lambda _: "year=2000" in page.driver.current_url, timeout=TIMEOUT, msg="url")
    set_year(page, 2010)
    page._wait_for(lambda _: "year=2010" in page.driver.current_url, timeout=TIMEOUT, msg="url")
    page.driver.back()
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", "2000", timeout=TIMEOUT)
    assert slider_year(page) == 2000
    page.driver.forward()
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", "2010", timeout=TIMEOUT)
    assert slider_year(page) == 2010


def test_exp009_forged_url_values_open_the_default_view_and_echo_nothing(page) -> None:
    forged = {
        "year": "1700",
        "layers": "<script>alert(1)</script>",
        "lens": "<b>x</b>",
        "country": "<img src=x onerror=alert(2)>",
        "region": "mars",
    }
    open_url(page, "?" + "&".join(f"{k}={quote(v)}" for k, v in forged.items()))
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", "Status today", timeout=TIMEOUT)
    assert checked(page, ids.LAYERS) == list(DEFAULT_LAYERS)
    assert checked(page, ids.LENS) == ["organisations"]
    assert checked(page, ids.REGION) == ["eurasia"]
    assert not panel_open(page)
    try:
        page.driver.switch_to.alert  # noqa: B018 - raises when no script ran
        raise AssertionError("a script from the URL ran")
    except NoAlertPresentException:
        pass
    body = page.driver.execute_script("return document.body.innerHTML")
    assert "onerror=alert" not in body and "<script>alert" not in body
    page._wait_for(
        lambda _: "Crossroads atlas" in page.find_element(f"#{ids.CITE}").text,
        timeout=TIMEOUT,
        msg="citation written",
    )
    cited = page.find_element(f"#{ids.CITE}").text
    assert "%3C" not in cited and "1700" not in cited and "mars" not in cited


def test_exp010_the_csv_download_holds_the_rows_of_the_table(page, atlas) -> None:
    set_year(page, 2015)
    page.wait_for_contains_text(f"#{ids.CITE}", "31 December 2015", timeout=TIMEOUT)
    page.find_element(f"#{ids.DOWNLOAD_BUTTON}").click()
    target = Path(page.download_path) / "crossroads-2015.csv"
    page._wait_for(lambda _: target.exists(), timeout=TIMEOUT, msg="CSV downloaded")
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert {"country": "Uzbekistan", "organisation": "SCO", "status": "member"}.items() <= next(
        r for r in rows if r["country"] == "Uzbekistan" and r["organisation"] == "SCO"
    ).items()
    assert not any(r["country"] == "Uzbekistan" and r["organisation"] == "OTS" for r in rows)
    assert all(r["source"].startswith("http") for r in rows)
    table = page.driver.execute_script(
        f"return [...document.querySelectorAll('#{ids.TABLE} tbody tr')]"
        ".map(tr => [...tr.cells].map(td => td.textContent))"
    )
    assert [[r["country"], r["organisation"], r["status"]] for r in rows] == [t[:3] for t in table]


def test_exp011_the_map_exports_as_a_png_without_the_network(page) -> None:
    page.find_element(".modebar-btn[data-title='Download plot as a PNG']").click()
    target = Path(page.download_path) / "crossroads-map.png"
    page._wait_for(lambda _: target.exists(), timeout=TIMEOUT, msg="PNG downloaded")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert page.driver.find_elements("css selector", ".modebar-btn[data-title^='Share']") == []


def tab_until(page, test: str, limit: int = 200) -> None:
    for _ in range(limit):
        ActionChains(page.driver).send_keys(Keys.TAB).perform()
        if page.driver.execute_script(f"return {test}"):
            return
    raise AssertionError(f"Tab never reached {test}")


def test_exp012_keyboard_alone_reaches_and_drives_the_slider_and_layers(page) -> None:
    tab_until(page, "document.activeElement.type === 'range'")
    assert page.driver.execute_script("return document.activeElement.getAttribute('aria-label')")
    ActionChains(page.driver).send_keys(Keys.ARROW_LEFT).perform()
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", str(LAST_YEAR - 1), timeout=TIMEOUT)
    ActionChains(page.driver).send_keys(Keys.HOME).perform()
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", "1988", timeout=TIMEOUT)
    ActionChains(page.driver).send_keys(Keys.END).perform()
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", "Status today", timeout=TIMEOUT)
    tab_until(page, f"document.activeElement.closest('#{ids.LAYERS}') !== null")
    first = page.driver.execute_script("return document.activeElement.value")
    ActionChains(page.driver).send_keys(Keys.SPACE).perform()
    page._wait_for(
        lambda _: first not in checked(page, ids.LAYERS), timeout=TIMEOUT, msg="layer off"
    )
    outline = page.driver.execute_script(
        "return getComputedStyle(document.activeElement).outlineWidth"
    )
    assert outline == "3px"


ACCESSIBLE_NAME = """
const e = document.activeElement;
const by = e.getAttribute('aria-labelledby');
const ref = by ? by.split(' ').map(i => document.getElementById(i)).filter(x => x)
    .map(x => x.textContent).join(' ') : '';
const labels = e.labels ? [...e.labels].map(l => l.textContent).join(' ') : '';
return [e.outerHTML.slice(0, 100),
        (e.getAttribute('aria-label') || ref || labels || e.textContent || e.title || '').trim()];
"""


def test_exp013_everything_tab_reaches_has_a_name(page) -> None:
    open_url(page, "?country=AZE")
    page.wait_for_text_to_equal("#panel-title", "Azerbaijan", timeout=TIMEOUT)
    page.wait_for_element(f"#{ids.TABLE} tbody tr", timeout=TIMEOUT)
    reached = []
    for _ in range(200):
        ActionChains(page.driver).send_keys(Keys.TAB).perform()
        element, name = page.driver.execute_script(ACCESSIBLE_NAME)
        if element.startswith("<body") or (reached and element == reached[0][0]):
            break
        reached.append((element, name))
    assert len(reached) > 30
    assert [element for element, name in reached if not name] == []


def test_exp014_region_presets_frame_the_map_and_zoom_survives_a_year_change(page) -> None:
    click_option(page, ids.REGION, "South Caucasus")
    page._wait_for(lambda _: geo_projection(page)["scale"] == 11, timeout=TIMEOUT, msg="zoom")
    page.find_element(".modebar-btn[data-title='Zoom in']").click()
    page._wait_for(lambda _: geo_projection(page)["scale"] > 11, timeout=TIMEOUT, msg="zoomed")
    zoomed = geo_projection(page)
    set_year(page, 2005)
    page._wait_for(lambda _: "KAZ" in fills(page), timeout=TIMEOUT, msg="map redrawn")
    assert geo_projection(page) == zoomed


def test_exp015_the_alignment_lens_counts_each_country_s_power_centres(page) -> None:
    set_year(page, 2023)
    click_option(page, ids.LENS, "Alignment lens")
    page._wait_for(
        lambda _: fills(page)["KAZ"] == rgb(TIES_FILL[4]), timeout=TIMEOUT, msg="four ties"
    )
    ActionChains(page.driver).move_to_element(country_path(page, "KAZ")).perform()
    page.wait_for_contains_text(".hoverlayer", "(4 of 4)", timeout=TIMEOUT)
    assert "Alignment lens" in page.find_element(f"#{ids.LEGEND}").text


def test_exp016_on_a_phone_the_page_fits_and_a_chosen_country_comes_into_view(page) -> None:
    emulate(page, 390, 844)
    page.driver.refresh()
    page.wait_for_element(".choroplethlocation", timeout=TIMEOUT)
    widths = page.driver.execute_script(
        "return [window.innerWidth, document.documentElement.scrollWidth]"
    )
    assert widths == [390, 390]
    set_year(page, 2019)
    page.wait_for_contains_text(f"#{ids.CHANGES}", "Uzbekistan joins OTS", timeout=TIMEOUT)
    button = page.driver.execute_script(
        f"return [...document.querySelectorAll('#{ids.CHANGES} button')]"
        ".find(b => b.textContent.includes('Uzbekistan'))"
    )
    button.click()
    page.wait_for_text_to_equal("#panel-title", "Uzbekistan", timeout=TIMEOUT)
    panel_top = "return document.getElementById('country-panel').getBoundingClientRect().top"
    page._wait_for(
        lambda _: -2 <= page.driver.execute_script(panel_top) < 844,
        timeout=TIMEOUT,
        msg="panel scrolled into view",
    )


#: WCAG 2 contrast of every visible text element against the background it sits on
#: (4.5:1, or 3:1 for large text); the map's own SVG labels are left to plotly.
LOW_CONTRAST_TEXT = r"""
const rgba = colour => {
  const parts = colour.match(/rgba?\(([^)]+)\)/)[1].split(',').map(Number);
  return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
};
const luminance = c => {
  const f = v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
};
const background = element => {
  for (let e = element; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c.a > 0.5) { return c; }
  }
  return {r: 255, g: 255, b: 255, a: 1};
};
const failures = [];
for (const el of document.querySelectorAll('body *')) {
  const ownText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!ownText || el.offsetParent === null || el.closest('svg, .js-plotly-plot')) { continue; }
  const style = getComputedStyle(el);
  const [a, b] = [luminance(rgba(style.color)), luminance(background(el))];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
  if (ratio < (large ? 3 : 4.5)) {
    failures.push(`${ratio.toFixed(2)}: "${el.textContent.trim().slice(0, 30)}" ${style.color}`);
  }
}
return [...new Set(failures)];
"""


def test_exp017_every_text_on_the_page_is_readable_against_its_background(page) -> None:
    open_url(page, "?year=2015&lens=alignment&country=AZE")
    page.wait_for_text_to_equal("#panel-title", "Azerbaijan", timeout=TIMEOUT)
    page.wait_for_contains_text(f"#{ids.CHANGES}", "2015", timeout=TIMEOUT)
    page.wait_for_element(f"#{ids.TABLE} td", timeout=TIMEOUT)
    assert page.driver.execute_script(LOW_CONTRAST_TEXT) == []
