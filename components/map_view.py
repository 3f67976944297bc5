"""The map: the graph of the first render, and the browser's drawing.

The geometry of every feature of every year is a fingerprinted file
(``components/data_files.py``), so the layout carries none. After the first render the
browser draws every change of year, layers, lens, country and region itself
(``assets/src/hot_path.js``), from the facts fetched once as a file: nothing is asked
of the server.
"""

from __future__ import annotations

from dash import ClientsideFunction, Dash, Input, dcc, html

from components import ids
from components.controls import view_inputs
from components.map_figure import base_figure
from components.view_state import View
from geodata.atlas import Atlas


def render(atlas: Atlas, view: View, geometry_url: str, topojson_url: str) -> html.Div:
    """The graph, with plotly's base map served from our own assets (works offline)."""
    return html.Div(
        dcc.Graph(
            id=ids.MAP,
            figure=base_figure(atlas, view, geometry_url),
            config={
                "topojsonURL": topojson_url,
                "displaylogo": False,
                # plotly offers "Share chart...", an upload to Plotly Cloud: never here.
                "showSendToCloud": False,
                "scrollZoom": True,
                "modeBarButtonsToRemove": ["select2d", "lasso2d"],
                "toImageButtonOptions": {"filename": "crossroads-map", "scale": 2},
            },
            className="map",
            responsive=True,
        ),
        className="map-frame",
    )


def register(app: Dash) -> None:
    """Every change of a control or of the story's highlight reaches the hot path
    (``assets/src/hot_path.js``), which draws it in the next animation frame."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="viewChanged"),
        *view_inputs(),
        Input(ids.HIGHLIGHT, "data"),
    )
