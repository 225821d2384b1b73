"""The core never imports textual: ingest, analysis, report, store, services and export stay
pure."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "reader"
CORE = [
    "ingest",
    "analysis",
    "report",
    "store",
    "export",
    "model",
    "text",
    "services",  # services/read_ahead.py runs in the child forked while the app imports Textual
    "eval",
    "settings.py",
]


def _core_files() -> list[Path]:
    files: list[Path] = []
    for name in CORE:
        path = ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def test_no_core_module_imports_textual_or_the_ui() -> None:
    offenders = []
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] == "textual" or name.startswith("reader.ui"):
                    offenders.append(f"{path.relative_to(ROOT.parent)}: {name}")
    assert offenders == []


def test_importing_the_core_does_not_load_textual() -> None:
    code = (
        "import sys, reader.ingest, reader.analysis, reader.report, reader.store, "
        "reader.export, reader.cli, reader.cli.app, reader.services.read_ahead, reader.settings, "
        "reader.services.notes, reader.services.store_notes, reader.services.story_session\n"
        "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if 'textual' in m)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
