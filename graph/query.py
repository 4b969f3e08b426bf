"""Running SPARQL queries and rendering their results; the library of named analyst queries.

Named queries are ``graph/queries/<name>.rq`` files. Their header comments declare them::

    # title: Visits of an actor over time
    # param: actor  Part of the actor's name, matched case-insensitively
    # param: limit=100  An optional parameter, with its default

Parameter values are BOUND to the query's variables as RDF terms, never pasted into the query
text, so a value cannot change the query: rdflib's own engine takes them as ``initBindings``; for
Oxigraph they become an inline ``VALUES`` block at the top of the query's WHERE group, each value
written by rdflib's term serialiser (escaped) and checked (:func:`with_values`). Oxigraph's own
``substitutions`` would do too, but it applies them after planning: the actor filters of the
named queries then ran 200x slower on a 100,000-triple store. A query that uses ``?<param>Key``
gets the parameter's folded form (:func:`graph.search.fold`) bound there too, to look it up in
the entities' ``ng:searchKey`` index. A query declaring ``limit`` and ``offset`` pages its
rows: those two are checked to be whole numbers and written into its ``LIMIT``/``OFFSET``, as
SPARQL takes no variable there (:mod:`graph.paging`, which also counts all the rows).

A query on Oxigraph (a store, or an rdflib dataset over one) runs on pyoxigraph directly: its
result is an :class:`OxigraphResult`, an rdflib :class:`~rdflib.query.Result` whose rows convert
a cell to an rdflib term only when it is read, once (``xsd:string`` literals become the simple
literals rdflib's parsers make of them, so rows compare equal whatever the engine).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import pyoxigraph as ox
from oxrdflib.store import OxigraphStore
from pyparsing import ParseException
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier

from graph.binding import with_values
from graph.errors import QueryError
from graph.paging import PAGE_PARAMS, TOTAL_SUFFIX, Page, is_paged, page_value, with_page
from graph.search import fold

OUTPUT_FORMATS = ("table", "csv", "tsv", "json")

_UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
_PARAM_LINE = re.compile(r"^#\s*param:\s*(\w+)(?:=(\S*))?\s*(.*)$")
_ORDER_LINE = re.compile(r"^#\s*order:\s*(.+)$")
_TITLE_LINE = re.compile(r"^#\s*title:\s*(.+)$")


def run_query(
    graph: Graph | Dataset | ox.Store,
    query: str,
    *,
    bindings: Mapping[str, Identifier] | None = None,
) -> Result:
    """Run a read-only SPARQL query, with ``bindings`` (variable name → RDF term) bound.

    ``graph``: an rdflib graph or dataset (an rdflib dataset over Oxigraph, such as
    :func:`graph.store.open_store` gives, and a :class:`pyoxigraph.Store` run on pyoxigraph
    directly, the default graph being the union of all graphs).

    Raises:
        QueryError: the query does not parse, fails, or is an update.
    """
    if looks_like_update(query):
        raise QueryError("this is a SPARQL update; queries are read-only unless --update is given")
    bound = dict(bindings or {})
    ox_store = oxigraph_of(graph)
    if ox_store is not None:
        text = _with_values(query, tuple(sorted(bound.items()))) if bound else query
        try:
            return OxigraphResult(ox_store.query(text, use_default_graph_as_union=True))
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (ValueError, TypeError, OSError, RuntimeError) as exc:
            raise QueryError(f"SPARQL error: {exc}") from None
    assert not isinstance(graph, ox.Store)
    try:
        return graph.query(query, initBindings=bound)
    except ParseException as exc:
        raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}") from None
    except SyntaxError as exc:  # Oxigraph's parser
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except (ValueError, TypeError, KeyError, OSError) as exc:
        raise QueryError(f"SPARQL error: {exc}") from None


@functools.lru_cache(maxsize=256)
def _with_values(query: str, bound: tuple[tuple[str, Identifier], ...]) -> str:
    """:func:`graph.binding.with_values`, memoised (a named query is bound again and again)."""
    return with_values(query, dict(bound))


def oxigraph_of(graph: Graph | Dataset | ox.Store) -> ox.Store | None:
    """The Oxigraph store to run queries on directly: ``graph`` itself, or the store under an
    rdflib dataset whose default graph is the union (oxrdflib); ``None`` for anything else."""
    if isinstance(graph, ox.Store):
        return graph
    if isinstance(graph, Dataset) and graph.default_union and isinstance(graph.store, OxigraphStore):
        return graph.store._inner
    return None


_XSD_STRING = str(XSD.string)


class _Terms:
    """Converts Oxigraph terms to rdflib terms, each distinct term once."""

    def __init__(self) -> None:
        self.seen: dict[object, Identifier] = {}

    def __call__(self, term: Any) -> Any:
        if term is None:
            return None
        try:
            return self.seen[term]
        except KeyError:
            pass
        out: Any
        if isinstance(term, ox.NamedNode):
            out = URIRef(term.value)
        elif isinstance(term, ox.Literal):
            if term.language:
                out = Literal(term.value, lang=term.language)
            elif term.datatype.value == _XSD_STRING:
                out = Literal(term.value)
            else:
                out = Literal(term.value, datatype=URIRef(term.datatype.value))
        elif isinstance(term, ox.BlankNode):
            out = BNode(term.value)
        elif isinstance(term, ox.Triple):
            out = (self(term.subject), self(term.predicate), self(term.object))
        else:  # pragma: no cover - Oxigraph has no other kind of term
            raise QueryError(f"unexpected term in a query result: {term!r}")
        self.seen[term] = out
        return out


class OxigraphRow(Sequence[Any]):
    """One solution: indexable by position, variable name or :class:`rdflib.Variable`, and
    by attribute, like rdflib's ``ResultRow``; cells are converted when first read."""

    __slots__ = ("_index", "_solution", "_terms")

    def __init__(self, solution: ox.QuerySolution, index: dict[str, int], terms: _Terms) -> None:
        self._solution = solution
        self._index = index
        self._terms = terms

    def __len__(self) -> int:
        return len(self._index)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            return tuple(self)[key]
        if not isinstance(key, int):
            key = self._index[str(key)]
        elif key < 0:
            key += len(self._index)
        if not 0 <= key < len(self._index):
            raise IndexError(key)
        return self._terms(self._solution[key])

    def __iter__(self) -> Iterator[Any]:
        terms, solution = self._terms, self._solution
        return (terms(solution[i]) for i in range(len(self._index)))

    def __getattr__(self, name: str) -> Any:
        try:
            return self[self._index[name]]
        except KeyError:
            raise AttributeError(name) from None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (tuple, OxigraphRow)) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"OxigraphRow({tuple(self)!r})"

    def asdict(self) -> dict[str, Identifier]:
        """The bound cells by variable name (unbound ones left out)."""
        return {name: v for name, i in self._index.items() if (v := self[i]) is not None}


