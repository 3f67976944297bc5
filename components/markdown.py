"""Markdown from the fact tables, with every piece of data text escaped.

Why Markdown: a country's panel lists dozens of events and sources. As one
``dcc.Markdown`` per list instead of four or five Dash components per line, the page
keeps a few hundred components fewer, and every callback runs faster in the browser.
Raw HTML stays off (``dcc.Markdown``'s default), and escaping makes sure a title or note
can never turn into markup or a link.
"""

from __future__ import annotations

import re
from urllib.parse import quote

#: The marks dcc.Markdown's parser lets a backslash make literal (checked in the
#: browser: it shows the backslash before any other punctuation).
MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")
#: ``&`` and ``<`` cannot be backslash-escaped there: written as entities, they can
#: start neither an entity nor an autolink or tag.
ENTITIES = {"&": "&amp;", "<": "&lt;"}
QUOTE = '"'  # ends a link's title, so titles carry it as an entity


def escape(text: str) -> str:
    """``text`` as literal Markdown: no emphasis, links, HTML or list markers."""
    flat = " ".join(text.split())
    for char, entity in ENTITIES.items():  # "&" first, so no entity is escaped twice
        flat = flat.replace(char, entity)
    return MARKUP.sub(r"\\\1", flat)


def link(text: str, url: str, title: str | None = None) -> str:
    """A Markdown link; the address goes in angle brackets with ``<>"`` and spaces encoded."""
    target = quote(url, safe="/:?&=#%+,;@!$'()*[]~._-")
    hover = f' "{escape(title).replace(QUOTE, "&quot;")}"' if title else ""
    return f"[{escape(text)}](<{target}>{hover})"
