"""Facts: the checkable details each outlet states, normalised and compared across sources.

``extract_mentions`` reads one source; ``find_facts`` compares the whole set, inside the
aligned groups and, for clearly identical slots, outside them.
"""

from reader.analysis.facts.compare import find_facts
from reader.analysis.facts.extract import extract_mentions
from reader.analysis.facts.mention import Mention

__all__ = ["Mention", "extract_mentions", "find_facts"]
