"""The head of a side panel (country, route): its title and a close button, and the
browser-side callback that closes it by clearing what it shows."""

from __future__ import annotations

from dash import Dash, Input, Output, html


def panel_head(title_id: str, close_id: str, close_label: str) -> html.Div:
    """A panel's title (filled by a callback) and its close button."""
    return html.Div(
        [
            html.H2(id=title_id),
            html.Button("\u00d7", id=close_id, className="close", **{"aria-label": close_label}),
        ],
        className="panel-head",
    )


def close_on(app: Dash, button_id: str, target_id: str, prop: str) -> None:
    """Pressing ``button_id`` empties ``target_id.prop``, in the browser."""
    app.clientside_callback(
        "function () { return null; }",
        Output(target_id, prop, allow_duplicate=True),
        Input(button_id, "n_clicks"),
        prevent_initial_call=True,
    )
