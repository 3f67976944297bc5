"""How finely the shapes are drawn and matched, defined once.

Why one module: the shape builders simplify and round, the loader rounds again for
the browser, and the checks decide how far from a shape a point may fall. The numbers
depend on each other (a rounding must stay well under the tolerance it follows; "near"
must cover what simplification moved), so they sit side by side.

Two levels of detail: readers zoom into the South Caucasus and Central Asia, where a
route along the Aras runs a few kilometres from three borders, so shapes inside
``FINE_BOX`` keep finer detail than the rest of the map.
"""

from __future__ import annotations

import numpy as np
import shapely

#: West, south, east and north edges (lon/lat degrees) of the region readers zoom into:
#: the South Caucasus and Central Asia with all of Turkey, Iran and Afghanistan,
#: southern Russia and western China. Everything inside keeps finer detail.
FINE_BOX: tuple[float, float, float, float] = (25.5, 25.0, 90.0, 56.0)
#: Coverage-simplification tolerance (degrees; roughly the side of the smallest
#: triangle that survives) outside and inside ``FINE_BOX``.
COARSE_TOLERANCE = 0.05
FINE_TOLERANCE = 0.02
#: Longest straight edge (degrees) kept: d3 draws long edges as great-circle arcs.
SEGMENT_LENGTH = 1.0
#: Decimals of the committed shape files (0.001 degree, about 100 m).
FILE_DECIMALS = 3
#: Decimals sent to the browser outside and inside ``FINE_BOX`` (about 1 km and
#: 100 m): each well under the tolerance the shapes were simplified at there.
SERVED_DECIMALS = 2
FINE_SERVED_DECIMALS = 3
#: Decimals of points: city labels, like route waypoints and events (about 1 km).
POINT_DECIMALS = 2
#: Degrees: how far off a shape a point (a city, a coastal terminal) may fall and still
#: count as on it (terminals on a simplified coast lie up to about 0.01 off).
NEAR_SHAPE = 0.05
#: Degrees: how far a route's line may pass from a state it is said to cross (the
#: largest need is 0.024, Alashankou on the China-Kazakhstan border; 0.3 before the
#: 1:10m shapes, when the Aras routes wobbled across simplified borders).
NEAR_ENOUGH = 0.05


def in_fine_box(xy: np.ndarray) -> np.ndarray:
    """Which points lie in ``FINE_BOX``, where shapes keep finer detail.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` array of longitudes and latitudes.

    Returns
    -------
    numpy.ndarray
        ``(n,)`` booleans, true inside the box or on its edge.
    """
    west, south, east, north = FINE_BOX
    lon, lat = xy[:, 0], xy[:, 1]
    return (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)


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
    rounded = np.round(xy, SERVED_DECIMALS)
    fine = in_fine_box(xy)
    rounded[fine] = np.round(xy[fine], FINE_SERVED_DECIMALS)
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
        The shape with ``FINE_SERVED_DECIMALS`` inside ``FINE_BOX`` and
        ``SERVED_DECIMALS`` elsewhere. The decimals depend only on where a vertex lies,
        so a vertex shared by two shapes is rounded alike in both and shared borders
        stay shared. Rounding can flip a tiny ring: orient again before drawing.
    """
    return shapely.transform(geometry, _round_served_xy)
