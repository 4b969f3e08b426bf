"""``newsgraph build``."""

from __future__ import annotations

import click

from graph.cli import cli
from graph.pipeline import build_graph, write_outputs


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.jsonld and graph.html.")
@click.option("--extractor", "extractors", multiple=True,
              help="Use only this extractor (repeatable); default: all built-in ones.")
@click.option("--store", "store_dir", default=None, type=click.Path(file_okay=False),
              help="Also keep the graph in this Oxigraph store folder (created if missing); "
                   "incremental: unchanged articles are skipped, changed ones replaced.")
@click.option("--aliases", "aliases_file", default=None, type=click.Path(dir_okay=False),
              help="TOML alias file pinning entity merges and splits (see README, "
                   "'Entity resolution').")
def build(paths: tuple[str, ...], out_dir: str, extractors: tuple[str, ...],
          store_dir: str | None, aliases_file: str | None = None) -> None:
    """Build the knowledge graph of the articles in PATHS.

    PATHS are article files (.txt, .md), folders of them, or .jsonl files with one
    {"id", "text", "date", "title", "url", "source"} object per line. Writes Turtle,
    JSON-LD and an interactive HTML graph into --out. Bad inputs are skipped and listed;
    the exit code is 3 when anything was skipped.
    """
    result = build_graph(list(paths), extractor_names=list(extractors) or None, store=store_dir,
                         aliases=aliases_file)
    if result.store is not None:
        click.echo(f"store {result.store}: {result.articles} article(s) added or replaced, "
                   f"{result.unchanged} unchanged", err=True)
    files = write_outputs(result, out_dir)
    for problem in result.problems:
        click.echo(f"skipped {problem.origin}: {problem.reason}", err=True)
    click.echo(
        f"{result.articles} article(s), {result.mentions} relation mention(s), "
        f"{len(result.resolution.entities)} entities; wrote " + ", ".join(str(f) for f in files),
        err=True,
    )
    if result.problems:
        raise click.exceptions.Exit(3)
