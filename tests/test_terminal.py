"""Text printed to a terminal: control characters shown, never sent."""

from __future__ import annotations

from graph.terminal import one_line, printable


def test_escape_sequences_are_shown_not_sent() -> None:
    assert printable("a\x1b]52;c;aGk=\x07b\x1b[2J\x9b\x7f\u202e") == (
        "a\\x1b]52;c;aGk=\\x07b\\x1b[2J\\x9b\\x7f\\u202e")
    assert printable("tab\tand\nnewline stay, [bold] too") == "tab\tand\nnewline stay, [bold] too"
    assert one_line("two\nlines\r\tx") == "two\\x0alines\\x0d\\x09x"
    assert printable("Erdoğan, 習近平, café") == "Erdoğan, 習近平, café"
