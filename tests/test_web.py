"""The app on the open web: bad requests get a 400 and one log line, unknown paths a 404
page, constant responses come from memory with ETags, and every answer carries a strict
Content-Security-Policy."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import logging
import re
from datetime import date, timedelta

import brotli
import pytest
from dash import ALL, Dash, Input, Output, html

from components import ids
from web import MAX_BODY, cache, harden
from web.envelope import call_of
from web.static import constant_files


@pytest.fixture(scope="module")
def crossroads() -> Dash:
    import app

    return app.app


@pytest.fixture
def client(crossroads):
    return crossroads.server.test_client()


def story_request(country: object = "ARM") -> dict:
    """The envelope the browser sends when a country is picked (the panel's story)."""
    import app

    return call_of(app.app, ids.PANEL_TITLE, {ids.COUNTRY: country})


def download_request() -> dict:
    """The envelope of the CSV download, a callback that reads state."""
    import app

    return call_of(app.app, ids.DOWNLOAD, {ids.DOWNLOAD_BUTTON: 1, ids.YEAR: 2000})


def without(body: dict, key: str) -> dict:
    return {k: v for k, v in body.items() if k != key}


BAD_ENVELOPES = {
    "null": b"null",
    "array": b"[]",
    "string": b'"x"',
    "not json": b"{'output': 1}",
    "empty object": b"{}",
    "deep nesting": b"[" * 30000 + b"]" * 30000,
    "unknown output": json.dumps({**story_request(), "output": "nowhere.children"}).encode(),
    "non-string output": json.dumps({**story_request(), "output": ["x"]}).encode(),
    "missing inputs": json.dumps(without(story_request(), "inputs")).encode(),
    "missing outputs": json.dumps(without(story_request(), "outputs")).encode(),
    "missing state": json.dumps(without(download_request(), "state")).encode(),
    "extra input": json.dumps(
        {**story_request(), "inputs": story_request()["inputs"] * 2}
    ).encode(),
    "missing input": json.dumps({**story_request(), "inputs": []}).encode(),
    "input not an object": json.dumps({**story_request(), "inputs": ["ARM"]}).encode(),
    "input id a number": json.dumps(
        {**story_request(), "inputs": [{"id": 7, "property": "value", "value": "ARM"}]}
    ).encode(),
    "input of another component": json.dumps(
        {**story_request(), "inputs": [{"id": ids.MAP, "property": "value", "value": "ARM"}]}
    ).encode(),
    "property a list": json.dumps(
        {**story_request(), "state": [{"id": ids.YEAR, "property": ["value"], "value": 1}]}
    ).encode(),
    "non-string changedPropIds": json.dumps({**story_request(), "changedPropIds": [1]}).encode(),
    "changedPropIds not an input": json.dumps(
        {**story_request(), "changedPropIds": ['{"x":1}.value']}
    ).encode(),
    "outputs of another callback": json.dumps(
        {**story_request(), "outputs": {"id": ids.MAP, "property": "figure"}}
    ).encode(),
}


@pytest.mark.parametrize("case", sorted(BAD_ENVELOPES))
def test_web001_a_malformed_envelope_gets_400_and_one_log_line(client, caplog, case) -> None:
    client.get("/")
    caplog.clear()
    with caplog.at_level(logging.INFO):
        response = client.post(
            "/_dash-update-component", data=BAD_ENVELOPES[case], content_type="application/json"
        )
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert text.startswith("400 ") and "Traceback" not in text and len(text) < 200
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(records) == 1
    assert records[0].exc_info is None and "\n" not in records[0].getMessage()


def test_web002_a_well_formed_envelope_still_reaches_its_callback(client) -> None:
    response = client.post("/_dash-update-component", json=story_request({"<b>": 10**400}))
    assert response.status_code == 200
    assert json.loads(response.get_data())["response"][ids.PANEL]["className"] == (
        "country-panel hidden"
    )
    response = client.post("/_dash-update-component", json=story_request("KAZ"))
    assert json.loads(response.get_data())["response"][ids.PANEL_TITLE]["children"] == (
        "Kazakhstan"
    )


def test_web003_a_body_over_the_limit_gets_413(client, caplog) -> None:
    for body in (b"[" * 100_000, b" " * (MAX_BODY + 1)):
        caplog.clear()
        response = client.post(
            "/_dash-update-component", data=body, content_type="application/json"
        )
        assert response.status_code == 413
        assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 1


@pytest.mark.parametrize(
    "path",
    [
        "/nope",
        "/index.html",
        "/_dash-layout/x",
        "/assets/nope.js",
        "/assets/../app.py",
        "/assets/%2e%2e/app.py",
        "/assets/..%2fapp.py",
        "/_dash-component-suites/nope/x.js",
        "/_dash-component-suites/dash/nope.js",
        "/_dash-component-suites/dash/../../app.py",
        "/_dash-component-suites/dash/%2e%2e/%2e%2e/app.py",
    ],
)
def test_web004_unknown_paths_get_the_not_found_page(client, path) -> None:
    response = client.get(path)
    assert response.status_code == 404
    page = response.get_data(as_text=True)
    assert "This page does not exist" in page and 'href="/"' in page
    assert "Content-Security-Policy" in response.headers


def test_web005_the_page_and_the_health_check_answer(client) -> None:
    assert client.get("/").status_code == 200
    assert client.get("/?year=1995&layers=<script>").status_code == 200
    health = client.get("/healthz")
    assert (health.status_code, health.get_data()) == (200, b"ok\n")
    assert health.headers["Cache-Control"] == "no-store"


def script_hash(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    return f"'sha256-{digest}'"


def test_web006_csp_allows_exactly_the_inline_scripts_dash_emits(client) -> None:
    response = client.get("/")
    policy = dict(
        part.strip().split(" ", 1)
        for part in response.headers["Content-Security-Policy"].split(";")
    )
    page = response.get_data(as_text=True)
    inline = [
        body
        for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S)
        if "src=" not in attributes
        and "application/json" not in attributes
        and "alert(" not in body  # the Internet Explorer notice inside an HTML comment
    ]
    assert inline, "Dash emits at least its renderer inline"
    allowed = policy["script-src"].split()
    assert all(script_hash(body) in allowed for body in inline)
    assert "'unsafe-inline'" not in allowed and "'unsafe-eval'" not in allowed
    assert policy["frame-ancestors"] == "'none'"
    assert policy["base-uri"] == "'none'" and policy["object-src"] == "'none'"
    assert policy["connect-src"] == "'self'"
    assert set(policy["img-src"].split()) == {"'self'", "data:", "blob:"}
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_web007_the_page_discloses_no_versions(client) -> None:
    page = client.get("/").get_data(as_text=True)
    config = json.loads(re.search(r'id="_dash-config"[^>]*>(.*?)</script>', page, re.S)[1])
    for key in ("python_version", "dash_version", "plotly_version", "ddk_version"):
        assert key not in config
    assert config["requests_pathname_prefix"] == "/"


@pytest.mark.parametrize("path", ["/", "/_dash-layout", "/_dash-dependencies"])
def test_web008_constant_responses_are_gzipped_once_and_revalidated(client, path) -> None:
    plain = client.get(path)
    zipped = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert plain.status_code == zipped.status_code == 200
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.get_data()) == plain.get_data()
    assert "Content-Encoding" not in plain.headers
    for response in (plain, zipped):
        etag = response.headers["ETag"]
        again = client.get(
            path,
            headers={
                "If-None-Match": etag,
                "Accept-Encoding": response.request.headers.get("Accept-Encoding", ""),
            },
        )
        assert again.status_code == 304 and again.get_data() == b""
    assert plain.headers["ETag"] != zipped.headers["ETag"]


