"""The requests of ``make bench-load``: a first visit's real mix, recorded, not listed.

``first_visit`` loads the page once in headless Chromium and keeps every GET it made
(the page, its scripts and styles, Dash's layout and dependencies, the geometry, and
whatever else the page fetches as it changes), with the headers Chromium sent for each
kind; ``story_bodies`` are the country-story calls (the callback that draws the country
panel, built from ``components.ids`` and the app's ``callback_map`` so that they follow
the app). One visit is those GETs and five country calls.
"""

from __future__ import annotations

from typing import Any

from dash import Dash

from components import ids
from components.layer_toggles import DEFAULT_LAYERS
from web.envelope import call_of

UPDATE = "/_dash-update-component"


#: Chromium's own request headers (version 120 on Linux), by what is fetched.
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36"
)
BROWSER = {
    "User-Agent": USER_AGENT,
    "Accept-Encoding": "gzip, deflate, br, zstd",
    "Accept-Language": "en-GB,en;q=0.9",
}
ACCEPT = {
    "document": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "script": "*/*",
    "css": "text/css,*/*;q=0.1",
    "image": "image/avif,image/webp,image/apng,image/*,*/*;q=0.8",
    "fetch": "application/json",
}
STORY_CALLS = 5
RECORD = """
const nav = performance.getEntriesByType('navigation')[0];
return [[nav.name, 'document'],
        ...performance.getEntriesByType('resource').map(e => [e.name, e.initiatorType])];
"""


def kind_of(path: str, initiator: str) -> str:
    """What Chromium would say it accepts for this request."""
    if initiator == "document":
        return "document"
    if path.split("?")[0].endswith(".css"):
        return "css"
    if path.split("?")[0].endswith((".ico", ".png", ".svg")):
        return "image"
    if initiator in ("fetch", "xmlhttprequest"):
        return "fetch"
    return "script"


def first_visit(wsgi_app: Any) -> list[tuple[str, dict[str, str]]]:
    """(path, headers) of every GET a cold first visit makes, in the order made."""
    from benchmarks.harness import chromium, once_quiet, serving

    with serving(wsgi_app) as base, chromium() as driver:
        driver.get(base + "/")
        entries = once_quiet(driver, RECORD, 1.5)
    gets = []
    for url, initiator in entries:
        if not url.startswith(base) or url.endswith(UPDATE):
            continue  # callbacks are POSTs: the country calls stand for them
        path = url.removeprefix(base) or "/"
        gets.append((path, {**BROWSER, "Accept": ACCEPT[kind_of(path, initiator)]}))
    return gets


def story_bodies(app: Dash, countries: list[str], years: list[int]) -> list[dict[str, Any]]:
    """The country-story call for each country in turn (a year each, the default layers)."""
    return [
        call_of(
            app,
            ids.PANEL_TITLE,
            {
                ids.COUNTRY: country,
                ids.YEAR: years[index * 7 % len(years)],
                ids.LAYERS: list(DEFAULT_LAYERS),
            },
        )
        for index, country in enumerate(countries)
    ]
