"""A build never silently replaces a stored article with another file of the same name
(graph.origins; a new user's finding)."""

from __future__ import annotations

from pathlib import Path

from graph.origins import ORIGINS_FILE
from graph.pipeline import build_graph


def test_a_file_of_the_same_name_from_another_folder_is_skipped_and_an_edit_replaces(tmp_path: Path) -> None:
    a, b = tmp_path / "outletA", tmp_path / "outletB"
    a.mkdir()
    b.mkdir()
    (a / "story.txt").write_text("Emmanuel Macron met Olaf Scholz in Paris.", encoding="utf-8")
    (b / "story.txt").write_text("Recep Tayyip Erdogan met Volodymyr Zelensky in Ankara.", encoding="utf-8")
    store = tmp_path / "store"
    first = build_graph([a], store=store)
    assert first.articles == 1 and not first.problems
    assert (store / ORIGINS_FILE).is_file()
    del first
    second = build_graph([b], store=store)
    assert second.articles == 0 and len(second.problems) == 1
    assert "already holds an article 'story'" in second.problems[0].reason
    del second
    (a / "story.txt").write_text("Emmanuel Macron met Olaf Scholz in Berlin.", encoding="utf-8")
    edited = build_graph([a], store=store)
    assert edited.articles == 1 and not edited.problems  # the same file edited: replaced
    del edited
    again = build_graph([a], store=store)
    assert again.articles == 0 and again.unchanged == 1 and not again.problems


def test_a_json_line_whose_id_matches_a_stored_file_article_replaces_it(tmp_path: Path) -> None:
    """A new user's finding: a JSON line with the id "story" was refused with "rename this file
    (the id is the file name)", but a JSON line's id is its own "id" field: it replaces, as an
    edit does."""
    a = tmp_path / "outletA"
    a.mkdir()
    (a / "story.txt").write_text("Emmanuel Macron met Olaf Scholz in Paris.", encoding="utf-8")
    lines = tmp_path / "files"
    lines.mkdir()
    (lines / "story.jsonl").write_text(
        '{"id": "story", "text": "Recep Tayyip Erdogan met Volodymyr Zelensky in Ankara."}\n', encoding="utf-8")
    store = tmp_path / "store"
    first = build_graph([a], store=store)
    assert first.articles == 1 and not first.problems
    del first
    second = build_graph([lines / "story.jsonl"], store=store)
    assert second.articles == 1 and not second.problems
