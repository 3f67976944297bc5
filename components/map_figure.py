"""Pure builders of the map: the one-time figure with geometry, and each view's values.

The figure's geometry (every feature of every year) and every year's hover text are
sent once. A change of year, layers, lens or selected country sends only
``view_updates``: fill categories, badge positions, outline widths and one hover
template, a few kilobytes at most. Routes change in the browser (``route_table``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import plotly.graph_objects as go

from components.styling import (
    BADGE_OUTLINE,
    BADGE_SYMBOL,
    BORDER,
    CENTRE_COLOUR,
    CENTRE_LABEL,
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
from data.schema import Membership
from data.timeline import memberships_on, route_status_on
from geodata.atlas import Atlas
from geodata.units import Feature

BADGE_SPACING = 1.15  # degrees of longitude between two badges of one country
COUNTRY_TRACE = 0
BADGE_TRACE = 1
ROUTE_TRACES_START = 2
BORDER_WIDTH = 0.5
SELECTED_WIDTH = 2.5

#: (trace index, then keys down to the object to merge into), properties to merge
Updates = Iterator[tuple[tuple[int | str, ...], dict[str, Any]]]
Held = Mapping[str, Mapping[str, Membership]]


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


@dataclass
class Badges:
    """Every badge of a view: position, colour index and symbol."""

    lon: list[float]
    lat: list[float]
    colour: list[int]
    symbol: list[int]

    def add_row(self, feature: Feature, entries: Sequence[tuple[int, int]]) -> None:
        """Badges (colour, symbol) in a row centred on the feature's anchor."""
        lon, lat = feature.anchor
        for slot, (colour, symbol) in enumerate(entries):
            self.lon.append(round(lon + (slot - (len(entries) - 1) / 2) * BADGE_SPACING, 1))
            self.lat.append(lat)
            self.colour.append(colour)
            self.symbol.append(symbol)


def layer_badges(
    features: Sequence[Feature], held: Held, layers: Sequence[str], orgs: Sequence[str]
) -> Badges:
    """One badge per layer shown that a country is in, in the layer's colour."""
    badges = Badges([], [], [], [])
    for feature in features:
        memberships = unit_memberships(held, feature)
        badges.add_row(
            feature,
            [
                (orgs.index(org), BADGE_SYMBOL[STATUS_GROUP[memberships[org].status]])
                for org in orgs
                if org in layers and org in memberships
            ],
        )
    return badges


def centre_badges(features: Sequence[Feature], tied: Mapping[str, Sequence[str]], n_orgs: int):
    """One badge per power centre a country is tied to, in the centre's colour."""
    badges = Badges([], [], [], [])
    for feature in features:
        entries = [(n_orgs + CENTRES.index(c), BADGE_SYMBOL["member"]) for c in tied[feature.id]]
        badges.add_row(feature, entries)
    return badges


def badge_colours(atlas: Atlas) -> list[str]:
    """Badge colour index → colour: the organisations, then the four power centres."""
    return [o.colour for o in atlas.facts.organisations] + [CENTRE_COLOUR[c] for c in CENTRES]


def outline(atlas: Atlas, selected: str | None, drawn: frozenset[str]) -> dict:
    """Border widths: the selected country's drawn shape gets a thick border.

    One border colour and, with nothing selected, one width: a scalar instead of a
    value per feature keeps each view's patch small.
    """
    chosen = {
        fid for fid, f in atlas.features.items() if fid in drawn and selected in (*f.parts, f.unit)
    }
    if not chosen:
        return {"width": BORDER_WIDTH}
    return {"width": [SELECTED_WIDTH if fid in chosen else BORDER_WIDTH for fid in atlas.features]}


