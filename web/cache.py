"""Constant responses built once a day, compressed once, and answered with ETags.

Why: the page, ``/_dash-layout`` (800 KB of geometry) and ``/_dash-dependencies`` are
the same for every visitor on a given day, yet Dash rebuilds, serialises and
(through flask-compress) gzips them on every request. The layout will become a
callable per calendar day, so entries are keyed on (path, ``date.today()``) and a new
day builds once. A body already compressed here carries ``Content-Encoding``, which
flask-compress leaves alone. Static files are ``web.static``'s.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from dash import Dash
from flask import Response, g, request

from web.static import IMMUTABLE, REVALIDATE, Encoded

#: Keys of the page's ``_dash-config`` that only disclose versions (the renderer reads
#: them for its debug menu alone).
VERSION_KEYS = (
    "python_version",
    "dash_version",
    "dash_version_url",
    "plotly_version",
    "ddk_version",
)
CONFIG = re.compile(r'(<script id="_dash-config" type="application/json">)(.*?)(</script>)', re.S)
HTML_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


@dataclass(frozen=True)
class Body:
    """One constant response, compressed once (``web.static.Encoded``), and its lifetime."""

    encoded: Encoded
    cache_control: str

    def respond(self) -> Response:
        """This body for the current request: 304 if the client has it, else the best
        encoding it accepts."""
        return self.encoded.respond(self.cache_control)


def without_versions(page: str) -> str:
    """The page with the version keys dropped from its ``_dash-config`` JSON."""

    def strip(match: re.Match[str]) -> str:
        config = json.loads(match[2])
        for key in VERSION_KEYS:
            config.pop(key, None)
        text = json.dumps(config, separators=(",", ":"))
        return match[1] + "".join(HTML_SAFE.get(c, c) for c in text) + match[3]

    return CONFIG.sub(strip, page, count=1)


def make_body(response: Response, cache_control: str, rewrite: Callable[[str], str] | None) -> Body:
    """Freeze a view's response: rewrite (HTML), compress once, hash."""
    raw = response.get_data()
    if rewrite is not None:
        raw = rewrite(raw.decode("utf-8")).encode("utf-8")
    return Body(Encoded.of(raw, response.mimetype or "application/octet-stream"), cache_control)


class ConstantResponses:
    """Serves the constant endpoints of ``app`` from memory; one entry per path, per day."""

    def __init__(self, app: Dash, clock: Callable[[], date] = date.today) -> None:
        self.app = app
        #: what "today" is; a parameter so a test can move to the next day
        self.clock = clock
        prefix = app.config.routes_pathname_prefix
        self.index = prefix
        self.daily = {prefix, prefix + "_dash-layout", prefix + "_dash-dependencies"}
        self.favicon = prefix + "_favicon.ico"
        self.day: date | None = None
        self.bodies: dict[str, Body] = {}
        self.lock = threading.Lock()

    def cacheable(self, endpoint: str | None) -> bool:
        """Whether ``endpoint`` answers the same bytes all day.

        The page carries a per-load token that only background callbacks use; with
        one of those registered, the page is built per request as Dash does.
        """
        if endpoint == self.index:
            return not any(cb.get("background") for cb in self.app.callback_map.values())
        return endpoint in self.daily or endpoint == self.favicon

    def cache_control(self, endpoint: str) -> str:
        """Dash's icon under its version never changes; the rest may, daily."""
        if endpoint == self.favicon and "v" in request.args:
            return IMMUTABLE
        return REVALIDATE

    def build(self, endpoint: str) -> Body | Response:
        """Run Dash's view once; a non-200 answer is passed through, not kept."""
        view = self.app.server.view_functions[endpoint]
        response = self.app.server.make_response(view(**(request.view_args or {})))
        if response.status_code != 200:
            return response
        response.direct_passthrough = False
        rewrite = without_versions if endpoint == self.index else None
        return make_body(response, self.cache_control(endpoint), rewrite)

    def __call__(self) -> Response | None:
        """``before_request`` hook: answer from memory, building the entry if needed."""
        endpoint = request.endpoint
        if request.method not in ("GET", "HEAD") or not self.cacheable(endpoint):
            return None
        today = self.clock()
        key = endpoint + ("?v" if endpoint == self.favicon and "v" in request.args else "")
        with self.lock:
            if self.day != today:
                self.day, self.bodies = today, {}
            body = self.bodies.get(key)
            if body is None:
                built = self.build(endpoint)
                if isinstance(built, Response):
                    return built
                self.bodies[key] = body = built
        return body.respond()


