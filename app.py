"""Crossroads: an offline atlas of blocs, routes and wars in the South Caucasus and Central Asia.

Start-up reads and validates every table and shape once (a malformed data file stops it
here with file, line, column and rule); the page of each day is built from them on the
day's first request. ``gunicorn app:server`` serves the same app.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date

from dash import Dash

from components import layout, story
from data.errors import DataError
from geodata.atlas import load_inputs
from web import harden


def create_app(clock: Callable[[], date] = date.today) -> Dash:
    """A new, independent app: its own callbacks and its own pages, one per day."""
    inputs = load_inputs()
    chapters = story.load(inputs)
    app = layout.CrossroadsDash(
        __name__,
        title="Crossroads",
        serve_locally=True,
        compress=True,
        # the browser's module sources; the page loads their bundle, assets/crossroads.js
        assets_path_ignore=["^src$"],
    )
    app.index_string = layout.index_string()
    pages = layout.create_pages(inputs, chapters, app, clock)
    app.pages = pages
    app.validation_layout = layout.skeleton(pages().layout)
    app.layout = lambda: pages().layout
    layout.register(app, pages, len(chapters))
    harden(app)
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the development server: ``python app.py --host H --port P``."""
    parser = argparse.ArgumentParser(description="Serve the Crossroads atlas.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8050)
    parser.add_argument("--debug", action="store_true")
    args = parser.parse_args(argv)
    app.run(host=args.host, port=args.port, debug=args.debug)
    return 0


try:
    app = create_app()
except DataError as error:
    sys.exit(f"Crossroads cannot start: {error}")
server = app.server

if __name__ == "__main__":
    sys.exit(main())
