"""Reading articles: good inputs, and bad ones that are skipped with a reason."""

from __future__ import annotations

import json
import os
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


# --- hostile input: every input checked once, where it is read (issue 14) ----------------------

FIELD = Path(__file__).resolve().parent.parent.parent / "shared" / "field"


def _read(tmp_path: Path, lines: list[object]) -> tuple[list[articles.Article], ReadReport]:
    f = tmp_path / "in.jsonl"
    f.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
                 encoding="utf-8")
    report = ReadReport()
    return list(read_articles([f], report=report)), report


@pytest.mark.parametrize("field", ["text", "title", "id", "source", "url", "date", "extra-key"])
def test_a_lone_surrogate_anywhere_skips_its_line_only(tmp_path: Path, field: str) -> None:
    value = '"Giorgia Meloni visited Tunis \\ud83d."'
    line = {"id": "a", "text": "Giorgia Meloni visited Tunis.", "title": "t"}
    raw = json.dumps(line)[:-1] + (', "x\\udc00": 1}' if field == "extra-key"
                                   else f', "{field}": {value}}}')
    got, report = _read(tmp_path, [raw, {"id": "b", "text": "Kais Saied met Meloni."}])
    assert [a.id for a in got] == ["b"]
    (problem,) = report.problems
    assert problem.origin.endswith(":1") and "lone surrogate" in problem.reason
    for a in got:  # whatever is read can be written as UTF-8
        for value in (a.id, a.text, a.title, a.url, a.source, a.date):
            (value or "").encode("utf-8")


def test_field_probe_surrogate_line_skipped_next_line_read() -> None:
    probe = FIELD / "surrogate.jsonl"
    if not probe.exists():
        pytest.skip("../shared/field not present")
    report = ReadReport()
    got = list(read_articles([probe], report=report))
    assert [a.id for a in got] == ["F5-good"]
    assert [p.origin for p in report.problems] == [f"{probe}:1"]


def test_control_characters_and_escape_sequences_are_removed_on_reading(tmp_path: Path) -> None:
    got, report = _read(tmp_path, [{
        "id": "c\u001b[31m1", "title": "Evil\u001b]52;c;aGk=\u0007 title\u001b[2J\u0000",
        "source": "Wire\u0085", "text": "Milorad Dodik met Vucic.\f Dodik later\u001b visited "
                                        "Moscow\u0007.\u000b\u009b\ufffe"}])
    (a,) = got
    assert not report.problems
    assert a.id == "c1" and a.title == "Evil title" and a.source == "Wire"
    assert a.text == "Milorad Dodik met Vucic.\n Dodik later visited Moscow.\n"
    assert all(ord(c) >= 32 or c in "\t\n\r" for c in a.text + a.title)


def test_field_probe_control_characters() -> None:
    probe = FIELD / "control-chars.jsonl"
    if not probe.exists():
        pytest.skip("../shared/field not present")
    (a,) = read_articles([probe])
    assert "\x1b" not in a.text and "\f" not in a.text and "Dodik later visited" in a.text


def test_a_text_of_control_characters_only_is_empty(tmp_path: Path) -> None:
    got, report = _read(tmp_path, [{"id": "a", "text": "\u001b[2J\u0007\u0001"}])
    assert got == [] and "empty" in report.problems[0].reason
    (tmp_path / "ctl.txt").write_bytes(b"\x1b[2J \x07 " + b" " * 200)
    rep = ReadReport()
    assert list(read_articles([tmp_path / "ctl.txt"], report=rep)) == []
    assert "empty" in rep.problems[0].reason


def test_html_entities_in_json_text_are_decoded(tmp_path: Path) -> None:
    got, _ = _read(tmp_path, [{"id": "a", "title": "Sarajevo &amp; Belgrade",
                               "text": "Bosnia &amp; Herzegovina signed it. AT&T and R&D &c stay; "
                                       "O&#39;Brien met Jos&eacute; &#27;Ramos&bogus;."}])
    (a,) = got
    assert a.title == "Sarajevo & Belgrade"
    assert a.text == ("Bosnia & Herzegovina signed it. AT&T and R&D &c stay; "
                      "O'Brien met José Ramos&bogus;.")  # &#27; (ESC) decoded, then removed


@pytest.mark.parametrize(("field", "value", "why"), [
    ("date", "2024-13-45", "not a calendar date"),
    ("date", "2023-02-29", "not a calendar date"),
    ("date", "yesterday", "not an ISO date"),
    ("date", "2099-01-01", "in the future"),
    ("date", {"y": 2024}, "not a string"),
    ("url", {"href": "https://example.org/a"}, "not a string but dict"),
    ("url", "javascript:alert(1)", "not an absolute http(s) URL"),
    ("url", "https://example.org/a b>", "cannot hold"),
    ("title", ["a", "list"], "not a string but list"),
    ("source", 5.5, "not a string but float"),
])
def test_bad_metadata_is_dropped_with_a_note(tmp_path: Path, field: str, value: object, why: str) -> None:
    got, report = _read(tmp_path, [{"id": "a", "text": "Fine text.", field: value}])
    (a,) = got
    assert getattr(a, field) is None
    assert not report.problems
    (note,) = report.notes
    assert note.reason.startswith(f"dropped {field} ") and why in note.reason


@pytest.mark.parametrize(("field", "value"), [
    ("date", "2024"), ("date", "2024-02"), ("date", "2024-02-29"), ("date", "2024-03-08T10:15:00Z"),
    ("url", "https://example.org/news?id=5&x=%20"), ("title", "A title"), ("source", "Reuters"),
])
def test_good_metadata_is_kept(tmp_path: Path, field: str, value: str) -> None:
    got, report = _read(tmp_path, [{"id": "a", "text": "Fine text.", field: value}])
    assert getattr(got[0], field) == value and not report.notes


def test_dangling_symlinks_are_skipped_with_a_message_on_the_command_line_and_in_folders(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Good.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (folder / "sub" / "loop").symlink_to(folder)  # a folder loop is walked once
    (folder / "loop.jsonl").symlink_to(folder / "loop.jsonl")  # a symlink loop
    top = tmp_path / "top.jsonl"
    top.symlink_to(tmp_path / "nowhere.jsonl")
    report = ReadReport()
    got = list(read_articles([folder, top], report=report))
    assert [a.id for a in got] == ["good"]
    assert {p.origin for p in report.problems} == {
        str(folder / "gone.txt"), str(folder / "loop.jsonl"), str(top)}
    assert all("symlink" in p.reason for p in report.problems)


def test_a_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    report = ReadReport()
    assert list(read_articles([fifo], report=report)) == []  # would block forever if opened
    assert "not a regular file" in report.problems[0].reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_files_are_skipped_with_a_message(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret.", encoding="utf-8")
    secret.chmod(0)
    report = ReadReport()
    assert list(read_articles([secret], report=report)) == []
    assert "cannot read" in report.problems[0].reason
