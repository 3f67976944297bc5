"""The map: the graph of the first render, its geometry file, and the browser's drawing.

The geometry of every feature of every year is one fingerprinted JSON file, served with
a year-long cache lifetime, so a second visit takes it from the browser's cache and the
layout carries no geometry. After the first render the browser draws every change of
year, layers, lens, country and region itself (``assets/map_draw.js``), from the facts
sent once with the page: nothing is asked of the server.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

import flask
from dash import ClientsideFunction, Dash, Input, State, dcc, html

from components import ids
from components.map_figure import base_figure
from components.view_state import View
from geodata.atlas import Atlas

GEOMETRY_ROUTE = "/geometry/<name>"
#: a fingerprinted file never changes under its name
IMMUTABLE = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class GeometryFile:
    """The features' GeoJSON as served: its bytes, gzipped once, named by its hash."""

    name: str
    body: bytes
    gzipped: bytes


def geometry_file(atlas: Atlas) -> GeometryFile:
    """Serialise and compress the geometry once; the name changes when the bytes do."""
    body = json.dumps(atlas.geojson, separators=(",", ":")).encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()[:16]
    return GeometryFile(f"countries.{digest}.json", body, gzip.compress(body, mtime=0))


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


def serve_geometry(files: Callable[[], list[GeometryFile]]) -> Callable[[str], flask.Response]:
    """The view function of ``GEOMETRY_ROUTE``: a known name gets its bytes, gzipped when
    the browser accepts it; anything else is a 404."""

    def view(name: str) -> flask.Response:
        found = next((f for f in files() if f.name == name), None)
        if found is None:
            flask.abort(404)
        zipped = "gzip" in flask.request.headers.get("Accept-Encoding", "")
        response = flask.Response(found.gzipped if zipped else found.body)
        response.headers["Content-Type"] = "application/json"
        response.headers["Cache-Control"] = IMMUTABLE
        response.headers["ETag"] = f'"{found.name}"'
        response.headers["Vary"] = "Accept-Encoding"
        if zipped:
            response.headers["Content-Encoding"] = "gzip"
        return response

    return view


def register(app: Dash, files: Callable[[], list[GeometryFile]]) -> None:
    """Serve the geometry, and draw every view change in the browser."""
    app.server.add_url_rule(
        app.config.routes_pathname_prefix.rstrip("/") + GEOMETRY_ROUTE,
        endpoint="crossroads_geometry",
        view_func=serve_geometry(files),
    )
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="drawMap"),
        Input(ids.YEAR, "value"),
        Input(ids.LAYERS, "value"),
        Input(ids.LENS, "value"),
        Input(ids.COUNTRY, "data"),
        Input(ids.REGION, "value"),
        Input(ids.OVERLAYS, "value"),
        Input(ids.ROUTE, "data"),
        State(ids.FACTS, "data"),
    )
