"""The user's key map (issue 16 item 11): binding ids rebound from keys.toml in the per-user
config folder; `newsdiff keys` prints the map in force."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.ui.keymap import every_binding, keymap_path, load_keymap
from tests.ui.conftest import fixture_app, pilot_test


def _write(folder: Path, text: str) -> None:
    (folder / "newsdiff").mkdir(parents=True, exist_ok=True)
    (folder / "newsdiff" / "keys.toml").write_text(text, encoding="utf-8")


def test_every_binding_has_an_id_and_the_ids_are_unique_per_list() -> None:
    from textual.binding import Binding

    from reader.ui import bindings

    for name in dir(bindings):
        if name.endswith("_BINDINGS"):
            ids = [b.id for b in getattr(bindings, name) if isinstance(b, Binding)]
            assert all(ids), name
            assert len(ids) == len(set(ids)), name
    assert "divergence-1" in every_binding()


def test_unknown_ids_and_bad_values_are_reported_not_applied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    _write(tmp_path, '[keys]\ndivergence-1 = "J"\nno-such-key = "x"\nomission-1 = 3\n')
    keymap, problems = load_keymap()
    assert keymap == {"divergence-1": "J"}
    assert len(problems) == 2
    assert keymap_path() == tmp_path / "newsdiff" / "keys.toml"


@pilot_test
async def test_a_rebound_key_does_what_the_old_one_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    _write(tmp_path, '[keys]\ndivergence-1 = "J"\n')
    async with fixture_app() as (_app, pilot, _screen, view):
        await pilot.press("J")
        row = view.current
        assert row is not None and view.is_divergent(row)
        moved_to = view.cursor
        await pilot.press("n")  # n is no longer bound to the next divergence
        assert view.cursor == moved_to


def test_newsdiff_keys_prints_the_map_in_force(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    _write(tmp_path, '[keys]\ndivergence-1 = "J"\n')
    assert main(["keys"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("divergence-1 "))
    assert " J " in line and line.endswith("*")
    assert any(line.startswith("table-down ") for line in out.splitlines())
