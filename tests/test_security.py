"""The security-ties selectors: what counts on a day, which centre a provider stands for,
what the lens badges say, and the panel's history."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from data.facts import load_facts
from data.schema import Membership, SecurityTie
from data.security import (
    badges,
    centre_of,
    eu_members_on,
    history,
    in_force,
    kinds_by_centre,
    ties_in_year,
    ties_on,
)

SOURCE = "https://example.org/page"
NAMES = {"russia": "Russia", "china": "China", "turkey": "Turkey", "west": "the West"}


def tie(id: str, provider: str, host: str, kind: str, start: str, end: str | None = None):
    """A tiny valid row; point kinds get a place in the middle of the map."""
    values = {
        "id": id,
        "provider": provider,
        "host": host,
        "kind": kind,
        "system": "x",
        "start": start,
        "source": SOURCE,
    }
    if end:
        values["end"] = end
    if kind in {"base", "peacekeeping", "training", "exercise"}:
        values |= {"place": "somewhere", "lon": "44.0", "lat": "40.0"}
    return SecurityTie.model_validate(values)


BASE = tie("gyumri", "RUS", "ARM", "base", "1995-03-16")
K2 = tie("k2", "USA", "UZB", "base", "2001-10", "2005-11-21")
TB2 = tie("tb2", "TUR", "AZE", "arms_delivery", "2020")
SU30 = tie("su30", "RUS", "ARM", "arms_delivery", "2019", "2020")
CAESAR = tie("caesar", "FRA", "ARM", "arms_delivery", "2024")
HAROP = tie("harop", "ISR", "AZE", "arms_delivery", "2016")
TIES = (BASE, K2, TB2, SU30, CAESAR, HAROP)


def test_sec001_a_delivery_counts_only_in_its_years() -> None:
    assert in_force(TB2, date(2020, 12, 31))
    assert not in_force(TB2, date(2021, 12, 31))
    assert not in_force(TB2, date(2019, 12, 31))
    # a window counts in every year of it
    assert in_force(SU30, date(2019, 1, 1)) and in_force(SU30, date(2020, 12, 31))
    assert not in_force(SU30, date(2021, 1, 1))


def test_sec002_a_base_counts_while_it_holds() -> None:
    assert in_force(K2, date(2005, 11, 21))
    assert not in_force(K2, date(2005, 11, 22))
    assert in_force(BASE, date(2026, 12, 6))


def test_sec003_a_map_year_shows_31_december_or_today() -> None:
    today = date(2026, 12, 6)
    # K2 closed in November 2005: not on the 2005 map, which shows 31 December
    assert K2 not in ties_in_year(TIES, 2005, today)
    assert K2 in ties_in_year(TIES, 2004, today)
    assert ties_in_year(TIES, 2026, today) == ties_on(TIES, today)


def test_sec004_centres_follow_alignment_names() -> None:
    assert centre_of("RUS") == centre_of("SUN") == "russia"
    assert centre_of("CHN") == "china"
    assert centre_of("TUR") == "turkey"
    assert centre_of("USA") == centre_of("GBR") == centre_of("EU") == "west"
    assert centre_of("ISR") is None and centre_of("IRN") is None and centre_of("IND") is None
    # an EU member counts for the West only while a member
    assert centre_of("FRA") is None
    assert centre_of("FRA", frozenset({"FRA"})) == "west"


def test_sec005_eu_members_come_from_the_memberships_table() -> None:
    rows = [
        Membership(country="FRA", org="EU", status="member", start="1958-01-01", source=SOURCE),
        Membership(
            country="GBR",
            org="EU",
            status="member",
            start="1973-01-01",
            end="2020-01-31",
            source=SOURCE,
        ),
        Membership(country="GEO", org="EU", status="associate", start="2016-07-01", source=SOURCE),
    ]
    assert eu_members_on(rows, date(2019, 12, 31)) == {"FRA", "GBR"}
    assert eu_members_on(rows, date(2021, 12, 31)) == {"FRA"}


def test_sec006_badges_group_kinds_by_centre() -> None:
    day = date(2020, 12, 31)
    kinds = kinds_by_centre(TIES, "ARM", day)
    assert kinds == {"russia": ("base", "arms_delivery")}
    assert badges(kinds, NAMES) == ("Russia: base, arms",)
    # Israel stands for no centre: Azerbaijan's 2020 badge is Turkey's alone
    assert badges(kinds_by_centre(TIES, "AZE", day), NAMES) == ("Turkey: arms",)


def test_sec007_west_badge_needs_eu_membership() -> None:
    day = date(2024, 12, 31)
    assert kinds_by_centre(TIES, "ARM", day) == {"russia": ("base",)}
    assert kinds_by_centre(TIES, "ARM", day, frozenset({"FRA"})) == {
        "russia": ("base",),
        "west": ("arms_delivery",),
    }


def test_sec008_history_lists_every_row_oldest_first() -> None:
    assert history(TIES, "ARM") == (BASE, SU30, CAESAR)
    # a provider's history lists what it supplied
    assert history(TIES, "TUR") == (TB2,)


@pytest.mark.parametrize(
    ("values", "column"),
    [
        ({"kind": "base"}, "lon"),
        ({"kind": "arms_delivery", "quantity": "0"}, "quantity"),
        ({"kind": "arms_delivery", "quantity": "2.5"}, "quantity"),
        ({"kind": "training", "quantity": "3", "place": "p", "lon": "1", "lat": "20"}, "quantity"),
        ({"kind": "arms_delivery", "lon": "40"}, "lat"),
        ({"kind": "bribe"}, "kind"),
    ],
)
def test_sec009_bad_rows_name_their_column(values: dict, column: str) -> None:
    base = {"id": "a", "provider": "RUS", "host": "ARM", "system": "x", "start": "1995"}
    with pytest.raises(ValidationError) as caught:
        SecurityTie.model_validate(base | {"source": SOURCE} | values)
    assert column in {str(error["loc"][0]) for error in caught.value.errors()}


def test_sec010_the_table_covers_every_state_of_the_region() -> None:
    facts = load_facts()
    hosts = {row.host for row in facts.security_ties}
    assert {"ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"} <= hosts
    armenia = kinds_by_centre(facts.security_ties, "ARM", date(2010, 12, 31))
    assert "base" in armenia["russia"]
    # the K2 base in Uzbekistan: a Western base from 2001 to 2005 only
    assert "west" in kinds_by_centre(facts.security_ties, "UZB", date(2003, 12, 31))
    assert "west" not in kinds_by_centre(facts.security_ties, "UZB", date(2006, 12, 31))
