"""The page: header, controls, map with its year control, "what changed", the side panel
(country story, layers, legend) and the data behind the view."""

from __future__ import annotations

from dash import dcc, html

from components import (
    changes_list,
    country_panel,
    data_view,
    ids,
    layer_toggles,
    legend,
    map_controls,
    map_view,
    url_sync,
    year_control,
)
from components.data_view import SEED
from components.view_state import View
from geodata.atlas import Atlas


def default_view(atlas: Atlas) -> View:
    """What the page opens on: today, the seven main layers, the whole region."""
    return View(year=atlas.years[-1], layers=layer_toggles.DEFAULT_LAYERS)


def render(atlas: Atlas) -> html.Div:
    """Build the whole page for the default view (a URL then moves it, if it says so)."""
    view = default_view(atlas)
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.URL_WRITTEN),
            html.Header(
                [
                    html.H1("Crossroads"),
                    html.P(
                        "Who sided with whom in the South Caucasus and Central Asia, "
                        "year by year since 1988: Turkic, Russian-led, Chinese-led and "
                        "Western blocs, and the routes around Armenia and Iran.",
                        className="tagline",
                    ),
                ],
                className="site-header",
            ),
            html.Main(
                [
                    html.Div(
                        [
                            map_controls.render(view),
                            map_view.render(atlas, view),
                            year_control.render(atlas, view.year),
                            changes_list.render(atlas, view.year),
                        ],
                        className="map-column",
                    ),
                    html.Aside(
                        [
                            country_panel.selector(atlas, view.country),
                            country_panel.render(),
                            layer_toggles.render(atlas, view.layers),
                            legend.render(atlas),
                        ],
                        className="side-panel",
                    ),
                ],
                className="content",
            ),
            data_view.render(atlas, view),
            html.Footer(
                [
                    "Facts with sources in data/*.csv; shapes from Natural Earth. Starting point: ",
                    html.A("Emerging Europe (2023)", href=SEED, target="_blank", rel="noopener"),
                    ".",
                ],
                className="site-footer",
            ),
        ],
        className="page",
    )


def register(atlas: Atlas) -> None:
    """Register every component's callbacks once."""
    map_view.register(atlas)
    map_controls.register()
    year_control.register()
    changes_list.register(atlas)
    country_panel.register(atlas)
    data_view.register(atlas)
    url_sync.register(atlas, default_view(atlas))
