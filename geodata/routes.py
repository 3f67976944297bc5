"""Route lines: ordered waypoints per route, read from ``geodata/route_waypoints.csv``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import shapely

from data.errors import DataError, Problem
from data.loader import Located, read_table
from data.schema import Waypoint
from geodata.precision import NEAR_ENOUGH

Line = tuple[tuple[float, ...], tuple[float, ...]]
WAYPOINTS_NAME = "geodata/route_waypoints.csv"


def waypoint_problems(rows: tuple[Located[Waypoint], ...], route_ids: set[str]) -> list[Problem]:
    """Known routes only, sequence numbers 1..n without gaps, at least two points each."""
    problems = [
        Problem(WAYPOINTS_NAME, item.line, "route", f"unknown route {item.row.route!r}")
        for item in rows
        if item.row.route not in route_ids
    ]
    by_route: dict[str, list[Located[Waypoint]]] = defaultdict(list)
    for item in rows:
        by_route[item.row.route].append(item)
    for route in sorted(route_ids):
        points = by_route.get(route, [])
        if len(points) < 2:
            problems.append(
                Problem(WAYPOINTS_NAME, 1, "route", f"route {route!r} needs at least 2 waypoints")
            )
            continue
        seqs = sorted(item.row.seq for item in points)
        if seqs != list(range(1, len(points) + 1)):
            line = points[0].line
            rule = f"seq of route {route!r} must run 1..{len(points)} without gaps, got {seqs}"
            problems.append(Problem(WAYPOINTS_NAME, line, "seq", rule))
    return problems


def distant_countries(line: Line, codes: tuple[str, ...], shapes: dict) -> list[str]:
    """The listed states the route's line never comes near: a sign of a wrong waypoint."""
    path = shapely.LineString(list(zip(*line, strict=True)))
    return [code for code in codes if path.distance(shapes[code]) > NEAR_ENOUGH]


def load_route_lines(path: Path, route_ids: set[str]) -> dict[str, Line]:
    """Route id → (longitudes, latitudes) in waypoint order; raises ``DataError``."""
    problems: list[Problem] = []
    rows = read_table(path, Waypoint, WAYPOINTS_NAME, problems)
    problems += waypoint_problems(rows, route_ids)
    if problems:
        raise DataError(problems)
    lines: dict[str, Line] = {}
    for route in sorted(route_ids):
        points = sorted((i.row for i in rows if i.row.route == route), key=lambda w: w.seq)
        lines[route] = (tuple(p.lon for p in points), tuple(p.lat for p in points))
    return lines


#: Degrees: a point of a route this close to another route's line is in their corridor.
CORRIDOR = 0.12
#: Degrees between two lanes of a corridor (about 4 px at the South Caucasus zoom): small,
#: so a lane along the Aras stays on its own bank.
LANE_WIDTH = 0.045


def drawn_lines(lines: Mapping[str, Line], together: set[frozenset[str]]) -> dict[str, Line]:
    """Route id → its line as drawn: where it runs in a corridor with a route drawn in the
    same years (``together``: pairs of ids), each takes its own lane (0, +1, -1, +2...,
    in ``lines``' order), so BTC, the South Caucasus Pipeline and the Baku-Tbilisi-Kars
    railway stay apart near Tbilisi; elsewhere it keeps its waypoints."""
    paths = {rid: shapely.LineString(list(zip(*line, strict=True))) for rid, line in lines.items()}
    lane_of: dict[str, int] = {}
    drawn: dict[str, Line] = {}
    for rid, (lons, lats) in lines.items():
        points = shapely.points(lons, lats)
        near = np.zeros(len(lons), dtype=bool)
        neighbours = set()
        for other in lane_of:
            if frozenset((rid, other)) in together:
                close = shapely.distance(points, paths[other]) < CORRIDOR
                if close.any():
                    near |= close
                    neighbours.add(lane_of[other])
        lane_of[rid] = next(lane for lane in lane_sequence() if lane not in neighbours)
        drawn[rid] = offset(lines[rid], lane_of[rid], near)
    return drawn


def lane_sequence():
    """0, +1, -1, +2, -2, ...: the lanes a corridor fills, nearest the middle first."""
    step = 0
    while True:
        yield (step + 1) // 2 * (1 if step % 2 else -1)
        step += 1


def offset(line: Line, lane: int, where: np.ndarray) -> Line:
    """``line`` with the points ``where`` is true moved ``lane`` lanes to its left (right
    when negative), along the average of their segments' normals."""
    if lane == 0 or not where.any():
        return line
    xy = np.column_stack(line)
    direction = np.gradient(xy, axis=0)
    length = np.hypot(direction[:, 0], direction[:, 1])
    length[length == 0] = 1.0
    normal = np.column_stack((-direction[:, 1], direction[:, 0])) / length[:, None]
    moved = np.round(xy + normal * lane * LANE_WIDTH * where[:, None], 3)
    return tuple(moved[:, 0].tolist()), tuple(moved[:, 1].tolist())
