"""A country's story: its memberships in the chosen year, a timeline since 1988, the
events and routes that involve it, and the sources behind all of it.

Opened by clicking the map, picking from the searchable selector, or clicking a line of
"What changed"; closed by its button or the Escape key.
"""

from __future__ import annotations

from urllib.parse import urlparse

from dash import ALL, Input, Output, callback, ctx, dcc, html, no_update

from components import ids, timeline_chart
from components.inputs import clean_choice, clean_year
from components.styling import ROUTE_STATUS_LABEL, STATUS_LABEL
from data.schema import State
from data.timeline import memberships_on, route_status_on
from geodata.atlas import Atlas


def link(atlas: Atlas, url: str) -> html.A:
    """A source link named by its publisher, with the page's title on hover."""
    source = atlas.facts.sources[url]
    return html.A(source.publisher, href=url, title=source.title, target="_blank", rel="noopener")


def citation_item(atlas: Atlas, url: str) -> html.Li:
    """One entry of the sources list: title, publisher, date, and the address."""
    source = atlas.facts.sources[url]
    published = f", {source.published}" if source.published else ""
    return html.Li(
        [
            html.A(source.title, href=url, target="_blank", rel="noopener"),
            f" — {source.publisher}{published}. ",
            html.Span(urlparse(url).netloc, className="note"),
        ]
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
    """The memberships in force on the map's day, with their sources."""
    held = memberships_on(atlas.facts.memberships, atlas.day(year)).get(code, {})
    if not held:
        return [html.P("No membership in any layer.", className="hint")]
    items = []
    for organisation in atlas.facts.organisations:
        row = held.get(organisation.code)
        if row is None:
            continue
        items.append(
            html.Li(
                [
                    html.B(organisation.code),
                    f" {STATUS_LABEL[row.status]} since {row.start} · ",
                    link(atlas, row.source),
                    html.Div(row.note, className="note") if row.note else None,
                ]
            )
        )
    return [html.Ul(items, className="panel-list")]


def event_items(atlas: Atlas, code: str) -> list:
    """Events that involve the country, by date, each with its source."""
    events = sorted(
        (e for e in atlas.facts.events if code in e.country_codes), key=lambda e: e.first_day
    )
    if not events:
        return [html.P("No recorded event.", className="hint")]
    return [
        html.Ul(
            [
                html.Li(
                    [
                        html.Span(e.start, className="change-date"),
                        html.B(f" {e.title}. "),
                        e.description,
                        " · ",
                        link(atlas, e.source),
                    ]
                )
                for e in events
            ],
            className="panel-list",
        )
    ]


def route_items(atlas: Atlas, code: str, year: int) -> list:
    """Routes that pass through the country, with their status that year."""
    routes = [r for r in atlas.facts.routes if code in r.country_codes]
    if not routes:
        return [html.P("No route in the atlas crosses it.", className="hint")]
    day = atlas.day(year)
    items = []
    for route in routes:
        period = route_status_on(atlas.facts.route_status, route.id, day)
        status = ROUTE_STATUS_LABEL[period.status] if period else "not yet planned"
        line = [html.B(route.name), f" — {status} in {year} · ", link(atlas, route.source)]
        items.append(html.Li(line))
    return [html.Ul(items, className="panel-list")]


def sources(atlas: Atlas, code: str) -> list[str]:
    """Every distinct source behind what the panel says, in first-use order."""
    urls = [r.source for r in atlas.facts.memberships if r.country == code]
    urls += [p.source for p in atlas.facts.part_of if code in (p.state, p.part_of)]
    urls += [e.source for e in atlas.facts.events if code in e.country_codes]
    urls += [r.source for r in atlas.facts.routes if code in r.country_codes]
    return list(dict.fromkeys(urls))


def predecessor_note(atlas: Atlas, state: State) -> list:
    """For a predecessor: what it was the union of."""
    parts = sorted(
        {atlas.facts.state(p.state).name for p in atlas.facts.part_of if p.part_of == state.code}
    )
    return [html.P(f"{state.note} Made of: {', '.join(parts)}.", className="hint")]


def panel_children(atlas: Atlas, code: str, year: int) -> list:
    """Everything the panel shows for ``code`` in ``year``."""
    state = atlas.facts.state(code)
    body = [
        html.Div(
            [
                html.H2(state.name, id="panel-title"),
                html.Button(
                    "\u00d7",
                    id=ids.PANEL_CLOSE,
                    className="close",
                    **{"aria-label": "Close country panel"},
                ),
            ],
            className="panel-head",
        )
    ]
    if state.is_predecessor:
        return body + predecessor_note(atlas, state)
    if state.note:
        body.append(html.P(state.note, className="hint"))
    body += [html.H3(f"In {year}"), *membership_items(atlas, code, year)]
    cited = sources(atlas, code)
    body += [
        html.H3("Memberships since 1988"),
        timeline_chart.render(atlas, code, year),
        html.H3("Events"),
        *event_items(atlas, code),
        html.H3("Routes"),
        *route_items(atlas, code, year),
        html.Details(
            [
                html.Summary(f"Sources ({len(cited)})"),
                html.Ol([citation_item(atlas, url) for url in cited], className="sources"),
            ],
        ),
    ]
    return body


def render() -> html.Section:
    """The panel, empty and hidden until a country is chosen."""
    return html.Section(
        [html.Button(id=ids.PANEL_CLOSE, hidden=True)],
        id=ids.PANEL,
        className="country-panel hidden",
        role="region",
        **{"aria-labelledby": "panel-title"},
    )


def clicked_unit(atlas: Atlas, click: object) -> str | None:
    """The state whose shape was clicked; ``None`` for a click on a route or a forged one."""
    points = click.get("points") if isinstance(click, dict) else None
    for point in points if isinstance(points, list) else []:
        feature = point.get("location") if isinstance(point, dict) else None
        if isinstance(feature, str) and feature in atlas.features:
            return atlas.features[feature].unit
    return None


def register(atlas: Atlas) -> None:
    """Choosing a country (map, change list, close) and drawing its panel."""
    known = atlas.country_codes

    @callback(
        Output(ids.COUNTRY, "value", allow_duplicate=True),
        Input(ids.MAP, "clickData"),
        Input(ids.PANEL_CLOSE, "n_clicks"),
        Input({"type": ids.CHANGE_ITEM, "index": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )
    def choose_country(click: object, _close: object, _changes: object) -> str | None:
        trigger = ctx.triggered_id
        if trigger == ids.PANEL_CLOSE:
            return None if ctx.triggered[0]["value"] else no_update
        if trigger == ids.MAP:
            return clicked_unit(atlas, click) or no_update
        if isinstance(trigger, dict) and ctx.triggered[0]["value"]:
            code = str(trigger.get("index", "")).rsplit("-", 1)[-1]
            return clean_choice(code, known, None) or no_update
        return no_update

    @callback(
        Output(ids.PANEL, "children"),
        Output(ids.PANEL, "className"),
        Input(ids.COUNTRY, "value"),
        Input(ids.YEAR, "value"),
    )
    def draw_panel(country: object, year: object) -> tuple[list, str]:
        code = clean_choice(country, known, None)
        if code is None:
            return [html.Button(id=ids.PANEL_CLOSE, hidden=True)], "country-panel hidden"
        return panel_children(atlas, code, clean_year(year, atlas.years)), "country-panel"
