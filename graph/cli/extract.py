"""``newsgraph extract``: the stable machine interface of the extractors."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from graph.articles import Article
    from graph.entities import Resolution
    from graph.extract.base import Mention


def mention_json(m: Mention, resolution: Resolution, *, article: Article | None = None) -> dict[str, object]:
    """The JSON form of one mention, as ``newsgraph extract`` prints it (IRIs as ``build``
    mints them when ``article`` is given)."""
    return {
        "subject": m.subject.text,
        "predicate": m.predicate,
        "object": m.object.text,
        "subject_iri": str(resolution.iri(m.subject, article=article)),
        "object_iri": str(resolution.iri(m.object, article=article)),
        "sentence": m.sentence,
        "start": m.start,
        "end": m.end,
        "date": m.date,
        "confidence": m.confidence,
        "extractor": m.extractor,
    }


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--extractor", "extractors", multiple=True,
              help="Use only this extractor (repeatable); default: all. See --list.")
@click.option("--aliases", "aliases_file", default=None, type=click.Path(dir_okay=False),
              help="An alias file pinning merges and splits (as for build): the IRIs follow it.")
@click.option("--list", "list_only", is_flag=True, help="List the extractors and their predicates, then exit.")
def extract(paths: tuple[str, ...], extractors: tuple[str, ...], list_only: bool,
            aliases_file: str | None = None) -> None:
    """Extract relations from PATHS and print one JSON line per article.

    PATHS are article files (.txt, .md), folders of them, or .jsonl files whose lines hold
    "id" and "text" (optionally "date", "title", "url", "source"). Each output line is
    {"id": ..., "triples": [{"subject", "predicate", "object", "subject_iri", "object_iri",
    "sentence", "start", "end", "date", "confidence"}]}, in input order.
    """
    from graph.extract import registry

    if list_only:
        for name in registry.names():
            click.echo(f"{name}\t{','.join(registry.predicates(name))}")
        return
    if not paths:
        raise click.UsageError("Missing argument 'PATHS...'.")
    from graph.articles import ReadReport, read_articles
    from graph.entities import Resolution, load_aliases
    from graph.extract import extract_articles, make_extractors

    chosen = make_extractors(list(extractors) or None)
    report = ReadReport()
    resolution = Resolution(aliases=load_aliases(aliases_file) if aliases_file else None)
    out = sys.stdout
    for article, mentions in extract_articles(read_articles(paths, report=report), extractors=chosen):
        resolution.add(article, mentions)
        triples = [mention_json(m, resolution, article=article) for m in mentions]
        line = {"id": article.id, "triples": triples}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    out.flush()
    for problem in report.problems:
        from graph.terminal import one_line

        click.echo(one_line(f"skipped {problem.origin}: {problem.reason}"), err=True)
    if report.problems:
        raise click.exceptions.Exit(3)


from graph.cli import cli

cli.add_command(extract)
