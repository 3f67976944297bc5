"""The naive Dash baseline: a callback that rebuilds the whole figure for every year.

This is how the Dash gallery apps animate a choropleth: the slider's value goes to the
server, which answers with a new figure, geometry included. It draws the same shapes
and the same fills as Crossroads (from the same pure builders), so the two differ only
in how a year reaches the screen.
"""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
from dash import Dash, Input, Output, dcc, html

from components.map_figure import country_trace, geo_layout, view_values
from components.view_state import View
from geodata.atlas import Atlas

LAYERS = ("OTS", "CSTO", "EAEU", "CIS", "SCO", "NATO", "EU")
#: the project's assets, for plotly's base map only: no script of the atlas is loaded
ASSETS = Path(__file__).resolve().parent.parent / "assets"


def full_figure(atlas: Atlas, year: int) -> go.Figure:
    """One year's whole figure: geometry inline, that year's fills, the year in meta."""
    trace = country_trace(atlas, "")
    trace.geojson = atlas.geojson
    trace.z = view_values(atlas, View(year=year, layers=LAYERS)).z
    layout = {"geo": geo_layout("eurasia"), "margin": {"l": 0, "r": 0, "t": 0, "b": 0}}
    return go.Figure([trace], {**layout, "meta": year})


def create_naive_app(atlas: Atlas) -> Dash:
    """A slider and a graph; every year change asks the server for a new figure."""
    app = Dash(
        __name__,
        serve_locally=True,
        compress=True,
        assets_folder=str(ASSETS),
        assets_ignore=r".*\.(js|css)$",
    )
    years = atlas.years
    app.layout = html.Div(
        [
            dcc.Graph(
                id="naive-map",
                figure=full_figure(atlas, years[-1]),
                config={"topojsonURL": app.get_asset_url("topojson/")},
                style={"height": "640px"},
            ),
            dcc.Slider(
                id="naive-year",
                min=years[0],
                max=years[-1],
                step=1,
                value=years[-1],
                updatemode="drag",
            ),
        ]
    )

    @app.callback(Output("naive-map", "figure"), Input("naive-year", "value"))
    def draw(year: int) -> go.Figure:
        return full_figure(atlas, int(year))

    return app
