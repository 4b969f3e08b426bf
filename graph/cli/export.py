"""``newsgraph export``."""

from __future__ import annotations

import click

from graph.cli import cli


@cli.command()
@click.argument("source", type=click.Path())
@click.option("--format", "fmt", required=True, metavar="FORMAT",
              help="An rdflib format name: turtle, json-ld, nt, trig, nquads, xml, ox-turtle, ... "
                   "(--list-formats shows all).")
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False),
              help="The file to write.")
def export(source: str, fmt: str, out_file: str) -> None:
    """Export SOURCE (a graph file or a store folder) to one RDF file.

    TriG, N-Quads and JSON-LD keep one named graph per article; Turtle, N-Triples and RDF/XML
    hold the union. JSON-LD is compacted with ontology/context.jsonld. Format names come from
    rdflib's plugin registry; an unknown name lists them.
    """
    from graph.export import export as export_graph

    path = export_graph(source, fmt, out_file)
    click.echo(f"wrote {path} ({fmt})", err=True)


__all__ = ["export"]
