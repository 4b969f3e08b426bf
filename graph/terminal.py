"""Text bound for the terminal, made harmless.

Names, titles and sentences come from untrusted articles, and so do endpoint responses: an
``ESC ]52;...`` sequence writes the clipboard, ``ESC [2J`` clears the screen. Whatever Newsgraph
prints to a terminal passes through :func:`printable` (or :func:`one_line` for one-line messages),
which shows control characters as visible escapes (``\\x1b``) instead of sending them.

Rich markup is another matter: cells and titles given to rich as ``rich.text.Text`` objects are
never parsed as markup (``[/x]`` would raise, ``[bold]`` would be eaten).
"""

from __future__ import annotations

import re

#: C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and
#: isolates that reorder what is shown (U+202A-U+202E, U+2066-U+2069).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character but tab and newline shown as an escape
    (``"\\x1b[2J"`` becomes the 7 characters ``\\x1b[2J``); other text unchanged."""
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """:func:`printable`, with tabs and line breaks escaped too: a message stays on one line."""
    return _UNSAFE_LINE.sub(_escape, text)
