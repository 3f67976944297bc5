"""Load and validate every fact table into one immutable ``Facts`` object.

Loading happens once at start-up; afterwards nothing changes, which is what lets the
app run under several workers without shared mutable state.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from data import checks
from data.changes import Listed, changes_by_year
from data.dates import parse_partial
from data.errors import DataError, Problem
from data.loader import Located, read_table
from data.schema import (
    Border,
    Event,
    Membership,
    Organisation,
    PartOf,
    Route,
    RouteStatusPeriod,
    Row,
    SecurityTie,
    Source,
    State,
    Territory,
)

DATA_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Facts:
    """Every validated table, as tuples of immutable rows."""

    states: tuple[State, ...]
    part_of: tuple[PartOf, ...]
    organisations: tuple[Organisation, ...]
    memberships: tuple[Membership, ...]
    routes: tuple[Route, ...]
    route_status: tuple[RouteStatusPeriod, ...]
    events: tuple[Event, ...]
    #: areas held by someone other than the state that claims them
    territories: tuple[Territory, ...]
    #: closed (and briefly opened) land borders between two states
    borders: tuple[Border, ...]
    #: every cited page, by its URL
    sources: Mapping[str, Source]
    #: who armed, trained, garrisoned or monitored whom (see ``data.security``)
    security_ties: tuple[SecurityTie, ...] = ()
    #: the line each row was read from (by the row's identity), for checks made later,
    #: with the shapes, to name the line the loader saw
    lines: Mapping[int, int] = field(default_factory=dict, repr=False, compare=False)

    def line_of(self, row: Row) -> int:
        """The line of ``row`` in its file (0 if it was not read from one)."""
        return self.lines.get(id(row), 0)

    def state(self, code: str) -> State:
        """The state with ``code`` (raises ``KeyError`` if there is none)."""
        return self.states_by_code[code]

    def organisation(self, code: str) -> Organisation:
        """The organisation with ``code`` (raises ``KeyError`` if there is none)."""
        return self.organisations_by_code[code]

    # Indexes, built on first use and never changed: callers look a code up per row.
    @cached_property
    def states_by_code(self) -> Mapping[str, State]:
        """Code → state."""
        return MappingProxyType({state.code: state for state in self.states})

    @cached_property
    def organisations_by_code(self) -> Mapping[str, Organisation]:
        """Code → organisation."""
        return MappingProxyType({o.code: o for o in self.organisations})

    @cached_property
    def memberships_by_country(self) -> Mapping[str, tuple[Membership, ...]]:
        """Country code → its membership rows, in file order (a country's story reads
        them; with 100,000 rows a scan per call cost 10 ms)."""
        grouped: dict[str, list[Membership]] = {}
        for row in self.memberships:
            grouped.setdefault(row.country, []).append(row)
        return MappingProxyType({code: tuple(rows) for code, rows in grouped.items()})

    @cached_property
    def changes_by_year(self) -> Mapping[int, tuple[Listed, ...]]:
        """Calendar year → what changed in it, in date order (see ``data.changes``)."""
        return MappingProxyType(
            changes_by_year(
                self.states,
                self.memberships,
                self.part_of,
                self.routes,
                self.route_status,
                self.events,
            )
        )

    @property
    def geometry_ids(self) -> frozenset[str]:
        """The shape slugs territory rows draw; geodata checks that each one exists."""
        return frozenset(row.geometry for row in self.territories)


def rows_of(located: tuple[Located, ...]) -> tuple:
    """Drop the line numbers once every check has run."""
    return tuple(item.row for item in located)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while tables load.

    Loading builds hundreds of thousands of long-lived objects and no cycles; the
    collector would rescan all of them again and again (measured: 40% of loading
    100,000 membership rows). It resumes, as it was, when loading ends or fails.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_facts(data_dir: Path = DATA_DIR) -> Facts:
    """Read and check every table in ``data_dir``; raise ``DataError`` listing all problems."""
    with collector_paused():
        return check_facts(data_dir)


def check_facts(data_dir: Path) -> Facts:
    """``load_facts`` itself."""
    problems: list[Problem] = []

    def name(file: str) -> str:
        return f"{data_dir.name}/{file}"

    def table(file: str, model: type) -> tuple[Located, ...]:
        return read_table(data_dir / file, model, name(file), problems)

    states = table("states.csv", State)
    part_of = table("part_of.csv", PartOf)
    organisations = table("organisations.csv", Organisation)
    memberships = table("memberships.csv", Membership)
    routes = table("routes.csv", Route)
    route_status = table("route_status.csv", RouteStatusPeriod)
    events = table("events.csv", Event)
    territories = table("territories.csv", Territory)
    borders = table("borders.csv", Border)
    security_ties = table("security_ties.csv", SecurityTie)
    sources = table("sources.csv", Source)

    if problems:
        # Rows must be valid before references between tables mean anything.
        raise DataError(problems)
    state_codes = {item.row.code for item in states}
    org_codes = {item.row.code for item in organisations}
    route_ids = {item.row.id for item in routes}

    problems += checks.duplicates(name("states.csv"), states, lambda r: r.code, "code")
    problems += checks.duplicates(
        name("organisations.csv"), organisations, lambda r: r.code, "code"
    )
    problems += checks.duplicates(name("routes.csv"), routes, lambda r: r.id, "id")
    problems += checks.duplicates(name("events.csv"), events, lambda r: r.id, "id")
    problems += checks.unknown_codes(name("part_of.csv"), part_of, "state", state_codes, "state")
    problems += checks.unknown_codes(name("part_of.csv"), part_of, "part_of", state_codes, "state")
    problems += checks.overlaps(name("part_of.csv"), part_of, lambda r: (r.state,))
    problems += checks.unknown_codes(
        name("memberships.csv"), memberships, "country", state_codes, "country"
    )
    problems += checks.unknown_codes(
        name("memberships.csv"), memberships, "org", org_codes, "organisation"
    )
    problems += checks.overlaps(name("memberships.csv"), memberships, lambda r: (r.country, r.org))
    problems += checks.unknown_codes(
        name("routes.csv"), routes, "countries", state_codes, "country", split=";"
    )
    problems += checks.unknown_codes(
        name("route_status.csv"), route_status, "route", route_ids, "route"
    )
    problems += checks.overlaps(name("route_status.csv"), route_status, lambda r: (r.route,))
    problems += checks.unknown_codes(
        name("events.csv"), events, "countries", state_codes, "country", split=";"
    )
    problems += checks.unknown_codes(
        name("events.csv"),
        [item for item in events if item.row.routes],
        "routes",
        route_ids,
        "route",
        split=";",
    )
    problems += checks.territory_problems(name("territories.csv"), territories, state_codes)
    problems += checks.border_problems(name("borders.csv"), borders, state_codes)
    problems += checks.security_tie_problems(
        name("security_ties.csv"), security_ties, state_codes, org_codes
    )
    problems += impossible_states(name, memberships, part_of, organisations, route_status)
    problems += lifetime_problems(
        name,
        states,
        part_of,
        memberships,
        routes,
        route_status,
        events,
        territories,
        borders,
        security_ties,
    )
    # Sources last: a table replaced by a broken one leaves many sources uncited, and
    # the broken rows' own messages should come first.
    problems += source_problems(
        name,
        sources,
        memberships,
        part_of,
        organisations,
        routes,
        route_status,
        events,
        territories,
        borders,
        security_ties,
    )
    if problems:
        raise DataError(problems)
    facts = Facts(
        states=rows_of(states),
        part_of=rows_of(part_of),
        organisations=rows_of(organisations),
        memberships=rows_of(memberships),
        routes=rows_of(routes),
        route_status=rows_of(route_status),
        events=rows_of(events),
        territories=rows_of(territories),
        borders=rows_of(borders),
        sources=MappingProxyType({item.row.url: item.row for item in sources}),
        security_ties=rows_of(security_ties),
        lines=MappingProxyType(
            {
                id(item.row): item.line
                for table in (routes, territories, security_ties)
                for item in table
            }
        ),
    )
    # Built now, once, so that workers forked after start-up share it.
    facts.changes_by_year  # noqa: B018
    facts.memberships_by_country  # noqa: B018
    return facts


def impossible_states(
    name: Callable[[str], str],
    memberships: tuple[Located[Membership], ...],
    part_of: tuple[Located[PartOf], ...],
    organisations: tuple[Located[Organisation], ...],
    route_status: tuple[Located[RouteStatusPeriod], ...],
) -> list[Problem]:
    """What scrubbing the years must never show: members of an organisation not yet
    founded, members that are not yet states, and short unexplained gaps."""
    founded = {item.row.code: parse_partial(item.row.founded, last=False) for item in organisations}
    file = name("memberships.csv")
    return (
        checks.before_founding(file, memberships, founded)
        + checks.held_inside_predecessor(file, memberships, rows_of(part_of))
        + checks.short_gaps(file, memberships, lambda r: (r.country, r.org))
        + checks.short_gaps(name("route_status.csv"), route_status, lambda r: (r.route,))
    )


def lifetime_problems(
    name: Callable[[str], str],
    states: tuple[Located[State], ...],
    part_of: tuple[Located[PartOf], ...],
    memberships: tuple[Located[Membership], ...],
    routes: tuple[Located[Route], ...],
    route_status: tuple[Located[RouteStatusPeriod], ...],
    events: tuple[Located[Event], ...],
    territories: tuple[Located[Territory], ...],
    borders: tuple[Located[Border], ...],
    security_ties: tuple[Located[SecurityTie], ...],
) -> list[Problem]:
    """Every row that names a state falls within that state's years: nothing says the
    Soviet Union joined an organisation in 2010 (``checks.outside_lifetime``)."""
    lifetimes = checks.state_lifetimes(rows_of(states), rows_of(part_of))
    return (
        checks.rows_outside_lifetimes(
            name("memberships.csv"), memberships, "country", lambda r: [r.country], lifetimes
        )
        + checks.routes_outside_lifetimes(
            name("routes.csv"), routes, rows_of(route_status), lifetimes
        )
        + checks.rows_outside_lifetimes(
            name("events.csv"),
            events,
            "countries",
            lambda r: r.country_codes,
            lifetimes,
            moments=True,
        )
        + checks.rows_outside_lifetimes(
            name("territories.csv"),
            territories,
            "claimed_by",
            lambda r: r.claimant_codes,
            lifetimes,
        )
        + checks.rows_outside_lifetimes(
            name("borders.csv"), borders, "states", lambda r: r.state_codes, lifetimes
        )
        # a provider that is an organisation or off the map has no lifetime to keep
        + checks.rows_outside_lifetimes(
            name("security_ties.csv"), security_ties, "provider", lambda r: [r.provider], lifetimes
        )
        + checks.rows_outside_lifetimes(
            name("security_ties.csv"), security_ties, "host", lambda r: [r.host], lifetimes
        )
    )


def source_problems(
    name: Callable[[str], str],
    sources: tuple[Located[Source], ...],
    *citing: tuple[Located, ...],
) -> list[Problem]:
    """Every cited URL is listed in ``sources.csv`` once, and every listed one is cited."""
    files = (
        "memberships.csv",
        "part_of.csv",
        "organisations.csv",
        "routes.csv",
        "route_status.csv",
        "events.csv",
        "territories.csv",
        "borders.csv",
        "security_ties.csv",
    )
    urls = {item.row.url for item in sources}
    problems = checks.duplicates(name("sources.csv"), sources, lambda r: r.url, "url")
    for file, rows in zip(files, citing, strict=True):
        problems += checks.unknown_codes(
            name(file), rows, "source", urls, "source", table=name("sources.csv")
        )
    cited = {item.row.source for rows in citing for item in rows}
    return problems + checks.uncited(name("sources.csv"), sources, cited)
