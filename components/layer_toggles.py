"""The layers a person switches on and off: organisations, each with its colour swatch,
and the contest overlays (territory, closed borders, events, security ties)."""

from __future__ import annotations

from collections.abc import Sequence

from dash import Dash, Input, Output, dcc, html

from components import ids
from components.contest import OVERLAY_LABEL
from components.styling import LEADER_LABEL
from components.view_state import OVERLAYS
from geodata.atlas import Atlas

#: Layers on when the page opens: the seven the atlas is about; predecessors start off.
DEFAULT_LAYERS = ("OTS", "CSTO", "EAEU", "CIS", "SCO", "NATO", "EU")


def option(code: str, name: str, colour: str, leader: str) -> dict:
    """One checklist entry: swatch, code, full name and who leads it."""
    label = html.Span(
        [
            html.Span(className="swatch", style={"backgroundColor": colour}),
            html.B(code),
            html.Span(f" {name} ", className="org-name"),
            html.Span(LEADER_LABEL[leader], className=f"leader leader-{leader}"),
        ],
        className="layer-label",
    )
    return {"label": label, "value": code}


#: Why the organisation toggles rest while the alignment lens is on (it counts them all).
LENS_NOTE = (
    "The alignment lens counts every organisation, so these layers are set aside until "
    "you switch back to Organisations."
)


def render(atlas: Atlas, layers: Sequence[str]) -> html.Fieldset:
    """The layer checklist, in the order that decides which layer fills a country.

    Under the alignment lens the whole fieldset is disabled, with a line that says why:
    toggles that look active but change nothing would mislead.
    """
    return html.Fieldset(
        [
            html.Legend("Organisation layers"),
            html.P(LENS_NOTE, id=ids.LAYERS_NOTE, className="lens-note", hidden=True),
            dcc.Checklist(
                id=ids.LAYERS,
                options=[
                    option(o.code, o.name, o.colour, o.led_by) for o in atlas.facts.organisations
                ],
                value=list(layers),
                className="layer-list",
                inputClassName="layer-input",
            ),
            html.P(
                "A country is filled in the colour of the first layer in this list it "
                "belongs to; every layer it belongs to also shows as a badge.",
                className="hint",
            ),
        ],
        id=ids.LAYERS_BOX,
        className="layers",
    )


def register(app: Dash) -> None:
    """The lens sets the organisation toggles aside and shows what it counts (the
    security-ties switch), in the browser."""
    app.clientside_callback(
        "function (lens) { var off = lens === 'alignment'; return [off, !off, !off]; }",
        Output(ids.LAYERS_BOX, "disabled"),
        Output(ids.LAYERS_NOTE, "hidden"),
        Output(ids.TIES_BOX, "hidden"),
        Input(ids.LENS, "value"),
    )


def render_overlays(overlays: Sequence[str]) -> html.Fieldset:
    """The contest overlays: territory, closed borders and events on by default; the
    security ties wait to be switched on."""
    return html.Fieldset(
        [
            html.Legend("Contest layers"),
            dcc.Checklist(
                id=ids.OVERLAYS,
                options=[{"label": OVERLAY_LABEL[name], "value": name} for name in OVERLAYS],
                value=list(overlays),
                className="layer-list",
                inputClassName="layer-input",
            ),
        ],
        className="layers",
    )
