"""The files the browser fetches: the geometry and every year's facts and lists, each
serialised once a day and named by its content's hash.

Why files, not the layout: the layout goes to every reader on every visit and grows
with the data; a fingerprinted file is cached by the browser for good, fetched only
when needed (a year's change list or table rows once the hand rests on that year), and
a second visit costs nothing. They are served, compressed once, by ``web.static``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

from dash import Dash

from web.static import constant_files

#: Where the files are served, under the app's prefix.
FOLDER = "/data/"
#: Per-year files the browser fetches ahead, while idle, when all of them together are
#: this small (raw JSON): then no year change ever waits for one. Larger data (the scale
#: benchmark's) is fetched a year at a time, when the hand rests on it.
PREFETCH_BUDGET = 2 * 1024 * 1024


@dataclass(frozen=True)
class DataFile:
    """One file as served: its bytes, named ``<stem>.<hash>.json``."""

    name: str
    body: bytes


def data_file(stem: str, payload: object) -> DataFile:
    """Serialise ``payload`` once; the name changes when the bytes do."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()[:16]
    return DataFile(f"{stem}.{digest}.json", body)


def data_files(payloads: Mapping[str, object]) -> dict[str, DataFile]:
    """A file for each named payload; the name is the file's stem."""
    return {name: data_file(name, payload) for name, payload in payloads.items()}


def prefetched(files: Mapping[str, DataFile], prefix: tuple[str, ...]) -> list[str]:
    """The names starting with ``prefix`` if they fit ``PREFETCH_BUDGET`` together."""
    names = [name for name in files if name.startswith(prefix)]
    size = sum(len(files[name].body) for name in names)
    return names if size <= PREFETCH_BUDGET else []


def urls(app: Dash, files: Mapping[str, DataFile]) -> dict[str, str]:
    """Each file's address, for the page's constants."""
    return {name: app.get_relative_path(FOLDER + f.name) for name, f in files.items()}


def publish(app: Dash, files: Mapping[str, DataFile]) -> None:
    """Serve ``files`` from now on, and stop serving the files of an earlier day."""
    registry = constant_files(app)
    wanted = urls(app, files)
    for path in registry.paths(app.get_relative_path(FOLDER)):
        if path not in wanted.values():
            registry.remove(path)
    for name, url in wanted.items():
        registry.add(url, files[name].body, "application/json")