def test_web009_fingerprinted_static_files_are_immutable(client) -> None:
    page = client.get("/").get_data(as_text=True)
    suite = re.search(r'src="(/_dash-component-suites/dash/dash-renderer/[^"]+)"', page)[1]
    asset = re.search(r'href="(/assets/style\.css\?m=[^"]+)"', page)[1]
    for url in (suite, asset):
        response = client.get(url)
        assert response.status_code == 200
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_web010_a_layout_function_is_built_once_a_day() -> None:
    calls = []

    def layout() -> html.Div:
        calls.append(1)
        return html.Div(f"built {len(calls)}", id="day")

    app = Dash(__name__)
    app.layout = layout
    today = [date(2027, 3, 1)]
    cache.install(app, clock=lambda: today[0])
    client = app.server.test_client()
    client.get("/_dash-dependencies")  # Dash validates the layout on its first request
    before = len(calls)
    first = client.get("/_dash-layout").get_data()
    assert client.get("/_dash-layout").get_data() == first
    assert len(calls) == before + 1
    today[0] += timedelta(days=1)
    assert client.get("/_dash-layout").get_data() != first
    assert len(calls) == before + 2


def test_web011_an_exception_in_a_callback_is_a_logged_500_without_traceback(caplog) -> None:
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="go"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"))
    def broken(clicks: object) -> str:
        return str(1 / 0)

    harden(app)
    client = app.server.test_client()
    client.get("/")
    caplog.clear()
    response = client.post(
        "/_dash-update-component",
        json={
            "output": "out.children",
            "outputs": {"id": "out", "property": "children"},
            "inputs": [{"id": "go", "property": "n_clicks", "value": 1}],
            "changedPropIds": ["go.n_clicks"],
        },
    )
    assert response.status_code == 500
    assert "Traceback" not in response.get_data(as_text=True)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is None
    line = errors[0].getMessage()
    assert "ZeroDivisionError" in line and "test_web.py" in line and "out.children" in line


