"""The shared text toolkit (reader/text): one stemmer, one stop list, one thresholds table."""

from __future__ import annotations

from reader.text import data
from reader.text.thresholds import threshold
from reader.text.words import stem, stop_words, weak_words


def test_the_stemmer_folds_inflections_not_word_families() -> None:
    assert stem("responded") == stem("responds") == stem("responding")
    assert stem("warehouses") == stem("warehouse")
    assert stem("attention") != stem("attend")
    assert stem("Ukraine’s") == stem("ukraine")


def test_the_stop_list_holds_function_words_only() -> None:
    assert {"the", "of", "and", "they"} <= stop_words()
    # a negation or a particle changes what a sentence claims; 'said' is a framing choice
    assert not {"not", "no", "out", "own", "said", "claimed"} & stop_words()
    assert {"said", "according", "not"} <= weak_words()
    assert not stop_words() & weak_words()


def test_every_threshold_says_what_it_means_and_where_it_was_measured() -> None:
    table = data.load_json("thresholds.json")
    for section, entries in table.items():
        if section.startswith("_"):
            continue
        for name, entry in entries.items():
            assert isinstance(entry["value"], int | float), (section, name)
            assert entry["means"].strip() and entry["measured_on"].strip(), (section, name)


def test_modules_read_their_thresholds_from_the_table() -> None:
    from reader.analysis import align, corrections, groups, paragraph_claims, similarity
    from reader.analysis.facts import normalize

    assert threshold("align.link") == align.LINK
    assert threshold("paragraph_claims.link") == paragraph_claims.LINK
    assert threshold("similarity.anchor_weight") == similarity.ANCHOR_WEIGHT
    assert 100.0 * threshold("spelling.verbatim") == groups.VERBATIM
    assert corrections.VERBATIM is groups.VERBATIM  # one near-verbatim cut-off
    assert 100.0 * threshold("spelling.name") == normalize.SURNAME_SIMILARITY


def test_one_list_of_news_agencies_serves_ingest_framing_and_facts() -> None:
    from reader.analysis.facts import lexicon
    from reader.analysis.framing.speakers import load_speakers
    from reader.ingest.outlets import known_outlet
    from reader.text.outlets import outlet_names

    names = outlet_names()
    assert {"Reuters", "AP", "TASS", "MTI"} <= names
    assert load_speakers().agencies == names
    assert lexicon.attribution_words().relay_names == names
    assert all(known_outlet(name) for name in names)
