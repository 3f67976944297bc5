""" "What changed in this year": joins, exits, status changes, routes and events.

Every year's list is computed once per day (``data.changes.year_changes``) as a file of
its own; the browser fetches and draws the year's list once the hand rests
(``assets/src/lists/changes.js``). Each line about a country is a button that opens its story.
"""

from __future__ import annotations

from typing import Any

from dash import ClientsideFunction, Dash, Input, html

from components import ids
from components.wire import ChangeLine
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


def changes_meta(atlas: Atlas) -> dict[str, Any]:
    """What every year's list shares: the kinds' labels, the kinds a comparison lists,
    and the state names."""
    return {
        "kindLabel": KIND_LABEL,
        "compared": list(COMPARED_KINDS),
        "names": {state.code: state.name for state in atlas.facts.states},
    }


def year_lines(atlas: Atlas, year: int) -> list[ChangeLine]:
    """The changes of ``year``, each with its date as precise as its row and its source."""
    sources = atlas.facts.sources
    return [
        ChangeLine(
            when=c.when,
            kind=c.kind,
            country=c.country,
            text=c.text,
            publisher=sources[c.source].publisher,
            url=c.source,
        )
        for c in year_changes(atlas.facts, year, atlas.today)
    ]


def render(atlas: Atlas) -> html.Section:
    """The section beside the map; the browser fills it for the year shown."""
    return html.Section(
        [
            html.Div(id=ids.CHANGES_LIST, **{"aria-live": "polite"}),
        ],
        id=ids.CHANGES,
        className="changes-box",
    )


def register(app: Dash) -> None:
    """Show the year's list, on load and on every year change, with no request."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="showChanges"),
        Input(ids.YEAR, "data"),
        Input(ids.VS, "value"),
    )
