"""Markup and escape sequences in articles, titles, file names and notes stay inert text.

The hostile sample set (samples/hostile) carries Rich markup, CSI/OSC sequences (colour,
cursor moves, clear screen, window titles, OSC 8 links, OSC 52 clipboard writes), C0 and
C1 controls, bidi overrides and zero-width characters. Every way newsdiff shows text
(``report`` JSON and Markdown, stderr, the Markdown export, the app) must show them as
visible, inert characters and never pass them to the terminal raw.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from reader.text.safe import inert, json_inert
from tests.hostile.conftest import HOSTILE, RAW_HAZARD, run_cli, run_process

# Markdown that would become structure if an article's brackets were not escaped.
LIVE_MARKDOWN = re.compile(r"(?<!\\)\[[^\]\n]*(?<!\\)\]\(|(?<!\\)<[a-z/!]", re.IGNORECASE)

HAZARDS = {
    "C0 ESC and BEL": "\x1b]0;title\x07",
    "DEL": "\x7f",
    "C1 CSI": "\x9b31m",
    "C1 NEL": "\x85",
    "bidi RLO and PDF": "\u202eevil\u202c",
    "bidi isolates": "\u2067x\u2069",
    "Arabic letter mark": "\u061c",
    "zero-width space and joiner": "\u200b\u200d",
    "BOM inside text": "\ufeff",
    "invisible operator": "\u2062",
    "tag characters": "\U000e0041\U000e0042",
    "lone surrogate": "\udcff",
}


def paragraph_text(report: Any, file: str, index: int) -> str:
    (source,) = [s for s in report["sources"] if s["path"].endswith(file)]
    return str(source["paragraphs"][index - 1]["text"])


def unescape_markdown(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@pytest.fixture(scope="module")
def hostile_json() -> str:
    done = run_process("report", str(HOSTILE))
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def hostile_markdown() -> str:
    done = run_process("report", "--format", "md", str(HOSTILE))
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


# --------------------------------------------------------------------- textsafe


@pytest.mark.parametrize("hazard", HAZARDS.values(), ids=HAZARDS.keys())
def test_inert_makes_every_hazard_visible_and_keeps_the_length(hazard: str) -> None:
    text = f"before {hazard} after"
    safe = inert(text)
    assert RAW_HAZARD.search(safe) is None
    assert len(safe) == len(text)
    assert safe.startswith("before ") and safe.endswith(" after")


@pytest.mark.parametrize("hazard", HAZARDS.values(), ids=HAZARDS.keys())
def test_json_inert_escapes_every_hazard_and_reads_back_exactly(hazard: str) -> None:
    value = {"text": f"é {hazard} Ж", "list": [hazard]}
    dumped = json_inert(json.dumps(value, ensure_ascii=False, indent=2))
    assert RAW_HAZARD.search(dumped) is None
    assert "é" in dumped and "Ж" in dumped  # readable text stays readable
    assert json.loads(dumped) == value


# --------------------------------------------------------------------- report JSON


def test_the_json_report_of_the_hostile_set_is_valid_and_holds_no_raw_hazard(
    hostile_json: str,
) -> None:
    assert RAW_HAZARD.search(hostile_json) is None
    assert json.loads(hostile_json)["schema"] == "newsdiff.report/1"


def test_every_planted_control_reads_back_exactly_from_the_json(
    hostile_json: str, expected: Any
) -> None:
    report = json.loads(hostile_json)
    for planted in expected["controls"]:
        assert planted["text"] in paragraph_text(report, planted["file"], planted["paragraph"])


def test_every_planted_markup_string_reads_back_literally_from_the_json(
    hostile_json: str, expected: Any
) -> None:
    report = json.loads(hostile_json)
    for planted in expected["literal"]:
        assert planted["text"] in paragraph_text(report, planted["file"], planted["paragraph"])


def test_titles_keep_their_markup_and_escapes_as_data(hostile_json: str, expected: Any) -> None:
    titles = {s["path"].rsplit("/", 1)[-1]: s["title"] for s in json.loads(hostile_json)["sources"]}
    for file, truth in expected["sources"].items():
        assert titles[file] == truth["title"]


# --------------------------------------------------------------------- report Markdown


def test_the_markdown_report_holds_no_raw_hazard_and_no_live_markup(
    hostile_markdown: str,
) -> None:
    assert RAW_HAZARD.search(hostile_markdown) is None
    assert LIVE_MARKDOWN.search(hostile_markdown) is None


def test_the_markdown_report_shows_the_escapes_as_control_pictures(hostile_markdown: str) -> None:
    plain = unescape_markdown(hostile_markdown)
    assert "\u241b]0;YOU HAVE BEEN PWNED\u2407Kerrow ferry" in plain
    assert "\u241b[1;31mMV Selkie\u241b[0m" in plain
    assert "[bold red]URGENT[/bold red]" in plain
    assert "[bold magenta]Ferry chaos[/]" in plain


# --------------------------------------------------------------------- stderr


HOSTILE_NAMES = {
    "OSC title": "\x1b]0;PWNED\x07name.txt",
    "CSI clear screen": "\x1b[2J\x1b[Hname.txt",
    "C1 CSI": "\x9b31mname.txt",
    "bidi override": "report\u202etxt.exe.txt",
    "newline": "two\nlines.txt",
    "Rich markup": "[@click=app.quit][bold red]name.txt",
}


@pytest.mark.parametrize("name", HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_a_hostile_file_name_reaches_stderr_as_one_inert_line(
    tmp_path: Path, good: str, name: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(b"\x00\x01 not text")
    done = run_process("report", good, str(bad))
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    (line,) = err.splitlines()
    assert RAW_HAZARD.search(line) is None
    assert "binary" in line and inert(name, keep_newlines=False) in line
    assert [s["path"] for s in json.loads(done.stdout)["sources"]] == [good]


def test_a_duplicate_notice_with_a_hostile_name_is_inert(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "\x1b]52;c;cm0gLXJmIH4=\x07copy.txt"
    copy.write_bytes(Path(good).read_bytes())
    run = run_cli(capsys, "report", good, str(copy))
    (line,) = run.err.splitlines()
    assert "loaded once" in line and RAW_HAZARD.search(line) is None


# --------------------------------------------------------------------- the app

SNAPSHOT_APP = Path(__file__).parent / "snapshot_hostile_app.py"


def screen_segments(app: Any) -> list[tuple[int, list[Any]]]:
    """What the app would paint: every row of the screen as Rich segments."""
    strips = app.screen._compositor.render_strips()
    return [(y, list(strip)) for y, strip in enumerate(strips)]


def screen_lines(app: Any) -> list[str]:
    return ["".join(seg.text for seg in segments) for _, segments in screen_segments(app)]


def assert_nothing_live(app: Any) -> None:
    """No raw control, bidi or zero-width character, no link and no action reaches the screen."""
    for y, segments in screen_segments(app):
        for seg in segments:
            assert RAW_HAZARD.search(seg.text) is None, (y, seg.text)
            if seg.style is not None:
                assert seg.style.link is None, (y, seg.text, seg.style.link)
                assert not any(k.startswith("@") for k in seg.style.meta), (y, seg.style.meta)


def find_on_screen(app: Any, text: str) -> tuple[int, int]:
    for y, line in enumerate(screen_lines(app)):
        if text in line:
            return line.index(text), y
    raise AssertionError(f"{text!r} is not on the screen")


def run_app(body: Any, size: tuple[int, int] = (160, 50)) -> None:
    """Run ``body(app, pilot)`` against the app on the hostile analysis."""
    import asyncio

    from reader.ui.app import NewsdiffApp
    from tests.hostile.hostile_analysis import hostile_analysis

    async def main() -> None:
        app = NewsdiffApp(analysis=hostile_analysis(), title="Kerrow ferry")
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await body(app, pilot)

    asyncio.run(main())


def test_the_app_paints_the_hostile_set_inert_and_literal() -> None:
    async def body(app: Any, pilot: Any) -> None:
        await pilot.press("b")  # unfold boilerplate: the [link=...] share line
        await pilot.pause()
        assert_nothing_live(app)
        screen = "\n".join(screen_lines(app))
        for literal in (
            "[bold red]URGENT[/bold red]",
            "[@click=app.quit]online[/]",
            "[bold magenta]Ferry chaos[/]",
            "[link=https://example.com]Share this",
            "[Facebook](https://social.example/share)",
            "\u241b]0;YOU HAVE BEEN PWNED\u2407Kerrow",
            "\u241b[2J\u241b[H\u241b[5A\u241b[2K",
        ):
            assert literal in screen

    run_app(body, size=(160, 80))


def test_clicking_click_markup_in_an_article_neither_quits_nor_rings() -> None:
    async def body(app: Any, pilot: Any) -> None:
        rings: list[str] = []
        app.bell = lambda: rings.append("bell")
        for action_text in ("[@click=app.quit]online", "[@click=app.bell]Ring"):
            x, y = find_on_screen(app, action_text)
            await pilot.click(offset=(x + len(action_text) - 2, y))
            await pilot.pause()
            assert app.is_running and app.return_code is None
        assert rings == []

    run_app(body)


def test_the_detail_panel_of_a_hostile_claim_is_inert() -> None:
    async def body(app: Any, pilot: Any) -> None:
        x, y = find_on_screen(app, "[@click=app.quit]online")
        await pilot.click(offset=(x, y))
        await pilot.press("enter")
        await pilot.pause()
        assert_nothing_live(app)
        assert "[@click=app.quit]online[/]" in "\n".join(screen_lines(app))

    run_app(body)


def test_snapshot_of_the_hostile_set_at_80x24(snap_compare: Any) -> None:
    # Pane 1 hidden: the escape-heavy Quay Times beside the markup-laden Kerrow Post.
    assert snap_compare(SNAPSHOT_APP, terminal_size=(80, 24), press=["1"])


def test_a_hostile_file_name_in_the_app_is_a_literal_inert_notification(
    tmp_path: Path, good: str
) -> None:
    import asyncio

    from reader.ui.app import NewsdiffApp

    bad = tmp_path / "\x1b]0;PWNED\x07[@click=app.quit][bold]x.txt"
    bad.write_bytes(b"\x00\x01 not text")

    async def main() -> None:
        app = NewsdiffApp([good, str(bad)], title="t")
        async with app.run_test(size=(200, 30), notifications=True) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause(0.2)
            assert_nothing_live(app)
            x, y = find_on_screen(app, "\u241b]0;PWNED\u2407[@click=app.quit][bold]x.txt")
            await pilot.click(offset=(x + 12, y))
            await pilot.pause()
            assert app.is_running and app.return_code is None

    asyncio.run(main())


# --------------------------------------------------------------------- Markdown export

HOSTILE_NOTE = (
    "Call \x1b]52;c;cm0gLXJmIH4=\x07 the [operator](https://evil.example) <script>x</script>"
    " [@click=app.quit]now[/] \u202eevil\u202c # not a heading\n- not a list\n| not | a table |"
)


def test_the_markdown_export_of_the_hostile_set_with_hostile_notes_is_inert(
    tmp_path: Path,
) -> None:
    from reader.export import export_markdown, gather
    from reader.store import AnnotationStore, group_target, span_target
    from tests.hostile.hostile_analysis import hostile_analysis

    analysis = hostile_analysis()
    quay = next(s for s in analysis.sources if s.path.endswith("quay-times.txt"))
    with AnnotationStore.open(tmp_path / "data") as store:
        p6 = quay.paragraphs[5]
        store.add(span_target(quay, p6.start, p6.end), HOSTILE_NOTE, tags=["\x1b[31mred"])
        store.add(group_target(analysis, analysis.groups[3]), HOSTILE_NOTE, label="disputed")
        notes = gather(store, analysis)
    markdown = export_markdown(analysis, notes, date="2031-05-07")
    assert RAW_HAZARD.search(markdown) is None
    assert LIVE_MARKDOWN.search(markdown) is None
    plain = unescape_markdown(markdown)
    assert "\u241b]52;c;cm0gLXJmIH4=\u2407" in plain
    assert "[@click=app.quit]now[/]" in plain
    assert not any(line.startswith(("# not", "- not", "| not")) for line in markdown.splitlines())


def test_the_export_command_on_the_hostile_set_writes_inert_markdown(tmp_path: Path) -> None:
    done = run_process("export", "--data-dir", str(tmp_path / "data"), str(HOSTILE))
    assert done.returncode == 0, done.stderr
    markdown = done.stdout.decode("utf-8")
    assert RAW_HAZARD.search(markdown) is None
    assert LIVE_MARKDOWN.search(markdown) is None
    assert "\u241b]0;YOU HAVE BEEN PWNED\u2407" in unescape_markdown(markdown)
