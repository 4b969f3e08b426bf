"""Analysts' SPARQL text: predeclared project prefixes and SELECT * columns in written order."""

from __future__ import annotations

import pytest

from graph.sparqltext import PREDECLARED, first_keyword, star_order, syntax_message, with_prefixes


def test_used_prefixes_are_declared_once_on_the_first_line() -> None:
    q = "SELECT ?e WHERE {\n ?e a ng:Meeting ; rdfs:label ?l . ?x skos:altLabel ?y }"
    out = with_prefixes(q)
    assert out.endswith(q) and out.count("\n") == q.count("\n")  # error line numbers stay right
    head = out[: -len(q)]
    assert head.count("PREFIX ") == 3
    for p in ("ng", "rdfs", "skos"):
        assert f"PREFIX {p}: <{PREDECLARED[p]}> " in head


def test_a_declared_prefix_keeps_the_query_meaning() -> None:
    q = "PREFIX ng: <http://example.org/> SELECT * WHERE { ?e a ng:Meeting }"
    assert with_prefixes(q) == q
    q2 = "prefix NG: <http://example.org/> SELECT * WHERE { ?e a ng:Meeting }"
    assert with_prefixes(q2) == q2  # PREFIX names are case-insensitive keywords; ng: is declared


@pytest.mark.parametrize("q", [
    'SELECT ?s WHERE { ?s ?p "ng:Meeting" }',  # in a string
    "SELECT ?s WHERE { ?s ?p <http://x/ng:y> }",  # in an IRI
    "SELECT ?s WHERE { ?s ?p ?o } # ng:Meeting in a comment",
    "SELECT ?s WHERE { ?s foo:bar ?o }",  # not a project prefix: the engine says so
])
def test_no_declaration_where_no_project_prefix_is_used(q: str) -> None:
    assert with_prefixes(q) == q


def test_star_columns_in_the_order_variables_are_written() -> None:
    q = "SELECT * WHERE { ?zed ?b ?alpha . OPTIONAL { ?alpha ?c ?mid } }"
    assert star_order(q, ["alpha", "b", "c", "mid", "zed"]) == ["zed", "b", "alpha", "c", "mid"]
    assert star_order("select distinct * { ?b ?a ?c }", ["a", "b", "c"]) == ["b", "a", "c"]
    assert star_order("SELECT REDUCED * WHERE { ?b ?a ?c }", ["a", "b", "c"]) == ["b", "a", "c"]


def test_star_order_only_for_select_star() -> None:
    assert star_order("SELECT ?b ?a WHERE { ?a ?p ?b }", ["b", "a"]) is None
    assert star_order("# SELECT * here is a comment\nSELECT ?a WHERE { ?a ?p ?b }", ["a"]) is None
    assert star_order("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b }", ["n"]) is None
    assert star_order("ASK { ?a ?p ?b }", []) is None


@pytest.mark.parametrize(("text", "keyword"), [
    ("PREFIX ng: <https://w3id.org/newsgraph/ontology#> INSERT DATA { }", "INSERT"),
    ("BASE <http://x/> PREFIX : <http://y/> DELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("# a comment\nPREFIX a: <http://a/>\nPREFIX b: <http://b/> select * { ?s ?p ?o }", "SELECT"),
    ("", ""),
])
def test_first_keyword_after_the_prologue(text: str, keyword: str) -> None:
    assert first_keyword(text) == keyword


def test_syntax_message_reads_the_parsers_words_and_moves_columns_back() -> None:
    raw = "error at 1:40: expected one of Prefix not found, ['%'], ['.'], [':'],\n['_']"
    assert syntax_message(raw, 11).startswith("error at 1:29: Prefix not found (declare it with PREFIX")
    assert syntax_message('error at 2:5: expected one of ",", ".", [_]', 11) == \
        'error at 2:5: expected ",", "." or a name'  # other lines keep their columns
    assert syntax_message("error at 1:3: something else\nhere", 0) == "error at 1:3: something else here"
