"""Analysts' SPARQL text, read the way analysts write it.

- :func:`with_prefixes`: the prefixes every graph of the project uses (``ng:``, ``ngr:``,
  ``skos:``, ``rdf:`` ...: :data:`PREDECLARED`) may be used without a ``PREFIX`` line, as the
  Wikidata Query Service predeclares ``wd:`` and ``wdt:``; a prefix the query declares itself
  keeps the query's meaning.
- :func:`star_order`: the columns of ``SELECT *`` in the order their variables first appear in
  the query (Oxigraph gives them in alphabetical order, rdflib in another one).
"""

from __future__ import annotations

from collections.abc import Sequence

from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from graph.binding import query_tokens
from graph.namespaces import NG, NGR

#: Prefix -> namespace IRI, declared for every query that uses the prefix without declaring it.
PREDECLARED: dict[str, str] = {
    "ng": str(NG._NS), "ngr": str(NGR), "prov": str(PROV), "dcterms": str(DCTERMS),
    "skos": str(SKOS), "schema": str(SDO), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
    "owl": str(OWL),
}


def with_prefixes(query: str) -> str:
    """``query`` with a ``PREFIX`` declaration for each :data:`PREDECLARED` prefix it uses but does
    not declare, put before it on its first line (line numbers of syntax errors stay right).
    Comments, strings and IRIs are not read as uses."""
    declared: set[str] = set()
    used: set[str] = set()
    after_prefix = False
    for tok, at in query_tokens(query):
        end = at + len(tok)
        if after_prefix:
            declared.add(tok.lower() if end < len(query) and query[end] == ":" else "")
            after_prefix = False
        elif tok.upper() == "PREFIX":
            after_prefix = True
        elif tok[0] not in "?$" and end < len(query) and query[end] == ":" and tok in PREDECLARED:
            used.add(tok)
    missing = sorted(used - declared)
    if not missing:
        return query
    return "".join(f"PREFIX {p}: <{PREDECLARED[p]}> " for p in missing) + query


def star_order(query: str, names: Sequence[str]) -> list[str] | None:
    """The result variables ``names`` of a ``SELECT *`` query in the order they first appear in
    ``query``'s text (variables it never writes, if any, last in their given order); ``None``
    when the query is not a ``SELECT *``."""
    tokens = list(query_tokens(query))
    select = next((i for i, (tok, _) in enumerate(tokens) if tok.upper() == "SELECT"), None)
    if select is None:
        return None
    tok, at = tokens[select]
    if select + 1 < len(tokens) and tokens[select + 1][0].upper() in ("DISTINCT", "REDUCED"):
        tok, at = tokens[select + 1]
    if not query[at + len(tok):].lstrip().startswith("*"):
        return None
    wanted = set(names)
    order: list[str] = []
    for tok, _ in tokens:
        name = tok[1:] if tok[0] in "?$" else None
        if name in wanted and name not in order:
            order.append(name)
    return order + [n for n in names if n not in order]
