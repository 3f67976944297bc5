"""Every workaround for a library's bug is pinned to the version it was written against.

A workaround is marked once where it stands, in a comment of the project's Python or
JavaScript: ``WORKAROUND(<package> <version>): what it does and why``, the package as
pip names it and the version installed (``WORKAROUND(dash 4.4.1): ...``). When the installed
version of that package moves, its test here fails: check whether the bug is fixed,
then remove the workaround or move its marker to the new version.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SUFFIXES = (".py", ".js", ".mjs")
#: Folders that hold no code of ours: installed packages, and vendored third-party files.
SKIPPED = {".venv", "node_modules", "vendor", ".git", "__pycache__"}
#: The marker: a package as pip names it, a version, a colon and what and why.
MARKER = re.compile(r"WORKAROUND\((?P<package>[A-Za-z0-9][\w.\-]*) (?P<version>[^\s()]+)\): *\S")
WORD = "WORKAROUND("


@dataclass(frozen=True)
class Marker:
    """One marked workaround: where it stands and what it is pinned to."""

    where: str
    package: str
    version: str


def source_files(root: Path = REPO) -> list[Path]:
    """The project's Python and JavaScript files, outside installed and vendored code."""
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if name not in SKIPPED]
        found += [Path(folder, name) for name in names if name.endswith(SUFFIXES)]
    this = Path(__file__).resolve()  # its examples pin nothing
    return sorted(path for path in found if path != this)


def scan(root: Path = REPO) -> tuple[list[Marker], list[str]]:
    """Every well-formed marker, and every mention of the word that is not one."""
    markers, malformed = [], []
    for path in source_files(root):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            if WORD not in line:
                continue
            where = f"{path.relative_to(root)}:{number}"
            found = MARKER.search(line)
            if found is None:
                malformed.append(f"{where}: {line.strip()}")
            else:
                markers.append(Marker(where, found["package"], found["version"]))
    return markers, malformed


MARKERS, MALFORMED = scan()


@pytest.mark.parametrize("marker", MARKERS, ids=[m.where for m in MARKERS])
def test_wrk001_a_workaround_names_the_version_installed(marker: Marker) -> None:
    try:
        installed = version(marker.package)
    except PackageNotFoundError:
        pytest.fail(
            f"{marker.where}: {marker.package} is not installed: a marker names a pip package"
        )
    assert installed == marker.version, (
        f"{marker.where}: the workaround was written for {marker.package} {marker.version}, "
        f"and {installed} is installed: if the bug is fixed, remove the workaround; "
        f"if not, move its marker to {installed}"
    )


def test_wrk002_every_marker_is_well_formed() -> None:
    """The word followed by anything but a package, a version and a reason pins
    nothing, and would pass unseen."""
    assert MALFORMED == [], "\n".join(MALFORMED)


def test_wrk003_the_project_marks_its_workarounds() -> None:
    """The scan finds the project's own markers (an empty list would pin nothing)."""
    places = {marker.where.split(":")[0] for marker in MARKERS}
    assert {"components/country_panel.py", "tests/browser/conftest.py"} <= places


def test_wrk004_markers_are_read_in_python_and_javascript(tmp_path: Path) -> None:
    """The reader itself, on a made-up tree: both languages are read, vendored and
    installed files are not, and a marker without its version is reported."""
    (tmp_path / "assets" / "vendor").mkdir(parents=True)
    (tmp_path / ".venv").mkdir()
    (tmp_path / "a.py").write_text("x = 1  # " + WORD + "dash 4.4.1): roles, as Dash sets them\n")
    (tmp_path / "assets" / "b.js").write_text("// " + WORD + "plotly 7.1.0): base map URL\n")
    (tmp_path / "assets" / "c.mjs").write_text("// " + WORD + "dash): no version\n")
    (tmp_path / "assets" / "vendor" / "d.js").write_text("// " + WORD + "x 1): vendored\n")
    (tmp_path / ".venv" / "e.py").write_text("# " + WORD + "x 1): installed\n")
    markers, malformed = scan(tmp_path)
    assert markers == [
        Marker("a.py:1", "dash", "4.4.1"),
        Marker("assets/b.js:1", "plotly", "7.1.0"),
    ]
    assert malformed == ["assets/c.mjs:1: // " + WORD + "dash): no version"]
