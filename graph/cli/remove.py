"""``newsgraph remove``."""

from __future__ import annotations

import click

from graph.cli import cli


@cli.command()
@click.argument("store", type=click.Path(file_okay=False))
@click.argument("ids", nargs=-1, required=True)
def remove(store: str, ids: tuple[str, ...]) -> None:
    """Remove the articles IDS from the store folder STORE, as if never built into it.

    An id is what the build gave the article: a file's name without its extension, a JSON
    line's "id", a page's URL (`newsgraph query STORE --named ...` rows show it). The events
    the articles reported are recounted, and entities no remaining article names are removed,
    one transaction per article. Ids the store does not hold are listed; the exit code is then 3.
    """
    from graph.removal import remove_articles

    report = remove_articles(store, ids)
    for ident in report.unknown:
        click.echo(f"not in the store: {ident!r}", err=True)
    click.echo(f"removed {len(report.removed)} article(s) from {store}; "
               f"{report.entities_removed} entit{'y' if report.entities_removed == 1 else 'ies'} "
               "no remaining article names went with them", err=True)
    if report.unknown:
        raise click.exceptions.Exit(3)
