"""The map itself: the graph with its geometry, and the callbacks that update values.

A year change or a layer toggle never resends geometry. Countries and badges depend
on the layers, so the server answers with a ``dash.Patch`` of their values only.
Routes depend on the year alone, so every year's route states come once with the
page and a clientside callback picks the year without asking the server.
"""

from __future__ import annotations

from collections.abc import Sequence

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
from components.inputs import clean_layers, clean_year
from components.map_figure import apply_updates, base_figure, org_codes, route_table, year_updates
from geodata.atlas import Atlas


def render(atlas: Atlas, year: int, layers: Sequence[str]) -> html.Div:
    """The graph, served with plotly's base map from our own assets (works offline)."""
    return html.Div(
        [
            dcc.Graph(
                id=ids.MAP,
                figure=base_figure(atlas, year, layers),
                config={
                    "topojsonURL": get_asset_url("topojson/"),
                    "displaylogo": False,
                    "scrollZoom": True,
                    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
                },
                className="map",
                responsive=True,
            ),
            dcc.Store(id=ids.ROUTE_TABLE, data=route_table(atlas)),
        ],
        className="map-frame",
    )


def register(atlas: Atlas) -> None:
    """Wire the slider and the layer toggles to the map."""
    known = org_codes(atlas)

    @callback(
        Output(ids.MAP, "figure"),
        Input(ids.YEAR, "value"),
        Input(ids.LAYERS, "value"),
        prevent_initial_call=True,
    )
    def update_map(year: object, layers: object) -> Patch:
        patch = Patch()
        updates = year_updates(atlas, clean_year(year, atlas.years), clean_layers(layers, known))
        apply_updates(patch, updates)
        return patch

    clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="showRoutes"),
        Output(ids.MAP, "figure", allow_duplicate=True),
        Input(ids.YEAR, "value"),
        State(ids.ROUTE_TABLE, "data"),
        State(ids.MAP, "figure"),
        prevent_initial_call=True,
    )
