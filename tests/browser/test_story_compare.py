"""The guided story and the comparison of two years, as a reader uses them."""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from components import ids
from tests.browser.conftest import COUNTRY_PATHS, TIMEOUT, drawn_view

YEAR_BOX = f"#{ids.YEAR_SLIDER} input[type=number]"


def year_shown(page) -> str:
    return page.find_element(YEAR_BOX).get_attribute("value")


def title(page) -> str:
    return page.find_element(f"#{ids.STORY_TITLE}").text


def press(page, key: str) -> None:
    page.driver.execute_script("document.activeElement.blur()")
    ActionChains(page.driver).send_keys(key).perform()


def test_stc001_the_story_opens_and_the_arrow_keys_walk_it(page) -> None:
    page.find_element(f"#{ids.STORY_OPEN}").click()
    page.wait_for_element(f"#{ids.STORY_BOX}:not(.hidden)", timeout=TIMEOUT)
    page.wait_for_contains_text(f"#{ids.STORY_TITLE}", "Karabakh", timeout=TIMEOUT)
    page._wait_for(lambda _: year_shown(page) == "1992", TIMEOUT, "chapter 1's year")
    first = title(page)
    press(page, Keys.ARROW_RIGHT)
    page._wait_for(lambda _: title(page) != first, TIMEOUT, "chapter 2")
    second = title(page)
    assert "chapter 2 of" in page.find_element(f"#{ids.STORY_PROGRESS}").text
    page._wait_for(lambda _: year_shown(page) == "1993", TIMEOUT, "chapter 2's year")
    page._wait_for(lambda _: "story=2" in page.driver.current_url, TIMEOUT, "URL")
    press(page, Keys.ARROW_LEFT)
    page._wait_for(lambda _: title(page) == first, TIMEOUT, "back to chapter 1")
    page.find_element(f"#{ids.STORY_NEXT}").click()
    page._wait_for(lambda _: title(page) == second, TIMEOUT, "Next")
    page._wait_for(lambda _: "story=2" in page.driver.current_url, TIMEOUT, "URL")
    page.driver.back()
    page._wait_for(lambda _: title(page) == first, TIMEOUT, "browser back")


def test_stc002_story_5_shows_its_year_and_what_it_points_at(page) -> None:
    page.driver.get(page.server_url + "/?story=5")
    page.wait_for_text_to_equal(
        f"#{ids.STORY_TITLE}", "From the Shanghai Five to the SCO", timeout=TIMEOUT
    )
    page._wait_for(lambda _: year_shown(page) == "2005", 2 * TIMEOUT, "the chapter's year")
    page._wait_for(lambda _: drawn_view(page).get("year") == 2005, TIMEOUT, "drawn")
    view = drawn_view(page)
    assert view["region"] == "central-asia" and set(view["layers"]) == {"SCO", "CSTO"}
    widths = page.driver.execute_script(
        f"return Object.fromEntries(({COUNTRY_PATHS})"
        ".map(p => [p.__data__.loc, getComputedStyle(p).strokeWidth]))"
    )
    assert {widths[code] for code in ("CHN", "KAZ", "KGZ", "TJK", "UZB")} == {"2.5px"}
    assert widths["TKM"] == "0.5px"
    sizes = page.driver.execute_script(
        "return document.querySelector('#map .js-plotly-plot').data"
        ".find(t => t.name === 'events').marker.size"
    )
    assert max(sizes) > min(sizes)  # the chapter's events stand out
    assert "Sources:" in page.find_element(f"#{ids.STORY_BOX}").text
    page.find_element(f"#{ids.STORY_CLOSE}").click()
    page.wait_for_element(f"#{ids.STORY_BOX}.hidden", timeout=TIMEOUT)
    page._wait_for(lambda _: "story=" not in page.driver.current_url, TIMEOUT, "URL")
    assert year_shown(page) == "2005"  # leaving keeps the chapter's view


def test_stc003_comparing_1991_with_2026_lists_uzbekistan_s_changes(page) -> None:
    page.driver.get(page.server_url + "/?year=2026&vs=1991")
    page.wait_for_contains_text(
        f"#{ids.CHANGES}", "What changed between 1991 and 2026", timeout=TIMEOUT
    )
    group = page.driver.execute_script(
        f"return [...document.querySelectorAll('#{ids.CHANGES} .change-group')]"
        ".find(g => g.querySelector('.change-state').textContent === 'Uzbekistan').innerText"
    )
    assert "Uzbekistan joins OTS as a member" in group
    assert "14 Oct 2019" in group
    assert "Uzbekistan leaves CSTO" in group
    page._wait_for(lambda _: drawn_view(page).get("vs") == 1991, TIMEOUT, "drawn")
    marks = page.driver.execute_script(
        "return document.querySelector('#map .js-plotly-plot').data"
        ".find(t => t.name === 'changes').customdata"
    )
    assert any(name == "Uzbekistan" and gained > 0 for name, gained, _ in marks)
    page.driver.execute_script(f"[...document.querySelectorAll('#{ids.LENS} label')].pop().click()")
    page._wait_for(lambda _: drawn_view(page).get("lens") == "alignment", TIMEOUT, "lens")
    assert "vs=1991" in page.driver.current_url
    assert page.find_element(f"#{ids.VS}").get_attribute("value") == "1991"


def test_stc004_a_year_typed_in_compare_with_compares_once_it_is_a_year(page) -> None:
    box = page.find_element(f"#{ids.VS}")
    box.send_keys("20")  # half typed: no comparison yet, and nothing breaks
    page.wait_for_contains_text(f"#{ids.CHANGES}", "What changed in", timeout=TIMEOUT)
    assert "vs=" not in page.driver.current_url
    box.send_keys("08")
    page.wait_for_contains_text(f"#{ids.CHANGES}", "What changed between 2008 and", TIMEOUT)
    page._wait_for(lambda _: drawn_view(page).get("vs") == 2008, TIMEOUT, "drawn")
    page._wait_for(lambda _: "vs=2008" in page.driver.current_url, TIMEOUT, "URL")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)  # emptied in one keystroke
    page._wait_for(lambda _: drawn_view(page).get("vs") is None, TIMEOUT, "cleared")
    page._wait_for(lambda _: "vs=" not in page.driver.current_url, TIMEOUT, "URL")
