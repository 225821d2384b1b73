"""reader/ui keeps its presenters Textual-free and declares every key binding in one module."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "reader" / "ui"


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_presenters_never_import_textual() -> None:
    offenders = [
        f"{path.name}: {name}"
        for path in sorted((UI / "presenters").glob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] == "textual" or name.startswith("reader.ui.screens")
    ]
    assert offenders == []


def test_every_binding_is_declared_in_bindings_py() -> None:
    """No screen or widget builds a Binding or a key() of its own."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "bindings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            if called and node.func.id in {"Binding", "key"}:  # type: ignore[attr-defined]
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == []


def test_snapshots_are_only_rewritten_when_asked() -> None:
    """No configuration passes --snapshot-update: a changed picture fails until a person
    runs pytest --snapshot-update and looks at the new SVG."""
    root = UI.parents[1]
    for name in ("pyproject.toml", "Makefile", "tests/conftest.py", "tests/ui/conftest.py"):
        assert "snapshot-update" not in (root / name).read_text(encoding="utf-8"), name


def test_the_readme_key_table_names_every_key_of_the_main_screens() -> None:
    from textual.binding import Binding

    from reader.ui import bindings

    readme = (UI.parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Keys", 1)[1].split("\n## ", 1)[0]
    lists = (
        bindings.APP_BINDINGS,
        bindings.COMPARE_BINDINGS,
        bindings.CORRECTION_BINDINGS,
        bindings.DIVERGENCES_BINDINGS,
        bindings.SOURCES_BINDINGS,
        bindings.ANNOTATIONS_BINDINGS,
    )
    missing = [
        b.key
        for items in lists
        for b in items
        if isinstance(b, Binding)
        and not b.action.startswith("toggle_pane(")
        and f"`{bindings.key_label(b.key)}`" not in table
    ]
    assert missing == []
