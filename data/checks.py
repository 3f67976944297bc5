"""Rules that span rows or tables: known codes, no overlapping periods, references.

Each check returns the problems it finds, naming the line and column of the row
that breaks the rule, so the loader can report them all at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from data.errors import Problem
from data.loader import Located
from data.schema import (
    Border,
    Membership,
    PartOf,
    Period,
    Route,
    RouteStatusPeriod,
    Row,
    SecurityTie,
    Source,
    State,
    Territory,
)
from data.security import OFF_MAP_PROVIDERS


def unknown_codes(
    file: str,
    rows: Iterable[Located[Row]],
    column: str,
    known: set[str],
    what: str,
    split: str | None = None,
    table: str = "its table",
) -> list[Problem]:
    """Every value of ``column`` (optionally a ``split``-separated list) must be known."""
    found = []
    for located in rows:
        value = getattr(located.row, column)
        for code in value.split(split) if split else [value]:
            if code not in known:
                rule = f"unknown {what} {code!r}; add it to {table} first"
                found.append(Problem(file, located.line, column, rule))
    return found


def uncited(file: str, sources: Iterable[Located[Source]], cited: set[str]) -> list[Problem]:
    """Every listed source must back at least one row (no dead entries)."""
    return [
        Problem(file, located.line, "url", "no row cites this source; remove it")
        for located in sources
        if located.row.url not in cited
    ]


def before_founding(
    file: str, memberships: Iterable[Located[Membership]], founded: Mapping[str, date]
) -> list[Problem]:
    """No membership may start before its organisation (or its first form) existed."""
    found = []
    for located in memberships:
        row = located.row
        if row.org in founded and row.first_day < founded[row.org]:
            rule = f"{row.country} joins {row.org} before it was founded ({founded[row.org]})"
            found.append(Problem(file, located.line, "start", rule))
    return found


def held_inside_predecessor(
    file: str, memberships: Iterable[Located[Membership]], part_of: Iterable[PartOf]
) -> list[Problem]:
    """No state may hold a membership on a 31 December when the map draws it inside
    another state (the CIS founders signed before the USSR ended, but not by year end)."""
    inside = defaultdict(list)
    for row in part_of:
        inside[row.state].append(row)
    found = []
    for located in memberships:
        row = located.row
        for parent in inside[row.country]:
            first = max(row.first_day, parent.first_day)
            last = min(row.last_day, parent.last_day)
            year_ends = [date(y, 12, 31) for y in range(first.year, min(last.year, 9998) + 1)]
            held = [day for day in year_ends if first <= day <= last]
            if held:
                rule = (
                    f"{row.country} holds {row.status} in {row.org} on {held[0]} while drawn "
                    f"inside {parent.part_of} (data/part_of.csv)"
                )
                found.append(Problem(file, located.line, "start", rule))
    return found


#: Consecutive rows of one key this close together are almost surely a typo.
SHORT_GAP_DAYS = 31


def short_gaps(
    file: str, rows: Iterable[Located[Period]], key: Callable[[Period], tuple[str, ...]]
) -> list[Problem]:
    """A gap of a few days between two rows of one key leaves a year end uncovered by
    mistake: a status change ends the old row the day before the new one starts."""
    found = []
    for group_key, earlier, later in successive(rows, key):
        gap = (later.row.first_day - earlier.row.last_day).days - 1
        if 0 < gap <= SHORT_GAP_DAYS:
            rule = (
                f"starts {gap} days after line {earlier.line} ends for "
                f"{' '.join(group_key)}; end the earlier row the day before"
            )
            found.append(Problem(file, later.line, "start", rule))
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


def successive(
    rows: Iterable[Located[Period]], key: Callable[[Period], tuple[str, ...]]
) -> Iterator[tuple[tuple[str, ...], Located[Period], Located[Period]]]:
    """Each pair of rows of one key that follow each other in time, with the key."""
    groups: dict[tuple[str, ...], list[Located[Period]]] = defaultdict(list)
    for located in rows:
        groups[key(located.row)].append(located)
    for group_key, group in groups.items():
        ordered = sorted(group, key=lambda located: located.row.first_day)
        for earlier, later in pairwise(ordered):
            yield group_key, earlier, later


def overlaps(
    file: str, rows: Iterable[Located[Period]], key: Callable[[Period], tuple[str, ...]]
) -> list[Problem]:
    """Rows with the same ``key`` (e.g. country and org) must not overlap in time."""
    found = []
    for group_key, earlier, later in successive(rows, key):
        if later.row.first_day <= earlier.row.last_day:
            rule = (
                f"period from {later.row.start} overlaps line {earlier.line} "
                f"({earlier.row.start} to {earlier.row.end or 'ongoing'}) "
                f"for {' '.join(group_key)}"
            )
            found.append(Problem(file, later.line, "start", rule))
    return found


def territory_problems(
    file: str, territories: Iterable[Located[Territory]], state_codes: set[str]
) -> list[Problem]:
    """Territory rows: unique ids, known claimants, and one row at a time per area.

    Rows of one area (same ``name``) follow each other: an overlap would draw two
    extents at once, and a gap of a month or less leaves a year end uncovered by
    mistake, as for memberships.
    """
    rows = tuple(territories)
    return (
        duplicates(file, rows, lambda r: r.id, "id")
        + unknown_codes(file, rows, "claimed_by", state_codes, "country", split=";")
        + overlaps(file, rows, lambda r: (r.name,))
        + short_gaps(file, rows, lambda r: (r.name,))
    )


def border_problems(
    file: str, borders: Iterable[Located[Border]], state_codes: set[str]
) -> list[Problem]:
    """Border rows: unique ids, two known states, and one status at a time per pair.

    The pair is the same whichever order ``states`` names it in. No short-gap rule:
    a brief opening is a row of its own between two closed rows.
    """
    rows = tuple(borders)
    return (
        duplicates(file, rows, lambda r: r.id, "id")
        + unknown_codes(file, rows, "states", state_codes, "country", split=";")
        + overlaps(file, rows, lambda r: r.pair)
    )


def security_tie_problems(
    file: str,
    ties: Iterable[Located[SecurityTie]],
    state_codes: set[str],
    org_codes: set[str],
) -> list[Problem]:
    """Security-tie rows: unique ids, and each row's own references (``security_tie_row``).

    Rows of one provider and host may overlap (a base and a delivery in one year), so
    there is no overlap rule here.
    """
    rows = tuple(ties)
    found = duplicates(file, rows, lambda r: r.id, "id")
    for located in rows:
        found += security_tie_row(file, located, state_codes, org_codes)
    return found


def security_tie_row(
    file: str, located: Located[SecurityTie], state_codes: set[str], org_codes: set[str]
) -> list[Problem]:
    """The rules one security-tie row must meet against the other tables.

    One call per row, so a rule that needs more context (the states' lifetimes) is
    one more line here.
    """
    row, line = located.row, located.line
    found = []
    if row.provider not in state_codes | org_codes | OFF_MAP_PROVIDERS.keys():
        rule = (
            f"unknown provider {row.provider!r}; add it to data/states.csv "
            "(or data/organisations.csv) first"
        )
        found.append(Problem(file, line, "provider", rule))
    if row.host not in state_codes:
        rule = f"unknown host {row.host!r}; add it to data/states.csv first"
        found.append(Problem(file, line, "host", rule))
    if row.provider == row.host:
        found.append(Problem(file, line, "host", f"{row.host} cannot provide to itself"))
    return found


@dataclass(frozen=True)
class Lifetime:
    """The days a state exists as the atlas draws it."""

    first: date
    last: date

    def shown(self) -> str:
        first = "" if self.first == date.min else f"from {self.first} "
        last = "on" if self.last == date.max else f"until {self.last}"
        return f"{first}{last}".strip()


#: A part_of row's start when its cell is empty.
EARLIEST_PART = date(1900, 1, 1)
#: A state whose years nothing limits.
ALWAYS = Lifetime(date.min, date.max)


def state_lifetimes(states: Iterable[State], part_of: Iterable[PartOf]) -> dict[str, Lifetime]:
    """When each state existed, as the loader draws it: a predecessor (no shape of its
    own in ``states.csv``, drawn as the union of its parts) from the first day any part
    is drawn inside it to the last; any other state always (a Soviet republic is named
    by events before independence, and ``held_inside_predecessor`` rules memberships).
    """
    parts: dict[str, list[PartOf]] = defaultdict(list)
    for row in part_of:
        parts[row.part_of].append(row)
    lifetimes = {}
    for state in states:
        if state.is_predecessor and parts[state.code]:
            first = min(row.first_day for row in parts[state.code])
            lifetimes[state.code] = Lifetime(
                # part_of's empty start (1900) means "before the atlas begins"
                date.min if first <= EARLIEST_PART else first,
                max(row.last_day for row in parts[state.code]),
            )
        else:
            lifetimes[state.code] = ALWAYS
    return lifetimes


def outside_lifetime(
    file: str,
    line: int,
    column: str,
    code: str,
    first_day: date,
    last_day: date,
    lifetimes: Mapping[str, Lifetime],
    days_after_end: int = 0,
) -> Problem | None:
    """The problem when a row of ``file`` naming state ``code`` in ``column`` covers a day
    (``first_day`` to ``last_day``, ``date.max`` while ongoing) the state did not exist;
    ``None`` when it falls within the state's years (or the code is unknown, which
    ``unknown_codes`` reports). One call per state named, for any table.

    ``days_after_end``: how long after its last day a row may still name the state (an
    event is dated the day the state ends: the Soviet Union's dissolution of 1991-12-26
    names it, a day after Russia's last day inside it)."""
    lifetime = lifetimes.get(code)
    if lifetime is None:
        return None
    last = lifetime.last
    if last < date.max - timedelta(days=days_after_end):
        last += timedelta(days=days_after_end)
    if lifetime.first <= first_day and last_day <= last:
        return None
    runs = f"{first_day} to {'ongoing' if last_day == date.max else last_day}"
    rule = (
        f"{code} exists only {lifetime.shown()} (data/states.csv, data/part_of.csv), "
        f"but the row runs {runs}"
    )
    return Problem(file, line, column, rule)


def rows_outside_lifetimes(
    file: str,
    rows: Iterable[Located[Period]],
    column: str,
    codes: Callable[[Period], Iterable[str]],
    lifetimes: Mapping[str, Lifetime],
    moments: bool = False,
) -> list[Problem]:
    """``outside_lifetime`` for every state each row names in ``column``. With
    ``moments`` (events), a row without an end is its start day alone, and may name a
    state on the day it ends."""
    found = []
    for located in rows:
        row = located.row
        last_day = row.first_day if moments and row.end is None else row.last_day
        for code in codes(row):
            problem = outside_lifetime(
                file,
                located.line,
                column,
                code,
                row.first_day,
                last_day,
                lifetimes,
                days_after_end=1 if moments else 0,
            )
            if problem is not None:
                found.append(problem)
    return found


def routes_outside_lifetimes(
    file: str,
    routes: Iterable[Located[Route]],
    statuses: Iterable[RouteStatusPeriod],
    lifetimes: Mapping[str, Lifetime],
) -> list[Problem]:
    """A route is drawn from its first status row to its last: every state it passes
    through must exist all that time."""
    spans: dict[str, tuple[date, date]] = {}
    for row in statuses:
        first, last = spans.get(row.route, (date.max, date.min))
        spans[row.route] = (min(first, row.first_day), max(last, row.last_day))
    found = []
    for located in routes:
        if located.row.id not in spans:
            continue
        first, last = spans[located.row.id]
        for code in located.row.country_codes:
            problem = outside_lifetime(
                file, located.line, "countries", code, first, last, lifetimes
            )
            if problem is not None:
                found.append(problem)
    return found
