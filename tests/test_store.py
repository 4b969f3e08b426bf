"""The persistent Oxigraph store: incremental, idempotent builds; atomic per-article writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from graph.errors import StoreError
from graph.namespaces import NG
from graph.pipeline import build_graph
from graph.query import rows_as_dicts, run_query
from graph.store import (
    is_store,
    open_oxigraph,
    open_store,
    replace_graph,
    store_snapshot,
    stored_hashes,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def quads(path: Path) -> set[ox.Quad]:
    store = open_oxigraph(path, create=False)
    return set(store)


def test_rebuild_is_idempotent_and_change_replaces_one_graph(tmp_path: Path) -> None:
    src = tmp_path / "articles"
    shutil.copytree(SEEDS, src)
    store = tmp_path / "store"
    first = build_graph([src], store=store)
    assert is_store(store) and first.articles == 2 and first.unchanged == 0
    del first
    before = quads(store)
    assert len(before) > 100
    assert len({q.graph_name for q in before}) == 3  # two articles and the entities graph

    again = build_graph([src], store=store)
    assert (again.articles, again.unchanged) == (0, 2)
    del again
    assert quads(store) == before  # same triples, same count: nothing duplicated

    victim = min(src.glob("*.txt"))
    victim.write_text(
        "Angela Merkel visited Paris on Monday. She met Emmanuel Macron there.", encoding="utf-8"
    )
    changed = build_graph([src], store=store)
    assert (changed.articles, changed.unchanged) == (1, 1)
    # this run's article only, and the entities it names
    assert len([g for g in changed.dataset.graphs() if len(g)]) == 2
    snapshot = store_snapshot(store)
    rows = rows_as_dicts(run_query(snapshot, """
        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a ng:Article } } GROUP BY ?g"""))
    assert len(rows) == 2 and all(r["n"] == "1" for r in rows)
    sentences = {r["s"] for r in rows_as_dicts(run_query(
        snapshot, "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
        "SELECT ?s WHERE { ?e ng:sentence ?s }"))}
    assert any("Merkel" in s for s in sentences)
    del changed
    after = quads(store)
    old_graph = {q.graph_name for q in before} - {q.graph_name for q in after}
    assert not old_graph  # same article ids, same graph names
    kept = [q for q in before if "Merkel" not in str(q)]
    assert len(after) != len(before) and len(after & set(kept)) > 50


def test_entities_described_once_across_builds(tmp_path: Path) -> None:
    """Two builds name the same person with two spellings: one entity, one preferred label, the
    other spelling an alternative; the store's union graph never repeats a description."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "one.txt").write_text("Sergey Naryshkin visited Minsk on Monday.", encoding="utf-8")
    (b / "two.txt").write_text("Sergei Naryshkin met Alexander Lukashenko in Minsk.", encoding="utf-8")
    (b / "three.txt").write_text("Sergei Naryshkin visited Minsk again.", encoding="utf-8")
    build_graph([a], store=tmp_path / "s")
    build_graph([b], store=tmp_path / "s")
    ds = open_store(tmp_path / "s")
    try:
        rows = rows_as_dicts(run_query(ds, """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?e ?l ?alt WHERE { ?e rdfs:label ?l . FILTER(CONTAINS(?l, "Naryshkin"))
                                      OPTIONAL { ?e skos:altLabel ?alt } }"""))
        assert len({r["e"] for r in rows}) == 1
        assert len({r["l"] for r in rows}) == 1 and len(rows) == 1  # one label, once
        assert {rows[0]["l"], rows[0]["alt"]} == {"Sergey Naryshkin", "Sergei Naryshkin"}
        repeated = rows_as_dicts(run_query(ds, """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?e (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?l } GROUP BY ?e HAVING (COUNT(*) > 1)"""))
        assert repeated == []
    finally:
        ds.close()


def test_store_dataset_answers_sparql(tmp_path: Path) -> None:
    result = build_graph([SEEDS], store=tmp_path / "s")
    q = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?a ?b WHERE { ?a ng:met ?b }"
    assert rows_as_dicts(run_query(result.dataset, q))
    def pairs(ds: object) -> set[tuple[str, str]]:
        return {(r["a"], r["b"]) for r in rows_as_dicts(run_query(ds, q))}  # type: ignore[arg-type]

    assert pairs(store_snapshot(tmp_path / "s")) == pairs(result.dataset)
    assert result.store == tmp_path / "s"


@pytest.mark.slow
def test_cli_build_store_twice(tmp_path: Path) -> None:
    def build() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "graph.cli", "build", str(SEEDS), "--store", str(tmp_path / "s"),
             "--out", str(tmp_path / "out")],
            check=False, capture_output=True, text=True, timeout=300, cwd=SEEDS.parent)

    first = build()
    assert first.returncode == 0, first.stderr
    assert "2 article(s) added or replaced, 0 unchanged" in first.stderr
    count = len(quads(tmp_path / "s"))
    ttl = Graph().parse(tmp_path / "out" / "graph.ttl")
    second = build()
    assert second.returncode == 0, second.stderr
    assert "0 article(s) added or replaced, 2 unchanged" in second.stderr
    assert len(quads(tmp_path / "s")) == count
    assert len(Graph().parse(tmp_path / "out" / "graph.ttl")) == len(ttl) > 100  # whole store


def test_replace_graph_is_one_transaction(tmp_path: Path) -> None:
    store = open_oxigraph(tmp_path / "s")
    g = Graph(identifier=URIRef("https://example.org/g"))
    g.add((URIRef("https://example.org/a"), NG.contentHash, Literal("1")))
    replace_graph(store, g)
    g2 = Graph(identifier=URIRef("https://example.org/g"))
    g2.add((URIRef("https://example.org/a"), NG.contentHash, Literal("2")))
    replace_graph(store, g2)
    assert len(store) == 1
    assert stored_hashes(store) == {}  # the subject is not the graph name: not an article
    g3 = Graph(identifier=URIRef("https://example.org/g"))
    g3.add((URIRef("https://example.org/g"), NG.contentHash, Literal("3")))
    replace_graph(store, g3)
    assert stored_hashes(store) == {"https://example.org/g": "3"}


def test_bad_store_paths(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        open_store(tmp_path / "file")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="not empty"):
        open_store(tmp_path / "other", create=True)
    with pytest.raises(StoreError, match="not a Newsgraph store"):
        open_store(tmp_path / "missing")


def test_second_opener_is_refused_until_released(tmp_path: Path) -> None:
    held = open_oxigraph(tmp_path / "s")
    with pytest.raises(StoreError, match="in use"):
        open_oxigraph(tmp_path / "s")
    del held
    assert len(open_oxigraph(tmp_path / "s", create=False)) == 0