#: Memory the answers of server callbacks may take in one worker (raw and compressed).
CALLBACK_CACHE_BYTES = 24 * 1024 * 1024


class CallbackResponses:
    """Answers of server callbacks, kept by request body for the day.

    Why: a country's story, a route's card and the CSV are pure functions of the request
    (the inputs and states Dash posts) and of the day's atlas, and Dash spends most of a
    call serialising the component tree it returns (measured: 2 of 2.5 ms), then
    flask-compress compresses it again. An identical body on the same day (the same
    country, year and layers; every first visit opening the same view) gets the bytes
    built the first time, compressed once. Least recently used answers go first beyond
    ``CALLBACK_CACHE_BYTES``; only 200 answers are kept; a new day (a new page from
    ``app.pages``, or a new ``clock`` day) starts empty.
    """

    def __init__(self, app: Dash, clock: Callable[[], date], budget: int) -> None:
        self.app = app
        self.clock = clock
        self.budget = budget
        self.endpoint = app.config.routes_pathname_prefix + "_dash-update-component"
        self.day: object = None
        self.entries: OrderedDict[bytes, Encoded] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def today(self) -> object:
        """What the answers depend on: the day's page object when the app has one."""
        pages = getattr(self.app, "pages", None)
        return (self.clock(), id(pages())) if callable(pages) else self.clock()

    def key(self) -> bytes | None:
        if request.method != "POST" or request.endpoint != self.endpoint:
            return None
        return hashlib.sha256(request.get_data(cache=True)).digest()

    def lookup(self) -> Response | None:
        """``before_request`` hook (after the envelope check): a kept answer, if any;
        otherwise the key is noted for ``store``."""
        key = self.key()
        if key is None:
            return None
        today = self.today()
        with self.lock:
            if self.day != today:
                self.day, self.entries, self.size = today, OrderedDict(), 0
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
        if found is None:
            g.crossroads_answer_key = key
            return None
        return respond_once(found)

    def store(self, response: Response) -> Response:
        """``after_request`` hook: keep a new 200 answer, compressed once, and send that."""
        key = g.pop("crossroads_answer_key", None)
        if (
            key is None
            or response.status_code != 200
            or response.direct_passthrough
            or "Content-Encoding" in response.headers
        ):
            return response
        encoded = Encoded.of(
            response.get_data(), response.mimetype or "application/json", fast=True
        )
        cost = len(encoded.raw) + len(encoded.gzipped) + len(encoded.brotli)
        if cost <= self.budget // 8:
            with self.lock:
                if key not in self.entries:
                    self.entries[key] = encoded
                    self.size += cost
                while self.size > self.budget:
                    _, dropped = self.entries.popitem(last=False)
                    self.size -= len(dropped.raw) + len(dropped.gzipped) + len(dropped.brotli)
        answer = respond_once(encoded)
        for name, value in response.headers.items():
            if name.lower() not in ("content-type", "content-length", "content-encoding"):
                answer.headers.setdefault(name, value)
        return answer


def respond_once(encoded: Encoded) -> Response:
    """A callback's answer in the encoding the request accepts; never cached by the
    browser (it is a POST), no ETag."""
    body, encoding, _suffix = encoded.negotiate()
    response = Response(body, mimetype=encoded.mimetype)
    response.headers["Vary"] = "Accept-Encoding"
    if encoding:
        response.headers["Content-Encoding"] = encoding
    return response


def install(app: Dash, clock: Callable[[], date] = date.today) -> ConstantResponses:
    """Serve ``app``'s constant responses, and its callbacks' repeated answers, from
    memory. Call after the envelope check is installed: a kept answer skips nothing
    but Dash itself."""
    cache = ConstantResponses(app, clock)
    app.server.before_request(cache)
    callbacks = CallbackResponses(app, clock, CALLBACK_CACHE_BYTES)
    app.server.before_request(callbacks.lookup)
    app.server.after_request(callbacks.store)
    return cache
