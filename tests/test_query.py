"""SPARQL over files and stores; output formats; named queries with BOUND parameters."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from clirun import run_cli
from rdflib import Dataset

from graph.errors import QueryError
from graph.load import load_graph
from graph.pipeline import BuildResult, build_graph
from graph.query import (
    apply_update,
    format_result,
    named_queries,
    named_query,
    rows_as_dicts,
    run_named,
    run_query,
    run_update,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NG = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "

# one worker runs the module under pytest-xdist (`--dist loadgroup`): its module fixtures once
pytestmark = pytest.mark.xdist_group("query")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=ROOT)


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


# ---------------------------------------------------------------- the dossier's pages

#: Written for these tests: seven events of Andrzej Duda in the layout a build writes (events,
#: their first mention and article, entities with search keys), dated by a day, a month, or not
#: at all, with ties on a date.
PAGED_TRIG = """
@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix ex: <https://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:entities {
  ex:duda rdfs:label "Andrzej Duda" ; ng:searchKey "duda", "andrzej", "andrzej duda" .
  ex:nauseda rdfs:label "Gitanas Nauseda" ; ng:searchKey "nauseda", "gitanas", "gitanas nauseda" .
  ex:vilnius rdfs:label "Vilnius" ; ng:searchKey "vilnius" .
}
ex:events {
%s
}
ex:articles {
%s
}
"""
#: (event, class, date or None, actor, counterpart or place) in the order the dossier shows
#: them: newest first by the date's text (a day before its month), then event IRI; undated
#: last.
PAGED_EVENTS = [
    ("e4", "Accusation", '"2025-01-02"^^xsd:date', "duda", "nauseda"),
    ("e1", "Meeting", '"2024-03-08"^^xsd:date', "duda", "nauseda"),
    ("e2", "Visit", '"2024-03-08"^^xsd:date', "duda", "vilnius"),
    ("e3", "Meeting", '"2024-03"^^xsd:gYearMonth', "duda", "nauseda"),
    ("e7", "Meeting", '"2023-12-31"^^xsd:date', "nauseda", "duda"),
    ("e5", "Agreement", None, "duda", "nauseda"),
    ("e6", "Meeting", None, "duda", "nauseda"),
]


def _paged_trig(rows: list[tuple[str, str, str | None, str, str]] = PAGED_EVENTS) -> str:
    events, articles = [], []
    for e, cls, date, actor, other in sorted(rows):  # written in another order
        role = "ng:place" if cls == "Visit" else "ng:counterpart"
        events.append(f"  ex:{e} a ng:{cls} ; ng:actor ex:{actor} ; {role} ex:{other} ; "
                      f"ng:mentionCount 2 ; ng:articleCount 2 ; ng:sourceCount 1 ; "
                      f"ng:firstReport ex:a-{e} ; ng:firstMention ex:m-{e}"
                      + (f" ; ng:date {date} ." if date else " ."))
        articles.append(f'  ex:m-{e} ng:sentence "Sentence of {e}." .\n'
                        f'  ex:a-{e} dcterms:identifier "{e}" ; dcterms:title "Title {e}" ; '
                        f'schema:url "https://example.org/{e}" ; dcterms:source "Outlet" .')
    return PAGED_TRIG % ("\n".join(events), "\n".join(articles))


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The seven events on either engine: rdflib's in-memory dataset, and Oxigraph."""
    from graph.load import load_oxigraph

    path = tmp_path_factory.mktemp("paged") / "paged.trig"
    path.write_text(_paged_trig(), encoding="utf-8")
    return {"rdflib": load_graph(path), "oxigraph": load_oxigraph(path)}


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_dossier_is_newest_first_undated_last(paged: dict[str, object], engine: str) -> None:
    rows = rows_as_dicts(run_named(paged[engine], "dossier", {"actor": "Duda"}))  # type: ignore[arg-type]
    assert [r["article"] for r in rows] == [e for e, *_ in PAGED_EVENTS]
    assert [r.get("date") for r in rows] == ["2025-01-02", "2024-03-08", "2024-03-08", "2024-03",
                                             "2023-12-31", None, None]
    assert [r["relation"] for r in rows[:3]] == ["accusation", "meeting", "visit"]
    assert rows[1]["object"] == "Gitanas Nauseda" and rows[2]["object"] == "Vilnius"
    assert rows[4]["subject"] == "Gitanas Nauseda" and rows[4]["object"] == "Andrzej Duda"
    assert all(r["sentence"] == f"Sentence of {r['article']}." and r["actor"] == "Duda" for r in rows)


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize(("params", "want"), [
    ({}, ["e4", "e1", "e2", "e3", "e7", "e5", "e6"]),  # the default page: 100, every one here
    ({"limit": "0"}, ["e4", "e1", "e2", "e3", "e7", "e5", "e6"]),
    ({"limit": "3"}, ["e4", "e1", "e2"]),
    ({"limit": "2", "offset": "2"}, ["e2", "e3"]),
    ({"offset": "5"}, ["e5", "e6"]),
    ({"limit": "0", "offset": "6"}, ["e6"]),
    ({"offset": "7"}, []),
    ({"offset": "1000"}, []),
])
def test_dossier_limit_and_offset(paged: dict[str, object], engine: str, params: dict[str, str],
                                  want: list[str]) -> None:
    from graph.paging import count_named

    ds = paged[engine]
    rows = rows_as_dicts(run_named(ds, "dossier", {"actor": "andrzej duda", **params}))  # type: ignore[arg-type]
    assert [r["article"] for r in rows] == want
    assert count_named(ds, "dossier", {"actor": "andrzej duda", **params}) == 7  # type: ignore[arg-type]


