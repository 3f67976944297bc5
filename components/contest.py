"""The contest on the map, year by year: contested territory, closed borders and events.

Pure builders. ``contest_values`` decides what a year shows (the reference the browser's
``assets/src/select/contest.js`` is tested against); ``contest_tables`` and
``contest_years`` are what the browser selects from, sent once; ``contest_traces`` are
the figure's traces, empty until a year fills them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import plotly.graph_objects as go

from components.security_layer import (
    SecurityValues,
    security_in,
    security_tables,
    security_values,
)
from components.styling import (
    CLOSED_BORDER,
    EVENT_COLOUR,
    EVENT_LABEL,
    EVENT_SYMBOL,
    HATCH_INK,
    TERRITORY_COLOUR,
    TERRITORY_KINDS,
    TERRITORY_TINT,
    tint,
)
from components.view_state import Highlight
from components.wire import BorderRow, EventRow, TerritoryRow
from data.dates import shown
from data.schema import Border, Event, Territory
from data.timeline import borders_on, territories_on
from geodata.atlas import Atlas
from geodata.routes import Line

OVERLAY_LABEL = {
    "territories": "Contested territory",
    "borders": "Closed borders",
    "events": "Wars, summits and deals",
    "security": "Security ties",
}
#: Event kinds in the order of their legend and of the browser's kind codes.
EVENT_KINDS = tuple(EVENT_SYMBOL)


def publisher(atlas: Atlas, url: str) -> str:
    """How a hover names a source: its publisher."""
    return atlas.facts.sources[url].publisher


def names(atlas: Atlas, codes: Sequence[str]) -> str:
    """State names joined for reading: "Azerbaijan", "Armenia and Turkey"."""
    words = [atlas.facts.state(code).name for code in codes]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def territory_hover(atlas: Atlas, row: Territory) -> str:
    """Who holds the area, who claims it, since when, on what evidence."""
    approximate = atlas.territory_approximate[row.geometry]
    lines = [
        f"<b>{row.name}</b>",
        f"held by {row.held_by}",
        f"claimed by {names(atlas, row.claimant_codes)}",
        f"{row.kind} since {shown(row.start)}",
        f"source: {publisher(atlas, row.source)}",
    ]
    if approximate:
        lines.append("outline approximate (dashed)")
    return "<br>".join(lines)


def border_hover(atlas: Atlas, row: Border) -> str:
    """Which border, closed since when, on what evidence."""
    return "<br>".join(
        [
            f"<b>{names(atlas, row.state_codes)}: border closed</b>",
            f"since {shown(row.start)}",
            f"source: {publisher(atlas, row.source)}",
        ]
    )


def event_dates(event: Event) -> str:
    """An event's dates at their precision: "13 Sep 2022" or "Feb 1988 to 12 May 1994"."""
    return shown(event.start) + (f" to {shown(event.end)}" if event.end else "")


def event_hover(atlas: Atlas, event: Event) -> str:
    """Title, dates, kind and source."""
    return "<br>".join(
        [
            f"<b>{event.title}</b>",
            f"{event_dates(event)} · {EVENT_LABEL[event.kind]}",
            f"source: {publisher(atlas, event.source)}",
        ]
    )


def event_years(atlas: Atlas, event: Event) -> range:
    """The years an event is drawn in: a war from its start to its end, others in the
    year they happened; never after today."""
    last = min(event.last_day, atlas.today).year if event.end else event.first_day.year
    return range(event.first_day.year, last + 1)


def territories_in(atlas: Atlas, year: int) -> list[int]:
    """Indices of the territory rows in force on the map's day of ``year``."""
    held = set(map(id, territories_on(atlas.facts.territories, atlas.day(year)).values()))
    return [i for i, row in enumerate(atlas.facts.territories) if id(row) in held]


def borders_in(atlas: Atlas, year: int) -> list[int]:
    """Indices of the border rows that say "closed" on the map's day of ``year``."""
    rows = borders_on(atlas.facts.borders, atlas.day(year)).values()
    closed = {id(row) for row in rows if row.status == "closed"}
    return [i for i, row in enumerate(atlas.facts.borders) if id(row) in closed]


