"""The year slider and the caption that says which day the map shows."""

from __future__ import annotations

from dash import Input, Output, callback, dcc, html

from components import ids
from components.inputs import clean_year
from geodata.atlas import Atlas

MARK_YEARS = (1988, 1991, 1995, 2000, 2005, 2010, 2015, 2020)


def slider_marks(years: range) -> dict[int, str]:
    """Readable marks: the Soviet collapse, every five years, and the current year."""
    marks = [y for y in MARK_YEARS if y in years and years[-1] - y >= 3] + [years[-1]]
    return {year: str(year) for year in marks}


def caption(atlas: Atlas, year: int) -> str:
    """What the map shows, in words: 31 December, or today for the current year."""
    day = atlas.day(year)
    if day == atlas.today:
        return f"Status today, {day.day} {day:%B %Y}"
    return f"Status on 31 December {year}"


def render(atlas: Atlas, year: int) -> html.Div:
    """The slider with its caption above it."""
    years = atlas.years
    return html.Div(
        [
            html.Div(caption(atlas, year), id=ids.YEAR_CAPTION, className="year-caption"),
            dcc.Slider(
                id=ids.YEAR,
                min=years[0],
                max=years[-1],
                step=1,
                value=year,
                marks=slider_marks(years),
                tooltip={"placement": "top", "always_visible": False},
                updatemode="drag",
            ),
        ],
        className="year-control",
    )


def register(atlas: Atlas) -> None:
    """Keep the caption in step with the slider."""

    @callback(
        Output(ids.YEAR_CAPTION, "children"), Input(ids.YEAR, "value"), prevent_initial_call=True
    )
    def update_caption(year: object) -> str:
        return caption(atlas, clean_year(year, atlas.years))
