"""Rules that span rows or tables: known codes, no overlapping periods, references.

Each check returns the problems it finds, naming the line and column of the row
that breaks the rule, so the loader can report them all at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from itertools import pairwise

from data.errors import Problem
from data.loader import Located
from data.schema import Period, Row


def unknown_codes(
    file: str,
    rows: Iterable[Located[Row]],
    column: str,
    known: set[str],
    what: str,
    split: str | None = None,
) -> list[Problem]:
    """Every value of ``column`` (optionally a ``split``-separated list) must be known."""
    found = []
    for located in rows:
        value = getattr(located.row, column)
        for code in value.split(split) if split else [value]:
            if code not in known:
                rule = f"unknown {what} {code!r}; add it to its table first"
                found.append(Problem(file, located.line, column, rule))
    return found


def duplicates(
    file: str, rows: Iterable[Located[Row]], key: Callable[[Row], Hashable], column: str
) -> list[Problem]:
    """No two rows may share ``key``."""
    first_line: dict[Hashable, int] = {}
    found = []
    for located in rows:
        value = key(located.row)
        if value in first_line:
            rule = f"{value!r} repeats line {first_line[value]}"
            found.append(Problem(file, located.line, column, rule))
        else:
            first_line[value] = located.line
    return found


def overlaps(
    file: str, rows: Iterable[Located[Period]], key: Callable[[Period], tuple[str, ...]]
) -> list[Problem]:
    """Rows with the same ``key`` (e.g. country and org) must not overlap in time."""
    groups: dict[tuple[str, ...], list[Located[Period]]] = defaultdict(list)
    for located in rows:
        groups[key(located.row)].append(located)
    found = []
    for group_key, group in groups.items():
        ordered = sorted(group, key=lambda located: located.row.first_day)
        for earlier, later in pairwise(ordered):
            if later.row.first_day <= earlier.row.last_day:
                rule = (
                    f"period from {later.row.start} overlaps line {earlier.line} "
                    f"({earlier.row.start} to {earlier.row.end or 'ongoing'}) "
                    f"for {' '.join(group_key)}"
                )
                found.append(Problem(file, later.line, "start", rule))
    return found
