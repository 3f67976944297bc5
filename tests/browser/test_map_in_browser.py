"""The map as a person sees it, in real headless Chromium (dash.testing's ``dash_duo``).

Each test drives the page the way a person would (typing a year, clicking a layer)
and checks what is drawn: country paths, their fill colours, route lines, the
hover label, and that nothing was requested off the machine or logged as an error.
"""

from __future__ import annotations

from datetime import date

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from components import ids
from components.styling import group_fill
from tests.browser.conftest import TIMEOUT, country_path, fills, rgb, set_year


def routes_drawn(page) -> list[str]:
    """Names of the route lines on the map (hidden traces are not rendered)."""
    return page.driver.execute_script(
        "return [...document.querySelectorAll('g.trace.scattergeo')]"
        ".map(g => g.__data__[0].trace.name)"
        ".filter(n => n !== 'badges')"
    )


def badge_fills(page) -> set[str]:
    return set(
        page.driver.execute_script(
            "const g = [...document.querySelectorAll('g.trace.scattergeo')]"
            ".find(g => g.__data__[0].trace.name === 'badges');"
            "return g ? [...g.querySelectorAll('path.point')].map(p => getComputedStyle(p).fill)"
            " : [];"
        )
    )


def organisation(atlas, code: str):
    return atlas.facts.organisation(code)


def test_brw001_map_draws_countries_from_this_machine_only(page) -> None:
    today = date.today()
    caption = f"Status today, {today.day} {today:%B %Y}"
    page.wait_for_text_to_equal(f"#{ids.YEAR_CAPTION}", caption, timeout=TIMEOUT)
    assert len(fills(page)) >= 60
    resources = page.driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert any("topojson/world_110m.json" in url for url in resources)
    assert [url for url in resources if not url.startswith(page.server_url)] == []


def test_brw002_uzbekistan_takes_ots_colour_between_2009_and_2019(page, atlas) -> None:
    ots_member = rgb(group_fill(organisation(atlas, "OTS"), "member"))
    set_year(page, 2009)
    assert fills(page)["UZB"] != ots_member
    set_year(page, 2019)
    page._wait_for(lambda _: fills(page)["UZB"] == ots_member, timeout=TIMEOUT, msg="UZB fill")


def test_brw003_switching_csto_off_removes_its_colours(page, atlas) -> None:
    csto = organisation(atlas, "CSTO")
    csto_fills = {rgb(group_fill(csto, g)) for g in ("member", "partial", "inactive")}
    set_year(page, 2010)
    page._wait_for(lambda _: csto_fills & set(fills(page).values()), timeout=TIMEOUT, msg="CSTO on")
    assert rgb(csto.colour) in badge_fills(page)
    csto_box = page.driver.find_element(By.CSS_SELECTOR, f"#{ids.LAYERS} input[value=CSTO]")
    csto_box.click()
    page._wait_for(
        lambda _: not csto_fills & set(fills(page).values()), timeout=TIMEOUT, msg="CSTO off"
    )
    assert rgb(csto.colour) not in badge_fills(page)


def test_brw004_btc_is_absent_in_2000_and_present_in_2010(page) -> None:
    btc = "Baku-Tbilisi-Ceyhan oil pipeline"
    set_year(page, 2000)
    page._wait_for(lambda _: btc not in routes_drawn(page), timeout=TIMEOUT, msg="BTC hidden")
    set_year(page, 2010)
    page._wait_for(lambda _: btc in routes_drawn(page), timeout=TIMEOUT, msg="BTC drawn")


def test_brw005_in_1990_one_soviet_shape_and_no_kazakhstan(page) -> None:
    set_year(page, 1990)
    page._wait_for(lambda _: "KAZ" not in fills(page), timeout=TIMEOUT, msg="KAZ gone")
    soviet = [fid for fid in fills(page) if fid.startswith("SUN")]
    assert len(soviet) == 1


def test_brw007_hover_names_the_country_and_its_memberships(page) -> None:
    set_year(page, 2019)
    path = country_path(page, "MNG")
    ActionChains(page.driver).move_to_element(path).perform()
    page.wait_for_contains_text(".hoverlayer", "Mongolia", timeout=TIMEOUT)
    assert "observer: SCO" in page.find_element(".hoverlayer").text
