"""Hard power as a reader sees it: the Gyumri base and the 2020 drone arc from Turkey to
Azerbaijan on the map, the arc gone the next year, the lens switch adding security ties
to a state's badges and hover, and the country panel's Security section."""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from components import ids
from tests.browser.conftest import TIMEOUT, drawn_view, point_at

GYUMRI = (43.847, 40.789)
TB2_ARC = "security arc tur-aze-tb2-2020"


def open_view(page, query: str, year: int) -> None:
    page.driver.get(page.server_url + "/" + query)
    page.wait_for_element(".choroplethlocation", timeout=TIMEOUT)
    page._wait_for(lambda _: drawn_view(page).get("year") == year, TIMEOUT, "view drawn")


def type_year(page, year: int) -> None:
    """Type a year into the slider's number box, as a person does, and wait for the map."""
    box = page.find_element(f"#{ids.YEAR_SLIDER} input.year-box")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(str(year), Keys.ENTER)
    page._wait_for(lambda _: drawn_view(page).get("year") == year, TIMEOUT, f"{year} drawn")


def drawn(page, trace: str, selector: str) -> int:
    """How many elements (``selector``) plotly drew for the trace named ``trace``."""
    return page.driver.execute_script(
        "const g = [...document.querySelectorAll('#map g.trace')]"
        ".find(g => g.__data__ && g.__data__[0] && g.__data__[0].trace.name === arguments[0]);"
        "return g ? [...g.querySelectorAll(arguments[1])]"
        ".filter(p => (p.getAttribute('d') || '').length > 4).length : 0;",
        trace,
        selector,
    )


def mark_hovers(page) -> list[str]:
    """The first line of each security mark's hover, as the map holds it."""
    return page.driver.execute_script(
        "const gd = document.querySelector('#map .js-plotly-plot');"
        "const t = gd.data.find(t => t.name === 'security');"
        "return (t.customdata || []).map(c => c[0].split('<br>')[0].replace(/<\\/?b>/g, ''))"
    )


def lens_hover(page, unit: str) -> str:
    """The alignment lens's hover line of a state (the countries' ``customdata[1]``)."""
    return page.driver.execute_script(
        "const gd = document.querySelector('#map .js-plotly-plot');"
        "const t = gd.data.find(t => t.name === 'countries');"
        "const i = t.locations.findIndex(l => l.split('+')[0] === arguments[0]);"
        "return t.customdata[i][1];",
        unit,
    )


def badge_count(page) -> int:
    return page.driver.execute_script(
        "const gd = document.querySelector('#map .js-plotly-plot');"
        "return gd.data.find(t => t.name === 'badges').lon.length;"
    )


def test_sbr001_gyumri_and_the_drone_arc_are_drawn_in_2020_and_the_arc_goes_in_2021(
    page,
) -> None:
    open_view(page, "?year=2020&overlays=security&region=caucasus", 2020)
    assert "102nd Military Base" in mark_hovers(page)
    assert drawn(page, "security", "path.point") >= 1
    assert drawn(page, TB2_ARC, "path.js-line") == 1
    point_at(page, *GYUMRI)
    page.wait_for_contains_text(".hoverlayer", "102nd Military Base", timeout=TIMEOUT)
    hover = page.find_element(".hoverlayer").text
    assert "Russia in Armenia" in hover and "since 1 Sep 1994" in hover and "source:" in hover
    ActionChains(page.driver).click().perform()  # a click opens the host's panel
    page.wait_for_text_to_equal(f"#{ids.PANEL_TITLE}", "Armenia", timeout=TIMEOUT)
    type_year(page, 2021)
    assert drawn(page, TB2_ARC, "path.js-line") == 0
    assert "102nd Military Base" in mark_hovers(page)


def test_sbr002_the_lens_switch_adds_security_ties_to_badges_and_hover(page) -> None:
    open_view(page, "?year=2022&region=central-asia", 2022)
    assert not page.find_element(f"#{ids.TIES_BOX}").is_displayed()  # organisations lens
    open_view(page, "?year=2022&lens=alignment&region=central-asia", 2022)
    page._wait_for(
        lambda _: page.find_element(f"#{ids.TIES_BOX}").is_displayed(), TIMEOUT, "switch shown"
    )
    before = lens_hover(page, "TJK")
    assert "security" not in before and "3 of 4" in before
    badges = badge_count(page)
    page.find_element(f"#{ids.TIES} input[value='security']").click()
    page._wait_for(lambda _: drawn_view(page).get("ties") == "security", TIMEOUT, "switch drawn")
    after = lens_hover(page, "TJK")
    assert "4 of 4" in after and "Turkey: arms" in after and "Russia: base" in after
    assert badge_count(page) > badges
    page._wait_for(lambda d: "ties=security" in d.current_url, TIMEOUT, "URL written")


def test_sbr003_the_country_panel_lists_the_years_ties_and_their_history(page) -> None:
    open_view(page, "?year=2020&country=ARM&region=caucasus", 2020)

    def section() -> str:  # headings are set in capitals by the style sheet
        return page.find_element(f"#{ids.PANEL_SECURITY}").text.lower()

    page._wait_for(lambda _: "security ties in 2020" in section(), TIMEOUT, "section shown")
    assert "102nd military base" in section() and "gyumri" in section()
    history = page.find_element(f"#{ids.PANEL_SECURITY_HISTORY}").text.lower()
    assert "security ties since 1988" in history


def test_sbr004_the_drones_chapter_turns_the_layer_and_the_switch_on(page) -> None:
    page.driver.get(page.server_url + "/?story=13")
    page.wait_for_text_to_equal(f"#{ids.STORY_TITLE}", "Turkey's drones", timeout=TIMEOUT)
    page._wait_for(lambda _: drawn_view(page).get("year") == 2022, 2 * TIMEOUT, "2022 drawn")
    page._wait_for(
        lambda _: drawn_view(page).get("ties") == "security", TIMEOUT, "the switch drawn"
    )
    view = drawn_view(page)
    assert "security" in view["overlays"] and view["lens"] == "alignment"
    assert drawn(page, "security arc tur-tjk-tb2-2022", "path.js-line") == 1
