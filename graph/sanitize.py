"""Cleaning untrusted text where it is read, and checking article metadata.

Article text, titles, ids and the other metadata come from outside. Before anything else sees
them they pass through here, once:

- :func:`clean_text` removes terminal escape sequences and control characters (C0 other than
  tab, newline and carriage return; DEL; C1) and the XML non-characters U+FFFE/U+FFFF, so that
  no name, sentence or title can drive a terminal or make an RDF/XML or TriX export
  ill-formed (XML 1.0 forbids C0 characters other than tab, newline, carriage return). Form
  feeds and vertical tabs become newlines.
- :func:`decode_entities` decodes HTML character references (``&amp;``, ``&#39;``, ``&eacute;``)
  left in text that was HTML once (``Bosnia &amp; Herzegovina`` gave an actor "amp"). Only
  complete references ending in ``;`` are decoded, so ``AT&T`` or ``R&D`` stay as they are.
- :func:`lone_surrogate` finds an unpaired UTF-16 surrogate (a JSON escape such as ``"\\ud800"``
  decodes to one), which no UTF-8 writer accepts.
- :func:`check_date` and :func:`check_url` validate metadata values.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import urllib.parse

#: ANSI/ECMA-48 escape sequences: CSI (``ESC [ ... final``), OSC/DCS/APC/PM/SOS strings
#: (``ESC ] ... BEL`` or ``... ESC \\``), and two-character escapes (``ESC c``).
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-Z\\-_]"
)
#: Characters removed: C0 controls but tab, newline, carriage return (form feed and vertical
#: tab are turned into newlines first), DEL, C1 controls, U+FFFE and U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_SURROGATE = re.compile("[\ud800-\udfff]")
#: A complete character reference: named (``&amp;``), decimal (``&#39;``) or hex (``&#x27;``).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SINGLE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


def lone_surrogate(text: str) -> str | None:
    """The first unpaired surrogate in ``text`` as an escape (``\\ud800``), or ``None``."""
    found = _SURROGATE.search(text)
    return None if found is None else f"\\u{ord(found.group()):04x}"


def clean_text(text: str) -> str:
    """``text`` without escape sequences or control characters (see the module docstring);
    form feeds and vertical tabs become newlines. Text without them is returned unchanged."""
    if _UNSAFE.search(text) is None:
        return text
    text = _ESCAPE_SEQUENCE.sub("", text.translate(_LINE_BREAKS))
    return _CONTROL.sub("", text)


def clean_line(text: str) -> str:
    """:func:`clean_text` for one-line values (ids, titles, sources): line breaks and tabs
    become spaces, runs of spaces one, ends stripped."""
    return re.sub(r" {2,}", " ", clean_text(text).translate(_SINGLE_LINE)).strip()


def decode_entities(text: str) -> str:
    """``text`` with its complete HTML character references decoded (``&amp;`` → ``&``);
    an unknown name (``&foo;``) stays as it is."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


#: Days an article's date may lie after today (UTC): time zones and embargoed copy.
FUTURE_DAYS = 2


def check_date(value: str, *, today: dt.date | None = None) -> str | None:
    """Why ``value`` is not an article date, or ``None`` when it is one.

    Accepted: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` naming a real month and day, or an ISO 8601
    date-time (``2024-03-08T10:15:00Z``, as :meth:`datetime.datetime.fromisoformat` reads it),
    that does not start more than :data:`FUTURE_DAYS` days after ``today`` (default: today in
    UTC): a publication date in the future is a typo or a placeholder ("2099-01-01").
    """
    match = _DATE.fullmatch(value)
    first: dt.date | None = None
    if match is not None:
        year, month, day = match.groups()
        try:
            first = dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError as exc:
            return f"not a calendar date ({exc})"
    elif "T" in value or " " in value.strip():
        try:
            first = dt.datetime.fromisoformat(value).date()
        except ValueError:
            pass
    if first is None:
        return "not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time)"
    latest = (today or dt.datetime.now(dt.UTC).date()) + dt.timedelta(days=FUTURE_DAYS)
    if first > latest:
        return f"in the future (after {latest.isoformat()})"
    return None


#: Longest URL kept (browsers and servers commonly stop at about 2,000 characters).
MAX_URL_CHARS = 2048
_URL_FORBIDDEN = re.compile(r"[\s<>\"{}|\\^`\x00-\x1f\x7f]")


def check_url(value: str) -> str | None:
    """Why ``value`` is not an article URL, or ``None`` when it is one: an absolute ``http``
    or ``https`` URL with a host, at most :data:`MAX_URL_CHARS` characters, without spaces or
    characters RFC 3986 does not allow unescaped (``<>"{}|\\^```)."""
    if len(value) > MAX_URL_CHARS:
        return f"too long ({len(value):,} characters; the limit is {MAX_URL_CHARS:,})"
    if _URL_FORBIDDEN.search(value):
        return "contains spaces or characters a URL cannot hold unescaped"
    try:
        parts = urllib.parse.urlsplit(value)
    except ValueError as exc:
        return f"not a URL ({exc})"
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return "not an absolute http(s) URL"
    return None
