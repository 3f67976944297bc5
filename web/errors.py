"""Error answers: a small 404 page, short plain messages, and one log line each.

Why: Dash answers any path with the page (200) and lets a bad request or a broken
callback end as a 500 with a traceback. Here every error is answered by a status
that says whose fault it is, with no traceback sent, and logged as one line a person
can grep; a callback that still raises is logged as a bug (500) to be fixed, not hidden.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from dash import Dash
from dash.exceptions import DependencyException, InvalidResourceError
from flask import Response, request
from werkzeug.exceptions import HTTPException, NotFound, RequestEntityTooLarge

log = logging.getLogger("crossroads.web")
REPO = Path(__file__).resolve().parent.parent

#: The not-found page's own styles: inline, so the page needs no asset.
NOT_FOUND_STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f3f1ec;color:#222}"
    "main{max-width:32rem;margin:12vh auto;padding:2rem;background:#fff;"
    "border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}"
    "h1{font-size:1.4rem;margin:0 0 .5rem}a{color:#0b5394}"
)
NOT_FOUND_PAGE = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    f"<title>Not found · Crossroads</title><style>{NOT_FOUND_STYLE}</style></head>"
    "<body><main><h1>This page does not exist</h1>"
    "<p>Crossroads has one page: the atlas. Views are shared as its address with a "
    "query, such as <code>/?year=1995</code>.</p>"
    '<p><a href="/">Open the atlas</a></p></main></body></html>\n'
)


def where(error: BaseException) -> str:
    """The innermost frame of this project in the traceback: ``file:line in function``."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if f.filename.startswith(str(REPO)) and ".venv" not in f.filename]
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return "unknown place"
    path = Path(frame.filename)
    shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
    return f"{shown}:{frame.lineno} in {frame.name}"


def plain(status: int, message: str) -> Response:
    """A short text answer; the message says what was wrong, never how the code failed."""
    return Response(message + "\n", status=status, mimetype="text/plain")


def reject(status: int, reason: str) -> Response:
    """Answer a client error with ``reason`` and log it as one line."""
    log.warning("%d %s %s: %s", status, request.method, request.path[:200], reason)
    return plain(status, f"{status} {reason}")


def not_found() -> Response:
    """The not-found page (HTML for people, a line in the log)."""
    log.info("404 %s %s", request.method, request.path[:200])
    return Response(NOT_FOUND_PAGE, status=404, mimetype="text/html")


def callback_output() -> str:
    """`` output 'map.figure'`` when the failing request was a callback, for the log."""
    if not request.path.endswith("_dash-update-component"):
        return ""
    try:
        body = request.get_json(silent=True)
    except RecursionError:
        body = None
    return f" output {str(body.get('output'))[:120]!r}" if isinstance(body, dict) else ""


def install(app: Dash) -> None:
    """Route every error through one of the answers above."""
    server = app.server

    @server.errorhandler(DependencyException)
    @server.errorhandler(InvalidResourceError)
    def _unknown_resource(_error: Exception) -> Response:
        # Dash raises these for a component-suite path it does not serve, traversal included.
        return not_found()

    @server.errorhandler(Exception)
    def _any(error: Exception) -> Response:
        if isinstance(error, NotFound):
            return not_found()
        if isinstance(error, RequestEntityTooLarge):
            limit = server.config["MAX_CONTENT_LENGTH"]
            return reject(413, f"request body larger than {limit:,} bytes")
        if isinstance(error, HTTPException):
            code = error.code or 500
            if code < 500:
                return reject(code, error.name)
            return plain(code, f"{code} {error.name}")
        log.error(
            "500 %s %s%s: %s: %s at %s",
            request.method,
            request.path[:200],
            callback_output(),
            type(error).__name__,
            " ".join(str(error).split())[:300],
            where(error),
        )
        return plain(500, "500 internal error; it has been logged")
