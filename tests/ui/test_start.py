"""The start screen lists stories and samples with their details in one column."""

from __future__ import annotations

from pathlib import Path

from reader.ui.screens.start import _sample_line


def test_sample_details_line_up_whatever_the_name_length(tmp_path: Path) -> None:
    lines = []
    for name in ("fire", "mine-rescue-long"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.txt").write_text("Title\n\nBody.\n")
        lines.append(_sample_line(folder, width=16).plain)
    assert len({line.index("sample set") for line in lines}) == 1
