"""A standard accessibility engine on the views a reader meets: axe-core (the engine
behind Lighthouse) with its default rules, best practices included, injected from
``tests/browser/vendor`` (no network), must find no critical or serious violation on
the default view, a country's story, the alignment lens, a route's card and a phone.

The moderate and minor findings left, and why, are listed in README.md under
"Accessibility".
"""

from __future__ import annotations

from pathlib import Path

from components import ids
from tests.browser.conftest import TIMEOUT, drawn_view, emulate

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
#: Impacts that fail a view.
BLOCKING = ("critical", "serious")
#: Every rule axe runs by default (best practices included); only violations come back.
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(result => done(result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')),
  }))))
  .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error),
                         targets: []}]));
"""


def axe_violations(page) -> list[dict]:
    """Run axe on the page as it stands; every violation with its impact and targets."""
    page.driver.execute_script(AXE.read_text(encoding="utf-8"))
    page.driver.set_script_timeout(120)
    return page.driver.execute_async_script(RUN_AXE)


def assert_no_blocking_violation(page) -> None:
    """Fail with one line per critical or serious violation: impact, rule id, what it
    asks for, and the targets of its nodes (the first 12)."""
    lines = [
        f"{v['impact']} {v['id']} ({v['help']}), {len(v['targets'])} nodes: "
        + ", ".join(v["targets"][:12])
        for v in axe_violations(page)
        if v["impact"] in BLOCKING
    ]
    assert not lines, "axe found:\n" + "\n".join(lines)


def open_view(page, query: str) -> None:
    """Open a shared view and wait for the map to draw it."""
    page.driver.get(page.server_url + "/" + query)
    page.wait_for_element(".choroplethlocation", timeout=TIMEOUT)


def wait_for_page_drawn(page) -> None:
    """Wait for what the browser draws after the map: the year's changes, its routes and
    the data table, and the cite text."""
    page.wait_for_contains_text(f"#{ids.CHANGES_LIST} h2", "What changed in", timeout=TIMEOUT)
    page.wait_for_contains_text(f"#{ids.ROUTE_LIST} h2", "Routes in", timeout=TIMEOUT)
    page.wait_for_element(f"#{ids.TABLE} tbody tr", timeout=TIMEOUT)
    page.wait_for_contains_text(f"#{ids.CITE}", "Crossroads atlas", timeout=TIMEOUT)


def test_a11y001_the_default_view_passes_axe(page) -> None:
    wait_for_page_drawn(page)
    assert_no_blocking_violation(page)


def test_a11y002_a_country_s_story_in_the_caucasus_passes_axe(page) -> None:
    open_view(page, "?country=ARM&region=caucasus")
    page.wait_for_text_to_equal(f"#{ids.PANEL_TITLE}", "Armenia", timeout=TIMEOUT)
    page.wait_for_element(f"#{ids.PANEL} .timeline .bar", timeout=TIMEOUT)
    page.wait_for_contains_text(f"#{ids.PANEL_YEAR}", "Tied to", timeout=TIMEOUT)
    page._wait_for(
        lambda _: drawn_view(page).get("region") == "caucasus", TIMEOUT, "Caucasus drawn"
    )
    wait_for_page_drawn(page)
    assert_no_blocking_violation(page)


def test_a11y003_the_alignment_lens_passes_axe(page) -> None:
    open_view(page, "?lens=alignment")
    page._wait_for(lambda _: drawn_view(page).get("lens") == "alignment", TIMEOUT, "lens drawn")
    page._wait_for(
        lambda _: page.find_element(f"#{ids.LAYERS_BOX}").get_attribute("disabled"),
        TIMEOUT,
        "layers set aside",
    )
    wait_for_page_drawn(page)
    assert_no_blocking_violation(page)


def test_a11y004_a_route_s_card_passes_axe(page) -> None:
    open_view(page, "?route=btc&year=2010&region=caucasus")
    page.wait_for_contains_text(f"#{ids.ROUTE_TITLE}", "Baku-Tbilisi-Ceyhan", timeout=TIMEOUT)
    page.wait_for_element(f"#{ids.ROUTE_BODY} h3", timeout=TIMEOUT)
    page._wait_for(lambda _: drawn_view(page).get("year") == 2010, TIMEOUT, "2010 drawn")
    wait_for_page_drawn(page)
    assert_no_blocking_violation(page)


def test_a11y005_the_phone_layout_passes_axe(page) -> None:
    emulate(page, 390, 844)
    page.driver.refresh()
    page.wait_for_element(".choroplethlocation", timeout=TIMEOUT)
    assert page.driver.execute_script("return window.innerWidth") == 390
    wait_for_page_drawn(page)
    assert_no_blocking_violation(page)
