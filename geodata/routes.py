"""Route lines: ordered waypoints per route, read from ``geodata/route_waypoints.csv``."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

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
