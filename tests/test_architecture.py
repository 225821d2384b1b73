"""The shape of the package: layers, purity and cycles.

The layers and "the core never imports textual" are import-linter contracts in
pyproject.toml (``lint-imports``, run by ``make lint``); they read every import, those made
inside functions included. What they cannot say is checked here: importing the core loads
no Textual at run time, no two parts of one package import each other in a circle, and the
package root stays small.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent / "reader"


def test_importing_the_core_does_not_load_textual() -> None:
    code = (
        "import sys, reader.ingest, reader.analysis, reader.report, reader.store, "
        "reader.export, reader.cli, reader.cli.app, reader.services.read_ahead, reader.settings, "
        "reader.services.notes, reader.services.store_notes, reader.services.story_session\n"
        "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if 'textual' in m)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_package_root_holds_at_most_five_modules() -> None:
    modules = sorted(p.name for p in ROOT.glob("*.py"))
    assert len(modules) <= 5, modules


def _cycles(graph: grimp.ImportGraph, package: str) -> list[tuple[str, ...]]:
    """The groups of ``package``'s children (modules and subpackages, each with everything
    under it) that import each other in a circle, directly or through other children."""
    prefix = package + "."

    def child(module: str) -> str | None:
        if not module.startswith(prefix):
            return None
        return prefix + module[len(prefix) :].split(".")[0]

    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        source = child(module)
        if source is None:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            target = child(imported)
            if target is not None and target != source:
                edges.setdefault(source, set()).add(target)
    found: list[tuple[str, ...]] = []
    for start in sorted(edges):
        # Everything reachable from ``start`` that also reaches it back forms its cycle.
        reach = _reachable(edges, start)
        circle = tuple(sorted(n for n in reach if start in _reachable(edges, n)))
        if len(circle) > 1 and circle not in found:
            found.append(circle)
    return found


def _reachable(edges: dict[str, set[str]], start: str) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_no_import_cycle_between_packages_or_modules() -> None:
    """At every level of the tree, no two children of one package import each other in a
    circle, counting the imports made inside functions (grimp reads every import statement,
    which ``lint-imports`` checks the layers with)."""
    graph = grimp.build_graph("reader")
    packages = sorted({m.rsplit(".", 1)[0] for m in graph.modules if "." in m})
    cycles = {c for package in packages for c in _cycles(graph, package)}
    assert not cycles, sorted(cycles)
