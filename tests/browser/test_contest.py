"""The contest on the map, as a reader scrubbing the years sees it: Nagorno-Karabakh held
and then gone, the wars of 2008 and 2020 marked in their years, closed borders, and the
event strip that jumps to a year."""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains

from components import ids
from tests.browser.conftest import TIMEOUT, drawn_view, point_at, set_year


def trace_paths(page, trace: str, selector: str = "path") -> list:
    """The drawn elements of one named trace."""
    return page.driver.execute_script(
        "const g = [...document.querySelectorAll('g.trace')]"
        ".find(g => g.__data__ && g.__data__[0] && g.__data__[0].trace.name === arguments[0]);"
        "return g ? [...g.querySelectorAll(arguments[1])] : [];",
        trace,
        selector,
    )


def territory(page, location: str):
    """The drawn shape of one territory, or None."""
    return next(
        (
            p
            for p in trace_paths(page, "territories", ".choroplethlocation")
            if page.driver.execute_script("return arguments[0].__data__.loc", p) == location
        ),
        None,
    )


def event_titles(page) -> list[str]:
    """The titles of the events marked on the map (their hover's first line)."""
    return page.driver.execute_script(
        "const gd = document.querySelector('#map .js-plotly-plot');"
        "const t = gd.data.find(t => t.name === 'events');"
        "return (t.customdata || []).map(c => c[0].split('<br>')[0].replace(/<\\/?b>/g, ''))"
    )


def open_view(page, query: str, year: int) -> None:
    page.driver.get(page.server_url + "/" + query)
    page.wait_for_element(".choroplethlocation", timeout=TIMEOUT)
    page._wait_for(lambda _: drawn_view(page).get("year") == year, TIMEOUT, "view drawn")


def test_cst001_in_2010_karabakh_is_held_and_its_hover_says_by_whom(page) -> None:
    open_view(page, "?year=2010&region=caucasus", 2010)
    assert territory(page, "ne-nagorno-karabakh") is not None
    point_at(page, 46.9, 39.9)  # between Stepanakert and Aghdam
    page.wait_for_contains_text(".hoverlayer", "Nagorno-Karabakh", timeout=TIMEOUT)
    hover = page.find_element(".hoverlayer").text
    assert "held by Nagorno-Karabakh Republic (Artsakh), backed by Armenia" in hover
    assert "claimed by Azerbaijan" in hover
    assert "breakaway since 12 May 1994" in hover
    assert "source:" in hover
    assert trace_paths(page, "hatching")  # hatched, so Azerbaijan's fill shows beneath


def test_cst002_after_2023_karabakh_is_gone_and_in_2021_the_remainder_is_approximate(
    page,
) -> None:
    open_view(page, "?year=2021&region=caucasus", 2021)
    assert territory(page, "nk-2020-remainder") is not None
    assert territory(page, "ne-nagorno-karabakh") is None
    assert trace_paths(page, "approximate outlines")
    set_year(page, 2025)
    page._wait_for(lambda _: drawn_view(page).get("year") == 2025, TIMEOUT, "2025 drawn")
    assert territory(page, "nk-2020-remainder") is None
    assert territory(page, "ne-nagorno-karabakh") is None
    assert territory(page, "ne-abkhazia") is not None  # the others stay


def test_cst003_the_wars_of_2008_and_2020_are_marked_in_their_years(page) -> None:
    open_view(page, "?year=2008&region=caucasus", 2008)
    assert "Russo-Georgian War" in event_titles(page)
    assert "Second Nagorno-Karabakh War (44-day war)" not in event_titles(page)
    set_year(page, 2020)
    page._wait_for(lambda _: drawn_view(page).get("year") == 2020, TIMEOUT, "2020 drawn")
    assert "Second Nagorno-Karabakh War (44-day war)" in event_titles(page)
    assert "Russo-Georgian War" not in event_titles(page)
    point_at(page, 46.76, 39.76)  # the war's marker
    page.wait_for_contains_text(".hoverlayer", "27 Sep 2020 to 10 Nov 2020", timeout=TIMEOUT)
    ActionChains(page.driver).click().perform()
    page.wait_for_text_to_equal(f"#{ids.PANEL_TITLE}", "Armenia", timeout=TIMEOUT)


def test_cst004_the_turkish_armenian_border_is_drawn_closed(page) -> None:
    open_view(page, "?year=2010&region=caucasus&overlays=borders", 2010)
    lines = trace_paths(page, "closed borders", "path.js-line")
    assert lines
    assert trace_paths(page, "territories", ".choroplethlocation[d]") == []
    assert event_titles(page) == []
    texts = page.driver.execute_script(
        "return document.querySelector('#map .js-plotly-plot').data"
        ".find(t => t.name === 'closed borders').text.filter(t => t)"
    )
    assert any(
        t.startswith("<b>Armenia and Turkey: border closed</b><br>since 3 Apr 1993") for t in texts
    )


def test_cst005_the_event_strip_goes_to_a_year(page) -> None:
    button = page.find_element(f"#{ids.STRIP} button[title^='2020:']")
    assert "Second Nagorno-Karabakh War" in button.get_attribute("title")
    button.click()
    page.wait_for_contains_text(f"#{ids.YEAR_CAPTION}", "2020", timeout=TIMEOUT)
    page._wait_for(lambda _: drawn_view(page).get("year") == 2020, TIMEOUT, "2020 drawn")
    assert "year=2020" in page.driver.current_url


def test_cst006_dates_show_as_precisely_as_their_rows(page) -> None:
    open_view(page, "?year=1995&country=MNG", 1995)
    page.wait_for_contains_text(f"#{ids.CHANGES}", "Korpeje", timeout=TIMEOUT)
    korpeje = page.driver.execute_script(
        f"return [...document.querySelectorAll('#{ids.CHANGES} li')]"
        ".find(li => li.textContent.includes('Korpeje')).querySelector('.change-date').textContent"
    )
    assert korpeje == "1995"  # a year-only row shows as its year, not "1 Jan"
    set_year(page, 2010)
    page.wait_for_contains_text(f"#{ids.PANEL}", "SCO observer since 2004", timeout=TIMEOUT)
    page.driver.get(page.server_url + "/?country=ARM")
    page.wait_for_contains_text(f"#{ids.PANEL_EVENTS}", "Feb 1988", timeout=TIMEOUT)
    assert "01 Feb" not in page.find_element(f"#{ids.PANEL_EVENTS}").text
