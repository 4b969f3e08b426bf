"""Analysts' SPARQL text, read the way analysts write it.

- :func:`with_prefixes`: the prefixes every graph of the project uses (``ng:``, ``ngr:``,
  ``skos:``, ``rdf:`` ...: :data:`PREDECLARED`) may be used without a ``PREFIX`` line, as the
  Wikidata Query Service predeclares ``wd:`` and ``wdt:``; a prefix the query declares itself
  keeps the query's meaning.
- :func:`first_keyword`: what a text is (``SELECT``, ``INSERT`` ...) whatever its prologue;
  :func:`syntax_message` makes Oxigraph's syntax errors one readable line (columns right after
  :func:`with_prefixes`).
- :func:`star_order`: the columns of ``SELECT *`` in the order their variables first appear in
  the query (Oxigraph gives them in alphabetical order, rdflib in another one).
"""

from __future__ import annotations

import functools
import re
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


@functools.lru_cache(maxsize=256)  # a named query's text comes again and again
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
    written = _star_variables(query)
    if written is None:
        return None
    wanted = set(names)
    order = [name for name in written if name in wanted]
    return order + [n for n in names if n not in order]


@functools.lru_cache(maxsize=256)
def _star_variables(query: str) -> tuple[str, ...] | None:
    """The variables ``query`` writes, in order of first appearance, if it is a ``SELECT *``."""
    tokens = list(query_tokens(query))
    select = next((i for i, (tok, _) in enumerate(tokens) if tok.upper() == "SELECT"), None)
    if select is None:
        return None
    tok, at = tokens[select]
    if select + 1 < len(tokens) and tokens[select + 1][0].upper() in ("DISTINCT", "REDUCED"):
        tok, at = tokens[select + 1]
    if not query[at + len(tok):].lstrip().startswith("*"):
        return None
    return tuple(dict.fromkeys(tok[1:] for tok, _ in tokens if tok[0] in "?$"))


def first_keyword(text: str) -> str:
    """The first keyword of ``text`` after its prologue (``PREFIX``/``BASE`` declarations and
    comments, on any line), upper case: ``SELECT``, ``INSERT``, ...; ``""`` for none."""
    tokens = query_tokens(text)
    for tok, at in tokens:
        upper = tok.upper()
        if upper == "PREFIX":
            # the prefix name, unless the empty prefix (":") is declared
            name = next(tokens, None)
            if name is not None and text[name[1] + len(name[0]):name[1] + len(name[0]) + 1] != ":":
                return name[0].upper()
            continue
        if upper == "BASE":
            continue
        return upper
    return ""


_ERROR_AT = re.compile(r"\b(error at 1:)(\d+)")
_EXPECTED = re.compile(r"(error at \d+:\d+): expected one of (.*)", re.DOTALL)
_WORDS = re.compile(r"[A-Za-z][\w *]*[A-Za-z]")


def _items(listed: str) -> list[str]:
    """The comma-separated items of Oxigraph's "expected one of" list (commas inside quotes or
    brackets kept)."""
    out, depth, quoted, cur = [], 0, False, ""
    for c in listed:
        if c == '"' and depth == 0:
            quoted = not quoted
        elif not quoted and c == "[":
            depth += 1
        elif not quoted and c == "]":
            depth -= 1
        if c == "," and depth == 0 and not quoted:
            out.append(cur.strip())
            cur = ""
            continue
        cur += c
    return [*out, cur.strip()] if cur.strip() else out


def syntax_message(message: str, shift: int = 0) -> str:
    """An Oxigraph syntax-error ``message`` as one readable line: its column on the first line
    as the user's query counts it (``shift`` characters were put before it by
    :func:`with_prefixes`), the parser's own words when it has some ("Prefix not found",
    "SELECT * is not authorized with GROUP BY") instead of its grammar's character classes, and
    the predeclared prefixes when a prefix is unknown."""
    if shift:
        message = _ERROR_AT.sub(lambda m: f"{m.group(1)}{max(1, int(m.group(2)) - shift)}", message)
    m = _EXPECTED.fullmatch(message.strip())
    if m is None:
        return " ".join(message.split())
    at, items = m.group(1), _items(m.group(2))
    words = [i for i in items if _WORDS.fullmatch(i) and " " in i]
    if words:
        text = f"{at}: {'; '.join(words)}"
        if "Prefix not found" in words:
            text += f" (declare it with PREFIX; predeclared: {', '.join(PREDECLARED)})"
        return text
    tokens = [i for i in items if i.startswith('"') or _WORDS.fullmatch(i)]
    more = " or a name" if len(tokens) < len(items) else ""
    return f"{at}: expected {', '.join(tokens) or 'something else'}{more}"
