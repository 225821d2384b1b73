"""Analysis: align passages across sources, find divergent facts, omissions and framing."""

from reader.analysis.pipeline import Progress, analyze

__all__ = ["Progress", "analyze"]
