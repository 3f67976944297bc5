"""Controls above the map: the region presets, the lens (organisations or alignment)
and what the alignment lens counts (organisations, or security ties as well).

Both are drawn in the browser (``assets/map_draw.js``): a region re-frames the map, a
lens re-colours it.
"""

from __future__ import annotations

from dash import html

from components import ids
from components.pills import pill_group
from components.view_state import LENSES, REGIONS, TIES, View

LENS_LABELS = {"organisations": "Organisations", "alignment": "Alignment lens"}
TIES_LABELS = {"organisations": "organisations", "security": "organisations and security ties"}


def render(view: View) -> html.Div:
    """The region presets and the lens, each a labelled group of pills."""
    regions = [{"label": r["label"], "value": k} for k, r in REGIONS.items()]
    lenses = [{"label": LENS_LABELS[k], "value": k} for k in LENSES]
    counted = [{"label": TIES_LABELS[k], "value": k} for k in TIES]
    return html.Div(
        [
            pill_group(ids.REGION, "Region", regions, view.region),
            pill_group(ids.LENS, "Show", lenses, view.lens),
            # Shown only under the alignment lens, the one view it changes
            # (components/layer_toggles.py:register): a switch that changes nothing
            # would mislead.
            html.Div(
                pill_group(ids.TIES, "The lens counts", counted, view.ties),
                id=ids.TIES_BOX,
                hidden=view.lens != "alignment",
            ),
        ],
        className="map-controls",
    )
