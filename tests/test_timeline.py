"""Status on a day: boundaries of memberships, predecessors and routes."""

from datetime import date

from data.schema import Membership, PartOf, State
from data.timeline import drawn_as, feature_id, memberships_on, units_on

URL = "https://example.org/source"


def membership(start: str, end: str | None = None, status: str = "member") -> Membership:
    return Membership(country="UZB", org="OTS", status=status, start=start, end=end, source=URL)


def test_joined_in_august_counts_from_that_year_end_not_before() -> None:
    rows = [membership("2019-08-15")]
    assert memberships_on(rows, date(2018, 12, 31)) == {}
    assert memberships_on(rows, date(2019, 12, 31))["UZB"]["OTS"].status == "member"


def test_left_in_august_is_gone_by_that_year_end() -> None:
    rows = [membership("1999-04-02", "2009-08-18")]
    assert "UZB" in memberships_on(rows, date(2008, 12, 31))
    assert memberships_on(rows, date(2009, 8, 18))["UZB"]["OTS"].end == "2009-08-18"
    assert memberships_on(rows, date(2009, 12, 31)) == {}


def test_a_status_change_mid_year_shows_the_later_status() -> None:
    rows = [
        membership("1992-05-15", "2024-02-21"),
        membership("2024-02-22", None, status="frozen"),
    ]
    assert memberships_on(rows, date(2023, 12, 31))["UZB"]["OTS"].status == "member"
    assert memberships_on(rows, date(2024, 12, 31))["UZB"]["OTS"].status == "frozen"


STATES = (
    State(code="KAZ", name="Kazakhstan", iso_numeric="398", ne_name="Kazakhstan"),
    State(code="RUS", name="Russia", iso_numeric="643", ne_name="Russia"),
    State(code="SRB", name="Serbia", iso_numeric="688", ne_name="Serbia"),
    State(code="XKX", name="Kosovo", ne_name="Kosovo"),
    State(code="SUN", name="Soviet Union"),
    State(code="SCG", name="Serbia and Montenegro"),
)
PART_OF = (
    PartOf(state="KAZ", part_of="SUN", end="1991-12-25", source=URL),
    PartOf(state="RUS", part_of="SUN", end="1991-12-25", source=URL),
    PartOf(state="SRB", part_of="SCG", start="1992-04-27", end="2006-06-04", source=URL),
    PartOf(state="XKX", part_of="SRB", end="2008-02-16", source=URL),
)


def test_soviet_republics_are_one_unit_until_december_1991() -> None:
    assert units_on(STATES, PART_OF, date(1990, 12, 31))["SUN"] == ("KAZ", "RUS")
    later = units_on(STATES, PART_OF, date(1991, 12, 31))
    assert "SUN" not in later
    assert later["KAZ"] == ("KAZ",)


def test_nested_parts_resolve_to_the_outermost_unit() -> None:
    assert drawn_as(PART_OF, "XKX", date(2000, 12, 31)) == "SCG"
    assert drawn_as(PART_OF, "XKX", date(2007, 12, 31)) == "SRB"
    assert drawn_as(PART_OF, "XKX", date(2008, 12, 31)) == "XKX"


def test_feature_ids_name_the_parts_of_a_union_only() -> None:
    assert feature_id("KAZ", ("KAZ",)) == "KAZ"
    assert feature_id("SRB", ("SRB", "XKX")) == "SRB=SRB+XKX"
