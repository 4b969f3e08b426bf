"""``newsgraph query``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.cli import cli
from graph.load import load_graph
from graph.query import OUTPUT_FORMATS, format_result, run_query


def read_query_text(query: str) -> str:
    """The query itself, the contents of a ``.rq``/``.sparql`` file, or stdin for ``-``."""
    if query == "-":
        return sys.stdin.read()
    candidate = Path(query)
    if len(query) < 4096 and "\n" not in query and candidate.suffix in (".rq", ".sparql") :
        if not candidate.is_file():
            raise click.UsageError(f"no such query file: {query}")
        return candidate.read_text(encoding="utf-8")
    return query


@cli.command()
@click.argument("graph_file", type=click.Path())
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True,
              help="Output: a readable table, CSV, or SPARQL 1.1 JSON results.")
def query(graph_file: str, query: str, fmt: str) -> None:
    """Run a SPARQL QUERY over GRAPH_FILE and print the result.

    QUERY is the query text, a .rq/.sparql file, or - to read it from stdin.
    """
    graph = load_graph(graph_file)
    result = run_query(graph, read_query_text(query))
    click.echo(format_result(result, fmt), nl=False)