class OxigraphResult(Result):
    """A pyoxigraph result as an rdflib :class:`~rdflib.query.Result`: rows are read from
    Oxigraph once, as they are iterated, and keep Oxigraph's terms until a cell is read."""

    def __init__(self, result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> None:
        self._terms = _Terms()
        self._solutions: ox.QuerySolutions | None = None
        self._read: list[ox.QuerySolution] = []
        if isinstance(result, ox.QueryBoolean):
            super().__init__("ASK")
            self.askAnswer = bool(result)
        elif isinstance(result, ox.QueryTriples):
            super().__init__("CONSTRUCT")
            g = Graph()
            g.addN((*self._terms(t), g) for t in result)  # type: ignore[misc]
            self.graph = g
        else:
            super().__init__("SELECT")
            self.vars = [Variable(v.value) for v in result.variables]
            self._index = {str(v): i for i, v in enumerate(self.vars)}
            self._solutions = result

    def _rows(self) -> Iterator[ox.QuerySolution]:
        yield from self._read
        if self._solutions is not None:
            solutions, self._solutions = self._solutions, None
            for solution in solutions:
                self._read.append(solution)
                yield solution

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        if self.type != "SELECT":
            yield from super().__iter__()
            return
        index, terms = self._index, self._terms
        for solution in self._rows():
            yield OxigraphRow(solution, index, terms)

    def __len__(self) -> int:
        if self.type != "SELECT":
            return super().__len__()
        return sum(1 for _ in self._rows())

    def __bool__(self) -> bool:
        return bool(self.askAnswer) if self.type == "ASK" else len(self) > 0

    @property  # type: ignore[override]
    def bindings(self) -> list[dict[Variable, Identifier]]:
        """Every solution as ``{Variable: term}`` (unbound variables left out)."""
        if self.type != "SELECT":
            return []
        return [{Variable(k): v for k, v in row.asdict().items()} for row in self]

    @bindings.setter
    def bindings(self, value: Any) -> None:  # rdflib's constructor resets it
        pass

    def plain_rows(self) -> list[dict[str, str]]:
        """Every solution as ``{name: lexical value}`` without making rdflib terms."""
        names = list(self._index.items())
        out = []
        for solution in self._rows():
            row = {}
            for name, i in names:
                v = solution[i]
                if v is not None:
                    row[name] = v.value
            out.append(row)
        return out


def run_update(graph: Graph | Dataset, update: str) -> None:
    """Run a SPARQL update (only where the caller asked for writes).

    Raises:
        QueryError: the update does not parse or fails.
    """
    try:
        graph.update(update)
    except ParseException as exc:
        raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}") from None
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except (ValueError, TypeError, KeyError, OSError, RuntimeError, NotImplementedError) as exc:
        raise QueryError(f"SPARQL update failed: {exc}") from None


