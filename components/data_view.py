"""Data out: a sortable table of what the map shows, its CSV, and a "cite this view" text.

The table and the CSV come from one pure function, ``view_rows``, so what a person
downloads is exactly what they see.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import urlsplit, urlunsplit

from dash import Input, Output, State, callback, dash_table, dcc, html

from components import ids
from components.inputs import clean_layers, clean_year, view_of
from components.styling import STATUS_LABEL
from components.view_state import View, view_query
from data.timeline import memberships_on
from geodata.atlas import Atlas

COLUMNS = ("country", "organisation", "status", "since", "until", "source")
SEED = (
    "https://emerging-europe.com/news/"
    "an-alternative-to-russia-and-china-turkeys-role-in-the-south-caucasus-and-central-asia/"
)


def view_rows(atlas: Atlas, year: int, layers: tuple[str, ...]) -> list[dict[str, str]]:
    """One row per membership in force on the map's day, for the layers shown."""
    held = memberships_on(atlas.facts.memberships, atlas.day(year))
    rows = []
    for code, memberships in held.items():
        for org, row in memberships.items():
            if org in layers:
                rows.append(
                    {
                        "country": atlas.facts.state(code).name,
                        "organisation": org,
                        "status": STATUS_LABEL[row.status],
                        "since": row.start,
                        "until": row.end or "",
                        "source": row.source,
                    }
                )
    return sorted(rows, key=lambda r: (r["country"], layers.index(r["organisation"])))


def markdown_link(atlas: Atlas, url: str) -> str:
    """The table's source cell: the publisher, linking to the page."""
    publisher = atlas.facts.sources[url].publisher.replace("[", "(").replace("]", ")")
    return f"[{publisher}]({url})"


def to_csv(rows: list[dict[str, str]]) -> str:
    """The rows as CSV text with a header."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def view_url(href: object, view: View) -> str:
    """The page's address with the query that restores ``view``: whatever the address
    bar holds (a forged or partial query), the citation carries the canonical one."""
    parts = urlsplit(href if isinstance(href, str) else "")
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", view_query(view)[1:], ""))


def citation(atlas: Atlas, view: View, url: str, rows: list[dict[str, str]]) -> str:
    """A citation of the view: what, when, where, and how many sources stand behind it."""
    layers = ", ".join(view.layers) or "no layers"
    count = len({r["source"] for r in rows})
    return (
        f"Crossroads atlas, status on {atlas.day(view.year):%d %B %Y} "
        f"({layers}; {view.lens} view). {url} (accessed {atlas.today:%d %B %Y}). "
        f"Based on {count} cited sources listed in the data table, and on Emerging Europe, "
        f"\"An alternative to Russia and China: Turkey's role in the South Caucasus and "
        f'Central Asia" (2023), {SEED}.'
    )


def render(atlas: Atlas, view: View) -> html.Section:
    """Heading, buttons, cite text and the table."""
    return html.Section(
        [
            html.H2("The data behind this view"),
            html.Div(
                [
                    html.Button("Download CSV", id=ids.DOWNLOAD_BUTTON, className="action"),
                    dcc.Download(id=ids.DOWNLOAD),
                    html.Span(
                        "PNG: use the camera button on the map.", className="hint inline-hint"
                    ),
                ],
                className="data-actions",
            ),
            html.Label("Cite this view", htmlFor=ids.CITE, className="control-label"),
            dcc.Textarea(id=ids.CITE, value="", readOnly=True, className="cite", rows=3),
            dash_table.DataTable(
                id=ids.TABLE,
                columns=[
                    {"name": c, "id": c, "presentation": "markdown"}
                    if c == "source"
                    else {"name": c, "id": c}
                    for c in COLUMNS
                ],
                data=[],
                sort_action="native",
                filter_action="native",
                page_size=15,
                markdown_options={"link_target": "_blank"},
                style_table={"overflowX": "auto"},
                style_cell={"textAlign": "left", "fontSize": 13, "whiteSpace": "normal"},
            ),
        ],
        className="data-view",
    )


def register(atlas: Atlas) -> None:
    """Table, cite text and CSV follow the year and the layers."""
    known = atlas.layer_codes

    @callback(
        Output(ids.TABLE, "data"),
        Output(ids.CITE, "value"),
        Input(ids.YEAR, "value"),
        Input(ids.LAYERS, "value"),
        Input(ids.LENS, "value"),
        Input(ids.COUNTRY, "value"),
        Input(ids.REGION, "value"),
        State(ids.URL, "href"),
    )
    def update_table(year, layers, lens, country, region, href):
        view = view_of(atlas, year, layers, lens, country, region)
        rows = view_rows(atlas, view.year, view.layers)
        shown = [{**r, "source": markdown_link(atlas, r["source"])} for r in rows]
        return shown, citation(atlas, view, view_url(href, view), rows)

    @callback(
        Output(ids.DOWNLOAD, "data"),
        Input(ids.DOWNLOAD_BUTTON, "n_clicks"),
        State(ids.YEAR, "value"),
        State(ids.LAYERS, "value"),
        prevent_initial_call=True,
    )
    def download(_clicks: object, year: object, layers: object) -> dict:
        chosen = clean_year(year, atlas.years)
        rows = view_rows(atlas, chosen, clean_layers(layers, known))
        return dcc.send_string(to_csv(rows), f"crossroads-{chosen}.csv", type="text/csv")
