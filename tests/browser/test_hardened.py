"""The atlas under its Content-Security-Policy, in real headless Chromium: the page loads,
the year moves and a country's story opens with no policy violation, the policy really
blocks an injected inline script, and no callback body comes near the size limit."""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains

from tests.browser.conftest import TIMEOUT, country_path, serve, set_year
from web import MAX_BODY

#: Runs before any script of the page (installed through the DevTools protocol, which
#: the policy does not govern): records every violation and the size of every
#: callback request the page sends.
WATCH = """
window.__violations = [];
window.__bodies = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push([e.effectiveDirective, e.blockedURI, e.sourceFile, e.lineNumber]);
});
const originalFetch = window.fetch;
window.fetch = function (url, options) {
  if (String(url).includes('_dash-update-component') && options && options.body) {
    window.__bodies.push(new Blob([options.body]).size);
  }
  return originalFetch.apply(this, arguments);
};
"""


def open_watched(dash_duo, crossroads) -> None:
    """Install the watcher, then open the atlas and wait for the map."""
    dash_duo.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    serve(dash_duo, crossroads.app)
    dash_duo.wait_for_element(".choroplethlocation", timeout=TIMEOUT)


def test_hrd001_the_atlas_works_under_its_policy(dash_duo, crossroads) -> None:
    open_watched(dash_duo, crossroads)
    set_year(dash_duo, 2019)
    ActionChains(dash_duo.driver).move_to_element(country_path(dash_duo, "KAZ")).click().perform()
    dash_duo.wait_for_text_to_equal("#panel-title", "Kazakhstan", timeout=TIMEOUT)
    dash_duo.wait_for_element("#country-panel .timeline .bar", timeout=TIMEOUT)
    set_year(dash_duo, 2005)
    assert dash_duo.driver.execute_script("return window.__violations") == []
    bodies = dash_duo.driver.execute_script("return window.__bodies")
    assert bodies, "the page sent callback requests"
    # The largest legitimate body (a click on the map carries every year's hover texts)
    # stays far under the limit.
    assert max(bodies) < MAX_BODY / 8
    assert dash_duo.get_logs() == []


def test_hrd002_an_injected_inline_script_is_blocked(dash_duo, crossroads) -> None:
    open_watched(dash_duo, crossroads)
    dash_duo.driver.execute_script(
        "const s = document.createElement('script');"
        "s.textContent = 'window.__injected = true';"
        "document.body.appendChild(s);"
    )
    dash_duo._wait_for(
        lambda driver: driver.execute_script("return window.__violations.length") > 0,
        timeout=TIMEOUT,
        msg="a violation report",
    )
    assert dash_duo.driver.execute_script("return window.__injected === undefined")
    directive = dash_duo.driver.execute_script("return window.__violations[0][0]")
    assert directive == "script-src-elem"
    # The refusal is also logged by the browser: that one message, and nothing else.
    logged = dash_duo.get_logs()
    assert len(logged) == 1 and "Content Security Policy" in logged[0]["message"]
    assert dash_duo.get_logs() == []
