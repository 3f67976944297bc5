"""The map's extent, defined once.

Why here: the schema checks that every point lies on the map, the shape builders clip
to the same box and the map frames it. ``data`` may not import ``geodata``, so the one
definition sits at the bottom of the flow and every other layer imports it.
"""

from __future__ import annotations

#: West, south, east and north edges of the map (lon/lat degrees): shapes are clipped
#: to this box and every point in the tables must lie inside it.
EXTENT: tuple[float, float, float, float] = (-25.0, 5.0, 150.0, 82.0)
LON_RANGE: tuple[float, float] = (EXTENT[0], EXTENT[2])
LAT_RANGE: tuple[float, float] = (EXTENT[1], EXTENT[3])
