"""Per-outlet profile: how often each kind of framing occurs, whom it quotes, which names.

Rates are per 1,000 words of the source's non-boilerplate text, so a long wire story and a
short brief compare fairly. ``own-voice`` adds the rate of marks (naming aside) that stand
outside quotations: what the outlet says in its own words rather than quotes. Contrast
marks are left out of the rates: they restate a difference between two outlets.
"""

from __future__ import annotations

from collections import Counter
from typing import get_args

from reader.analysis.framing.marks import Found
from reader.analysis.framing.text import words
from reader.model import Attribution, FramingCategory, OutletProfile, Source

OWN_VOICE = "own-voice"  # marks outside quotations, naming aside: the outlet's own words
CATEGORIES: tuple[FramingCategory, ...] = get_args(FramingCategory)  # in the contract's order


def word_count(source: Source) -> int:
    return sum(len(words(p.text)) for p in source.body)


def _naming(found: list[Found]) -> dict[str, str]:
    """Concept -> the form used; " / " joins forms, most used first, when a source mixes."""
    used: dict[str, Counter[str]] = {}
    for f in found:
        if f.mark.category == "naming" and f.concept is not None and f.form is not None:
            used.setdefault(f.concept, Counter())[f.form] += 1
    return {
        concept: " / ".join(form for form, _ in forms.most_common())
        for concept, forms in used.items()
    }


def profile(source: Source, found: list[Found], attributed: list[Attribution]) -> OutletProfile:
    total = word_count(source)
    counts = Counter(f.mark.category for f in found)
    per_thousand: dict[str, float] = {
        c: (1000.0 * counts[c] / total if total else 0.0) for c in CATEGORIES
    }
    own = sum(1 for f in found if f.mark.category != "naming" and not f.quoted)
    per_thousand[OWN_VOICE] = 1000.0 * own / total if total else 0.0
    verbs = Counter(a.verb for a in attributed if a.verb is not None and a.who)
    quoted = Counter(a.who for a in attributed if a.who)
    return OutletProfile(
        source=source.id,
        words=total,
        per_thousand=per_thousand,
        attribution_verbs=dict(verbs),
        quoted=dict(quoted),
        naming=_naming(found),
        unattributed=sum(1 for a in attributed if a.kind == "unattributed"),
    )
