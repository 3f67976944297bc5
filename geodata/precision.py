"""How finely the shapes are drawn and matched, defined once.

Why one module: the shape builder simplifies and rounds, the loader rounds again for
the browser, and the checks decide how far from a shape a point may fall. The numbers
depend on each other (a rounding must stay well under the tolerance it follows; "near"
must cover what simplification moved), so they sit side by side.
"""

from __future__ import annotations

import numpy as np
import shapely

#: Coverage-simplification tolerance (degrees; roughly the side of the smallest
#: triangle that survives).
COARSE_TOLERANCE = 0.05
#: Longest straight edge (degrees) kept: d3 draws long edges as great-circle arcs.
SEGMENT_LENGTH = 1.0
#: Decimals of the committed shape files (0.001 degree, about 100 m).
FILE_DECIMALS = 3
#: Decimals sent to the browser (0.01 degree, about 1 km): well under the tolerance.
SERVED_DECIMALS = 2
#: Degrees: how far off a shape a clicked point may fall and still count as on it.
NEAR_SHAPE = 0.3
#: Degrees: how far a route's line may pass from a state it is said to cross (the
#: simplified borders wobble under routes that follow a frontier, such as the Aras).
NEAR_ENOUGH = 0.3


def round_file(geometry: shapely.Geometry | np.ndarray) -> shapely.Geometry | np.ndarray:
    """Round every vertex to ``FILE_DECIMALS``, so committed files stay small and stable."""
    return shapely.transform(geometry, lambda xy: np.round(xy, FILE_DECIMALS))


def round_served(geometry: shapely.Geometry) -> shapely.Geometry:
    """Round every vertex as the browser receives it (``SERVED_DECIMALS``)."""
    return shapely.transform(geometry, lambda xy: np.round(xy, SERVED_DECIMALS))
