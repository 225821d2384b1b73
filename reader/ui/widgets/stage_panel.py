"""One progress bar per pipeline stage, added as the pipeline names its stages."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, ProgressBar

STAGE_NAMES = {
    "read": "reading sources",
    "align": "aligning passages",
    "facts": "comparing facts",
    "omissions": "finding omissions",
    "framing": "reading framing",
}


class StagePanel(Vertical):
    """Bars appear in the order the stages first report; each fills from 0 to 1."""

    def compose(self) -> ComposeResult:
        yield Label("Analysing…", classes="stage-title")

    def update_stage(self, stage: str, fraction: float) -> None:
        if not self.is_attached:  # a report that arrives as the screen goes away
            return
        bar_id = f"stage-{_slug(stage)}"
        found = self.query(f"#{bar_id}")
        if found:
            bar = found.first(ProgressBar)
        else:
            bar = ProgressBar(total=100, show_eta=False, id=bar_id)
            row = Horizontal(
                Label(STAGE_NAMES.get(stage, stage), classes="stage-name"),
                bar,
                classes="stage-row",
            )
            self.mount(row)
        bar.update(progress=round(max(0.0, min(fraction, 1.0)) * 100))


def _slug(stage: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in stage.lower())
