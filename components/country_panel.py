"""A country's story: its memberships in the chosen year, a timeline since 1988, the
events and routes that involve it, and the sources behind all of it.

Opened by clicking the map, picking from the searchable selector, or clicking a line of
"What changed"; closed by its button or the Escape key.
"""

from __future__ import annotations

import math
from urllib.parse import urlparse

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

from components import ids, markdown, timeline_chart
from components.inputs import clean_choice, clean_year
from components.styling import CENTRE_LABEL, ROUTE_STATUS_LABEL, STATUS_LABEL
from data import schema
from data.alignment import CENTRES, leaders, tie_organisations, ties
from data.timeline import memberships_on, route_status_on
from geodata.atlas import Atlas


def source_link(atlas: Atlas, url: str) -> str:
    """A source named by its publisher, with the page's title on hover (Markdown)."""
    source = atlas.facts.sources[url]
    return markdown.link(source.publisher, url, source.title)


def citation_line(atlas: Atlas, url: str) -> str:
    """One entry of the sources list: title, publisher, date, and the site (Markdown)."""
    source = atlas.facts.sources[url]
    published = f", {source.published}" if source.published else ""
    details = markdown.escape(f" — {source.publisher}{published}. {urlparse(url).netloc}")
    return f"{markdown.link(source.title, url)}{details}"


def panel_list(lines: list[str], ordered: bool = False) -> dcc.Markdown:
    """A Markdown list for the panel; links open beside the atlas."""
    bullet = "1." if ordered else "-"
    return dcc.Markdown(
        "\n".join(f"{bullet} {line}" for line in lines),
        className="panel-list",
        link_target="_blank",
    )


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


def membership_items(atlas: Atlas, code: str, year: int) -> list:
    """The memberships in force on the map's day, with their sources and notes."""
    held = memberships_on(atlas.facts.memberships, atlas.day(year)).get(code, {})
    if not held:
        return [html.P("No membership in any layer.", className="hint")]
    lines = []
    for organisation in atlas.facts.organisations:
        row = held.get(organisation.code)
        if row is None:
            continue
        status = markdown.escape(f"{STATUS_LABEL[row.status]} since {row.start}")
        note = f"\n\n   {markdown.escape(row.note)}" if row.note else ""
        lines.append(f"**{organisation.code}** {status} · {source_link(atlas, row.source)}{note}")
    return [panel_list(lines)]


def event_items(atlas: Atlas, code: str) -> list:
    """Events that involve the country, by date, each with its source."""
    events = sorted(
        (e for e in atlas.facts.events if code in e.country_codes), key=lambda e: e.first_day
    )
    if not events:
        return [html.P("No recorded event.", className="hint")]
    return [
        panel_list(
            [
                f"{markdown.escape(e.start)} **{markdown.escape(e.title)}\\.** "
                f"{markdown.escape(e.description)} · {source_link(atlas, e.source)}"
                for e in events
            ]
        )
    ]


def route_items(atlas: Atlas, code: str, year: int) -> list:
    """Routes that pass through the country, with their status that year."""
    routes = [r for r in atlas.facts.routes if code in r.country_codes]
    if not routes:
        return [html.P("No route in the atlas crosses it.", className="hint")]
    day = atlas.day(year)
    lines = []
    for route in routes:
        period = route_status_on(atlas.facts.route_status, route.id, day)
        status = ROUTE_STATUS_LABEL[period.status] if period else "not yet planned"
        lines.append(
            f"**{markdown.escape(route.name)}** {markdown.escape(f'— {status} in {year}')} · "
            f"{source_link(atlas, route.source)}"
        )
    return [panel_list(lines)]


def sources(atlas: Atlas, code: str) -> list[str]:
    """Every distinct source behind what the panel says, in first-use order."""
    urls = [r.source for r in atlas.facts.memberships if r.country == code]
    urls += [p.source for p in atlas.facts.part_of if code in (p.state, p.part_of)]
    urls += [e.source for e in atlas.facts.events if code in e.country_codes]
    urls += [r.source for r in atlas.facts.routes if code in r.country_codes]
    return list(dict.fromkeys(urls))


def predecessor_note(atlas: Atlas, state: schema.State) -> list:
    """For a predecessor: what it was the union of."""
    parts = sorted(
        {atlas.facts.state(p.state).name for p in atlas.facts.part_of if p.part_of == state.code}
    )
    return [html.P(f"{state.note} Made of: {', '.join(parts)}.", className="hint")]


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


def ties_line(atlas: Atlas, code: str, year: int) -> html.P:
    """Which power centres the country is tied to that year, and through what."""
    held = memberships_on(atlas.facts.memberships, atlas.day(year)).get(code, {})
    led_by = leaders(atlas.facts.organisations)
    centres = ties(held, led_by)
    if not centres:
        return html.P(f"Tied to none of the {len(CENTRES)} power centres.", className="ties")
    parts = [
        f"{CENTRE_LABEL[c]} ({', '.join(tie_organisations(held, led_by, c))})" for c in centres
    ]
    summary = f"Tied to {len(centres)} of {len(CENTRES)} power centres: {'; '.join(parts)}."
    return html.P(summary, className="ties")


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
