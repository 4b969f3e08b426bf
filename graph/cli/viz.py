"""``newsgraph viz``."""

from __future__ import annotations

import click

from graph.cli import cli
from graph.cli.network import fold_option
from graph.cli.options import window_date


@cli.command()
@click.argument("graph_file", type=click.Path())
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True,
              help="The HTML file to write.")
@click.option("--actor", metavar="NAME", help="Draw only the ego network of this actor.")
@click.option("--depth", type=click.IntRange(1), default=1, show_default=True,
              help="Steps from --actor to include.")
@click.option("--since", metavar="DATE", callback=window_date, help="Only mentions dated on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", callback=window_date, help="Only mentions dated on or before DATE (YYYY[-MM[-DD]]).")
@click.option("--max-nodes", type=click.IntRange(1), metavar="N",
              help="Keep only the N most connected entities (the page says what was left out).")
@click.option("--physics/--no-physics", default=None,
              help="Let the layout settle in the browser (default up to 300 entities) or "
                   "precompute it (default above).")
@click.option("--title", default="Newsgraph", show_default=True, help="Page title.")
@click.option("--keep-layout/--new-layout", default=True, show_default=True,
              help="Keep the entities of the page being replaced (--out) where they were.")
@fold_option
def viz(graph_file: str, out: str, actor: str | None, depth: int, since: str | None,
        until: str | None, max_nodes: int | None, physics: bool | None, title: str,
        keep_layout: bool = True, fold: bool = True) -> None:
    """Draw GRAPH_FILE as an interactive HTML page that works offline.

    Entities are coloured and shaped by type and sized by their number of neighbours; relations
    are coloured by kind, with arrows on the directed ones (visited, accused). Hovering shows
    dates, quoting sentences and sources; the legend's check boxes filter relations and entity
    types. Entities linked as probably one person are one node (the others named in its
    tooltip) unless --no-fold.
    """
    from graph.load import opened_graph
    from graph.viz import page_positions, render, save

    with opened_graph(graph_file) as ds:
        page = render(ds, title=title, actor=actor, depth=depth, since=since,
                      until=until, max_nodes=max_nodes, physics=physics,
                      layout_from=page_positions(out) if keep_layout else None, fold=fold)
    path = save(page, out)
    for note in page.notes:
        click.echo(note, err=True)
    folded = f" ({page.folded} more folded into linked people; --no-fold shows them)" if page.folded else ""
    click.echo(f"{page.nodes} entities{folded}, {page.edges} relations; wrote {path}", err=True)
