"""The baseline of ``make bench-load``: bare Flask answering any request with a 3 KB JSON
body, served by the same gunicorn configuration as the atlas."""

from __future__ import annotations

import json

from flask import Flask, Response

BODY = json.dumps({"items": [{"id": i, "name": f"item {i:04d}", "ok": True} for i in range(67)]})
app = Flask(__name__)


@app.route("/", defaults={"path": ""}, methods=["GET", "POST"])
@app.route("/<path:path>", methods=["GET", "POST"])
def anything(path: str) -> Response:
    """The same JSON for every path and method."""
    return Response(BODY, mimetype="application/json")
