"""The map itself: the graph with its geometry, and the callbacks that update values.

Nothing here resends geometry. Countries and badges depend on the year, layers, lens
and selected country, so the server answers with a ``dash.Patch`` of their values.
Routes depend on the year alone: every year's route states come once with the page
and a clientside callback picks the year without asking the server.
"""

from __future__ import annotations

from dash import (
    ClientsideFunction,
    Input,
    Output,
    Patch,
    State,
    callback,
    clientside_callback,
    dcc,
    get_asset_url,
    html,
)

from components import ids
from components.inputs import view_of
from components.map_figure import apply_updates, base_figure, route_table, view_updates
from components.view_state import View
from geodata.atlas import Atlas


def render(atlas: Atlas, view: View) -> html.Div:
    """The graph, served with plotly's base map from our own assets (works offline)."""
    return html.Div(
        [
            dcc.Graph(
                id=ids.MAP,
                figure=base_figure(atlas, view),
                config={
                    "topojsonURL": get_asset_url("topojson/"),
                    "displaylogo": False,
                    # plotly 3 offers "Share chart...", an upload to Plotly Cloud: never here.
                    "showSendToCloud": False,
                    "scrollZoom": True,
                    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
                    "toImageButtonOptions": {"filename": "crossroads-map", "scale": 2},
                },
                className="map",
                responsive=True,
            ),
            dcc.Store(id=ids.ROUTE_TABLE, data=route_table(atlas)),
        ],
        className="map-frame",
    )


def register(atlas: Atlas) -> None:
    """Wire year, layers, lens and selected country to the map."""

    @callback(
        Output(ids.MAP, "figure"),
        Input(ids.YEAR, "value"),
        Input(ids.LAYERS, "value"),
        Input(ids.LENS, "value"),
        Input(ids.COUNTRY, "value"),
        prevent_initial_call=True,
    )
    def update_map(year: object, layers: object, lens: object, country: object) -> Patch:
        view = view_of(atlas, year, layers, lens, country, None)
        patch = Patch()
        apply_updates(patch, view_updates(atlas, view))
        return patch

    clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="showRoutes"),
        Output(ids.MAP, "figure", allow_duplicate=True),
        Input(ids.YEAR, "value"),
        State(ids.ROUTE_TABLE, "data"),
        State(ids.MAP, "figure"),
        prevent_initial_call=True,
    )
