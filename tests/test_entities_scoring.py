"""B-cubed scoring of entity resolution, and the project's entity test set (issue 12's acceptance)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.entities.scoring import EntitySetError, bcubed, load_entity_set, score

ENTITY_SET = Path(__file__).resolve().parent / "data" / "entity-set.jsonl"


def test_bcubed_of_a_perfect_clustering_is_one() -> None:
    gold = {1: "a", 2: "a", 3: "b"}
    assert bcubed(gold, {1: "x", 2: "x", 3: "y"}) == (1.0, 1.0)


def test_bcubed_counts_splits_against_recall_and_merges_against_precision() -> None:
    gold = {1: "a", 2: "a", 3: "b", 4: "b"}
    # everything in one cluster: each mention's cluster is half right
    assert bcubed(gold, dict.fromkeys(gold, "x")) == (0.5, 1.0)
    # every mention alone: precision perfect, each finds half its gold cluster
    assert bcubed(gold, {m: str(m) for m in gold}) == (1.0, 0.5)
    # Bagga & Baldwin's worked case: gold {1,2,3,4,5} {6,7}; predicted {1,2,3,4,5,6,7}
    gold = {m: ("a" if m <= 5 else "b") for m in range(1, 8)}
    p, r = bcubed(gold, dict.fromkeys(gold, "x"))
    assert p == pytest.approx((5 * 5 / 7 + 2 * 2 / 7) / 7)
    assert r == 1.0


def test_bcubed_needs_the_same_mentions() -> None:
    with pytest.raises(ValueError, match="same mentions"):
        bcubed({1: "a"}, {2: "a"})


def test_a_mention_missing_from_its_text_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "set.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "Ruto met Biden.", "mentions": [["Obama", "p:obama"]]}) + "\n")
    with pytest.raises(EntitySetError, match=r"set.jsonl:1: mention 'Obama'"):
        load_entity_set(bad)
    bad.write_text("{not json\n")
    with pytest.raises(EntitySetError, match="not an entity-set line"):
        load_entity_set(bad)


def test_the_entity_set_is_large_enough_and_mentions_are_where_they_say() -> None:
    es = load_entity_set(ENTITY_SET)
    assert len(es.articles) >= 30
    assert len(es.mentions) >= 150
    texts = {a.id: a.text for a in es.articles}
    assert all(texts[m.article][m.start : m.end] == m.text for m in es.mentions)
    clusters = {m.cluster for m in es.mentions}
    spanning = {c for c in clusters if len({m.article for m in es.mentions if m.cluster == c}) > 1}
    assert len(spanning) >= 15  # the set tests resolution across articles, not only within


def test_entity_resolution_meets_the_acceptance_figures_on_the_entity_set() -> None:
    """Issue 12: B-cubed precision >= 0.98 and recall >= 0.95 on the project's entity set
    (strict: one predicted cluster per IRI; closeMatch links are not merges)."""
    result = score(load_entity_set(ENTITY_SET))
    assert result.precision >= 0.98, result.merges
    assert result.recall >= 0.95, result.splits
    assert not result.merges  # no two real-world entities share an IRI
    # the links offered for review join the remaining splits without a wrong one
    assert result.review_recall >= result.recall
    assert result.review_precision >= 0.98


TYPE_SET = Path(__file__).resolve().parent / "data" / "type-set.jsonl"


def test_persons_the_model_mislabels_and_companies_named_after_people_on_the_type_set() -> None:
    """The type set (45 short articles written for these tests: title-less full names the small
    model labels organisations, eponymous companies, double surnames, banks and treasuries named
    with a country, bare surnames read as places) has one IRI per entity nearly everywhere, no
    IRI shared by two entities, and few mentions of the wrong kind (measured: P 1.000, R 0.977,
    2 of 133 mentions of the wrong kind, 5 before the one-word vote; before the type vote:
    P 0.977, R 0.867, 21)."""
    result = score(load_entity_set(TYPE_SET))
    assert result.mentions >= 130
    assert not result.merges
    assert result.recall >= 0.95, result.splits
    assert len(result.wrong_kinds) <= 3, result.wrong_kinds
    assert not any("Vuitton" in w or "Berkshire" in w or "Petro" in w for w in result.wrong_kinds)
