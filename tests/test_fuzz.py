"""Property-based fuzzing of everything a browser can send: every server callback with
arbitrary JSON for each input and state, malformed envelopes, and the URL parser.

The callbacks are read from ``app.callback_map``, so a new callback is fuzzed without a
change here. The property: the server answers 200, 204 or 400, never 500, and logs no
error. Examples are derandomised and limited, so a run is repeatable and quick; each
edge value is also tried in each slot of each callback, one at a time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from components.view_state import LENSES, OVERLAYS, REGIONS, TIES, View, parse_view
from geodata.atlas import Atlas, load_atlas
from tests.conftest import TODAY
from web.envelope import Slot, signatures

FUZZ = settings(
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    # No "explain" phase: it traces coverage and would triple the time of a failing run.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MARKUP = ["<script>alert(1)</script>", "<b>x</b>", "](javascript:alert(1))", "&lt;", "\u0000"]
URLS = ["http://[::1/", "http://127.0.0.1:8050/?year=1995", "//evil.example/", "", "?"]
TRICKY_TEXT = [*MARKUP, *URLS, "ARM", "KAZ", "SUN", "OTS", "alignment", "caucasus", "²", "1e3"]
EDGE_NUMBERS = [10**400, -(10**400), 2**63, 1988, 2026, 0, -1, 0.5, float("nan"), float("inf")]
#: Values every slot of every callback gets, one at a time (``test_fuz002``).
EDGE_VALUES = [
    None,
    True,
    *EDGE_NUMBERS,
    *TRICKY_TEXT,
    [],
    {},
    ["OTS", 1, None],
    {"points": [{"location": "ARM"}]},
    *({"points": [{"lon": n, "lat": 40}]} for n in EDGE_NUMBERS),
    {"points": [{"lon": 45, "lat": 40}, "x"]},
]
NUMBERS = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6),
    st.sampled_from(EDGE_NUMBERS),
    st.floats(allow_nan=True, allow_infinity=True),
)
SCALARS = st.one_of(
    st.none(), st.booleans(), NUMBERS, st.text(max_size=20), st.sampled_from(TRICKY_TEXT)
)


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value Python's parser accepts, with some that tend to break code: huge
    numbers, NaN, markup, broken URLs, and plotly's event shape (``{"points": [...]}``)
    with arbitrary values inside."""
    point = st.dictionaries(st.sampled_from(["location", "lon", "lat"]), SCALARS)
    event = st.fixed_dictionaries({"points": st.lists(point, max_size=2)})
    return st.recursive(
        st.one_of(SCALARS, event),
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.dictionaries(st.text(max_size=6), children, max_size=4),
        ),
        max_leaves=12,
    )


def crossroads_app():
    """The app as served, set up (Dash copies ``dash.callback`` callbacks in on its
    first request)."""
    import app

    app.server.test_client().get("/_dash-dependencies")
    return app.app


@cache
def crossroads_atlas() -> Atlas:
    """The atlas of the committed data (read here, not through a fixture, so that a
    failing example prints only the string that broke the parser)."""
    return load_atlas(today=TODAY)


def server_callbacks() -> list[str]:
    """The output keys of every server callback, read from the app's callback map."""
    return sorted(signatures(crossroads_app().callback_map))


def short(output: str) -> str:
    """A test id: the callback's first output and how many more it has."""
    names = [part for part in output.strip(".").split("...") if part]
    first = names[0].split("@")[0]
    return first if len(names) == 1 else f"{first}+{len(names) - 1}"


@pytest.fixture(scope="module")
def client():
    return crossroads_app().server.test_client()


def entry(slot: Slot, value: Any) -> dict[str, Any] | list[dict[str, Any]]:
    """What the browser sends for one input or state."""
    item = {"id": slot.id, "property": slot.property, "value": value}
    return [item] if slot.wildcard in ("ALL", "ALLSMALLER") else item


def envelope(output: str, values: list[Any], changed: list[str] | None = None) -> dict:
    """The envelope the browser would send to ``output`` with these input and state values."""
    signature = signatures(crossroads_app().callback_map)[output]
    n = len(signature.inputs)
    outputs = [{"id": s.id, "property": s.property} for s in signature.outputs]
    return {
        "output": output,
        "outputs": outputs if signature.multi else outputs[0],
        "inputs": [entry(s, v) for s, v in zip(signature.inputs, values[:n], strict=True)],
        "changedPropIds": changed if changed is not None else [signature.inputs[0].name()],
        "state": [entry(s, v) for s, v in zip(signature.state, values[n:], strict=True)],
    }