def looks_like_update(query: str) -> bool:
    """Whether ``query`` is a SPARQL update rather than a query (after its prologue)."""
    body = " ".join(
        line for line in query.splitlines()
        if not line.strip().upper().startswith(("PREFIX", "BASE", "#"))
    ).strip().upper()
    return body.startswith(_UPDATE_KEYWORDS)


_looks_like_update = looks_like_update  # the walking skeleton's name


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def format_result(result: Result, fmt: str) -> str:
    """Render a result as ``table``, ``csv``, ``tsv`` (SPARQL 1.1 TSV: terms in N-Triples
    syntax) or ``json`` (SPARQL 1.1 JSON results). CONSTRUCT/DESCRIBE give Turtle.

    Raises:
        QueryError: an unknown format.
    """
    if fmt not in OUTPUT_FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; available: {', '.join(OUTPUT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        from graph.rdf import PREFIXES  # the project's prefixes, not ns1: (a new user's finding)

        for prefix, ns in PREFIXES.items():
            result.graph.bind(prefix, ns, replace=True)
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        return (result.serialize(format="json") or b"").decode("utf-8")
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    names = [str(v) for v in (result.vars or [])]
    if fmt == "tsv":
        lines = ["\t".join(f"?{n}" for n in names)]
        for row in result:
            lines.append("\t".join("" if t is None else t.n3() for t in row))  # type: ignore[union-attr]
        return "\n".join(lines) + "\n"
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]  # type: ignore[index]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buf.getvalue()
    return _table(names, rows)


def _table(names: list[str], rows: list[list[str]]) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*names, show_lines=False)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # cells are data, never rich markup
    console = Console(file=io.StringIO(), width=160, color_system=None)
    console.print(table)
    console.print(f"{len(rows)} row(s)")
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return str(out)


def rows_as_dicts(result: Result) -> list[dict[str, str]]:
    """A SELECT result as plain dictionaries of strings."""
    if isinstance(result, OxigraphResult) and result.type == "SELECT":
        return result.plain_rows()
    data = json.loads(result.serialize(format="json") or b"{}")
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# ---------------------------------------------------------------- named queries


