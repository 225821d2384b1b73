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
