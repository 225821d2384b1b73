"""The hostile sample set as the app shows it: sources through the real ingest, groups and
omissions from samples/hostile/expected.json (whole paragraphs), so the app tests do not
churn when the aligner is tuned."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from reader.ingest import load_sources
from reader.model import Analysis, Group, Member, Omission, Source

HOSTILE = Path(__file__).resolve().parents[2] / "samples" / "hostile"


def _sources() -> tuple[Source, ...]:
    loaded = load_sources([str(HOSTILE)])
    assert not loaded.errors, loaded.errors
    return tuple(
        dataclasses.replace(s, path=f"samples/hostile/{Path(s.path).name}") for s in loaded.sources
    )


def hostile_analysis() -> Analysis:
    truth = json.loads((HOSTILE / "expected.json").read_text(encoding="ascii"))
    sources = _sources()
    by_file = {Path(s.path).name: s for s in sources}
    groups: list[Group] = []
    for number, planted in enumerate(truth["groups"], start=1):
        members = []
        for file, index in planted["members"]:
            p = by_file[file].paragraphs[index - 1]
            members.append(Member(by_file[file].id, p.id, p.start, p.end))
        groups.append(Group(f"g{number}", tuple(members), planted["label"], 0.9))
    omissions = tuple(
        Omission(f"g{o['group'] + 1}", tuple(by_file[f].id for f in o["sources"]))
        for o in truth["omissions"]
    )
    return Analysis(sources=sources, groups=tuple(groups), omissions=omissions)
