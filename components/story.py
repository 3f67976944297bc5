"""The guided story: the chapters from 1988 to today (``data/story.md``), each
setting the map's year, region, lens and layers and pointing at the countries, routes,
territories and events it talks about.

The chapters are checked at start-up like the tables and sent once; moving between them
happens in the browser (``assets/story.js``), which walks the slider to the chapter's year.
``?story=N`` opens chapter N, and back and forward move between chapters.
"""

from __future__ import annotations

from typing import Any

from dash import ClientsideFunction, Dash, Input, Output, State, dcc, html

from components import ids
from components.layer_toggles import DEFAULT_LAYERS
from components.view_state import DEFAULT_OVERLAYS, DEFAULT_REGION, LENSES, OVERLAYS, REGIONS, TIES
from data.facts import DATA_DIR
from data.story import Chapter, load_story
from geodata.atlas import Atlas, AtlasInputs

STORY_FILE = DATA_DIR / "story.md"


def load(inputs: AtlasInputs) -> tuple[Chapter, ...]:
    """The chapters, checked against the tables; a broken one stops start-up."""
    return load_story(
        STORY_FILE,
        inputs.facts,
        {"region": REGIONS, "lens": LENSES, "ties": TIES, "overlays": OVERLAYS},
    )


def chapter_view(atlas: Atlas, chapter: Chapter) -> dict[str, Any]:
    """What a chapter shows and says, as the browser applies it."""
    layers = chapter.layers if chapter.layers is not None else DEFAULT_LAYERS
    return {
        "title": chapter.title,
        "year": min(chapter.year, atlas.years[-1]),
        "region": chapter.region or DEFAULT_REGION,
        "lens": chapter.lens or LENSES[0],
        "ties": chapter.ties or TIES[0],
        "overlays": [
            name
            for name in OVERLAYS
            if name in (chapter.overlays if chapter.overlays is not None else DEFAULT_OVERLAYS)
        ],
        "layers": [code for code in atlas.layer_codes if code in layers],
        "highlight": {
            "countries": list(chapter.countries),
            "routes": list(chapter.routes),
            "territories": list(chapter.territories),
            "events": list(chapter.events),
        },
        "paragraphs": [p.strip() for p in chapter.text.split("\n\n") if p.strip()],
        "sources": [[atlas.facts.sources[url].publisher, url] for url in chapter.sources],
    }


def render(atlas: Atlas, chapters: tuple[Chapter, ...]) -> html.Section:
    """The story's frame, hidden until a chapter is open; the browser fills it."""
    return html.Section(
        [
            html.Div(
                [
                    html.Span(id=ids.STORY_PROGRESS, className="story-progress"),
                    html.Button(
                        "Explore from here",
                        id=ids.STORY_CLOSE,
                        className="story-close",
                        title="Leave the story and keep this view",
                    ),
                ],
                className="story-head",
            ),
            html.H2(id=ids.STORY_TITLE),
            html.Div(id=ids.STORY_BODY, className="story-body"),
            html.Nav(
                [
                    html.Button("← Previous", id=ids.STORY_PREVIOUS, className="action"),
                    html.Div(id=ids.STORY_DOTS, className="story-dots"),
                    html.Button("Next →", id=ids.STORY_NEXT, className="action"),
                ],
                className="story-nav",
                **{"aria-label": "Story chapters"},
            ),
            dcc.Store(
                id=ids.STORY_DATA, data=[chapter_view(atlas, chapter) for chapter in chapters]
            ),
        ],
        id=ids.STORY_BOX,
        className="story hidden",
        role="region",
        **{"aria-labelledby": ids.STORY_TITLE},
    )


def open_button() -> html.Button:
    """The header's way into the story."""
    return html.Button("Read the story", id=ids.STORY_OPEN, className="action story-open")


def register(app: Dash) -> None:
    """Opening the story, and showing the chapter the story store holds."""
    app.clientside_callback(
        "function (clicks) { return clicks ? 1 : window.dash_clientside.no_update; }",
        Output(ids.STORY, "data", allow_duplicate=True),
        Input(ids.STORY_OPEN, "n_clicks"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="showChapter"),
        Input(ids.STORY, "data"),
        State(ids.STORY_DATA, "data"),
        State(ids.YEAR, "data"),
    )
