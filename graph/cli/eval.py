"""``newsgraph eval``: precision, recall and F1 of the extractors on an annotated file."""

from __future__ import annotations

import json

import click


@click.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--extractor", "extractors", multiple=True,
              help="Score only this extractor (repeatable); default: all. See `extract --list`.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the figures, negative items and per-item errors as one JSON object.")
@click.option("--details", is_flag=True,
              help="Also list every false positive (FP) and miss (FN) with its item id.")
def eval_command(gold: str, extractors: tuple[str, ...], as_json: bool, details: bool) -> None:
    """Score the extractors on GOLD, an annotated JSON-lines file.

    GOLD has the format of ../shared/dev/gold-dev.jsonl: per line "id", "text", "triples"
    (subject, predicate, object, optional subject_alt/object_alt) and optionally
    "optional_triples". Prints TP/FP/FN, precision, recall and F1 per predicate and
    micro-averaged, and the negative items (no required triple) that drew a false positive.
    met and agreed match either way round; names match after normalisation or containment.
    """
    from graph.evaluate import load_gold, predict, score
    from graph.extract import make_extractors

    chosen = make_extractors(list(extractors) or None)
    items = load_gold(gold)
    evaluation = score(items, predict(items, extractors=chosen))
    if as_json:
        click.echo(json.dumps(evaluation.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(evaluation.table(details=details))


from graph.cli import cli

cli.add_command(eval_command)
