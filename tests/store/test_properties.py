"""Any note the user can type comes back from the store exactly, character for character."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.store import AnnotationStore, span_target
from tests.store.conftest import make_source

SOURCE = make_source("A fire at the harbour warehouse burned for three hours.")
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=300)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=ANY_TEXT, tag=ANY_TEXT)
def test_any_note_round_trips_exactly(store: AnnotationStore, note: str, tag: str) -> None:
    added = store.add(span_target(SOURCE, 2, 6), note, tags=[tag])
    again = store.get(added.id)
    assert again.note == note
    assert again.tags == ((tag.strip(),) if tag.strip() else ())
