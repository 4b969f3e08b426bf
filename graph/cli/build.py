"""``newsgraph build``."""

from __future__ import annotations

import click

from graph.cli import cli
from graph.cli._names import ENGINE_NAMES
from graph.terminal import one_line


def _check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--date``: a real calendar date written YYYY-MM-DD."""
    if value is None:
        return None
    import datetime

    from graph.sanitize import check_date

    try:
        day = datetime.date.fromisoformat(value).isoformat() if len(value) == 10 else _bad_date(value)
    except ValueError:
        return _bad_date(value)
    why = check_date(day)
    if why is not None:
        raise click.BadParameter(f"{value!r} is {why}")
    return day


def _bad_date(value: str) -> str:
    raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.jsonld and graph.html.")
@click.option("--extractor", "extractors", multiple=True,
              help="Use only this extractor (repeatable); default: all built-in ones.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes that parse and extract (local engine), or workers of the "
                   "local Dask cluster (dask engine without --scheduler).")
@click.option("--engine", default="local", show_default=True, type=click.Choice(ENGINE_NAMES),
              help="Where extraction runs: local processes, or a dask.distributed cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (with "
                   "--engine dask); default: start a local cluster on 127.0.0.1.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (articles/s, skipped) on stderr; default: only on a "
                   "terminal.")
@click.option("--store", "store_dir", default=None, type=click.Path(file_okay=False),
              help="Also keep the graph in this Oxigraph store folder (created if missing); "
                   "incremental: unchanged articles are skipped, changed ones replaced.")
@click.option("--feed", "feeds", multiple=True, metavar="URL",
              help="Also read the articles of this RSS/Atom feed (repeatable), newest first; "
                   "with --store only links not yet in the store are fetched.")
@click.option("--date", "default_date", default=None, metavar="YYYY-MM-DD", callback=_check_date,
              help="Publication date of the inputs that carry none (no JSON date, front matter, "
                   "dateline or page date).")
@click.option("--aliases", "aliases_file", default=None, type=click.Path(dir_okay=False),
              help="TOML alias file pinning entity merges and splits (see README, "
                   "'Entity resolution').")
def build(paths: tuple[str, ...], out_dir: str, extractors: tuple[str, ...],
          store_dir: str | None, aliases_file: str | None = None, *, jobs: int = 1,
          engine: str = "local", scheduler: str | None = None,
          progress: bool | None = None, feeds: tuple[str, ...] = (),
          default_date: str | None = None) -> None:
    """Build the knowledge graph of the articles in PATHS.

    PATHS are article files (.txt, .md, .html), folders of them, .jsonl files with one
    {"id", "text", "date", "title", "url", "source"} object per line, or http(s) URLs of
    pages. A text's front matter and dateline give its title, date and place. Writes Turtle,
    JSON-LD and an interactive HTML graph into --out. Bad inputs are skipped and listed;
    the exit code is 3 when anything was skipped.
    """
    if not paths and not feeds:
        raise click.UsageError("Missing argument 'PATHS...' (or --feed URL).")
    from graph.pipeline import build_graph, check_out_dir, write_outputs
    from graph.progress import wanted

    check_out_dir(out_dir)  # before any work: an unwritable --out must not waste an extraction
    result = build_graph(list(paths), extractor_names=list(extractors) or None, store=store_dir,
                         aliases=aliases_file, jobs=jobs, engine=engine, scheduler=scheduler,
                         progress=wanted(progress), feeds=list(feeds),
                         default_date=default_date, collect=False)
    if result.store is not None:
        click.echo(f"store {result.store}: {result.articles} article(s) added or replaced, "
                   f"{result.unchanged} unchanged", err=True)
        from graph.store import store_snapshot

        result.dataset = store_snapshot(result.store)  # --out files show the whole store
    files = write_outputs(result, out_dir)
    for note in result.notes:
        click.echo(one_line(f"note {note.origin}: {note.reason}"), err=True)
    for problem in result.problems:
        click.echo(one_line(f"skipped {problem.origin}: {problem.reason}"), err=True)
    articles, mentions, events, entities, related = _counts(result.dataset)
    if result.store is not None:
        summary = (f"the files hold the whole store: {articles} article(s), {mentions} relation "
                   f"mention(s) of {events} event(s), {entities} entities ({related} in a relation)")
    else:
        summary = (f"{result.articles} article(s), {result.mentions} relation mention(s) of {events} "
                   f"event(s), {len(result.resolution.entities)} entities ({related} in a relation)")
    click.echo(summary + "; wrote " + ", ".join(str(f) for f in files), err=True)
    if result.problems:
        click.echo(f"{len(result.problems)} input(s) skipped, listed above; the rest was built",
                   err=True)
        raise click.exceptions.Exit(3)


def _counts(dataset: object) -> tuple[int, int, int, int, int]:
    """Articles, relation mentions, events (one per event however many report it), described
    entities and entities taking part in an event (a visit's place, the others' actors and
    counterparts: a meeting's place is no party to it), in the graph written (a store's snapshot:
    an incremental build re-extracts only new articles, but its files hold everything). The
    events and the entities in a relation are what `analyze`, `network` and `viz` count (before
    folding linked people)."""
    from rdflib import RDF

    from graph.namespaces import NG
    from graph.rdf import ENTITIES_GRAPH, EVENT_CLASSES

    ds = dataset  # an rdflib Dataset
    articles = len(set(ds.subjects(RDF.type, NG.Article)))  # type: ignore[attr-defined]
    mentions = len(set(ds.subjects(RDF.type, NG.Mention)))  # type: ignore[attr-defined]
    events = set(ds.objects(None, NG.mentionOf))  # type: ignore[attr-defined]
    visits = set(ds.subjects(RDF.type, EVENT_CLASSES["visited"]))  # type: ignore[attr-defined]
    related = {o for e in events for p in (NG.actor, NG.place if e in visits else NG.counterpart)
               for o in ds.objects(e, p)}  # type: ignore[attr-defined]
    entities = len(set(ds.graph(ENTITIES_GRAPH).subjects(RDF.type, None)))  # type: ignore[attr-defined]
    return articles, mentions, len(events), entities, len(related)
