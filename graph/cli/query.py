"""``newsgraph query``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.cli import cli
from graph.cli._names import QUERY_FORMATS
from graph.errors import QueryError
from graph.terminal import printable


def read_query_text(query: str) -> str:
    """The query itself, the contents of a ``.rq``/``.sparql`` file, or stdin for ``-``."""
    if query == "-":
        return sys.stdin.read()
    candidate = Path(query)
    if len(query) < 4096 and "\n" not in query and candidate.suffix in (".rq", ".sparql"):
        if not candidate.is_file():
            raise click.UsageError(f"no such query file: {query}")
        return candidate.read_text(encoding="utf-8")
    return query


def _params(items: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.UsageError(f"--param takes NAME=VALUE, not {item!r}")
        if name.strip() in out and out[name.strip()] != value:  # not silently the last one
            raise click.UsageError(f"--param {name.strip()} given twice ({out[name.strip()]!r} "
                                   f"and {value!r})")
        out[name.strip()] = value
    return out


@cli.command()
@click.argument("source", required=False, type=click.Path())
@click.argument("query", required=False)
@click.option("--named", "name", default=None, metavar="NAME",
              help="Run a shipped analyst query instead of QUERY (--list shows them).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the --named query (repeatable); bound, never pasted in "
                   "(a page's limit and offset: checked whole numbers).")
@click.option("--list", "list_named", is_flag=True, help="List the named queries and exit.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True,
              help="Output: a readable table, CSV, TSV or SPARQL 1.1 JSON results.")
@click.option("--update", "allow_update", is_flag=True,
              help="Allow a SPARQL update (INSERT/DELETE...); SOURCE must be a store folder.")
def query(source: str | None, query: str | None, name: str | None, params: tuple[str, ...],
          list_named: bool, fmt: str, allow_update: bool) -> None:
    """Run a SPARQL QUERY over SOURCE (a graph file or a store folder) and print the result.

    QUERY is the query text, a .rq/.sparql file, or - to read it from stdin. Or run a shipped
    analyst query: --named visits-of-actor --param actor=Naryshkin. Read-only unless --update.

    The dossier is a page, newest first: the 100 newest events by default, --param limit=0 for
    all, --param offset=100 for the next page; stderr says when a page is not every event.
    """
    from graph.query import named_queries

    if list_named:
        for q in named_queries().values():
            params_text = " ".join(f"[--param {p}={q.defaults[p]}]" if p in q.defaults
                                   else f"--param {p}=..." for p in q.params)
            click.echo(f"{q.name:32} {q.title}" + (f"  ({params_text})" if params_text else ""))
        return
    if source is None:
        raise click.UsageError("missing SOURCE (a graph file or a store folder)")
    from graph.query import format_result, looks_like_update, named_query, run_query

    if name is not None:
        if query is not None:
            raise click.UsageError("give either QUERY or --named, not both")
        try:
            nq = named_query(name)
        except QueryError as exc:  # an unknown --named NAME is a usage error (exit 2)
            raise click.UsageError(str(exc)) from None
        values = _params(params)
        try:
            bindings = nq.bindings(values)
        except QueryError as exc:  # a missing, unknown or ill-formed --param: usage error (exit 2)
            raise click.UsageError(str(exc)) from None
        text = nq.text
    else:
        if query is None:
            raise click.UsageError("missing QUERY (or use --named NAME)")
        if params:
            raise click.UsageError("--param only goes with --named")
        text, bindings, values = read_query_text(query), {}, {}
    if looks_like_update(text):
        if not allow_update:
            raise QueryError("this is a SPARQL update; queries are read-only unless --update is given")
        if not Path(source).is_dir():
            raise QueryError(f"{source}: updates need a store folder (build one with --store), not a file")
        from graph.store import update_store

        update_store(source, text)
        click.echo("update applied", err=True)
        return
    from graph.load import load_oxigraph

    graph = load_oxigraph(source)  # files too: one engine whatever the source, and fast
    if name is not None:
        from graph.paging import run_named_page

        named = run_named_page(graph, name, values)
        result, note = named.result, named.info.note() if named.info else None
    else:
        result, note = run_query(graph, text, bindings=bindings), None
    text = format_result(result, fmt)
    if fmt == "table" or (fmt in ("csv", "tsv") and sys.stdout.isatty()):
        text = printable(text)  # no escape sequence from the data reaches a terminal
    click.echo(text, nl=False)
    if note:  # a page that is not every row: said on stderr, the output stays data
        click.echo(note, err=True)
    if result.type == "SELECT" and not len(result) and next(
            iter(graph.quads_for_pattern(None, None, None, None)), None) is None:
        click.echo(f"note: {source} holds no triples", err=True)  # not "no match": nothing there
    elif result.type == "SELECT" and not len(result) and "actorKey" in bindings:
        from graph.namespaces import NG

        known = run_query(graph, f"ASK {{ ?x <{NG.searchKey}> ?actorKey }}",
                          bindings={"actorKey": bindings["actorKey"]})
        if not known.askAnswer:  # not "no event": no such actor at all
            click.echo(f"note: no entity is named {values.get('actor', '')!r} (whole words of a "
                       "name, accents and case folded)", err=True)
    if result.type in ("CONSTRUCT", "DESCRIBE") and fmt != "table":
        click.echo(f"note: a {result.type} gives a graph, printed as Turtle (--format {fmt} is "
                   "for SELECT and ASK results)", err=True)
