"""The user's key map: rebind any key of newsdiff in a TOML file in the per-user config folder.

``~/.config/newsdiff/keys.toml`` on Linux (``platformdirs.user_config_dir``)::

    [keys]
    divergence-1 = "J"          # next divergence on J instead of n
    table-down = "j,down"

Each name is a binding id from ``reader.ui.bindings``; ``newsdiff keys`` lists them with the
keys in force. The app applies the map through Textual's keymap support (``App.set_keymap``).
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

from textual.binding import Binding, BindingType

from reader.ui import bindings as declared

KEYMAP_FILE = "keys.toml"


def keymap_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsdiff")) / KEYMAP_FILE


def every_binding() -> dict[str, Binding]:
    """Every binding with an id, by id, as declared in ``reader.ui.bindings``."""
    out: dict[str, Binding] = {}
    for name in dir(declared):
        value = getattr(declared, name)
        if name.endswith("_BINDINGS") and isinstance(value, list):
            items: list[BindingType] = value
            for binding in items:
                if isinstance(binding, Binding) and binding.id and binding.id not in out:
                    out[binding.id] = binding
    return out


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """(binding id -> keys, problems in words). A missing file is an empty map."""
    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, [f"{path}: not read ({error}); the default keys are in force."]
    table = data.get("keys", {})
    if not isinstance(table, dict):
        return {}, [f'{path}: [keys] must be a table of binding id = "keys".']
    known = every_binding()
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, keys in table.items():
        if binding_id not in known:
            problems.append(f"{path}: no key is called {binding_id!r} (newsdiff keys lists them).")
        elif not isinstance(keys, str) or not keys.strip():
            problems.append(f'{path}: {binding_id} needs keys as a string, e.g. "J".')
        else:
            keymap[binding_id] = ",".join(k.strip() for k in keys.split(",") if k.strip())
    return keymap, problems


def keys_main(argv: Sequence[str]) -> int:
    """``newsdiff keys``: every binding id, its keys in force and what it does."""
    if argv and argv[0] in ("-h", "--help"):
        print(
            "usage: newsdiff keys\n\nPrint every key binding (id, keys, what it does) with "
            f"the user's key map applied ({keymap_path()})."
        )
        return 0
    if argv:
        print(f"newsdiff keys: unexpected argument {argv[0]!r}", file=sys.stderr)
        return 2
    keymap, problems = load_keymap()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"# key map: {keymap_path()}" + ("" if keymap else " (none: the default keys)"))
    for binding_id, binding in sorted(every_binding().items()):
        keys = keymap.get(binding_id, binding.key)
        mark = " *" if binding_id in keymap else ""
        print(f"{binding_id:<24} {keys:<22} {binding.description}{mark}")
    return 0
