from __future__ import annotations

import pytest

from reader.ingest.classify import classify, is_boilerplate

BODY = "The warehouse burned for three hours before crews had it under control."


@pytest.mark.parametrize(
    "text",
    [
        "Leave a Reply",
        "Source link",
        "Your email address will not be published. Required fields are marked *",
        "See also: Harbour reopens after the storm",
        "Read more: Ferry timetable changes",
        "All news",
        "Share on Facebook",
        "We use cookies to improve your experience. Accept all cookies",
        "Subscribe to our newsletter for the morning briefing",
        "Photo: Coast Times / J. Smith",
        "— Harbour Watch (@harbourwatch) May 5, 2031",
        "— Harbour Watch (@harbourwatch) 5 May 2031",
        "12 comments",
        "Related: Fire chief to retire",
        "© 2031 Coast Times. All rights reserved.",
    ],
)
def test_boilerplate_patterns(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "Related issues were raised at the council meeting on Tuesday.",
        "Readers shared photos of the smoke over the bay.",
        "Comments from residents filled the council chamber.",
        "Follow-up inspections are planned on every quay.",
    ],
)
def test_reporting_is_not_boilerplate(text: str) -> None:
    assert not is_boilerplate(text)


def test_first_paragraph_is_the_headline() -> None:
    assert classify(["Harbour fire out after three hours", BODY]) == ["headline", "body"]


def test_headline_after_leading_boilerplate() -> None:
    kinds = classify(["All news", "Harbour fire out after three hours", BODY])
    assert kinds == ["boilerplate", "headline", "body"]


def test_a_sentence_first_is_not_a_headline() -> None:
    assert classify([BODY, BODY]) == ["body", "body"]


@pytest.mark.parametrize(
    "line", ["May 5, 2031", "Published: 5 May 2031, 10:42 GMT", "By Jane Doe", "2031-05-05"]
)
def test_date_and_byline_lines_are_datelines(line: str) -> None:
    assert classify(["Harbour fire", line, BODY])[1] == "dateline"


def test_lone_label_after_the_headline_is_boilerplate() -> None:
    assert classify(["Harbour fire", BODY, "Background", BODY])[2] == "boilerplate"


def test_whole_paragraph_quotation_is_a_quote_block() -> None:
    quote = "“We had it under control by dawn, and nobody was hurt.”"
    assert classify(["Harbour fire", quote])[1] == "quote-block"


def test_quotation_with_attribution_is_body() -> None:
    quote = "“We had it under control by dawn,” the fire chief said."
    assert classify(["Harbour fire", quote])[1] == "body"


def test_text_before_a_tweet_signature_is_a_quote_block() -> None:
    tweet = "Crews are still on the quay, the smoke is thinning"
    signature = "— Harbour Watch (@harbourwatch) May 5, 2031"
    kinds = classify(["Harbour fire", BODY, tweet, signature])
    assert kinds[2:] == ["quote-block", "boilerplate"]


def test_forced_kinds_win() -> None:
    kinds = classify(["Crews came from three towns", "Harbour fire"], {1: "headline"})
    assert kinds == ["body", "headline"]


@pytest.mark.parametrize(
    "text",
    [
        "Share this story | Comments (0)",
        "_© 2031 Port Gazette. Reproduction without permission is prohibited._",
        "*More on this story: Harbour in pictures · Why quays burn*",
        "(Reporting by Ilse Marrow; Editing by Tom Brack)",
        "Have your say on this story: leave a comment below.",
        "[link=https://example.com]Share this article[/link] | © 2031 Quay Times",
        "Tags: harbour, fire, quay",
        "Comments are closed.",
        "Sign up for our evening newsletter",
        "Follow Quay Times on social media for the latest updates.",
    ],
)
def test_more_page_furniture(text: str) -> None:
    assert is_boilerplate(text)


def test_place_date_agency_line_is_a_dateline() -> None:
    assert classify(["Harbour fire", "PORTVILLE. May, 6th. Port Gazette.", BODY])[1] == "dateline"


def test_headline_below_a_leading_date_line() -> None:
    kinds = classify(["May 5, 2031", "Harbour fire out after three hours", BODY])
    assert kinds == ["dateline", "headline", "body"]
