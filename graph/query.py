"""Running SPARQL queries and rendering their results; the library of named analyst queries.

Named queries are ``graph/queries/<name>.rq`` files. Their header comments declare them::

    # title: Visits of an actor over time
    # param: actor  Part of the actor's name, matched case-insensitively

Parameter values are BOUND to the query's variables as RDF terms, never pasted into the query
text, so a value cannot change the query: rdflib's own engine takes them as ``initBindings``; for
Oxigraph they become an inline ``VALUES`` block at the top of the query's WHERE group, each value
written by rdflib's term serialiser (escaped) and checked (:func:`with_values`). Oxigraph's own
``substitutions`` would do too, but it applies them after planning: the actor filters of the
named queries then ran 200x slower on a 100,000-triple store.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from oxrdflib.store import OxigraphStore
from pyparsing import ParseException
from rdflib import Dataset, Graph, Literal
from rdflib.query import Result
from rdflib.term import Identifier

from graph.binding import with_values
from graph.errors import QueryError

OUTPUT_FORMATS = ("table", "csv", "tsv", "json")

_UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
_PARAM_LINE = re.compile(r"^#\s*param:\s*(\w+)\s*(.*)$")
_TITLE_LINE = re.compile(r"^#\s*title:\s*(.+)$")


def run_query(
    graph: Graph | Dataset,
    query: str,
    *,
    bindings: Mapping[str, Identifier] | None = None,
) -> Result:
    """Run a read-only SPARQL query, with ``bindings`` (variable name → RDF term) bound.

    Raises:
        QueryError: the query does not parse, fails, or is an update.
    """
    if looks_like_update(query):
        raise QueryError("this is a SPARQL update; queries are read-only unless --update is given")
    bound = dict(bindings or {})
    if bound and isinstance(graph.store, OxigraphStore):
        query, bound = with_values(query, bound), {}
    try:
        return graph.query(query, initBindings=bound)
    except ParseException as exc:
        raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}") from None
    except SyntaxError as exc:  # Oxigraph's parser
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except (ValueError, TypeError, KeyError, OSError) as exc:
        raise QueryError(f"SPARQL error: {exc}") from None


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
    data = json.loads(result.serialize(format="json") or b"{}")
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# ---------------------------------------------------------------- named queries


@dataclass(frozen=True)
class NamedQuery:
    """One shipped analyst query."""

    name: str
    title: str
    text: str
    params: dict[str, str]  # name -> description

    def bindings(self, values: Mapping[str, str]) -> dict[str, Identifier]:
        """``values`` as literals bound to the query's parameters.

        Raises:
            QueryError: a parameter is missing or unknown.
        """
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            raise QueryError(
                f"query {self.name!r} has no parameter {', '.join(unknown)}; "
                f"its parameters: {', '.join(self.params) or '(none)'}"
            )
        missing = [p for p in self.params if p not in values]
        if missing:
            raise QueryError(
                f"query {self.name!r} needs --param " + ", ".join(f"{p}=..." for p in missing)
            )
        return {k: Literal(v) for k, v in values.items()}


def _parse_named(name: str, text: str) -> NamedQuery:
    title, params = name, {}
    for line in text.splitlines():
        if m := _TITLE_LINE.match(line.strip()):
            title = m.group(1).strip()
        elif m := _PARAM_LINE.match(line.strip()):
            params[m.group(1)] = m.group(2).strip()
    return NamedQuery(name=name, title=title, text=text, params=params)


def named_queries() -> dict[str, NamedQuery]:
    """Every shipped named query, by name (the ``.rq`` file name without extension)."""
    folder = resources.files("graph") / "queries"
    out: dict[str, NamedQuery] = {}
    for item in sorted(folder.iterdir(), key=lambda x: x.name):
        if item.name.endswith(".rq"):
            name = item.name[:-3]
            out[name] = _parse_named(name, item.read_text(encoding="utf-8"))
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


def run_named(graph: Graph | Dataset, name: str, params: Mapping[str, str] | None = None) -> Result:
    """Run the shipped query ``name`` with ``params`` bound.

    Raises:
        QueryError: unknown query, missing or unknown parameter, or the query fails.
    """
    q = named_query(name)
    return run_query(graph, q.text, bindings=q.bindings(params or {}))
