"""A route's story: what it carries and how far, the states it crosses, its status
history with dates and sources, and the events tied to it.

Opened by clicking a route on the map or in the list of the year's routes; the URL holds
it as it holds a country. The server draws a route's card once per route; which routes
the year draws is listed in the browser (``assets/route_list.js``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from dash import ClientsideFunction, Dash, Input, Output, State, dcc, html

from components import ids, markdown
from components.country_story import citation_line, list_markdown, source_link
from components.legend import DASH_CSS, KIND_LABEL
from components.panel_head import close_on, panel_head
from components.styling import ROUTE_COLOUR, ROUTE_DASH, ROUTE_STATUS_LABEL
from data.dates import shown
from geodata.atlas import Atlas

HIDDEN = "route-card hidden"


def status_lines(atlas: Atlas, route_id: str) -> str:
    """Each status period: what, from when to when, on what evidence (Markdown list)."""
    lines = []
    for period in sorted(
        (p for p in atlas.facts.route_status if p.route == route_id), key=lambda p: p.first_day
    ):
        until = shown(period.end) if period.end else "today"
        what = markdown.escape(
            f"{ROUTE_STATUS_LABEL[period.status]}, {shown(period.start)} to {until}"
        )
        note = f"\n\n   {markdown.escape(period.note)}" if period.note else ""
        lines.append(f"**{what}** · {source_link(atlas, period.source)}{note}")
    return list_markdown(lines)


def event_lines(atlas: Atlas, route_id: str) -> str:
    """The events that concern the route, by date (Markdown list; empty if none)."""
    events = sorted(
        (e for e in atlas.facts.events if route_id in e.route_ids), key=lambda e: e.first_day
    )
    return list_markdown(
        [
            f"{markdown.escape(shown(e.start))} **{markdown.escape(e.title)}\\.** "
            f"{markdown.escape(e.description)} · {source_link(atlas, e.source)}"
            for e in events
        ]
    )


def route_sources(atlas: Atlas, route_id: str) -> list[str]:
    """Every source behind the card, in first-use order."""
    route = next(r for r in atlas.facts.routes if r.id == route_id)
    urls = [route.source]
    urls += [p.source for p in atlas.facts.route_status if p.route == route_id]
    urls += [e.source for e in atlas.facts.events if route_id in e.route_ids]
    return list(dict.fromkeys(urls))


def panel_markdown(text: str) -> dcc.Markdown:
    """A Markdown list for the card; links open beside the atlas."""
    return dcc.Markdown(text, className="panel-list", link_target="_blank")


@lru_cache(maxsize=64)
def card_parts(atlas: Atlas, route_id: str | None) -> tuple[Any, ...]:
    """Title, body and class of the card (cached: a day's atlas never changes)."""
    route = next((r for r in atlas.facts.routes if r.id == route_id), None)
    if route is None:
        return "", [], HIDDEN
    length = f" · {route.length_km:,} km" if route.length_km else " · length not published"
    crossed = ", ".join(atlas.facts.state(code).name for code in route.country_codes)
    events = event_lines(atlas, route.id)
    cited = route_sources(atlas, route.id)
    body = [
        html.P(
            [
                html.Span(
                    className="line",
                    style={"borderTopColor": ROUTE_COLOUR[route.kind]},
                ),
                f" {KIND_LABEL[route.kind].capitalize()}{length}",
            ],
            className="route-kind",
        ),
        html.P(f"Crosses {crossed}.", className="ties"),
        html.P(route.description),
        *([html.P(route.note, className="hint")] if route.note else []),
        html.H3("Status history"),
        panel_markdown(status_lines(atlas, route.id)),
        html.H3("Events"),
        panel_markdown(events) if events else html.P("No recorded event.", className="hint"),
        html.Details(
            [
                html.Summary(f"Sources ({len(cited)})"),
                panel_markdown(list_markdown([citation_line(atlas, u) for u in cited], True)),
            ]
        ),
    ]
    return route.name, body, "route-card"


def route_list_data(atlas: Atlas) -> dict[str, Any]:
    """What the browser lists the year's routes from: name, colour and line styles (each
    year's status comes with the map's facts)."""
    return {
        "routes": [[r.id, r.name, ROUTE_COLOUR[r.kind]] for r in atlas.facts.routes],
        "dashCss": {ROUTE_DASH[s]: DASH_CSS[ROUTE_DASH[s]] for s in ROUTE_DASH},
    }


def render(atlas: Atlas) -> html.Div:
    """The card (hidden until a route is chosen) and the list of the year's routes."""
    return html.Div(
        [
            html.Section(
                [
                    panel_head(ids.ROUTE_TITLE, ids.ROUTE_CLOSE, "Close route card"),
                    html.Div(id=ids.ROUTE_BODY),
                ],
                id=ids.ROUTE_CARD,
                className=HIDDEN,
                **{"aria-labelledby": ids.ROUTE_TITLE},  # a named section: a region
            ),
            html.Section(
                [html.Div(id=ids.ROUTE_LIST)],
                className="legend route-list-box",
                **{"aria-label": "Routes drawn this year"},
            ),
            dcc.Store(id=ids.ROUTE_LIST_DATA, data=route_list_data(atlas)),
        ]
    )


def register(app: Dash, atlas: Callable[[], Atlas]) -> None:
    """Choosing a route (map, list, close) and drawing its card."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="routeOnMap"),
        Output(ids.ROUTE, "data", allow_duplicate=True),
        Input(ids.MAP, "clickData"),
        prevent_initial_call=True,
    )
    close_on(app, ids.ROUTE_CLOSE, ids.ROUTE, "data")
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="showRouteList"),
        Input(ids.YEAR, "data"),
        Input(ids.ROUTE, "data"),
        State(ids.ROUTE_LIST_DATA, "data"),
    )

    @app.callback(
        Output(ids.ROUTE_TITLE, "children"),
        Output(ids.ROUTE_BODY, "children"),
        Output(ids.ROUTE_CARD, "className"),
        Input(ids.ROUTE, "data"),
        prevent_initial_call=True,
    )
    def draw_card(route: object) -> tuple:
        today = atlas()
        return card_parts(today, route if isinstance(route, str) else None)
