"""``newsgraph events``: the flat events table (CSV, JSON lines, Parquet)."""

from __future__ import annotations

import click

from graph.cli import cli
from graph.cli._names import EVENT_FORMATS


@cli.command()
@click.argument("source", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="csv", show_default=True,
              help="CSV (UTF-8, header row), JSON lines, or Parquet (pyarrow).")
@click.option("--out", "out", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="The file to write; default (or -): standard output.")
def events(source: str, fmt: str, out: str | None) -> None:
    """Write the events of SOURCE (a graph file or a store folder) as one flat table.

    One row per event node: event IRI, date, relation, CAMEO code, PLOVER type, actor and
    counterpart (label, IRI, type, ISO 3166 alpha-3 country), place (label, GeoNames id,
    latitude, longitude, country), confidence, sentence and offsets, article (id, title, date,
    URL, source) and extractor. From Python: graph.events.events_frame(SOURCE).
    """
    from graph.events import events_frame, write_events

    frame = events_frame(source)
    path = write_events(frame, out, fmt=fmt)
    if path is not None:
        click.echo(f"{len(frame)} event(s); wrote {path} ({fmt})", err=True)
