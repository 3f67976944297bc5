"""What the browser's rules must agree with: Python's decisions, in the browser's form.

Why a module of its own: the same views and expectations feed the fast agreement suite
(``tests/test_js_agreement.py`` writes them as fixtures for ``node --test tests/js``) and
the end-to-end check in a real browser (``tests/browser/test_year_path.py``). The two
reference forms below (a view's canonical query, the changes between two years) exist
only to check the browser's rules, so they live here, not in the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from urllib.parse import urlencode

from components.changes_list import COMPARED_KINDS
from components.contest import EVENT_KINDS
from components.layer_toggles import DEFAULT_LAYERS
from components.map_figure import CHANGE_MARK, view_values
from components.styling import EVENT_COLOUR, EVENT_SYMBOL
from components.view_state import OVERLAYS, Highlight, View
from data.changes import year_changes
from geodata.atlas import Atlas

ALL_LAYERS = ("OTS", "CSTO", "EAEU", "CIS", "SCO", "NATO", "EU", "EURASEC", "EACU")
LAYER_SETS = [
    (),
    *((code,) for code in ALL_LAYERS),
    DEFAULT_LAYERS,
    ALL_LAYERS,
    ("NATO", "OTS"),  # given out of legend order: the legend order still decides
    ("SCO", "NATO"),
    ("EU", "NATO"),
    ("CIS", "CSTO", "EAEU"),
    ("EURASEC", "EACU"),
    ("CSTO", "SCO"),
    tuple(code for code in DEFAULT_LAYERS if code != "CSTO"),
    ("OTS", "EU"),
]
LENSES = ("organisations", "alignment")
OVERLAY_SETS = [
    (),
    ("territories",),
    ("borders",),
    ("events",),
    ("events", "territories"),
    ("security",),
]

STORY_POINTS = Highlight(
    countries=("ARM", "AZE"),
    routes=("btc",),
    territories=("nagorno-karabakh-1994", "abkhazia-2008"),
    events=("karabakh-war-2", "russo-georgian-war-2008"),
)


def special_views(year: int) -> list[View]:
    """Comparisons with earlier and later years, in both lenses, and a story's highlight."""
    return [
        View(year=year, layers=DEFAULT_LAYERS, vs=1991),
        View(year=year, layers=("SCO", "OTS"), vs=2015, lens="alignment"),
        View(year=year, layers=ALL_LAYERS, vs=2026),
        View(year=year, layers=DEFAULT_LAYERS, country="GEO", route="scp", highlight=STORY_POINTS),
        View(year=year, layers=(), lens="alignment", ties="security", overlays=("security",)),
        View(year=year, layers=DEFAULT_LAYERS, lens="alignment", ties="security", vs=2010),
        View(year=year, layers=DEFAULT_LAYERS, ties="security", overlays=OVERLAYS),
    ]


def browser_form(atlas: Atlas, view: View) -> dict:
    """A view and Python's values for it, as the browser names them."""
    values = asdict(view_values(atlas, view))
    values["routes"] = [list(state) if state else None for state in values["routes"]]
    changes = values.pop("changes")
    values["changes"] = {
        "lon": changes["lon"],
        "lat": changes["lat"],
        "symbol": [CHANGE_MARK[d][0] for d in changes["direction"]],
        "colour": [CHANGE_MARK[d][1] for d in changes["direction"]],
        "customdata": [
            list(t) for t in zip(changes["name"], changes["gains"], changes["losses"], strict=True)
        ],
        "hovertemplate": changes["hovertemplate"],
    }
    contest = values["contest"]
    values["contest"] = {
        "territoryLocations": contest["territory_locations"],
        "territoryZ": contest["territory_z"],
        "territoryLine": contest["territory_line"],
        "territoryWidth": contest["territory_width"],
        "territoryCustomdata": [
            list(pair)
            for pair in zip(contest["territory_hover"], contest["territory_claimant"], strict=True)
        ],
        "hatch": contest["hatch"],
        "approximate": contest["approximate"],
        "border": contest["border"],
        "borderHover": contest["border_hover"],
        "eventLon": contest["event_lon"],
        "eventLat": contest["event_lat"],
        "eventCustomdata": [
            list(pair)
            for pair in zip(contest["event_hover"], contest["event_country"], strict=True)
        ],
        "eventSymbol": [EVENT_SYMBOL[EVENT_KINDS[k]] for k in contest["event_kind"]],
        "eventColour": [EVENT_COLOUR[EVENT_KINDS[k]] for k in contest["event_kind"]],
        "eventSize": contest["event_size"],
        "security": {
            "arcs": contest["security"]["arcs"],
            "lon": contest["security"]["lon"],
            "lat": contest["security"]["lat"],
            "symbol": contest["security"]["symbol"],
            "colour": contest["security"]["colour"],
            "customdata": [
                list(pair)
                for pair in zip(
                    contest["security"]["hover"], contest["security"]["host"], strict=True
                )
            ],
        },
    }
    return {"view": json_view(view), "values": json.loads(json.dumps(values))}


def json_view(view: View) -> dict:
    """A view as the browser's controls give it."""
    return {
        **asdict(view),
        "layers": list(view.layers),
        "overlays": list(view.overlays),
        "highlight": {key: list(value) for key, value in asdict(view.highlight).items()},
    }


def by_contest(forms: list[dict]) -> tuple[list[dict], dict[str, dict]]:
    """The views with their contest values named by a key into one table: the contest
    follows year, contest layers and highlight only, so the many views of a year that
    share it send it to the browser once."""
    contests: dict[str, dict] = {}
    for form in forms:
        contest = form["values"].pop("contest")
        key = json.dumps(contest, sort_keys=True)
        form["contest"] = contests.setdefault(key, str(len(contests)))
    return forms, {number: json.loads(key) for key, number in contests.items()}


def year_views(year: int) -> list[View]:
    """Every view of ``year`` the agreement covers: 20 layer sets in both lenses, with
    countries chosen, the contest overlays, comparisons and a story's highlight."""
    views = [
        View(year=year, layers=layers, lens=lens, country=country)
        for lens in LENSES
        for layers in LAYER_SETS
        for country in ((None, "KAZ", "SUN") if layers == DEFAULT_LAYERS else (None,))
    ]
    views += [View(year=year, layers=(), overlays=o) for o in OVERLAY_SETS]
    return views + special_views(year)


def view_query(view: View) -> str:
    """The query string that restores ``view`` (keys in a fixed order)."""
    params = {
        "year": view.year,
        "layers": ",".join(view.layers),
        "overlays": ",".join(view.overlays),
        "lens": view.lens,
    }
    if view.ties != "organisations":
        params["ties"] = view.ties
    if view.country:
        params["country"] = view.country
    if view.route:
        params["route"] = view.route
    params["region"] = view.region
    if view.vs:
        params["vs"] = view.vs
    if view.story:
        params["story"] = view.story
    return "?" + urlencode(params, safe=",")


def compared_changes(atlas: Atlas, vs: int, year: int) -> dict[str, list[str]]:
    """Every change of ties between two years, grouped by state (name → "date: text"
    lines in date order): the reference the browser's list is tested against."""
    first, last = sorted((vs, year))
    grouped: dict[str, list[str]] = {}
    for between in range(first + 1, last + 1):
        for change in year_changes(atlas.facts, between, atlas.today):
            if change.kind in COMPARED_KINDS and change.country:
                name = atlas.facts.state(change.country).name
                grouped.setdefault(name, []).append(f"{change.when}: {change.text}")
    return dict(sorted(grouped.items()))
