"""Reading articles: good inputs, and bad ones that are skipped with a reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph import articles
from graph.articles import (
    MAX_ARTICLE_BYTES,
    ReadReport,
    html_to_text,
    looks_like_html,
    read_articles,
)
from graph.errors import InputError


def test_text_file_id_is_stem(tmp_path: Path) -> None:
    (tmp_path / "story-1.txt").write_text("Text.", encoding="utf-8")
    (a,) = read_articles([tmp_path / "story-1.txt"])
    assert a.id == "story-1" and a.text == "Text."


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(
        '{"id": 1, "text": "One.", "date": "2020-01-02", "extra": 5}\n'
        "{broken\n"
        '{"id": "3"}\n'
        '{"id": "4", "text": "Four."}\n',
        encoding="utf-8",
    )
    report = ReadReport()
    got = list(read_articles([f], report=report))
    assert [(a.id, a.date) for a in got] == [("1", "2020-01-02"), ("4", None)]
    assert [p.origin for p in report.problems] == [f"{f}:2", f"{f}:3"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"caf\xe9 au lait", "UTF-8"),
     (b"x" * (MAX_ARTICLE_BYTES + 1), "too large")],
)
def test_bad_files_are_skipped_not_fatal(tmp_path: Path, content: bytes, reason: str) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    report = ReadReport()
    got = list(read_articles([tmp_path], report=report))
    assert [a.id for a in got] == ["good"]
    assert len(report.problems) == 1 and reason in report.problems[0].reason


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "nope.txt"]))


PAGE = """<!DOCTYPE html>
<html><head><title>Talks in Minsk</title>
<style>p { color: red }</style><script>alert("x")</script></head>
<body><nav><a href="/">Home</a></nav>
<p>Sergei Naryshkin arrived in Minsk on Monday.</p>
<p>He met Aleksandr Lukashenko &amp; aides.</p>
</body></html>
"""


def test_html_file_is_converted_to_text_and_noted(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    report = ReadReport()
    (a,) = read_articles([tmp_path], report=report)
    assert a.title == "Talks in Minsk"
    assert a.text == ("Home\n\nSergei Naryshkin arrived in Minsk on Monday.\n\n"
                      "He met Aleksandr Lukashenko & aides.")
    assert "<" not in a.text and "alert" not in a.text and "color" not in a.text
    assert not report.problems
    assert len(report.notes) == 1 and "HTML" in report.notes[0].reason


def test_html_fragment_detected_but_markdown_with_a_tag_is_not() -> None:
    fragment = "<div><p>One.</p><p>Two.</p><p>Three <b>bold</b>.</p></div>"
    assert looks_like_html(fragment)
    assert html_to_text(fragment) == ("One.\n\nTwo.\n\nThree bold.", None)
    markdown = "# Title\n\n" + "A long paragraph of ordinary news text. " * 40 + "<br>\n"
    assert not looks_like_html(markdown)


def test_html_without_text_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("<html><body><script>x()</script></body></html>")
    report = ReadReport()
    assert list(read_articles([tmp_path], report=report)) == []
    assert "HTML page without readable text" in report.problems[0].reason


def test_html_in_jsonl_text_is_converted(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "h", "text": PAGE}) + "\n", encoding="utf-8")
    report = ReadReport()
    (a,) = read_articles([f], report=report)
    assert a.title == "Talks in Minsk" and "Naryshkin arrived" in a.text
    assert report.notes[0].origin == f"{f}:1"


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes("Ünïcode news.".encode("utf-16"))
    report = ReadReport()
    (a,) = read_articles([tmp_path], report=report)
    assert a.text == "Ünïcode news." and "UTF-16" in report.notes[0].reason


def test_binary_without_nul_bytes_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "noise.txt").write_bytes(bytes(range(1, 32)) * 50)
    report = ReadReport()
    assert list(read_articles([tmp_path], report=report)) == []
    assert "binary" in report.problems[0].reason


def test_not_utf8_names_the_byte_and_a_fix(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9")
    report = ReadReport()
    list(read_articles([tmp_path], report=report))
    assert "byte 0xe9 at offset 3" in report.problems[0].reason
    assert "iconv" in report.problems[0].reason


def test_jsonl_bad_lines_are_numbered_and_the_rest_read(tmp_path: Path) -> None:
    f = tmp_path / "b.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": "One."}).encode(),
        b'{"id": "x", "text": "unterminated',
        b"[1, 2]",
        json.dumps({"id": True, "text": "boolean id"}).encode(),
        json.dumps({"id": "e", "text": "   "}).encode(),
        b'{"id": "l", "text": "caf\xe9"}',
        b"",
        json.dumps({"id": "ok-2", "text": "Two."}).encode(),
        json.dumps({"id": "ok-1", "text": "Duplicate."}).encode(),
    ]
    f.write_bytes(b"\n".join(lines) + b"\n")
    report = ReadReport()
    got = list(read_articles([f], report=report))
    assert [a.id for a in got] == ["ok-1", "ok-2"]
    assert [(p.origin.rsplit(":", 1)[1], p.reason.split(" (")[0]) for p in report.problems] == [
        ("2", "bad JSON"), ("3", "line is not a JSON object"), ("4", "line lacks an 'id'"),
        ("5", "empty text"), ("6", "line is not UTF-8"), ("9", "duplicate id 'ok-1'"),
    ]


def test_jsonl_overlong_line_is_skipped_without_losing_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(articles, "MAX_LINE_BYTES", 1000)
    f = tmp_path / "long.jsonl"
    f.write_text(
        json.dumps({"id": "big", "text": "word " * 5000}) + "\n"
        + json.dumps({"id": "small", "text": "Small."}) + "\n",
        encoding="utf-8",
    )
    report = ReadReport()
    assert [a.id for a in read_articles([f], report=report)] == ["small"]
    assert report.problems[0].origin == f"{f}:1" and "too long" in report.problems[0].reason


def test_unsupported_file_type_raises(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="unsupported file type '.pdf'"):
        list(read_articles([tmp_path / "a.pdf"]))
