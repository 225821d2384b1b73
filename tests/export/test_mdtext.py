"""Untrusted text cannot become Markdown structure, HTML, links or terminal controls."""

from __future__ import annotations

from reader.export import mdtext


def test_html_and_entities_stay_text() -> None:
    assert mdtext.inline("<script>x</script> &#x202E;") == r"\<script\>x\</script\> \&\#x202E;"


def test_links_images_and_wikilinks_cannot_form() -> None:
    out = mdtext.inline("[a](javascript:x) ![i](y) [[Note]]")
    assert "[" not in out.replace(r"\[", "")
    assert "javascript\\:" in out


def test_bare_urls_and_emails_are_not_autolinked() -> None:
    assert mdtext.inline("see https://evil.test or www.evil.test, a@b.test") == (
        r"see https\://evil.test or www\.evil.test, a\@b.test"
    )


def test_obsidian_syntax_is_escaped() -> None:
    assert mdtext.inline("#tag ==hi== %%c%% $x$ ^ref ~~s~~") == (
        r"\#tag \=\=hi\=\= \%\%c\%\% \$x\$ \^ref \~\~s\~\~"
    )


def test_a_single_percent_is_left_alone() -> None:
    assert mdtext.inline("40% of the quay") == "40% of the quay"


def test_line_starts_cannot_make_lists_headings_or_code() -> None:
    assert mdtext.lines("- a\n+ b\n12. c\n3) d\n# e\n      f") == [
        r"\- a",
        r"\+ b",
        r"12\. c",
        r"3\) d",
        r"\# e",
        "f",
    ]


def test_control_characters_become_visible_symbols() -> None:
    assert mdtext.inline("a\x1b]0;title\x07b\u202ec") == "a\u241b\\]0;title\u2407b\ufffdc"


def test_lone_surrogates_from_undecodable_names_are_replaced() -> None:
    assert mdtext.code("/news/caf\udce9.txt") == "`/news/caf\ufffd.txt`"


def test_a_code_span_is_fenced_past_any_backticks_inside() -> None:
    assert mdtext.code("a``b") == "```a``b```"
    assert mdtext.code("`x") == "`` `x ``"


def test_yaml_strings_are_quoted_and_escaped() -> None:
    assert mdtext.yaml_string('say "hi"\nnow\u2028') == '"say \\"hi\\"\u240anow\\u2028"'


def test_note_lines_keep_their_breaks_and_paragraphs() -> None:
    assert mdtext.note_block("one\ntwo\n\nthree", "  ") == ["  one\\", "  two", "", "  three"]


def test_blockquote_keeps_paragraphs_inside_the_quote() -> None:
    assert mdtext.blockquote("first\nwrapped\n\nsecond") == ["> first wrapped", ">", "> second"]


def test_only_tag_shaped_tags_become_obsidian_tags() -> None:
    assert [mdtext.obsidian_tag(t) for t in ("call", "follow-up", "2031", "two words")] == [
        "#call",
        "#follow-up",
        "`2031`",
        "`two words`",
    ]
