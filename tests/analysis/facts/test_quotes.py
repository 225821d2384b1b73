from reader.analysis.facts.quotes import find_quotes
from reader.analysis.facts.quotes_compare import quote_diff
from reader.analysis.facts.text import sentences


def _quotes(text: str) -> list[tuple[str, str, str]]:
    out = []
    for q in find_quotes(text, sentences(text)):
        who = text[q.speaker_at[0] : q.speaker_at[1]] if q.speaker_at else q.pronoun
        out.append((text[q.start : q.end], q.verb, who))
    return out


def test_quote_then_speaker_and_verb() -> None:
    assert _quotes('"We will talk again soon," Jen Psaki said.') == [
        ("We will talk again soon,", "said", "Jen Psaki")
    ]


def test_speaker_and_verb_then_curly_quote() -> None:
    assert _quotes("Zelensky praised “firm support” in a tweet.") == [
        ("firm support", "praised", "Zelensky")
    ]


def test_pronoun_speaker_is_reported_for_resolution() -> None:
    assert _quotes('"Talks went well," he wrote.')[0][2] == "he"


def test_according_to_names_the_source() -> None:
    found = _quotes('Allies will "respond decisively", according to the White House.')
    assert found[0][1:] == ("according to", "the White House")


def test_multi_sentence_quote_is_one_quote() -> None:
    found = _quotes('"We spoke. We agreed on steps," she said.')
    assert found == [("We spoke. We agreed on steps,", "said", "she")]


def test_apostrophes_are_not_quotes() -> None:
    assert _quotes("Kiev’s view and Russia’s reply") == []


def test_continued_quote_inherits_the_speaker() -> None:
    found = _quotes('"First part here," Psaki said. "Second part here."')
    assert found[1][1:] == ("said", "Psaki")


def test_reworded_quote_differs_in_the_changed_words() -> None:
    diff = quote_diff(["the unwavering support", "firm support"])
    assert "firm" in diff[1] and "unwavering" in diff[0]


def test_shorter_quote_of_the_same_words_does_not_differ() -> None:
    assert quote_diff(["special nature", "the special nature of our relations"]) == ((), ())


def test_quotes_without_a_common_word_differ_in_every_word() -> None:
    diff = quote_diff(["respond decisively", "provide a firm response"])
    assert diff == (("respond", "decisively"), ("provide", "a", "firm", "response"))


def test_speaker_before_a_relative_clause() -> None:
    found = _quotes('Jonah Wexley, who led the rescue, said: "All nine walked out."')
    assert found[0][1] == "said" and "Jonah Wexley" in found[0][2]


def test_speaker_after_verb_and_object() -> None:
    found = _quotes('"They all walked out," told to the journalists Jonas Vexley.')
    assert found[0][1:] == ("told", "Jonas Vexley")


def test_a_name_after_a_preposition_is_not_the_speaker() -> None:
    found = _quotes('"The pier is open again," the mayor said in a Harbourline post.')
    assert found == [("The pier is open again,", "said", "")]


def test_a_name_right_after_the_verb_is_the_speaker() -> None:
    assert _quotes('"The pier is open again," said Mayor Edda Marlow.')[0][2] == "Mayor Edda Marlow"
