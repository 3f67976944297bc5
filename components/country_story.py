"""What a country's panel says, as pure builders: its memberships and ties in a year,
its events, routes and security ties, and the sources behind them (Markdown lists,
escaped).

``country_panel`` lays these out and wires them to the year and the chosen country.
"""

from __future__ import annotations

from urllib.parse import urlparse

from dash import dcc, html

from components import markdown
from components.styling import CENTRE_LABEL, ROUTE_STATUS_LABEL, STATUS_LABEL
from data import schema
from data.alignment import CENTRES, leaders, tie_organisations, ties
from data.dates import shown
from data.security import OFF_MAP_PROVIDERS, history, involving, ties_in_year
from data.timeline import memberships_on, route_status_on
from geodata.atlas import Atlas


def source_link(atlas: Atlas, url: str) -> str:
    """A source named by its publisher, with the page's title on hover (Markdown)."""
    source = atlas.facts.sources[url]
    return markdown.link(source.publisher, url, source.title)


def citation_line(atlas: Atlas, url: str) -> str:
    """One entry of the sources list: title, publisher, date, and the site (Markdown)."""
    source = atlas.facts.sources[url]
    published = f", {source.published}" if source.published else ""
    details = markdown.escape(f" — {source.publisher}{published}. {urlparse(url).netloc}")
    return f"{markdown.link(source.title, url)}{details}"


def panel_list(lines: list[str], ordered: bool = False) -> dcc.Markdown:
    """A Markdown list for the panel; links open beside the atlas."""
    return dcc.Markdown(list_markdown(lines, ordered), className="panel-list", link_target="_blank")


def held_by(atlas: Atlas, code: str, year: int) -> dict[str, schema.Membership]:
    """The country's memberships in force on the map's day of ``year``."""
    return memberships_on(atlas.facts.memberships, atlas.day(year)).get(code, {})


def membership_lines(atlas: Atlas, code: str, year: int) -> str:
    """The memberships in force on the map's day, with sources and notes (Markdown list;
    empty when there is none)."""
    held = held_by(atlas, code, year)
    lines = []
    for organisation in atlas.facts.organisations:
        row = held.get(organisation.code)
        if row is None:
            continue
        status = markdown.escape(f"{STATUS_LABEL[row.status]} since {shown(row.start)}")
        note = f"\n\n   {markdown.escape(row.note)}" if row.note else ""
        lines.append(f"**{organisation.code}** {status} · {source_link(atlas, row.source)}{note}")
    return list_markdown(lines)


def list_markdown(lines: list[str], ordered: bool = False) -> str:
    """Lines as one Markdown list."""
    bullet = "1." if ordered else "-"
    return "\n".join(f"{bullet} {line}" for line in lines)


def event_items(atlas: Atlas, code: str) -> list:
    """Events that involve the country, by date, each with its source."""
    events = sorted(
        (e for e in atlas.facts.events if code in e.country_codes), key=lambda e: e.first_day
    )
    if not events:
        return [html.P("No recorded event.", className="hint")]
    return [
        panel_list(
            [
                f"{markdown.escape(shown(e.start))} **{markdown.escape(e.title)}\\.** "
                f"{markdown.escape(e.description)} · {source_link(atlas, e.source)}"
                for e in events
            ]
        )
    ]


def route_lines(atlas: Atlas, code: str, year: int) -> str:
    """Routes that pass through the country, with their status that year (Markdown list;
    empty when none does)."""
    day = atlas.day(year)
    lines = []
    for route in (r for r in atlas.facts.routes if code in r.country_codes):
        period = route_status_on(atlas.facts.route_status, route.id, day)
        status = ROUTE_STATUS_LABEL[period.status] if period else "not yet planned"
        lines.append(
            f"**{markdown.escape(route.name)}** {markdown.escape(f'— {status} in {year}')} · "
            f"{source_link(atlas, route.source)}"
        )
    return list_markdown(lines)


