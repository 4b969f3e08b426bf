"""Running SPARQL queries and rendering their results."""

from __future__ import annotations

import csv
import io
import json

from pyparsing import ParseException
from rdflib import Dataset, Graph
from rdflib.query import Result

from graph.errors import QueryError

OUTPUT_FORMATS = ("table", "csv", "json")


def run_query(graph: Graph | Dataset, query: str) -> Result:
    """Run a read-only SPARQL query.

    Raises:
        QueryError: the query does not parse, or is an update.
    """
    if _looks_like_update(query):
        raise QueryError("this is a SPARQL update; queries are read-only here")
    try:
        return graph.query(query)
    except ParseException as exc:
        raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}") from None
    except (ValueError, TypeError, KeyError) as exc:
        raise QueryError(f"SPARQL error: {exc}") from None


def _looks_like_update(query: str) -> bool:
    body = " ".join(
        line for line in query.splitlines() if not line.strip().upper().startswith(("PREFIX", "BASE", "#"))
    ).strip().upper()
    return body.startswith(("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"))


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def format_result(result: Result, fmt: str) -> str:
    """Render a result as ``table``, ``csv`` or ``json`` (SPARQL 1.1 JSON results).

    Raises:
        QueryError: an unknown format.
    """
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    names = [str(v) for v in (result.vars or [])]
    rows = [[_cell(row[i]) for i in range(len(names))] for row in result]  # type: ignore[index]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buf.getvalue()
    if fmt == "table":
        return _table(names, rows)
    raise QueryError(f"unknown output format {fmt!r}; available: {', '.join(OUTPUT_FORMATS)}")


def _table(names: list[str], rows: list[list[str]]) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*names, show_lines=False)
    for row in rows:
        table.add_row(*row)
    console = Console(file=io.StringIO(), width=160, color_system=None)
    console.print(table)
    console.print(f"{len(rows)} row(s)")
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return str(out)


def rows_as_dicts(result: Result) -> list[dict[str, str]]:
    """A SELECT result as plain dictionaries of strings."""
    data = json.loads(result.serialize(format="json"))
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
