"""Keep the URL and the view in step, both ways.

Opening a shared link restores its year, layers, lens, country and region; every change
of those writes a new URL, so the browser's back and forward step through views.

The writer runs in the browser (``assets/url_sync.js``): a year change asks the server
nothing. It records the query it wrote, and a change of the address that is only that
echo stops in the browser too. Any other address (a link opened, back or forward) goes
to the server, where ``view_state.parse_view`` is the one validator of what a URL may
ask for; unknown or forged values fall back to defaults and are never echoed.
"""

from __future__ import annotations

from collections.abc import Callable

from dash import ClientsideFunction, Dash, Input, Output, State, no_update

from components import ids
from components.inputs import view_of
from components.view_state import View, parse_view
from geodata.atlas import Atlas

#: The controls a URL sets, with the property that holds each one's value.
CONTROLS = (
    (ids.YEAR, "value"),
    (ids.LAYERS, "value"),
    (ids.LENS, "value"),
    (ids.COUNTRY, "data"),
    (ids.REGION, "value"),
    (ids.OVERLAYS, "value"),
    (ids.ROUTE, "data"),
)


def changed_controls(wanted: View, shown: View) -> tuple:
    """The control values that move the page from ``shown`` to ``wanted``, in
    ``CONTROLS`` order; ``no_update`` for those already right."""
    pairs = (
        (wanted.year, shown.year),
        (list(wanted.layers), list(shown.layers)),
        (wanted.lens, shown.lens),
        (wanted.country, shown.country),
        (wanted.region, shown.region),
        (list(wanted.overlays), list(shown.overlays)),
        (wanted.route, shown.route),
    )
    return tuple(new if new != old else no_update for new, old in pairs)


def register(app: Dash, atlas: Callable[[], Atlas], default: Callable[[], View]) -> None:
    """The writer (controls to URL, in the browser) and the reader (URL to controls)."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="writeUrl"),
        Output(ids.URL, "search"),
        Output(ids.URL_WRITTEN, "data"),
        *(Input(control, prop) for control, prop in CONTROLS),
        State(ids.FACTS, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="urlToRead"),
        Output(ids.URL_TO_READ, "data"),
        Input(ids.URL, "search"),
        State(ids.URL_WRITTEN, "data"),
    )

    @app.callback(
        Output(ids.YEAR, "value", allow_duplicate=True),
        Output(ids.LAYERS, "value"),
        Output(ids.LENS, "value"),
        Output(ids.COUNTRY, "data", allow_duplicate=True),
        Output(ids.REGION, "value"),
        Output(ids.OVERLAYS, "value"),
        Output(ids.ROUTE, "data"),
        Input(ids.URL_TO_READ, "data"),
        *(State(control, prop) for control, prop in CONTROLS),
        prevent_initial_call=True,
    )
    def read_url(search, year, layers, lens, country, region, overlays, route) -> tuple:
        today = atlas()
        wanted = parse_view(
            search,
            default(),
            today.years,
            today.layer_codes,
            today.country_codes,
            today.route_ids,
        )
        shown = view_of(today, year, layers, lens, country, region, overlays, route)
        return changed_controls(wanted, shown)
