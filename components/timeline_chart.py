"""A country's memberships from 1988 to today: one bar per organisation span."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go
from dash import Patch, dcc

from components import ids
from components.styling import GROUP_LABEL, GROUPS, STATUS_GROUP, STATUS_LABEL, group_fill
from data.schema import Membership, Organisation
from geodata.atlas import Atlas


def decimal_year(day: date) -> float:
    """A date as a fractional year, for a continuous time axis."""
    start = date(day.year, 1, 1)
    return day.year + (day - start).days / 365.25


def spans(atlas: Atlas, code: str) -> list[tuple[Organisation, Membership, float, float]]:
    """(organisation, row, from, to) for every membership row of ``code``, clipped to the atlas."""
    first, last = atlas.years[0], decimal_year(atlas.today)
    found = []
    for row in atlas.facts.memberships:
        if row.country != code:
            continue
        begin = max(decimal_year(row.first_day), first)
        end = min(decimal_year(row.last_day) if row.end else last, last)
        if end > begin:
            found.append((atlas.facts.organisation(row.org), row, begin, end))
    return found


def timeline_figure(atlas: Atlas, code: str, year: int) -> dict:
    """Bars coloured by status group, one row per organisation, a line at ``year``."""
    rows = spans(atlas, code)
    order = [o.code for o in atlas.facts.organisations if any(o is r[0] for r in rows)]
    traces = []
    for group in GROUPS:
        chosen = [r for r in rows if STATUS_GROUP[r[1].status] == group]
        if not chosen:
            continue
        traces.append(
            go.Bar(
                orientation="h",
                y=[r[0].code for r in chosen],
                base=[r[2] for r in chosen],
                x=[r[3] - r[2] for r in chosen],
                marker={"color": [group_fill(r[0], group) for r in chosen], "line": {"width": 0}},
                name=GROUP_LABEL[group],
                customdata=[
                    [STATUS_LABEL[r[1].status], r[1].start, r[1].end or "today"] for r in chosen
                ],
                hovertemplate="%{y} %{customdata[0]}: %{customdata[1]} to %{customdata[2]}"
                "<extra></extra>",
            )
        )
    marker = marker_x(atlas, year)
    layout = {
        "barmode": "overlay",
        "margin": {"l": 60, "r": 10, "t": 10, "b": 30},
        "xaxis": {"range": [atlas.years[0], decimal_year(atlas.today) + 0.5], "dtick": 5},
        "yaxis": {"categoryorder": "array", "categoryarray": list(reversed(order))},
        "showlegend": False,
        "shapes": [
            {
                "type": "line",
                "x0": marker,
                "x1": marker,
                "y0": 0,
                "y1": 1,
                "yref": "paper",
                "line": {"color": "#111", "width": 2, "dash": "dot"},
            }
        ],
        "plot_bgcolor": "#fafafa",
        "paper_bgcolor": "rgba(0,0,0,0)",
    }
    return go.Figure(traces, layout).to_dict()


def marker_x(atlas: Atlas, year: int) -> float:
    """Where the chart's year marker stands: the day the map shows for ``year``."""
    return decimal_year(atlas.day(year))


def marker_patch(atlas: Atlas, year: int) -> Patch:
    """Move the year marker of a drawn chart, sending two numbers, not the chart."""
    patch = Patch()
    x = marker_x(atlas, year)
    patch["layout"]["shapes"][0]["x0"] = x
    patch["layout"]["shapes"][0]["x1"] = x
    return patch


def chart_style(figure: dict) -> dict:
    """One bar-row of height per organisation the chart shows."""
    rows = len(figure["layout"]["yaxis"]["categoryarray"])
    return {"height": f"{60 + 26 * max(rows, 1)}px"}


def render() -> dcc.Graph:
    """The chart's frame in the panel, as wide as the panel; its figure comes per country."""
    return dcc.Graph(
        id=ids.PANEL_CHART,
        figure={},
        config={"displayModeBar": False},
        className="timeline",
        responsive=True,
    )
