"""Dash html components as one HTML string, for parts of the page that never change.

Why: Dash asks every component of the page about every update, so a legend of ninety
components costs on every change of the view while saying the same thing all day. Built
with the same ``html.*`` calls, it is sent as the markup of one component.
"""

from __future__ import annotations

from html import escape

from dash.development.base_component import Component

#: Dash's prop names that differ from HTML's attribute names
ATTRIBUTE = {"className": "class", "htmlFor": "for"}


def css(style: dict[str, object]) -> str:
    """A React style dict as CSS declarations: ``backgroundColor`` -> ``background-color``."""
    return ";".join(
        "".join(f"-{c.lower()}" if c.isupper() else c for c in key) + f":{value}"
        for key, value in style.items()
    )


def to_html(node: object) -> str:
    """The markup of ``node``: a component, a list of them, a string or a number."""
    if isinstance(node, list | tuple):
        return "".join(to_html(child) for child in node)
    if node is None:
        return ""
    if not isinstance(node, Component):
        return escape(str(node))
    tag = type(node).__name__.lower()
    attributes = []
    # every prop set, the wildcard ``aria-*`` and ``data-*`` ones included
    for name, value in node.to_plotly_json()["props"].items():
        if name == "children" or value is None:
            continue
        text = css(value) if name == "style" else str(value)
        attributes.append(f' {ATTRIBUTE.get(name, name)}="{escape(text)}"')
    return f"<{tag}{''.join(attributes)}>{to_html(getattr(node, 'children', None))}</{tag}>"
