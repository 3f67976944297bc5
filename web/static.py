"""Constant files served as a CDN serves them: compressed once, validated, cached right.

Why: the page's scripts (Dash's bundles, plotly's 1.4 MB geo bundle in ``assets/``), the
geometry file and any other file the app makes at start-up or once a day never change
under their URL, yet Flask reads them and flask-compress gzips them again on every
request, and a client that accepts only gzip got plotly uncompressed. Here each file is
held in memory raw, gzipped and brotli-compressed, once; a request gets the best
encoding it accepts, an ETag of its own per encoding, ``Vary: Accept-Encoding``, and a
304 when it already holds that ETag.

Lifetimes follow the URL: a URL whose fingerprint matches the content is ``immutable``
for a year; a URL whose fingerprint does not match is a 404 (so a made-up fingerprint
can neither be cached for a year nor fill memory); a URL without a fingerprint is
revalidated on each use (``no-cache`` with its ETag). Three kinds of fingerprint:

- in the name, ``countries.<hex>.json``: hex digits that start the SHA-256 of the body;
- Dash's component suites, ``dash_renderer.v4_4_1m<mtime>.min.js``: the package's
  version and the file's modification time, as Dash itself builds it;
- Dash's assets, ``/assets/x.js?m=<mtime>``: the file's modification time.

The API, for files the app makes (one call each, before or after ``harden``)::

    from web.static import constant_files

    files = constant_files(app)  # the app's registry, installed on first use
    url = files.add("/data/geometry.<sha256 prefix>.json", body, "application/json")

Why not WhiteNoise: it serves files from folders and compresses only what a build step
wrote beside them; most of ours are made in memory (the geometry, the day's facts), and
Dash's own fingerprints are not WhiteNoise's. This module is its equivalent for the
three kinds above, in about the same size of code as the configuration would take.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import mimetypes
import os
import re
import sys
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import brotli
from dash import Dash
from dash.fingerprint import build_fingerprint, check_fingerprint
from flask import Flask, Response, request

#: What a URL whose fingerprint matches its content may be cached for.
IMMUTABLE = "public, max-age=31536000, immutable"
#: A URL without a fingerprint: kept, but asked about each time (304 when unchanged).
REVALIDATE = "no-cache"
#: Brotli's level: 9 is about ten times quicker than its best, 11 (0.4 s against 4 s on
#: plotly's bundle; 0.3 s against 2.9 s on a day's 82 data files), for 8 to 19% more bytes.
BROTLI_LEVEL = 9
#: Bodies larger than this (a layout of 100,000 rows is 54 MB) get the quick levels:
#: gzip 6 and brotli 5, several times quicker than 9 and 9 for a few per cent more bytes.
LARGE = 2 * 1024 * 1024
#: A name fingerprint: ``.<8 to 64 hex digits>.`` before the extension.
NAME_FINGERPRINT = re.compile(r"\.([0-9a-f]{8,64})\.[A-Za-z0-9]+$")
EXTENSION = "crossroads_constant_files"
SUITES = "_dash-component-suites/"
ASSETS = "assets/"


class Encoded:
    """One body in the three encodings a browser may accept, with its validator.

    Each encoding is made once, when first asked for: a day's 80 data files or plotly's
    bundle cost start-up nothing, and a year nobody opens is never compressed (gunicorn's
    master asks for the page's own scripts before it forks, ``web.warm``).
    """

    def __init__(self, raw: bytes, mimetype: str, fast: bool = False) -> None:
        self.raw = raw
        self.mimetype = mimetype
        #: quick levels: for a body made while a client waits, or a large one
        self.fast = fast or len(raw) > LARGE
        #: hex digest of the raw body; each encoding's ETag adds a suffix to it
        self.digest = hashlib.sha256(raw).hexdigest()

    @classmethod
    def of(cls, body: bytes, mimetype: str, fast: bool = False) -> Encoded:
        """``body``, to be compressed at the best levels that stay quick (``fast``: levels
        for a body made while a client waits, a millisecond or less for 20 KB)."""
        return cls(body, mimetype, fast)

    @cached_property
    def gzipped(self) -> bytes:
        return gzip.compress(self.raw, compresslevel=6 if self.fast else 9, mtime=0)

    @cached_property
    def brotli(self) -> bytes:
        return brotli.compress(self.raw, quality=5 if self.fast else BROTLI_LEVEL)

    def negotiate(self) -> tuple[bytes, str | None, str]:
        """The body the current request accepts (brotli, gzip or raw; a smaller encoding
        first), its ``Content-Encoding`` and its ETag's suffix."""
        accepted = request.accept_encodings
        if accepted["br"] > 0 and len(self.brotli) < len(self.raw):
            return self.brotli, "br", "-br"
        if accepted["gzip"] > 0 and len(self.gzipped) < len(self.raw):
            return self.gzipped, "gzip", "-gz"
        return self.raw, None, ""

    def respond(self, cache_control: str) -> Response:
        """This body for the current request in the best encoding it accepts, 304 when
        the client holds this encoding's ETag."""
        body, encoding, suffix = self.negotiate()
        etag = self.digest[:32] + suffix
        headers = {"ETag": f'"{etag}"', "Cache-Control": cache_control, "Vary": "Accept-Encoding"}
        if request.if_none_match.contains(etag):
            return Response(status=304, headers=headers)
        response = Response(body, mimetype=self.mimetype, headers=headers)
        if encoding:
            response.headers["Content-Encoding"] = encoding
        return response


@dataclass(frozen=True)
class ConstantFile:
    """A registered file: its bodies, and the query fingerprint its URL may carry."""

    encoded: Encoded
    #: a name fingerprint that matched the content, or a Dash suite fingerprint checked
    immutable: bool
    #: ``("m", "1796525929.1")`` for an asset: the query that makes the URL immutable
    query: tuple[str, str] | None = None

    def respond(self) -> Response | None:
        """The response, or ``None`` (a 404) for a query fingerprint that does not match."""
        if self.query is not None:
            name, value = self.query
            given = request.args.get(name)
            if given is None:
                return self.encoded.respond(REVALIDATE)
            if given != value:
                return None
            return self.encoded.respond(IMMUTABLE)
        return self.encoded.respond(IMMUTABLE if self.immutable else REVALIDATE)


def name_fingerprint_matches(url_path: str, body: bytes) -> bool | None:
    """``None`` when the name carries no fingerprint, else whether it starts the body's
    SHA-256."""
    match = NAME_FINGERPRINT.search(url_path)
    if match is None:
        return None
    return hashlib.sha256(body).hexdigest().startswith(match[1])


def mimetype_of(path: str) -> str:
    guessed = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return "application/javascript" if guessed == "text/javascript" else guessed


class ConstantFiles:
    """The constant files of one app, by URL path, answered before Flask routes them.

    Besides the files added with ``add``, it serves Dash's ``assets/`` folder (read once
    at installation) and Dash's component suites (read on first request, then kept).
    """

    def __init__(self, app: Dash) -> None:
        self.app = app
        self.prefix = app.config.routes_pathname_prefix
        self.files: dict[str, ConstantFile] = {}
        self.lock = threading.Lock()

    def add(self, url_path: str, body: bytes, mimetype: str) -> str:
        """Serve ``body`` at ``url_path`` (no query) from now on; returns ``url_path``.

        A fingerprint in the name (``name.<hex>.ext``) must start the SHA-256 of
        ``body``, and makes the URL immutable; a mismatch is a ``ValueError`` here,
        never a year-long cache of the wrong bytes. Without one, the file is revalidated
        on each use. Adding the same path again replaces it (a new day's file).
        """
        matches = name_fingerprint_matches(url_path, body)
        if matches is False:
            raise ValueError(f"{url_path}: its fingerprint is not the start of the body's SHA-256")
        self.files[url_path] = ConstantFile(Encoded.of(body, mimetype), immutable=bool(matches))
        return url_path

    def paths(self, prefix: str) -> list[str]:
        """The paths served under ``prefix`` (to drop yesterday's files)."""
        return [path for path in self.files if path.startswith(prefix)]

    def remove(self, url_path: str) -> None:
        """Stop serving ``url_path`` (yesterday's file); a later request is a 404."""
        self.files.pop(url_path, None)

    def add_assets(self) -> None:
        """Every file of Dash's assets folder, under ``/assets/``, immutable with the
        ``?m=<mtime>`` Dash appends (the same float Dash formats)."""
        folder = Path(self.app.config.assets_folder)
        if not folder.is_dir():
            return
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            relative = path.relative_to(folder).as_posix()
            body = path.read_bytes()
            self.files[self.prefix + ASSETS + relative] = ConstantFile(
                Encoded.of(body, mimetype_of(relative)),
                immutable=False,
                query=("m", str(os.path.getmtime(path))),
            )

    def suite_file(self, path: str) -> ConstantFile | None:
        """A component-suite file read on its first request: ``None`` (a 404) for a path
        Dash does not serve or a fingerprint that is not the file's own."""
        package, _, fingerprinted = path[len(self.prefix + SUITES) :].partition("/")
        in_package, has_fingerprint = check_fingerprint(fingerprinted)
        if (
            package not in self.app.registered_paths
            or in_package not in self.app.registered_paths[package]
            or package not in sys.modules
        ):
            return None
        module_path = os.path.join(os.path.dirname(sys.modules[package].__file__), in_package)
        if not os.path.isfile(module_path):
            return None
        if has_fingerprint and fingerprinted != self.suite_fingerprint(
            package, in_package, module_path
        ):
            return None
        with open(module_path, "rb") as handle:
            body = handle.read()
        return ConstantFile(Encoded.of(body, mimetype_of(in_package)), immutable=has_fingerprint)

    @staticmethod
    def suite_fingerprint(package: str, in_package: str, module_path: str) -> str:
        """The fingerprinted name Dash writes into the page for this file."""
        if package == "dash" and in_package.split("/")[0] in ("dcc", "html", "dash_table"):
            version = importlib.import_module(f"dash.{os.path.split(in_package)[0]}").__version__
        else:
            version = importlib.import_module(package).__version__
        modified = int(os.stat(module_path).st_mtime)
        return build_fingerprint(in_package, version, modified)

    def __call__(self) -> Response | None:
        """``before_request`` hook: answer a constant file, or a 404 for a fingerprint
        that does not match; anything else goes on to Flask."""
        if request.method not in ("GET", "HEAD"):
            return None
        path = request.path
        found = self.files.get(path)
        if found is None and path.startswith(self.prefix + SUITES):
            found = self.suite_file(path)
            if found is None:
                return not_found()
            with self.lock:
                found = self.files.setdefault(path, found)
        if found is None:
            return None
        return found.respond() or not_found()


def not_found() -> Response:
    from web.errors import not_found as page

    return page()


def constant_files(app: Dash) -> ConstantFiles:
    """The constant-file registry of ``app``, created and installed on first use (its
    hook runs before every other ``before_request`` hook, so registered paths are
    answered before the catch-all 404)."""
    server: Flask = app.server
    files = server.extensions.get(EXTENSION)
    if files is None:
        files = server.extensions[EXTENSION] = ConstantFiles(app)
        files.add_assets()
        server.before_request_funcs.setdefault(None, []).insert(0, files)
    return files
