from reader.analysis.facts.cluster import link
from reader.analysis.facts.mention import Mention


def _quote(source: str, text: str) -> Mention:
    return Mention(source, f"{source}:p1", 0, len(text), "quote", text, text)


def test_quotes_do_not_chain_through_a_long_quote() -> None:
    mentions = [
        _quote("s1", "special nature"),
        _quote("s2", "the special nature of our relations and the unwavering support"),
        _quote("s3", "unwavering support"),
    ]
    clusters = link(mentions, {(0, 1): 0.5, (1, 2): 0.4})
    assert sorted(map(sorted, clusters)) == [[0, 1], [2]]


def test_one_source_never_holds_two_different_values_in_a_cluster() -> None:
    mentions = [
        Mention("s1", "s1:p1", 0, 2, "number", "12", "12", unit="troops", low=12, high=12),
        Mention("s1", "s1:p2", 0, 2, "number", "15", "15", unit="troops", low=15, high=15),
        Mention("s2", "s2:p1", 0, 2, "number", "12", "12", unit="troops", low=12, high=12),
    ]
    clusters = link(mentions, {(0, 2): 5.0, (1, 2): 4.0})
    assert sorted(map(sorted, clusters)) == [[0, 2], [1]]


def _count(source: str, value: int) -> Mention:
    text = str(value)
    return Mention(source, f"{source}:p1", 0, 2, "number", text, text, unit="men", low=value)


def test_lone_dissent_joins_a_consensus_whose_outlet_repeats_its_value() -> None:
    # s1 states 52 three times (headline, lead, body); the dissenting 58 pairs with one of
    # them and with s2: two of the three other outlets, though only two of five mentions
    mentions = [
        _count("s1", 52),
        _count("s1", 52),
        _count("s1", 52),
        _count("s2", 52),
        _count("s3", 52),
        _count("s4", 58),
    ]
    consensus = {(a, b): 9.0 for a in range(5) for b in range(a + 1, 5) if a >= 2 or b >= 3}
    clusters = link(mentions, {**consensus, (2, 5): 4.0, (3, 5): 4.0})
    assert [0, 1, 2, 3, 4, 5] in map(sorted, clusters)


def test_dissent_linked_to_a_minority_of_outlets_stays_apart() -> None:
    mentions = [_count("s1", 52), _count("s2", 52), _count("s3", 52), _count("s4", 58)]
    consensus = {(0, 1): 9.0, (0, 2): 9.0, (1, 2): 9.0}
    clusters = link(mentions, {**consensus, (0, 3): 4.0})
    assert [3] in clusters
