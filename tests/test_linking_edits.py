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


def _met(ident: str, a: str, b: str) -> tuple[object, list[object]]:
    from graph.articles import Article
    from graph.extract.base import Argument, Mention

    text = f"{a} met {b} in Malta."
    m = Mention("met", Argument(a, 0, len(a), "PERSON"), Argument(b, len(a) + 5, len(a) + 5 + len(b), "PERSON"),
                text, 0, len(text), None, 0.9, "test/1")
    return Article(id=ident, text=text), [m]


def test_a_name_only_an_edited_article_gave_no_longer_links(tmp_path: Path) -> None:
    """A new user's Bush case: an article had given George H. W. Bush's entity the name "George
    W. Bush" (a within-article merge since fixed), which linked it to George W. Bush of another
    article; once the article is edited to name only H. W., the store must not keep the link
    (the joined altLabel stays, but the rules read the names each stored article gives)."""
    import pyoxigraph as ox
    from rdflib import Literal

    from graph.incremental import (
        article_parts,
        refresh_close_matches,
        stored_entities,
        write_article,
    )

    def parts(ident: str, a: str, b: str, *, extra: str | None = None) -> tuple[object, object]:
        graph, entities = article_parts(*_met(ident, a, b), salt="", aliases=None)  # type: ignore[arg-type]
        if extra is not None:  # the buggy resolution's extra name
            (hw,) = {s for s, p, o in entities if str(o) == a}
            entities.add((hw, SKOS.altLabel, Literal(extra)))
        return graph, entities

    def links(store: ox.Store) -> set[tuple[str, str]]:
        return {(q.subject.value, q.object.value) for q in store.quads_for_pattern(  # type: ignore[union-attr]
            None, ox.NamedNode(str(SKOS.closeMatch)), None, None)}

    edited = ox.Store()
    write_article(edited, *parts("p1", "George H. W. Bush", "Mikhail Gorbachev", extra="George W. Bush"))  # type: ignore[arg-type]
    write_article(edited, *parts("p2", "George W. Bush", "Tony Blair"))  # type: ignore[arg-type]
    write_article(edited, *parts("p3", "Bush", "Tony Blair"))  # type: ignore[arg-type]
    refresh_close_matches(edited)
    assert links(edited)  # the stale name links H. W. (the bug being simulated)
    write_article(edited, *parts("p1", "George H. W. Bush", "Mikhail Gorbachev"))  # type: ignore[arg-type]
    refresh_close_matches(edited)

    fresh = ox.Store()
    for args in (("p1", "George H. W. Bush", "Mikhail Gorbachev"), ("p2", "George W. Bush", "Tony Blair"),
                 ("p3", "Bush", "Tony Blair")):
        write_article(fresh, *parts(*args))  # type: ignore[arg-type]
    refresh_close_matches(fresh)
    assert links(edited) == links(fresh)
    assert {e.iri: e.names for e in stored_entities(edited)} == {e.iri: e.names for e in stored_entities(fresh)}

    def described(store: ox.Store) -> set[str]:
        entities_graph = ox.NamedNode("https://w3id.org/newsgraph/id/graph/entities")
        return {str(q.triple) for q in store.quads_for_pattern(None, None, None, entities_graph)}

    # the entity's own description lost the stale name too (label, altLabel, search keys)
    assert described(edited) == described(fresh)
    assert not any("George W. Bush" in t and "hw" in t for t in described(edited))
