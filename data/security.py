"""Hard power: who armed, trained, garrisoned or monitored whom, day by day and year by year.

The seed article's point is that the region's states keep several partners at once;
organisations show only half of it. A base, a peacekeeping force, a training programme
or a batch of drones ties a state to a power as surely as a treaty does. These pure
functions select from ``security_ties.csv`` what the map, the alignment lens and the
country panel show; nothing here draws.

Two kinds of row are read differently:

- a **standing tie** (a base, a force, a programme, a recurring exercise series) holds
  from its first to its last day, like every other row in the atlas;
- a **delivery** counts in the years the weapons arrived (``start``..``end`` are the
  delivery years; an empty ``end`` means the delivery year(s) of ``start`` only), so a
  drone delivered in 2020 is a tie of 2020, not of every year after.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from data.alignment import CENTRES
from data.dates import as_of
from data.schema import Membership, SecurityTie
from data.timeline import memberships_on

#: states that stand for Russia: the Russian Federation and, before 1992, the USSR
RUSSIA = frozenset({"RUS", "SUN"})
#: providers that stand for the West whatever the year: the United States, the United
#: Kingdom, and the EU and NATO acting as bodies (EU member states count while members)
WEST = frozenset({"USA", "GBR", "EU", "NATO"})
#: providers that are states but lie outside the map's extent, so ``states.csv`` (the
#: states drawn) has no row for them; the loader accepts them as providers
OFF_MAP_PROVIDERS: Mapping[str, str] = {"USA": "United States"}
#: organisations that act as one provider, and the centre each stands for
ORGANISATION_CENTRES: Mapping[str, str] = {"CSTO": "russia", "SCO": "china"}

#: what a lens badge says for each kind ("Russia: base, arms")
KIND_LABELS: Mapping[str, str] = {
    "base": "base",
    "peacekeeping": "peacekeepers",
    "training": "training",
    "exercise": "exercises",
    "arms_delivery": "arms",
    "licensed_production": "licensed production",
}
#: the order badges list kinds in: presence first, then training, then hardware
KIND_ORDER = (
    "base",
    "peacekeeping",
    "training",
    "exercise",
    "arms_delivery",
    "licensed_production",
)


def in_force(tie: SecurityTie, day: date) -> bool:
    """Whether ``tie`` counts on ``day``.

    A standing tie counts while it holds; a delivery counts through every year of
    its delivery window, so the map year that shows 31 December still shows a delivery
    of March.
    """
    if tie.is_delivery:
        last = tie.first_day.year if tie.end is None else tie.last_day.year
        return tie.first_day.year <= day.year <= last
    return tie.holds_on(day)


def ties_on(ties: Iterable[SecurityTie], day: date) -> tuple[SecurityTie, ...]:
    """Every tie that counts on ``day``, in the table's order."""
    return tuple(tie for tie in ties if in_force(tie, day))


def ties_in_year(ties: Iterable[SecurityTie], year: int, today: date) -> tuple[SecurityTie, ...]:
    """The ties the map shows for ``year``: what held on 31 December, or today.

    The same day as every other layer (``data.dates.as_of``), so a base closed in
    June is gone from that year's map, as a membership ended in June is.
    """
    return ties_on(ties, as_of(year, today))


def eu_members_on(memberships: Iterable[Membership], day: date) -> frozenset[str]:
    """The EU's member states on ``day`` (their arms count for the West only then).

    Through ``memberships_on``, which indexes the loaded table: a scan of 100,000 rows
    per tie and year took two seconds of start-up."""
    held = memberships_on(memberships, day)
    return frozenset(
        country for country, orgs in held.items() if "EU" in orgs and orgs["EU"].status == "member"
    )


def centre_of(provider: str, eu_members: frozenset[str] = frozenset()) -> str | None:
    """Which power centre ``provider`` stands for, by ``data.alignment.CENTRES`` name.

    Russia (and the USSR before it), China, Turkey, and the West (the United States,
    the United Kingdom, the EU and NATO as bodies, and the EU's member states while
    members: pass ``eu_members_on`` the day). ``None`` for everyone else (Israel,
    Iran, India, Belarus, ...): their ties are listed in the panel but carry no badge.
    """
    if provider in RUSSIA:
        return "russia"
    if provider == "CHN":
        return "china"
    if provider == "TUR":
        return "turkey"
    if provider in WEST or provider in eu_members:
        return "west"
    return ORGANISATION_CENTRES.get(provider)


def involving(ties: Iterable[SecurityTie], state: str) -> tuple[SecurityTie, ...]:
    """The ties in which ``state`` is the host or the provider."""
    return tuple(tie for tie in ties if state in (tie.host, tie.provider))


def kinds_by_centre(
    ties: Iterable[SecurityTie],
    state: str,
    day: date,
    eu_members: frozenset[str] = frozenset(),
) -> dict[str, tuple[str, ...]]:
    """For ``state`` on ``day``: each power centre it hosts or receives from, with the
    kinds of tie, in ``CENTRES`` and ``KIND_ORDER`` order.

    Only ties where ``state`` is the host count: the lens asks which powers a state
    leans on, not which it arms. Centres with no tie are left out.
    """
    found: dict[str, set[str]] = {}
    for tie in ties:
        if tie.host != state or not in_force(tie, day):
            continue
        centre = centre_of(tie.provider, eu_members)
        if centre is not None:
            found.setdefault(centre, set()).add(tie.kind)
    return {
        centre: tuple(kind for kind in KIND_ORDER if kind in found[centre])
        for centre in CENTRES
        if centre in found
    }


def badges(kinds: Mapping[str, tuple[str, ...]], names: Mapping[str, str]) -> tuple[str, ...]:
    """The lens badges for ``kinds_by_centre``'s answer: ``"Russia: base, arms"``.

    ``names`` gives each centre's display name (the components own the wording).
    """
    return tuple(
        f"{names[centre]}: {', '.join(KIND_LABELS[kind] for kind in found)}"
        for centre, found in kinds.items()
    )


def history(ties: Iterable[SecurityTie], state: str) -> tuple[SecurityTie, ...]:
    """Every tie of ``state`` (as host or provider), oldest first, for the panel.

    Rows keep their dates, source and note; ties that start on the same day keep the
    table's order.
    """
    return tuple(sorted(involving(ties, state), key=lambda tie: tie.first_day))
