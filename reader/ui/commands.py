"""Command palette: every key binding of the current screen and the app, with its why.

Commands are read from the live bindings, so the palette always matches the footer and
the help screen, and pane commands name the actual outlets. newsdiff's own commands come
first; Textual's (theme, screenshot, keys, quit) follow, from this one provider, so that they
never interleave with ours (the app registers no other provider).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from reader.model import Analysis
from reader.ui.bindings import key_label
from reader.ui.presenters.names import source_name

Command = tuple[str, Callable[[], object], str]
FRAMEWORK_SHARE = 0.5  # a Textual command ranks below one of ours that matches as well


def _bindings(owner: object) -> Iterator[Binding]:
    for binding in getattr(owner, "BINDINGS", []):
        if isinstance(binding, Binding) and binding.description:
            yield binding


class NewsdiffProvider(Provider):
    """Actions of the screen the palette was opened on, then the app-wide ones."""

    def _commands(self) -> list[Command]:
        screen = self.screen
        app = self.app
        commands: list[Command] = []
        seen: set[str] = set()
        analysis = getattr(screen, "analysis", None)
        for owner, target in ((screen, screen), (app, app)):
            for binding in _bindings(owner):
                if binding.action in seen:
                    continue
                seen.add(binding.action)
                name = binding.description
                if binding.action.startswith("toggle_pane("):
                    number = int(binding.action[len("toggle_pane(") : -1])
                    if not isinstance(analysis, Analysis) or number > len(analysis.sources):
                        continue
                    label = source_name(analysis, analysis.sources[number - 1].id)
                    name = f"Show/hide pane {number}: {label}"
                keys = f"key: {key_label(binding.key)}"
                help_text = f"{binding.tooltip} ({keys})" if binding.tooltip else keys
                run = partial(target.run_action, binding.action)
                commands.append((name, run, help_text))
        return commands

    def _framework(self, *, discovered: bool) -> list[Command]:
        """Textual's own commands, minus those a binding of ours already offers."""
        ours = {name.casefold() for name, _run, _help in self._commands()}
        return [
            (command.title, command.callback, command.help)
            for command in self.app.get_system_commands(self.screen)
            if (command.discover or not discovered) and command.title.casefold() not in ours
        ]

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)
        for name, callback, help_text in self._framework(discovered=True):
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for share, commands in (
            (1.0, self._commands()),
            (FRAMEWORK_SHARE, self._framework(discovered=False)),
        ):
            for name, callback, help_text in commands:
                score = matcher.match(name) * share
                if score > 0:
                    highlighted = _highlight(matcher, name)
                    yield Hit(score, highlighted, callback, text=name, help=help_text)


def _highlight(matcher: Matcher, name: str) -> Content:
    """Like ``matcher.highlight`` but never reads ``name`` as markup (outlet names are data)."""
    content = Content(name)
    score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    if score:
        for offset in offsets:
            if not name[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
