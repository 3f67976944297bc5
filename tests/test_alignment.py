"""The alignment lens: which power centres a country keeps ties with."""

from __future__ import annotations

from datetime import date

from data.alignment import leaders, tie_organisations, ties
from data.schema import Membership
from data.timeline import memberships_on
from geodata.atlas import Atlas

URL = "https://example.org/source"
LED_BY = {"OTS": "turkey", "CSTO": "russia", "SCO": "china", "NATO": "west", "EU": "west"}


def held(**statuses: str) -> dict[str, Membership]:
    return {
        org: Membership(country="KAZ", org=org, status=status, start="2000", source=URL)
        for org, status in statuses.items()
    }


def test_aln001_ties_are_listed_once_per_centre_in_a_fixed_order() -> None:
    memberships = held(NATO="partner", EU="associate", OTS="member", CSTO="member")
    assert ties(memberships, LED_BY) == ("russia", "turkey", "west")


def test_aln002_suspended_and_frozen_are_not_ties() -> None:
    assert ties(held(CSTO="frozen", SCO="suspended"), LED_BY) == ()
    assert ties(held(CSTO="frozen", SCO="dialogue_partner"), LED_BY) == ("china",)


def test_aln003_tie_organisations_name_what_ties_a_country_to_a_centre() -> None:
    memberships = held(NATO="partner", EU="member", CSTO="frozen")
    assert tie_organisations(memberships, LED_BY, "west") == ("NATO", "EU")
    assert tie_organisations(memberships, LED_BY, "russia") == ()


def centres(atlas: Atlas, country: str, year: int) -> tuple[str, ...]:
    held_then = memberships_on(atlas.facts.memberships, date(year, 12, 31)).get(country, {})
    return ties(held_then, leaders(atlas.facts.organisations))


def test_aln004_kazakhstan_keeps_all_four_centres_in_the_article_year(atlas: Atlas) -> None:
    assert centres(atlas, "KAZ", 2023) == ("russia", "china", "turkey", "west")


def test_aln005_armenia_loses_its_russian_military_tie_only_in_part(atlas: Atlas) -> None:
    # Frozen in the CSTO from 2024, but still in the EAEU and CIS: Russia stays a tie.
    assert "russia" in centres(atlas, "ARM", 2024)
    assert "turkey" not in centres(atlas, "ARM", 2024)
