"""Crossroads: an offline atlas of blocs, routes and wars in the South Caucasus and Central Asia.

Start-up builds the one read-only ``Atlas`` (a malformed data file stops it here with
file, line, column and rule), registers the callbacks, and serves the page.
``gunicorn app:server`` serves the same app.
"""

from __future__ import annotations

import argparse
import sys

from dash import Dash

from components import layout
from data.errors import DataError
from geodata.atlas import load_atlas
from web import harden


def create_app() -> Dash:
    """Load the atlas and build the Dash app around it."""
    atlas = load_atlas()
    app = Dash(__name__, title="Crossroads", serve_locally=True, compress=True)
    app.layout = layout.render(atlas)
    layout.register(atlas)
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
