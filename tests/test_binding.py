"""Parameters bound as inline VALUES blocks (the Oxigraph path of graph.query)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from graph.binding import where_brace, with_values
from graph.errors import QueryError
from graph.query import rows_as_dicts, run_named, run_query
from graph.store import as_dataset

DATA = """
<http://x/a> <http://x/name> "Alice" .
<http://x/b> <http://x/name> "Bob" .
<http://x/a> <http://x/knows> <http://x/b> .
"""


def oxigraph() -> ox.Store:
    store = ox.Store()
    store.load(DATA.encode(), format=ox.RdfFormat.N_TRIPLES)
    return store


def test_where_brace_skips_template_comments_strings_and_iris() -> None:
    q = 'CONSTRUCT { ?s ?p "{" } # WHERE {\nWHERE { ?s ?p <http://x/{> }'
    assert q[where_brace(q):].startswith("{ ?s ?p <http")
    assert where_brace("SELECT * { ?s ?p ?o }") == 9
    with pytest.raises(QueryError, match="no WHERE"):
        where_brace("SELECT * # {")


def test_a_value_never_becomes_query_text() -> None:
    evil = 'x" } } ; DROP ALL ; SELECT * { ?s ?p ?o # \n """ \' '
    q = "SELECT ?n WHERE { ?s <http://x/name> ?n FILTER(CONTAINS(?n, ?q)) }"
    bound = with_values(q, {"q": Literal(evil)})
    rows = list(oxigraph().query(bound))
    assert rows == []  # parsed as one query, the value matched literally
    assert next(iter(oxigraph().query(with_values(q, {"q": Literal("li")}))))[0].value == "Alice"


def test_bad_iris_and_names_are_refused() -> None:
    q = "SELECT * WHERE { ?s ?p ?o }"
    with pytest.raises(QueryError, match="not a valid IRI"):
        with_values(q, {"s": URIRef("http://x/a> } DROP ALL {")})
    with pytest.raises(QueryError, match="not a variable name"):
        with_values(q, {"s) {": Literal("x")})


def test_nested_groups_see_the_value_subqueries_and_data_blocks_are_kept() -> None:
    q = """SELECT ?n ?q WHERE {
      { ?s <http://x/name> ?n FILTER(?n = ?q) }
      { SELECT ?s WHERE { ?s <http://x/knows> ?o } }
      VALUES ?z { 1 }
    }"""
    bound = with_values(q, {"q": Literal("Alice")})
    assert bound.count("VALUES (?q)") == 2  # the WHERE group and the group that filters on ?q
    assert "{ SELECT" in bound and "VALUES ?z { 1 }" in bound
    rows = list(oxigraph().query(bound))
    assert [(r[0].value, r[1].value) for r in rows] == [("Alice", "Alice")]


def _row_key(row: dict[str, str]) -> list[tuple[str, str]]:
    return sorted(row.items())


def test_named_query_same_rows_on_both_engines(seeds_build) -> None:  # type: ignore[no-untyped-def]
    mem = seeds_build.dataset
    store = ox.Store()
    store.load(mem.serialize(format="nquads").encode(), format=ox.RdfFormat.N_QUADS)
    oxds = as_dataset(store)
    for name, params in [("dossier", {"actor": "Naryshkin"}), ("visits-of-actor", {"actor": "naryshkin"}),
                         ("who-met-whom", {}), ("accusations-between-countries", {})]:
        a = rows_as_dicts(run_named(mem, name, params))
        b = rows_as_dicts(run_named(oxds, name, params))
        assert a, name
        assert sorted(a, key=_row_key) == sorted(b, key=_row_key), name
    assert rows_as_dicts(run_query(oxds, "SELECT ?x WHERE { BIND(?v AS ?x) }",
                                   bindings={"v": Literal("<b>")})) == [{"x": "<b>"}]
