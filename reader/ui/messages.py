"""App-wide messages: the loading worker reports through these; handlers change the UI."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.model import Analysis, LoadResult


@dataclass
class SourcesLoaded(Message):
    """Every source was read (or failed): enough to paint unaligned panes. With ``total``,
    an early batch: the first sources of ``total`` items, the rest follow in another."""

    result: LoadResult
    total: int = 0


@dataclass
class StageProgressed(Message):
    """The pipeline advanced a stage; floods of these for one stage merge."""

    stage: str
    fraction: float

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, StageProgressed) and message.stage == self.stage


@dataclass
class AnalysisReady(Message):
    """The analysis is done: the screens swap it in. ``partial``: only the aligned claims
    so far (facts, omissions and framing follow in a second, whole AnalysisReady)."""

    analysis: Analysis
    partial: bool = False


@dataclass
class AnalysisFailed(Message):
    """The analysis raised: the sources stay on screen unaligned."""

    reason: str
