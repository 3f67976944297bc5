"""A country's story: its memberships in the chosen year, a timeline since 1988, the
events and routes that involve it, its security ties (those of the year, and the whole
history), and the sources behind all of it.

Opened by clicking the map, typing or picking a name in the country box, or clicking a
line of "What changed"; closed by its button or the Escape key. The chosen country's
code is held in a store, as the chosen route's is. The server draws a country's
story once, with every year's part of it; a year change then only picks that year's
part in the browser (``assets/country_panel.js``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from dash import (
    ClientsideFunction,
    Dash,
    Input,
    Output,
    State,
    dcc,
    html,
)

from components import ids, timeline_chart
from components.country_story import (
    citation_line,
    event_items,
    membership_lines,
    panel_list,
    predecessor_note,
    route_lines,
    security_history,
    security_lines,
    sources,
    ties_text,
)
from components.inputs import clean_choice
from components.panel_head import close_on, panel_head
from components.text_table import TextTable
from geodata.atlas import Atlas

NO_MEMBERSHIP = "No membership in any layer."
NO_ROUTE = "No route in the atlas crosses it."
NO_SECURITY_TIE = "No base, force, training, exercise or delivery recorded that year."


def selector(atlas: Atlas, country: str | None) -> html.Div:
    """The country box: type a name, or pick one from the list it offers of every state
    (and predecessor) on the map."""
    names = {s.code: s.name for s in sorted(atlas.facts.states, key=lambda s: s.name)}
    return html.Div(
        [
            html.Label(
                "Country",
                htmlFor=ids.COUNTRY_SEARCH,
                id=ids.COUNTRY_LABEL,
                className="control-label",
            ),
            # WORKAROUND(dash 4.4.1): a native text box with a datalist, not dcc.Dropdown,
            # whose Tab stop is an input hidden from screen readers (axe: aria-hidden-focus)
            # and whose menu is a listbox of radio buttons; a box with a list is a combobox
            # every browser and screen reader knows.
            dcc.Input(
                id=ids.COUNTRY_SEARCH,
                type="search",
                list=ids.COUNTRY_LIST,
                value=names.get(country or "", ""),
                placeholder="Type or pick a country…",
                autoComplete="off",
                className="country-box",
            ),
            # Its options are written by the browser from the names' store: 128 Dash
            # components here would slow every update of the page (each one is asked).
            html.Datalist(id=ids.COUNTRY_LIST),
            # WORKAROUND(dash 4.4.1): no data when none is chosen, as the route's store: a
            # dcc.Store given null reports a change of its data as it mounts.
            dcc.Store(id=ids.COUNTRY, **({"data": country} if country else {})),
            dcc.Store(id=ids.COUNTRY_NAMES, data=names),
        ],
        className="country-select",
    )


def year_parts(atlas: Atlas, code: str) -> dict[str, Any]:
    """Every year's part of the story, sent with it: memberships, ties and routes as
    indices into one table of texts (they repeat from year to year), and where the
    timeline's marker stands."""
    texts = TextTable()
    years = [
        [
            texts.index(membership_lines(atlas, code, year)),
            texts.index(ties_text(atlas, code, year)),
            texts.index(route_lines(atlas, code, year)),
            texts.index(security_lines(atlas, code, year)),
        ]
        for year in atlas.years
    ]
    return {
        "firstYear": atlas.years[0],
        "texts": texts.items,
        "years": years,
        "marker": [timeline_chart.marker_position(atlas, year) for year in atlas.years],
        "empty": [NO_MEMBERSHIP, NO_ROUTE, NO_SECURITY_TIE],
    }


