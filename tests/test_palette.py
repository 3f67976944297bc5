"""The map's colours stay apart for readers with red-green colour blindness.

Each colour is passed through the Machado, Oliveira & Fernandes (2009) simulation of
full deuteranopia and protanopia, then compared in CIELAB (ΔE 1976). A ΔE of about 10
reads as clearly different side by side; pale partial-status fills are the hardest case
and are also marked by a ring badge, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

import numpy as np
import pytest

from components.styling import (
    CENTRE_COLOUR,
    NO_LAYER_FILL,
    ROUTE_COLOUR,
    TIES_FILL,
    group_fill,
)
from geodata.atlas import Atlas

#: Machado et al. (2009), severity 1.0, applied to linear RGB.
VISION = {
    "normal": np.eye(3),
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
}
SRGB_TO_XYZ = np.array(
    [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
)
WHITE = np.array([0.95047, 1.0, 1.08883])
MAIN_LAYERS = 7  # OTS .. EU: the layers on when the page opens


def linear(hex_colour: str) -> np.ndarray:
    channels = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)


def lab_as_seen(hex_colour: str, vision: str) -> np.ndarray:
    """CIELAB of the colour as a reader with ``vision`` sees it."""
    rgb = np.clip(VISION[vision] @ linear(hex_colour), 0, 1)
    xyz = SRGB_TO_XYZ @ rgb / WHITE
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def closest_pair(colours: Sequence[str], vision: str) -> float:
    """The smallest ΔE between any two of ``colours`` as ``vision`` sees them."""
    return min(
        float(np.linalg.norm(lab_as_seen(a, vision) - lab_as_seen(b, vision)))
        for a, b in combinations(colours, 2)
    )


def palettes(atlas: Atlas) -> dict[str, tuple[list[str], float]]:
    """Each set of colours a reader must tell apart, and the least ΔE it must keep."""
    layers = atlas.facts.organisations[:MAIN_LAYERS]
    members = [group_fill(o, "member") for o in layers]
    partials = [group_fill(o, "partial") for o in layers]
    return {
        "member fills and no-layer grey": ([*members, NO_LAYER_FILL], 12),
        "partial fills, member fills and grey": ([*partials, *members, NO_LAYER_FILL], 7),
        "badge colours": ([o.colour for o in layers], 15),
        "power centres": (list(CENTRE_COLOUR.values()), 30),
        "ties ramp": (list(TIES_FILL), 10),
        "route kinds": (list(ROUTE_COLOUR.values()), 12),
    }


@pytest.mark.parametrize("vision", sorted(VISION))
@pytest.mark.parametrize(
    "palette",
    [
        "member fills and no-layer grey",
        "partial fills, member fills and grey",
        "badge colours",
        "power centres",
        "ties ramp",
        "route kinds",
    ],
)
def test_pal001_colours_stay_apart_in_every_vision(atlas: Atlas, palette: str, vision: str) -> None:
    colours, least = palettes(atlas)[palette]
    assert closest_pair(colours, vision) >= least


def test_pal002_the_simulation_merges_what_it_should() -> None:
    # Red and green of equal lightness are the classic confusion pair.
    assert closest_pair(["#d55e00", "#5e8c00"], "normal") > 30
    assert closest_pair(["#d55e00", "#5e8c00"], "deuteranopia") < 15