@dataclass(frozen=True)
class NamedQuery:
    """One shipped analyst query.

    ``params``: name → description; ``defaults``: the values of the optional ones
    (``# param: limit=100 ...``); ``total``: the text of its ``<name>.total.rq``, which counts
    the rows of every page of a paged query (:mod:`graph.paging`); ``order``: its rows' order in
    words (``# order: ...``)."""

    name: str
    title: str
    text: str
    params: dict[str, str]  # name -> description
    defaults: dict[str, str] = field(default_factory=dict)
    total: str | None = None
    order: str = ""

    @property
    def paged(self) -> bool:
        """Whether the query pages its rows (``limit`` and ``offset``, see :mod:`graph.paging`)."""
        return all(p in self.params for p in PAGE_PARAMS) and is_paged(self.text)

    def _values(self, values: Mapping[str, str]) -> dict[str, str]:
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            raise QueryError(
                f"query {self.name!r} has no parameter {', '.join(unknown)}; "
                f"its parameters: {', '.join(self.params) or '(none)'}"
            )
        missing = [p for p in self.params if p not in values and p not in self.defaults]
        if missing:
            raise QueryError(
                f"query {self.name!r} needs --param " + ", ".join(f"{p}=..." for p in missing)
            )
        return {**self.defaults, **values}

    def page(self, values: Mapping[str, str]) -> Page | None:
        """The page ``values`` ask for (defaults filled in), ``None`` for a query without pages.

        Raises:
            QueryError: a parameter is missing or unknown, or ``limit``/``offset`` is not a
                whole number >= 0.
        """
        if not self.paged:
            return None
        full = self._values(values)
        limit, offset = (page_value(p, full[p]) for p in PAGE_PARAMS)
        return Page(limit=limit, offset=offset)

    def text_for(self, values: Mapping[str, str]) -> str:
        """The query text to run for ``values``: the page written in (checked integers, see
        :func:`graph.paging.with_page`); the other parameters stay variables, to be bound.

        Raises:
            QueryError: as :meth:`page`.
        """
        page = self.page(values)
        return self.text if page is None else with_page(self.text, page)

    def bindings(self, values: Mapping[str, str]) -> dict[str, Identifier]:
        """``values`` as literals bound to the query's parameters (and, for a query that uses
        ``?<name>Key``, each value folded, see :func:`graph.search.fold`, bound there);
        parameters not given take their defaults. A paged query's ``limit`` and ``offset`` are
        checked, not bound (SPARQL's ``LIMIT`` takes no variable): see :meth:`text_for`.

        Raises:
            QueryError: a parameter is missing or unknown, or a page value is not a whole
                number >= 0.
        """
        full = self._values(values)
        if self.paged:
            self.page(full)  # checked now: a bad value is refused before anything runs
            full = {k: v for k, v in full.items() if k not in PAGE_PARAMS}
        out: dict[str, Identifier] = {k: Literal(v) for k, v in full.items()}
        for k, v in full.items():
            if f"?{k}Key" in self.text or f"${k}Key" in self.text:
                out[f"{k}Key"] = Literal(fold(v))
        return out


def _parse_named(name: str, text: str, total: str | None = None) -> NamedQuery:
    title, order = name, ""
    params: dict[str, str] = {}
    defaults: dict[str, str] = {}
    for line in text.splitlines():
        if m := _TITLE_LINE.match(line.strip()):
            title = m.group(1).strip()
        elif m := _ORDER_LINE.match(line.strip()):
            order = m.group(1).strip()
        elif m := _PARAM_LINE.match(line.strip()):
            params[m.group(1)] = m.group(3).strip()
            if m.group(2) is not None:
                defaults[m.group(1)] = m.group(2)
    return NamedQuery(name=name, title=title, text=text, params=params, defaults=defaults,
                      total=total, order=order)


def named_queries() -> dict[str, NamedQuery]:
    """Every shipped named query, by name (the ``.rq`` file name without extension)."""
    return dict(_shipped())


@functools.lru_cache(maxsize=1)
def _shipped() -> dict[str, NamedQuery]:
    """The shipped queries, read once per process."""
    folder = resources.files("graph") / "queries"
    texts = {item.name: item.read_text(encoding="utf-8") for item in folder.iterdir()
             if item.name.endswith(".rq")}
    out: dict[str, NamedQuery] = {}
    for file, text in sorted(texts.items()):
        if not file.endswith(TOTAL_SUFFIX):  # <name>.total.rq counts <name>'s rows
            name = file[:-3]
            out[name] = _parse_named(name, text, texts.get(name + TOTAL_SUFFIX))
    return out


def named_query(name: str) -> NamedQuery:
    """The shipped query ``name``.

    Raises:
        QueryError: no such query (the message lists the available ones).
    """
    queries = named_queries()
    try:
        return queries[name]
    except KeyError:
        raise QueryError(
            f"unknown named query {name!r}; available: {', '.join(queries) or '(none)'}"
        ) from None


def run_named(graph: Graph | Dataset | ox.Store, name: str,
              params: Mapping[str, str] | None = None) -> Result:
    """Run the shipped query ``name`` with ``params`` bound (a paged query: the page they ask
    for, by default its first page, see :mod:`graph.paging`).

    Raises:
        QueryError: unknown query, missing or unknown parameter, a page value that is not a
            whole number >= 0, or the query fails.
    """
    q = named_query(name)
    values = params or {}
    return run_query(graph, q.text_for(values), bindings=q.bindings(values))
