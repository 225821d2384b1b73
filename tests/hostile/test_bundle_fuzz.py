"""Import over generated bundles (issue 18): never a traceback, never a change to another
story, never a partial story.

A real bundle is made once; hypothesis then replaces, deletes or duplicates its fields with
values of every JSON type (huge and negative numbers, booleans, lone surrogates, control
characters, nested lists) and imports the result. Whatever happens, the database before the
import is still all there; a refused import leaves it exactly as it was, byte for byte of
the dump; an accepted one adds one whole story (all its sources and corrections).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reader.store.bundle import BundleError, read_bundle
from reader.store.stories import StoryStore
from tests.hostile.bundles import bundle_of, dump, make_story

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["", " ", "\ud800", "-x", "\x1b]52;c;eA==\x07", "../../etc/passwd",
                     "http://127.0.0.1:9/x", "/etc/hostname", "claim-mark", "span", "unlink",
                     "trusted", "2031-01-01T00:00:00+00:00"]),
)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document a value sits (dict keys and list indexes)."""
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            if key != "data":  # the source bytes: a change is a hash mismatch, tested apart
                out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


MUTATION = st.tuples(st.integers(min_value=0), st.sampled_from(["set", "delete", "repeat"]), VALUES)


def _mutate(document: dict[str, Any], mutations: list[tuple[int, str, Any]]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    for pick, how, value in mutations:
        places = _paths(changed)
        if not places:
            break
        *parents, last = places[pick % len(places)]
        node: Any = changed
        for key in parents:
            node = node[key]
        if how == "set":
            node[last] = value
        elif how == "delete":
            del node[last]
        elif isinstance(node, list):
            node.append(copy.deepcopy(node[last]))
        else:
            node[last] = [node[last], node[last]]
    return changed


BASE: dict[str, Any] = {}


def _base(tmp: Path) -> tuple[Path, dict[str, Any]]:
    """One data folder with a story, and that story's bundle (made once per session)."""
    if not BASE:
        data = tmp / "data"
        make_story(tmp / "articles", data)
        BASE["data"] = data
        BASE["document"] = bundle_of(data, "fire", tmp / "fire.json")
    return BASE["data"], BASE["document"]


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutations=st.lists(MUTATION, max_size=3), name=st.integers(min_value=0))
def test_import_of_any_generated_bundle(
    tmp_path_factory: Any, mutations: list[tuple[int, str, Any]], name: int
) -> None:
    data, document = _base(tmp_path_factory.mktemp("fuzz"))
    bundle = _mutate(document, mutations)
    text = json.dumps(bundle)
    rename = f"copy {name}"
    before = dump(data)
    with StoryStore.open(data) as stories:
        names_before = set(stories.names())
        try:
            done = read_bundle(stories, text, rename=rename if name % 4 else None)
        except BundleError:
            done = None
        event("refused" if done is None else "imported")
        after_names = set(stories.names())
        if done is not None:
            story = stories.get(done.name)
            assert len(story.sources) == done.sources == len(bundle["sources"])
            assert len(stories.corrections(done.name)) == done.corrections
    after = dump(data)
    assert set(before) <= set(after)  # nothing another story holds changed or went
    if done is None:
        assert after == before  # a refused import wrote nothing at all
        assert after_names == names_before
    else:
        assert after_names == names_before | {done.name}
        assert all(line.startswith("INSERT") for line in set(after) - set(before))
