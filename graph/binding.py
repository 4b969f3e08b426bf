"""Binding parameters into a SPARQL query as inline ``VALUES`` blocks, for engines whose own
pre-binding is slow (Oxigraph's ``substitutions`` are applied after planning).

Pre-binding a variable means every use of it sees the value, also inside nested groups, which a
single ``VALUES`` at the top of the WHERE clause would not give (a nested group is evaluated
before it is joined). :func:`with_values` therefore opens the WHERE group, and every nested
group that uses a bound variable, with a ``VALUES`` block for it. Values are RDF terms written by
rdflib's serialiser and checked to be exactly one term: a value can never become query text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from graph.errors import QueryError

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_STRING = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # """long"""
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"  # '''long'''
    r'|"(?:[^"\\\n]|\\.)*"'  # "short"
    r"|'(?:[^'\\\n]|\\.)*'",  # 'short'
    re.DOTALL,
)
_WORD = re.compile(r"[?$]?[A-Za-z_][\w-]*")
_LANG = re.compile(r"@[A-Za-z]+(-[A-Za-z0-9]+)*")
_NAME = re.compile(r"[A-Za-z_]\w*")


def query_tokens(query: str) -> Iterator[tuple[str, int]]:
    """``(token, offset)`` for braces, keywords and variables, skipping comments, strings and
    IRIs (a ``<`` that does not open an IRI is the less-than operator)."""
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            j = query.find("\n", i)
            i = n if j < 0 else j
        elif c in "\"'":
            m = _STRING.match(query, i)
            i = m.end() if m else i + 1
        elif c == "<" and (m := _IRI.match(query, i)):
            i = m.end()
        elif c.isalpha() or c in "?$_":
            m = _WORD.match(query, i)
            if m is None:  # a lone ? or $
                i += 1
                continue
            yield m.group(), i
            i = m.end()
        else:
            if c in "{}":
                yield c, i
            i += 1


def where_brace(query: str) -> int:
    """The offset of the ``{`` that opens ``query``'s WHERE group (after a CONSTRUCT template).

    Raises:
        QueryError: the query has no WHERE group.
    """
    depth, first, after_where = 0, None, False
    for tok, at in query_tokens(query):
        if tok == "{":
            if depth == 0:
                if after_where:
                    return at
                first = at if first is None else first
            depth += 1
        elif tok == "}":
            depth -= 1
        elif depth == 0 and tok.upper() == "WHERE":
            after_where = True
    if first is None:
        raise QueryError("the query has no WHERE { ... } group to bind parameters in")
    return first


@dataclass
class _Group:
    after: int  # offset just after its "{"
    data: bool  # a VALUES data block, not a group
    subselect: bool = False
    fresh: bool = True  # no token seen in it yet
    uses: set[str] = field(default_factory=set)


def _term(name: str, value: Identifier) -> str:
    if not _NAME.fullmatch(name):
        raise QueryError(f"not a variable name: {name!r}")
    if isinstance(value, URIRef):
        text = f"<{value}>"
        if _IRI.fullmatch(text):
            return text
        raise QueryError(f"not a valid IRI for ?{name}: {str(value)!r}")
    if isinstance(value, Literal):
        text = value.n3()
        m = _STRING.match(text)
        rest = text[m.end():] if m else None
        if rest is not None and (rest == "" or _LANG.fullmatch(rest)
                                 or (rest.startswith("^^") and _IRI.fullmatch(rest[2:]))):
            return text
        raise QueryError(f"cannot bind ?{name} to {value!r}")
    raise QueryError(f"?{name}: only IRIs and literals can be bound, not {value!r}")


def with_values(query: str, bindings: Mapping[str, Identifier]) -> str:
    """``query`` with ``bindings`` (variable name → IRI or literal) pre-bound through inline
    ``VALUES`` blocks: one opening the WHERE group (all variables), one opening each nested
    group that uses some of them (those). Subqueries are entered, not opened.

    Raises:
        QueryError: a name is not a variable name, a value is not an IRI or a literal, an IRI
            holds characters IRIs cannot hold, or the query has no WHERE group.
    """
    terms = {name: _term(name, value) for name, value in bindings.items()}
    if not terms:
        return query
    start = where_brace(query)
    inserts: list[tuple[int, list[str]]] = [(start + 1, list(terms))]
    stack: list[_Group] = []
    values_pending = False
    for tok, at in query_tokens(query):
        if at < start:
            continue
        if tok == "{":
            if stack:
                stack[-1].fresh = False
            stack.append(_Group(after=at + 1, data=values_pending))
            values_pending = False
            continue
        if tok == "}":
            group = stack.pop()
            used = [name for name in terms if name in group.uses]
            if stack and not group.data and not group.subselect and used:
                inserts.append((group.after, used))
            if not stack:
                break
            continue
        top = stack[-1]
        if top.fresh and tok.upper() == "SELECT":
            top.subselect = True
        top.fresh = False
        if tok.upper() == "VALUES":
            values_pending = True
        elif tok[0] in "?$":
            top.uses.add(tok[1:])
    for offset, names in sorted(inserts, reverse=True):
        block = (f" VALUES ({' '.join('?' + n for n in names)}) "
                 f"{{ ({' '.join(terms[n] for n in names)}) }}\n")
        query = query[:offset] + block + query[offset:]
    return query
