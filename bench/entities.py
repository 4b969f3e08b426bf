"""Cost of entity resolution, measured as ratios in one run.

On the bench corpus (``bench/corpus.py``: real dev and seed sentences shuffled into articles),
times extraction (spaCy parse + extractors, one process) and then entity resolution
(:func:`graph.entities.resolve`) of the same batch, and prints ``resolve / extract``: the share
resolution adds to a build. The one-off loading of the GeoNames and ISO 3166 indexes is timed
apart. Also resolves the batch twice in different orders and checks the IRIs agree, and scores the
project's entity test set (``tests/data/entity-set.jsonl``, :mod:`graph.entities.scoring`):
B-cubed precision and recall, strict (one cluster per IRI) and with the ``skos:closeMatch``
links offered for review; and the type set (``tests/data/type-set.jsonl``): the same figures and
the number of mentions resolved to an entity of another kind than annotated.

    .venv/bin/python bench/entities.py [--articles 1000] [--quick]

``run(quick=...)`` returns the figures as a dictionary (for ``bench/run.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import make_articles
from graph.articles import Article
from graph.entities import resolve
from graph.parallel import extract_stream


def run(*, quick: bool = False, articles: int | None = None) -> dict[str, Any]:
    """Measure and return the figures (seconds, ratios, counts)."""
    from graph.entities.places import find_city, find_country, find_demonym

    n = articles or (200 if quick else 1000)
    corpus = [Article(id=r["id"], text=r["text"], date=r["date"], title=r["title"])
              for r in make_articles(n)]
    t0 = time.perf_counter()
    find_city("Minsk"), find_country("Belarus"), find_demonym("Belarusian")
    index_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    batch = list(extract_stream(corpus))
    extract_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    resolution = resolve(batch)
    resolve_s = time.perf_counter() - t0

    reverse = resolve(list(reversed(batch)))
    stable = all(
        resolution.iri(arg, article=a) == reverse.iri(arg, article=a)
        for a, mentions in batch for m in mentions for arg in (m.subject, m.object)
    )
    words = sum(len(a.text.split()) for a in corpus)
    from graph.entities.scoring import load_entity_set, score

    t0 = time.perf_counter()
    entity_set = load_entity_set(ROOT / "tests" / "data" / "entity-set.jsonl")
    scored = score(entity_set)
    score_s = time.perf_counter() - t0
    typed = score(load_entity_set(ROOT / "tests" / "data" / "type-set.jsonl"))
    return {
        "articles": n,
        "words": words,
        "mentions": sum(len(m) for _, m in batch),
        "entities": len(resolution.entities),
        "index_load_s": round(index_s, 2),
        "extract_s": round(extract_s, 2),
        "resolve_s": round(resolve_s, 3),
        "ratio_resolve_over_extract": round(resolve_s / extract_s, 4),
        "resolve_words_per_s": round(words / resolve_s),
        "iris_independent_of_order": stable,
        "entity_set_articles": len(entity_set.articles),
        "entity_set_mentions": scored.mentions,
        "entity_set_clusters": scored.clusters,
        "bcubed_precision": round(scored.precision, 4),
        "bcubed_recall": round(scored.recall, 4),
        "bcubed_review_precision": round(scored.review_precision, 4),
        "bcubed_review_recall": round(scored.review_recall, 4),
        "entity_set_splits": sorted(scored.splits),
        "entity_set_s": round(score_s, 2),
        "type_set_bcubed_precision": round(typed.precision, 4),
        "type_set_bcubed_recall": round(typed.recall, 4),
        "type_set_wrong_kinds": len(typed.wrong_kinds),
        "type_set_mentions": typed.mentions,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="corpus size (default 1000)")
    parser.add_argument("--quick", action="store_true", help="200 articles")
    args = parser.parse_args()
    print(json.dumps(run(quick=args.quick, articles=args.articles)))


if __name__ == "__main__":
    main()
