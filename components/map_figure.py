"""Pure builders of the map: the figure of the first render, and the values of any view.

The geometry is not in the figure: plotly fetches it once by URL (a fingerprinted,
cached file, see ``map_view``). After the first render every change of year, layers,
lens or selected country is drawn in the browser (``assets/map_select.js`` picks the
same values from the facts in ``year_facts``). ``view_values`` is the reference: it
draws the first render, and a browser test checks the browser's values against it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlparse

import plotly.graph_objects as go

from components.contest import (
    EVENT_KINDS,
    ContestValues,
    contest_traces,
    contest_values,
    event_trace,
)
from components.labels import label_traces
from components.security_layer import arc_rows, arc_traces, mark_trace
from components.styling import (
    BADGE_OUTLINE,
    BADGE_SYMBOL,
    BORDER,
    CENTRE_COLOUR,
    CENTRE_LABEL,
    EVENT_COLOUR,
    EVENT_SYMBOL,
    ROUTE_COLOUR,
    ROUTE_DASH,
    ROUTE_STATUS_LABEL,
    STATUS_GROUP,
    STATUS_LABEL,
    fill_category,
    fill_palette,
    ties_category,
)
from components.view_state import REGIONS, View
from data.alignment import CENTRES, leaders, ties
from data.dates import shown
from data.extent import LAT_RANGE, LON_RANGE
from data.schema import Membership, SecurityTie
from data.security import badges as security_badges
from data.security import eu_members_on, kinds_by_centre, ties_in_year
from data.timeline import memberships_on, route_status_on
from geodata.atlas import Atlas
from geodata.units import Feature

BADGE_SPACING = 1.15  # degrees of longitude between two badges of one country
BORDER_WIDTH = 0.5
SELECTED_WIDTH = 2.5
ROUTE_WIDTH = 3
CHOSEN_ROUTE_WIDTH = 6
#: the country hover of each lens: name, then that year's lines (``customdata``)
HOVERTEMPLATE = {
    "organisations": "<b>%{text}</b><br>%{customdata[0]}<extra></extra>",
    "alignment": "<b>%{text}</b><br>%{customdata[1]}<br>%{customdata[0]}<extra></extra>",
}

Held = Mapping[str, Mapping[str, Membership]]
#: The layers of the map, bottom to top (routes take one trace each).
LAYER_ORDER = (
    "countries",
    "territories",
    "hatching",
    "approximate",
    "borders",
    "routes",
    "badges",
    "security arcs",
    "security",
    "events",
    "changes",
    "state labels",
    "city labels",
)


def trace_order(n_routes: int, n_arcs: int = 0) -> dict[str, int]:
    """Layer name → index of its (first) trace, with ``n_routes`` route traces and
    ``n_arcs`` security arcs (one trace each)."""
    order, index = {}, 0
    counts = {"routes": n_routes, "security arcs": n_arcs}
    for layer in LAYER_ORDER:
        order[layer] = index
        index += counts.get(layer, 1)
    return order


#: (line dash, hover status) of a route in a year, or None when it is not drawn
RouteState = tuple[str, str] | None


def unit_memberships(held: Held, feature: Feature) -> Mapping[str, Membership]:
    """Organisation → membership of the unit a feature stands for."""
    return held.get(feature.unit, {})


def fill_for(
    memberships: Mapping[str, Membership], layers: Sequence[str], orgs: Sequence[str]
) -> int:
    """Palette index: the first layer shown (in legend order) that the country is in."""
    for org in orgs:
        if org in layers and org in memberships:
            return fill_category(orgs.index(org), memberships[org].status)
    return 0


def hover_lines(memberships: Mapping[str, Membership], orgs: Sequence[str]) -> str:
    """The country's memberships that year, grouped by status, in legend order."""
    by_status: dict[str, list[str]] = {}
    for org in orgs:
        if org in memberships:
            by_status.setdefault(memberships[org].status, []).append(org)
    lines = [f"{STATUS_LABEL[status]}: {', '.join(codes)}" for status, codes in by_status.items()]
    return "<br>".join(lines) if lines else "no membership"


def ties_hover(centres: Sequence[str]) -> str:
    """The alignment lens's hover line: which centres, and how many."""
    if not centres:
        return f"tied to none of the {len(CENTRES)} power centres"
    names = ", ".join(CENTRE_LABEL[c] for c in centres)
    return f"tied to {names} ({len(centres)} of {len(CENTRES)})"


#: A centre's name at the start of a badge line ("The West: training").
CENTRE_NAME = {c: label[0].upper() + label[1:] for c, label in CENTRE_LABEL.items()}


