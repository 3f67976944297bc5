"""Controls above the map: the region presets and the lens (organisations or alignment)."""

from __future__ import annotations

from dash import Input, Output, Patch, callback, html

from components import ids
from components.inputs import clean_choice
from components.map_figure import geo_layout
from components.pills import pill_group
from components.view_state import LENSES, REGIONS, View

LENS_LABELS = {"organisations": "Organisations", "alignment": "Alignment lens"}


def render(view: View) -> html.Div:
    """The region presets and the lens, each a labelled group of pills."""
    regions = [{"label": r["label"], "value": k} for k, r in REGIONS.items()]
    lenses = [{"label": LENS_LABELS[k], "value": k} for k in LENSES]
    return html.Div(
        [
            pill_group(ids.REGION, "Region", regions, view.region),
            pill_group(ids.LENS, "Show", lenses, view.lens),
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
