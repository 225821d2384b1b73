"""The wheel, built and installed in a fresh venv, runs from another directory.

Slow (a build and an install from the package index configured for pip), so it is marked
``slow``; it stays well under a minute on a warm pip cache.
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, ROOT, cwd=out)
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("newsdiff-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no system site-packages) with the wheel and its dependencies."""
    env = tmp_path_factory.mktemp("venv") / "env"
    venv.create(env, with_pip=False, system_site_packages=False)
    python = env / "bin" / "python"
    done = run(sys.executable, "-m", "pip", "--python", python, "install", "-q", wheel, cwd=env)
    assert done.returncode == 0, done.stderr
    return env / "bin" / "newsdiff"


def test_wheel_ships_styles_samples_and_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("reader/styles/", "reader/samples/", "reader/data/"):
        assert any(n.startswith(folder) for n in names), folder


@pytest.mark.slow
def test_installed_version_runs_from_elsewhere(installed: Path, tmp_path: Path) -> None:
    done = run(installed, "--version", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("newsdiff ")


@pytest.mark.slow
def test_installed_report_on_the_seeds_from_elsewhere(
    installed: Path, seeds_dir: Path, tmp_path: Path
) -> None:
    done = run(installed, "report", seeds_dir.resolve(), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["sources"]) == 5


@pytest.mark.slow
def test_installed_app_finds_its_bundled_samples(installed: Path) -> None:
    sample = run(
        installed.parent / "python",
        "-c",
        "from reader.settings import sample_sets; print(len(sample_sets()))",
        cwd=Path("/"),
    )
    assert sample.returncode == 0 and int(sample.stdout) >= 2
