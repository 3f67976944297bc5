"""Lines derived from the shapes for the contest layers: closed borders and hatching.

Why derived, not drawn by hand: a closed border must lie exactly on the border the map
draws, and the shapes share their borders (coverage-simplified), so the line between
two states is the intersection of their outlines. Territories are hatched with lines
clipped to their shape, which leaves the state's fill beneath readable.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import shapely

from geodata.routes import Line

#: Degrees between two hatch lines: about 4 px at the South Caucasus zoom.
HATCH_SPACING = 0.06
#: Decimals of derived line coordinates (about 100 m).
LINE_DECIMALS = 3


def as_line(geometry: shapely.Geometry) -> Line:
    """Plotly's form of (multi)line geometry: longitudes and latitudes, parts separated
    by ``None`` so one trace draws them all."""
    lons: list[float | None] = []
    lats: list[float | None] = []
    for part in shapely.get_parts(shapely.line_merge(geometry)):
        if part.geom_type != "LineString" or part.is_empty:
            continue
        coords = np.round(shapely.get_coordinates(part), LINE_DECIMALS)
        if lons:
            lons.append(None)
            lats.append(None)
        lons += coords[:, 0].tolist()
        lats += coords[:, 1].tolist()
    return tuple(lons), tuple(lats)


def shared_border(first: shapely.Geometry, second: shapely.Geometry) -> Line:
    """The border two states' shapes share, as they are drawn (empty if they do not
    touch)."""
    common = shapely.intersection(first.boundary, second.boundary)
    lines = [p for p in shapely.get_parts(common) if p.geom_type in ("LineString",)]
    return as_line(shapely.multilinestrings(lines)) if lines else ((), ())


def hatching(geometry: shapely.Geometry, spacing: float = HATCH_SPACING) -> Line:
    """Diagonal lines ``spacing`` degrees apart, clipped to ``geometry``."""
    west, south, east, north = geometry.bounds
    span = (east - west) + (north - south)
    offsets = np.arange(0.0, span + spacing, spacing)
    strokes = [
        shapely.LineString([(west + offset - (north - south), south), (west + offset, north)])
        for offset in offsets
    ]
    clipped = shapely.intersection(shapely.multilinestrings(strokes), geometry)
    return as_line(clipped)


def border_lines(
    pairs: set[tuple[str, str]], shapes: Mapping[str, shapely.Geometry]
) -> dict[tuple[str, str], Line]:
    """Each pair of states' shared border, keyed by the pair in the order given."""
    return {pair: shared_border(shapes[pair[0]], shapes[pair[1]]) for pair in sorted(pairs)}
