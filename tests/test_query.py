"""SPARQL over files and stores; output formats; named queries with BOUND parameters."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from graph.errors import QueryError
from graph.load import load_graph
from graph.pipeline import BuildResult, build_graph
from graph.query import (
    format_result,
    named_queries,
    named_query,
    rows_as_dicts,
    run_named,
    run_query,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NG = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph.cli", *args], check=False,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """A build into a store; its dataset is an Oxigraph (oxrdflib) in-memory copy of the store."""
    result = build_graph([SEEDS], store=tmp_path_factory.mktemp("q") / "store")
    assert result.articles == 2
    return result


@pytest.fixture(scope="module")
def store(stored: BuildResult) -> Path:
    assert stored.store is not None
    return stored.store


def test_shipped_named_queries() -> None:
    names = set(named_queries())
    assert {"who-met-whom", "visits-of-actor", "accusations-between-countries", "dossier"} <= names
    assert named_query("visits-of-actor").params.keys() == {"actor"}
    assert named_query("dossier").params.keys() == {"actor", "limit", "offset"}
    assert named_query("dossier").defaults == {"limit": "100", "offset": "0"}
    assert named_query("who-met-whom").params == {}


def test_unknown_named_query_lists_available() -> None:
    with pytest.raises(QueryError, match="available: .*who-met-whom"):
        named_query("nope")


def test_missing_and_unknown_params() -> None:
    with pytest.raises(QueryError, match="needs --param actor="):
        named_query("dossier").bindings({})
    with pytest.raises(QueryError, match="no parameter color"):
        named_query("dossier").bindings({"actor": "x", "color": "red"})


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_named_queries_answer_on_seeds(seeds_build: BuildResult, stored: BuildResult, engine: str) -> None:
    ds = seeds_build.dataset if engine == "rdflib" else stored.dataset
    visits = rows_as_dicts(run_named(ds, "visits-of-actor", {"actor": "naryshkin"}))
    assert any("Sevastopol" in r["place"] for r in visits)
    assert all("Naryshkin" in r["visitor"] for r in visits)
    assert all(r["sentence"] and r["article"] for r in visits)
    met = rows_as_dicts(run_named(ds, "who-met-whom"))
    assert any("Lukashenko" in r["actor1"] + r["actor2"] and "Naryshkin" in r["actor1"] + r["actor2"]
               for r in met)
    pairs = [(r["actor1"], r["actor2"]) for r in met]
    assert all(int(r["meetings"]) >= 1 for r in met)
    assert not any((b, a) in pairs for a, b in pairs if a != b)  # symmetric: listed once
    dossier = rows_as_dicts(run_named(ds, "dossier", {"actor": "Lukashenko"}))
    assert dossier and "meeting" in {r["relation"] for r in dossier}
    assert {r["relation"] for r in dossier} <= {"visit", "meeting", "agreement", "accusation"}
    assert all("Lukashenko" in r["subject"] + r["object"] for r in dossier)
    run_named(ds, "accusations-between-countries")  # runs; content depends on country typing


MALICIOUS = [
    'x")) } UNION { ?e ?p ?sentence } #',
    "x' ) ) } ; DROP ALL ; #",
    '"""} INSERT DATA { <a:b> <a:c> <a:d> } #',
    "\\\" } } SELECT * WHERE { ?s ?p ?o } #",
]


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("value", MALICIOUS)
def test_malicious_parameter_cannot_change_the_query(
    seeds_build: BuildResult, stored: BuildResult, value: str, engine: str
) -> None:
    ds = seeds_build.dataset if engine == "rdflib" else stored.dataset
    before = len(list(ds.quads((None, None, None, None))))
    rows = rows_as_dicts(run_named(ds, "dossier", {"actor": value}))
    assert rows == []  # matched as a (non-existent) name, nothing else
    assert len(list(ds.quads((None, None, None, None)))) == before
    # the text sent is the shipped text, whatever the value
    assert value not in named_query("dossier").text


