"""HTTP hardening and caching for the Crossroads Dash app, in one call: ``harden(app)``.

Why a package of its own: none of this is data, shapes or something a person sees.
It wraps whatever Dash app ``create_app()`` built, deriving what it needs from the app
(its routes, ``callback_map`` and inline scripts), so the components can change
without touching it.
"""

from __future__ import annotations

import io
import json
import re

from dash import Dash
from flask import Flask, Response, request

from web import cache, errors, headers
from web.envelope import BadEnvelope, Envelopes
from web.static import constant_files

#: Largest request body accepted. The largest legitimate one is a click on the map
#: (plotly's clickData carries the feature's hover texts for every year), 4.3 KB;
#: the browser test measures it and checks it stays under an eighth of this.
MAX_BODY = 64 * 1024
HEALTH_PATH = "/healthz"
#: The page's constants block (components/layout.py), which names the day's data files.
PAGE_CONSTANTS = re.compile(
    r'<script type="application/json" id="crossroads-constants">(.*?)</script>', re.S
)


def harden(app: Dash) -> None:
    """Validate callback requests, answer errors plainly, serve constant files, cache
    constant responses, add security headers and a health check. Call it last, after
    the layout and every callback are registered."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY
    errors.install(app)
    prefix = app.config.routes_pathname_prefix
    catchall = prefix + "<path:path>"
    update = prefix + "_dash-update-component"
    reload_hash = prefix + "_reload-hash"
    envelopes = Envelopes(app)
    constant_files(app)

    @server.before_request
    def _refuse() -> Response | None:
        if (
            request.content_length is None
            and "chunked" in request.headers.get("Transfer-Encoding", "").lower()
        ):
            too_large = buffer_chunked_body(request.environ, MAX_BODY)
            if too_large:
                return errors.reject(413, f"request body larger than {MAX_BODY:,} bytes")
        # Dash answers every path with the page; only the page itself is a view here.
        if request.endpoint == catchall:
            return errors.not_found()
        # Hot reload's poll exists only under ``app.run(debug=True)``, never in production.
        if request.endpoint == reload_hash and not app._dev_tools.get("hot_reload"):
            return errors.not_found()
        if request.endpoint == update and request.method == "POST":
            try:
                envelopes.check(request.get_data(cache=True))
            except BadEnvelope as error:
                return errors.reject(400, str(error))
        return None

    cache.install(app)
    headers.install(app)
    server.add_url_rule(HEALTH_PATH, "healthz", healthz, methods=["GET"])


def buffer_chunked_body(environ: dict, limit: int) -> bool:
    """Read a chunked body (no ``Content-Length``) up to one byte past ``limit`` and hand
    it on as a sized body; ``True`` when it is over the limit.

    Why: for a body without a length, Werkzeug stops reading at ``MAX_CONTENT_LENGTH``
    and hands on the truncated start, so an oversized chunked body used to reach the
    envelope check as broken JSON (400) instead of being refused as too large (413).
    """
    body = environ["wsgi.input"].read(limit + 1)
    if len(body) > limit:
        return True
    environ["wsgi.input"] = io.BytesIO(body)
    environ["CONTENT_LENGTH"] = str(len(body))
    return False


def warm(server: Flask) -> None:
    """Build the constant responses of ``server`` now (gunicorn calls this in its master,
    so forked workers start with them instead of each building them on a first visit)."""
    client = server.test_client()
    for path in ("/", "/_dash-layout", "/_dash-dependencies"):
        for encoding in ("gzip", "identity"):
            client.get(path, headers={"Accept-Encoding": encoding})
    # What a first visit fetches, compressed once here rather than by each worker on a
    # visitor's time: the page's scripts and styles, and the data files it names that it
    # fetches at once or ahead (a year fetched only when opened is compressed then).
    page = client.get("/").get_data(as_text=True)
    paths = re.findall(r'(?:src|href)="(/[^"]+\.(?:js|css)[^"]*)"', page)
    constants = PAGE_CONSTANTS.search(page)
    if constants:
        shared = json.loads(constants[1])
        ahead = set(shared.get("prefetch", []))
        files = shared.get("files", {})
        # a file named for a year ("changes-1995") is fetched when that year is opened
        paths += [url for name, url in files.items() if name in ahead or not name[-4:].isdigit()]
    for path in paths:
        for encoding in ("br", "gzip"):
            client.get(path, headers={"Accept-Encoding": encoding})


def healthz() -> Response:
    """For a load balancer: cheap, always 200 while the worker answers, never cached."""
    return Response("ok\n", mimetype="text/plain", headers={"Cache-Control": "no-store"})