def sources(atlas: Atlas, code: str) -> list[str]:
    """Every distinct source behind what the panel says, in first-use order."""
    urls = [r.source for r in atlas.facts.memberships if r.country == code]
    urls += [p.source for p in atlas.facts.part_of if code in (p.state, p.part_of)]
    urls += [e.source for e in atlas.facts.events if code in e.country_codes]
    urls += [r.source for r in atlas.facts.routes if code in r.country_codes]
    urls += [t.source for t in history(atlas.facts.security_ties, code)]
    return list(dict.fromkeys(urls))


def predecessor_note(atlas: Atlas, state: schema.State) -> list:
    """For a predecessor: what it was the union of."""
    parts = sorted(
        {atlas.facts.state(p.state).name for p in atlas.facts.part_of if p.part_of == state.code}
    )
    return [html.P(f"{state.note} Made of: {', '.join(parts)}.", className="hint")]


def ties_text(atlas: Atlas, code: str, year: int) -> str:
    """Which power centres the country is tied to that year, and through what."""
    held = held_by(atlas, code, year)
    led_by = leaders(atlas.facts.organisations)
    centres = ties(held, led_by)
    if not centres:
        return f"Tied to none of the {len(CENTRES)} power centres."
    parts = [
        f"{CENTRE_LABEL[c]} ({', '.join(tie_organisations(held, led_by, c))})" for c in centres
    ]
    return f"Tied to {len(centres)} of {len(CENTRES)} power centres: {'; '.join(parts)}."


def party_name(atlas: Atlas, code: str) -> str:
    """A provider or host as a reader knows it: a state's name, else the code (EU, NATO)."""
    if code in OFF_MAP_PROVIDERS:
        return OFF_MAP_PROVIDERS[code]
    return atlas.facts.state(code).name if code in atlas.facts.states_by_code else code


#: How the panel names each kind of security tie.
TIE_KIND_LABEL = {
    "base": "base",
    "peacekeeping": "peacekeeping or monitoring force",
    "training": "training",
    "exercise": "exercises",
    "arms_delivery": "arms delivery",
    "licensed_production": "licensed production",
}


def tie_when(tie: schema.SecurityTie) -> str:
    """A tie's dates at their precision ("delivered 2020", "Oct 2003 to 3 Jun 2014")."""
    if tie.is_delivery:
        return f"delivered {shown(tie.start)}" + (f" to {shown(tie.end)}" if tie.end else "")
    return f"{shown(tie.start)} to {shown(tie.end)}" if tie.end else f"since {shown(tie.start)}"


def tie_line(atlas: Atlas, tie: schema.SecurityTie, note: bool) -> str:
    """One security tie: what, who to whom, where, when and the source (Markdown)."""
    count = f" ({tie.quantity})" if tie.quantity else ""
    parties = f"{party_name(atlas, tie.provider)} → {party_name(atlas, tie.host)}"
    place = f", {tie.place}" if tie.place else ""
    details = markdown.escape(f"— {TIE_KIND_LABEL[tie.kind]}, {parties}{place}, {tie_when(tie)}")
    line = f"**{markdown.escape(tie.system + count)}** {details} · {source_link(atlas, tie.source)}"
    if note and tie.note:
        line += f"\n\n   {markdown.escape(tie.note)}"
    return line


def security_lines(atlas: Atlas, code: str, year: int) -> str:
    """The security ties of the country in force in ``year`` (hosted, received or
    provided), as ``data.security`` counts them (Markdown list; empty when none)."""
    held = ties_in_year(involving(atlas.facts.security_ties, code), year, atlas.today)
    return list_markdown([tie_line(atlas, tie, note=False) for tie in held])


def security_history(atlas: Atlas, code: str) -> list:
    """Every security tie of the country since 1988, oldest first, with dates, sources
    and the note on how each was dated."""
    ties = history(atlas.facts.security_ties, code)
    if not ties:
        return []
    return [
        html.Details(
            [
                html.Summary(f"Security ties since 1988 ({len(ties)})"),
                panel_list([tie_line(atlas, tie, note=True) for tie in ties]),
            ]
        )
    ]
