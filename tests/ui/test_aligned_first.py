"""The aligned claims show as soon as alignment is done; facts, omissions and framing follow
(issue 17 item 5)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

import reader.analysis.pipeline as pipeline
from reader.model import Fact, Group, Source
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from tests.ui.conftest import first_frame, pilot_test, settled

TEXTS = (
    "Bridge shut in Tarvik\n\nThe Halden bridge in Tarvik closed on Tuesday after 14 "
    "inspectors found cracks, the city said.\n\nRepairs will cost 2 million euros, officials "
    "said.\n",
    "Tarvik closes Halden bridge\n\nCity officials closed the Halden bridge in Tarvik on "
    "Tuesday after 12 inspectors found cracks.\n\nThe repairs are expected to cost 2 million "
    "euros.\n",
)


@pilot_test
async def test_claims_line_up_before_the_facts_are_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()  # the fact finder waits for it
    facts = pipeline._facts

    def slow_facts(sources: Sequence[Source], groups: Sequence[Group]) -> tuple[Fact, ...]:
        gate.wait(timeout=30)
        return facts(sources, groups)

    monkeypatch.setattr(pipeline, "_facts", slow_facts)
    paths = []
    for n, text in enumerate(TEXTS):
        (tmp_path / f"outlet-{n}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"outlet-{n}.txt"))
    app = NewsdiffApp(paths)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await first_frame(pilot, app)
            compare = app.screen
            assert isinstance(compare, CompareScreen)
            for _ in range(200):
                if compare.analysis.groups:
                    break
                await asyncio.sleep(0.05)
            assert compare.analysis.groups  # aligned, shown ...
            assert compare.pending  # ... while the facts are still being found
            assert not compare.analysis.facts
            gate.set()
            await settled(pilot)
            assert not compare.pending
            assert compare.analysis.facts
    finally:
        gate.set()


@pilot_test
async def test_the_summary_says_the_folder_holds_several_stories(tmp_path: Path) -> None:
    from tests.analysis.test_stories import BRIDGE, BRIDGE_2, BRIDGE_3, OTHER, OTHER_2, OTHER_3

    paths = []
    for n, paragraphs in enumerate([BRIDGE, OTHER, BRIDGE_2, OTHER_2, OTHER_3, BRIDGE_3]):
        path = tmp_path / f"outlet-{n}.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(str(path))
    app = NewsdiffApp(paths)
    async with app.run_test(size=(160, 40)) as pilot:
        await first_frame(pilot, app)
        await settled(pilot)
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert len(compare.analysis.stories) == 2
        summary = str(compare.query_one("#summary-left").render())
        assert "6 sources in 2 stories" in summary
