"""Reading articles: good inputs, and bad ones that are skipped with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.articles import MAX_ARTICLE_BYTES, ReadReport, read_articles
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
