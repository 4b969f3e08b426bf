"""The seeds of the rewording bench (bench/robustseeds.py): the own sentences state their triples
verbatim, and the dev seeds are one-sentence train-split items only (the check split is never
read)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.robustseeds import OWN_SEEDS, dev_seeds, own_seeds
from graph.evaluate import load_gold, split_of

GOLD = ROOT / "tests" / "data" / "gold-dev.jsonl"


def test_own_seeds_name_every_argument_verbatim() -> None:
    seeds = own_seeds()
    assert len(seeds) == len(OWN_SEEDS) == len({s.id for s in seeds})
    for seed in seeds:
        assert seed.triples
        for t in seed.triples:
            assert t.subject in seed.text and t.object in seed.text, seed.id
            assert t.predicate in ("visited", "met", "agreed", "accused")


def test_dev_seeds_are_train_items_of_one_sentence() -> None:
    seeds = dev_seeds([GOLD])
    items = {item.id: item for item in load_gold(GOLD)}
    assert seeds  # the shipped copy of gold-dev.jsonl has such items
    assert all(split_of(s.id) == "train" for s in seeds)
    check = [i for i, item in items.items() if split_of(i) == "check" and item.triples]
    assert check and not {s.id for s in seeds} & set(check)
    for seed in seeds:
        assert seed.triples == items[seed.id].triples
        assert all(t.subject in seed.text and t.object in seed.text for t in seed.triples)
