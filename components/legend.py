"""The legend: what fill shades, badges and route lines mean."""

from __future__ import annotations

from dash import html

from components import ids
from components.contest import EVENT_KINDS
from components.security_layer import ARC_WIDTHS, MARK_KINDS, NO_CENTRE_COLOUR, SECURITY_LABEL
from components.static_html import to_html
from components.styling import (
    CENTRE_COLOUR,
    CENTRE_LABEL,
    CLOSED_BORDER,
    EVENT_COLOUR,
    EVENT_LABEL,
    GROUP_LABEL,
    GROUPS,
    NO_LAYER_FILL,
    ROUTE_COLOUR,
    ROUTE_DASH,
    ROUTE_STATUS_LABEL,
    TERRITORY_COLOUR,
    TERRITORY_KINDS,
    TERRITORY_LABEL,
    TIES_FILL,
    group_fill,
)
from data.alignment import CENTRES
from geodata.atlas import Atlas

BADGE_GLYPH = {"member": "●", "partial": "○", "inactive": "\u00d7"}
KIND_LABEL = {
    "oil_pipeline": "oil pipeline",
    "gas_pipeline": "gas pipeline",
    "railway": "railway",
    "road": "road",
    "multimodal": "multimodal corridor",
}
DASH_CSS = {"solid": "solid", "dash": "dashed", "dot": "dotted", "longdashdot": "dashed"}


def status_rows(atlas: Atlas) -> list[html.Tr]:
    """One row per status group, with the shade of the first organisation as example."""
    example = atlas.facts.organisations[0]
    return [
        html.Tr(
            [
                html.Td(
                    html.Span(className="swatch", style={"backgroundColor": group_fill(example, g)})
                ),
                html.Td(BADGE_GLYPH[g], className=f"glyph glyph-{g}"),
                html.Td(GROUP_LABEL[g]),
            ]
        )
        for g in GROUPS
    ] + [
        html.Tr(
            [
                html.Td(html.Span(className="swatch", style={"backgroundColor": NO_LAYER_FILL})),
                html.Td(""),
                html.Td("in none of the layers shown"),
            ]
        )
    ]


def route_rows(atlas: Atlas) -> list[html.Li]:
    """Line colour by kind of route, line style by status."""
    kinds = sorted({r.kind for r in atlas.facts.routes})
    rows = [
        html.Li(
            [html.Span(className="line", style={"borderTopColor": ROUTE_COLOUR[k]}), KIND_LABEL[k]]
        )
        for k in kinds
    ]
    rows += [
        html.Li(
            [
                html.Span(className="line", style={"borderTopStyle": DASH_CSS[ROUTE_DASH[s]]}),
                ROUTE_STATUS_LABEL[s],
            ]
        )
        for s in ROUTE_DASH
    ]
    return rows


def lens_rows() -> list:
    """The alignment lens: fill by number of centres, a badge per centre."""
    ramp = html.Div(
        [
            html.Span(
                str(count),
                className="ramp-step",
                style={"backgroundColor": colour, "color": "#fff" if count > 2 else "#222"},
            )
            for count, colour in enumerate(TIES_FILL)
        ],
        className="ramp",
        # A name on a plain div is ignored by most screen readers: the ramp is one image.
        role="img",
        **{"aria-label": "fill darkness: number of power centres, 0 to 4"},
    )
    centres = html.Ul(
        [
            html.Li(
                [
                    html.Span(className="dot", style={"backgroundColor": CENTRE_COLOUR[c]}),
                    f" {CENTRE_LABEL[c]}",
                ]
            )
            for c in CENTRES
        ],
        className="centre-legend",
    )
    return [
        html.H3("Alignment lens"),
        html.P(
            "Fill: how many power centres a country is tied to through any organisation "
            "(member or partner; suspended and frozen ties do not count). Badges: which ones.",
            className="hint",
        ),
        ramp,
        centres,
    ]


#: Glyphs that look like the map's event markers (plotly symbols of components/styling.py).
EVENT_GLYPH = {
    "war": "\u2605",
    "ceasefire_peace": "\u25c6",
    "summit_founding": "\u25a0",
    "accession_exit": "\u2b22",
    "arms_deal": "\u271a",
    "infrastructure": "\u25b2",
    "politics": "\u25cf",
}


