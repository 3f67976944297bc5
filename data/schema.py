"""The schema of every table, as pydantic models: one model per CSV row.

Why pydantic: types, patterns and per-row rules are declared once, and its errors
carry the field name, which the loader turns into file, line and column.
Rules that span rows or tables (unknown codes, overlaps) live in ``checks.py``.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from data.dates import parse_partial
from data.extent import LAT_RANGE, LON_RANGE


def _is_partial_date(text: str) -> str:
    parse_partial(text, last=False)
    return text


def _has_no_address(text: str) -> str:
    if "://" in text or "www." in text:
        raise ValueError("holds a web address; cite pages in the source column instead")
    return text


Code = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
OrgCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,8}$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
PartialDate = Annotated[str, AfterValidator(_is_partial_date)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^\s,]+$")]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
#: Notes and descriptions: words only (the panel renders them as Markdown text).
Prose = Annotated[Text, AfterValidator(_has_no_address)]
Longitude = Annotated[float, Field(ge=LON_RANGE[0], le=LON_RANGE[1])]
Latitude = Annotated[float, Field(ge=LAT_RANGE[0], le=LAT_RANGE[1])]

MembershipStatus = Literal[
    "member", "observer", "associate", "dialogue_partner", "partner", "suspended", "frozen"
]
RouteStatus = Literal["prospective", "under_construction", "operational", "suspended"]
RouteKind = Literal["oil_pipeline", "gas_pipeline", "railway", "road", "multimodal"]
EventKind = Literal[
    "war",
    "ceasefire_peace",
    "summit_founding",
    "accession_exit",
    "arms_deal",
    "infrastructure",
    "politics",
]
PowerCentre = Literal["russia", "china", "turkey", "west", "other"]
#: who holds an area against whose claim: a self-declared state, an occupying or annexing
#: power, or a lessee
TerritoryKind = Literal["breakaway", "occupied", "annexed", "leased"]
BorderStatus = Literal["closed", "open"]
#: how one state arms, trains, garrisons or monitors another
TieKind = Literal[
    "arms_delivery", "licensed_production", "training", "exercise", "base", "peacekeeping"
]
#: the kinds counted in the years they happened (start..end are the delivery years),
#: not held as a standing tie
DELIVERY_KINDS = frozenset({"arms_delivery"})
#: the kinds that sit somewhere on the map: a base, a force, an academy, a drill ground
POINT_KINDS = frozenset({"training", "exercise", "base", "peacekeeping"})
#: the kinds whose rows may say how many were delivered or built
QUANTITY_KINDS = frozenset({"arms_delivery", "licensed_production"})


class Row(BaseModel):
    """Common settings: rows are immutable and unknown columns are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Period(Row):
    """A row that holds from ``start`` to ``end`` inclusive (``end`` empty: ongoing).

    Its first and last day are parsed once, when the row is validated: every "what held
    on this day" question compares them, and with 100,000 rows parsing them per question
    made start-up and a year's change list take minutes.
    """

    start: PartialDate
    end: PartialDate | None = None

    @field_validator("end")
    @classmethod
    def _end_not_before_start(cls, end: str | None, info: ValidationInfo) -> str | None:
        start = info.data.get("start")
        if (
            end is not None
            and start is not None
            and parse_partial(end, last=True) < parse_partial(start, last=False)
        ):
            raise ValueError(f"end {end} is before start {start}")
        return end

    @model_validator(mode="after")
    def _parse_days(self) -> Period:
        # Each value goes straight into the instance's __dict__, where cached_property
        # would put it and where reading it costs a dict lookup (pydantic compares and
        # hashes rows by their fields only); going through cached_property's own first
        # call took a lock per row and value, a third of a second at 100,000 rows.
        values = self.__dict__
        values["first_day"] = parse_partial(self.start, last=False)
        values["last_day"] = date.max if self.end is None else parse_partial(self.end, last=True)
        return self

    @cached_property
    def first_day(self) -> date:
        """The earliest day the row can cover."""
        return parse_partial(self.start, last=False)

    @cached_property
    def last_day(self) -> date:
        """The latest day the row can cover (``date.max`` while ongoing)."""
        return date.max if self.end is None else parse_partial(self.end, last=True)

    def holds_on(self, day: date) -> bool:
        """Whether the row is in force on ``day``."""
        return self.first_day <= day <= self.last_day


class Source(Row):
    """A published page behind one or more rows: what it is, who published it, when.

    Rows cite a source by its ``url``; this table gives the title and publisher a
    reader sees instead of a bare address.
    """

    url: Url
    title: Text
    publisher: Text
    published: PartialDate | None = None
    accessed: PartialDate


class State(Row):
    """A state drawn on the map, or a predecessor drawn as the union of its parts."""

    code: Code
    name: Text
    iso_numeric: Annotated[str, StringConstraints(pattern=r"^\d{3}$")] | None = None
    ne_name: Text | None = None
    note: Prose | None = None

    @property
    def is_predecessor(self) -> bool:
        """Predecessors have no shape of their own in Natural Earth."""
        return self.iso_numeric is None and self.ne_name is None


class PartOf(Period):
    """``state`` was drawn inside ``part_of`` during the period."""

    start: PartialDate = "1900"
    state: Code
    part_of: Code
    source: Url
    note: Prose | None = None


class Organisation(Row):
    """An organisation layer: who leads it, how it is coloured, what it is."""

    code: OrgCode
    name: Text
    former_names: str | None = None
    founded: PartialDate
    led_by: PowerCentre
    colour: Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
    description: Prose
    source: Url


class Membership(Period):
    """``country`` held ``status`` in ``org`` during the period."""

    country: Code
    org: OrgCode
    status: MembershipStatus
    source: Url
    note: Prose | None = None