def view_updates(atlas: Atlas, view: View) -> Updates:
    """Every value that depends on the view, as merges into the figure.

    Pure; merged into a ``dash.Patch`` on a change and into the figure at first
    render, so the two can never disagree. One shallow merge per object keeps the
    patch small.
    """
    orgs = atlas.layer_codes
    held = memberships_on(atlas.facts.memberships, atlas.day(view.year))
    drawn = atlas.features_by_year[view.year]
    features = [f for fid, f in atlas.features.items() if fid in drawn]
    if view.lens == "alignment":
        led_by = leaders(atlas.facts.organisations)
        tied = {f.id: ties(unit_memberships(held, f), led_by) for f in features}
        organisations = atlas.facts.organisations
        fills = {fid: ties_category(organisations, len(c)) for fid, c in tied.items()}
        badges = centre_badges(features, tied, len(orgs))
    else:
        fills = {f.id: fill_for(unit_memberships(held, f), view.layers, orgs) for f in features}
        badges = layer_badges(features, held, view.layers, orgs)
    yield (
        (COUNTRY_TRACE,),
        {
            "z": [fills.get(fid) for fid in atlas.features],
            "hovertemplate": country_hovertemplate(atlas, view.year, view.lens),
        },
    )
    yield (COUNTRY_TRACE, "marker"), {"line": outline(atlas, view.country, drawn)}
    yield (BADGE_TRACE,), {"lon": badges.lon, "lat": badges.lat}
    yield (BADGE_TRACE, "marker"), {"color": badges.colour, "symbol": badges.symbol}


RouteState = tuple[str, str] | None


def route_states(atlas: Atlas, year: int) -> list[RouteState]:
    """Per route, in trace order: (line dash, hover status) that year, or None if not drawn."""
    day = atlas.day(year)
    states: list[RouteState] = []
    for route in atlas.facts.routes:
        period = route_status_on(atlas.facts.route_status, route.id, day)
        if period is None:
            states.append(None)
        else:
            label = f"{ROUTE_STATUS_LABEL[period.status]} since {period.start}"
            states.append((ROUTE_DASH[period.status], label))
    return states


def route_table(atlas: Atlas) -> dict:
    """Every year's route states, sent once; the browser picks a year without a request."""
    return {
        "first_trace": ROUTE_TRACES_START,
        "years": {str(year): route_states(atlas, year) for year in atlas.years},
    }


def route_updates(states: Sequence[RouteState]) -> Updates:
    """The same change the browser makes from ``route_table``, for the first render."""
    for index, state in enumerate(states):
        if state is None:
            yield (ROUTE_TRACES_START + index,), {"visible": False}
        else:
            dash, label = state
            yield (ROUTE_TRACES_START + index,), {"visible": True, "text": label}
            yield (ROUTE_TRACES_START + index, "line"), {"dash": dash}


def country_hovertemplate(atlas: Atlas, year: int, lens: str) -> str:
    """Hover of the view: picks that year's lines from the static per-year hover texts."""
    index = year - atlas.years[0]
    lines = f"%{{customdata[{index}]}}"
    if lens == "alignment":
        lines = f"%{{customdata[{index + len(atlas.years)}]}}<br>" + lines
    return f"<b>%{{text}}</b><br>{lines}<extra></extra>"


def hover_by_year(atlas: Atlas) -> list[list[str]]:
    """Feature → every year's membership text, then every year's alignment text.

    Sent once with the geometry: hover text is the bulk of a year's values, and
    shipping it once keeps a year change down to one small template string.
    """
    orgs = atlas.layer_codes
    led_by = leaders(atlas.facts.organisations)
    members: list[list[str]] = [[] for _ in atlas.features]
    alignment: list[list[str]] = [[] for _ in atlas.features]
    for year in atlas.years:
        held = memberships_on(atlas.facts.memberships, atlas.day(year))
        for index, feature in enumerate(atlas.features.values()):
            memberships = unit_memberships(held, feature)
            members[index].append(hover_lines(memberships, orgs))
            alignment[index].append(ties_hover(ties(memberships, led_by)))
    return [m + a for m, a in zip(members, alignment, strict=True)]


def apply_updates(target: Any, updates: Updates) -> None:
    """Merge ``updates`` into a figure dict or a ``dash.Patch`` (same shallow semantics)."""
    for (trace, *keys), properties in updates:
        node = target["data"][trace]
        for key in keys:
            node = node[key]
        node.update(properties)