def contest_rows() -> list:
    """Territory hatching by kind, the approximate outline, closed borders, event marks."""
    territories = html.Ul(
        [
            html.Li(
                [
                    html.Span(
                        className="hatch",
                        style={"borderColor": TERRITORY_COLOUR[kind]},
                    ),
                    TERRITORY_LABEL[kind],
                ]
            )
            for kind in TERRITORY_KINDS
        ]
        + [
            html.Li([html.Span(className="line approx"), "shape approximate (dashed outline)"]),
            html.Li(
                [
                    html.Span(className="line closed", style={"borderTopColor": CLOSED_BORDER}),
                    "border closed that year",
                ]
            ),
        ],
        className="route-legend contest-legend",
    )
    events = html.Ul(
        [
            html.Li(
                [
                    html.Span(
                        EVENT_GLYPH[kind], className="glyph", style={"color": EVENT_COLOUR[kind]}
                    ),
                    EVENT_LABEL[kind],
                ]
            )
            for kind in EVENT_KINDS
        ],
        className="route-legend",
    )
    return [
        html.H3("Contested territory and closed borders"),
        territories,
        html.H3("Events of the year"),
        events,
    ]


#: Glyphs that look like the security layer's marks (components/security_layer.py).
SECURITY_GLYPH = {
    "base": "\u2b1f",
    "peacekeeping": "\u2295",
    "training": "\u25bc",
    "exercise": "\u2726",
}


def security_rows() -> list:
    """The security layer: symbol by kind, colour by centre, arcs weighted by count."""
    marks = html.Ul(
        [
            html.Li([html.Span(SECURITY_GLYPH[kind], className="glyph"), SECURITY_LABEL[kind]])
            for kind in MARK_KINDS
        ],
        className="route-legend",
    )
    colours = html.Ul(
        [
            html.Li(
                [
                    html.Span(className="dot", style={"backgroundColor": CENTRE_COLOUR[c]}),
                    f" {CENTRE_LABEL[c]}",
                ]
            )
            for c in CENTRES
        ]
        + [
            html.Li(
                [
                    html.Span(className="dot", style={"backgroundColor": NO_CENTRE_COLOUR}),
                    " none of the four (Israel, India ...)",
                ]
            )
        ],
        className="centre-legend",
    )
    widths = html.Ul(
        [
            html.Li(
                [
                    html.Span(className="line", style={"borderTopWidth": f"{width:g}px"}),
                    ARC_WIDTH_LABEL[index],
                ]
            )
            for index, (_, width) in enumerate(ARC_WIDTHS)
        ]
        + [
            html.Li(
                [
                    html.Span(className="line", style={"borderTopStyle": "dotted"}),
                    "licensed production, while it runs",
                ]
            )
        ],
        className="route-legend",
    )
    return [
        html.H3("Security ties"),
        html.P(
            "Bases, forces, training and exercises in force that year, coloured by the "
            "provider's power centre; arcs run from supplier to recipient (the dot) in "
            "the years the weapons arrived. Arcs from the United States start at the map's western "
            "edge, in the Atlantic.",
            className="hint",
        ),
        marks,
        colours,
        widths,
    ]


#: What each arc width means (``ARC_WIDTHS`` order).
ARC_WIDTH_LABEL = (
    "delivery, count not given",
    "delivery of 1 to 9",
    "delivery of 10 or more",
)


def markup(atlas: Atlas) -> str:
    """The whole legend as HTML: it never changes, so it goes with the page's constants
    and the browser writes it into its section, instead of ninety Dash components that
    every update of the page would ask about."""
    legend = html.Div(
        [
            html.H2("How to read the map"),
            html.P(
                "Fill: the first layer a country belongs to, shaded by status "
                "(example: " + atlas.facts.organisations[0].code + "). Badges: every "
                "layer it belongs to, in that layer's colour.",
                className="hint",
            ),
            html.Table(html.Tbody(status_rows(atlas)), className="status-legend"),
            *lens_rows(),
            *contest_rows(),
            *security_rows(),
            html.H3("Routes"),
            html.Ul(route_rows(atlas), className="route-legend"),
            html.P(
                "Before December 1991 the Soviet republics are drawn as one Soviet Union; "
                "Yugoslavia and Czechoslovakia likewise until they split.",
                className="hint",
            ),
        ]
    )
    return to_html(legend.children)


def render() -> html.Section:
    """The legend's section; the browser fills it from ``markup``."""
    return html.Section(id=ids.LEGEND, className="legend")