@lru_cache(maxsize=64)
def story_parts(atlas: Atlas, code: str | None) -> tuple:
    """What depends on the country alone: title, note, timeline, events, the history of
    its security ties, sources, the panel's class, and every year's part
    (``year_parts``). Cached: a day's atlas never changes, and a country's story is asked
    for again and again."""
    if code is None:
        return "", [], [], [], [], [], "country-panel hidden", None
    state = atlas.facts.state(code)
    if state.is_predecessor:
        note = predecessor_note(atlas, state)
        return state.name, note, [], [], [], [], "country-panel", None
    note = [html.P(state.note, className="hint")] if state.note else []
    cited = sources(atlas, code)
    source_list = html.Details(
        [
            html.Summary(f"Sources ({len(cited)})"),
            panel_list([citation_line(atlas, url) for url in cited], ordered=True),
        ]
    )
    chart = timeline_chart.timeline(atlas, code)
    return (
        state.name,
        note,
        chart,
        [html.H3("Events"), *event_items(atlas, code)],
        security_history(atlas, code),
        [source_list],
        "country-panel",
        year_parts(atlas, code),
    )


def render() -> html.Section:
    """The panel's fixed frame, hidden until a country is chosen.

    Every part keeps its id whether or not a country is shown, so a year change can
    update the year's parts (and move the timeline's marker) without redrawing the rest.
    """
    return html.Section(
        [
            panel_head(ids.PANEL_TITLE, ids.PANEL_CLOSE, "Close country panel"),
            html.Div(id=ids.PANEL_NOTE),
            html.Div(id=ids.PANEL_YEAR),
            html.Div(
                [
                    html.H3("Memberships since 1988"),
                    html.Div(
                        [html.Div(id=ids.PANEL_CHART_BOX), timeline_chart.marker()],
                        className="timeline-box",
                    ),
                ],
                id=ids.PANEL_TIMELINE,
            ),
            html.Div(id=ids.PANEL_EVENTS),
            html.Div(id=ids.PANEL_ROUTES),
            html.Div(
                [html.Div(id=ids.PANEL_SECURITY), html.Div(id=ids.PANEL_SECURITY_HISTORY)],
                className="panel-security",
            ),
            html.Div(id=ids.PANEL_SOURCES),
            dcc.Store(id=ids.PANEL_YEARS),
        ],
        id=ids.PANEL,
        className="country-panel hidden",
        **{"aria-labelledby": ids.PANEL_TITLE},  # a named section: a region landmark
    )


def register(app: Dash, atlas: Callable[[], Atlas]) -> None:
    """Choosing a country (map, change list, close) and drawing its panel."""
    # Clicks on the map, the country box and the close button are resolved in the
    # browser ("What changed" lines set the country themselves, assets/changes_list.js).
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="chooseOnMap"),
        Output(ids.COUNTRY, "data", allow_duplicate=True),
        Input(ids.MAP, "clickData"),
        prevent_initial_call=True,
    )
    close_on(app, ids.PANEL_CLOSE, ids.COUNTRY, "data")
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="countryFromBox"),
        Output(ids.COUNTRY, "data", allow_duplicate=True),
        Input(ids.COUNTRY_SEARCH, "value"),
        Input(ids.COUNTRY_SEARCH, "n_submit"),
        State(ids.COUNTRY, "data"),
        State(ids.COUNTRY_NAMES, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="listNames"),
        Input(ids.COUNTRY_NAMES, "data"),
    )
    # The box shows the name of a country chosen anywhere; it writes the box itself (no
    # outputs), since an output here would close a loop with the callback above.
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="boxFromCountry"),
        Input(ids.COUNTRY, "data"),
        State(ids.COUNTRY_SEARCH, "value"),
        State(ids.COUNTRY_NAMES, "data"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(ids.PANEL_TITLE, "children"),
        Output(ids.PANEL_NOTE, "children"),
        Output(ids.PANEL_CHART_BOX, "children"),
        Output(ids.PANEL_EVENTS, "children"),
        Output(ids.PANEL_SECURITY_HISTORY, "children"),
        Output(ids.PANEL_SOURCES, "children"),
        Output(ids.PANEL, "className"),
        Output(ids.PANEL_YEARS, "data"),
        Input(ids.COUNTRY, "data"),
        prevent_initial_call=True,
    )
    def draw_story(country: object) -> tuple:
        today = atlas()
        return story_parts(today, clean_choice(country, today.country_codes, None))

    # The year's part is set by the browser after the map paints (no outputs: Dash would
    # otherwise hold the map's callback until these are drawn).
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="panelYear"),
        Input(ids.YEAR, "data"),
        Input(ids.PANEL_YEARS, "data"),
    )
