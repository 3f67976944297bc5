"""The event strip under the year slider: which years saw wars, summits and deals.

One button per year, marked with a tick per event in its kind's colour; pointing at it
names the events, pressing it goes to that year (in the browser, no request:
``assets/event_strip.js``).
"""

from __future__ import annotations

from dash import ClientsideFunction, Dash, Input, dcc, html

from components import ids
from components.contest import events_in
from components.styling import EVENT_COLOUR
from geodata.atlas import Atlas

#: Ticks drawn per year; more events than this show as a count.
MAX_TICKS = 6
#: A tick's height and the gap above it, in pixels
TICK, GAP = 2, 1


def tick_stack(colours: list[str]) -> dict[str, str]:
    """The style of one element that draws ``colours`` as ticks stacked from the bottom:
    a gradient of hard stops rather than an element per tick, since every Dash component
    on the page is asked about each update (a year change would ask 200 more)."""
    stops = []
    for i, colour in enumerate(colours):
        bottom = i * (TICK + GAP)
        stops.append(f"{colour} {bottom}px {bottom + TICK}px")
        stops.append(f"transparent {bottom + TICK}px {bottom + TICK + GAP}px")
    return {
        "backgroundImage": f"linear-gradient(to top, {', '.join(stops)})",
        "height": f"{len(colours) * (TICK + GAP)}px",
    }


def strip_cells(atlas: Atlas) -> list[dict]:
    """Every year's cell: its events named for pointer and screen reader, their ticks,
    and the count of those beyond ``MAX_TICKS``."""
    cells = []
    for year in atlas.years:
        events = [atlas.facts.events[i] for i in events_in(atlas, year)]
        titles = "; ".join(event.title for event in events)
        colours = [EVENT_COLOUR[event.kind] for event in events[:MAX_TICKS]]
        cells.append(
            {
                "year": year,
                "label": f"{year}: {len(events)} events" + (f": {titles}" if events else ""),
                "ticks": tick_stack(colours) if colours else None,
                "more": max(len(events) - MAX_TICKS, 0),
            }
        )
    return cells


def render(atlas: Atlas) -> html.Div:
    """The strip under the slider, drawn by the browser from its cells (sent once): a
    button per year is 39 Dash components that every update of the page would ask."""
    return html.Div(
        [
            html.Div(
                id=ids.STRIP,
                className="event-strip",
                role="group",
                **{"aria-label": "Events by year"},
            ),
            dcc.Store(id=ids.STRIP_DATA, data=strip_cells(atlas)),
        ]
    )


def register(app: Dash) -> None:
    """The strip is drawn once; a press on a year moves the slider there."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="drawStrip"),
        Input(ids.STRIP_DATA, "data"),
    )
