"""A table of strings stored once and referred to by index.

Why: the per-year data sent to the browser repeats the same texts year after year (a
country's hover, its memberships); sending each once keeps the page small.
"""

from __future__ import annotations


class TextTable:
    """Strings in first-use order, each stored once."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._index: dict[str, int] = {}

    def index(self, text: str) -> int:
        """The index of ``text``, added on first use."""
        if text not in self._index:
            self._index[text] = len(self.items)
            self.items.append(text)
        return self._index[text]
