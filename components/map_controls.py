"""Controls above the map: the region presets and the lens (organisations or alignment)."""

from __future__ import annotations

from dash import Input, Output, Patch, callback, dcc, html

from components import ids
from components.inputs import clean_choice
from components.map_figure import geo_layout
from components.view_state import LENSES, REGIONS, View

LENS_LABELS = {"organisations": "Organisations", "alignment": "Alignment lens"}


def render(view: View) -> html.Div:
    """Two small radio groups, each with a visible label for screen readers."""
    return html.Div(
        [
            html.Div(
                [
                    html.Span("Region", id="region-label", className="control-label"),
                    dcc.RadioItems(
                        id=ids.REGION,
                        options=[{"label": r["label"], "value": k} for k, r in REGIONS.items()],
                        value=view.region,
                        inline=True,
                        className="pill-group",
                        inputClassName="pill-input",
                    ),
                ],
                className="control",
                role="group",
                **{"aria-labelledby": "region-label"},
            ),
            html.Div(
                [
                    html.Span("Show", id="lens-label", className="control-label"),
                    dcc.RadioItems(
                        id=ids.LENS,
                        options=[{"label": LENS_LABELS[k], "value": k} for k in LENSES],
                        value=view.lens,
                        inline=True,
                        className="pill-group",
                        inputClassName="pill-input",
                    ),
                ],
                className="control",
                role="group",
                **{"aria-labelledby": "lens-label"},
            ),
        ],
        className="map-controls",
    )


def register() -> None:
    """A region preset re-frames the map; pan and zoom then persist across years."""

    @callback(
        Output(ids.MAP, "figure", allow_duplicate=True),
        Input(ids.REGION, "value"),
        prevent_initial_call=True,
    )
    def frame_region(region: object) -> Patch:
        chosen = clean_choice(region, REGIONS, "eurasia") or "eurasia"
        patch = Patch()
        patch["layout"]["geo"] = geo_layout(chosen)
        patch["layout"]["uirevision"] = chosen
        return patch
