"""The page: header, map with its year slider, and the side panel of layers and legend."""

from __future__ import annotations

from dash import html

from components import layer_toggles, legend, map_view, year_control
from geodata.atlas import Atlas

SEED_URL = (
    "https://emerging-europe.com/news/"
    "an-alternative-to-russia-and-china-turkeys-role-in-the-south-caucasus-and-central-asia/"
)


def render(atlas: Atlas) -> html.Div:
    """Build the whole page for the current year with the default layers."""
    year = atlas.years[-1]
    layers = layer_toggles.DEFAULT_LAYERS
    return html.Div(
        [
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
                        [map_view.render(atlas, year, layers), year_control.render(atlas, year)],
                        className="map-column",
                    ),
                    html.Aside(
                        [layer_toggles.render(atlas, layers), legend.render(atlas)],
                        className="side-panel",
                    ),
                ],
                className="content",
            ),
            html.Footer(
                [
                    "Facts with sources in data/*.csv; shapes from Natural Earth. Starting point: ",
                    html.A(
                        "Emerging Europe (2023)", href=SEED_URL, target="_blank", rel="noopener"
                    ),
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
    year_control.register(atlas)
