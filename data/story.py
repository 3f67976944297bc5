"""The guided story: chapters in ``data/story.md``, read and checked like the tables.

Why Markdown with a few ``key: value`` lines: the prose is the point, and a writer should
be able to edit it as text; the keys say which view a chapter sets. A chapter is::

    ## The title
    year: 1991
    region: caucasus
    lens: organisations
    ties: organisations
    layers: CIS, CSTO
    overlays: territories, borders, events, security
    countries: ARM, AZE
    events: karabakh-war-1
    territories: nagorno-karabakh-1992
    routes: btc
    sources: https://..., https://...

    Prose of 60 to 140 words, in paragraphs.

``ties`` (what the alignment lens counts) and ``overlays`` (the contest layers shown)
default to the page's own defaults. Every chapter needs a title, a year and a source;
every country, event, territory, route, organisation and source it names must exist,
or start-up stops with file and line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from data.errors import DataError, Problem
from data.facts import Facts

STORY_NAME = "data/story.md"
LIST_KEYS = ("layers", "overlays", "countries", "events", "territories", "routes", "sources")
SINGLE_KEYS = ("year", "region", "lens", "ties")
WORDS = (60, 140)
KEY_LINE = re.compile(r"^([a-z]+):\s*(.*)$")


@dataclass(frozen=True)
class Chapter:
    """One chapter: what it says and the view it sets."""

    number: int
    title: str
    year: int
    text: str
    line: int
    region: str | None = None
    lens: str | None = None
    layers: tuple[str, ...] | None = None
    ties: str | None = None
    overlays: tuple[str, ...] | None = None
    countries: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    territories: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


def split_chapters(lines: list[str]) -> list[tuple[int, list[str]]]:
    """(line number of the heading, the chapter's lines) per ``## `` heading."""
    chapters: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, start=1):
        if line.startswith("## "):
            chapters.append((number, [line]))
        elif chapters:
            chapters[-1][1].append(line)
    return chapters


def parse_chapter(
    index: int, start: int, lines: list[str], problems: list[Problem]
) -> Chapter | None:
    """One chapter from its lines; its problems are appended, and None returned, when it
    cannot be read."""
    title = lines[0][3:].strip()
    fields: dict[str, str] = {}
    body: list[str] = []
    for offset, line in enumerate(lines[1:], start=1):
        match = KEY_LINE.match(line)
        if match and not body and match[1] in (*LIST_KEYS, *SINGLE_KEYS):
            fields[match[1]] = match[2].strip()
        elif match and not body:
            rule = f"unknown key {match[1]!r}; known: {', '.join((*SINGLE_KEYS, *LIST_KEYS))}"
            problems.append(Problem(STORY_NAME, start + offset, match[1], rule))
        elif line.strip() or body:
            body.append(line)
    text = "\n".join(body).strip()
    where = (STORY_NAME, start)
    found = []
    if not title:
        found.append(Problem(*where, "title", "the chapter has no title"))
    if not fields.get("year", "").isdigit():
        found.append(Problem(*where, "year", "year: must be a year such as 1991"))
    if not fields.get("sources"):
        found.append(Problem(*where, "sources", "sources: at least one source is required"))
    words = len(text.split())
    if not WORDS[0] <= words <= WORDS[1]:
        rule = f"the prose has {words} words; a chapter has {WORDS[0]} to {WORDS[1]}"
        found.append(Problem(*where, "text", rule))
    problems += found
    if found:
        return None
    lists = {key: tuple(v.strip() for v in fields[key].split(",") if v.strip()) for key in fields}
    return Chapter(
        number=index,
        title=title,
        year=int(fields["year"]),
        text=text,
        line=start,
        region=fields.get("region") or None,
        lens=fields.get("lens") or None,
        layers=lists.get("layers") if "layers" in fields else None,
        ties=fields.get("ties") or None,
        overlays=lists.get("overlays") if "overlays" in fields else None,
        **{key: lists.get(key, ()) for key in ("countries", "events", "territories", "routes")},
        sources=lists["sources"],
    )


def reference_problems(
    chapters: list[Chapter], facts: Facts, vocabulary: Mapping[str, Collection[str]]
) -> list[Problem]:
    """Every name a chapter uses must exist in the tables (or, for ``region``, ``lens``,
    ``ties`` and ``overlays``, in ``vocabulary`` where it names them); its year must be
    one the atlas shows."""
    known = {
        "countries": {s.code for s in facts.states},
        "events": {e.id for e in facts.events},
        "territories": {t.id for t in facts.territories},
        "routes": {r.id for r in facts.routes},
        "layers": {o.code for o in facts.organisations},
        "sources": set(facts.sources),
    }
    singular = {
        "countries": "country",
        "events": "event",
        "territories": "territory",
        "routes": "route",
        "layers": "organisation",
        "sources": "source (cite one listed in data/sources.csv)",
    }
    problems = []
    for chapter in chapters:
        for key, names in known.items():
            for value in getattr(chapter, key) or ():
                if value not in names:
                    rule = f"unknown {singular[key]} {value!r}"
                    problems.append(Problem(STORY_NAME, chapter.line, key, rule))
        for key in ("region", "lens", "ties"):
            value = getattr(chapter, key)
            if value is not None and key in vocabulary and value not in vocabulary[key]:
                choices = ", ".join(sorted(vocabulary[key]))
                rule = f"unknown {key} {value!r}; one of {choices}"
                problems.append(Problem(STORY_NAME, chapter.line, key, rule))
        for value in chapter.overlays or ():
            if "overlays" in vocabulary and value not in vocabulary["overlays"]:
                choices = ", ".join(vocabulary["overlays"])
                rule = f"unknown overlay {value!r}; any of {choices}"
                problems.append(Problem(STORY_NAME, chapter.line, "overlays", rule))
        if chapter.year < 1988:
            problems.append(Problem(STORY_NAME, chapter.line, "year", "the atlas starts in 1988"))
    return problems


def load_story(
    path: Path, facts: Facts, vocabulary: Mapping[str, Collection[str]]
) -> tuple[Chapter, ...]:
    """Every chapter of ``path``, checked; raises ``DataError`` naming file and line."""
    problems: list[Problem] = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise DataError([Problem(STORY_NAME, 0, "-", "file is missing")]) from None
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        rule = f"not UTF-8: byte {error.object[error.start]:#04x} at offset {error.start}"
        raise DataError([Problem(STORY_NAME, line, "-", rule)]) from None
    parts = split_chapters(lines)
    if not parts:
        problems.append(Problem(STORY_NAME, 1, "-", "no chapter: each starts with '## Title'"))
    chapters = [
        chapter
        for index, (start, chapter_lines) in enumerate(parts, start=1)
        if (chapter := parse_chapter(index, start, chapter_lines, problems)) is not None
    ]
    problems += reference_problems(chapters, facts, vocabulary)
    if problems:
        raise DataError(problems)
    return tuple(chapters)
