"""The controls that make up a view, in one order shared by the URL, the map and the
data view (and, by name, the browser's scripts): which component holds each part of a
``View`` and in which property."""

from __future__ import annotations

from dash import Input, State

from components import ids

#: (component id, property, ``View`` field)
CONTROLS = (
    (ids.YEAR, "data", "year"),
    (ids.LAYERS, "value", "layers"),
    (ids.LENS, "value", "lens"),
    (ids.COUNTRY, "data", "country"),
    (ids.REGION, "value", "region"),
    (ids.OVERLAYS, "value", "overlays"),
    (ids.ROUTE, "data", "route"),
    (ids.VS, "value", "vs"),
    (ids.STORY, "data", "story"),
    (ids.TIES, "value", "ties"),
)
FIELDS = tuple(field for _, _, field in CONTROLS)


def view_inputs() -> list[Input]:
    """Every control as a callback input, in ``CONTROLS`` order."""
    return [Input(control, prop) for control, prop, _ in CONTROLS]


def view_states() -> list[State]:
    """Every control as a callback state, in ``CONTROLS`` order."""
    return [State(control, prop) for control, prop, _ in CONTROLS]
