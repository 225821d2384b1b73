from __future__ import annotations

import pytest

from reader.ingest.language import detect_language

TEXTS = {
    "en": "The fire in the harbour was out by dawn, and the crews said that nobody was hurt.",
    "fr": "Le feu du port a été maîtrisé à l'aube et les pompiers ont dit que personne "
    "n'était blessé dans la ville.",
    "de": "Das Feuer im Hafen war am Morgen aus, und die Feuerwehr sagte, dass niemand "
    "verletzt wurde und die Lage sich beruhigt hat.",
    "ru": "Пожар в порту потушили к утру, и пожарные сказали, что никто не пострадал, "
    "а жители уже вернулись в свои дома.",
    "uk": "Пожежу в порту загасили до ранку, і рятувальники сказали, що ніхто не "
    "постраждав, а мешканці вже повернулися додому.",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_language(language: str) -> None:
    assert detect_language(TEXTS[language]) == language


def test_too_little_text_is_unknown() -> None:
    assert detect_language("Harbour fire out") is None
