from __future__ import annotations

from reader.analysis.framing import frame
from tests.analysis.framing.helpers import make_source


def test_rates_are_per_thousand_words() -> None:
    words = " ".join(["word"] * 98)
    source = make_source("s1", f"The regime {words}.")  # 100 words, one loaded mark
    [profile] = frame([source]).profiles
    assert profile.words == 100
    assert profile.per_thousand["loaded"] == 10.0
    assert profile.per_thousand["hedge"] == 0.0


def test_profile_records_the_naming_the_outlet_uses() -> None:
    source = make_source("s1", "Talks in Kiev ended.", "Kiev and Kharkiv stayed calm.")
    [profile] = frame([source]).profiles
    assert profile.naming == {"Kyiv": "Kiev", "Kharkiv": "Kharkiv"}


def test_profile_counts_quoted_people_verbs_and_unattributed_claims() -> None:
    source = make_source(
        "s1",
        "Mayor Anna Berg said the port would reopen. Berg insisted that no one was hurt.",
        "The storm destroyed forty boats along the southern coast overnight.",
    )
    [profile] = frame([source]).profiles
    assert profile.quoted == {"Anna Berg": 2}
    assert profile.attribution_verbs == {"say": 1, "insist": 1}
    assert profile.unattributed == 1


def test_marks_inside_quotations_do_not_count_as_own_voice() -> None:
    quoted = make_source("s1", "“The regime must go,” the mayor said on Friday evening.")
    own = make_source("s2", "The regime must go, the editorial argues this Friday.")
    rates = {p.source: p.per_thousand["own-voice"] for p in frame([quoted, own]).profiles}
    assert rates["s1"] == 0.0
    assert rates["s2"] > 0.0


def test_outlet_writing_kyiv_throughout_still_gets_neutral_naming_marks() -> None:
    source = make_source("s1", "Kyiv reopened its schools.", "Trains reached Kyiv at noon.")
    result = frame([source])
    assert [(m.category, m.term, m.neutral) for m in result.marks] == [
        ("naming", "Kyiv", None),
        ("naming", "Kyiv", None),
    ]
    assert all("neutral" in m.note for m in result.marks)
    assert result.profiles[0].naming == {"Kyiv": "Kyiv"}
