"""Every year's facts in compact form, computed once per day and fetched once as a file.

Why: changing the year, the layers or the lens must not ask the server. Python stays the
only place that decides what held on a day; the browser (``assets/map_select.js``) only
selects from these codes: per feature and organisation the status group held on the
year's day, per feature the power centres it was tied to, indices into one table of
hover texts, and each route's state. The colour and symbol tables come from here too,
so no rule or constant is typed twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from components.contest import contest_tables, contest_years
from components.labels import label_tables
from components.map_figure import (
    BADGE_SPACING,
    BORDER_WIDTH,
    CHANGE_HOVER,
    CHANGE_LIFT,
    CHANGE_MARK,
    CHOSEN_ROUTE_WIDTH,
    HOVERTEMPLATE,
    ROUTE_WIDTH,
    SELECTED_WIDTH,
    STRENGTH,
    YearTies,
    geo_frame,
    hover_lines,
    lens_ties,
    route_states,
    ties_hover,
    trace_order,
    unit_memberships,
)
from components.security_layer import arc_rows
from components.styling import (
    BADGE_SYMBOL,
    GROUPS,
    STATUS_GROUP,
    fill_category,
    fill_palette,
    ties_category,
)
from components.text_table import TextTable
from components.view_state import DEFAULT_REGION, REGIONS
from components.year_control import caption
from data.alignment import CENTRES, leaders, ties
from data.schema import Membership
from data.timeline import memberships_on
from geodata.atlas import Atlas

#: status code of a feature in one organisation: 0 none, then one per status group
STATUS_CODE = {group: code for code, group in enumerate(GROUPS, start=1)}
#: one status per group, to look its fill up in ``fill_category``
GROUP_EXAMPLE = {group: next(s for s, g in STATUS_GROUP.items() if g == group) for group in GROUPS}


def status_codes(memberships: Mapping[str, Membership], orgs: Sequence[str]) -> str:
    """One digit per organisation, in legend order: ``STATUS_CODE`` or 0."""
    return "".join(
        str(STATUS_CODE[STATUS_GROUP[memberships[org].status]]) if org in memberships else "0"
        for org in orgs
    )


def ties_mask(centres: Sequence[str]) -> int:
    """The power centres as bits, in ``CENTRES`` order."""
    return sum(1 << CENTRES.index(centre) for centre in centres)


def year_entry(atlas: Atlas, year: int, texts: TextTable) -> dict[str, Any]:
    """One year's codes; features not drawn that year have no status."""
    orgs = atlas.layer_codes
    led_by = leaders(atlas.facts.organisations)
    held = memberships_on(atlas.facts.memberships, atlas.day(year))
    drawn = atlas.features_by_year[year]
    year_ties = YearTies.of(atlas, year)
    entry: dict[str, list] = {
        "status": [],
        "ties": [],
        "hover": [],
        "tiesHover": [],
        "securityTies": [],
        "securityTiesHover": [],
    }
    for fid, feature in atlas.features.items():
        memberships = unit_memberships(held, feature)
        centres = ties(memberships, led_by)
        both, both_hover = lens_ties(memberships, led_by, year_ties, feature.unit, "security")
        entry["hover"].append(texts.index(hover_lines(memberships, orgs)))
        entry["tiesHover"].append(texts.index(ties_hover(centres)))
        entry["securityTiesHover"].append(texts.index(both_hover))
        entry["status"].append(status_codes(memberships, orgs) if fid in drawn else None)
        entry["ties"].append(ties_mask(centres) if fid in drawn else None)
        entry["securityTies"].append(ties_mask(both) if fid in drawn else None)
    entry["routes"] = route_states(atlas, year)
    entry["contest"] = contest_years(atlas, year)
    return entry


def drawing_constants(atlas: Atlas) -> dict[str, Any]:
    """Every table the browser needs to turn codes into drawn values."""
    organisations = atlas.facts.organisations
    n_orgs = len(organisations)
    return {
        "traces": trace_order(len(atlas.facts.routes), len(arc_rows(atlas))),
        # palette index -> colour of the countries' stepped scale (fills drawn directly)
        "fillPalette": fill_palette(organisations),
        # fill[org][code]: the palette index of a country whose first layer is ``org``
        "fill": [
            [0] + [fill_category(org, GROUP_EXAMPLE[g]) for g in GROUPS] for org in range(n_orgs)
        ],
        "tiesFill": [ties_category(organisations, count) for count in range(len(CENTRES) + 1)],
        "badgeSymbol": [None] + [BADGE_SYMBOL[g] for g in GROUPS],
        "centreColour": [n_orgs + index for index in range(len(CENTRES))],
        "centreSymbol": BADGE_SYMBOL["member"],
        "badgeSpacing": BADGE_SPACING,
        "borderWidth": BORDER_WIDTH,
        "selectedWidth": SELECTED_WIDTH,
        "hovertemplate": HOVERTEMPLATE,
        "regions": {key: geo_frame(key) for key in REGIONS},
        "routeIds": list(atlas.route_ids),
        # the comparison of two years: a status code's strength, marks and their hover
        "strength": [0] + [STRENGTH[g] for g in GROUPS],
        "changeMark": CHANGE_MARK,
        "changeLift": CHANGE_LIFT,
        "changeHover": CHANGE_HOVER,
        "routeWidth": ROUTE_WIDTH,
        "chosenRouteWidth": CHOSEN_ROUTE_WIDTH,
        "firstRegion": DEFAULT_REGION,
    }


def year_facts(atlas: Atlas) -> dict[str, Any]:
    """Everything the browser selects from, for every year the slider offers."""
    texts = TextTable()
    features = list(atlas.features.values())
    years = [year_entry(atlas, year, texts) for year in atlas.years]
    return {
        "firstYear": atlas.years[0],
        "orgs": list(atlas.layer_codes),
        "features": [f.id for f in features],
        "units": [f.unit for f in features],
        "names": [atlas.facts.state(f.unit).name for f in features],
        "parts": [list(f.parts) for f in features],
        "anchors": [list(f.anchor) for f in features],
        "texts": texts.items,
        "years": years,
        "contest": contest_tables(atlas),
        "labels": label_tables(atlas),
        "constants": drawing_constants(atlas),
        "captions": [caption(atlas, year) for year in atlas.years],
    }
