"""Data out: a sortable, filterable table of what the map shows, its CSV, and a "cite
this view" text.

The table is plain HTML drawn in the browser once the map has painted
(``assets/data_view.js``), from every year's rows sent once, so a year or layer change
asks the server nothing; the CSV comes from ``view_rows``, the reference the browser's
table is tested against.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from dash import ClientsideFunction, Dash, Input, Output, State, dcc, html

from components import ids
from components.controls import view_inputs
from components.inputs import clean_layers, clean_year
from components.styling import STATUS_LABEL
from components.view_state import View
from data.dates import shown
from data.timeline import indices_on, memberships_on
from geodata.atlas import Atlas

COLUMNS = ("country", "organisation", "status", "since", "until", "source")
SEED = (
    "https://emerging-europe.com/news/"
    "an-alternative-to-russia-and-china-turkeys-role-in-the-south-caucasus-and-central-asia/"
)


def in_force(atlas: Atlas, year: int) -> list[int]:
    """Indices (in ``memberships.csv`` order) of the rows in force on the map's day."""
    return indices_on(atlas.facts.memberships, atlas.day(year))


def view_rows(atlas: Atlas, year: int, layers: tuple[str, ...]) -> list[dict[str, str]]:
    """One row per membership in force on the map's day, for the layers shown, sorted by
    country and then legend order."""
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


def to_csv(rows: list[dict[str, str]]) -> str:
    """The rows as CSV text with a header."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def citation_template(atlas: Atlas, year: int) -> str:
    """The citation of a view of ``year``; the browser fills in ``{layers}``, ``{lens}``,
    ``{url}`` (the canonical address of the view) and ``{count}`` (sources in the table)."""
    return (
        f"Crossroads atlas, status on {atlas.day(year):%d %B %Y} "
        "({layers}; {lens} view). {url} "
        f"(accessed {atlas.today:%d %B %Y}). "
        "Based on {count} cited sources listed in the data table, and on Emerging Europe, "
        "\"An alternative to Russia and China: Turkey's role in the South Caucasus and "
        f'Central Asia" (2023), {SEED}.'
    )


def cite(template: str, view: View, url: str, rows: list[dict[str, str]]) -> str:
    """A citation from its template (the browser does the same)."""
    return (
        template.replace("{layers}", ", ".join(view.layers) or "no layers")
        .replace("{lens}", view.lens)
        .replace("{url}", url)
        .replace("{count}", str(len({r["source"] for r in rows})))
    )


def table_data(atlas: Atlas) -> dict[str, Any]:
    """Every membership row as shown, and each year's rows in force: sent once."""
    facts = atlas.facts
    return {
        "firstYear": atlas.years[0],
        "orgs": list(atlas.layer_codes),
        "rows": [
            [
                facts.state(row.country).name,
                row.org,
                STATUS_LABEL[row.status],
                shown(row.start),
                shown(row.end) if row.end else "",
                facts.sources[row.source].publisher,
                row.source,
                row.start,
                row.end or "",
            ]
            for row in facts.memberships
        ],
        "years": [in_force(atlas, year) for year in atlas.years],
        "cite": [citation_template(atlas, year) for year in atlas.years],
        "columns": list(COLUMNS),
        "caption": "Memberships in force on the map's day, for the layers shown",
    }


def render(atlas: Atlas, view: View) -> html.Section:
    """Heading, buttons, cite text, the filter and the table (rows come from the browser)."""
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
            html.Div(
                [
                    html.Span("Cite this view", className="control-label"),
                    dcc.Clipboard(
                        target_id=ids.CITE,
                        title="Copy the citation",
                        className="copy",
                    ),
                ],
                className="cite-head",
            ),
            html.P(id=ids.CITE, className="cite"),
            html.Div(
                [
                    html.Label("Filter rows", htmlFor=ids.TABLE_FILTER, className="control-label"),
                    dcc.Input(
                        id=ids.TABLE_FILTER,
                        type="search",
                        placeholder="country, organisation, status…",
                        className="table-filter",
                    ),
                    html.Span(id=ids.TABLE_COUNT, className="hint inline-hint"),
                ],
                className="table-tools",
            ),
            html.Div(
                html.Table(id=ids.TABLE, className="data-table"),
                className="table-box",
                tabIndex=0,
                role="region",
                **{"aria-label": "Data table"},
            ),
            dcc.Store(id=ids.TABLE_DATA, data=table_data(atlas)),
        ],
        className="data-view",
    )


def register(app: Dash, atlas: Callable[[], Atlas]) -> None:
    """The table and cite text follow the view in the browser; the CSV is the server's."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="showTable"),
        *view_inputs(),
        State(ids.TABLE_DATA, "data"),
    )

    @app.callback(
        Output(ids.DOWNLOAD, "data"),
        Input(ids.DOWNLOAD_BUTTON, "n_clicks"),
        State(ids.YEAR, "value"),
        State(ids.LAYERS, "value"),
        prevent_initial_call=True,
    )
    def download(_clicks: object, year: object, layers: object) -> dict:
        today = atlas()
        chosen = clean_year(year, today.years)
        rows = view_rows(today, chosen, clean_layers(layers, today.layer_codes))
        return dcc.send_string(to_csv(rows), f"crossroads-{chosen}.csv", type="text/csv")
