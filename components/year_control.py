"""The year control: caption, play/pause with a speed control, "compare with", the
slider's box and the event strip.

The slider itself (a native range input and a number box) is built by the browser in
its box (``assets/src/year_control.js``), so React never renders it while a hand drags:
the hot path reads its input events and writes the year to the ``YEAR`` store once the
hand rests. Playback runs in the browser too (``assets/src/playback.js``).
"""

from __future__ import annotations

from dash import Dash, dcc, html

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
                ],
                className="year-head",
            ),
            dcc.Store(id=ids.YEAR, data=year),
            html.Div(
                id=ids.YEAR_SLIDER,
                className="slider-box",
                title="Year: arrow keys step, Home and End jump to the ends",
            ),
            event_strip.render(atlas),
        ],
        className="year-control",
    )


def register(app: Dash) -> None:
    """The event strip; everything else here runs in the browser."""
    event_strip.register(app)