def test_web012_pattern_matching_envelopes_are_checked_by_their_patterns() -> None:
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id={"type": "item", "index": 1}), html.Div(id="count")])

    @app.callback(Output("count", "children"), Input({"type": "item", "index": ALL}, "n_clicks"))
    def count(clicks: list) -> str:
        return str(sum(c or 0 for c in clicks))

    harden(app)
    client = app.server.test_client()
    client.get("/")
    item = {"id": {"index": 1, "type": "item"}, "property": "n_clicks", "value": 2}
    body = {
        "output": "count.children",
        "outputs": {"id": "count", "property": "children"},
        "inputs": [[item]],
        "changedPropIds": ['{"index":1,"type":"item"}.n_clicks'],
        "parsedChangedPropsIds": [{"index": 1, "type": "item"}],
    }
    answer = client.post("/_dash-update-component", json=body)
    assert answer.status_code == 200
    assert json.loads(answer.get_data())["response"]["count"]["children"] == "2"
    for broken in (
        {**body, "inputs": [item]},
        {**body, "inputs": [[{**item, "id": {"index": 1, "type": "other"}}]]},
        {**body, "inputs": [[{**item, "id": {"index": [1], "type": "item"}}]]},
        {**body, "changedPropIds": ['{"index":2,"type":"item"}.n_clicks']},
        {**body, "changedPropIds": ['{"index":1,"type".n_clicks']},
    ):
        assert client.post("/_dash-update-component", json=broken).status_code == 400


def page_scripts(client) -> list[str]:
    page = client.get("/").get_data(as_text=True)
    return re.findall(r'<script src="([^"]+)"', page)


def test_web013_static_files_are_compressed_once_per_encoding_with_their_own_etags(
    client,
) -> None:
    plotly = next(url for url in page_scripts(client) if "plotly-geo" in url)
    raw = client.get(plotly, headers={"Accept-Encoding": "identity"})
    answers = {
        "br": client.get(plotly, headers={"Accept-Encoding": "gzip, deflate, br"}),
        "gzip": client.get(plotly, headers={"Accept-Encoding": "gzip"}),
    }
    assert brotli.decompress(answers["br"].get_data()) == raw.get_data()
    assert gzip.decompress(answers["gzip"].get_data()) == raw.get_data()
    etags = {raw.headers["ETag"]}
    for encoding, response in answers.items():
        assert response.headers["Content-Encoding"] == encoding
        assert response.headers["Vary"] == "Accept-Encoding"
        assert len(response.get_data()) < len(raw.get_data()) / 3
        etags.add(response.headers["ETag"])
        again = client.get(
            plotly,
            headers={"Accept-Encoding": encoding, "If-None-Match": response.headers["ETag"]},
        )
        assert again.status_code == 304 and again.get_data() == b""
    assert len(etags) == 3
    # The same file is compressed once: both answers are the very same bytes object.
    stored = constant_files(crossroads_app()).files[plotly.split("?")[0]].encoded
    assert answers["gzip"].get_data() == stored.gzipped


def crossroads_app() -> Dash:
    import app

    return app.app


@pytest.mark.parametrize(
    "url",
    [
        "/_dash-component-suites/dash/dash-renderer/build/dash_renderer.v9_9_9m1.min.js",
        "/_dash-component-suites/dash/deps/react@18.v9_9_9m1.3.1.min.js",
        "/assets/style.css?m=1",
        "/_reload-hash",
    ],
)
def test_web014_a_made_up_fingerprint_and_development_routes_are_404(client, url) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert "immutable" not in response.headers.get("Cache-Control", "")
    assert "Content-Security-Policy" in response.headers


