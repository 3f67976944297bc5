"""What changed in a year: joins, exits, status changes, independence, routes, events.

Pure; the "What changed" list beside the map is a thin view of ``year_changes``. Every
change of every year is found in one pass over the rows (``changes_by_year``, built once
with the facts), so a year's list costs only that year's changes, however many rows
the tables hold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from data.dates import shown, shown_day
from data.schema import Event, Membership, PartOf, Route, RouteStatusPeriod, State

STATUS_WORDS = {
    "member": "joins {org} as a member",
    "observer": "becomes an observer of {org}",
    "associate": "becomes an associate of {org}",
    "dialogue_partner": "becomes a dialogue partner of {org}",
    "partner": "becomes a partner of {org}",
    "suspended": "is suspended in {org}",
    "frozen": "freezes its participation in {org}",
}
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Change:
    """One line of "What changed": when, what kind, whose, and the source."""

    day: date
    kind: str  # join, exit, status, independence, route, event
    country: str | None
    text: str
    source: str
    #: the date as precise as the row gives it ("1988", "Feb 1988", "13 Sep 2022")
    when: str


#: A change and the day it is listed on: its own day, except independence, listed on the
#: last day inside the union (a union dissolved on 31 December belongs to that year).
Listed = tuple[date, Change]


class Listing(Protocol):
    """What keeps every year's changes: ``data.facts.Facts`` (named by its shape, since
    ``data.facts`` builds the lists with this module and this one must not import it)."""

    @property
    def changes_by_year(self) -> Mapping[int, tuple[Listed, ...]]:
        """Calendar year → its changes in date order."""
        ...


def membership_changes(
    memberships: Iterable[Membership], names: Mapping[str, str]
) -> Iterable[Listed]:
    """Every join, status change and exit, on any day (``names``: code → state name).

    A row starting the day after another row of its key ends is a status change, not a
    join; a row ending the day before another starts is not an exit. Both are set
    lookups per key, so the pass is linear in the number of rows.
    """
    by_key: dict[tuple[str, str], list[Membership]] = defaultdict(list)
    for row in memberships:
        by_key[(row.country, row.org)].append(row)
    for (country, org), rows in by_key.items():
        name = names[country]
        ends = {row.last_day for row in rows}
        starts = {row.first_day for row in rows}
        for row in rows:
            kind = "status" if row.first_day - ONE_DAY in ends else "join"
            words = STATUS_WORDS[row.status].format(org=org)
            text = f"{name} {words}"
            yield (
                row.first_day,
                Change(row.first_day, kind, country, text, row.source, shown(row.start)),
            )
            if row.end is not None and row.last_day + ONE_DAY not in starts:
                text = f"{name} leaves {org}"
                yield (
                    row.last_day,
                    Change(row.last_day, "exit", country, text, row.source, shown(row.end)),
                )


def other_changes(
    part_of: Iterable[PartOf],
    routes: Iterable[Route],
    route_status: Iterable[RouteStatusPeriod],
    events: Iterable[Event],
    names: Mapping[str, str],
) -> Iterable[Listed]:
    """Independence, route milestones and events, on any day."""
    for row in part_of:
        if row.end is not None and row.last_day < date.max:
            text = f"{names[row.state]} no longer part of {names[row.part_of]}"
            day = row.last_day + ONE_DAY
            # The day after a month- or year-precise end is no better known than the end.
            when = shown_day(day) if row.end.count("-") == 2 else shown(row.end)
            yield row.last_day, Change(day, "independence", row.state, text, row.source, when)
    route_names = {route.id: route.name for route in routes}
    for period in route_status:
        text = f"{route_names[period.route]}: {period.status.replace('_', ' ')}"
        when = shown(period.start)
        yield period.first_day, Change(period.first_day, "route", None, text, period.source, when)
    for event in events:
        country = event.country_codes[0]
        change = Change(
            event.first_day, "event", country, event.title, event.source, shown(event.start)
        )
        yield event.first_day, change


def changes_by_year(
    states: Iterable[State],
    memberships: Iterable[Membership],
    part_of: Iterable[PartOf],
    routes: Iterable[Route],
    route_status: Iterable[RouteStatusPeriod],
    events: Iterable[Event],
) -> dict[int, tuple[Listed, ...]]:
    """Calendar year → its changes in date order, each with the day it is listed on."""
    names = {state.code: state.name for state in states}
    found = [
        *membership_changes(memberships, names),
        *other_changes(part_of, routes, route_status, events, names),
    ]
    found.sort(key=lambda listed: (listed[1].day, listed[1].kind, listed[1].text))
    by_year: dict[int, list[Listed]] = defaultdict(list)
    for listed in found:
        by_year[listed[0].year].append(listed)
    return {year: tuple(changes) for year, changes in by_year.items()}


def year_changes(facts: Listing, year: int, today: date) -> list[Change]:
    """Everything listed in ``year`` up to ``today``, in date order."""
    return [change for day, change in facts.changes_by_year.get(year, ()) if day <= today]
