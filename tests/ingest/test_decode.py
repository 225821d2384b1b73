from __future__ import annotations

import codecs

import pytest

from reader.ingest.decode import decode
from reader.ingest.errors import IngestError

CYRILLIC = (
    "Пожар в порту потушили к утру, сообщили в городской службе спасения. "
    "Жители соседних домов вернулись в свои квартиры после полудня."
)
LATIN = "Le café du port a rouvert à midi; les pêcheurs étaient déjà là, écrit la gazette."


def test_utf8_plain() -> None:
    decoded = decode("Harbour fire — day two".encode())
    assert decoded.text == "Harbour fire — day two"
    assert decoded.encoding == "utf-8"


def test_utf8_bom_is_dropped() -> None:
    assert decode(codecs.BOM_UTF8 + b"Title\n").text == "Title\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode(bom + CYRILLIC.encode(codec)).text == CYRILLIC


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_not_refused_as_binary(codec: str) -> None:
    decoded = decode("Harbour fire\n\nThe fire burned.\n".encode(codec))
    assert decoded.text == "Harbour fire\n\nThe fire burned.\n"
    assert decoded.encoding == codec


def test_cp1251_is_detected() -> None:
    assert decode(CYRILLIC.encode("cp1251")).text == CYRILLIC


def test_latin1_is_detected() -> None:
    assert decode(LATIN.encode("latin-1")).text == LATIN


def test_declared_charset_is_used_when_not_utf8() -> None:
    assert decode(LATIN.encode("latin-1"), declared="iso-8859-1").text == LATIN


@pytest.mark.parametrize("raw", [b"a\r\nb\rc\n", b"a\nb\nc\n"])
def test_universal_newlines(raw: bytes) -> None:
    assert decode(raw).text == "a\nb\nc\n"


def test_other_line_separators_are_kept_like_python_text_mode() -> None:
    assert decode("a\u2028b\x0cc".encode()).text == "a\u2028b\x0cc"


def test_nul_bytes_refused_as_binary() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")


def test_a_few_bytes_with_a_nul_are_binary_not_guessed_utf16() -> None:
    # Found by hypothesis: b"\x000" is NUL + "0" in UTF-8, not the UTF-16 text "0".
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x000")


def test_only_control_characters_is_refused_as_holding_no_text() -> None:
    with pytest.raises(IngestError, match="no text"):
        decode(bytes(range(1, 9)) * 20)


def test_escape_heavy_text_is_kept_not_refused_as_binary() -> None:
    raw = b"\x1b[31mred\x1b[0m \x07\x07 \x1b]0;title\x07 text\n" * 20
    assert decode(raw).text == raw.decode()


def test_empty_is_refused() -> None:
    with pytest.raises(IngestError, match="empty"):
        decode(b"")


def test_whitespace_only_is_refused() -> None:
    with pytest.raises(IngestError, match="whitespace"):
        decode(b"  \n\t\r\n \n")


def test_bad_bytes_after_a_bom_are_undecodable() -> None:
    with pytest.raises(IngestError, match="undecodable"):
        decode(codecs.BOM_UTF8 + b"ok \xff\xfe\xfa broken")


def test_stray_escape_sequences_are_kept_as_text() -> None:
    text = (
        "Harbour \x1b]0;title\x07fire \x1b[1;31mred\x1b[0m and three bells\x07\x07\x07 here. "
        "The warehouse on the north quay burned for three hours before crews had it out."
    )
    assert decode(text.encode()).text == text