CodeList = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}(;[A-Z]{3})*$")]
SlugList = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:;[a-z0-9]+(?:-[a-z0-9]+)*)*$")
]


class Route(Row):
    """An oil, gas or trade route drawn as a line through its waypoints."""

    id: Slug
    name: Text
    kind: RouteKind
    countries: CodeList
    length_km: Annotated[int, Field(gt=0)] | None = None
    description: Prose
    source: Url
    note: Prose | None = None

    @property
    def country_codes(self) -> tuple[str, ...]:
        """The states the route passes through, in order."""
        return tuple(self.countries.split(";"))


class RouteStatusPeriod(Period):
    """What ``route`` was during the period; before its first period it is not drawn."""

    route: Slug
    status: RouteStatus
    source: Url
    note: Prose | None = None


class Waypoint(Row):
    """One point of a route's line, in order of ``seq``."""

    route: Slug
    seq: Annotated[int, Field(ge=1)]
    lon: Longitude
    lat: Latitude
    place: Text


class Event(Period):
    """A war, summit, deal or other turn that moved the lines."""

    id: Slug
    kind: EventKind
    countries: CodeList
    lon: Longitude
    lat: Latitude
    title: Text
    description: Prose
    source: Url
    note: Prose | None = None
    #: the routes the event concerns (a pipeline opened, a railway struck), joined by ``;``
    routes: SlugList | None = None

    @property
    def country_codes(self) -> tuple[str, ...]:
        """The countries involved, in the order given."""
        return tuple(self.countries.split(";"))

    @property
    def route_ids(self) -> tuple[str, ...]:
        """The routes the event concerns, if any."""
        return tuple(self.routes.split(";")) if self.routes else ()


#: exactly two state codes, e.g. ``ARM;TUR``
CodePair = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3};[A-Z]{3}$")]


class Territory(Period):
    """An area held by someone other than the state that claims it, during the period.

    One row per extent: when the holder, the kind or the drawn shape changes, the old
    row ends the day before the new one starts (rows of one ``name`` never overlap).
    """

    id: Slug
    name: Text
    #: who holds the area, in words (a self-declared republic is not a state code)
    held_by: Prose
    #: the states that claim it, joined by ``;``
    claimed_by: CodeList
    kind: TerritoryKind
    #: the slug of the shape drawn for this row (shapes live with geodata)
    geometry: Slug
    source: Url
    note: Prose | None = None

    @property
    def claimant_codes(self) -> tuple[str, ...]:
        """The states that claim the area, in the order given."""
        return tuple(self.claimed_by.split(";"))


class Border(Period):
    """Whether the land border between two states was ``closed`` or ``open``.

    A brief opening (an aid convoy's window) is its own ``open`` row between two
    ``closed`` rows, so short gaps are normal here; overlaps are not.
    """

    id: Slug
    states: CodePair
    status: BorderStatus
    source: Url
    note: Prose | None = None

    @field_validator("states")
    @classmethod
    def _two_different_states(cls, states: str) -> str:
        first, second = states.split(";")
        if first == second:
            raise ValueError(f"a border needs two different states, got {states}")
        return states

    @property
    def state_codes(self) -> tuple[str, ...]:
        """The two states, in the order given."""
        return tuple(self.states.split(";"))

    @property
    def pair(self) -> tuple[str, str]:
        """The two states in alphabetical order: the key rows of one border share."""
        first, second = sorted(self.states.split(";"))
        return first, second


class SecurityTie(Period):
    """One way a provider armed, trained, garrisoned or monitored a host state.

    A delivery row is one batch of one system (``start``..``end`` are the years it
    arrived); every other row is a standing tie (a base, a force, a programme, a
    recurring exercise series) in force from ``start`` to ``end``. Rows with a place on
    the map (``POINT_KINDS``) carry its name and ``lon``/``lat``. The rules are field
    validators, not one model validator, so that an error names its column.
    """

    id: Slug
    #: the supplying or stationing state, or an organisation acting as one (EU, CSTO)
    provider: OrgCode
    #: the receiving or hosting state
    host: Code
    kind: TieKind
    #: the system delivered or the unit, base, academy or exercise series
    system: Text
    #: how many were delivered, where the source says
    quantity: Annotated[int, Field(gt=0)] | None = None
    place: Text | None = Field(default=None, validate_default=True)
    lon: Longitude | None = Field(default=None, validate_default=True)
    lat: Latitude | None = Field(default=None, validate_default=True)
    source: Url
    note: Prose | None = None

    @field_validator("quantity")
    @classmethod
    def _quantity_of_deliveries(cls, quantity: int | None, info: ValidationInfo) -> int | None:
        kind = info.data.get("kind")
        if quantity is not None and kind is not None and kind not in QUANTITY_KINDS:
            raise ValueError(f"quantity is for deliveries, not a {kind} row")
        return quantity

    @field_validator("place", "lon")
    @classmethod
    def _point_where_drawn(cls, value: object, info: ValidationInfo) -> object:
        kind = info.data.get("kind")
        if value is None and kind in POINT_KINDS:
            raise ValueError(f"a {kind} row needs place, lon and lat: the map draws it there")
        return value

    @field_validator("lat")
    @classmethod
    def _lat_with_lon(cls, lat: float | None, info: ValidationInfo) -> float | None:
        if "lon" in info.data and (lat is None) != (info.data["lon"] is None):
            raise ValueError("lon and lat go together: give both or neither")
        return lat

    @property
    def is_delivery(self) -> bool:
        """Whether the row counts in the years of delivery rather than day by day."""
        return self.kind in DELIVERY_KINDS
