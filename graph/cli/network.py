"""``newsgraph network``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from graph.cli import cli
from graph.cli._names import NETWORK_FORMATS
from graph.cli.options import window_date


def fold_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--fold/--no-fold`` (shared by ``network``, ``analyze`` and ``viz``)."""
    return click.option(
        "--fold/--no-fold", default=True, show_default=True,
        help="One node per person: entities linked as probably one (skos:closeMatch: 'Trump', "
             "'Donald Trump') are folded into the fullest name, the others listed as variants. "
             "--no-fold shows every entity IRI apart.")(func)


@cli.command()
@click.argument("graph_file", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(NETWORK_FORMATS), default="graphml",
              show_default=True, help="GraphML (Cytoscape, Gephi, yEd) or GEXF (Gephi).")
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True,
              help="The file to write.")
@click.option("--since", metavar="DATE", callback=window_date, help="Only mentions dated on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", callback=window_date, help="Only mentions dated on or before DATE (YYYY[-MM[-DD]]).")
@fold_option
def network(graph_file: str, fmt: str, out: str, since: str | None, until: str | None, fold: bool = True) -> None:
    """Export the network of GRAPH_FILE for Gephi or Cytoscape.

    Nodes are entities (label, type, mentions, alternative labels, sameAs links); edges are
    relations keyed by kind (relation, directed, count/weight, first and last date, source
    articles, evidence sentences). Entities linked as probably one person are one node (its
    variants and folded IRIs in the node's ``variants`` and ``members``) unless --no-fold.
    """
    from graph.load import opened_graph
    from graph.network import project
    from graph.networkfiles import write_network

    with opened_graph(graph_file) as ds:
        net = project(ds, since=since, until=until, fold=fold)
    path = write_network(net, out, fmt=fmt)
    from graph.analyze import folded_entities

    folded = folded_entities(net)
    note = f" ({folded} more folded into linked people; --no-fold shows them)" if folded else ""
    click.echo(f"{net.number_of_nodes()} entities{note}, {net.number_of_edges()} relations; wrote {path}",
               err=True)
