"""``newsgraph eval``: precision, recall and F1 of the extractors on annotated files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from graph.cli import cli

if TYPE_CHECKING:
    from graph.evaluate import Evaluation


def _row(name: str, ev: Evaluation) -> str:
    f = ev.figures()
    neg = ev.negative_items
    bad = len(ev.negatives_with_false_positive)
    acc = ev.date_accuracy()
    dated = sum(ev.dates.values())
    date_cell = f"{acc:.3f} ({ev.dates['correct']}/{dated})" if acc is not None else "-"
    return (f"{name[:28]:28s} {len(ev.items):5d} {f['tp']:5d} {f['fp']:5d} {f['fn']:5d} "
            f"{f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} {bad:3d}/{neg:<4d} {date_cell}")


@click.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--extractor", "extractors", multiple=True,
              help="Score only this extractor (repeatable; gold triples of other predicates are "
                   "then no misses); default: all. See `extract --list`.")
@click.option("--split", type=click.Choice(["all", "train", "check"]), default="all",
              show_default=True,
              help="Score only the check split (every fifth item by a hash of its id), the rest "
                   "(train), or all items.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the figures, negative items and per-item errors as one JSON object.")
@click.option("--details", is_flag=True,
              help="Also list every false positive (FP) and miss (FN) with its item id, and every "
                   "matched triple whose date is coarser, wrong or missing (DATE: gold and predicted).")
@click.option("--resolved", is_flag=True,
              help="Score the triples as the graph names them: each argument replaced by the label "
                   "of the entity it resolves to (all items of a file resolved together, as one "
                   "build of them), so wrong merges and bare common-noun actors count as errors.")
def eval_command(gold: tuple[str, ...], extractors: tuple[str, ...], split: str, as_json: bool,
                 details: bool, resolved: bool) -> None:
    """Score the extractors on GOLD, one or more annotated JSON-lines files.

    GOLD has the format of ../shared/dev/gold-dev.jsonl: per line "id", "text", "triples"
    (subject, predicate, object, optional subject_alt/object_alt, and for whole articles the
    event "date") and optionally "optional_triples", "date" and "title" of the article.

    With one file: TP/FP/FN, precision, recall and F1 per predicate and micro-averaged, the
    negative items (no required triple) that drew a false positive, and the date accuracy.
    With several: one row per file and a pooled row (micro figures; negatives with a false
    positive; date accuracy of matched gold triples that carry a date).
    met and agreed match either way round; names match after normalisation or containment.
    With --resolved, the names are the resolved entities' labels (what an analyst queries).
    """
    from graph.evaluate import Evaluation, load_gold, predict, score, select
    from graph.extract import make_extractors

    chosen = make_extractors(list(extractors) or None)
    # with --extractor, the gold triples of other predicates are no misses of the chosen ones
    scored = {p for e in chosen for p in e.predicates} if extractors else None
    per_file: list[tuple[str, Evaluation]] = []
    for path in gold:
        items = select(load_gold(path), split)
        per_file.append((Path(path).name, score(items, predict(items, extractors=chosen, resolved=resolved),
                                                predicates=scored)))
    pooled = Evaluation()
    for _, ev in per_file:
        pooled = pooled.merge(ev)
    if as_json:
        if len(per_file) == 1:
            click.echo(json.dumps(per_file[0][1].as_dict(), ensure_ascii=False, indent=2))
        else:
            click.echo(json.dumps({"split": split, "files": {n: e.as_dict() for n, e in per_file},
                                   "pooled": pooled.as_dict()}, ensure_ascii=False, indent=2))
        return
    if len(per_file) == 1:
        if resolved:
            click.echo("names as resolved (the entities' labels)")
        click.echo(per_file[0][1].table(details=details))
        acc = per_file[0][1].date_accuracy()
        if acc is not None:
            d = per_file[0][1].dates
            click.echo(f"dates of matched dated triples: {acc:.3f} correct "
                       f"({d['correct']} correct, {d['coarser']} coarser, {d['wrong']} wrong, "
                       f"{d['missing']} missing)")
        return
    click.echo(f"split: {split}" + ("; names as resolved" if resolved else ""))
    click.echo(f"{'file':28s} {'items':>5s} {'TP':>5s} {'FP':>5s} {'FN':>5s} {'P':>6s} {'R':>6s} "
               f"{'F1':>6s} {'negFP':>8s} dates")
    for name, ev in per_file:
        click.echo(_row(name, ev))
    click.echo(_row("pooled", pooled))
    if details:
        for name, ev in per_file:
            click.echo(f"== {name}")
            click.echo(ev.table(details=True))


cli.add_command(eval_command)