def test_dossier_default_page_is_100_newest() -> None:
    q = named_query("dossier")
    page = q.page({"actor": "x"})
    assert page is not None and (page.limit, page.offset) == (100, 0)
    assert "LIMIT 100\n" in q.text_for({"actor": "x"})
    assert "LIMIT" not in q.text_for({"actor": "x", "limit": "0"}).split("ORDER BY DESC")[1]


def test_dossier_default_page_holds_100_events(tmp_path: Path) -> None:
    """An actor with 130 events: the default page shows the 100 newest, the next page the rest."""
    from graph.load import load_oxigraph
    from graph.paging import run_named_page

    events: list[tuple[str, str, str | None, str, str]] = [(f"e{i:03d}", "Meeting", f'"{2000 + i // 12}-{1 + i % 12:02d}-01"^^xsd:date', "duda",
               "nauseda") for i in range(130)]
    (tmp_path / "many.trig").write_text(_paged_trig(events), encoding="utf-8")
    ds = load_oxigraph(tmp_path / "many.trig")
    first = run_named_page(ds, "dossier", {"actor": "Duda"})
    ids = [r["article"] for r in rows_as_dicts(first.result)]
    assert ids == [f"e{i:03d}" for i in range(129, 29, -1)]
    assert first.info is not None and (first.info.shown, first.info.total) == (100, 130)
    assert first.info.note() == ("dossier: showing 100 of 130 events (newest first); "
                                 "--param limit=0 for all")
    rest = run_named_page(ds, "dossier", {"actor": "Duda", "offset": "100"})
    assert [r["article"] for r in rows_as_dicts(rest.result)] == [f"e{i:03d}" for i in range(29, -1, -1)]
    assert rest.info is not None and rest.info.note() == (
        "dossier: showing 101-130 of 130 events (newest first); --param limit=0 for all")
    every = run_named_page(ds, "dossier", {"actor": "Duda", "limit": "0"})
    assert every.info is not None and every.info.note() is None and every.info.total == 130


OLD_DOSSIER = (ROOT / "bench" / "dossier-before-paging.rq").read_text(encoding="utf-8")


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_dossier_limit_0_is_the_full_dossier_of_before(
    seeds_build: BuildResult, stored: BuildResult, paged: dict[str, object], engine: str
) -> None:
    """limit=0 gives, as a set, the rows the dossier gave before it became a page."""
    q = named_query("dossier")
    for ds, actor in [(seeds_build.dataset if engine == "rdflib" else stored.dataset, "Naryshkin"),
                      (paged[engine], "Duda")]:
        before = run_query(ds, OLD_DOSSIER, bindings=q.bindings({"actor": actor}))  # type: ignore[arg-type]
        now = run_named(ds, "dossier", {"actor": actor, "limit": "0"})  # type: ignore[arg-type]
        want = {tuple(row) for row in before}  # type: ignore[arg-type]
        assert len(want) >= 5 and {tuple(row) for row in now} == want  # type: ignore[arg-type]


BAD_PAGE_VALUES = ["-1", "ten", "1.5", "", "+3", " 4", "1_000", "1e3", "9" * 30,
                   "1 } } SELECT * WHERE { ?s ?p ?o }"]


@pytest.mark.parametrize("value", BAD_PAGE_VALUES)
def test_bad_page_values_are_refused(paged: dict[str, object], value: str) -> None:
    q = named_query("dossier")
    for name in ("limit", "offset"):
        with pytest.raises(QueryError, match=f"--param {name} takes a whole number >= 0"):
            q.bindings({"actor": "Duda", name: value})
        with pytest.raises(QueryError, match=f"--param {name} takes a whole number >= 0"):
            run_named(paged["oxigraph"], "dossier", {"actor": "Duda", name: value})  # type: ignore[arg-type]


