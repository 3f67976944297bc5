"""Check a ``/_dash-update-component`` request against the registered callbacks.

Why: Dash trusts the envelope. An unknown output, a missing ``inputs`` list, an input
too many or an id of the wrong type raises deep inside the dispatcher and answers 500
with a traceback in the log. Every envelope is checked here first, against
``app.callback_map``, so a forged or stale request gets a 400 and one log line, and
only well-formed calls reach a callback.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dash import Dash
from dash._utils import stringify_id

#: Nesting deeper than this is refused: real envelopes (a click's points, a figure in
#: a State) stay under 12 levels, and deep values only feed recursion in callbacks.
MAX_DEPTH = 48
WILDCARDS = ("ALL", "ALLSMALLER", "MATCH")
SCALARS = (str, int, float, bool)
JSON_NAMES = {
    type(None): "null",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
}


class BadEnvelope(ValueError):
    """The request is not a call of any registered server callback; the text says why."""


@dataclass(frozen=True)
class Slot:
    """One registered output, input or state: its id (a dict for pattern ids) and property."""

    id: str | dict[str, Any]
    property: str

    @property
    def wildcard(self) -> str | None:
        """``ALL``, ``ALLSMALLER`` or ``MATCH`` for a pattern id, else ``None``."""
        if not isinstance(self.id, dict):
            return None
        for value in self.id.values():
            if isinstance(value, list) and len(value) == 1 and value[0] in WILDCARDS:
                return value[0]
        return None

    def name(self) -> str:
        """How messages cite it: ``map.figure``."""
        return f"{stringify_id(self.id)}.{self.property}"


@dataclass(frozen=True)
class Signature:
    """What one server callback accepts."""

    outputs: tuple[Slot, ...]
    multi: bool
    inputs: tuple[Slot, ...]
    state: tuple[Slot, ...]


def slot(spec: Mapping[str, Any]) -> Slot:
    """A ``callback_map`` dependency (``{"id": ..., "property": ...}``) as a ``Slot``."""
    raw = spec["id"]
    parsed = json.loads(raw) if isinstance(raw, str) and raw.startswith("{") else raw
    return Slot(parsed, clean(spec["property"]))


def clean(prop: str) -> str:
    """A property without its ``@hash`` (added by ``allow_duplicate``)."""
    return prop.split("@")[0]


def signatures(callback_map: Mapping[str, Mapping[str, Any]]) -> dict[str, Signature]:
    """Output key → signature of every callback the server runs (clientside ones excluded)."""
    found = {}
    for key, entry in callback_map.items():
        if "callback" not in entry:
            continue
        output = entry["output"]
        outputs = output if isinstance(output, list | tuple) else [output]
        found[key] = Signature(
            outputs=tuple(slot(o.to_dict()) for o in outputs),
            multi=key.startswith(".."),
            inputs=tuple(slot(spec) for spec in entry["inputs"]),
            state=tuple(slot(spec) for spec in entry["state"]),
        )
    return found


def depth(value: Any) -> int:
    """How deeply ``value`` nests lists and dicts (iterative: no recursion to exhaust)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def matches(entry: Any, expected: Slot, where: str) -> list[PropId]:
    """Check one entry sent for ``expected``; return the ids and properties it carries."""
    if expected.wildcard in ("ALL", "ALLSMALLER"):
        if not isinstance(entry, list):
            raise BadEnvelope(f"{where}: expected a list for {expected.name()}")
        return [one(item, expected, where) for item in entry]
    return [one(entry, expected, where)]


PropId = tuple[str | dict[str, Any], str]


def one(entry: Any, expected: Slot, where: str) -> PropId:
    """Check a single ``{"id", "property", "value"}`` entry; return its id and property."""
    if not isinstance(entry, dict):
        raise BadEnvelope(f"{where}: expected an object for {expected.name()}")
    sent_id, prop = entry.get("id"), entry.get("property")
    if not isinstance(prop, str) or clean(prop) != expected.property:
        raise BadEnvelope(f"{where}: expected property {expected.property!r}")
    if isinstance(expected.id, dict):
        if not isinstance(sent_id, dict) or set(sent_id) != set(expected.id):
            raise BadEnvelope(f"{where}: id does not match {expected.name()}")
        for key, wanted in expected.id.items():
            value = sent_id[key]
            pattern = isinstance(wanted, list) and len(wanted) == 1 and wanted[0] in WILDCARDS
            if (pattern and not isinstance(value, SCALARS)) or (not pattern and value != wanted):
                raise BadEnvelope(f"{where}: id does not match {expected.name()}")
    elif sent_id != expected.id:
        raise BadEnvelope(f"{where}: expected id {expected.id!r}")
    return sent_id, prop


