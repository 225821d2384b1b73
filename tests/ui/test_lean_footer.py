"""The footer is rebuilt only when the keys it shows change."""

from __future__ import annotations

import pytest

from reader.ui.widgets.lean_footer import LeanFooter
from tests.ui.conftest import fixture_app, pilot_test


@pilot_test
async def test_opening_the_compare_screen_builds_the_footer_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    builds: list[LeanFooter] = []
    original = LeanFooter.recompose

    async def counted(self: LeanFooter) -> None:
        builds.append(self)
        await original(self)

    monkeypatch.setattr(LeanFooter, "recompose", counted)
    async with fixture_app() as (_app, pilot, _screen, _view):
        await pilot.pause()
    assert len(builds) == 1


@pilot_test
async def test_the_footer_shows_the_compare_keys() -> None:
    async with fixture_app() as (_app, pilot, screen, _view):
        await pilot.pause()
        shown = {key.description for key in screen.query("FooterKey").results()}
    assert "Quit" in shown
