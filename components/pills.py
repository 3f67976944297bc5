"""A labelled group of radio "pills": the region, the lens and the playback speed."""

from __future__ import annotations

from dash import dcc, html


def pill_group(control_id: str, label: str, options: list[dict], value: object) -> html.Div:
    """Radio pills under a visible label that also names the group for screen readers."""
    label_id = f"{control_id}-label"
    return html.Div(
        [
            html.Span(label, id=label_id, className="control-label"),
            dcc.RadioItems(
                id=control_id,
                options=options,
                value=value,
                inline=True,
                className="pill-group",
                inputClassName="pill-input",
            ),
        ],
        className="control",
        role="group",
        **{"aria-labelledby": label_id},
    )
