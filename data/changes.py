"""What changed in a year: joins, exits, status changes, independence, routes, events.

Pure; the "What changed" list beside the map is a thin view of ``year_changes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from data.dates import shown, shown_day
from data.facts import Facts
from data.schema import Membership

STATUS_WORDS = {
    "member": "joins {org} as a member",
    "observer": "becomes an observer of {org}",
    "associate": "becomes an associate of {org}",
    "dialogue_partner": "becomes a dialogue partner of {org}",
    "partner": "becomes a partner of {org}",
    "suspended": "is suspended in {org}",
    "frozen": "freezes its participation in {org}",
}


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


def in_year(day: date, year: int, today: date) -> bool:
    """Whether ``day`` falls in ``year`` and not after today."""
    return day.year == year and day <= today


def membership_changes(facts: Facts, year: int, today: date) -> list[Change]:
    """Joins, status changes and exits whose date falls in ``year``."""
    by_key: dict[tuple[str, str], list[Membership]] = {}
    for row in facts.memberships:
        by_key.setdefault((row.country, row.org), []).append(row)
    changes = []
    for (country, org), rows in by_key.items():
        name = facts.state(country).name
        for row in rows:
            before = [r for r in rows if r.last_day == row.first_day - timedelta(days=1)]
            if in_year(row.first_day, year, today):
                kind = "status" if before else "join"
                words = STATUS_WORDS[row.status].format(org=org)
                changes.append(
                    Change(
                        row.first_day,
                        kind,
                        country,
                        f"{name} {words}",
                        row.source,
                        shown(row.start),
                    )
                )
            if row.end is None or not in_year(row.last_day, year, today):
                continue
            after = [r for r in rows if r.first_day == row.last_day + timedelta(days=1)]
            if not after:
                text = f"{name} leaves {org}"
                changes.append(
                    Change(row.last_day, "exit", country, text, row.source, shown(row.end))
                )
    return changes


def year_changes(facts: Facts, year: int, today: date) -> list[Change]:
    """Everything that changed in ``year``, in date order."""
    changes = membership_changes(facts, year, today)
    for row in facts.part_of:
        if row.end is not None and in_year(row.last_day, year, today):
            state, parent = facts.state(row.state), facts.state(row.part_of)
            text = f"{state.name} no longer part of {parent.name}"
            day = row.last_day + timedelta(days=1)
            # The day after a month- or year-precise end is no better known than the end.
            when = shown_day(day) if row.end.count("-") == 2 else shown(row.end)
            changes.append(Change(day, "independence", row.state, text, row.source, when))
    routes = {route.id: route for route in facts.routes}
    for period in facts.route_status:
        if in_year(period.first_day, year, today):
            text = f"{routes[period.route].name}: {period.status.replace('_', ' ')}"
            changes.append(
                Change(period.first_day, "route", None, text, period.source, shown(period.start))
            )
    for event in facts.events:
        if in_year(event.first_day, year, today):
            changes.append(
                Change(
                    event.first_day,
                    "event",
                    event.country_codes[0],
                    event.title,
                    event.source,
                    shown(event.start),
                )
            )
    return sorted(changes, key=lambda change: (change.day, change.kind, change.text))
