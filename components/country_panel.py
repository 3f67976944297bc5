"""A country's story: its memberships in the chosen year, a timeline since 1988, the
events and routes that involve it, and the sources behind all of it.

Opened by clicking the map, picking from the searchable selector, or clicking a line of
"What changed"; closed by its button or the Escape key.
"""

from __future__ import annotations

import math

from dash import (
    ALL,
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
    html,
    no_update,
)

from components import ids, timeline_chart
from components.country_story import (
    citation_line,
    event_items,
    membership_items,
    panel_list,
    predecessor_note,
    route_items,
    sources,
    ties_line,
)
from components.inputs import clean_choice, clean_year
from geodata.atlas import Atlas


def selector(atlas: Atlas, country: str | None) -> html.Div:
    """The searchable list of every state (and predecessor) on the map."""
    states = sorted(atlas.facts.states, key=lambda s: s.name)
    return html.Div(
        [
            html.Label(
                "Country", htmlFor=ids.COUNTRY, id=ids.COUNTRY_LABEL, className="control-label"
            ),
            dcc.Dropdown(
                id=ids.COUNTRY,
                options=[{"label": s.name, "value": s.code} for s in states],
                value=country,
                placeholder="Pick or click a country…",
                searchable=True,
                clearable=True,
            ),
        ],
        className="country-select",
    )


def story_parts(atlas: Atlas, code: str | None, year: int) -> tuple:
    """What depends on the country alone: title, note, chart, events and sources.

    Returns the title, the note, the chart box's style, the chart's figure and style,
    the events section, the sources section and the panel's class.
    """
    hidden = {"display": "none"}
    if code is None:
        return "", [], hidden, {}, {}, [], [], "country-panel hidden"
    state = atlas.facts.state(code)
    if state.is_predecessor:
        note = predecessor_note(atlas, state)
        return state.name, note, hidden, {}, {}, [], [], "country-panel"
    note = [html.P(state.note, className="hint")] if state.note else []
    cited = sources(atlas, code)
    source_list = html.Details(
        [
            html.Summary(f"Sources ({len(cited)})"),
            panel_list([citation_line(atlas, url) for url in cited], ordered=True),
        ]
    )
    figure = timeline_chart.timeline_figure(atlas, code, year)
    return (
        state.name,
        note,
        {},
        figure,
        timeline_chart.chart_style(figure),
        [html.H3("Events"), *event_items(atlas, code)],
        [source_list],
        "country-panel",
    )


def year_parts(atlas: Atlas, code: str | None, year: int) -> tuple[list, list]:
    """What depends on the year too: that year's memberships and the routes' status."""
    if code is None or atlas.facts.state(code).is_predecessor:
        return [], []
    return (
        [html.H3(f"In {year}"), ties_line(atlas, code, year), *membership_items(atlas, code, year)],
        [html.H3("Routes"), *route_items(atlas, code, year)],
    )


def render() -> html.Section:
    """The panel's fixed frame, hidden until a country is chosen.

    Every part keeps its id whether or not a country is shown, so a year change can
    update the year's parts (and move the chart's marker) without redrawing the rest.
    """
    return html.Section(
        [
            html.Div(
                [
                    html.H2(id=ids.PANEL_TITLE),
                    html.Button(
                        "\u00d7",
                        id=ids.PANEL_CLOSE,
                        className="close",
                        **{"aria-label": "Close country panel"},
                    ),
                ],
                className="panel-head",
            ),
            html.Div(id=ids.PANEL_NOTE),
            html.Div(id=ids.PANEL_YEAR),
            html.Div(
                [html.H3("Memberships since 1988"), timeline_chart.render()],
                id=ids.PANEL_CHART_BOX,
                style={"display": "none"},
            ),
            html.Div(id=ids.PANEL_EVENTS),
            html.Div(id=ids.PANEL_ROUTES),
            html.Div(id=ids.PANEL_SOURCES),
        ],
        id=ids.PANEL,
        className="country-panel hidden",
        role="region",
        **{"aria-labelledby": ids.PANEL_TITLE},
    )


def clicked_unit(atlas: Atlas, click: object, year: int) -> str | None:
    """The state a click on the map chose: the shape clicked or, for a click that landed
    on a route's waypoint, the shape under that waypoint. ``None`` for a forged click."""
    points = click.get("points") if isinstance(click, dict) else None
    for point in points if isinstance(points, list) else []:
        if not isinstance(point, dict):
            continue
        feature = point.get("location")
        if isinstance(feature, str) and feature in atlas.features:
            return atlas.features[feature].unit
        lon, lat = point.get("lon"), point.get("lat")
        if all(isinstance(v, int | float) and math.isfinite(v) for v in (lon, lat)):
            under = atlas.feature_at(float(lon), float(lat), year)
            if under is not None:
                return under.unit
    return None


def register(atlas: Atlas) -> None:
    """Choosing a country (map, change list, close) and drawing its panel."""
    known = atlas.country_codes

    @callback(
        Output(ids.COUNTRY, "value", allow_duplicate=True),
        Input(ids.MAP, "clickData"),
        State(ids.YEAR, "value"),
        prevent_initial_call=True,
    )
    def choose_on_map(click: object, year: object) -> str:
        return clicked_unit(atlas, click, clean_year(year, atlas.years)) or no_update

    # Closing the panel and picking from "What changed" need no server: done in the
    # browser, they stay out of the chain a year change sets off (the list's buttons
    # are re-rendered every year, which would otherwise wait on a request each time).
    clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="chooseFromList"),
        Output(ids.COUNTRY, "value", allow_duplicate=True),
        Input(ids.PANEL_CLOSE, "n_clicks"),
        Input({"type": ids.CHANGE_ITEM, "index": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )

    @callback(
        Output(ids.PANEL_TITLE, "children"),
        Output(ids.PANEL_NOTE, "children"),
        Output(ids.PANEL_CHART_BOX, "style"),
        Output(ids.PANEL_CHART, "figure"),
        Output(ids.PANEL_CHART, "style"),
        Output(ids.PANEL_EVENTS, "children"),
        Output(ids.PANEL_SOURCES, "children"),
        Output(ids.PANEL, "className"),
        Input(ids.COUNTRY, "value"),
        State(ids.YEAR, "value"),
    )
    def draw_story(country: object, year: object) -> tuple:
        code = clean_choice(country, known, None)
        return story_parts(atlas, code, clean_year(year, atlas.years))

    @callback(
        Output(ids.PANEL_YEAR, "children"),
        Output(ids.PANEL_ROUTES, "children"),
        Output(ids.PANEL_CHART, "figure", allow_duplicate=True),
        Input(ids.YEAR, "value"),
        Input(ids.COUNTRY, "value"),
        prevent_initial_call="initial_duplicate",
    )
    def follow_year(year: object, country: object) -> tuple:
        code = clean_choice(country, known, None)
        chosen = clean_year(year, atlas.years)
        # A new country brings a whole chart (draw_story); a new year only moves its marker.
        charted = code is not None and not atlas.facts.state(code).is_predecessor
        moved = ctx.triggered_id == ids.YEAR and charted
        marker = timeline_chart.marker_patch(atlas, chosen) if moved else no_update
        return (*year_parts(atlas, code, chosen), marker)
