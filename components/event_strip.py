"""The event strip under the year slider: which years saw wars, summits and deals.

One button per year, marked with a tick per event in its kind's colour; pointing at it
names the events, pressing it goes to that year (in the browser, no request).
"""

from __future__ import annotations

from dash import ALL, ClientsideFunction, Dash, Input, Output, html

from components import ids
from components.contest import events_in
from components.styling import EVENT_COLOUR
from geodata.atlas import Atlas

#: Ticks drawn per year; more events than this show as a count.
MAX_TICKS = 6


def year_button(atlas: Atlas, year: int) -> html.Button:
    """A year's cell: its ticks, and its events named for pointer and screen reader."""
    events = [atlas.facts.events[i] for i in events_in(atlas, year)]
    titles = "; ".join(event.title for event in events)
    ticks = [
        html.Span(className="tick", style={"backgroundColor": EVENT_COLOUR[event.kind]})
        for event in events[:MAX_TICKS]
    ]
    if len(events) > MAX_TICKS:
        ticks.append(html.Span(f"+{len(events) - MAX_TICKS}", className="more"))
    label = f"{year}: {len(events)} events" + (f": {titles}" if events else "")
    return html.Button(
        ticks,
        id={"type": ids.STRIP_YEAR, "index": year},
        className="strip-year" + ("" if events else " quiet"),
        title=label,
        **{"aria-label": f"Go to {label}"},
    )


def render(atlas: Atlas) -> html.Div:
    """Every year's cell, in order, under the slider."""
    return html.Div(
        [year_button(atlas, year) for year in atlas.years],
        id=ids.STRIP,
        className="event-strip",
        role="group",
        **{"aria-label": "Events by year"},
    )


def register(app: Dash) -> None:
    """A press on a year moves the slider there."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="yearFromStrip"),
        Output(ids.YEAR, "value", allow_duplicate=True),
        Input({"type": ids.STRIP_YEAR, "index": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )
