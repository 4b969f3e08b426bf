"""The persistent Oxigraph store: incremental, idempotent builds; atomic per-article writes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from clirun import run_cli
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

# one worker runs the module under pytest-xdist (`--dist loadgroup`): its module fixtures once
pytestmark = pytest.mark.xdist_group("store")


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
    assert len({q.graph_name for q in before}) == 4  # two articles, the entities and the events graphs

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
    # this run's article only, the entities it names and the events it reports
    assert len([g for g in changed.dataset.graphs() if len(g)]) == 3
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


def test_cli_build_store_twice(tmp_path: Path) -> None:
    def build() -> subprocess.CompletedProcess[str]:
        return run_cli("build", str(SEEDS), "--store", str(tmp_path / "s"), "--out",
                       str(tmp_path / "out"), cwd=SEEDS.parent)

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


def test_opened_graph_releases_the_store_on_leaving_even_after_an_error(tmp_path: Path) -> None:
    """The commands read a store through ``opened_graph``: in one process (the Python API, a
    notebook) the store can be opened again at once after each, also after an error inside."""
    from graph.load import opened_graph

    open_oxigraph(tmp_path / "s").flush()
    with opened_graph(tmp_path / "s") as ds:
        assert len(ds) == 0
        with pytest.raises(StoreError, match="in use"):
            open_oxigraph(tmp_path / "s", create=False)
    with pytest.raises(KeyError), opened_graph(tmp_path / "s"):
        raise KeyError("inside")
    assert len(open_oxigraph(tmp_path / "s", create=False)) == 0


# ---------------------------------------------------------------- path independence

#: Written for these tests: repeated (syndicated) and undated meetings, accusations between
#: countries, an accented name, article metadata.
BATCH = [
    {"id": "dated", "date": "2024-03-08", "source": "Outlet A", "text": (
        "Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on "
        "Friday. Duda met Nauseda again for two hours before a joint news conference, officials said.")},
    {"id": "undated", "text": "Andrzej Duda met Gitanas Nauseda in Warsaw. Ukraine accused Russia "
                              "of shelling the Zaporizhzhia nuclear plant."},
    {"id": "copy", "date": "2024-03-08", "source": "Outlet B", "text": (
        "Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on "
        "Friday. Duda met Nauseda again for two hours before a joint news conference, officials said.")},
    {"id": "accent", "date": "2023-07-01", "title": "Erdoğan in Baku", "url": "https://example.org/a",
     "text": "Turkish President Recep Tayyip Erdoğan visited Baku on Monday. Russia accused Ukraine "
             "of attacking civilians on Tuesday."},
]

#: Each named query with the parameters it is run with, per input.
CASES = {
    "seeds": {"who-met-whom": {}, "accusations-between-countries": {},
              "visits-of-actor": {"actor": "Naryshkin"}, "dossier": {"actor": "Lukashenko"}},
    "batch": {"who-met-whom": {}, "accusations-between-countries": {},
              "visits-of-actor": {"actor": "Erdoğan"}, "dossier": {"actor": "nauseda"}},
}


def table(result: object) -> list[tuple[str, ...]]:
    """A result's rows as sorted tuples of N-Triples terms (unbound as "")."""
    return sorted(tuple("" if t is None else t.n3() for t in row) for row in result)  # type: ignore[attr-defined]


@pytest.fixture(scope="module", params=["seeds", "batch"])
def paths(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, object]]:
    """For one input: a plain build, its graph.ttl, a store built from it, the graph.ttl a
    --store build writes, and the store exported as TriG and Turtle."""
    import json

    from graph.export import export
    from graph.load import load_graph, load_oxigraph
    from graph.pipeline import write_outputs

    tmp = tmp_path_factory.mktemp(f"paths-{request.param}")
    if request.param == "seeds":
        src: Path = SEEDS
    else:
        src = tmp / "batch.jsonl"
        src.write_text("".join(json.dumps(x) + "\n" for x in BATCH), encoding="utf-8")
    plain = build_graph([src])
    write_outputs(plain, tmp / "plain")
    stored = build_graph([src], store=tmp / "store")
    stored.dataset = store_snapshot(tmp / "store")  # as `newsgraph build --store --out` does
    write_outputs(stored, tmp / "stored")
    export(tmp / "store", "trig", tmp / "graph.trig")
    export(tmp / "store", "turtle", tmp / "export.ttl")
    sources: dict[str, object] = {
        "plain build (rdflib)": plain.dataset,
        "plain graph.ttl (rdflib)": load_graph(tmp / "plain" / "graph.ttl"),
        "plain graph.ttl (oxigraph)": load_oxigraph(tmp / "plain" / "graph.ttl"),
        "store (oxigraph)": store_snapshot(tmp / "store"),
        "--store graph.ttl (rdflib)": load_graph(tmp / "stored" / "graph.ttl"),
        "--store graph.ttl (oxigraph)": load_oxigraph(tmp / "stored" / "graph.ttl"),
        "exported graph.trig (rdflib)": load_graph(tmp / "graph.trig"),
        "exported graph.trig (oxigraph)": load_oxigraph(tmp / "graph.trig"),
        "exported export.ttl (rdflib)": load_graph(tmp / "export.ttl"),
    }
    return request.param, sources


@pytest.mark.parametrize("name", sorted(CASES["seeds"]))
def test_named_query_rows_do_not_depend_on_the_path(paths: tuple[str, dict[str, object]], name: str) -> None:
    """Every named query gives the same rows on a store, on the files exported from it, and on
    a plain build of the same articles and its file, on either engine."""
    from graph.query import run_named

    which, sources = paths
    params = CASES[which][name]
    tables = {path: table(run_named(ds, name, params)) for path, ds in sources.items()}  # type: ignore[arg-type]
    reference = tables["plain build (rdflib)"]
    assert reference, f"{name} finds nothing on {which}: the comparison would prove nothing"
    for path, rows in tables.items():
        assert rows == reference, path


#: The dossier's pages on each input: an actor with several events, a page shorter than them,
#: an offset, a page past an offset, and every event (limit=0).
PAGES = {
    "seeds": ("Naryshkin", [{}, {"limit": "2"}, {"limit": "2", "offset": "2"}, {"offset": "3"},
                            {"limit": "0"}]),
    "batch": ("nauseda", [{}, {"limit": "1"}, {"limit": "1", "offset": "1"}, {"limit": "0"}]),
}


@pytest.mark.slow  # every path x every page, rdflib too (test_query pages the dossier fast)
def test_dossier_pages_do_not_depend_on_the_path(paths: tuple[str, dict[str, object]]) -> None:
    """A page of the dossier is the same rows in the same order on every path (newest first,
    ties in a total order), a slice of every event (limit=0), and its total counts them all."""
    from graph.paging import count_named
    from graph.query import run_named

    which, sources = paths
    actor, pages = PAGES[which]
    def ordered(ds: object, extra: dict[str, str]) -> list[tuple[str, ...]]:
        result = run_named(ds, "dossier", {"actor": actor, **extra})  # type: ignore[arg-type]
        return [tuple("" if t is None else t.n3() for t in row) for row in result]  # type: ignore[attr-defined]

    everything = ordered(sources["plain build (rdflib)"], {"limit": "0"})
    assert len(everything) >= 2, f"{actor} has too few events on {which} to page"
    for extra in pages:
        limit, offset = int(extra.get("limit", "100")), int(extra.get("offset", "0"))
        want = everything[offset:offset + limit] if limit else everything[offset:]
        for path, ds in sources.items():
            assert ordered(ds, extra) == want, (path, extra)
    for path, ds in sources.items():
        assert count_named(ds, "dossier", {"actor": actor}) == len(everything), path  # type: ignore[arg-type]


def test_who_met_whom_keeps_dates_with_undated_mentions(paths: tuple[str, dict[str, object]]) -> None:
    from graph.query import run_named

    which, sources = paths
    if which != "batch":
        pytest.skip("the batch holds the undated meeting")
    for path, ds in sources.items():
        rows = rows_as_dicts(run_named(ds, "who-met-whom"))  # type: ignore[arg-type]
        duda = [r for r in rows if {r["actor1"], r["actor2"]} == {"Andrzej Duda", "Gitanas Nauseda"}]
        assert len(duda) == 1, path
        # two near-identical articles (Outlet A and B) report the meeting of 2024-03-08 twice
        # each (the second mention dated only by its month joins it); an undated article, with
        # no date to place it by, reports one of its own: 2 meetings, 5 mentions, 3 articles,
        # 2 independent sources (the copies count once)
        assert (duda[0]["meetings"], duda[0]["mentions"], duda[0]["articles"],
                duda[0]["sources"]) == ("2", "5", "3", "2"), path
        assert (duda[0]["first"], duda[0]["last"]) == ("2024-03-08", "2024-03-08"), path


def test_exact_label_query_finds_the_same_on_store_and_files(paths: tuple[str, dict[str, object]]) -> None:
    """The exported Turtle keeps strings simple literals (no ^^xsd:string), so a query naming a
    label exactly finds it on every path."""
    which, sources = paths
    label = "Andrzej Duda" if which == "batch" else "Alexander Lukashenko"
    q = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT ?who WHERE { ?who rdfs:label ?l FILTER(?l = ?want) }")
    exact = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             f'SELECT ?who WHERE {{ ?who rdfs:label "{label}" }}')
    found = {path: table(run_query(ds, exact)) for path, ds in sources.items()}  # type: ignore[arg-type]
    assert all(len(rows) == 1 for rows in found.values()), found
    assert len({tuple(rows) for rows in found.values()}) == 1
    assert table(run_query(sources["store (oxigraph)"], q, bindings={"want": Literal(label)})) == found["store (oxigraph)"]  # type: ignore[arg-type]


# ---------------------------------------------------------------- rebuilding on what changed


def described(path: Path) -> set[str]:
    """The IRIs the entities graph of the store in ``path`` describes."""
    store = open_oxigraph(path, create=False)
    try:
        return {q.subject.value for q in store.quads_for_pattern(
            None, None, None, ox.NamedNode("https://w3id.org/newsgraph/id/graph/entities"))}
    finally:
        del store


def test_alias_file_change_rebuilds_and_orphans_are_removed(tmp_path: Path) -> None:
    src = tmp_path / "a"
    src.mkdir()
    (src / "one.txt").write_text("Andrzej Duda met Gitanas Nauseda in Vilnius.", encoding="utf-8")
    (src / "two.txt").write_text("Gitanas Nauseda visited Riga on Monday.", encoding="utf-8")
    store = tmp_path / "s"
    first = build_graph([src], store=store)
    assert (first.articles, first.unchanged) == (2, 0)
    del first
    before = described(store)
    old = {iri for iri in before if iri.endswith("/person/nsd3a_gtns3a")}
    assert len(old) == 1
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[[entity]]\nnames = ["Gitanas Nauseda", "Nauseda"]\ntype = "person"\n'
                       'id = "lt-president"\nlabel = "Gitanas Nausėda"\n', encoding="utf-8")
    pinned = build_graph([src], store=store, aliases=aliases)
    assert (pinned.articles, pinned.unchanged) == (2, 0)  # the alias file is part of the hash
    del pinned
    after = described(store)
    assert "https://w3id.org/newsgraph/id/person/lt-president" in after
    assert not old & after  # nobody names the old entity: its description went with it
    again = build_graph([src], store=store, aliases=aliases)
    assert (again.articles, again.unchanged) == (0, 2)
    del again
    aliases.write_text(aliases.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    edited = build_graph([src], store=store, aliases=aliases)
    assert (edited.articles, edited.unchanged) == (2, 0)


def test_entity_no_article_names_is_removed_with_the_change(tmp_path: Path) -> None:
    src = tmp_path / "a"
    src.mkdir()
    (src / "one.txt").write_text("Angela Merkel met Emmanuel Macron in Paris.", encoding="utf-8")
    (src / "two.txt").write_text("Emmanuel Macron visited Berlin on Monday.", encoding="utf-8")
    store = tmp_path / "s"
    build_graph([src], store=store)
    def names() -> set[str]:
        ds = store_snapshot(store)
        return {r["l"] for r in rows_as_dicts(run_query(ds, """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?l WHERE { ?x rdfs:label ?l }"""))}

    assert {"Angela Merkel", "Emmanuel Macron"} <= names()
    (src / "one.txt").write_text("Olaf Scholz visited Paris on Tuesday.", encoding="utf-8")
    changed = build_graph([src], store=store)
    assert (changed.articles, changed.unchanged) == (1, 1)
    del changed
    now = names()
    assert "Angela Merkel" not in now  # named by no article any more
    assert {"Emmanuel Macron", "Olaf Scholz"} <= now  # still named by two.txt / newly named
    ds = store_snapshot(store)
    keys = {r["k"] for r in rows_as_dicts(run_query(ds, """
        PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?k WHERE { ?x ng:searchKey ?k }"""))}
    assert "merkel" not in keys and "macron" in keys and "olaf scholz" in keys


def test_build_salt_covers_extractors_their_versions_and_aliases(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.extract import common
    from graph.rdf import build_salt

    base = build_salt(None)
    assert build_salt(None) == base  # stable
    assert build_salt(["visits"]) != base
    assert build_salt(None, aliases="") != base != build_salt(None, aliases="[[split]]\nnames = ['X']\n")
    monkeypatch.setattr(common, "VERSION", "999")
    assert build_salt(None) != base  # a new extractor release rebuilds every article
