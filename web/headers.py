"""Security headers on every response: a strict Content-Security-Policy and friends.

Why a small ``after_request`` hook and not flask-talisman: the policy's script hashes
come from Dash (``app.csp_hashes()``) and are final only once Dash has copied the
callbacks registered with ``dash.callback`` into the app, on its first request; the
hook computes them then, once. Talisman would add a dependency for one header, and
its defaults (forcing HTTPS, rewriting cookies) are wrong for an app that also runs
on 127.0.0.1 behind whatever terminates TLS.
"""

from __future__ import annotations

from collections.abc import Sequence

from dash import Dash
from flask import Response

#: Headers that never change.
FIXED = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def policy(script_hashes: Sequence[str]) -> str:
    """The Content-Security-Policy: scripts only from this origin or with a known hash.

    Styles may be inline (and only styles): React and plotly set ``style`` attributes,
    and Dash's component bundles and plotly insert their CSS as ``<style>`` elements
    (checked in Chromium: 33 of them on a page load). No hash may stand beside
    ``'unsafe-inline'`` there, or browsers would ignore it. Images: plotly's PNG export
    makes ``data:`` and ``blob:`` URLs.
    """
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *script_hashes],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "form-action": ["'self'"],
    }
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


class Headers:
    """Adds the headers; the policy is built on the first response, after Dash's setup."""

    def __init__(self, app: Dash) -> None:
        self.app = app
        self.csp: str | None = None

    def content_security_policy(self) -> str:
        """The policy, with a hash for every inline script Dash emits, each once (two
        of Dash's inline scripts are the same text, so ``csp_hashes`` lists one twice)."""
        if self.csp is None:
            self.csp = policy(list(dict.fromkeys(self.app.csp_hashes())))
        return self.csp

    def __call__(self, response: Response) -> Response:
        """``after_request`` hook."""
        response.headers["Content-Security-Policy"] = self.content_security_policy()
        for name, value in FIXED.items():
            response.headers.setdefault(name, value)
        return response


def install(app: Dash) -> Headers:
    """Add the headers to every response of ``app``."""
    headers = Headers(app)
    app.server.after_request(headers)
    return headers
