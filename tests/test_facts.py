"""The committed tables load, and hold the facts the seed article states."""

from __future__ import annotations

from datetime import date

from data.timeline import memberships_on
from geodata.atlas import Atlas


def status(atlas: Atlas, country: str, org: str, day: date) -> str | None:
    row = memberships_on(atlas.facts.memberships, day).get(country, {}).get(org)
    return row.status if row else None


def test_turkic_council_founded_in_2009_by_four_states(atlas: Atlas) -> None:
    founders = {
        r.country for r in atlas.facts.memberships if r.org == "OTS" and r.start == "2009-10-03"
    }
    assert founders == {"TUR", "AZE", "KAZ", "KGZ"}
    assert status(atlas, "UZB", "OTS", date(2019, 12, 31)) == "member"
    assert status(atlas, "UZB", "OTS", date(2018, 12, 31)) is None


def test_ots_observers_hungary_turkmenistan_and_northern_cyprus(atlas: Atlas) -> None:
    today = atlas.today
    assert status(atlas, "HUN", "OTS", today) == "observer"
    assert status(atlas, "TKM", "OTS", today) == "observer"
    assert status(atlas, "CYN", "OTS", date(2022, 12, 31)) == "observer"


def test_azerbaijan_georgia_uzbekistan_left_the_collective_security_treaty_in_1999(
    atlas: Atlas,
) -> None:
    for country in ("AZE", "GEO", "UZB"):
        assert status(atlas, country, "CSTO", date(1998, 12, 31)) == "member"
        assert status(atlas, country, "CSTO", date(1999, 12, 31)) is None


def test_sco_grew_from_the_shanghai_five_with_uzbekistan_india_and_pakistan(atlas: Atlas) -> None:
    assert status(atlas, "UZB", "SCO", date(2000, 12, 31)) is None
    assert status(atlas, "UZB", "SCO", date(2001, 12, 31)) == "member"
    assert status(atlas, "IND", "SCO", date(2017, 12, 31)) == "member"
    assert status(atlas, "PAK", "SCO", date(2017, 12, 31)) == "member"


def test_every_row_has_a_web_source(atlas: Atlas) -> None:
    tables = (atlas.facts.memberships, atlas.facts.events, atlas.facts.route_status)
    assert all(row.source.startswith("http") for table in tables for row in table)
