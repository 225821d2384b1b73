"""Load every source the user named; report the unreadable ones and go on with the rest.

This module only orchestrates: resolve specs to items, read bytes (files, stdin, URLs) under
the size cap, decode, extract or segment, classify, read metadata, then assign ids ``s1..``
in order. Whatever goes wrong with one source becomes a one-line ``LoadError``; nothing
raises out of ``load_sources``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from reader.ingest.build import Built, build_source
from reader.ingest.errors import IngestError
from reader.ingest.read import read_item
from reader.ingest.resolve import resolve
from reader.ingest.years import fill_missing_years
from reader.model import LoadError, LoadResult
from reader.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT


def load_sources(
    specs: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    first: int = 0,
    on_first: Callable[[LoadResult, int], None] | None = None,
) -> LoadResult:
    """Read every source in ``specs``; never raises, whatever the input.

    With ``on_first``, once ``first`` sources are read and more items remain, it gets those
    sources (and the errors so far) with the number of items in all, so a screen can show
    them while the rest are read. The returned result is still the whole one: ids, filled-in
    years and errors as without ``on_first`` (an undated early source may gain its year).
    """
    built: list[Built] = []
    errors: list[LoadError] = []
    notices: list[str] = []
    seen: dict[str, str] = {}  # sha256 -> path of the first source with those bytes
    resolved_specs = [resolve(spec) for spec in specs]
    total = sum(len(r) for r in resolved_specs if not isinstance(r, LoadError))
    for resolved in resolved_specs:
        if isinstance(resolved, LoadError):
            errors.append(resolved)
            continue
        for item in resolved:
            if on_first is not None and built and len(built) == first:  # and items remain
                early = fill_missing_years([(b.source, b.undated) for b in built])
                on_first(LoadResult(early, tuple(errors), tuple(notices)), total)
                on_first = None
            try:
                fetched = read_item(item, max_bytes, timeout)
                digest = hashlib.sha256(fetched.raw).hexdigest()
                if digest in seen:
                    notices.append(f"{item.path}: same bytes as {seen[digest]}, loaded once")
                    continue
                one = build_source(f"s{len(built) + 1}", item, fetched, digest)
            except IngestError as exc:
                errors.append(LoadError(item.path, exc.reason))
                continue
            except Exception as exc:  # a bug or a library failure must not lose the others
                errors.append(LoadError(item.path, f"could not be read ({type(exc).__name__})"))
                continue
            seen[digest] = item.path
            built.append(one)
    sources = fill_missing_years([(b.source, b.undated) for b in built])
    return LoadResult(sources, tuple(errors), tuple(notices))
