"""No import cycle among the project's modules, read from the source as written.

Why: a cycle makes what a module needs depend on which module was imported first, and
hides itself behind ``TYPE_CHECKING`` blocks and imports inside functions until the day
an import order changes. Every ``import`` statement counts here, wherever it stands.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("data", "geodata", "components", "web")
SCRIPTS = ("app",)


def module_files(root: Path = REPO) -> dict[str, Path]:
    """Dotted module name → its file, for every module of ``PACKAGES`` and ``SCRIPTS``."""
    modules = {name: root / f"{name}.py" for name in SCRIPTS if (root / f"{name}.py").exists()}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def imported_names(tree: ast.Module, module: str, is_package: bool) -> Iterator[str]:
    """Every dotted name ``tree`` imports (``from a import b`` gives ``a.b`` and ``a``),
    relative imports resolved against ``module``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                here = module.split(".") if is_package else module.split(".")[:-1]
                base = ".".join([*here[: len(here) - node.level + 1], node.module or ""])
                base = base.strip(".")
            else:
                base = node.module or ""
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph(modules: Mapping[str, Path]) -> dict[str, set[str]]:
    """Module → the project's modules it imports (the most specific one each name names)."""
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = set()
        for name in imported_names(tree, module, path.name == "__init__.py"):
            parts = name.split(".")
            found = next(
                (
                    ".".join(parts[:n])
                    for n in range(len(parts), 0, -1)
                    if ".".join(parts[:n]) in modules
                ),
                None,
            )
            if found is not None and found != module:
                targets.add(found)
        graph[module] = targets
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected group of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [path_through(graph, group) for group in groups]


def path_through(graph: Mapping[str, set[str]], group: list[str]) -> list[str]:
    """A cycle inside ``group`` from its first module back to it, for the message."""
    start, members = group[0], set(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(graph[node] & members):
            if target == start:
                return [*paths[node], start]
            if target not in paths:
                paths[target] = [*paths[node], target]
                queue.append(target)
    return group


def test_imp001_no_import_cycle_among_the_projects_modules() -> None:
    graph = import_graph(module_files())
    found = cycles(graph)
    assert found == [], "import cycles: " + "; ".join(" -> ".join(c) for c in found)


def test_imp002_no_cycle_between_the_packages() -> None:
    """Nor between the packages as wholes: facts flow one way, data → geodata →
    components → app (``web`` wraps the app and needs none of them)."""
    packages: dict[str, set[str]] = {}
    for module, targets in import_graph(module_files()).items():
        top = module.split(".")[0]
        packages.setdefault(top, set()).update(t.split(".")[0] for t in targets)
        packages[top].discard(top)
    found = cycles(packages)
    assert found == [], "package cycles: " + "; ".join(" -> ".join(c) for c in found)


def test_imp003_the_graph_sees_the_imports_it_should() -> None:
    """The reader itself: known edges are found, so an empty cycle list means something."""
    graph = import_graph(module_files())
    assert "data.facts" in graph and "app" in graph
    assert "data.changes" in graph["data.facts"]
    assert {"web.cache", "web.errors", "web.headers", "web.envelope"} <= graph["web"]


def test_imp004_a_cycle_is_reported_however_it_is_imported(tmp_path: Path) -> None:
    """A cycle through a ``TYPE_CHECKING`` block, a function's import and a relative one
    is still a cycle."""
    package = tmp_path / "data"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from data.b import B\n"
    )
    (package / "b.py").write_text("def f():\n    from . import c\n")
    (package / "c.py").write_text("import data.a\n")
    (package / "d.py").write_text("from data import a\n")
    modules = {k: v for k, v in module_files(tmp_path).items() if k.startswith("data")}
    assert cycles(import_graph(modules)) == [["data.a", "data.b", "data.c", "data.a"]]