def check_list(body: Mapping[str, Any], key: str, slots: tuple[Slot, ...]) -> list[PropId]:
    """``body[key]`` holds one entry per slot, in order; return the ids and properties."""
    if key not in body:
        if key == "state" and not slots:  # the renderer leaves out an empty state
            return []
        raise BadEnvelope(f"{key!r} is missing")
    entries = body[key]
    if not isinstance(entries, list):
        raise BadEnvelope(f"{key!r} must be a list")
    if len(entries) != len(slots):
        raise BadEnvelope(f"{key!r} has {len(entries)} entries; the callback takes {len(slots)}")
    sent: list[PropId] = []
    for index, (entry, expected) in enumerate(zip(entries, slots, strict=True)):
        sent += matches(entry, expected, f"{key}[{index}]")
    return sent


def check_outputs(body: Mapping[str, Any], signature: Signature) -> None:
    """``outputs`` is one entry (single output) or a list (several), matching the callback."""
    outputs = body.get("outputs")
    if outputs is None:
        raise BadEnvelope("'outputs' is missing")
    if not signature.multi:
        matches(outputs, signature.outputs[0], "outputs")
        return
    if not isinstance(outputs, list) or len(outputs) != len(signature.outputs):
        raise BadEnvelope(f"'outputs' must list the callback's {len(signature.outputs)} outputs")
    for index, (entry, expected) in enumerate(zip(outputs, signature.outputs, strict=True)):
        matches(entry, expected, f"outputs[{index}]")


def check_changed(body: Mapping[str, Any], sent: list[PropId]) -> None:
    """``changedPropIds`` (optional) names inputs sent, as ``id.property`` strings; a
    pattern id is JSON (``{"index":1,"type":"x"}.n_clicks``), compared once parsed."""
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(v, str) for v in changed):
        raise BadEnvelope("'changedPropIds' must be a list of strings")
    for prop_id in changed:
        if prop_id.startswith("{"):
            end = prop_id.rfind("}")
            try:
                parsed: PropId = (json.loads(prop_id[: end + 1]), prop_id[end + 2 :])
            except (ValueError, RecursionError):
                parsed = ("", "")
        else:
            name, _, prop = prop_id.rpartition(".")
            parsed = (name, prop)
        if parsed not in sent:
            raise BadEnvelope(f"changedPropIds names {prop_id[:80]!r}, not an input sent")
    # The renderer also sends these parsed, which Dash does not read: a list is enough.
    if not isinstance(body.get("parsedChangedPropsIds", []), list):
        raise BadEnvelope("'parsedChangedPropsIds' must be a list")


def check(body: Any, known: Mapping[str, Signature]) -> None:
    """Raise ``BadEnvelope`` unless ``body`` is a well-formed call of a known callback."""
    if not isinstance(body, dict):
        raise BadEnvelope(f"expected a JSON object, got {JSON_NAMES.get(type(body), 'a value')}")
    if depth(body) > MAX_DEPTH:
        raise BadEnvelope(f"nested deeper than {MAX_DEPTH} levels")
    output = body.get("output")
    if not isinstance(output, str):
        raise BadEnvelope("'output' must be a string")
    signature = known.get(output)
    if signature is None:
        raise BadEnvelope(f"unknown output {output[:80]!r}")
    check_outputs(body, signature)
    sent = check_list(body, "inputs", signature.inputs)
    check_list(body, "state", signature.state)
    check_changed(body, sent)


def parse(data: bytes) -> Any:
    """The request body as JSON; ``BadEnvelope`` for text that is not JSON or nests too
    deeply for the parser (Python's parser recurses and would raise ``RecursionError``)."""
    try:
        return json.loads(data)
    except RecursionError:
        raise BadEnvelope("nested too deeply") from None
    except ValueError as error:
        raise BadEnvelope(f"not JSON ({str(error)[:60]})") from None


class Envelopes:
    """The signatures of ``app``'s server callbacks, read from ``app.callback_map``.

    Read lazily: callbacks registered with ``dash.callback`` reach ``callback_map`` only
    when Dash sets itself up on the first request, after ``harden`` has run.
    """

    def __init__(self, app: Dash) -> None:
        self.app = app
        self.size = -1
        self.known: dict[str, Signature] = {}

    def signatures(self) -> dict[str, Signature]:
        """The current table, rebuilt if callbacks were added since it was built."""
        if len(self.app.callback_map) != self.size:
            self.known = signatures(self.app.callback_map)
            self.size = len(self.app.callback_map)
        return self.known

    def check(self, data: bytes) -> None:
        """Parse and check one request body."""
        check(parse(data), self.signatures())


def call_of(app: Dash, output_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """A well-formed request of the server callback that writes ``output_id``, each input
    and state taking its value from ``values`` by id: what the browser would send.

    For tests and the load benchmark, so that their requests follow the callbacks.
    """
    known = signatures(app.callback_map)
    key = next(k for k, s in known.items() if any(o.id == output_id for o in s.outputs))
    signature = known[key]
    outputs = [{"id": o.id, "property": o.property} for o in signature.outputs]
    entries = [
        [{"id": s.id, "property": s.property, "value": values.get(s.id)} for s in slots]
        for slots in (signature.inputs, signature.state)
    ]
    return {
        "output": key,
        "outputs": outputs if signature.multi else outputs[0],
        "inputs": entries[0],
        "changedPropIds": [signature.inputs[0].name()],
        "state": entries[1],
    }
