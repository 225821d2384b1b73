"""Notes are never lost: restart, two writers at once, kill -9 in the middle of a write."""

from __future__ import annotations

import itertools
import multiprocessing
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from multiprocessing.synchronize import Barrier
from pathlib import Path

from reader.ingest import load_sources
from reader.store import AnnotationStore, Draft, span_target
from tests.store.conftest import make_source

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "Harbour fire contained\n\n"
    "A fire at the harbour warehouse burned for three hours, the fire service said.\n\n"
    "Nobody was hurt."
)
WRITES = 200
DRAFT_WRITES = 100


def test_a_note_survives_a_restart_on_the_same_words(tmp_path: Path) -> None:
    article = tmp_path / "coast.txt"
    article.write_text(TEXT, encoding="utf-8")
    (source,) = load_sources([str(article)]).sources
    start = source.text.index("three hours")
    with AnnotationStore.open(tmp_path / "data") as store:
        store.add(span_target(source, start, start + 11), "call the fire service")
    (reloaded,) = load_sources([str(article)]).sources
    with AnnotationStore.open(tmp_path / "data") as store:
        (resolved,) = store.resolve([reloaded])
    assert resolved.annotation.note == "call the fire service"
    ((_, begin, end),) = resolved.spans
    assert reloaded.text[begin:end] == "three hours"


def _write_many(folder: str, writer: int, start_together: Barrier) -> None:
    source = make_source(TEXT)
    start_together.wait(timeout=120)  # both create the fresh database at the same moment
    with AnnotationStore.open(folder) as store:
        for i in range(WRITES):
            store.add(span_target(source, 0, 7), f"writer {writer} note {i}")
            time.sleep(0.002)  # a person between two notes, even a fast one


def _two_writers(writer: Callable[[str, int, Barrier], None], folder: str) -> None:
    """Run ``writer`` in two processes that start writing to ``folder`` at the same moment."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    writers = [context.Process(target=writer, args=(folder, w, barrier)) for w in (1, 2)]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=300)
    assert [p.exitcode for p in writers] == [0, 0]


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    _two_writers(_write_many, folder)
    with AnnotationStore.open(folder) as store:
        in_order = [a.note for a in store.list()]
    notes = set(in_order)
    switches = sum(1 for a, b in itertools.pairwise(in_order) if a[:8] != b[:8])
    assert switches > 1, "the two writers never overlapped: the test proved nothing"
    expected = {f"writer {w} note {i}" for w in (1, 2) for i in range(WRITES)}
    assert notes == expected


_LOOPING_WRITER = """
import hashlib, sys
from reader.model import Source
from reader.store import AnnotationStore, Draft, span_target
text = "A fire at the harbour warehouse burned for three hours."
source = Source("s1", "/news/a.txt", text, hashlib.sha256(text.encode()).hexdigest(), ())
store = AnnotationStore.open(sys.argv[1])
i = 0
while True:
    store.add(span_target(source, 0, 6), f"note {i} " + "x" * 2000, tags=[f"t{i % 7}"])
    print(i, flush=True)  # printed only once the note is committed
    i += 1
"""


def test_kill_9_mid_write_keeps_every_earlier_note_and_a_sound_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    writer = subprocess.Popen(
        [sys.executable, "-c", _LOOPING_WRITER, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert writer.stdout is not None
    committed = -1
    for line in writer.stdout:
        committed = int(line)
        if committed >= 150:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=60)
    assert writer.returncode == -signal.SIGKILL
    with AnnotationStore.open(folder) as store:
        assert store.notices == ()  # not treated as damaged
        kept = {a.note.split(" x")[0] for a in store.list()}
    assert {f"note {i}" for i in range(committed + 1)} <= kept
    conn = sqlite3.connect(folder / "newsdiff.db")
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def _draft_and_note(folder: str, writer: int, start_together: Barrier) -> None:
    """A person typing: the draft is saved again and again; every tenth save is promoted."""
    source = make_source(TEXT)
    start_together.wait(timeout=120)
    with AnnotationStore.open(folder) as store:
        draft = Draft(span_target(source, 0, 7))
        for i in range(DRAFT_WRITES):
            draft = store.drafts.save(replace(draft, text=f"writer {writer} typed {i}"))
            if i % 10 == 9:
                store.drafts.promote(draft)
                draft = Draft(span_target(source, 0, 7))
        store.drafts.save(replace(draft, text=f"writer {writer} last draft"))


def test_two_processes_saving_drafts_at_once_lose_no_draft_and_no_note(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    _two_writers(_draft_and_note, folder)
    with AnnotationStore.open(folder) as store:
        notes = {a.note for a in store.list()}
        drafts = {d.text for d in store.drafts.list()}
    every = range(9, DRAFT_WRITES, 10)
    assert notes == {f"writer {w} typed {i}" for w in (1, 2) for i in every}
    assert drafts == {"writer 1 last draft", "writer 2 last draft"}
