"""`newsdiff report`'s progress bar: only on a terminal, after a second, erased at the end."""

from __future__ import annotations

import io

from reader.cli.progress import ProgressBar, progress_bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_piped_or_quiet() -> None:
    assert progress_bar(io.StringIO(), quiet=False) is None
    assert progress_bar(_Terminal(), quiet=True) is None
    assert progress_bar(_Terminal(), quiet=False) is not None


def test_the_bar_shows_after_a_second_and_is_erased_at_the_end() -> None:
    now = [0.0]
    out = _Terminal()
    bar = ProgressBar(out, clock=lambda: now[0])
    bar("align", 0.5)
    assert out.getvalue() == ""  # a quick analysis prints nothing
    now[0] = 1.5
    bar("facts", 0.0)
    assert "[" in out.getvalue() and "40%" in out.getvalue() and "facts" in out.getvalue()
    bar.close()
    assert out.getvalue().endswith("\r\x1b[K")


def test_the_stages_fill_the_bar_in_order() -> None:
    bar = ProgressBar(_Terminal(), clock=lambda: 0.0)
    values = [bar.fraction(s, d) for s, d in (("align", 0.0), ("align", 1.0), ("framing", 1.0))]
    assert values == sorted(values) and values[0] == 0.0 and values[-1] == 1.0
