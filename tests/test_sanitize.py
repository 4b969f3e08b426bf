"""Cleaning untrusted text and checking metadata where articles are read."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.sanitize import (
    check_date,
    check_url,
    clean_line,
    clean_text,
    decode_entities,
    lone_surrogate,
)


def test_clean_text_removes_controls_and_whole_escape_sequences() -> None:
    assert clean_text("a\x1b[2Jb\x1b]52;c;aGk=\x07c\x1b]0;t\x1b\\d\x00e\x85f\ufffe") == "abcdef"
    assert clean_text("page\fbreak\vtab\tcr\r\nok") == "page\nbreak\ntab\tcr\r\nok"
    text = "Nothing to clean: Erdoğan met 習近平."
    assert clean_text(text) is text


def test_clean_line_is_one_line() -> None:
    assert clean_line("  a\n\tb\x1b  c ") == "a b c"


def test_only_complete_character_references_are_decoded() -> None:
    assert decode_entities("A &amp; B, &lt;p&gt;, &#233;&#xE9;, AT&T, &copy, &nosuch;") == (
        "A & B, <p>, éé, AT&T, &copy, &nosuch;")


def test_lone_surrogates_are_found() -> None:
    assert lone_surrogate("fine \U0001F600") is None
    assert lone_surrogate("bad \ud83d.") == "\\ud83d"


@pytest.mark.parametrize("value", ["2024-13-45", "2024-02-30", "0000-01-01", "24-01-01", "2024/01/01",
                                   "2024-01-01T25:00", "soon", ""])
def test_bad_dates(value: str) -> None:
    assert check_date(value) is not None


@pytest.mark.parametrize("value", ["2024", "2024-02", "2024-02-29", "2024-03-08T10:15:00+01:00"])
def test_good_dates(value: str) -> None:
    assert check_date(value) is None


def test_a_date_in_the_future_is_no_publication_date() -> None:
    today = dt.date(2026, 11, 30)
    assert check_date("2026-12-02", today=today) is None  # time zones, embargoed copy
    assert check_date("2026-12-03", today=today) == "in the future (after 2026-12-02)"
    assert check_date("2027", today=today) is not None and check_date("2026-12", today=today) is None
    assert check_date("2099-01-01T00:00:00Z", today=today) is not None
    assert check_date("2099-01-01") is not None  # against the real today


@pytest.mark.parametrize("value", ["ftp://x.org/a", "//x.org/a", "http://", "http://x.org/<script>",
                                   "https://x.org/a\nb", "https://x.org/" + "a" * 3000])
def test_bad_urls(value: str) -> None:
    assert check_url(value) is not None
