"""Colours and symbols shared by the map and its legend, so the two never disagree."""

from __future__ import annotations

from data.schema import Organisation

NO_LAYER_FILL = "#e4e2dc"
BORDER = "#5f5f5f"
BADGE_OUTLINE = "#2b2b2b"

#: How a membership status is drawn: its fill group and its badge symbol.
STATUS_GROUP = {
    "member": "member",
    "observer": "partial",
    "associate": "partial",
    "dialogue_partner": "partial",
    "partner": "partial",
    "suspended": "inactive",
    "frozen": "inactive",
}
GROUPS = ("member", "partial", "inactive")
GROUP_LABEL = {
    "member": "full member",
    "partial": "observer, associate, dialogue partner or partner",
    "inactive": "suspended or frozen",
}
#: plotly symbol numbers: circle, circle-open, x-thin-open (numbers keep patches small)
BADGE_SYMBOL = {"member": 0, "partial": 100, "inactive": 134}

STATUS_LABEL = {
    "member": "member",
    "observer": "observer",
    "associate": "associate",
    "dialogue_partner": "dialogue partner",
    "partner": "partner",
    "suspended": "suspended",
    "frozen": "frozen",
}

LEADER_LABEL = {
    "russia": "Russia-led",
    "china": "China-led",
    "turkey": "Turkey-led",
    "west": "Western",
    "other": "other",
}

#: The alignment lens: fill by how many power centres a country is tied to (0-4),
#: one sequential hue (readable with any colour vision), and a badge per centre.
TIES_FILL = ("#e4e2dc", "#dcd9ec", "#b3aed6", "#776bb0", "#5b4a9b")
CENTRE_COLOUR = {"russia": "#D55E00", "china": "#F0E442", "turkey": "#009E73", "west": "#0072B2"}
CENTRE_LABEL = {"russia": "Russia", "china": "China", "turkey": "Turkey", "west": "the West"}

ROUTE_COLOUR = {
    "oil_pipeline": "#3d2b1f",
    "gas_pipeline": "#7b3294",
    "railway": "#1a1a1a",
    "road": "#4d4d4d",
    "multimodal": "#a6611a",
}
ROUTE_DASH = {
    "operational": "solid",
    "under_construction": "dash",
    "prospective": "dot",
    "suspended": "longdashdot",
}
ROUTE_STATUS_LABEL = {
    "operational": "operational",
    "under_construction": "under construction",
    "prospective": "prospective",
    "suspended": "suspended",
}


def blend(colour: str, other: str, share: float) -> str:
    """Mix ``share`` of ``other`` into ``colour`` (both ``#rrggbb``)."""
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(x + (y - x) * share) for x, y in zip(a, b, strict=True)]
    return "#" + "".join(f"{v:02x}" for v in mixed)


def group_fill(organisation: Organisation, group: str) -> str:
    """Fill of a country whose strongest tie shown is ``group`` in ``organisation``."""
    if group == "member":
        return blend(organisation.colour, "#ffffff", 0.15)
    if group == "partial":
        return blend(organisation.colour, "#ffffff", 0.5)
    return blend(blend(organisation.colour, "#9a9a9a", 0.7), "#ffffff", 0.35)


def fill_palette(organisations: tuple[Organisation, ...]) -> list[str]:
    """Category index → colour: 0 is "no layer", three groups per organisation, then the
    alignment lens's 0-4 ties (see ``ties_category``)."""
    return (
        [NO_LAYER_FILL]
        + [group_fill(organisation, group) for organisation in organisations for group in GROUPS]
        + list(TIES_FILL)
    )


def ties_category(organisations: tuple[Organisation, ...], count: int) -> int:
    """The palette index of a country tied to ``count`` power centres."""
    return 1 + 3 * len(organisations) + count


def fill_category(org_index: int, status: str) -> int:
    """The palette index of ``status`` in the ``org_index``-th organisation."""
    return 1 + 3 * org_index + GROUPS.index(STATUS_GROUP[status])


#: Contest layers. Territories: a tint and an outline by kind, hatched in one ink, so the
#: state's own fill stays readable beneath; approximate shapes get a dashed outline.
TERRITORY_KINDS = ("breakaway", "occupied", "annexed", "leased")
TERRITORY_COLOUR = {
    "breakaway": "#6a3d9a",
    "occupied": "#b2182b",
    "annexed": "#67001f",
    "leased": "#525252",
}
TERRITORY_LABEL = {
    "breakaway": "breakaway, held by a self-declared government",
    "occupied": "occupied",
    "annexed": "annexed by the state holding it",
    "leased": "leased to another state",
}
TERRITORY_TINT = 0.18  # opacity of the kind's colour over the state's fill
HATCH_INK = "rgba(40, 20, 20, 0.55)"
CLOSED_BORDER = "#d7301f"
#: Event markers: a shape and a colour per kind (shape alone tells kinds apart in grey).
EVENT_SYMBOL = {
    "war": "star",
    "ceasefire_peace": "diamond",
    "summit_founding": "square",
    "accession_exit": "hexagon",
    "arms_deal": "cross",
    "infrastructure": "triangle-up",
    "politics": "circle",
}
EVENT_COLOUR = {
    "war": "#b2182b",
    "ceasefire_peace": "#1b7837",
    "summit_founding": "#2166ac",
    "accession_exit": "#8c6d31",
    "arms_deal": "#762a83",
    "infrastructure": "#8c510a",
    "politics": "#4d4d4d",
}
EVENT_LABEL = {
    "war": "war or armed clash",
    "ceasefire_peace": "ceasefire or peace",
    "summit_founding": "summit or founding",
    "accession_exit": "joining or leaving",
    "arms_deal": "arms deal",
    "infrastructure": "infrastructure",
    "politics": "politics",
}


def tint(colour: str, alpha: float) -> str:
    """``#rrggbb`` as an ``rgba()`` with ``alpha``."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"
