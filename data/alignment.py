"""The alignment lens: which power centres a country is tied to in a given year.

The seed article's point is that the region's states keep several partners at once.
A tie is any membership or partnership (not a suspended or frozen one) in an
organisation led by, or centred on, one of the four centres in ``organisations.csv``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from data.schema import Membership, Organisation

CENTRES = ("russia", "china", "turkey", "west")
TIE_STATUSES = frozenset({"member", "observer", "associate", "dialogue_partner", "partner"})


def leaders(organisations: Iterable[Organisation]) -> dict[str, str]:
    """Organisation code → the centre it is led by."""
    return {o.code: o.led_by for o in organisations}


def ties(memberships: Mapping[str, Membership], led_by: Mapping[str, str]) -> tuple[str, ...]:
    """The centres a country is tied to through any organisation, in ``CENTRES`` order.

    Every organisation counts, whatever layers are switched on: the lens answers "how
    many sides does this state keep?", which hiding a layer should not change.
    """
    tied = {led_by[org] for org, row in memberships.items() if row.status in TIE_STATUSES}
    return tuple(centre for centre in CENTRES if centre in tied)


def tie_organisations(
    memberships: Mapping[str, Membership], led_by: Mapping[str, str], centre: str
) -> tuple[str, ...]:
    """The organisations that tie a country to ``centre`` (for hover text)."""
    return tuple(
        org
        for org, row in memberships.items()
        if led_by[org] == centre and row.status in TIE_STATUSES
    )