@dataclass(frozen=True)
class YearTies:
    """A year's security ties in force, and the EU's members then (their arms count for
    the West), to count per state without reading the whole table again."""

    day: date
    rows: tuple[SecurityTie, ...]
    eu_members: frozenset[str]

    @classmethod
    def of(cls, atlas: Atlas, year: int) -> YearTies:
        day = atlas.day(year)
        return cls(
            day,
            ties_in_year(atlas.facts.security_ties, year, atlas.today),
            eu_members_on(atlas.facts.memberships, day),
        )

    def kinds(self, unit: str) -> dict[str, tuple[str, ...]]:
        """Each centre ``unit`` hosts or receives from, with the kinds of tie."""
        return kinds_by_centre(self.rows, unit, self.day, self.eu_members)


def with_security(centres: Sequence[str], kinds: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The centres of organisations and of security ties together, in ``CENTRES`` order."""
    return tuple(c for c in CENTRES if c in centres or c in kinds)


def security_ties_hover(centres: Sequence[str], kinds: Mapping[str, tuple[str, ...]]) -> str:
    """The lens's hover line when it counts security ties: the centres, then which kind
    of tie links the state to which ("Russia: base, arms; Turkey: arms")."""
    line = ties_hover(centres)
    if not kinds:
        return f"{line}<br>no security tie"
    return f"{line}<br>security: {'; '.join(security_badges(kinds, CENTRE_NAME))}"


def lens_ties(
    memberships: Mapping[str, Membership],
    led_by: Mapping[str, str],
    year_ties: YearTies,
    unit: str,
    mode: str,
) -> tuple[tuple[str, ...], str]:
    """The centres the alignment lens counts for a state, and its hover line: through
    organisations, or (``mode == "security"``) organisations and security ties."""
    centres = ties(memberships, led_by)
    if mode != "security":
        return centres, ties_hover(centres)
    kinds = year_ties.kinds(unit)
    both = with_security(centres, kinds)
    return both, security_ties_hover(both, kinds)


@dataclass
class Badges:
    """Every badge of a view: position, colour index and symbol."""

    lon: list[float] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    colour: list[int] = field(default_factory=list)
    symbol: list[int] = field(default_factory=list)

    def add_row(self, anchor: tuple[float, float], entries: Sequence[tuple[int, int]]) -> None:
        """Badges (colour, symbol) in a row centred on ``anchor``.

        Not rounded: the browser computes the same positions with the same float
        operations, so the two agree exactly.
        """
        lon, lat = anchor
        for slot, (colour, symbol) in enumerate(entries):
            self.lon.append(lon + (slot - (len(entries) - 1) / 2) * BADGE_SPACING)
            self.lat.append(lat)
            self.colour.append(colour)
            self.symbol.append(symbol)


def layer_entries(
    memberships: Mapping[str, Membership], layers: Sequence[str], orgs: Sequence[str]
) -> list[tuple[int, int]]:
    """One badge per layer shown that a country is in, in the layer's colour."""
    return [
        (orgs.index(org), BADGE_SYMBOL[STATUS_GROUP[memberships[org].status]])
        for org in orgs
        if org in layers and org in memberships
    ]


def centre_entries(centres: Sequence[str], n_orgs: int) -> list[tuple[int, int]]:
    """One badge per power centre a country is tied to, in the centre's colour."""
    return [(n_orgs + CENTRES.index(c), BADGE_SYMBOL["member"]) for c in centres]


def badge_colours(atlas: Atlas) -> list[str]:
    """Badge colour index → colour: the organisations, then the four power centres."""
    return [o.colour for o in atlas.facts.organisations] + [CENTRE_COLOUR[c] for c in CENTRES]


def selected_features(atlas: Atlas, chosen: Sequence[str], drawn: frozenset[str]) -> set[str]:
    """The drawn features that show any state in ``chosen`` (itself, or the union it is
    part of): the selected country, and the countries a story chapter points at."""
    return {
        fid
        for fid, f in atlas.features.items()
        if fid in drawn and set(chosen) & {*f.parts, f.unit}
    }


def border_widths(atlas: Atlas, chosen: set[str]) -> float | list[float]:
    """One width for every border, or one per feature when a country is outlined."""
    if not chosen:
        return BORDER_WIDTH
    return [SELECTED_WIDTH if fid in chosen else BORDER_WIDTH for fid in atlas.features]


@dataclass(frozen=True)
class MapValues:
    """What a view draws: every value that depends on year, layers, lens or country."""

    z: list[int | None]
    customdata: list[list[str]]
    hovertemplate: str
    line_width: float | list[float]
    badges: Badges
    routes: list[RouteState]
    route_widths: list[float]
    contest: ContestValues
    changes: Changes


def view_values(atlas: Atlas, view: View) -> MapValues:
    """The map's values for ``view``, decided from the fact rows (the reference)."""
    orgs = atlas.layer_codes
    held = memberships_on(atlas.facts.memberships, atlas.day(view.year))
    led_by = leaders(atlas.facts.organisations)
    drawn = atlas.features_by_year[view.year]
    outlined = (
        (view.country, *view.highlight.countries) if view.country else view.highlight.countries
    )
    year_ties = YearTies.of(atlas, view.year)
    badges = Badges()
    z: list[int | None] = []
    customdata = []
    for fid, feature in atlas.features.items():
        memberships = unit_memberships(held, feature)
        centres, lens_hover = lens_ties(memberships, led_by, year_ties, feature.unit, view.ties)
        customdata.append([hover_lines(memberships, orgs), lens_hover])
        if fid not in drawn:
            z.append(None)
        elif view.lens == "alignment":
            z.append(ties_category(atlas.facts.organisations, len(centres)))
            badges.add_row(feature.anchor, centre_entries(centres, len(orgs)))
        else:
            z.append(fill_for(memberships, view.layers, orgs))
            badges.add_row(feature.anchor, layer_entries(memberships, view.layers, orgs))
    return MapValues(
        z=z,
        customdata=customdata,
        hovertemplate=HOVERTEMPLATE[view.lens],
        line_width=border_widths(atlas, selected_features(atlas, outlined, drawn)),
        badges=badges,
        routes=route_states(atlas, view.year),
        route_widths=[
            CHOSEN_ROUTE_WIDTH if rid in (view.route, *view.highlight.routes) else ROUTE_WIDTH
            for rid in atlas.route_ids
        ],
        contest=contest_values(atlas, view.year, view.overlays, view.highlight),
        changes=compared(atlas, view),
    )


#: How much a status ties a state: what "gained" and "lost" mean between two years.
STRENGTH = {None: 0, "inactive": 1, "partial": 2, "member": 3}
#: Marks of a comparison: more ties, fewer ties, both; and how far above the badges.
CHANGE_MARK = {
    "up": ("triangle-up", "#1b7837"),
    "down": ("triangle-down", "#b2182b"),
    "both": ("diamond", "#8c6d31"),
}
CHANGE_LIFT = 1.1
CHANGE_HOVER = (
    "<b>%{customdata[0]}</b><br>since {vs}: %{customdata[1]} gained, "
    "%{customdata[2]} lost<extra></extra>"
)


@dataclass
class Changes:
    """The comparison marks of a view: where, which way, and how much."""

    lon: list[float] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    direction: list[str] = field(default_factory=list)
    gains: list[int] = field(default_factory=list)
    losses: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    hovertemplate: str = ""


def direction(gains: int, losses: int) -> str | None:
    """Which way a state moved between two years, if at all."""
    if gains and losses:
        return "both"
    return "up" if gains else "down" if losses else None


def gains_and_losses(
    then: Mapping[str, Membership],
    now: Mapping[str, Membership],
    view: View,
    led_by,
    centres: tuple[Sequence[str], Sequence[str]] = ((), ()),
) -> tuple[int, int]:
    """Ties gained and lost: power centres in the alignment lens (``centres``, then and
    now, as the lens counts them), otherwise a step up or down in each organisation
    shown (none, suspended, partner, member)."""
    if view.lens == "alignment":
        before, after = len(centres[0]), len(centres[1])
        return max(after - before, 0), max(before - after, 0)
    gains = losses = 0
    for org in view.layers:
        a = STRENGTH[STATUS_GROUP[then[org].status] if org in then else None]
        b = STRENGTH[STATUS_GROUP[now[org].status] if org in now else None]
        gains, losses = gains + (b > a), losses + (b < a)
    return gains, losses


def compared(atlas: Atlas, view: View) -> Changes:
    """Each state drawn in ``view.year`` whose ties changed since ``view.vs``."""
    changes = Changes(hovertemplate=change_hovertemplate(view.vs))
    if view.vs is None:
        return changes
    now = memberships_on(atlas.facts.memberships, atlas.day(view.year))
    then = memberships_on(atlas.facts.memberships, atlas.day(view.vs))
    led_by = leaders(atlas.facts.organisations)
    drawn = atlas.features_by_year[view.year]
    ties_then, ties_now = YearTies.of(atlas, view.vs), YearTies.of(atlas, view.year)
    for fid, feature in atlas.features.items():
        if fid not in drawn:
            continue
        unit = feature.unit
        held_then, held_now = then.get(unit, {}), now.get(unit, {})
        centres = (
            lens_ties(held_then, led_by, ties_then, unit, view.ties)[0],
            lens_ties(held_now, led_by, ties_now, unit, view.ties)[0],
        )
        gains, losses = gains_and_losses(held_then, held_now, view, led_by, centres)
        way = direction(gains, losses)
        if way is None:
            continue
        lon, lat = feature.anchor
        changes.lon.append(lon)
        changes.lat.append(lat + CHANGE_LIFT)
        changes.direction.append(way)
        changes.gains.append(gains)
        changes.losses.append(losses)
        changes.name.append(atlas.facts.state(feature.unit).name)
    return changes


def route_states(atlas: Atlas, year: int) -> list[RouteState]:
    """Per route, in trace order: (line dash, hover status) that year, or None if not drawn."""
    day = atlas.day(year)
    states: list[RouteState] = []
    for route in atlas.facts.routes:
        period = route_status_on(atlas.facts.route_status, route.id, day)
        if period is None:
            states.append(None)
        else:
            label = f"{ROUTE_STATUS_LABEL[period.status]} since {shown(period.start)}"
            states.append((ROUTE_DASH[period.status], label))
    return states


def apply_values(figure: dict, values: MapValues, order: Mapping[str, int]) -> None:
    """Write a view's values into the figure dict (the browser does the same with
    ``Plotly.update``)."""
    data = figure["data"]
    countries = data[order["countries"]]
    countries.update(z=values.z, customdata=values.customdata, hovertemplate=values.hovertemplate)
    countries["marker"]["line"]["width"] = values.line_width
    badges = data[order["badges"]]
    badges.update(lon=values.badges.lon, lat=values.badges.lat)
    badges["marker"].update(color=values.badges.colour, symbol=values.badges.symbol)
    for index, state in enumerate(values.routes):
        trace = data[order["routes"] + index]
        trace["visible"] = state is not None
        trace["line"]["width"] = values.route_widths[index]
        if state is not None:
            trace["line"]["dash"], trace["text"] = state
    contest = values.contest
    territories = data[order["territories"]]
    territories.update(
        locations=contest.territory_locations,
        z=contest.territory_z,
        customdata=[
            list(pair)
            for pair in zip(contest.territory_hover, contest.territory_claimant, strict=True)
        ],
    )
    territories["marker"]["line"].update(
        color=contest.territory_line, width=contest.territory_width
    )
    for layer, (lon, lat) in (
        ("hatching", contest.hatch),
        ("approximate", contest.approximate),
        ("borders", contest.border),
    ):
        data[order[layer]].update(lon=lon, lat=lat)
    data[order["borders"]]["text"] = contest.border_hover
    events = data[order["events"]]
    events.update(
        lon=contest.event_lon,
        lat=contest.event_lat,
        customdata=[
            [h, c] for h, c in zip(contest.event_hover, contest.event_country, strict=True)
        ],
    )
    events["marker"].update(
        symbol=[EVENT_SYMBOL[EVENT_KINDS[k]] for k in contest.event_kind],
        color=[EVENT_COLOUR[EVENT_KINDS[k]] for k in contest.event_kind],
        size=contest.event_size,
    )
    security = contest.security
    for index, shown_arc in enumerate(security.arcs):
        data[order["security arcs"] + index]["visible"] = shown_arc
    data[order["security"]].update(
        lon=security.lon,
        lat=security.lat,
        customdata=[list(pair) for pair in zip(security.hover, security.host, strict=True)],
    )
    data[order["security"]]["marker"].update(symbol=security.symbol, color=security.colour)
    marks = data[order["changes"]]
    marks.update(
        hovertemplate=values.changes.hovertemplate,
        lon=values.changes.lon,
        lat=values.changes.lat,
        customdata=[
            list(p)
            for p in zip(
                values.changes.name, values.changes.gains, values.changes.losses, strict=True
            )
        ],
    )
    marks["marker"].update(
        symbol=[CHANGE_MARK[d][0] for d in values.changes.direction],
        color=[CHANGE_MARK[d][1] for d in values.changes.direction],
    )


def stepped_scale(colours: Sequence[str]) -> list[tuple[float, str]]:
    """A colour scale that maps integer ``i`` (with cmin -0.5) to ``colours[i]``."""
    n = len(colours)
    scale = []
    for index, colour in enumerate(colours):
        scale += [(index / n, colour), ((index + 1) / n, colour)]
    return scale


def country_trace(atlas: Atlas, geometry_url: str) -> go.Choropleth:
    """The country shapes, coloured by category index through a stepped colour scale."""
    palette = fill_palette(atlas.facts.organisations)
    return go.Choropleth(
        geojson=geometry_url,
        featureidkey="id",
        locations=list(atlas.features),
        zmin=-0.5,
        zmax=len(palette) - 0.5,
        colorscale=stepped_scale(palette),
        showscale=False,
        text=[atlas.facts.state(f.unit).name for f in atlas.features.values()],
        marker={"line": {"color": BORDER, "width": BORDER_WIDTH}},
        name="countries",
    )


def badge_trace(colours: Sequence[str]) -> go.Scattergeo:
    """Every badge in one trace; positions, colours and symbols come with each view."""
    return go.Scattergeo(
        mode="markers",
        name="badges",
        hoverinfo="skip",
        marker={
            "size": 9,
            "colorscale": stepped_scale(colours),
            "cmin": -0.5,
            "cmax": len(colours) - 0.5,
            "line": {"color": BADGE_OUTLINE, "width": 1.5},
        },
    )


def route_trace(atlas: Atlas, route_id: str) -> go.Scattergeo:
    """One route's line through its waypoints; status arrives with each year."""
    route = next(r for r in atlas.facts.routes if r.id == route_id)
    lons, lats = atlas.drawn_routes[route_id]
    return go.Scattergeo(
        lon=list(lons),
        lat=list(lats),
        mode="lines",  # markers at every waypoint would double the cost of a redraw
        name=route.name,
        line={"color": ROUTE_COLOUR[route.kind], "width": ROUTE_WIDTH, "dash": "solid"},
        hovertemplate=(
            f"<b>{route.name}</b><br>%{{text}}<br>source: {urlparse(route.source).netloc}"
            "<extra></extra>"
        ),
    )


def change_hovertemplate(vs: int | None) -> str:
    """The hover of a comparison mark (the browser fills ``{vs}`` the same way)."""
    return CHANGE_HOVER.replace("{vs}", str(vs or ""))


def changes_trace() -> go.Scattergeo:
    """The comparison's marks: above each state whose ties changed since the year
    compared with; its hover says by how much."""
    return go.Scattergeo(
        mode="markers",
        name="changes",
        marker={"size": 14, "line": {"color": "#ffffff", "width": 1.5}},
    )


def geo_frame(region: str) -> dict[str, Any]:
    """The centre and zoom of a region preset (the browser applies the same)."""
    frame = REGIONS[region]
    return {"center": frame["center"], "projection": {"scale": frame["scale"]}}


def geo_layout(region: str) -> dict[str, Any]:
    """The map's projection and base layers, framed on ``region``."""
    frame = geo_frame(region)
    return {
        "projection": {
            "type": "conic equal area",
            "parallels": [30, 55],
            "rotation": {"lon": 58},
            **frame["projection"],
        },
        "center": frame["center"],
        "lonaxis": {"range": list(LON_RANGE)},
        "lataxis": {"range": list(LAT_RANGE)},
        "showland": True,
        "landcolor": "#f3f1ec",
        # The sea is the map's own background (assets/style.css): plotly's ocean layer
        # is a world-sized shape re-projected on every redraw, a third of a year step.
        "showocean": False,
        "showlakes": True,
        "lakecolor": "#dfe9f0",
        "showcountries": False,
        "showcoastlines": False,
        "showframe": False,
        "resolution": 110,
        "bgcolor": "rgba(0,0,0,0)",
    }


def base_figure(atlas: Atlas, view: View, geometry_url: str) -> dict:
    """The figure of the first render, as a plain dict; geometry is fetched by URL."""
    order = trace_order(len(atlas.facts.routes), len(arc_rows(atlas)))
    traces = [country_trace(atlas, geometry_url), *contest_traces(geometry_url)]
    traces += [route_trace(atlas, r.id) for r in atlas.facts.routes]
    traces += [badge_trace(badge_colours(atlas)), *arc_traces(atlas), mark_trace()]
    traces += [event_trace(), changes_trace()]
    traces += label_traces()
    figure = go.Figure(traces).to_dict()
    apply_values(figure, view_values(atlas, view), order)
    figure["layout"] = {
        "geo": geo_layout(view.region),
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "showlegend": False,
        "dragmode": "pan",
        # Lines and markers hover only when the pointer is on them, so a click inside a
        # country near a route still picks the country.
        "hoverdistance": 8,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "hoverlabel": {"bgcolor": "#ffffff", "font": {"size": 13}},
    }
    return figure
