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
    one transaction per article. "-" reads the ids from standard input, one per line. Ids the
    store does not hold are listed; the exit code is then 3.
    """
    from pathlib import PurePath

    from graph.removal import remove_articles

    given: list[str] = list(ids)
    if given == ["-"]:  # one id per line on standard input
        import sys

        given = [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
    report = remove_articles(store, given)
    for ident in report.unknown:
        stem = PurePath(ident).stem if "://" not in ident else ident
        hint = f" (a file's id is its name without the extension: {stem!r})" if stem != ident else ""
        click.echo(f"not in the store: {ident!r}{hint}", err=True)
    click.echo(f"removed {len(report.removed)} article(s) from {store}; "
               f"{report.entities_removed} entit{'y' if report.entities_removed == 1 else 'ies'} "
               "no remaining article names went with them", err=True)
    if report.unknown:
        raise click.exceptions.Exit(3)
