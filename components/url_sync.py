"""Keep the URL and the view in step, both ways.

Opening a shared link restores its year, layers, lens, country and region; every
change of those writes a new URL, so the browser's back and forward step through
views. Values from the URL are parsed by ``view_state.parse_view`` and never echoed.
"""

from __future__ import annotations

from dash import Input, Output, callback, ctx, no_update

from components import ids
from components.inputs import clean_view
from components.view_state import View, parse_view, view_query
from geodata.atlas import Atlas


def register(atlas: Atlas, default: View) -> None:
    """One callback owns the two-way sync, so the two directions cannot fight."""
    known_layers = tuple(o.code for o in atlas.facts.organisations)
    controls = (ids.YEAR, ids.LAYERS, ids.LENS, ids.COUNTRY, ids.REGION)

    @callback(
        Output(ids.URL, "search"),
        Output(ids.YEAR, "value", allow_duplicate=True),
        Output(ids.LAYERS, "value"),
        Output(ids.LENS, "value"),
        Output(ids.COUNTRY, "value", allow_duplicate=True),
        Output(ids.REGION, "value"),
        Input(ids.URL, "search"),
        *(Input(control, "value") for control in controls),
        prevent_initial_call="initial_duplicate",
    )
    def sync(search, year, layers, lens, country, region):
        if ctx.triggered_id in (None, ids.URL):
            if not search:
                return (no_update,) * 6
            view = parse_view(search, default, atlas.years, known_layers, atlas.country_codes)
            return (
                no_update,
                view.year,
                list(view.layers),
                view.lens,
                view.country,
                view.region,
            )
        view = clean_view(
            year,
            layers,
            lens,
            country,
            region,
            years=atlas.years,
            known_layers=known_layers,
            known_countries=atlas.country_codes,
        )
        return (view_query(view),) + (no_update,) * 5
