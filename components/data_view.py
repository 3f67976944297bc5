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
from components.wire import TableRow
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


def table_meta(atlas: Atlas) -> dict[str, Any]:
    """What every year's table shares: legend order, columns and caption."""
    return {
        "orgs": list(atlas.layer_codes),
        "columns": list(COLUMNS),
        "caption": "Memberships in force on the map's day, for the layers shown",
    }


def table_year(atlas: Atlas, year: int) -> dict[str, Any]:
    """The memberships in force on the map's day of ``year``, as shown, and the year's
    citation template: one file per year, fetched once the hand rests on it."""
    facts = atlas.facts
    rows = [facts.memberships[i] for i in in_force(atlas, year)]
    return {
        "rows": [
            TableRow(
                country=facts.state(row.country).name,
                org=row.org,
                status=STATUS_LABEL[row.status],
                since=shown(row.start),
                until=shown(row.end) if row.end else "",
                publisher=facts.sources[row.source].publisher,
                url=row.source,
                start=row.start,
                end=row.end or "",
            )
            for row in rows
        ],
        "cite": citation_template(atlas, year),
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
        ],
        className="data-view",
    )


def register(app: Dash, atlas: Callable[[], Atlas]) -> None:
    """The table and cite text follow the view in the browser; the CSV is the server's."""
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="showTable"),
        *view_inputs(),
    )

    @app.callback(
        Output(ids.DOWNLOAD, "data"),
        Input(ids.DOWNLOAD_BUTTON, "n_clicks"),
        State(ids.YEAR, "data"),
        State(ids.LAYERS, "value"),
        prevent_initial_call=True,
    )
    def download(_clicks: object, year: object, layers: object) -> dict:
        today = atlas()
        chosen = clean_year(year, today.years)
        rows = view_rows(today, chosen, clean_layers(layers, today.layer_codes))
        return dcc.send_string(to_csv(rows), f"crossroads-{chosen}.csv", type="text/csv")