def events_in(atlas: Atlas, year: int) -> list[int]:
    """Indices of the events drawn in ``year`` (only those that have begun by the map's
    day, so the current year shows no future event)."""
    day = atlas.day(year)
    return [
        i
        for i, event in enumerate(atlas.facts.events)
        if year in event_years(atlas, event) and event.first_day <= day
    ]


def joined(lines: Sequence[Line]) -> tuple[list[float | None], list[float | None]]:
    """Several lines as one trace's coordinates, separated by ``None``."""
    lons: list[float | None] = []
    lats: list[float | None] = []
    for line_lons, line_lats in lines:
        if not line_lons:
            continue
        if lons:
            lons.append(None)
            lats.append(None)
        lons += line_lons
        lats += line_lats
    return lons, lats


@dataclass
class ContestValues:
    """What the contest layers draw in one view."""

    territory_locations: list[str] = field(default_factory=list)
    territory_z: list[int] = field(default_factory=list)
    territory_line: list[str] = field(default_factory=list)
    territory_width: list[float] = field(default_factory=list)
    territory_hover: list[str] = field(default_factory=list)
    territory_claimant: list[str] = field(default_factory=list)
    hatch: tuple[list, list] = ([], [])
    approximate: tuple[list, list] = ([], [])
    border: tuple[list, list] = ([], [])
    border_hover: list[str | None] = field(default_factory=list)
    event_lon: list[float] = field(default_factory=list)
    event_lat: list[float] = field(default_factory=list)
    event_kind: list[int] = field(default_factory=list)
    event_hover: list[str] = field(default_factory=list)
    event_country: list[str] = field(default_factory=list)
    event_size: list[float] = field(default_factory=list)
    security: SecurityValues = field(default_factory=SecurityValues)


#: Territory outlines and event marks, and the stronger ones a story chapter points at.
TERRITORY_WIDTH = (1.5, 4.0)
EVENT_SIZE = (11, 19)


def contest_values(
    atlas: Atlas, year: int, overlays: Sequence[str], highlight: Highlight | None = None
) -> ContestValues:
    """The contest a year shows, for the overlays switched on (the reference); what a
    story chapter points at (``highlight``) is drawn stronger."""
    highlight = highlight or Highlight()
    values = ContestValues()
    if "territories" in overlays:
        rows = [atlas.facts.territories[i] for i in territories_in(atlas, year)]
        values.territory_locations = [row.geometry for row in rows]
        values.territory_z = [TERRITORY_KINDS.index(row.kind) for row in rows]
        values.territory_line = [TERRITORY_COLOUR[row.kind] for row in rows]
        values.territory_width = [TERRITORY_WIDTH[row.id in highlight.territories] for row in rows]
        values.territory_hover = [territory_hover(atlas, row) for row in rows]
        values.territory_claimant = [row.claimant_codes[0] for row in rows]
        values.hatch = joined([atlas.hatches[row.geometry] for row in rows])
        values.approximate = joined(
            [
                atlas.outlines[row.geometry]
                for row in rows
                if atlas.territory_approximate[row.geometry]
            ]
        )
    if "borders" in overlays:
        rows = [atlas.facts.borders[i] for i in borders_in(atlas, year)]
        lines = [atlas.border_lines[row.pair] for row in rows]
        values.border = joined(lines)
        for row, line in zip(rows, lines, strict=True):
            if line[0]:
                values.border_hover += ([None] if values.border_hover else []) + [
                    border_hover(atlas, row)
                ] * len(line[0])
    if "events" in overlays:
        for i in events_in(atlas, year):
            event = atlas.facts.events[i]
            values.event_lon.append(event.lon)
            values.event_lat.append(event.lat)
            values.event_kind.append(EVENT_KINDS.index(event.kind))
            values.event_hover.append(event_hover(atlas, event))
            values.event_country.append(event.country_codes[0])
            values.event_size.append(EVENT_SIZE[event.id in highlight.events])
    values.security = security_values(atlas, year, overlays)
    return values


