"""A labelled group of radio "pills": the region, the lens and the playback speed.

The pills are dcc.RadioItems' native radio buttons; the wrapper is their radiogroup,
named by the visible label (``assets/accessible_names.js`` drops the listbox roles
Dash 4 puts around them).
"""

from __future__ import annotations

from dash import dcc, html


def pill_group(control_id: str, label: str, options: list[dict], value: object) -> html.Div:
    """Radio pills under a visible label that also names their radiogroup for screen
    readers (a radio button alone says "Eurasia", not what it chooses)."""
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
        role="radiogroup",
        **{"aria-labelledby": label_id},
    )
