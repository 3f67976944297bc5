"""The story file's checks, and the comparison of two years."""

from __future__ import annotations

from pathlib import Path

import pytest

from components.layer_toggles import DEFAULT_LAYERS
from components.map_figure import compared
from components.story import chapter_view
from components.view_state import LENSES, OVERLAYS, REGIONS, TIES, View
from data.errors import DataError
from data.story import load_story
from geodata.atlas import Atlas
from tests.agreement import compared_changes
from tests.conftest import REPO

VOCABULARY = {"region": REGIONS, "lens": LENSES, "ties": TIES, "overlays": OVERLAYS}
WORDS = " ".join(["word"] * 70)
SOURCE = "https://emerging-europe.com/news/an-alternative-to-russia-and-china-turkeys-role-in-the-south-caucasus-and-central-asia/"


def chapter(**keys: str) -> str:
    fields = {"year": "1993", "sources": SOURCE, **keys}
    lines = [f"{key}: {value}" for key, value in fields.items() if value is not None]
    return "## A chapter\n" + "\n".join(lines) + "\n\n" + WORDS + "\n"


def problems(tmp_path: Path, atlas: Atlas, text: str) -> str:
    story = tmp_path / "story.md"
    story.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_story(story, atlas.facts, VOCABULARY)
    return str(caught.value)


def test_sty001_the_story_has_sixteen_checked_chapters(atlas: Atlas) -> None:
    chapters = load_story(REPO / "data" / "story.md", atlas.facts, VOCABULARY)
    assert len(chapters) >= 16
    assert all(60 <= len(c.text.split()) <= 140 and c.sources for c in chapters)
    assert chapters[0].year <= 1992 and chapters[-1].year >= 2025
    assert [c.number for c in chapters] == list(range(1, len(chapters) + 1))


def test_sty002_a_good_chapter_loads(tmp_path: Path, atlas: Atlas) -> None:
    story = tmp_path / "story.md"
    story.write_text(chapter(countries="ARM, AZE", events="karabakh-war-1"), encoding="utf-8")
    (only,) = load_story(story, atlas.facts, VOCABULARY)
    assert only.countries == ("ARM", "AZE") and only.events == ("karabakh-war-1",)


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ({"year": None}, "story.md:1: column year: year: must be a year such as 1991"),
        ({"sources": None}, "story.md:1: column sources: sources: at least one source"),
        ({"events": "no-such-event"}, "story.md:1: column events: unknown event 'no-such-event'"),
        ({"countries": "XXX"}, "story.md:1: column countries: unknown country 'XXX'"),
        ({"routes": "btc, nowhere"}, "story.md:1: column routes: unknown route 'nowhere'"),
        ({"region": "mars"}, "story.md:1: column region: unknown region 'mars'"),
        ({"sources": "https://example.org/x"}, "column sources: unknown source"),
        ({"colour": "red"}, "story.md:4: column colour: unknown key 'colour'"),
        ({"year": "1950"}, "story.md:1: column year: the atlas starts in 1988"),
        ({"ties": "drones"}, "story.md:1: column ties: unknown ties 'drones'"),
        ({"overlays": "events, bases"}, "story.md:1: column overlays: unknown overlay 'bases'"),
    ],
)
def test_sty003_a_broken_chapter_stops_start_up_naming_the_line(
    tmp_path: Path, atlas: Atlas, keys: dict, message: str
) -> None:
    assert message in problems(tmp_path, atlas, chapter(**keys))


def test_sty004_prose_must_be_60_to_140_words(tmp_path: Path, atlas: Atlas) -> None:
    short = chapter().replace(WORDS, "Too short.")
    assert "the prose has 2 words; a chapter has 60 to 140" in problems(tmp_path, atlas, short)


def test_sty005_a_file_without_chapters_is_refused(tmp_path: Path, atlas: Atlas) -> None:
    assert "story.md:1: column -: no chapter" in problems(tmp_path, atlas, "Just text.\n")


def view(year: int, vs: int, lens: str = "organisations") -> View:
    return View(year=year, layers=DEFAULT_LAYERS, lens=lens, vs=vs)


def test_cmp001_uzbekistan_gained_ties_between_1991_and_2026(atlas: Atlas) -> None:
    marks = compared(atlas, view(2026, 1991))
    uzbekistan = marks.name.index("Uzbekistan")
    assert marks.direction[uzbekistan] == "up"
    assert marks.gains[uzbekistan] >= 3 and marks.losses[uzbekistan] == 0
    assert "since 1991" in marks.hovertemplate


def test_cmp002_a_state_that_left_is_marked_down(atlas: Atlas) -> None:
    # Georgia left the CIS in 2009 and Uzbekistan the CSTO again in 2012.
    marks = compared(atlas, view(2013, 2008))
    assert marks.direction[marks.name.index("Georgia")] in ("down", "both")
    assert marks.losses[marks.name.index("Uzbekistan")] >= 1


def test_cmp003_the_alignment_lens_compares_power_centres(atlas: Atlas) -> None:
    marks = compared(atlas, view(2026, 1991, "alignment"))
    assert marks.direction[marks.name.index("Kazakhstan")] == "up"
    assert not compared(atlas, View(year=2026, layers=DEFAULT_LAYERS)).name


def test_cmp004_the_list_groups_every_change_by_state(atlas: Atlas) -> None:
    grouped = compared_changes(atlas, 1991, 2026)
    assert list(grouped) == sorted(grouped)
    uzbekistan = grouped["Uzbekistan"]
    assert any("joins OTS" in line for line in uzbekistan)
    assert any(line.startswith("14 Oct 2019") for line in uzbekistan)
    assert grouped == compared_changes(atlas, 2026, 1991)


def test_sty010_a_chapter_turns_the_security_layer_and_the_switch_on(
    tmp_path: Path, atlas: Atlas
) -> None:
    story = tmp_path / "story.md"
    story.write_text(chapter(ties="security", overlays="security, events"), encoding="utf-8")
    (only,) = load_story(story, atlas.facts, VOCABULARY)
    shown = chapter_view(atlas, only)
    assert shown["ties"] == "security" and shown["overlays"] == ["events", "security"]
    story.write_text(chapter(), encoding="utf-8")
    (plain,) = load_story(story, atlas.facts, VOCABULARY)
    shown = chapter_view(atlas, plain)
    assert shown["ties"] == "organisations" and "security" not in shown["overlays"]


def test_sty011_the_security_chapters_set_the_layer_and_the_switch(atlas: Atlas) -> None:
    chapters = load_story(REPO / "data" / "story.md", atlas.facts, VOCABULARY)
    by_title = {c.title: c for c in chapters}
    for title in ("Turkey's drones", "Russia's garrisons"):
        found = by_title[title]
        assert found.ties == "security" and "security" in (found.overlays or ())
    assert [c.year for c in chapters] == sorted(c.year for c in chapters)
