"""Names on the map: states at a point inside their shape, and the cities the routes and
events name, so the map reads without hovering.

Python gives the candidates (each feature's name, label point and extent; each place's
name, point, kind and rank, and which apply in which year); the browser
(``assets/labels.js``) places them for the zoom and size on screen, most important
first, and leaves out any label that would collide with one already placed.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import shapely
import shapely.ops

from components.view_state import REGIONS
from components.wire import PlaceLabel, StateLabel
from geodata.atlas import Atlas
from geodata.places import places_on
from geodata.units import ANCHOR_BOX, Feature

#: Text sizes in px, and the zoom (plotly's projection scale) from which each rank of
#: place is a candidate: capitals of rank 0-1 from the start, all capitals and towns of
#: rank up to 5 from the Central Asia preset (5), every place from the Caucasus one (11).
STATE_FONT = 12
CITY_FONT = 11
RANK_FROM_SCALE = ((0.0, 1, "capital"), (4.0, 5, None), (8.0, 99, None))
FONT_FAMILY = '"DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif'


Point = list[float]


def label_point(
    geometry: shapely.Geometry, box: tuple[float, float, float, float]
) -> tuple[Point, list[float]] | None:
    """Where a name goes within ``box``: the pole of inaccessibility of the largest part
    there (so the USSR's name sits in Kazakhstan's steppe, not in Chukotka), and that
    part's extent (at a small zoom a name is shown only if it fits); None outside."""
    clipped = shapely.clip_by_rect(geometry, *box)
    if clipped.is_empty:
        return None
    largest = max(shapely.get_parts(clipped), key=lambda part: part.area)
    if largest.area == 0:
        return None
    point = shapely.ops.polylabel(largest, tolerance=0.02)
    return [round(point.x, 2), round(point.y, 2)], [round(b, 2) for b in largest.bounds]


def state_label(atlas: Atlas, feature: Feature) -> StateLabel:
    """A state's name, its usual point and extent, then a point for each region preset
    that shows only part of it (the browser uses the first point in view)."""
    main = label_point(feature.geometry, ANCHOR_BOX) or label_point(
        feature.geometry, feature.geometry.bounds
    )
    points = [main[0]]
    for region in REGIONS.values():
        inside = label_point(feature.geometry, region["box"])
        if inside is not None and inside[0] not in points:
            points.append(inside[0])
    return StateLabel(
        name=atlas.facts.state(feature.unit).name, extent=list(main[1]), points=points
    )


def label_tables(atlas: Atlas) -> dict[str, Any]:
    """Every candidate label, sent once, and each year's places."""
    states = [state_label(atlas, feature) for feature in atlas.features.values()]
    places = list(atlas.places)
    # By identity: comparing places (pydantic rows) field by field cost a second a page.
    position: dict[int, int] = {}
    for index, place in enumerate(places):
        position.setdefault(id(place), index)
    return {
        "states": states,
        "places": [
            PlaceLabel(lon=p.lon, lat=p.lat, name=p.name, kind=p.kind, rank=p.rank) for p in places
        ],
        "years": [
            [position[id(p)] for p in places_on(places, atlas.day(year))] for year in atlas.years
        ],
        "stateFont": STATE_FONT,
        "cityFont": CITY_FONT,
        "fontFamily": FONT_FAMILY,
        "rankFromScale": [list(step) for step in RANK_FROM_SCALE],
    }


def label_traces() -> list[go.Scattergeo]:
    """State names, then city dots with names: filled by the browser for the view."""
    return [
        go.Scattergeo(
            mode="text",
            name="state labels",
            textfont={"size": STATE_FONT, "color": "#2b2b2b", "family": FONT_FAMILY},
            hoverinfo="skip",
        ),
        go.Scattergeo(
            mode="markers+text",
            name="city labels",
            textposition="middle right",
            marker={"size": 5, "color": "#222222", "line": {"color": "#ffffff", "width": 1}},
            textfont={"size": CITY_FONT, "color": "#111111", "family": FONT_FAMILY},
            hoverinfo="skip",
        ),
    ]
