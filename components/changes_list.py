""" "What changed in this year": joins, exits, status changes, routes and events.

Every year's list is computed once per day (``data.changes.year_changes``) and sent
with the page; the browser draws the year's list once the map has painted
(``assets/changes_list.js``). Each line about a country is a button that opens its story.
"""

from __future__ import annotations

from typing import Any

from dash import ClientsideFunction, Dash, Input, State, dcc, html

from components import ids
from data.changes import year_changes
from geodata.atlas import Atlas

KIND_LABEL = {
    "join": "joined",
    "exit": "left",
    "status": "status",
    "independence": "independence",
    "route": "route",
    "event": "event",
}


#: The kinds a comparison of two years lists (events are moments, not changes of ties).
COMPARED_KINDS = ("join", "exit", "status", "independence")


def changes_by_year(atlas: Atlas) -> dict[str, Any]:
    """Every year's lines as [date shown, kind, country or None, text, publisher, url],
    the state names, and the labels."""
    sources = atlas.facts.sources
    return {
        "firstYear": atlas.years[0],
        "years": [
            [
                [c.when, c.kind, c.country, c.text, sources[c.source].publisher, c.source]
                for c in year_changes(atlas.facts, y, atlas.today)
            ]
            for y in atlas.years
        ],
        "kindLabel": KIND_LABEL,
        "compared": list(COMPARED_KINDS),
        "names": {state.code: state.name for state in atlas.facts.states},
    }


def compared_changes(atlas: Atlas, vs: int, year: int) -> dict[str, list[str]]:
    """Every change of ties between two years, grouped by state (name → "date: text"
    lines in date order): the reference the browser's list is tested against."""
    first, last = sorted((vs, year))
    grouped: dict[str, list[str]] = {}
    for between in range(first + 1, last + 1):
        for change in year_changes(atlas.facts, between, atlas.today):
            if change.kind in COMPARED_KINDS and change.country:
                name = atlas.facts.state(change.country).name
                grouped.setdefault(name, []).append(f"{change.when}: {change.text}")
    return dict(sorted(grouped.items()))


def render(atlas: Atlas) -> html.Section:
    """The section beside the map; the browser fills it for the year shown."""
    return html.Section(
        [
            html.Div(id=ids.CHANGES_LIST, **{"aria-live": "polite"}),
            dcc.Store(id=ids.CHANGES_DATA, data=changes_by_year(atlas)),
        ],
        id=ids.CHANGES,
        className="changes-box",
    )


def register(app: Dash) -> None:
    """Show the year's list, on load and on every year change, with no request."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="showChanges"),
        Input(ids.YEAR, "value"),
        Input(ids.VS, "value"),
        State(ids.CHANGES_DATA, "data"),
    )
