"""Textual's Footer, rebuilt only when the keys it shows have changed.

The stock Footer recomposes all its keys (one widget each, with their CSS applied) after
every bindings signal: a focus move, a screen resume, the app gaining focus. On the compare
screen that meant four rebuilds of the same dozen keys before the first paint. This one
coalesces the signals into one check after the next refresh and recomposes only when the
keys, their descriptions or their enabled state differ from what is on screen; the look is
the stock one.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class LeanFooter(Footer):
    """A Footer that skips rebuilds which would show the same keys again."""

    def __init__(self, *, compact: bool = False, id: str | None = None) -> None:
        super().__init__(compact=compact, id=id)
        self._shown: tuple[object, ...] | None = None
        self._check_pending = False

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._check_pending:
            self._check_pending = True
            self.call_after_refresh(self._recompose_if_changed)

    def _keys_shown(self) -> tuple[object, ...]:
        """What compose would lay out: every shown binding and the palette key."""
        app = self.app
        shown: list[object] = [
            (b.key, b.action, b.description, app.get_key_display(b), enabled, tooltip, b.group)
            for _node, b, enabled, tooltip in self.screen.active_bindings.values()
            if b.show
        ]
        palette = self.screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
        if palette is not None:
            shown.append(("palette", palette[2], palette[1].description))
        shown.append((self.show_command_palette, app.ENABLE_COMMAND_PALETTE))
        return tuple(shown)

    async def _recompose_if_changed(self) -> None:
        self._check_pending = False
        if not self.is_attached:
            return
        shown = self._keys_shown()
        if shown == self._shown:
            return
        self._shown = shown
        await self.recompose()
