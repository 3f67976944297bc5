"""The year slider with its caption, and play/pause with a speed control.

Playback runs in the browser (a clientside callback on a ``dcc.Interval``): each tick
moves the slider one year, which then updates the map like a person dragging it.
"""

from __future__ import annotations

from dash import ClientsideFunction, Dash, Input, Output, State, dcc, html

from components import event_strip, ids
from components.pills import pill_group
from geodata.atlas import Atlas

MARK_YEARS = (1988, 1991, 1995, 2000, 2005, 2010, 2015, 2020)
SPEEDS = {"slow": 1600, "normal": 900, "fast": 400}  # milliseconds per year


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
    """Caption, play button, speed, and the slider."""
    years = atlas.years
    return html.Div(
        [
            html.Div(
                [
                    html.Div(
                        caption(atlas, year),
                        id=ids.YEAR_CAPTION,
                        className="year-caption",
                        **{"aria-live": "polite"},
                    ),
                    html.Button(
                        "▶ Play", id=ids.PLAY, className="play", **{"aria-pressed": "false"}
                    ),
                    pill_group(
                        ids.SPEED,
                        "Speed",
                        [{"label": k, "value": v} for k, v in SPEEDS.items()],
                        SPEEDS["normal"],
                    ),
                    dcc.Interval(id=ids.TICKER, interval=SPEEDS["normal"], disabled=True),
                    html.Div(
                        [
                            html.Label("Compare with", htmlFor=ids.VS, className="control-label"),
                            # A native number box, not dcc.Dropdown, whose Tab stop is an
                            # input hidden from screen readers (axe: aria-hidden-focus).
                            # It applies a year once typing pauses; one outside the slider's
                            # range compares with nothing (crossroads.comparedYear).
                            dcc.Input(
                                id=ids.VS,
                                type="number",
                                min=years[0],
                                max=years[-1],
                                step=1,
                                value=None,
                                placeholder="year",
                                debounce=0.4,
                                className="compare-select",
                            ),
                        ],
                        className="compare",
                    ),
                    # Every year's caption, sent once: the browser swaps them with no request.
                    dcc.Store(
                        id=ids.CAPTIONS, data={str(y): caption(atlas, y) for y in atlas.years}
                    ),
                ],
                className="year-head",
            ),
            html.Div(
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
                className="slider-box",
                title="Year: arrow keys step, Home and End jump to the ends",
            ),
            event_strip.render(atlas),
        ],
        className="year-control",
    )


def register(app: Dash) -> None:
    """Caption, play/pause, ticks and the event strip all run in the browser."""
    event_strip.register(app)

    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="caption"),
        Output(ids.YEAR_CAPTION, "children"),
        Input(ids.YEAR, "value"),
        State(ids.CAPTIONS, "data"),
        prevent_initial_call=True,
    )

    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="togglePlay"),
        Output(ids.TICKER, "disabled"),
        Output(ids.PLAY, "children"),
        Output(ids.PLAY, "aria-pressed"),
        Output(ids.YEAR, "value", allow_duplicate=True),
        Input(ids.PLAY, "n_clicks"),
        State(ids.TICKER, "disabled"),
        State(ids.YEAR, "value"),
        State(ids.YEAR, "min"),
        State(ids.YEAR, "max"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction(namespace="crossroads", function_name="tick"),
        Output(ids.YEAR, "value", allow_duplicate=True),
        Output(ids.TICKER, "disabled", allow_duplicate=True),
        Output(ids.PLAY, "children", allow_duplicate=True),
        Output(ids.PLAY, "aria-pressed", allow_duplicate=True),
        Input(ids.TICKER, "n_intervals"),
        State(ids.YEAR, "value"),
        State(ids.YEAR, "max"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        "function (speed) { return speed; }",
        Output(ids.TICKER, "interval"),
        Input(ids.SPEED, "value"),
        prevent_initial_call=True,
    )
