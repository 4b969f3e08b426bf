"""Metamorphic robustness of the extractors: does a triple survive a rewording that keeps its meaning?

Seeds are sentences with known triples: the required triples of the TRAIN-split items
(:func:`graph.evaluate.split_of`) of ``../shared/dev/gold-dev*.jsonl`` whose text is one sentence
and names every argument verbatim (read only when the folder is present), and the sentences of
:data:`OWN_SEEDS`, written for this bench. Each transformation in :data:`TRANSFORMS` rewrites a
seed and says which triples the new text states (the argument strings renamed where a name was
swapped); a *kept* variant must still yield every one of them, a *negative control* (negation,
future, plan) must yield none. Only seeds whose own triples all come out are transformed, so a
rate is the share of working extractions that survive the rewording.

    .venv/bin/python bench/robustness.py [--show KIND] [--extra] [--own-only] [--json FILE]

prints survival per transformation and per relation (and the triples beyond the seed's own that
each rewording drew), and with ``--show`` the failed variants of one transformation (train and own
items only; the check split is never read). The name pools and transformations are in
``bench/rewordings.py``, the seeds in ``bench/robustseeds.py``. Used by
tests/test_extract_robustness.py, which asserts the variants of its own sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.rewordings import (
    CITIES,
    COMBINED,
    COUNTRIES,
    NEGATIVES,
    PERSON_NAMES,
    TRANSFORMS,
    VERB_REWORDINGS,
    Variant,
    variants_of,
)
from bench.robustseeds import OWN_SEEDS, Seed, dev_seeds, own_seeds
from graph.evaluate import GoldTriple, triple_matches

__all__ = ["CITIES", "COMBINED", "COUNTRIES", "DEV", "NEGATIVES", "OWN_SEEDS", "PERSON_NAMES",
           "TRANSFORMS", "VERB_REWORDINGS", "Outcome", "Seed", "Variant", "dev_seeds", "main",
           "own_seeds", "run", "table", "variants_of"]

DEV = ROOT.parent / "shared" / "dev"

# --- running --------------------------------------------------------------------------------


@dataclass
class Outcome:
    """Per seed: whether its own triples came out, and each variant with its result."""

    seed: Seed
    base_ok: bool
    base_extra: int = 0  # the seed's own predictions that state none of its triples
    variants: list[tuple[Variant, bool, list[tuple[str, str, str]]]] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)  # per variant: predictions beyond the seed's


def _extra(predicted: list[dict[str, object]], triples: Sequence[GoldTriple]) -> int:
    """Distinct predictions that state none of ``triples``."""
    return len({(str(x["subject"]), str(x["predicate"]), str(x["object"])) for x in predicted
                if not any(triple_matches(x, t) for t in triples)})


def _found(predicted: list[dict[str, object]], triples: Sequence[GoldTriple]) -> bool:
    return all(any(triple_matches(p, t) for p in predicted) for t in triples)


def _predict(texts: list[str]) -> list[list[dict[str, object]]]:
    from graph.articles import Article
    from graph.extract import extract_articles

    arts = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    return [[{"subject": m.subject.text, "predicate": m.predicate, "object": m.object.text,
              "trigger": m.trigger} for m in ms] for _, ms in extract_articles(arts)]


def run(seeds: Sequence[Seed]) -> list[Outcome]:
    """Extract every seed and every variant of the seeds whose triples come out."""
    base = _predict([s.text for s in seeds])
    outcomes = [Outcome(s, _found(p, s.triples), _extra(p, s.triples)) for s, p in zip(seeds, base)]
    todo: list[tuple[Outcome, Variant]] = []
    for o, p in zip(outcomes, base):
        if not o.base_ok:
            continue
        triggers = {str(x["predicate"]): str(x["trigger"]) for x in p
                    if any(triple_matches(x, t) for t in o.seed.triples)}
        todo += [(o, v) for v in variants_of(o.seed, triggers)]
    preds = _predict([v.text for _, v in todo])
    for (o, v), p in zip(todo, preds):
        got = [(str(x["subject"]), str(x["predicate"]), str(x["object"])) for x in p]
        if v.negative:
            ok = not any(triple_matches(x, t) for x in p for t in v.triples)
        else:
            ok = _found(p, v.triples)
        o.variants.append((v, ok, got))
        o.spurious.append(0 if v.negative else max(0, _extra(p, v.triples) - o.base_extra))
    return outcomes


def table(outcomes: Sequence[Outcome]) -> str:
    """Survival per transformation and per relation, as Markdown."""
    by_kind: dict[str, Counter] = defaultdict(Counter)
    by_rel: dict[str, Counter] = defaultdict(Counter)
    for o in outcomes:
        for (v, ok, _), extra in zip(o.variants, o.spurious):
            by_kind[v.kind]["n"] += 1
            by_kind[v.kind]["ok"] += ok
            by_kind[v.kind]["extra"] += extra
            if not v.negative:
                for rel in {t.predicate for t in v.triples}:
                    by_rel[rel]["n"] += 1
                    by_rel[rel]["ok"] += ok
    seeds = len(outcomes)
    based = sum(o.base_ok for o in outcomes)
    lines = [f"seeds {seeds}, with their triples found {based}", "",
             "| transformation | variants | survived | rate | new other triples |",
             "|---|---:|---:|---:|---:|"]
    order = list(TRANSFORMS) + list(VERB_REWORDINGS) + list(NEGATIVES)
    kept = Counter()
    for k in order:
        c = by_kind.get(k)
        if c:
            lines.append(f"| {k}{' (negative control)' if k in NEGATIVES else ''} | {c['n']} | {c['ok']} | "
                         f"{c['ok'] / c['n']:.2f} | {c['extra']} |")
            if k not in NEGATIVES:
                kept.update(c)
    if kept["n"]:
        lines.append(f"| **all rewordings** | {kept['n']} | {kept['ok']} | {kept['ok'] / kept['n']:.2f} | "
                     f"{kept['extra']} |")
    lines += ["", "| relation | variants | survived | rate |", "|---|---:|---:|---:|"]
    for rel in sorted(by_rel):
        c = by_rel[rel]
        lines.append(f"| {rel} | {c['n']} | {c['ok']} | {c['ok'] / c['n']:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="append", default=[], help="print failed variants of KIND ('all')")
    parser.add_argument("--own-only", action="store_true", help="only the bench's own sentences")
    parser.add_argument("--extra", action="store_true",
                        help="with --show, also variants that gave triples beyond the seed's")
    parser.add_argument("--json", type=Path, help="write every variant and its outcome here")
    args = parser.parse_args()
    seeds = own_seeds()
    if not args.own_only and DEV.exists():
        seeds += dev_seeds(sorted(DEV.glob("gold-dev*.jsonl")))
    outcomes = run(seeds)
    print(table(outcomes))
    for o in outcomes:
        for (v, ok, got), extra in zip(o.variants, o.spurious):
            if (not ok or (extra and args.extra)) and ("all" in args.show or v.kind in args.show):
                print(f"\n[{v.kind}] {o.seed.id}\n  {v.text}\n  want {[(t.subject, t.predicate, t.object) for t in v.triples]}"
                      f"\n  got  {got}")
    if args.json:
        rows = [{"seed": o.seed.id, "kind": v.kind, "text": v.text, "ok": ok, "negative": v.negative}
                for o in outcomes for v, ok, _ in o.variants]
        args.json.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
