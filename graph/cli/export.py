"""``newsgraph export``."""

from __future__ import annotations

import click

from graph.cli import cli


def _list_formats(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--list-formats``: print every format name, whether it keeps named graphs, and exit."""
    if not value or ctx.resilient_parsing:
        return
    from graph.export import format_names, is_quad_format

    for name in format_names():
        kind = "named graphs" if is_quad_format(name) else "union of the graphs"
        click.echo(f"{name:24} {kind}")
    ctx.exit(0)


@cli.command()
@click.argument("source", type=click.Path())
@click.option("--format", "fmt", default=None, metavar="FORMAT",
              help="An rdflib format name: turtle, json-ld, nt, trig, nquads, xml, ox-turtle, ... "
                   "(--list-formats shows all); default: told by the --out file's extension.")
@click.option("--out", "out_file", default="-", show_default=True,
              type=click.Path(dir_okay=False, allow_dash=True),
              help="The file to write; - writes to standard output.")
@click.option("--list-formats", is_flag=True, expose_value=False, is_eager=True,
              callback=_list_formats, help="List every format name and exit.")
def export(source: str, fmt: str | None, out_file: str) -> None:
    """Export SOURCE (a graph file or a store folder) to one RDF file.

    TriG, N-Quads and JSON-LD keep one named graph per article; Turtle, N-Triples and RDF/XML
    hold the union. JSON-LD is compacted with ontology/context.jsonld. Format names come from
    rdflib's plugin registry; an unknown name lists them.
    """
    from graph.export import canonical_format, format_names
    from graph.export import export as export_graph

    if fmt is None:  # told by the file's extension, as every command that reads one does
        from graph.load import rdf_format

        fmt = rdf_format(out_file) if out_file != "-" else None
        if fmt is None:
            raise click.UsageError("give --format (the format cannot be told from "
                                   + ("standard output" if out_file == "-" else repr(out_file)) + ")")

    if canonical_format(fmt) not in format_names():  # a usage error (exit 2), listing the names
        raise click.BadParameter(f"unknown format {fmt!r}; available: {', '.join(format_names())}",
                                 param_hint="'--format'")

    if out_file != "-":
        path = export_graph(source, fmt, out_file)
        click.echo(f"wrote {path} ({fmt})", err=True)
        return
    import shutil
    import sys
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="newsgraph-export-") as tmp:
        path = export_graph(source, fmt, Path(tmp) / "out")
        sys.stdout.flush()
        with path.open("rb") as handle:
            shutil.copyfileobj(handle, sys.stdout.buffer)
        sys.stdout.buffer.flush()