def territory_scale() -> list[tuple[float, str]]:
    """Territory tint by kind index, as a stepped colour scale."""
    n = len(TERRITORY_KINDS)
    scale = []
    for index, kind in enumerate(TERRITORY_KINDS):
        colour = tint(TERRITORY_COLOUR[kind], TERRITORY_TINT)
        scale += [(index / n, colour), ((index + 1) / n, colour)]
    return scale


def contest_traces(geometry_url: str) -> list[go.BaseTraceType]:
    """Territories (tint and outline, with their hover), hatching, dashed outlines of
    approximate shapes and closed borders; every year fills them."""
    line_colour = [TERRITORY_COLOUR[k] for k in TERRITORY_KINDS]
    return [
        go.Choropleth(
            geojson=geometry_url,
            featureidkey="id",
            name="territories",
            zmin=-0.5,
            zmax=len(TERRITORY_KINDS) - 0.5,
            colorscale=territory_scale(),
            showscale=False,
            marker={"line": {"color": line_colour[0], "width": TERRITORY_WIDTH[0]}},
            hovertemplate="%{customdata[0]}<extra></extra>",
        ),
        go.Scattergeo(
            mode="lines",
            name="hatching",
            line={"color": HATCH_INK, "width": 1},
            hoverinfo="skip",
        ),
        go.Scattergeo(
            mode="lines",
            name="approximate outlines",
            line={"color": "#111111", "width": 1.5, "dash": "dash"},
            hoverinfo="skip",
        ),
        go.Scattergeo(
            mode="lines",
            name="closed borders",
            line={"color": CLOSED_BORDER, "width": 3.5, "dash": "dot"},
            hovertemplate="%{text}<extra></extra>",
        ),
    ]


def event_trace() -> go.Scattergeo:
    """Every event drawn in a year, by kind; a click opens its first country."""
    return go.Scattergeo(
        mode="markers",
        name="events",
        marker={
            "size": EVENT_SIZE[0],
            "line": {"color": "#ffffff", "width": 1.2},
            "opacity": 0.95,
        },
        hovertemplate="%{customdata[0]}<extra></extra>",
    )


def contest_tables(atlas: Atlas) -> dict[str, Any]:
    """What the browser selects the contest from, sent once: the rows' drawing and
    hover, the hatching and outlines of each shape, each border's line."""
    facts = atlas.facts
    return {
        "territories": [
            TerritoryRow(
                location=row.geometry,
                kind=TERRITORY_KINDS.index(row.kind),
                hover=territory_hover(atlas, row),
                claimant=row.claimant_codes[0],
                id=row.id,
            )
            for row in facts.territories
        ],
        "territoryWidth": list(TERRITORY_WIDTH),
        "eventSize": list(EVENT_SIZE),
        "hatch": {g: atlas.hatches[g] for g in sorted(facts.geometry_ids)},
        "approximate": {
            g: atlas.outlines[g]
            for g in sorted(facts.geometry_ids)
            if atlas.territory_approximate[g]
        },
        "borders": [
            BorderRow(states=list(row.pair), hover=border_hover(atlas, row))
            for row in facts.borders
        ],
        "borderLines": {"|".join(pair): line for pair, line in atlas.border_lines.items()},
        "events": [
            EventRow(
                lon=e.lon,
                lat=e.lat,
                kind=EVENT_KINDS.index(e.kind),
                hover=event_hover(atlas, e),
                country=e.country_codes[0],
                id=e.id,
            )
            for e in facts.events
        ],
        "eventSymbol": [EVENT_SYMBOL[k] for k in EVENT_KINDS],
        "eventColour": [EVENT_COLOUR[k] for k in EVENT_KINDS],
        "territoryColour": [TERRITORY_COLOUR[k] for k in TERRITORY_KINDS],
        "security": security_tables(atlas),
    }


def contest_years(atlas: Atlas, year: int) -> dict[str, list[int]]:
    """One year's contest, as indices into ``contest_tables``."""
    return {
        "territories": territories_in(atlas, year),
        "borders": borders_in(atlas, year),
        "events": events_in(atlas, year),
        "security": security_in(atlas, year),
    }