def test_malicious_parameter_on_store_cli(store: Path) -> None:
    proc = cli("query", str(store), "--named", "dossier", "--param", f"actor={MALICIOUS[0]}",
               "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["results"]["bindings"] == []


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_bound_parameter_matches_whole_words_folded(
    seeds_build: BuildResult, stored: BuildResult, engine: str
) -> None:
    """The parameter is a value, not a pattern: whole words of a name, accents and case folded."""
    ds = seeds_build.dataset if engine == "rdflib" else stored.dataset
    def visitors(actor: str) -> set[str]:
        return {r["visitor"] for r in rows_as_dicts(run_named(ds, "visits-of-actor", {"actor": actor}))}

    assert visitors("NARYSHKIN") == visitors("naryshkin") == visitors("Narýshkin") == {"Sergei Naryshkin"}
    assert visitors("Sergey  Naryshkin") == {"Sergei Naryshkin"}  # an alternative name, whole
    assert visitors("Nar.*kin") == visitors("Naryshki") == visitors("Naryshkin Sergey") == set()


def test_formats(seeds_build: BuildResult) -> None:
    q = NG + "SELECT ?e ?s WHERE { ?e ng:relation ng:met ; ng:sentence ?s }"
    res = run_query(seeds_build.dataset, q)
    rows = list(csv.reader(io.StringIO(format_result(res, "csv"))))
    assert rows[0] == ["e", "s"] and len(rows) > 1
    tsv = format_result(run_query(seeds_build.dataset, q), "tsv").splitlines()
    assert tsv[0] == "?e\t?s"
    assert tsv[1].startswith("<https://w3id.org/newsgraph/id/mention/") and '\t"' in tsv[1]
    js = json.loads(format_result(run_query(seeds_build.dataset, q), "json"))
    assert js["head"]["vars"] == ["e", "s"]
    table = format_result(run_query(seeds_build.dataset, q), "table")
    assert "row(s)" in table
    with pytest.raises(QueryError, match="available"):
        format_result(run_query(seeds_build.dataset, q), "xlsx")


@pytest.mark.slow
def test_update_refused_without_flag(store: Path, seeds_build: BuildResult) -> None:
    upd = "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }"
    with pytest.raises(QueryError, match="read-only"):
        run_query(seeds_build.dataset, upd)
    proc = cli("query", str(store), upd)
    assert proc.returncode == 1 and "read-only" in proc.stderr
    ask = "ASK { <https://example.org/a> ?p ?o }"
    assert cli("query", str(store), ask).stdout.strip() == "false"
    ok = cli("query", str(store), upd, "--update")
    assert ok.returncode == 0, ok.stderr
    assert cli("query", str(store), ask).stdout.strip() == "true"
    cli("query", str(store), "DELETE DATA { <https://example.org/a> <https://example.org/b> "
        "<https://example.org/c> }", "--update")
    assert cli("query", str(store), ask).stdout.strip() == "false"


def test_update_on_a_file_is_refused(seeds_out: Path) -> None:
    proc = cli("query", str(seeds_out / "graph.ttl"), "CLEAR ALL", "--update")
    assert proc.returncode == 1 and "store folder" in proc.stderr


def test_cli_named_and_list(store: Path) -> None:
    listed = cli("query", "--list")
    assert listed.returncode == 0 and "visits-of-actor" in listed.stdout and "actor=" in listed.stdout
    proc = cli("query", str(store), "--named", "visits-of-actor", "--param", "actor=Naryshkin",
               "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "date,visitor,place,articles,sources,sentence,article,title,actor"
    assert "Naryshkin" in proc.stdout
    bad = cli("query", str(store), "--named", "nope")
    assert bad.returncode == 2 and "available:" in bad.stderr and "dossier" in bad.stderr
    missing = cli("query", str(store), "--named", "dossier")
    assert missing.returncode == 2 and "actor=" in missing.stderr  # a usage error
    assert len(missing.stderr.strip().splitlines()) == 1


def test_store_and_file_give_same_answers(store: Path, seeds_out: Path) -> None:
    q = NG + "SELECT ?a ?b WHERE { ?a ng:met ?b } ORDER BY ?a ?b"
    a = cli("query", str(store), q, "--format", "csv").stdout
    b = cli("query", str(seeds_out / "graph.ttl"), q, "--format", "csv").stdout
    assert a == b and len(a.splitlines()) > 1


def test_empty_dataset() -> None:
    assert rows_as_dicts(run_named(Dataset(), "visits-of-actor", {"actor": "x"})) == []


def test_named_queries_on_a_turtle_file(seeds_out: Path) -> None:
    """A triples-only file is loaded into one graph named by the file: GRAPH ?g patterns see it."""
    proc = cli("query", str(seeds_out / "graph.ttl"), "--named", "visits-of-actor",
               "--param", "actor=Naryshkin", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert "Sevastopol" in proc.stdout
    met = rows_as_dicts(run_named(load_graph(seeds_out / "graph.ttl"), "who-met-whom"))
    assert any("Lukashenko" in r["actor1"] + r["actor2"] for r in met)


def test_files_of_formats_oxigraph_cannot_read_are_queried_too(seeds_out: Path, seeds_build: BuildResult) -> None:
    """JSON-LD goes through rdflib into the in-memory Oxigraph store: the same rows."""
    from graph.load import load_oxigraph

    want = sorted(tuple(sorted(r.items())) for r in rows_as_dicts(
        run_named(seeds_build.dataset, "visits-of-actor", {"actor": "Naryshkin"})))
    got = sorted(tuple(sorted(r.items())) for r in rows_as_dicts(
        run_named(load_oxigraph(seeds_out / "graph.jsonld"), "visits-of-actor", {"actor": "Naryshkin"})))
    assert want and got == want
