"""How finely the shapes are drawn and matched, defined once.

Why one module: the shape builders simplify and round, the loader rounds again for
the browser, and the checks decide how far from a shape a point may fall. The numbers
depend on each other (a rounding must stay well under the tolerance it follows; "near"
must cover what simplification moved), so they sit side by side.

Zones of detail: every change of year redraws every drawn vertex, so each part of the
map keeps only the detail the closest view that shows it can draw, about one pixel of
a 1440 px wide desktop. The South Caucasus preset (projection scale 11) draws a degree
about 50 px wide, the Central Asia preset (scale 5) about 23 px, the Eurasia preset
(scale 2.4) about 11 px and the whole map about 5 px; ``ZONES`` follows them, finest
first, and the Aras valley, where a route runs a few kilometres from three borders,
lies in the finest.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from data.extent import EXTENT

#: West, south, east and north edges of a lon/lat box (degrees).
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Zone:
    """Part of the map kept at one level of detail."""

    name: str
    #: the zone is the union of these boxes less every finer zone
    boxes: tuple[Box, ...]
    #: coverage-simplification tolerance (degrees; roughly the side of the smallest
    #: triangle that survives)
    tolerance: float
    #: decimals the browser receives, well under the tolerance
    served_decimals: int


#: Finest first; the last covers the whole map. The South Caucasus and Eurasia boxes
#: are those presets' views on a 1440 x 900 window, rounded outwards; the region's
#: first box holds the Central Asia preset's view (lon 41..92, lat 30..51).
ZONES: tuple[Zone, ...] = (
    # the South Caucasus preset's view: the three states, the Aras, north-eastern
    # Turkey and north-western Iran, the Caucasus and the middle of the Caspian
    Zone("South Caucasus", ((34.0, 35.6, 56.0, 46.0),), 0.02, 3),
    # the Caucasus, Central Asia and their neighbours (all of Turkey, Iran and
    # Afghanistan, southern Russia, western China), and the Southern Gas Corridor's
    # way west through Greece and Albania to Apulia, where TAP makes landfall
    Zone("region", ((25.5, 25.0, 92.0, 56.0), (18.0, 39.0, 25.5, 42.5)), 0.05, 3),
    # the Eurasia preset's view, the map as it opens
    Zone("Eurasia", ((-1.0, 18.5, 117.0, 62.0),), 0.1, 2),
    # off screen until a reader pans or zooms out: Iberia, the British Isles, Africa
    # south of the Sahel, the Arctic coast, Japan and South-East Asia
    Zone("rest of the map", (EXTENT,), 0.2, 2),
)
#: An island smaller in area than a square this fraction of its zone's tolerance on a
#: side (about half a pixel on a side where that zone is seen) is left out, unless it
#: is its state's largest part or touches another state: simplification would keep it
#: as a triangle of three or four vertices that draws as a speck.
ISLET_SIDE = 0.5
#: Longest straight edge (degrees) kept: d3 draws long edges as great-circle arcs.
SEGMENT_LENGTH = 1.0
#: Decimals of the committed shape files (0.001 degree, about 100 m).
FILE_DECIMALS = 3
#: Decimals of points: city labels, like route waypoints and events (about 1 km).
POINT_DECIMALS = 2
#: Degrees: how far off a shape a point (a city, a coastal terminal) may fall and still
#: count as on it (terminals on a simplified coast lie up to about 0.01 off), or the
#: tolerance of the zone it lies in where that is coarser (see ``near_shape``).
NEAR_SHAPE = 0.05
#: Degrees: how far a route's line may pass from a state it is said to cross (the
#: largest need is 0.024, Alashankou on the China-Kazakhstan border; 0.3 before the
#: 1:10m shapes, when the Aras routes wobbled across simplified borders).
NEAR_ENOUGH = 0.05


def zone_index(xy: np.ndarray) -> np.ndarray:
    """The finest zone each point lies in.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` array of longitudes and latitudes.

    Returns
    -------
    numpy.ndarray
        ``(n,)`` indices into ``ZONES``; a point on the edge between two zones belongs
        to the finer, and one off the map to the last.
    """
    lon, lat = xy[:, 0], xy[:, 1]
    index = np.full(len(xy), len(ZONES) - 1)
    for number in reversed(range(len(ZONES))):
        for west, south, east, north in ZONES[number].boxes:
            inside = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
            index[inside] = number
    return index


def zone_areas() -> list[shapely.Geometry]:
    """Each zone as a polygon, finest first: its boxes less the finer zones.

    Returns
    -------
    list of shapely.Geometry
        Polygons that do not overlap and together cover ``EXTENT``.
    """
    areas: list[shapely.Geometry] = []
    taken = shapely.Polygon()
    for zone in ZONES:
        boxes = shapely.union_all([shapely.box(*box) for box in zone.boxes])
        area = shapely.difference(shapely.clip_by_rect(boxes, *EXTENT), taken)
        areas.append(area)
        taken = shapely.union(taken, area)
    return areas


def tolerance_at(geometry: shapely.Geometry) -> float:
    """The tolerance of the finest zone a shape touches.

    Parameters
    ----------
    geometry : shapely.Geometry
        A shape in lon/lat degrees.

    Returns
    -------
    float
        The finest tolerance its borders may have been simplified at.
    """
    for zone in ZONES:
        if any(geometry.intersects(shapely.box(*box)) for box in zone.boxes):
            return zone.tolerance
    return ZONES[-1].tolerance


def near_shape(xy: np.ndarray) -> np.ndarray:
    """How far off a shape each point may fall and still count as on it.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` array of longitudes and latitudes.

    Returns
    -------
    numpy.ndarray
        ``(n,)`` degrees: ``NEAR_SHAPE``, or the tolerance of the zone the point lies in
        where that is coarser (a coast simplified at 0.2 degree leaves Freetown 0.11 off).
    """
    tolerances = np.array([zone.tolerance for zone in ZONES])
    return np.maximum(NEAR_SHAPE, tolerances[zone_index(xy)])


def round_file(geometry: shapely.Geometry | np.ndarray) -> shapely.Geometry | np.ndarray:
    """Round every vertex as the committed shape files store it.

    Parameters
    ----------
    geometry : shapely.Geometry or numpy.ndarray of them
        Shapes in lon/lat degrees.

    Returns
    -------
    shapely.Geometry or numpy.ndarray
        The same shapes with every coordinate rounded to ``FILE_DECIMALS``, which keeps
        the files small and their diffs readable.
    """
    return shapely.transform(geometry, lambda xy: np.round(xy, FILE_DECIMALS))


def _round_served_xy(xy: np.ndarray) -> np.ndarray:
    index = zone_index(xy)
    rounded = np.empty_like(xy)
    for number, zone in enumerate(ZONES):
        here = index == number
        rounded[here] = np.round(xy[here], zone.served_decimals)
    return rounded


def round_served(geometry: shapely.Geometry) -> shapely.Geometry:
    """Round every vertex as the browser receives it.

    Parameters
    ----------
    geometry : shapely.Geometry
        A shape in lon/lat degrees.

    Returns
    -------
    shapely.Geometry
        The shape with each vertex rounded to the ``served_decimals`` of its zone. The
        decimals depend only on where a vertex lies, so a vertex shared by two shapes
        is rounded alike in both and shared borders stay shared. Rounding can flip a
        tiny ring: orient again before drawing.
    """
    return shapely.transform(geometry, _round_served_xy)