def test_cli_dossier_page_note_and_bad_values(store: Path) -> None:
    base = ("query", str(store), "--named", "dossier", "--param", "actor=Naryshkin", "--format", "csv")
    every = cli(*base, "--param", "limit=0")
    assert every.returncode == 0, every.stderr
    total = len(every.stdout.splitlines()) - 1
    assert total >= 5 and every.stderr == ""
    first = cli(*base, "--param", "limit=2")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[1:] == every.stdout.splitlines()[1:3]
    assert first.stderr.strip() == (f"dossier: showing 2 of {total} events (newest first); "
                                    "--param limit=0 for all")
    second = cli(*base, "--param", "limit=2", "--param", "offset=2")
    assert second.stdout.splitlines()[1:] == every.stdout.splitlines()[3:5]
    assert "showing 3-4 of" in second.stderr
    assert cli(*base).stderr == ""  # the default page (100) holds every event: nothing to say
    for value in ("-1", "x", "2.0"):
        bad = cli(*base, "--param", f"limit={value}")
        assert bad.returncode == 2 and "limit takes a whole number >= 0" in bad.stderr
        assert len(bad.stderr.strip().splitlines()) == 1 and bad.stdout == ""
    bad = cli(*base, "--param", "offset=-5")
    assert bad.returncode == 2 and "offset takes a whole number >= 0" in bad.stderr


def test_construct_output_uses_the_project_prefixes(seeds_out: Path) -> None:
    """A new user's finding: CONSTRUCT output spelled the ontology ns1:."""
    from graph.load import load_oxigraph

    result = run_query(load_oxigraph(seeds_out / "graph.ttl"),
                       "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
                       "CONSTRUCT { ?a ng:met ?b } WHERE { ?a ng:met ?b }")
    out = format_result(result, "table")
    assert "@prefix ng: <https://w3id.org/newsgraph/ontology#>" in out and " ng:met " in out
    assert "ns1:" not in out


def test_a_query_of_an_empty_graph_says_so(tmp_path: Path, seeds_out: Path) -> None:
    """A new user's finding: 0 rows from an empty file looked like "no match"."""
    (tmp_path / "empty.ttl").write_text("", encoding="utf-8")
    empty = cli("query", str(tmp_path / "empty.ttl"), "SELECT ?s WHERE { ?s ?p ?o }")
    assert empty.returncode == 0 and "holds no triples" in empty.stderr
    none = cli("query", str(seeds_out / "graph.ttl"), "SELECT ?s WHERE { ?s <urn:x:none> ?o }")
    assert none.returncode == 0 and "0 row(s)" in none.stdout and "holds no triples" not in none.stderr


def test_cli_says_when_no_entity_matches_a_param_given_twice_and_a_graph_in_csv(seeds_out: Path) -> None:
    """A new user's findings: an actor no entity is named gave 0 rows and no word; a repeated
    --param silently took the last value; --format csv on a CONSTRUCT printed Turtle silently."""
    ttl = str(seeds_out / "graph.ttl")
    nobody = cli("query", ttl, "--named", "dossier", "--param", "actor=Nobodyxyz")
    assert nobody.returncode == 0 and "no entity is named 'Nobodyxyz'" in nobody.stderr
    known = cli("query", ttl, "--named", "visits-of-actor", "--param", "actor=Lukashenko")
    assert "no entity is named" not in known.stderr  # a known actor, whatever its rows
    twice = cli("query", ttl, "--named", "dossier", "--param", "actor=Naryshkin", "--param", "actor=Lukashenko")
    assert twice.returncode == 2 and "given twice" in twice.stderr
    graph = cli("query", ttl, NG + "CONSTRUCT { ?a ng:met ?b } WHERE { ?a ng:met ?b }", "--format", "csv")
    assert graph.returncode == 0 and "@prefix ng:" in graph.stdout and "printed as Turtle" in graph.stderr


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_select_star_columns_come_in_written_order_and_prefixes_are_predeclared(
        seeds_build: BuildResult, stored: BuildResult, engine: str) -> None:
    """A new user's findings: SELECT * came out alphabetically (Oxigraph's order), and a query
    using ng: without a PREFIX line failed with a wall of parser text."""
    ds = seeds_build.dataset if engine == "rdflib" else stored.dataset
    q = "SELECT * WHERE { ?zed a ng:Meeting ; ng:actor ?actor ; ng:counterpart ?abc . ?abc a ?kind } LIMIT 3"
    result = run_query(ds, q)
    assert [str(v) for v in result.vars or ()] == ["zed", "actor", "abc", "kind"]
    rows = list(result)
    assert rows and all(len(row) == 4 for row in rows)
    for row in rows:  # by position, by name and by attribute alike
        assert row[0] == row["zed"] == row.zed and row[2] == row["abc"] == row.abc
        assert "/event/" in str(row[0]) and "/id/" in str(row[1]) and "ontology#" in str(row[3])
    table = format_result(run_query(ds, q), "csv").splitlines()
    assert table[0] == "zed,actor,abc,kind" and len(table) == len(rows) + 1
    assert list(rows_as_dicts(run_query(ds, q))[0]) == ["zed", "actor", "abc", "kind"]
    head = json.loads(format_result(run_query(ds, q), "json"))["head"]["vars"]
    assert head == ["zed", "actor", "abc", "kind"]