@contextmanager
def logged_errors() -> Iterator[list[logging.LogRecord]]:
    """Every record at ERROR or above logged anywhere while the block runs."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = records.append  # type: ignore[method-assign]
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield records
    finally:
        root.removeHandler(handler)


def post(client, body: Any) -> tuple[int, list[str]]:
    """Status and error log lines of one callback request (bytes are sent as they are)."""
    data = body if isinstance(body, bytes) else json.dumps(body)
    with logged_errors() as records:
        response = client.post(
            "/_dash-update-component", data=data, content_type="application/json"
        )
    return response.status_code, [r.getMessage() for r in records]


@pytest.mark.parametrize("output", server_callbacks(), ids=short)
@FUZZ
@given(data=st.data())
def test_fuz001_every_server_callback_survives_arbitrary_values(client, output, data) -> None:
    signature = signatures(crossroads_app().callback_map)[output]
    slots = [*signature.inputs, *signature.state]
    values = [data.draw(json_values(), label=s.name()) for s in slots]
    inputs = [s.name() for s in signature.inputs]
    changed = data.draw(st.lists(st.sampled_from(inputs), max_size=2, unique=True))
    status, errors = post(client, envelope(output, values, changed))
    assert status in (200, 204, 400), errors
    assert errors == []


@pytest.mark.parametrize("output", server_callbacks(), ids=short)
def test_fuz002_each_edge_value_in_each_slot(client, output) -> None:
    signature = signatures(crossroads_app().callback_map)[output]
    slots = [*signature.inputs, *signature.state]
    failures = []
    for position, slot in enumerate(slots):
        for value in EDGE_VALUES:
            values = [value if i == position else None for i in range(len(slots))]
            status, errors = post(client, envelope(output, values))
            if status not in (200, 204, 400) or errors:
                failures.append(f"{slot.name()} = {value!r:.60}: {status} {' '.join(errors)}")
    assert failures == []


def envelopes(keys: list[str]) -> st.SearchStrategy[Any]:
    """Envelopes broken in every way a forger might try."""
    field = st.sampled_from(["output", "outputs", "inputs", "state", "changedPropIds"])
    base = st.fixed_dictionaries(
        {
            "output": st.sampled_from(keys) | json_values(),
            "outputs": json_values(),
            "inputs": st.lists(json_values(), max_size=6) | json_values(),
            "changedPropIds": st.lists(st.text(max_size=12) | json_values(), max_size=3),
            "state": st.lists(json_values(), max_size=6),
        }
    )
    dropped = st.tuples(base, field).map(
        lambda pair: {k: v for k, v in pair[0].items() if k != pair[1]}
    )
    return st.one_of(base, dropped, json_values())


@FUZZ
@given(body=envelopes(server_callbacks()))
def test_fuz003_malformed_envelopes_get_400_not_500(client, body) -> None:
    status, errors = post(client, body)
    assert status in (200, 204, 400), errors
    assert errors == []


@FUZZ
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_fuz004_bytes_that_are_not_json_get_400(client, raw) -> None:
    status, errors = post(client, raw)
    assert status in (200, 204, 400) and errors == []


def queries() -> st.SearchStrategy[str]:
    """Arbitrary strings, and query strings built from the parser's own keys."""
    keys = st.sampled_from(
        ["year", "layers", "lens", "country", "region", "overlays", "ties", "?year", ""]
    )
    values = st.text(max_size=12) | st.sampled_from(
        [*TRICKY_TEXT, "1995", "OTS,NATO", "0001995", "1" * 5000, "security", "events,security"]
    )
    pairs = st.lists(st.tuples(keys, values), max_size=5)
    built = pairs.map(lambda items: "?" + "&".join(f"{k}={v}" for k, v in items))
    return st.text(max_size=60) | built


@settings(FUZZ, max_examples=400)
@given(search=queries())
def test_fuz005_the_url_parser_returns_a_valid_view_for_any_string(search) -> None:
    atlas = crossroads_atlas()
    years, layers, countries = atlas.years, atlas.layer_codes, atlas.country_codes
    default = View(year=years[-1], layers=layers[:1])
    view = parse_view(search, default, years, layers, countries)
    assert view.year in years
    assert set(view.layers) <= set(layers)
    assert view.lens in LENSES and view.region in REGIONS
    assert view.ties in TIES and set(view.overlays) <= set(OVERLAYS)
    assert view.country is None or view.country in countries
