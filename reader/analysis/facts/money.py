"""Sums of money ("$1.5 billion", "20 million euros", "USD 300") as 'USD 1500000000'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.facts import lexicon
from reader.analysis.facts.numbers import find_numbers, format_number, qualify


@dataclass(frozen=True, slots=True)
class MoneyHit:
    start: int
    end: int
    normalized: str
    currency: str
    value: float
    low: float | None = None  # the range a qualifier allows ('more than $1 billion')
    high: float | None = None


def find_money(text: str) -> list[MoneyHit]:
    """Numbers with a currency symbol or code before them, or a currency name after."""
    table = lexicon.money()
    symbols = sorted(table["symbols"], key=len, reverse=True)
    codes = {name.upper() for name in table["names"] if len(name) == 3}
    hits: list[MoneyHit] = []
    for number in find_numbers(text):
        head = text[max(0, number.start - 5) : number.start]
        currency = ""
        start, end = number.start, number.end
        for symbol in symbols:
            if head.rstrip().endswith(symbol):
                currency = table["symbols"][symbol]
                start = number.start - (len(head) - head.rstrip().rfind(symbol))
                break
        if not currency:
            code = re.search(r"\b([A-Z]{3})\s*$", head)
            if code and code.group(1) in codes:
                currency = table["names"][code.group(1).lower()]
                start = number.start - (len(head) - code.start(1))
        if not currency:
            tail = re.match(r"\s+(?:US\s+)?([A-Za-z]+)\b", text[number.end :])
            if tail and tail.group(1).lower() in table["names"]:
                currency = table["names"][tail.group(1).lower()]
                end = number.end + tail.end()
        if currency:
            value = number.value
            low, high = number.low, number.high
            if start < number.start:  # 'more than $1 billion': the qualifier is before the sign
                start, low, high = qualify(text, start, value)
            normalized = f"{currency} {format_number(value)}"
            hits.append(MoneyHit(start, end, normalized, currency, value, low, high))
    return hits
