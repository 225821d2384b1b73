"""The compare view's component styles, held by a widget that is never shown or focused.

Textual applies the style sheet to every component class of a widget (one virtual node
each) whenever that widget's own style is updated, and a widget's style is updated at each
focus change. The compare view has 33 component classes and takes and loses focus often
(search box, start-up, every screen on top): held here, on a sibling that never takes focus,
they are computed when the screen mounts and again only when the theme or the style sheet
changes. The rules live in styles/compare.tcss as ``CompareStyles > .compare--NAME``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, get_args

from rich.style import Style
from textual.widget import Widget

from reader.model import FactKind

FACT_KINDS: tuple[FactKind, ...] = get_args(FactKind)  # the contract's kinds, in its order


class CompareStyles(Widget):
    """Resolves ``style_for(name)`` from the ``compare--NAME`` component classes."""

    DEFAULT_CSS = "CompareStyles { display: none; }"
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "compare--header",
        "compare--header-outlet",
        "compare--header-title",
        "compare--separator",
        "compare--rule",
        "compare--rule-label",
        "compare--rule-sub",
        "compare--rule-divergent",
        "compare--rule-omission",
        "compare--rule-verbatim",
        "compare--rule-mark",
        "compare--cursor-rule",
        "compare--cursor-row",
        "compare--cursor-gutter",
        "compare--para-number",
        "compare--moved-up",
        "compare--moved-down",
        "compare--gap",
        "compare--folded",
        "compare--context",
        "compare--agree",
        "compare--quote-diff",
        "compare--framing",
        "compare--search",
        "compare--md-marker",
        "compare--md-strong",
        "compare--md-em",
        *(f"compare--fact-{kind}" for kind in FACT_KINDS),
    }

    def __init__(self) -> None:
        super().__init__()
        self._cache: dict[str, Style] = {}
        self._listeners: list[Callable[[], None]] = []

    def on_change(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` whenever the styles may have changed (theme, style sheet)."""
        self._listeners.append(listener)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        for listener in self._listeners:
            listener()

    def style_for(self, name: str) -> Style:
        """A component's style to lay over text: its own attributes and colours, with colours
        resolved against the screen (``auto`` and translucent colours need a background; the
        compare view has the screen's), and no background unless the component sets one."""
        style = self._cache.get(name)
        if style is None:
            component = f"compare--{name}"
            own = self.get_component_rich_style(component, partial=True)
            resolved = self.get_component_rich_style(component)
            colors = Style(
                color=resolved.color if own.color is not None else None,
                bgcolor=resolved.bgcolor if own.bgcolor is not None else None,
            )
            style = self._cache[name] = own.without_color + colors
        return style
