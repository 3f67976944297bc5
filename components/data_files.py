"""The files the browser fetches: the geometry and every year's facts and lists, each
serialised and gzipped once a day and named by its content's hash.

Why files, not the layout: the layout goes to every reader on every visit and grows
with the data; a fingerprinted file is cached by the browser for good, fetched only
when needed (a year's change list or table rows once the hand rests on that year), and
a second visit costs nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import flask
from dash import Dash

ROUTE = "/data/<name>"
#: a fingerprinted file never changes under its name
IMMUTABLE = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class DataFile:
    """One file as served: its bytes, gzipped once, named ``<stem>.<hash>.json``."""

    name: str
    body: bytes
    gzipped: bytes


def data_file(stem: str, payload: object) -> DataFile:
    """Serialise and compress ``payload`` once; the name changes when the bytes do."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    digest = hashlib.sha256(body).hexdigest()[:16]
    return DataFile(f"{stem}.{digest}.json", body, gzip.compress(body, mtime=0))


def data_files(payloads: Mapping[str, object]) -> dict[str, DataFile]:
    """A file for each named payload; the name is the file's stem."""
    return {name: data_file(name, payload) for name, payload in payloads.items()}


#: Per-year files the browser fetches ahead, while idle, when all of them together are
#: this small (gzipped): then no year change ever waits for one. Larger data (the scale
#: benchmark's) is fetched a year at a time, when the hand rests on it.
PREFETCH_BUDGET = 512 * 1024


def prefetched(files: Mapping[str, DataFile], prefix: tuple[str, ...]) -> list[str]:
    """The names starting with ``prefix`` if they fit ``PREFETCH_BUDGET`` together."""
    names = [name for name in files if name.startswith(prefix)]
    size = sum(len(files[name].gzipped) for name in names)
    return names if size <= PREFETCH_BUDGET else []


def urls(app: Dash, files: Mapping[str, DataFile]) -> dict[str, str]:
    """Each file's address, for the page's constants."""
    return {name: app.get_relative_path(f"/data/{f.name}") for name, f in files.items()}


def serve(files: Callable[[], Mapping[str, DataFile]]) -> Callable[[str], flask.Response]:
    """The view of ``ROUTE``: a known name gets its bytes, gzipped when the browser takes
    gzip, with an ETag per encoding and 304s; anything else is a 404."""

    def view(name: str) -> flask.Response:
        by_name = {f.name: f for f in files().values()}
        found = by_name.get(name)
        if found is None:
            flask.abort(404)
        zipped = flask.request.accept_encodings["gzip"] > 0
        etag = f"{found.name}-gz" if zipped else found.name
        headers = {"Cache-Control": IMMUTABLE, "ETag": f'"{etag}"', "Vary": "Accept-Encoding"}
        if flask.request.if_none_match.contains(etag):
            return flask.Response(status=304, headers=headers)
        response = flask.Response(found.gzipped if zipped else found.body, headers=headers)
        response.headers["Content-Type"] = "application/json"
        if zipped:
            response.headers["Content-Encoding"] = "gzip"
        return response

    return view


def register(app: Dash, files: Callable[[], Mapping[str, DataFile]]) -> None:
    """Serve today's files under ``ROUTE``."""
    app.server.add_url_rule(
        app.config.routes_pathname_prefix.rstrip("/") + ROUTE,
        endpoint="crossroads_data",
        view_func=serve(files),
    )
