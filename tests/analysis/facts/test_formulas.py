from reader.analysis.facts import find_facts
from reader.analysis.facts.formulas import find_formulas, formulas_agree
from reader.model import Fact, Source
from tests.analysis.facts.helpers import group_of, make_source


def _formula_facts(*texts: str, grouped: bool = True) -> list[Fact]:
    sources: list[Source] = [make_source(f"s{n}", [t]) for n, t in enumerate(texts, start=1)]
    groups = [group_of("g1", *((s, 1) for s in sources))] if grouped else []
    return [f for f in find_facts(sources, groups) if f.subject.startswith("wording of")]


def test_quoted_formula_and_a_restatement_in_other_words_diverge() -> None:
    (fact,) = _formula_facts(
        'The mayor stood by the principle of "no island left behind" in the ferry talks.',
        "The mayor stood by the principle of serving every harbour town in the ferry talks.",
    )
    assert fact.divergent and fact.kind == "quote"
    assert [v.normalized for v in fact.values] == [
        "no island left behind",
        "serving every harbour town in the ferry talks",
    ]
    assert "island" in fact.differing_words[0] and "harbour" in fact.differing_words[1]


def test_restatement_keeping_the_formula_words_is_not_flagged() -> None:
    facts = _formula_facts(
        'The mayor stood by the principle of "no island left behind" in the ferry talks.',
        "The mayor stood by the principle that no island be left behind in the ferry talks.",
    )
    assert facts == []


def test_two_restatements_are_never_compared() -> None:
    facts = _formula_facts(
        "The mayor stood by the principle of leaving no island behind in the ferry talks.",
        "The mayor stood by the principle of serving every harbour town in the ferry talks.",
    )
    assert facts == []


def test_formulas_under_different_heads_are_not_compared() -> None:
    facts = _formula_facts(
        'The mayor stood by the principle of "no island left behind" in the ferry talks.',
        "The mayor repeated the motto of serving every harbour town in the ferry talks.",
    )
    assert facts == []


def test_formulas_in_unlike_sentences_outside_a_group_are_not_compared() -> None:
    facts = _formula_facts(
        'The mayor stood by the principle of "no island left behind" in the ferry talks.',
        "At its spring meeting the dockers' union rejected the principle of serving every "
        "harbour town.",
        grouped=False,
    )
    assert facts == []


def test_a_glued_curly_quote_opens_a_formula_and_an_apostrophe_does_not_close_it() -> None:
    source = make_source(
        "s1", ["He kept to the principle of’the island’s ferry before all’, aides said."]
    )
    (formula,) = find_formulas(source)
    assert formula.quoted and formula.text == "the island’s ferry before all"
    assert source.text[formula.start : formula.end] == formula.text


def test_a_formula_of_small_words_compares_all_its_words() -> None:
    assert not formulas_agree("with us, not for us", "the principle of acting for them")
    assert formulas_agree("with us, not for us", "acting with us and not for us")


def test_a_principle_named_in_a_word_or_two_is_not_a_formula() -> None:
    facts = _formula_facts(
        'The mayor defended the principle of "fair fares" in the ferry talks on Monday.',
        "The mayor defended the principle of sovereignty in the ferry talks on Monday.",
    )
    assert facts == []


def test_formulas_in_sentences_saying_the_same_are_compared_outside_groups() -> None:
    (fact,) = _formula_facts(
        'Mayor Ana Ruiz told the harbour board she stood by the principle of "no island left '
        'behind" in the ferry talks.',
        "Mayor Ana Ruiz told the harbour board she stood by the principle of serving the "
        "mainland towns first in the ferry talks.",
        grouped=False,
    )
    assert fact.divergent and fact.group is None


def test_a_restatement_agreeing_with_the_quote_has_no_differing_words() -> None:
    (fact,) = _formula_facts(
        'The mayor stood by the principle of "no island left behind" in the ferry talks.',
        "The mayor stood by the principle of serving every harbour town in the ferry talks.",
        "The mayor stood by the principle that no island be left behind in the ferry talks.",
    )
    assert fact.differing_words[2] == ()
    assert fact.differing_words[0] == ("no", "island", "left", "behind")


def test_the_subject_names_the_words_the_wordings_share() -> None:
    (fact,) = _formula_facts(
        'The mayor stood by the principle of "no island left behind" in the ferry talks.',
        "The mayor stood by the principle of serving every harbour town in the ferry talks.",
        "The mayor stood by the principle that no island be left behind in the ferry talks.",
    )
    assert fact.subject == "wording of the principle: island left behind"


def test_without_shared_words_the_subject_quotes_the_formula_not_the_group_label() -> None:
    sources = [
        make_source("s1", ['The mayor stood by the principle of "no island left behind" today.']),
        make_source("s2", ["The mayor stood by the principle of serving every harbour town."]),
    ]
    group = group_of("g1", (sources[0], 1), (sources[1], 1))
    (fact,) = [f for f in find_facts(sources, [group]) if f.kind == "quote"]
    assert fact.subject == "wording of the principle quoted as “no island left behind”"
    assert group.label not in fact.subject
