"""The loading screen, frozen mid-way: the worker reports two stages and never finishes."""

from __future__ import annotations

from reader.ui.app import NewsdiffApp
from reader.ui.messages import StageProgressed


class FrozenLoading(NewsdiffApp):
    def load_and_analyse(self) -> None:  # type: ignore[override]
        self.post_message(StageProgressed("read", 1.0))
        self.post_message(StageProgressed("align", 0.4))


app = FrozenLoading(["samples/harbour-fire/bay-herald.txt", "https://example.org/story"])

if __name__ == "__main__":
    app.run()
