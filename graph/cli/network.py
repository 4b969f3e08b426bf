"""``newsgraph network``."""

from __future__ import annotations

import click

from graph.cli import cli
from graph.cli._names import NETWORK_FORMATS
from graph.cli.options import window_date


@cli.command()
@click.argument("graph_file", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(NETWORK_FORMATS), default="graphml",
              show_default=True, help="GraphML (Cytoscape, Gephi, yEd) or GEXF (Gephi).")
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True,
              help="The file to write.")
@click.option("--since", metavar="DATE", callback=window_date, help="Only mentions dated on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", callback=window_date, help="Only mentions dated on or before DATE (YYYY[-MM[-DD]]).")
def network(graph_file: str, fmt: str, out: str, since: str | None, until: str | None) -> None:
    """Export the network of GRAPH_FILE for Gephi or Cytoscape.

    Nodes are entities (label, type, mentions, alternative labels, sameAs links); edges are
    relations keyed by kind (relation, directed, count/weight, first and last date, source
    articles, evidence sentences).
    """
    from graph.load import load_graph
    from graph.network import project, write_network

    net = project(load_graph(graph_file), since=since, until=until)
    path = write_network(net, out, fmt=fmt)
    click.echo(f"{net.number_of_nodes()} entities, {net.number_of_edges()} relations; wrote {path}",
               err=True)
