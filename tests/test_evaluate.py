"""``graph.evaluate`` and ``newsgraph eval``: the dev set's matching rules, and the acceptance
figures on ../shared/dev/gold-dev.jsonl."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from devset import DEV_SET

from graph.errors import EvaluationError
from graph.evaluate import GoldItem, GoldTriple, load_gold, name_matches, predict, score

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("pred", "gold", "alts", "ok"), [
    ("The Brotherhood", "Brotherhood", (), True),            # leading article
    ("Russia's", "Russia", (), True),                        # possessive
    ("U.S. President Richard Nixon", "Richard Nixon", (), True),  # containment on word boundaries
    ("Nixon", "Richard Nixon", (), True),
    ("Nix", "Richard Nixon", (), False),                     # not on a word boundary
    ("Macedonian political parties", "Macedonian", ("Macedonian ... political parties",), True),
    ("Obama", "Donald Trump", ("President Donald Trump",), False),
    ("", "Obama", (), False),
])
def test_name_matching(pred: str, gold: str, alts: tuple[str, ...], ok: bool) -> None:
    assert name_matches(pred, gold, alts) is ok


def _item(triples: tuple[GoldTriple, ...], optional: tuple[GoldTriple, ...] = ()) -> GoldItem:
    return GoldItem(id="i", text="...", triples=triples, optional=optional)


def test_scoring_symmetry_optional_and_duplicates() -> None:
    gold = [_item((GoldTriple("Iran", "agreed", "U.S."), GoldTriple("Zarif", "visited", "Romania")),
                  optional=(GoldTriple("Zarif", "visited", "Bucharest"),)),
            GoldItem(id="neg", text="...", triples=())]
    preds = {"i": [{"subject": "U.S.", "predicate": "agreed", "object": "Iran"},   # symmetric: hit
                   {"subject": "the U.S.", "predicate": "agreed", "object": "Iran"},  # duplicate: ignored
                   {"subject": "Zarif", "predicate": "visited", "object": "Bucharest"},  # optional
                   {"subject": "Romania", "predicate": "visited", "object": "Zarif"}],  # directed: FP
             "neg": [{"subject": "A", "predicate": "met", "object": "B"}]}
    ev = score(gold, preds)
    assert ev.figures("agreed") == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert (ev.tp["visited"], ev.fp["visited"], ev.fn["visited"]) == (0, 1, 1)
    assert ev.negatives_with_false_positive == ["neg"]
    micro = ev.figures()
    assert (micro["tp"], micro["fp"], micro["fn"]) == (1, 2, 1)


@pytest.mark.parametrize(("content", "message"), [
    ("not json\n", "not JSON"),
    ('{"id": "x", "text": "t"}\n', "'triples' list"),
    ('{"id": "x", "text": "t", "triples": [{"subject": "a"}]}\n', "subject, predicate, object"),
    ("\n", "no annotated items"),
])
def test_bad_gold_files_are_clear_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message):
        load_gold(path)


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="cannot read"):
        load_gold(tmp_path / "none.jsonl")


def test_acceptance_on_the_dev_set() -> None:
    """Issue 3's acceptance: micro-F1 >= 0.75, precision >= 0.85, <= 5 negatives with a FP."""
    gold = load_gold(DEV_SET)
    ev = score(gold, predict(gold))
    micro = ev.figures()
    assert ev.negative_items == 79
    assert micro["f1"] >= 0.75 and micro["precision"] >= 0.85, micro
    assert len(ev.negatives_with_false_positive) <= 5


def test_eval_cli_json(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [{"id": "a", "text": "Israel accused Hamas of firing rockets.",
             "triples": [{"subject": "Israel", "predicate": "accused", "object": "Hamas"}]},
            {"id": "b", "text": "Obama will meet Castro next week.", "triples": []}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "graph.cli", "eval", str(path), "--json"],
                          check=True, capture_output=True, text=True, cwd=ROOT, timeout=300)
    report = json.loads(proc.stdout)
    assert report["micro"]["tp"] == 1 and report["micro"]["fp"] == 0
    assert report["negative_items"] == 1 and report["negative_items_with_false_positive"] == []
    table = subprocess.run([sys.executable, "-m", "graph.cli", "eval", str(path)],
                           check=True, capture_output=True, text=True, cwd=ROOT, timeout=300).stdout
    assert "accused" in table and "micro" in table


def test_eval_cli_bad_file_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("oops\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "graph.cli", "eval", str(path)],
                          check=False, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1 and "not JSON" in proc.stderr