def test_updates_get_the_predeclared_prefixes_and_a_one_line_prologue_is_read(store: Path) -> None:
    """A new user's findings: `--update` did not get the predeclared prefixes, and an update
    whose PREFIX shared its line was taken for a query."""
    ask = "ASK { <urn:ng-test:x> ng:met <urn:ng-test:y> }"
    upd = "INSERT DATA { GRAPH <urn:ng-test> { <urn:ng-test:x> ng:met <urn:ng-test:y> } }"
    refused = cli("query", str(store), "PREFIX ng: <https://w3id.org/newsgraph/ontology#> " + upd)
    assert refused.returncode == 1 and "read-only" in refused.stderr
    ok = cli("query", str(store), upd, "--update")
    assert ok.returncode == 0, ok.stderr
    assert cli("query", str(store), ask).stdout.strip() == "true"
    gone = cli("query", str(store), "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
               + upd.replace("INSERT", "DELETE"), "--update")
    assert gone.returncode == 0, gone.stderr
    assert cli("query", str(store), ask).stdout.strip() == "false"


def test_syntax_errors_are_one_line_with_the_users_columns(seeds_out: Path) -> None:
    graph = str(seeds_out / "graph.ttl")
    unknown = cli("query", graph, "SELECT ?a WHERE { ?a foo:met ?b }")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == ("newsgraph: error: SPARQL syntax error: error at 1:29: Prefix not found "
                                      "(declare it with PREFIX; predeclared: ng, ngr, prov, dcterms, skos, "
                                      "schema, rdf, rdfs, xsd, owl)")
    cut = cli("query", graph, "SELECT ?a WHERE { ?a ng:met ?b  ")  # ng: predeclared before it
    assert cut.returncode == 1 and "error at 1:33:" in cut.stderr and len(cut.stderr.splitlines()) == 1
    grouped = cli("query", graph, "SELECT * WHERE { ?a ng:met ?b } GROUP BY ?a")
    assert grouped.stderr.strip().endswith("SELECT * is not authorized with GROUP BY")


def test_run_update_and_apply_update_share_prefixes_and_errors() -> None:
    """graph.query.run_update (rdflib) and graph.store.update_store (pyoxigraph) go through one
    helper, apply_update: the project's prefixes predeclared, a syntax error reported at the
    user's own column, the named failures turned into one QueryError."""
    import pyoxigraph as ox
    from rdflib import Graph, URIRef

    g = Graph()
    run_update(g, "INSERT DATA { <urn:ng-test:x> ng:met <urn:ng-test:y> }")
    assert (URIRef("urn:ng-test:x"), URIRef("https://w3id.org/newsgraph/ontology#met"),
            URIRef("urn:ng-test:y")) in g
    with pytest.raises(QueryError, match="^SPARQL syntax error at line"):
        run_update(g, "INSERT DATA { <urn:ng-test:x> ng:met ")
    store = ox.Store()
    apply_update(store.update, "INSERT DATA { <urn:ng-test:x> ng:met <urn:ng-test:y> }",
                 failures=(OSError,))
    assert store.query("ASK { <urn:ng-test:x> <https://w3id.org/newsgraph/ontology#met> ?o }")
    with pytest.raises(QueryError, match=r"^SPARQL syntax error: error at 1:38:"):
        apply_update(store.update, "INSERT DATA { <urn:ng-test:x> ng:met ", failures=(OSError,))

    def failing(text: str) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(QueryError, match="^SPARQL update failed: disk full$"):
        apply_update(failing, "CLEAR ALL", failures=(RuntimeError,))
    with pytest.raises(KeyError):  # only the failures named are turned into a QueryError
        apply_update(lambda text: {}["x"], "CLEAR ALL", failures=(RuntimeError,))
