"""A country's memberships from 1988 to today: one bar per organisation span, in HTML.

Why HTML and not a plotly chart: a few coloured bars need no chart library; as plain
elements they are accessible (each bar names its status and dates), print well, and
the year marker moves by one style change in the browser.
"""

from __future__ import annotations

from datetime import date

from dash import html

from components import ids
from components.styling import STATUS_GROUP, STATUS_LABEL, group_fill
from data.dates import shown
from data.schema import Membership
from geodata.atlas import Atlas

TICK_EVERY = 5


def decimal_year(day: date) -> float:
    """A date as a fractional year, for a continuous time axis."""
    start = date(day.year, 1, 1)
    return day.year + (day - start).days / 365.25


def axis_end(atlas: Atlas) -> float:
    """The right end of the axis: just after today."""
    return decimal_year(atlas.today) + 0.5


def percent(atlas: Atlas, when: float) -> float:
    """Where ``when`` sits along the axis, in percent of its width (2 decimals)."""
    first = atlas.years[0]
    return round(100 * (when - first) / (axis_end(atlas) - first), 2)


def marker_position(atlas: Atlas, year: int) -> float:
    """Where the year marker stands: the day the map shows for ``year``."""
    return percent(atlas, decimal_year(atlas.day(year)))


def bar(atlas: Atlas, row: Membership) -> html.Span:
    """One membership span, clipped to the axis, named by status and dates."""
    organisation = atlas.facts.organisation(row.org)
    begin = max(decimal_year(row.first_day), atlas.years[0])
    end = decimal_year(row.last_day) if row.end else decimal_year(atlas.today)
    left, right = percent(atlas, begin), percent(atlas, min(end, axis_end(atlas)))
    until = shown(row.end) if row.end else "today"
    label = f"{row.org} {STATUS_LABEL[row.status]}: {shown(row.start)} to {until}"
    return html.Span(
        className=f"bar bar-{STATUS_GROUP[row.status]}",
        title=label,
        role="img",
        **{"aria-label": label},
        style={
            "left": f"{left}%",
            "width": f"{max(right - left, 0.3)}%",
            "backgroundColor": group_fill(organisation, STATUS_GROUP[row.status]),
        },
    )


def track_row(label: str, children: list, track_class: str = "") -> html.Div:
    """One row: a label, then a track the children are placed along."""
    return html.Div(
        [
            html.Span(label, className="timeline-org"),
            html.Div(children, className=f"timeline-track {track_class}".strip()),
        ],
        className="timeline-row",
    )


def timeline(atlas: Atlas, code: str) -> html.Div:
    """Rows of bars, one per organisation the country was ever in, and a year axis."""
    rows = [r for r in atlas.facts.memberships_by_country.get(code, ()) if r.last_day.year >= 1988]
    orgs = [o.code for o in atlas.facts.organisations if any(r.org == o.code for r in rows)]
    ticks = [
        html.Span(str(y), className="timeline-tick", style={"left": f"{percent(atlas, y)}%"})
        for y in atlas.years
        if y % TICK_EVERY == 0
    ]
    return html.Div(
        [track_row(org, [bar(atlas, r) for r in rows if r.org == org]) for org in orgs]
        + [track_row("", ticks, "timeline-axis")],
        className="timeline",
    )


def marker() -> html.Div:
    """Over the tracks, the day the map shows; the browser moves it on a year change."""
    return html.Div(
        html.Span(id=ids.PANEL_MARKER, className="timeline-marker"),
        className="timeline-overlay",
    )
