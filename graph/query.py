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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources

import pyoxigraph as ox
from oxrdflib.store import OxigraphStore
from pyparsing import ParseException
from rdflib import Dataset, Graph, Literal, Variable
from rdflib.query import Result
from rdflib.term import Identifier

from graph.binding import with_values
from graph.errors import QueryError
from graph.oxresult import OxigraphResult
from graph.paging import PAGE_PARAMS, TOTAL_SUFFIX, Page, is_paged, page_value, with_page
from graph.search import lookup_key
from graph.sparqltext import first_keyword, star_order, syntax_message, with_prefixes

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
    written = len(query)
    query = with_prefixes(query)
    shift = len(query) - written
    ox_store = oxigraph_of(graph)
    result: Result
    if ox_store is not None:
        text = _with_values(query, tuple(sorted(bound.items()))) if bound else query
        try:
            result = OxigraphResult(ox_store.query(text, use_default_graph_as_union=True))
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {syntax_message(str(exc), shift)}") from None
        except (ValueError, TypeError, OSError, RuntimeError) as exc:
            raise QueryError(f"SPARQL error: {exc}") from None
    else:
        result = _run_rdflib(graph, query, bound)
    if result.type == "SELECT" and (order := star_order(query, [str(v) for v in result.vars or ()])):
        if isinstance(result, OxigraphResult):
            result.order_columns(order)
        else:  # rdflib's rows are made from its bindings in the order of .vars
            result.vars = [Variable(n) for n in order]
    return result


def _run_rdflib(graph: Graph | Dataset | ox.Store, query: str, bound: dict[str, Identifier]) -> Result:
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


def run_update(graph: Graph | Dataset, update: str) -> None:
    """Run a SPARQL update (only where the caller asked for writes).

    Raises:
        QueryError: the update does not parse or fails.
    """
    apply_update(graph.update, update,
                 failures=(ValueError, TypeError, KeyError, OSError, RuntimeError, NotImplementedError))


def apply_update(run: Callable[[str], object], update: str, *,
                 failures: tuple[type[Exception], ...]) -> None:
    """Run the SPARQL update text ``update`` through ``run`` (rdflib's ``Graph.update`` or
    pyoxigraph's ``Store.update``) with the project's prefixes predeclared
    (:func:`graph.sparqltext.with_prefixes`), as :func:`run_update` and
    :func:`graph.store.update_store` do.

    Raises:
        QueryError: the update does not parse (rdflib's ``ParseException``; pyoxigraph's
            ``SyntaxError``, whose position is given in the caller's text, not the prefixed
            one), or ``run`` raised one of ``failures``.
    """
    text = with_prefixes(update)
    try:
        run(text)
    except ParseException as exc:
        raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}") from None
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {syntax_message(str(exc), len(text) - len(update))}") from None
    except failures as exc:
        raise QueryError(f"SPARQL update failed: {exc}") from None


def looks_like_update(query: str) -> bool:
    """Whether ``query`` is a SPARQL update rather than a query (after its prologue, which may
    share a line with it)."""
    return first_keyword(query) in _UPDATE_KEYWORDS


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
    names = data.get("head", {}).get("vars", [])
    return [{k: b[k]["value"] for k in names if k in b} for b in data["results"]["bindings"]]


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
        ``?<name>Key``, each value folded, see :func:`graph.search.lookup_key`, bound there);
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
                out[f"{k}Key"] = Literal(lookup_key(v))  # "Sir Keir" is looked up as "keir"
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