def test_web015_every_script_of_the_page_is_served_immutable_and_compressed(client) -> None:
    for url in page_scripts(client):
        response = client.get(url, headers={"Accept-Encoding": "gzip"})
        assert response.status_code == 200, url
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable", url
        assert "Content-Security-Policy" in response.headers


def test_web016_the_policy_lists_each_script_hash_once(client) -> None:
    policy = client.get("/").headers["Content-Security-Policy"]
    scripts = policy.split(";")[1].split()
    assert len(scripts) == len(set(scripts))


def test_web017_constant_files_serve_an_added_file_the_cdn_way() -> None:
    app = Dash(__name__)
    app.layout = html.Div("x")
    harden(app)
    body = b'{"type":"FeatureCollection","features":[]}' * 50
    digest = hashlib.sha256(body).hexdigest()[:16]
    files = constant_files(app)
    url = files.add(f"/geometry/countries.{digest}.json", body, "application/json")
    plain = files.add("/facts/today.json", body, "application/json")
    with pytest.raises(ValueError, match="fingerprint"):
        files.add("/geometry/countries.0123456789abcdef.json", body, "application/json")
    client = app.server.test_client()
    response = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.headers["Content-Type"].startswith("application/json")
    assert gzip.decompress(response.get_data()) == body
    assert client.get(plain).headers["Cache-Control"] == "no-cache"
    again = client.get(
        url, headers={"Accept-Encoding": "gzip", "If-None-Match": response.headers["ETag"]}
    )
    assert again.status_code == 304
    assert client.get("/geometry/countries.0123456789abcdef.json").status_code == 404
    files.remove(url)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(("size", "status"), [(MAX_BODY + 1, 413), (10, 400)])
def test_web018_a_chunked_body_over_the_limit_gets_413(client, size, status) -> None:
    response = client.post(
        "/_dash-update-component",
        input_stream=io.BytesIO(b" " * size),
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert response.status_code == status


def test_web019_a_repeated_callback_body_is_answered_from_memory_for_the_day() -> None:
    calls = []
    app = Dash(__name__)
    app.layout = html.Div([html.Button(id="go"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("go", "n_clicks"))
    def answer(clicks: object) -> str:
        calls.append(clicks)
        return f"answer {clicks} " * 200

    today = [date(2027, 3, 1)]
    harden(app)
    cache_of_app = [f for f in app.server.before_request_funcs[None] if hasattr(f, "__self__")]
    for hook in cache_of_app:
        hook.__self__.clock = lambda: today[0]
    client = app.server.test_client()
    client.get("/_dash-dependencies")
    body = call_of(app, "out", {"go": 1})
    first = client.post("/_dash-update-component", json=body, headers={"Accept-Encoding": "br"})
    again = client.post("/_dash-update-component", json=body, headers={"Accept-Encoding": "br"})
    plain = client.post("/_dash-update-component", json=body)
    assert first.status_code == again.status_code == plain.status_code == 200
    assert first.get_data() == again.get_data()
    assert brotli.decompress(again.get_data()) == plain.get_data()
    assert "answer 1" in plain.get_data(as_text=True)
    assert "Content-Security-Policy" in again.headers
    assert calls == [1]
    client.post("/_dash-update-component", json=call_of(app, "out", {"go": 2}))
    assert calls == [1, 2]
    today[0] += timedelta(days=1)
    client.post("/_dash-update-component", json=body)
    assert calls == [1, 2, 1]


def test_web020_the_geometry_file_is_served_as_a_constant_file(client) -> None:
    page = client.get("/").get_data(as_text=True)
    url = "/" + re.search(r"data/geometry\.[0-9a-f]+\.json", page)[0]
    raw = client.get(url, headers={"Accept-Encoding": "identity"})
    etags = {raw.headers["ETag"]}
    for encoding, decode in (("br", brotli.decompress), ("gzip", gzip.decompress)):
        response = client.get(url, headers={"Accept-Encoding": encoding})
        assert response.headers["Content-Encoding"] == encoding
        assert decode(response.get_data()) == raw.get_data()
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert "Content-Security-Policy" in response.headers
        etags.add(response.headers["ETag"])
        again = client.get(
            url, headers={"Accept-Encoding": encoding, "If-None-Match": response.headers["ETag"]}
        )
        assert again.status_code == 304
    assert len(etags) == 3
    assert client.get("/geometry/countries.0123456789abcdef.json").status_code == 404
