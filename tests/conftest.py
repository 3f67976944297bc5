"""Shared fixtures: the real atlas (loaded once, with a fixed "today"), and headless Chromium."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from selenium.webdriver.chrome.options import Options

from geodata.atlas import Atlas, load_atlas

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 25)
#: Natural Earth layers the label and territory files are derived from: the copy that
#: travels with the project (``geodata/sources/natural-earth``, xz-compressed).
NATURAL_EARTH = REPO / "geodata" / "sources" / "natural-earth"
CHROMIUM = "/usr/bin/chromium"
INSTALL_HINT = (
    "headless Chromium is needed for the browser tests: "
    "run `apt-get update && apt-get install -y chromium chromium-driver` "
    "(or `make test`, which does it when run as root)"
)


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    """The atlas built from the committed data, as it would be on ``TODAY``."""
    return load_atlas(today=TODAY)


def pytest_setup_options() -> Options:
    """Options for dash.testing's Chrome: Debian's Chromium, off the network."""
    if not (Path(CHROMIUM).exists() and shutil.which("chromedriver")):
        pytest.exit(INSTALL_HINT, returncode=3)
    options = Options()
    options.binary_location = CHROMIUM
    for flag in (
        "--no-first-run",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,900",
        f"--user-data-dir={tempfile.mkdtemp(prefix='crossroads-chromium-')}",
    ):
        options.add_argument(flag)
    return options
