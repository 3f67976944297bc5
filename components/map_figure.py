"""Pure builders of the map: the one-time figure with geometry, and each year's values.

The figure's geometry (every feature of every year) is sent once. A year change or a
layer toggle sends only ``year_updates``: per-trace values (fill categories, hover
text, badge positions, route visibility), a few kilobytes at most.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import plotly.graph_objects as go

from components.styling import (
    BADGE_OUTLINE,
    BADGE_SYMBOL,
    BORDER,
    ROUTE_COLOUR,
    ROUTE_DASH,
    ROUTE_STATUS_LABEL,
    STATUS_GROUP,
    STATUS_LABEL,
    fill_category,
    fill_palette,
)
from data.schema import Membership
from data.timeline import memberships_on, route_status_on
from geodata.atlas import Atlas
from geodata.units import Feature

BADGE_SPACING = 1.15  # degrees of longitude between two badges of one country
COUNTRY_TRACE = 0
BADGE_TRACE = 1
ROUTE_TRACES_START = 2


def org_codes(atlas: Atlas) -> tuple[str, ...]:
    """The layer codes in legend order (the order that decides a country's fill)."""
    return tuple(o.code for o in atlas.facts.organisations)


def unit_memberships(held: dict[str, dict[str, Membership]], feature: Feature) -> dict:
    """Organisation → membership of the unit a feature stands for."""
    return held.get(feature.unit, {})


def fill_for(memberships: dict[str, Membership], layers: Sequence[str], orgs: Sequence[str]) -> int:
    """Palette index: the first layer shown (in legend order) that the country is in."""
    for org in orgs:
        if org in layers and org in memberships:
            return fill_category(orgs.index(org), memberships[org].status)
    return 0


def since(row: Membership) -> str:
    """The year a membership began, for hover text."""
    return row.start[:4]


def hover_lines(memberships: dict[str, Membership], orgs: Sequence[str]) -> str:
    """The country's memberships that year, grouped by status, in legend order."""
    by_status: dict[str, list[str]] = {}
    for org in orgs:
        if org in memberships:
            by_status.setdefault(memberships[org].status, []).append(org)
    lines = [f"{STATUS_LABEL[status]}: {', '.join(codes)}" for status, codes in by_status.items()]
    return "<br>".join(lines) if lines else "no membership"


@dataclass(frozen=True)
class Badges:
    """Every badge of a year: position, organisation (as colour index) and symbol."""

    lon: list[float]
    lat: list[float]
    org: list[int]
    symbol: list[int]


def badges_for(
    features: Sequence[Feature],
    held: dict[str, dict[str, Membership]],
    layers: Sequence[str],
    orgs: Sequence[str],
) -> Badges:
    """One badge per layer shown that a country is in, centred in a row on the country."""
    badges = Badges([], [], [], [])
    for feature in features:
        memberships = unit_memberships(held, feature)
        shown = [org for org in orgs if org in layers and org in memberships]
        lon, lat = feature.anchor
        for slot, org in enumerate(shown):
            badges.lon.append(round(lon + (slot - (len(shown) - 1) / 2) * BADGE_SPACING, 1))
            badges.lat.append(lat)
            badges.org.append(orgs.index(org))
            badges.symbol.append(BADGE_SYMBOL[STATUS_GROUP[memberships[org].status]])
    return badges


def badge_marker(colours: Sequence[str], badges: Badges) -> dict:
    """The whole marker of the badge trace; colour is an index into the org colours."""
    n = len(colours)
    scale = []
    for index, colour in enumerate(colours):
        scale += [(index / n, colour), ((index + 1) / n, colour)]
    return {
        "size": 9,
        "color": badges.org,
        "colorscale": scale,
        "cmin": -0.5,
        "cmax": n - 0.5,
        "symbol": badges.symbol,
        "line": {"color": BADGE_OUTLINE, "width": 1.5},
    }


#: (trace index, then keys down to the object to merge into), properties to merge
Updates = Iterator[tuple[tuple[int | str, ...], dict[str, Any]]]


def year_updates(atlas: Atlas, year: int, layers: Sequence[str]) -> Updates:
    """Every value that depends on the year or the layers, as merges into the figure.

    Pure; merged into a ``dash.Patch`` on a change and into the figure at first
    render, so the two can never disagree. One shallow merge per object keeps the
    patch small.
    """
    orgs = org_codes(atlas)
    day = atlas.day(year)
    held = memberships_on(atlas.facts.memberships, day)
    drawn = atlas.features_by_year[year]
    z = [
        fill_for(unit_memberships(held, f), layers, orgs) if fid in drawn else None
        for fid, f in atlas.features.items()
    ]
    yield (COUNTRY_TRACE,), {"z": z, "hovertemplate": country_hovertemplate(atlas, year)}
    features = [f for fid, f in atlas.features.items() if fid in drawn]
    badges = badges_for(features, held, layers, orgs)
    yield (BADGE_TRACE,), {"lon": badges.lon, "lat": badges.lat}
    yield (BADGE_TRACE, "marker"), {"color": badges.org, "symbol": badges.symbol}


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


def country_hovertemplate(atlas: Atlas, year: int) -> str:
    """Hover of the year: picks that year's line from the static per-year hover text."""
    return f"<b>%{{text}}</b><br>%{{customdata[{year - atlas.years[0]}]}}<extra></extra>"


def hover_by_year(atlas: Atlas) -> list[list[str]]:
    """Feature → one hover text per year, sent once with the geometry.

    Why: hover text is the bulk of a year's values; shipping all years once keeps a
    year change down to one small template string.
    """
    texts: list[list[str]] = [[] for _ in atlas.features]
    for year in atlas.years:
        held = memberships_on(atlas.facts.memberships, atlas.day(year))
        for index, feature in enumerate(atlas.features.values()):
            texts[index].append(hover_lines(unit_memberships(held, feature), org_codes(atlas)))
    return texts


def apply_updates(target: Any, updates: Updates) -> None:
    """Merge ``updates`` into a figure dict or a ``dash.Patch`` (same shallow semantics)."""
    for (trace, *keys), properties in updates:
        node = target["data"][trace]
        for key in keys:
            node = node[key]
        node.update(properties)


def country_trace(atlas: Atlas, palette: list[str]) -> go.Choropleth:
    """The country shapes, coloured by category index through a stepped colour scale."""
    n = len(palette)
    scale = []
    for index, colour in enumerate(palette):
        scale += [(index / n, colour), ((index + 1) / n, colour)]
    return go.Choropleth(
        geojson=atlas.geojson,
        featureidkey="id",
        locations=list(atlas.features),
        z=[None] * len(atlas.features),
        zmin=-0.5,
        zmax=n - 0.5,
        colorscale=scale,
        showscale=False,
        text=[atlas.facts.state(f.unit).name for f in atlas.features.values()],
        customdata=hover_by_year(atlas),
        marker={"line": {"color": BORDER, "width": 0.6}},
        name="countries",
    )


def badge_trace(colours: Sequence[str]) -> go.Scattergeo:
    """Every layer's badges in one trace; positions and symbols come with each year."""
    return go.Scattergeo(
        lon=[],
        lat=[],
        mode="markers",
        name="badges",
        hoverinfo="skip",
        marker=badge_marker(colours, Badges([], [], [], [])),
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


GEO_LAYOUT = {
    "projection": {
        "type": "conic equal area",
        "parallels": [30, 55],
        "rotation": {"lon": 58},
        "scale": 2.4,
    },
    "center": {"lon": 58, "lat": 44},
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


def base_figure(atlas: Atlas, year: int, layers: Sequence[str]) -> dict:
    """The full figure as a plain dict, geometry included: built once at start-up."""
    palette = fill_palette(atlas.facts.organisations)
    traces = [country_trace(atlas, palette)]
    traces.append(badge_trace([o.colour for o in atlas.facts.organisations]))
    traces += [route_trace(atlas, r.id) for r in atlas.facts.routes]
    figure = go.Figure(traces).to_dict()
    apply_updates(figure, year_updates(atlas, year, layers))
    apply_updates(figure, route_updates(route_states(atlas, year)))
    figure["layout"] = {
        "geo": GEO_LAYOUT,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "showlegend": False,
        "dragmode": "pan",
        "paper_bgcolor": "rgba(0,0,0,0)",
        "hoverlabel": {"bgcolor": "#ffffff", "font": {"size": 13}},
        "uirevision": "keep-zoom",
    }
    return figure
