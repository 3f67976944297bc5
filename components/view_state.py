"""The view a URL describes: year, layers, lens, selected country and region.

Parsing never trusts the URL: every value is checked against what the atlas knows and
falls back to the default, so ``?year=1700&layers=<script>`` opens the default view and
nothing from the URL is ever written into the page as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import parse_qs

LENSES = ("organisations", "alignment")
#: the contest layers a person can switch off (components/contest.py draws them)
OVERLAYS = ("territories", "borders", "events", "security")
#: the overlays a page opens with: the security layer waits to be switched on
DEFAULT_OVERLAYS = ("territories", "borders", "events")
#: what the alignment lens counts: organisations alone, or security ties as well
TIES = ("organisations", "security")
DEFAULT_REGION = "eurasia"
#: Region presets: a label, the map's centre and zoom, and roughly what they show (west,
#: south, east, north degrees), where a state only partly in view gets its name.
REGIONS = {
    "eurasia": {
        "label": "Eurasia",
        "center": {"lon": 58, "lat": 44},
        "scale": 2.4,
        "box": (-10.0, 12.0, 130.0, 72.0),
    },
    "caucasus": {
        "label": "South Caucasus",
        "center": {"lon": 45.5, "lat": 41},
        "scale": 11,
        "box": (39.0, 37.0, 52.0, 44.5),
    },
    "central-asia": {
        "label": "Central Asia",
        "center": {"lon": 66, "lat": 42},
        "scale": 5,
        "box": (47.0, 32.0, 86.0, 52.0),
    },
}


@dataclass(frozen=True)
class Highlight:
    """What a story chapter points at: drawn stronger than the rest."""

    countries: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()
    territories: tuple[str, ...] = ()
    events: tuple[str, ...] = ()


@dataclass(frozen=True)
class View:
    """Everything a shared link restores (and, in a story, what its chapter points at)."""

    year: int
    layers: tuple[str, ...]
    lens: str = "organisations"
    country: str | None = None
    region: str = DEFAULT_REGION
    #: the contest layers shown (territories, closed borders, events)
    overlays: tuple[str, ...] = DEFAULT_OVERLAYS
    #: the route whose card is open
    route: str | None = None
    #: the story chapter open (from 1), and the year compared with
    story: int | None = None
    vs: int | None = None
    #: what the alignment lens counts (``TIES``)
    ties: str = TIES[0]
    #: set by the story's chapter, not by the address
    highlight: Highlight = Highlight()


def first(query: dict[str, list[str]], key: str) -> str | None:
    """The first value of ``key`` in a parsed query string, if any."""
    values = query.get(key)
    return values[0] if values else None


def parse_view(
    search: str | None,
    default: View,
    years: range,
    known_layers: Sequence[str],
    known_countries: Sequence[str],
    known_routes: Sequence[str] = (),
    chapters: int = 0,
) -> View:
    """The view in ``search`` (``?year=…&layers=…``); anything unknown keeps its default."""
    query = parse_qs(search.lstrip("?") if isinstance(search, str) else "", keep_blank_values=True)
    view = default
    year = year_in(first(query, "year"), years)
    if year is not None:
        view = replace(view, year=year)
    for key, known in (("layers", known_layers), ("overlays", OVERLAYS)):
        chosen = known_in(first(query, key), known)
        if chosen is not None:
            view = replace(view, **{key: chosen})
    lens = first(query, "lens")
    if lens in LENSES:
        view = replace(view, lens=lens)
    counted = first(query, "ties")
    if counted in TIES:
        view = replace(view, ties=counted)
    country = first(query, "country")
    if country in known_countries:
        view = replace(view, country=country)
    region = first(query, "region")
    if region in REGIONS:
        view = replace(view, region=region)
    route = first(query, "route")
    if route in known_routes:
        view = replace(view, route=route)
    vs = year_in(first(query, "vs"), years)
    if vs is not None:
        view = replace(view, vs=vs)
    story = first(query, "story")
    if story is not None and story.isascii() and story.isdigit() and len(story) <= 3:
        view = replace(view, story=int(story) if 1 <= int(story) <= chapters else None)
    return view


def known_in(text: str | None, known: Sequence[str]) -> tuple[str, ...] | None:
    """The known names in a comma list, in ``known``'s order; None when the list names
    only unknown ones (an empty list is a real choice: nothing)."""
    if text is None:
        return None
    wanted = set(text.split(","))
    chosen = tuple(name for name in known if name in wanted)
    return chosen if chosen or text == "" else None


def year_in(value: object, years: range) -> int | None:
    """``value`` as a year the atlas shows, else None: the one rule for a year from a URL
    or from a callback, so both read "1700" or 1700 the same way.

    A whole number (or four ASCII digits: "²" is a digit to Python but no number to
    ``int``) within ``years``."""
    if isinstance(value, str):
        number = int(value) if len(value) == 4 and value.isascii() and value.isdigit() else None
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        number = None
    return number if number in years else None
