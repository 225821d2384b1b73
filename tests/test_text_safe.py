from __future__ import annotations

from reader.text.safe import inert


def test_escape_sequences_become_visible_and_length_is_kept() -> None:
    hostile = "a\x1b]0;pwned\x07b\x1b[31mc\u202ed\u200be\x9bf"
    safe = inert(hostile)
    assert len(safe) == len(hostile)
    assert "\x1b" not in safe and "\x07" not in safe and "\u202e" not in safe
    assert "\u200b" not in safe and "\x9b" not in safe
    assert safe.startswith("a\u241b]0;pwned\u2407b")


def test_newlines_and_tabs_survive_by_default_only() -> None:
    assert inert("a\nb\tc") == "a\nb\tc"
    assert "\n" not in inert("a\nb", keep_newlines=False)


def test_plain_text_is_unchanged() -> None:
    text = "Zelensky said “we appreciate” the call — 122,000 troops, [bold]x[/bold]"
    assert inert(text) == text
