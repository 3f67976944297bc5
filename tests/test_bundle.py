"""The script the page loads is the bundle of the ES modules in ``assets/src``, as built now.

Why: Dash loads ``assets/crossroads.js``; the modules are what people edit and what the
agreement suite checks. A module changed without ``make bundle`` would ship the old
behaviour while every check passed on the new, so the committed bundle must equal a
fresh build (esbuild is pinned in ``package-lock.json``; ``make test`` installs it).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"


def bundle_flags() -> list[str]:
    """The flags of the Makefile's ``BUNDLE_FLAGS``, so the test builds as ``make`` does."""
    found = re.search(r"^BUNDLE_FLAGS := (.+)$", (ROOT / "Makefile").read_text(), re.M)
    assert found, "the Makefile defines BUNDLE_FLAGS"
    return found[1].split()


def test_bnd001_the_committed_bundle_is_the_modules_built_now(tmp_path: Path) -> None:
    if not ESBUILD.exists():
        pytest.fail("esbuild is missing: run `make test` (it runs `npm ci`) or `npm ci`")
    out = tmp_path / "crossroads.js"
    subprocess.run(
        [str(ESBUILD), "assets/src/main.js", *bundle_flags(), f"--outfile={out}"],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    committed = (ROOT / "assets" / "crossroads.js").read_bytes()
    assert committed == out.read_bytes(), "assets/src changed: run `make bundle` and commit"


def test_bnd002_the_page_loads_the_bundle_and_never_the_module_sources() -> None:
    import app

    page = app.server.test_client().get("/").get_data(as_text=True)
    assert "/assets/crossroads.js" in page
    assert "/assets/src/" not in page
