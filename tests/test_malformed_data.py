"""Every malformed file in ``tests/malformed`` stops loading with its own clear message.

A case file is named ``<table>.<case>.csv``; it replaces that table in a copy of the
real data, and loading must fail naming file, line, column and rule.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from data.errors import DataError
from data.facts import load_facts
from geodata.atlas import load_atlas
from tests.conftest import REPO, TODAY

CASES = Path(__file__).parent / "malformed"
SUN_GONE = "SUN exists only until 1991-12-25 (data/states.csv, data/part_of.csv), but the row runs "
EXPECTED = {
    "events.bad_kind": "data/events.csv:2: column kind: Input should be 'war'",
    "events.outside_extent": (
        "data/events.csv:2: column lon: Input should be less than or equal to 150"
    ),
    "events.unknown_country": "data/events.csv:2: column countries: unknown country 'ZZZ'",
    "memberships.bad_month": "data/memberships.csv:2: column start: '1994-13-23' has no month 13",
    "memberships.bad_status": "data/memberships.csv:2: column status: Input should be 'member'",
    "memberships.date_format": (
        "data/memberships.csv:2: column start: '23/03/1994' is not YYYY, YYYY-MM or YYYY-MM-DD"
    ),
    "memberships.end_before_start": (
        "data/memberships.csv:2: column end: end 2009-08-18 is before start 2010-01-01"
    ),
    "memberships.extra_column": "data/memberships.csv:2: column colour: is not a column",
    "memberships.missing_column": (
        "data/memberships.csv:1: column status: required column is missing from the header"
    ),
    "memberships.missing_source": "data/memberships.csv:2: column source: is empty",
    "memberships.overlap": (
        "data/memberships.csv:3: column start: period from 1999 overlaps line 2 "
        "(1992-05-15 to 1999-04-20) for UZB CSTO"
    ),
    "memberships.short_row": (
        "data/memberships.csv:2: column -: row has 4 cells but the header has 7"
    ),
    "memberships.source_not_url": "data/memberships.csv:2: column source: String should match",
    "memberships.unknown_country": "data/memberships.csv:2: column country: unknown country 'XYZ'",
    "memberships.unknown_org": "data/memberships.csv:2: column org: unknown organisation 'WTO'",
    "memberships.unterminated_quote": "data/memberships.csv:2: column -: not valid CSV",
    "memberships.unknown_source": (
        "data/memberships.csv:2: column source: unknown source 'https://example.org/not-listed';"
        " add it to data/sources.csv first"
    ),
    # A byte-order mark and CRLF endings are read as plain UTF-8 (the first column is
    # "country", not "\ufeffcountry"), so the real problem of line 3 is the one reported.
    "memberships.bom_crlf": "data/memberships.csv:3: column country: unknown country 'XYZ'",
    "memberships.not_utf8": (
        "data/memberships.csv:3: column -: byte 0xe9 at offset 178 is not UTF-8; save the file "
        "as UTF-8"
    ),
    "memberships.before_founding": (
        "data/memberships.csv:2: column start: UZB joins OTS before it was founded (2009-10-03)"
    ),
    "memberships.inside_predecessor": (
        "data/memberships.csv:2: column start: KAZ holds partner in NATO on 1990-12-31 while "
        "drawn inside SUN"
    ),
    "memberships.short_gap": (
        "data/memberships.csv:3: column start: starts 11 days after line 2 ends for GEO NATO"
    ),
    "memberships.address_in_note": (
        "data/memberships.csv:2: column note: holds a web address; cite pages in the source column"
    ),
    "sources.missing_title": "data/sources.csv:2: column title: is empty; a value is required",
    "sources.bad_published": (
        "data/sources.csv:2: column published: '24 March 2024' is not YYYY, YYYY-MM or YYYY-MM-DD"
    ),
    "organisations.bad_colour": "data/organisations.csv:3: column colour: String should match",
    "organisations.bad_leader": "data/organisations.csv:6: column led_by: Input should be 'russia'",
    "part_of.overlap": "data/part_of.csv:3: column start: period from 1991-12-01 overlaps line 2",
    "route_status.unknown_route": "data/route_status.csv:2: column route: unknown route 'nowhere'",
    "route_waypoints.seq_gap": (
        "geodata/route_waypoints.csv:2: column seq: seq of route 'btc' must run 1..24 without gaps"
    ),
    "states.duplicate_code": "data/states.csv:94: column code: 'ARM' repeats line 6",
    "territories.address_in_held_by": (
        "data/territories.csv:2: column held_by: holds a web address; cite pages in the source"
    ),
    "territories.bad_geometry": "data/territories.csv:2: column geometry: String should match",
    "territories.bad_kind": "data/territories.csv:2: column kind: Input should be 'breakaway'",
    "territories.overlap": (
        "data/territories.csv:3: column start: period from 2008-08-26 overlaps line 2 "
        "(1993-09-30 to 2008-08-26) for Abkhazia"
    ),
    "territories.short_gap": (
        "data/territories.csv:3: column start: starts 10 days after line 2 ends for Abkhazia"
    ),
    "territories.unknown_claimant": (
        "data/territories.csv:2: column claimed_by: unknown country 'ZZZ'"
    ),
    "borders.bad_status": "data/borders.csv:2: column status: Input should be 'closed' or 'open'",
    "borders.duplicate_id": "data/borders.csv:3: column id: 'arm-tur-closed-1993' repeats line 2",
    "borders.not_a_pair": "data/borders.csv:2: column states: String should match pattern",
    "borders.overlap": (
        "data/borders.csv:3: column start: period from 2023-02-11 overlaps line 2 "
        "(1993-04-03 to 2023-02-11) for ARM TUR"
    ),
    "borders.same_state": (
        "data/borders.csv:2: column states: a border needs two different states, got ARM;ARM"
    ),
    "borders.unknown_state": "data/borders.csv:2: column states: unknown country 'ZZZ'",
    "security_ties.bad_kind": (
        "data/security_ties.csv:2: column kind: Input should be 'arms_delivery', "
        "'licensed_production', 'training', 'exercise', 'base' or 'peacekeeping'"
    ),
    "security_ties.bad_quantity": (
        "data/security_ties.csv:2: column quantity: Input should be greater than 0"
    ),
    "security_ties.duplicate_id": (
        "data/security_ties.csv:3: column id: 'usa-uzb-k2' repeats line 2"
    ),
    "security_ties.end_before_start": (
        "data/security_ties.csv:2: column end: end 2005-11-21 is before start 2006"
    ),
    "security_ties.missing_point": (
        "data/security_ties.csv:2: column lon: a base row needs place, lon and lat"
    ),
    "security_ties.missing_source": "data/security_ties.csv:2: column source: is empty",
    "security_ties.outside_extent": (
        "data/security_ties.csv:2: column lon: Input should be greater than or equal to -25"
    ),
    "security_ties.unknown_host": "data/security_ties.csv:2: column host: unknown host 'ZZZ'",
    "security_ties.unknown_provider": (
        "data/security_ties.csv:2: column provider: unknown provider 'XYZ'"
    ),
    "security_ties.unknown_source": (
        "data/security_ties.csv:2: column source: unknown source 'https://example.org/not-listed';"
        " add it to data/sources.csv first"
    ),
    # A fact outside its state's lifetime: the Soviet Union joins nothing in 2010.
    "memberships.outside_lifetime": (
        f"data/memberships.csv:2: column country: {SUN_GONE}2010-01-01 to ongoing"
    ),
    "events.outside_lifetime": (
        f"data/events.csv:2: column countries: {SUN_GONE}2005-05-09 to 2005-05-09"
    ),
    "borders.outside_lifetime": (
        f"data/borders.csv:2: column states: {SUN_GONE}1995-01-01 to ongoing"
    ),
    "territories.outside_lifetime": (
        f"data/territories.csv:2: column claimed_by: {SUN_GONE}1993-09-30 to ongoing"
    ),
    "routes.outside_lifetime": (
        f"data/routes.csv:2: column countries: {SUN_GONE}2002-09-18 to ongoing"
    ),
    # One message for a header pasted twice, not one per column of line 2.
    "memberships.duplicate_header": (
        "data/memberships.csv:2: column -: repeats the header row (line 1); delete it"
    ),
}


def test_every_case_file_has_an_expected_message() -> None:
    assert sorted(p.stem for p in CASES.glob("*.csv")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 15


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_malformed_file_stops_loading_with_its_message(case: str, tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data")
    shutil.copytree(REPO / "geodata", tmp_path / "geodata")
    table = case.split(".")[0] + ".csv"
    folder = "geodata" if table == "route_waypoints.csv" else "data"
    shutil.copy(CASES / f"{case}.csv", tmp_path / folder / table)
    with pytest.raises(DataError) as caught:
        load_atlas(today=TODAY, data_dir=tmp_path / "data", geodata_dir=tmp_path / "geodata")
    assert EXPECTED[case] in str(caught.value)
    if case == "memberships.duplicate_header":
        assert len(caught.value.problems) == 1


def test_bom_and_crlf_load_as_the_same_data(tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data")
    for table in (tmp_path / "data").glob("*.csv"):
        text = table.read_text(encoding="utf-8")
        table.write_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))
    assert load_facts(tmp_path / "data") == load_facts(REPO / "data")
