"""Keep the URL and the view in step, both ways.

Opening a shared link restores its year, layers, lens, country and region; every
change of those writes a new URL, so the browser's back and forward step through
views. Values from the URL are parsed by ``view_state.parse_view`` and never echoed.

Two callbacks, not one: the writer outputs only the URL, so a year change never waits
on it before the map updates. The writer also records the query it wrote; the reader
ignores that echo, so during playback a URL written for an earlier year cannot pull
the slider back.
"""

from __future__ import annotations

from dash import Input, Output, State, callback, no_update

from components import ids
from components.inputs import view_of
from components.view_state import View, parse_view, view_query
from geodata.atlas import Atlas

CONTROLS = (ids.YEAR, ids.LAYERS, ids.LENS, ids.COUNTRY, ids.REGION)


def changed_controls(wanted: View, shown: View) -> tuple:
    """The control values that move the page from ``shown`` to ``wanted``, in
    ``CONTROLS`` order; ``no_update`` for those already right."""
    pairs = (
        (wanted.year, shown.year),
        (list(wanted.layers), list(shown.layers)),
        (wanted.lens, shown.lens),
        (wanted.country, shown.country),
        (wanted.region, shown.region),
    )
    return tuple(new if new != old else no_update for new, old in pairs)


def register(atlas: Atlas, default: View) -> None:
    """The writer (controls to URL) and the reader (URL to controls)."""

    @callback(
        Output(ids.URL, "search"),
        Output(ids.URL_WRITTEN, "data"),
        *(Input(control, "value") for control in CONTROLS),
        prevent_initial_call=True,
    )
    def write_url(year, layers, lens, country, region) -> tuple[str, str]:
        query = view_query(view_of(atlas, year, layers, lens, country, region))
        return query, query

    @callback(
        Output(ids.YEAR, "value", allow_duplicate=True),
        Output(ids.LAYERS, "value"),
        Output(ids.LENS, "value"),
        Output(ids.COUNTRY, "value", allow_duplicate=True),
        Output(ids.REGION, "value"),
        Input(ids.URL, "search"),
        State(ids.URL_WRITTEN, "data"),
        *(State(control, "value") for control in CONTROLS),
        prevent_initial_call="initial_duplicate",
    )
    def read_url(search, written, year, layers, lens, country, region) -> tuple:
        if not search or search == written:
            return (no_update,) * len(CONTROLS)
        wanted = parse_view(search, default, atlas.years, atlas.layer_codes, atlas.country_codes)
        return changed_controls(wanted, view_of(atlas, year, layers, lens, country, region))
