"""Where the database lives: --data-dir beats NEWSDIFF_DATA_DIR beats the platform folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from reader.settings import DATA_DIR_ENV, user_data_dir


def test_an_explicit_folder_beats_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert user_data_dir(tmp_path / "flag") == tmp_path / "flag"


def test_the_environment_beats_the_platform_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert user_data_dir() == tmp_path / "env"


def test_without_either_the_platform_user_data_folder_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert user_data_dir() == Path(platformdirs.user_data_dir("newsdiff"))
