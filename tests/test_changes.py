"""What changed in a year: joins, exits, status changes, independence, routes, events."""

from __future__ import annotations

from datetime import date

from data.changes import year_changes
from geodata.atlas import Atlas

TODAY = date(2026, 11, 25)


def texts(atlas: Atlas, year: int, kind: str) -> list[str]:
    return [c.text for c in year_changes(atlas.facts, year, TODAY) if c.kind == kind]


def test_chg001_uzbekistan_joins_the_turkic_council_in_2019(atlas: Atlas) -> None:
    assert any(t.startswith("Uzbekistan joins OTS") for t in texts(atlas, 2019, "join"))


def test_chg002_georgia_leaves_the_cis_in_2009(atlas: Atlas) -> None:
    assert "Georgia leaves CIS" in texts(atlas, 2009, "exit")


def test_chg003_a_status_change_is_not_also_an_exit(atlas: Atlas) -> None:
    # Armenia froze its CSTO participation in 2024: one status line, no "leaves".
    frozen = "Armenia freezes its participation in CSTO"
    assert any(frozen in t for t in texts(atlas, 2024, "status"))
    assert not any(t == "Armenia leaves CSTO" for t in texts(atlas, 2024, "exit"))


def test_chg004_soviet_republics_become_independent_in_1991(atlas: Atlas) -> None:
    independent = texts(atlas, 1991, "independence")
    assert "Kazakhstan no longer part of Soviet Union" in independent
    assert len(independent) >= 15


def test_chg005_changes_come_in_date_order_and_never_after_today(atlas: Atlas) -> None:
    for year in (1991, 2009, 2015, 2022, 2026):
        days = [c.day for c in year_changes(atlas.facts, year, TODAY)]
        assert days == sorted(days)
        assert all(day.year == year and day <= TODAY for day in days)
