""" "What changed in this year": joins, exits, status changes, routes and events.

Each line is a button that opens the country it concerns.
"""

from __future__ import annotations

from dash import Input, Output, callback, html

from components import ids
from components.inputs import clean_year
from data.changes import Change, year_changes
from geodata.atlas import Atlas

KIND_LABEL = {
    "join": "joined",
    "exit": "left",
    "status": "status",
    "independence": "independence",
    "route": "route",
    "event": "event",
}


def item(change: Change, index: int) -> html.Li:
    """One change: date, kind, text; a button when it concerns a country."""
    body = [
        html.Span(f"{change.day:%d %b}", className="change-date"),
        html.Span(KIND_LABEL[change.kind], className=f"change-kind kind-{change.kind}"),
        html.Span(change.text, className="change-text"),
    ]
    if change.country is None:
        return html.Li(body, className="change")
    return html.Li(
        html.Button(
            body,
            id={"type": ids.CHANGE_ITEM, "index": f"{index}-{change.country}"},
            className="change-button",
            title="Open this country's story",
        ),
        className="change",
    )


def children(atlas: Atlas, year: int) -> list:
    """The heading and list for ``year`` (a sentence when nothing changed)."""
    changes = year_changes(atlas.facts, year, atlas.today)
    heading = html.H2(f"What changed in {year}")
    if not changes:
        return [heading, html.P("No recorded change this year.", className="hint")]
    return [heading, html.Ul([item(c, i) for i, c in enumerate(changes)], className="changes")]


def render(atlas: Atlas, year: int) -> html.Section:
    """The section beside the map."""
    return html.Section(children(atlas, year), id=ids.CHANGES, className="changes-box")


def register(atlas: Atlas) -> None:
    """Refill the list when the year changes."""

    @callback(Output(ids.CHANGES, "children"), Input(ids.YEAR, "value"), prevent_initial_call=True)
    def update_changes(year: object) -> list:
        return children(atlas, clean_year(year, atlas.years))
