"""Territories and borders: the rows in force on a day, the rules across their rows, and the
facts a reader checks first (who held Karabakh, when Abkhazia changed, which borders are shut)."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from data.checks import border_problems, territory_problems
from data.loader import Located
from data.schema import Border, Territory
from data.timeline import borders_on, territories_on
from geodata.atlas import Atlas

URL = "https://example.org/source"
STATES = {"ARM", "AZE", "GEO", "TUR"}


def territory(
    row_id: str, start: str, end: str | None = None, kind: str = "breakaway"
) -> Territory:
    return Territory(
        id=row_id,
        name="Abkhazia",
        held_by="Republic of Abkhazia",
        claimed_by="GEO",
        kind=kind,
        start=start,
        end=end,
        geometry="ne-abkhazia",
        source=URL,
    )


def border(row_id: str, states: str, status: str, start: str, end: str | None = None) -> Border:
    return Border(id=row_id, states=states, status=status, start=start, end=end, source=URL)


def located(*rows: Territory | Border) -> tuple[Located, ...]:
    return tuple(Located(line, row) for line, row in enumerate(rows, start=2))


# --- pure functions on tiny rows ---------------------------------------------------------


def test_ter001_a_territory_row_holds_from_its_start_to_its_end_inclusive() -> None:
    rows = (territory("a-1993", "1993-09-30", "2008-08-25"), territory("a-2008", "2008-08-26"))
    assert territories_on(rows, date(1993, 9, 29)) == {}
    assert territories_on(rows, date(2008, 8, 25))["Abkhazia"].id == "a-1993"
    assert territories_on(rows, date(2008, 8, 26))["Abkhazia"].id == "a-2008"
    assert territories_on(rows, date(2030, 1, 1))["Abkhazia"].id == "a-2008"


def test_ter002_a_border_is_keyed_by_its_pair_whatever_the_order() -> None:
    rows = (
        border("shut", "TUR;ARM", "closed", "1993-04-03", "2023-02-10"),
        border("aid", "ARM;TUR", "open", "2023-02-11", "2023-02-17"),
    )
    assert borders_on(rows, date(2000, 1, 1))[("ARM", "TUR")].status == "closed"
    assert borders_on(rows, date(2023, 2, 11))[("ARM", "TUR")].status == "open"
    assert borders_on(rows, date(2023, 2, 18)) == {}
    assert rows[0].state_codes == ("TUR", "ARM")


def test_ter003_a_border_needs_two_different_states() -> None:
    with pytest.raises(ValidationError, match="two different states"):
        border("self", "ARM;ARM", "closed", "1993")
    with pytest.raises(ValidationError):
        border("three", "ARM;TUR;AZE", "closed", "1993")


def test_ter004_territory_rows_of_one_area_must_follow_each_other() -> None:
    follows = located(territory("a", "1993-09-30", "2008-08-25"), territory("b", "2008-08-26"))
    assert territory_problems("t.csv", follows, STATES) == []
    overlap = located(territory("a", "1993-09-30", "2008-08-26"), territory("b", "2008-08-26"))
    assert [p.rule.split(" (")[0] for p in territory_problems("t.csv", overlap, STATES)] == [
        "period from 2008-08-26 overlaps line 2"
    ]
    gap = located(territory("a", "1993-09-30", "2008-08-15"), territory("b", "2008-08-26"))
    (problem,) = territory_problems("t.csv", gap, STATES)
    assert problem.line == 3 and "starts 10 days after line 2" in problem.rule


def test_ter005_territory_claimants_must_be_known_states() -> None:
    row = territory("a", "1993").model_copy(update={"claimed_by": "GEO;XYZ"})
    (problem,) = territory_problems("t.csv", located(row), STATES)
    assert problem.column == "claimed_by" and "'XYZ'" in problem.rule


def test_ter006_a_brief_opening_between_closures_is_no_short_gap() -> None:
    rows = located(
        border("shut", "ARM;TUR", "closed", "1993-04-03", "2023-02-10"),
        border("aid", "TUR;ARM", "open", "2023-02-11", "2023-02-17"),
        border("shut-again", "ARM;TUR", "closed", "2023-02-25"),
    )
    assert border_problems("b.csv", rows, STATES) == []


def test_ter007_borders_of_one_pair_must_not_overlap_in_either_order() -> None:
    rows = located(
        border("shut", "ARM;TUR", "closed", "1993-04-03", "2023-02-11"),
        border("aid", "TUR;ARM", "open", "2023-02-11", "2023-02-17"),
    )
    (problem,) = border_problems("b.csv", rows, STATES)
    assert problem.line == 3 and problem.rule.endswith("for ARM TUR")


def test_ter008_other_pairs_do_not_collide() -> None:
    rows = located(
        border("tur", "ARM;TUR", "closed", "1993-04-03"),
        border("aze", "ARM;AZE", "closed", "1989-08"),
    )
    assert border_problems("b.csv", rows, STATES) == []


# --- the committed tables ----------------------------------------------------------------


def held(atlas: Atlas, name: str, day: date) -> Territory | None:
    return territories_on(atlas.facts.territories, day).get(name)


def test_ter101_karabakh_is_held_by_the_armenian_backed_republic_until_2023(
    atlas: Atlas,
) -> None:
    end_2010 = held(atlas, "Nagorno-Karabakh", date(2010, 12, 31))
    assert end_2010 is not None
    assert end_2010.kind == "breakaway" and end_2010.claimant_codes == ("AZE",)
    assert "backed by Armenia" in end_2010.held_by
    assert held(atlas, "Nagorno-Karabakh", date(2023, 12, 31)) is None
    assert held(atlas, "Nagorno-Karabakh", date(2024, 12, 31)) is None


def test_ter102_karabakh_shrinks_after_the_2020_war(atlas: Atlas) -> None:
    assert held(atlas, "Nagorno-Karabakh", date(2019, 12, 31)).geometry == "ne-nagorno-karabakh"
    assert held(atlas, "Nagorno-Karabakh", date(2020, 12, 31)).geometry == "nk-2020-remainder"
    assert held(atlas, "Nagorno-Karabakh", date(1991, 12, 31)) is None


def test_ter103_abkhazia_changes_row_on_russias_recognition(atlas: Atlas) -> None:
    before = held(atlas, "Abkhazia", date(2008, 8, 25))
    after = held(atlas, "Abkhazia", date(2008, 8, 26))
    # One kind rule for every row: a self-declared government is breakaway, whoever backs it;
    # the recognition still starts a new row (the holder changes standing).
    assert before.kind == after.kind == "breakaway"
    assert before.id != after.id and after.start == "2008-08-26"
    assert "Russian forces" in after.held_by and "occupied" in (after.note or "")
    ossetia = [r for r in atlas.facts.territories if r.name.startswith("South Ossetia")]
    assert {r.start for r in ossetia} >= {"2008-08-26"}


def test_ter104_crimea_is_annexed_from_the_kremlin_treaty(atlas: Atlas) -> None:
    assert held(atlas, "Crimea", date(2013, 12, 31)) is None
    assert held(atlas, "Crimea", date(2014, 3, 17)).kind == "occupied"
    assert held(atlas, "Crimea", date(2014, 3, 18)).kind == "annexed"


def test_ter105_the_turkey_armenia_border_is_closed_save_for_two_aid_windows(
    atlas: Atlas,
) -> None:
    def status(day: date) -> str | None:
        row = borders_on(atlas.facts.borders, day).get(("ARM", "TUR"))
        return row.status if row else None

    assert status(date(1992, 12, 31)) is None
    for year in (1993, 2008, 2022, 2023, 2024, 2025):
        assert status(date(year, 12, 31)) == "closed", year
    assert status(date(2023, 2, 12)) == "open"
    assert status(date(2025, 3, 25)) == "open"
    assert status(atlas.today) == "closed"


def test_ter106_armenia_azerbaijan_is_still_closed_and_upper_lars_reopened(atlas: Atlas) -> None:
    today = borders_on(atlas.facts.borders, atlas.today)
    assert today[("ARM", "AZE")].status == "closed"
    assert ("GEO", "RUS") not in today
    assert borders_on(atlas.facts.borders, date(2008, 12, 31))[("GEO", "RUS")].status == "closed"


def test_ter107_every_territory_names_a_shape_geodata_can_look_up(atlas: Atlas) -> None:
    ids = atlas.facts.geometry_ids
    assert {r.geometry for r in atlas.facts.territories} == ids
    assert {"ne-abkhazia", "ne-crimea", "ua-occupied-2025"} <= ids
