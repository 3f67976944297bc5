"""The requests of ``make bench-load``, built from ``components.ids`` and the app's
``callback_map`` so that they follow the app when its callbacks change.

The 70% are the server callbacks that stay on the server once year changes run in the
browser: a country's story (the callback that draws the country panel), a route's card
and the CSV download; the rest is ``/_dash-layout`` (20%) and the page (10%).
"""

from __future__ import annotations

from typing import Any

from dash import Dash

from components import ids
from components.layer_toggles import DEFAULT_LAYERS
from web.envelope import call_of

UPDATE = "/_dash-update-component"


def callback_bodies(
    app: Dash, countries: list[str], years: list[int], routes: list[str]
) -> list[dict[str, Any]]:
    """Envelopes for the story of each country, the card of each route and the CSV of
    each year, in turn: the calls that still reach the server."""
    bodies = []
    for index, country in enumerate(countries):
        year = years[index % len(years)]
        values = {ids.COUNTRY: country, ids.YEAR: year, ids.LAYERS: list(DEFAULT_LAYERS)}
        bodies.append(call_of(app, ids.PANEL_TITLE, values))
        bodies.append(call_of(app, ids.ROUTE_TITLE, {ids.ROUTE: routes[index % len(routes)]}))
        bodies.append(call_of(app, ids.DOWNLOAD, {**values, ids.DOWNLOAD_BUTTON: index + 1}))
    return bodies
