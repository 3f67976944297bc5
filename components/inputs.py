"""Sanitise what the browser sends: a bad value never reaches the builders.

Why: callback inputs can be forged (or come from a stale URL); a bad value here shows
the default view instead of a 500 or a blank map, by the same rules a URL is read with
(``components/view_state.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from components.view_state import DEFAULT_OVERLAYS, LENSES, OVERLAYS, REGIONS, TIES, View, year_in
from geodata.atlas import Atlas


def clean_year(value: Any, years: range) -> int:
    """The year asked for if the atlas shows it (``year_in``), else the last year: what a
    URL with that year opens."""
    year = year_in(value, years)
    return years[-1] if year is None else year


def clean_layers(value: Any, known: Sequence[str]) -> tuple[str, ...]:
    """The codes of ``value`` that are ``known``, in ``known``'s order (for layers, legend
    order); anything else is dropped."""
    if not isinstance(value, (list, tuple)):
        return ()
    wanted = {item for item in value if isinstance(item, str)}
    return tuple(code for code in known if code in wanted)


def clean_choice(value: Any, known: Sequence[str] | dict, default: str | None) -> str | None:
    """``value`` if it is one of ``known``, else ``default``."""
    return value if isinstance(value, str) and value in known else default


def clean_view(
    year: Any,
    layers: Any,
    lens: Any,
    country: Any,
    region: Any,
    overlays: Any = DEFAULT_OVERLAYS,
    route: Any = None,
    vs: Any = None,
    story: Any = None,
    ties: Any = TIES[0],
    *,
    years: range,
    known_layers: Sequence[str],
    known_countries: Sequence[str],
    known_routes: Sequence[str] = (),
) -> View:
    """A valid ``View`` from raw callback inputs."""
    return View(
        year=clean_year(year, years),
        layers=clean_layers(layers, known_layers),
        lens=clean_choice(lens, LENSES, LENSES[0]) or LENSES[0],
        country=clean_choice(country, known_countries, None),
        region=clean_choice(region, REGIONS, "eurasia") or "eurasia",
        overlays=clean_layers(overlays, OVERLAYS),
        route=clean_choice(route, known_routes, None),
        vs=year_in(vs, years),
        story=story
        if isinstance(story, int) and not isinstance(story, bool) and story > 0
        else None,
        ties=clean_choice(ties, TIES, TIES[0]) or TIES[0],
    )


def view_of(atlas: Atlas, **values: Any) -> View:
    """A valid ``View`` from raw callback inputs (by ``View`` field), checked against what
    ``atlas`` knows."""
    return clean_view(
        **values,
        years=atlas.years,
        known_layers=atlas.layer_codes,
        known_countries=atlas.country_codes,
        known_routes=atlas.route_ids,
    )
