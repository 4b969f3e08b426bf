"""A store after an article is removed or edited links and folds as a plain build of the
articles it still holds: the organisation evidence an article gives ("The carmaker said its
shares rose") is kept in that article's own graph and goes with it (a new user's finding 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import SKOS

HARRISON = {"id": "p4", "title": "Ford", "date": "2025-03-09", "text": "Harrison Ford visited Morocco on Monday."}
BARE = {"id": "p6", "title": "Ford3", "date": "2025-03-09", "text": "Ford met Steven Spielberg in Los Angeles."}
CARMAKER = {"id": "a09", "title": "Ford deal", "date": "2025-03-11",
            "text": "Ford agreed with Volkswagen on a new electric vehicle platform. The carmaker said its "
                    "shares rose. Ford accused Tesla of poaching engineers."}
EDITED = {"id": "a09", "title": "Ford deal", "date": "2025-03-11",
          "text": "Ford met Calista Flockhart in Los Angeles on Tuesday."}


def _jsonl(path: Path, *items: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    return path


def _stored(path: Path) -> tuple[set[tuple[str, str]], set[str], dict[str, tuple[str, ...]]]:
    """:func:`_view` of the store folder ``path``, closed again."""
    from graph.load import load_graph

    ds = load_graph(path)
    try:
        return _view(ds)
    finally:
        ds.close()


def _view(graph: object) -> tuple[set[tuple[str, str]], set[str], dict[str, tuple[str, ...]]]:
    """The links, the entities with organisation evidence, and the folds of ``graph``."""
    from graph.netfold import fold_map

    folds = {iri: tuple(sorted(f.members)) for iri, f in fold_map(graph).items()}  # type: ignore[arg-type]
    return ({(str(s), str(o)) for s, o in graph.subject_objects(SKOS.closeMatch)},  # type: ignore[attr-defined]
            {str(s) for s in graph.subjects(SKOS.scopeNote, None)}, folds)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_removed_or_edited_article_takes_its_organisation_evidence_along(tmp_path: Path) -> None:
    from graph.pipeline import build_graph
    from graph.removal import remove_articles

    every = _jsonl(tmp_path / "all.jsonl", HARRISON, BARE, CARMAKER)
    full = build_graph([every]).dataset
    links, evidence, _ = _view(full)
    ford = "https://w3id.org/newsgraph/id/organisation/ford"
    assert ford in evidence  # the carmaker's article says it is a company
    assert not any(ford in pair for pair in links)  # so "Ford" is not linked to Harrison Ford

    removed = tmp_path / "removed"
    build_graph([every], store=removed, collect=False)
    assert _stored(removed) == _view(full)
    remove_articles(removed, ["a09"])
    plain = build_graph([_jsonl(tmp_path / "rest.jsonl", HARRISON, BARE)]).dataset
    expected = _view(plain)
    assert ford not in expected[1] and any(ford in pair for pair in expected[0])  # now linked
    assert _stored(removed) == expected

    edited = tmp_path / "edited"
    build_graph([every], store=edited, collect=False)
    build_graph([_jsonl(tmp_path / "edit.jsonl", EDITED)], store=edited, collect=False)
    plain = build_graph([_jsonl(tmp_path / "rest2.jsonl", HARRISON, BARE, EDITED)]).dataset
    assert ford not in _view(plain)[1]
    assert _stored(edited) == _view(plain)
