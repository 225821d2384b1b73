import re

from reader.analysis.facts.text import alternation


def test_alternation_tries_the_longer_phrase_first() -> None:
    pattern = re.compile(rf"(?:{alternation(['armed', 'armed conflict'])})")
    match = pattern.match("armed conflict")
    assert match is not None and match.group() == "armed conflict"


def test_alternation_escapes_what_regex_would_read() -> None:
    assert re.fullmatch(alternation(["a.b"]), "axb") is None