def stepped_scale(colours: Sequence[str]) -> list[tuple[float, str]]:
    """A colour scale that maps integer ``i`` (with cmin -0.5) to ``colours[i]``."""
    n = len(colours)
    scale = []
    for index, colour in enumerate(colours):
        scale += [(index / n, colour), ((index + 1) / n, colour)]
    return scale


def country_trace(atlas: Atlas) -> go.Choropleth:
    """The country shapes, coloured by category index through a stepped colour scale."""
    palette = fill_palette(atlas.facts.organisations)
    return go.Choropleth(
        geojson=atlas.geojson,
        featureidkey="id",
        locations=list(atlas.features),
        z=[None] * len(atlas.features),
        zmin=-0.5,
        zmax=len(palette) - 0.5,
        colorscale=stepped_scale(palette),
        showscale=False,
        text=[atlas.facts.state(f.unit).name for f in atlas.features.values()],
        customdata=hover_by_year(atlas),
        marker={"line": {"color": BORDER, "width": BORDER_WIDTH}},
        name="countries",
    )


def badge_trace(colours: Sequence[str]) -> go.Scattergeo:
    """Every badge in one trace; positions, colours and symbols come with each view."""
    return go.Scattergeo(
        lon=[],
        lat=[],
        mode="markers",
        name="badges",
        hoverinfo="skip",
        marker={
            "size": 9,
            "color": [],
            "colorscale": stepped_scale(colours),
            "cmin": -0.5,
            "cmax": len(colours) - 0.5,
            "symbol": [],
            "line": {"color": BADGE_OUTLINE, "width": 1.5},
        },
    )


def route_trace(atlas: Atlas, route_id: str) -> go.Scattergeo:
    """One route's line through its waypoints; status arrives with each year."""
    route = next(r for r in atlas.facts.routes if r.id == route_id)
    lons, lats = atlas.route_lines[route_id]
    return go.Scattergeo(
        lon=list(lons),
        lat=list(lats),
        mode="lines+markers",
        name=route.name,
        visible=False,
        line={"color": ROUTE_COLOUR[route.kind], "width": 3, "dash": "solid"},
        marker={"size": 4, "color": ROUTE_COLOUR[route.kind]},
        text="",
        hovertemplate=(
            f"<b>{route.name}</b><br>%{{text}}<br>source: {urlparse(route.source).netloc}"
            "<extra></extra>"
        ),
    )


def geo_layout(region: str) -> dict:
    """The map's projection and base layers, framed on ``region``."""
    frame = REGIONS[region]
    return {
        "projection": {
            "type": "conic equal area",
            "parallels": [30, 55],
            "rotation": {"lon": 58},
            "scale": frame["scale"],
        },
        "center": frame["center"],
        "lonaxis": {"range": [-25, 150]},
        "lataxis": {"range": [5, 82]},
        "showland": True,
        "landcolor": "#f3f1ec",
        "showocean": True,
        "oceancolor": "#dfe9f0",
        "showlakes": True,
        "lakecolor": "#dfe9f0",
        "showcountries": False,
        "showcoastlines": False,
        "showframe": False,
        "resolution": 110,
        "bgcolor": "rgba(0,0,0,0)",
    }


def base_figure(atlas: Atlas, view: View) -> dict:
    """The full figure as a plain dict, geometry included: built once at start-up."""
    traces = [country_trace(atlas), badge_trace(badge_colours(atlas))]
    traces += [route_trace(atlas, r.id) for r in atlas.facts.routes]
    figure = go.Figure(traces).to_dict()
    apply_updates(figure, view_updates(atlas, view))
    apply_updates(figure, route_updates(route_states(atlas, view.year)))
    figure["layout"] = {
        "geo": geo_layout(view.region),
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "showlegend": False,
        "dragmode": "pan",
        # Routes hover only when the pointer is on them, so a click inside a country
        # near a route still picks the country.
        "hoverdistance": 8,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "hoverlabel": {"bgcolor": "#ffffff", "font": {"size": 13}},
        "uirevision": view.region,
    }
    return figure
