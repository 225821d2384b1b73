"""What each outlet leaves out: per group, the sources that report nothing of it.

A source with no body at all (nothing but headline, dateline and boilerplate, or a page
whose extraction failed) is not counted as omitting anything: it reports nothing at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.model import Group, Omission, Source

_BODY_KINDS = frozenset({"body", "quote-block"})


def find_omissions(groups: Sequence[Group], sources: Sequence[Source]) -> tuple[Omission, ...]:
    with_body = [s.id for s in sources if any(p.kind in _BODY_KINDS for p in s.paragraphs)]
    out: list[Omission] = []
    for group in groups:
        present = {m.source for m in group.members}
        missing = tuple(s for s in with_body if s not in present)
        if missing:
            out.append(Omission(group=group.id, sources=missing))
    return tuple(out)
