"""The page: header, controls, map with its year control, "what changed", the side panel
(country story, layers, legend) and the data behind the view.

Everything the page serves depends on the day (the current year shows today's status),
so it is built once per day as a ``Page`` and every callback reads today's page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dash import Dash, dcc, html
from dash.development.base_component import Component

from components import (
    changes_list,
    country_panel,
    data_view,
    ids,
    layer_toggles,
    legend,
    map_controls,
    map_view,
    route_card,
    story,
    url_sync,
    year_control,
)
from components.controls import FIELDS
from components.data_files import DataFile, data_files, prefetched, publish, urls
from components.data_view import SEED
from components.view_state import OVERLAYS, View
from components.year_control import slider_marks
from components.year_facts import year_facts
from data.story import Chapter
from geodata.atlas import Atlas, AtlasInputs, Daily, build_atlas


def default_view(atlas: Atlas) -> View:
    """What the page opens on: today, the seven main layers, the whole region."""
    return View(year=atlas.years[-1], layers=layer_toggles.DEFAULT_LAYERS)


@dataclass(frozen=True, eq=False)
class Page:
    """What one day serves: its atlas, the files the browser fetches, and the layout."""

    atlas: Atlas
    files: dict[str, DataFile]
    layout: html.Div


def render(
    atlas: Atlas, chapters: tuple[Chapter, ...], geometry_url: str, topojson_url: str
) -> html.Div:
    """Build the whole page for the default view (a URL then moves it, if it says so)."""
    view = default_view(atlas)
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.URL_WRITTEN),
            dcc.Store(id=ids.URL_TO_READ),
            dcc.Store(id=ids.ROUTE),
            dcc.Store(id=ids.STORY),
            dcc.Store(id=ids.HIGHLIGHT),
            html.Header(
                [
                    story.open_button(),
                    html.H1("Crossroads"),
                    html.P(
                        "Who sided with whom in the South Caucasus and Central Asia, "
                        "year by year since 1988: Turkic, Russian-led, Chinese-led and "
                        "Western blocs, and the routes around Armenia and Iran.",
                        className="tagline",
                    ),
                ],
                className="site-header",
            ),
            html.Main(
                [
                    html.Div(
                        [
                            map_controls.render(view),
                            map_view.render(atlas, view, geometry_url, topojson_url),
                            year_control.render(atlas, view.year),
                            changes_list.render(atlas),
                        ],
                        className="map-column",
                    ),
                    html.Aside(
                        [
                            story.render(atlas, chapters),
                            country_panel.selector(atlas, view.country),
                            country_panel.render(),
                            route_card.render(atlas),
                            layer_toggles.render(atlas, view.layers),
                            layer_toggles.render_overlays(view.overlays),
                            legend.render(),
                        ],
                        className="side-panel",
                    ),
                ],
                className="content",
            ),
            data_view.render(atlas, view),
            html.Footer(
                [
                    "Facts with sources in data/*.csv; shapes from Natural Earth. Starting point: ",
                    html.A("Emerging Europe (2023)", href=SEED, target="_blank", rel="noopener"),
                    ".",
                ],
                className="site-footer",
            ),
        ],
        className="page",
    )


def build_page(inputs: AtlasInputs, chapters: tuple[Chapter, ...], day: date, app: Dash) -> Page:
    """The page of ``day``: its atlas, files and layout, built once."""
    atlas = build_atlas(inputs, day)
    files = data_files(
        {
            "geometry": atlas.geojson,
            "facts": year_facts(atlas),
            "changes": changes_list.changes_meta(atlas),
            "table": data_view.table_meta(atlas),
            **{f"changes-{y}": changes_list.year_lines(atlas, y) for y in atlas.years},
            **{f"table-{y}": data_view.table_year(atlas, y) for y in atlas.years},
        }
    )
    publish(app, files)
    geometry_url = urls(app, files)["geometry"]
    layout = render(atlas, chapters, geometry_url, app.get_asset_url("topojson/"))
    return Page(atlas, files, layout)


def register(app: Dash, pages: Callable[[], Page], chapters: int) -> None:
    """Register every component's callbacks on ``app``; each reads today's page."""

    def atlas() -> Atlas:
        return pages().atlas

    map_view.register(app)
    year_control.register(app)
    layer_toggles.register(app)
    changes_list.register(app)
    country_panel.register(app, atlas)
    route_card.register(app, atlas)
    data_view.register(app, atlas)
    story.register(app)
    url_sync.register(app, atlas, lambda: default_view(atlas()), chapters)


def skeleton(node: object) -> object:
    """The layout as callback validation needs it: each component's type, id and children.

    Why: Dash sends the validation layout in the config of every page; the full layout
    (its data and figure) would double the page for no use.
    """
    if isinstance(node, list | tuple):
        return [skeleton(child) for child in node]
    if not isinstance(node, Component):
        return node
    props = {"children": skeleton(node.children)} if hasattr(node, "children") else {}
    if getattr(node, "id", None) is not None:
        props["id"] = node.id
    return type(node)(**props)


#: Where the page's constants go; filled per day (they name the day's geometry file).
CONSTANTS_MARK = "CROSSROADS_CONSTANTS"


def page_constants(page: Page, app: Dash) -> str:
    """What the browser's scripts share with Python, as JSON that is safe inside a
    script element: the ids, the view's parts, and the day's geometry file (fetched as
    the page loads, before plotly asks for it)."""
    shared = {
        "ids": ids.browser_ids(),
        "overlays": list(OVERLAYS),
        "viewKeys": list(FIELDS),
        "years": [page.atlas.years[0], page.atlas.years[-1]],
        "marks": list(slider_marks(page.atlas.years)),
        "files": urls(app, page.files),
        "prefetch": prefetched(page.files, ("changes-", "table-")),
        "legend": legend.markup(page.atlas),
        "topojson": app.get_asset_url("topojson/"),
    }
    return json.dumps(shared).replace("</", "<\\/")


#: WORKAROUND(dash 4.4.1): Dash sends every browser babel's polyfill for browsers of
#: before 2017 (core-js 2); its String.prototype.trim replaces the native one, and
#: plotly.js parses every colour with trim, so the polyfill's script and its trim took
#: about 140 ms of a cold page load here. Every browser the page supports (it is built
#: on ES2019 and fetch) has the rest natively; the one part Dash's components need, the
#: regenerator runtime, comes in our bundle (assets/src/regenerator.js).
POLYFILL = re.compile(r'<script src="[^"]*/polyfill@[^"]*"></script>\s*')


class CrossroadsDash(Dash):
    """Dash with the day's constants written into the page it serves."""

    pages: Callable[[], Page] | None = None

    def interpolate_index(self, **kwargs: str) -> str:
        """The page, with today's constants in place of ``CONSTANTS_MARK``, and without
        the polyfill script."""
        kwargs["scripts"] = POLYFILL.sub("", kwargs["scripts"])
        page = super().interpolate_index(**kwargs)
        return page.replace(CONSTANTS_MARK, page_constants(self.pages(), self))


def index_string() -> str:
    """The page around the app: English, one footer (the app's own), and the constants
    the browser's scripts share with Python, as data, never as script."""
    constants = CONSTANTS_MARK
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    {{%metas%}}
    <title>{{%title%}}</title>
    {{%favicon%}}
    {{%css%}}
  </head>
  <body>
    {{%app_entry%}}
    <script type="application/json" id="crossroads-constants">{constants}</script>
    {{%config%}}
    {{%scripts%}}
    {{%renderer%}}
  </body>
</html>"""


def create_pages(
    inputs: AtlasInputs, chapters: tuple[Chapter, ...], app: Dash, clock: Callable[[], date]
) -> Daily[Page]:
    """Today's page, rebuilt when the day changes."""
    return Daily(lambda day: build_page(inputs, chapters, day, app), clock)
