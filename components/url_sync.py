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
from components.controls import CONTROLS, FIELDS, view_inputs, view_states
from components.inputs import view_of
from components.view_state import View, parse_view
from geodata.atlas import Atlas


def control_value(view: View, field: str) -> object:
    """A view's field as its control holds it (tuples as lists)."""
    value = getattr(view, field)
    return list(value) if isinstance(value, tuple) else value


def changed_controls(wanted: View, shown: View) -> tuple:
    """The control values that move the page from ``shown`` to ``wanted``, in
    ``CONTROLS`` order; ``no_update`` for those already right."""
    pairs = ((control_value(wanted, f), control_value(shown, f)) for f in FIELDS)
    return tuple(new if new != old else no_update for new, old in pairs)


def register(
    app: Dash, atlas: Callable[[], Atlas], default: Callable[[], View], chapters: int
) -> None:
    """The writer (controls to URL, in the browser) and the reader (URL to controls)."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="writeUrl"),
        Output(ids.URL, "search"),
        Output(ids.URL_WRITTEN, "data"),
        *view_inputs(),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="urlToRead"),
        Output(ids.URL_TO_READ, "data"),
        Input(ids.URL, "search"),
        State(ids.URL_WRITTEN, "data"),
    )

    @app.callback(
        *(
            Output(control, prop, allow_duplicate=control in (ids.YEAR, ids.COUNTRY))
            for control, prop, _ in CONTROLS
        ),
        Input(ids.URL_TO_READ, "data"),
        *view_states(),
        prevent_initial_call=True,
    )
    def read_url(search: object, *values: object) -> tuple:
        today = atlas()
        wanted = parse_view(
            search,
            default(),
            today.years,
            today.layer_codes,
            today.country_codes,
            today.route_ids,
            chapters,
        )
        return changed_controls(wanted, view_of(today, **dict(zip(FIELDS, values, strict=True))))
