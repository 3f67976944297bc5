"""Hard power on the map: bases, forces, training and exercises as symbols, deliveries
and licensed production as arcs from supplier to recipient.

Pure builders, the same pattern as the events overlay (``components/contest.py``):
``security_tables`` is what the browser selects from, sent once; ``security_in`` gives a
year's rows as indices into it; ``security_values`` is the reference the browser's
``assets/src/select/security.js`` must equal. What counts in a year is decided by
``data/security.py`` alone.

An arc's path never changes, so each arc is a trace of its own, drawn once with its
colour (the provider's power centre) and width (how many were delivered); a year only
shows or hides it, as a year does a route.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import plotly.graph_objects as go

from components.styling import CENTRE_COLOUR, CENTRE_LABEL
from components.wire import SecurityRow
from data.dates import shown
from data.schema import SecurityTie
from data.security import OFF_MAP_PROVIDERS, centre_of, eu_members_on, ties_in_year
from geodata.atlas import Atlas

#: How a standing tie with a place is drawn: plotly symbol and the legend's word.
SECURITY_SYMBOL = {
    "base": "pentagon",
    "peacekeeping": "circle-cross",
    "training": "triangle-down",
    "exercise": "star-diamond",
}
SECURITY_LABEL = {
    "base": "base, garrison or leased facility",
    "peacekeeping": "peacekeeping or monitoring force",
    "training": "training programme or academy",
    "exercise": "exercise series",
}
#: the kinds drawn as symbols, in legend order (the browser's kind codes)
MARK_KINDS = tuple(SECURITY_SYMBOL)
#: a provider that stands for no power centre (Israel, India, Iran ...)
NO_CENTRE_COLOUR = "#8a8a8a"
#: the colours of marks and arcs: the four centres in ``CENTRES`` order, then none
MARK_SIZE = 12
MARK_OUTLINE = "#222222"
#: Arc widths by how many were delivered: (fewest counted, width); a row with no count
#: gets the first, thinnest width.
ARC_WIDTHS = ((None, 2.0), (1, 3.5), (10, 5.5))
#: the dot that marks an arc's recipient end
ARC_END_SIZE = 9
#: Where an arc from a provider off the map starts: the map's western edge, in the
#: Atlantic west of Iberia (the legend and the hover say so).
OFF_MAP_ORIGIN: Mapping[str, tuple[float, float]] = {"USA": (-20.0, 42.0)}
#: How far an arc bulges sideways, as a share of the distance between its ends.
BULGE = 0.2
#: Points along an arc (a quadratic Bézier curve).
ARC_POINTS = 15


def provider_name(atlas: Atlas, code: str) -> str:
    """A provider as a reader knows it: a state's name, an organisation's code."""
    if code in OFF_MAP_PROVIDERS:
        return OFF_MAP_PROVIDERS[code]
    if code in atlas.facts.states_by_code:
        return atlas.facts.state(code).name
    return code


def colour_of(atlas: Atlas, tie: SecurityTie) -> str:
    """The provider's power centre's colour (EU members count for the West while members,
    on the row's first day); grey for none."""
    members = eu_members_on(atlas.facts.memberships, tie.first_day)
    centre = centre_of(tie.provider, members)
    return NO_CENTRE_COLOUR if centre is None else CENTRE_COLOUR[centre]


def centre_line(atlas: Atlas, tie: SecurityTie) -> str:
    """Which power centre the provider stands for, in words."""
    members = eu_members_on(atlas.facts.memberships, tie.first_day)
    centre = centre_of(tie.provider, members)
    return "no power centre of the atlas" if centre is None else f"for {CENTRE_LABEL[centre]}"


def tie_dates(tie: SecurityTie) -> str:
    """A row's dates at their precision: "delivered 2020", "1 Sep 1994 to 9 Dec 2012",
    "since Oct 2003"."""
    if tie.is_delivery:
        return "delivered " + shown(tie.start) + (f" to {shown(tie.end)}" if tie.end else "")
    if tie.end:
        return f"{shown(tie.start)} to {shown(tie.end)}"
    return f"since {shown(tie.start)}"


def security_hover(atlas: Atlas, tie: SecurityTie) -> str:
    """Who, what (with the count), where, when, and the source's publisher."""
    count = f" ({tie.quantity})" if tie.quantity else ""
    provider = provider_name(atlas, tie.provider)
    host = atlas.facts.state(tie.host).name
    who = f"{provider} → {host}" if tie.lon is None else f"{provider} in {host}"
    lines = [f"<b>{tie.system}{count}</b>", f"{who} · {centre_line(atlas, tie)}"]
    if tie.place:
        lines.append(tie.place)
    lines.append(tie_dates(tie))
    if tie.lon is None and tie.provider in OFF_MAP_ORIGIN:
        lines.append(f"arc starts at the map's western edge: {provider} lies off the map")
    lines.append(f"source: {atlas.facts.sources[tie.source].publisher}")
    return "<br>".join(lines)


def anchors(atlas: Atlas) -> dict[str, tuple[float, float]]:
    """Each state's badge anchor (the point an arc leaves from or arrives at)."""
    return {feature.unit: feature.anchor for feature in atlas.features.values()}


def arc_ends(atlas: Atlas, tie: SecurityTie) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where an arc starts (the provider, or its origin at the map's edge) and ends."""
    points = anchors(atlas)
    start = OFF_MAP_ORIGIN.get(tie.provider) or points[tie.provider]
    return start, points[tie.host]


def arc_line(start: tuple[float, float], end: tuple[float, float]) -> tuple[list, list]:
    """A quadratic Bézier curve from ``start`` to ``end`` bulging to the left of the way,
    as ``ARC_POINTS`` lon/lat points (rounded: the path is drawn, never compared)."""
    (x0, y0), (x1, y1) = start, end
    cx = (x0 + x1) / 2 - (y1 - y0) * BULGE
    cy = (y0 + y1) / 2 + (x1 - x0) * BULGE
    lons, lats = [], []
    for step in range(ARC_POINTS):
        t = step / (ARC_POINTS - 1)
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
        lons.append(round(a * x0 + b * cx + c * x1, 4))
        lats.append(round(a * y0 + b * cy + c * y1, 4))
    return lons, lats


def arc_width(quantity: int | None) -> float:
    """The width of an arc for ``quantity`` weapons (``ARC_WIDTHS``)."""
    width = ARC_WIDTHS[0][1]
    for fewest, step in ARC_WIDTHS[1:]:
        if quantity is not None and quantity >= fewest:
            width = step
    return width


def arc_rows(atlas: Atlas) -> list[SecurityTie]:
    """The rows drawn as arcs (no place of their own), in the table's order."""
    return [tie for tie in atlas.facts.security_ties if tie.lon is None]


def security_in(atlas: Atlas, year: int) -> list[int]:
    """Indices of the security rows in force in ``year`` (``data.security``'s rule)."""
    held = {tie.id for tie in ties_in_year(atlas.facts.security_ties, year, atlas.today)}
    return [i for i, tie in enumerate(atlas.facts.security_ties) if tie.id in held]


@dataclass
class SecurityValues:
    """What the security layer draws in one view: which arcs show, and the marks."""

    arcs: list[bool] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    symbol: list[str] = field(default_factory=list)
    colour: list[str] = field(default_factory=list)
    hover: list[str] = field(default_factory=list)
    host: list[str] = field(default_factory=list)


def security_values(atlas: Atlas, year: int, overlays: Sequence[str]) -> SecurityValues:
    """The security layer of ``year`` when it is switched on (the reference)."""
    arcs = arc_rows(atlas)
    values = SecurityValues(arcs=[False] * len(arcs))
    if "security" not in overlays:
        return values
    arc_index = {tie.id: i for i, tie in enumerate(arcs)}
    for i in security_in(atlas, year):
        tie = atlas.facts.security_ties[i]
        if tie.id in arc_index:
            values.arcs[arc_index[tie.id]] = True
            continue
        values.lon.append(tie.lon)
        values.lat.append(tie.lat)
        values.symbol.append(SECURITY_SYMBOL[tie.kind])
        values.colour.append(colour_of(atlas, tie))
        values.hover.append(security_hover(atlas, tie))
        values.host.append(tie.host)
    return values


def security_tables(atlas: Atlas) -> dict[str, Any]:
    """What the browser selects the layer from, sent once: per row its mark (or the arc
    it shows), hover and the state a click opens."""
    arcs = {tie.id: i for i, tie in enumerate(arc_rows(atlas))}
    rows = []
    for tie in atlas.facts.security_ties:
        mark = tie.lon is not None
        rows.append(
            SecurityRow(
                arc=-1 if mark else arcs[tie.id],
                lon=tie.lon if mark else 0,
                lat=tie.lat if mark else 0,
                symbol=SECURITY_SYMBOL[tie.kind] if mark else "",
                colour=colour_of(atlas, tie),
                hover=security_hover(atlas, tie),
                host=tie.host,
                id=tie.id,
            )
        )
    return {"rows": rows, "arcCount": len(arcs)}


def mark_trace() -> go.Scattergeo:
    """Bases, forces, training and exercises in force in a year; a click opens the host."""
    return go.Scattergeo(
        mode="markers",
        name="security",
        marker={"size": MARK_SIZE, "line": {"color": MARK_OUTLINE, "width": 1.2}, "opacity": 0.95},
        hovertemplate="%{customdata[0]}<extra></extra>",
    )


def arc_traces(atlas: Atlas) -> list[go.Scattergeo]:
    """One trace per delivery or licensed production, hidden until a year shows it; its
    path, colour, width and hover never change; a dot marks the recipient's end.
    Licensed production is dotted."""
    traces = []
    for tie in arc_rows(atlas):
        lons, lats = arc_line(*arc_ends(atlas, tie))
        hover = security_hover(atlas, tie)
        traces.append(
            go.Scattergeo(
                lon=lons,
                lat=lats,
                # a dot at the recipient's end says which way the arc runs
                mode="lines+markers",
                marker={
                    "size": [0] * (len(lons) - 1) + [ARC_END_SIZE],
                    "color": colour_of(atlas, tie),
                    "line": {"width": 0},
                },
                name=f"security arc {tie.id}",
                visible=False,
                line={
                    "color": colour_of(atlas, tie),
                    "width": arc_width(tie.quantity),
                    "dash": "solid" if tie.is_delivery else "dot",
                },
                # one text for every point of the line; a click finds the host by the
                # trace (assets/src/country_panel.js), so no per-point customdata
                text=hover,
                hovertemplate="%{text}<extra></extra>",
            )
        )
    return traces
