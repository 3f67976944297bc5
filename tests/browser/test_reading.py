"""A map that reads without hovering: names on the map for each preset, none colliding,
following the year; routes listed and opened as cards; the lens setting the layer toggles
aside."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.action_chains import ActionChains

from components import ids
from tests.browser.conftest import TIMEOUT, drawn_view, emulate, point_at, set_year

#: The texts drawn by the two label traces, with their boxes on screen.
LABELS = """
const out = [];
for (const g of document.querySelectorAll('g.trace.scattergeo')) {
  const name = g.__data__[0].trace.name;
  if (name !== 'state labels' && name !== 'city labels') { continue; }
  for (const t of g.querySelectorAll('text')) {
    const r = t.getBoundingClientRect();
    if (t.textContent) { out.push([name, t.textContent, r.left, r.top, r.right, r.bottom]); }
  }
}
return out;
"""


def labels(page) -> list:
    return page.driver.execute_script(LABELS)


def open_view(page, query: str, year: int) -> None:
    page.driver.get(page.server_url + "/" + query)
    page.wait_for_element(".choroplethlocation", timeout=TIMEOUT)
    page._wait_for(lambda _: drawn_view(page).get("year") == year, TIMEOUT, "view drawn")
    page._wait_for(lambda _: labels(page), TIMEOUT, "labels placed")


def collisions(drawn: list) -> list:
    return [
        (a[1], b[1])
        for i, a in enumerate(drawn)
        for b in drawn[i + 1 :]
        if a[2] < b[4] and b[2] < a[4] and a[3] < b[5] and b[3] < a[5]
    ]


def test_rdg001_the_south_caucasus_names_its_states_and_capitals(page) -> None:
    open_view(page, "?year=2010&region=caucasus", 2010)
    names = {text for _, text, *_ in labels(page)}
    assert {"Armenia", "Azerbaijan", "Georgia", "Baku", "Tbilisi", "Yerevan"} <= names
    assert {"Turkey", "Iran", "Russia"} <= names  # partly in view, named all the same


@pytest.mark.parametrize(
    ("region", "size"),
    [
        ("eurasia", (1440, 900)),
        ("caucasus", (1440, 900)),
        ("central-asia", (1440, 900)),
        ("caucasus", (390, 844)),
        ("central-asia", (390, 844)),
    ],
)
def test_rdg002_no_two_names_collide_in_any_preset(page, region, size) -> None:
    width, height = size
    emulate(page, width, height)
    open_view(page, f"?year=2024&region={region}", 2024)
    drawn = labels(page)
    assert len(drawn) >= 5
    assert collisions(drawn) == []


def test_rdg003_before_1992_the_soviet_union_is_one_name(page) -> None:
    open_view(page, "?year=1990&region=central-asia", 1990)
    states = [text for kind, text, *_ in labels(page) if kind == "state labels"]
    assert "Soviet Union" in states
    assert not {"Kazakhstan", "Uzbekistan", "Turkmenistan"} & set(states)
    set_year(page, 1992)
    page._wait_for(
        lambda _: "Kazakhstan" in [t for k, t, *_ in labels(page) if k == "state labels"],
        TIMEOUT,
        "republics named",
    )
    assert "Soviet Union" not in [t for k, t, *_ in labels(page)]


def test_rdg004_a_route_click_opens_its_card_and_the_url_holds_it(page) -> None:
    open_view(page, "?year=2010&region=caucasus", 2010)
    point_at(page, 49.47, 40.18)  # Sangachal, where BTC starts (and SCP beside it)
    page.wait_for_contains_text(".hoverlayer", "pipeline", timeout=TIMEOUT)
    hovered = page.find_element(".hoverlayer").text
    ActionChains(page.driver).click().perform()
    page.wait_for_element(f"#{ids.ROUTE_CARD}:not(.hidden)", timeout=TIMEOUT)
    title = page.find_element(f"#{ids.ROUTE_TITLE}").text
    assert title and title.split(" (")[0].split(" oil")[0][:10] in hovered
    card = page.find_element(f"#{ids.ROUTE_CARD}").text
    assert "STATUS HISTORY" in card and "Crosses Azerbaijan, Georgia" in card
    page._wait_for(lambda _: "route=" in page.driver.current_url, TIMEOUT, "route in URL")


def test_rdg005_the_year_s_routes_are_listed_and_open_their_card(page) -> None:
    open_view(page, "?year=2000", 2000)
    page.wait_for_contains_text(f"#{ids.ROUTE_LIST}", "Routes in 2000", timeout=TIMEOUT)
    listed = page.find_element(f"#{ids.ROUTE_LIST}").text
    assert "Baku-Supsa" in listed and "Baku-Tbilisi-Ceyhan" not in listed
    set_year(page, 2010)
    page.wait_for_contains_text(f"#{ids.ROUTE_LIST}", "Baku-Tbilisi-Ceyhan", timeout=TIMEOUT)
    button = page.driver.execute_script(
        f"return [...document.querySelectorAll('#{ids.ROUTE_LIST} button')]"
        ".find(b => b.textContent.includes('Baku-Tbilisi-Ceyhan'))"
    )
    assert "operational since 25 Aug 2008" in button.text
    button.click()
    page.wait_for_text_to_equal(
        f"#{ids.ROUTE_TITLE}", "Baku-Tbilisi-Ceyhan oil pipeline", timeout=TIMEOUT
    )
    assert "1,768 km" in page.find_element(f"#{ids.ROUTE_CARD}").text
    page.find_element(f"#{ids.ROUTE_CLOSE}").click()
    page.wait_for_element(f"#{ids.ROUTE_CARD}.hidden", timeout=TIMEOUT)


def test_rdg006_the_alignment_lens_sets_the_layer_toggles_aside(page) -> None:
    box = page.find_element(f"#{ids.LAYERS_BOX}")
    assert box.get_attribute("disabled") is None
    page.driver.execute_script(f"[...document.querySelectorAll('#{ids.LENS} label')].pop().click()")
    page._wait_for(lambda _: box.get_attribute("disabled") is not None, TIMEOUT, "disabled")
    note = page.find_element(f"#{ids.LAYERS_NOTE}")
    assert note.is_displayed() and "counts every organisation" in note.text
