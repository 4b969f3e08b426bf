"""Cost of refreshing the ``skos:closeMatch`` links at the end of a build: the full recompute
(every entity of the store through the rules of ``graph.entities.review.close_pairs``, as
before) against the recompute of only the entities sharing a link key with the entities the
build wrote (``graph.incremental.refresh_close_matches``), in one run, as a ratio.

The store holds N synthetic entities (Faker names, seeded: half full person names, a tenth bare
surnames, a quarter company names, the rest city names typed actor, as ``/tmp/s5/prof.py``
profiled them) with their links, and then takes a build of a few real-looking articles
(persons, a bare surname, a one-word company). Each side is timed with the name-parsing caches
cleared (as in a fresh ``newsgraph build`` process), best of ``--repeat``; both sides must give
the same links (checked).

    python bench/linking.py                # 50,000 entities, 10 articles
    python bench/linking.py --quick        # 5,000 entities
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _store(n: int) -> object:
    import pyoxigraph as ox
    from faker import Faker

    from graph.incremental import _ENT, refresh_close_matches
    from graph.namespaces import NG

    fake = Faker(["en_US", "de_DE", "fr_FR", "es_ES"])
    Faker.seed(1)
    rng = random.Random(1)
    types = {"person": NG.Person, "organisation": NG.Organisation, "actor": NG.Actor}
    quads = []
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    kind_of = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for i in range(n):
        r = rng.random()
        name, kind = ((fake.name(), "person") if r < 0.5 else (fake.last_name(), "person") if r < 0.6
                      else (fake.company(), "organisation") if r < 0.85 else (fake.city(), "actor"))
        s = ox.NamedNode(f"https://w3id.org/newsgraph/id/{kind}/bench{i}")
        quads += [ox.Quad(s, kind_of, ox.NamedNode(str(types[kind])), _ENT), ox.Quad(s, label, ox.Literal(name), _ENT)]
    store = ox.Store()
    store.extend(quads)
    refresh_close_matches(store, full=True)
    return store


def _build(store: object, articles: int) -> None:
    """Write ``articles`` small articles into ``store`` (no refresh)."""
    from graph.articles import Article
    from graph.extract.base import Argument, Mention
    from graph.incremental import article_parts, write_article

    pool = [("Donald Trump", "PERSON"), ("Trump", "ORG"), ("Olaf Scholz", "PERSON"), ("Scholz", "PERSON"),
            ("Ford", "ORG"), ("Harrison Ford", "PERSON"), ("Emmanuel Macron", "PERSON"), ("Macron", "PERSON"),
            ("North Atlantic Treaty Organization", "ORG"), ("NATO", "ORG"), ("Anna Schmidt", "PERSON")]
    rng = random.Random(2)
    for i in range(articles):
        (a, la), (b, lb) = rng.sample(pool, 2)
        text = f"{a} met {b} in Paris."
        m = Mention("met", Argument(a, 0, len(a), la), Argument(b, len(a) + 5, len(a) + 5 + len(b), lb),
                    text, 0, len(text), None, 0.9, "bench/1")
        graph, entities = article_parts(Article(id=f"bench-{i}", text=text), [m], salt="", aliases=None)
        write_article(store, graph, entities)  # type: ignore[arg-type]


def _clear_caches() -> None:
    from graph.entities import review

    for cached in (review._form, review.token_keys, review._token_keys, review.folded):
        cached.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=50_000)
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="5,000 entities")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    n = 5_000 if args.quick else args.entities

    import pyoxigraph as ox

    from graph.incremental import _PENDING, close_matches, rule_keys, stored_entities

    store = _store(n)
    _build(store, args.articles)
    pending = {q.object.value for q in store.quads_for_pattern(None, None, None, _PENDING)}  # type: ignore[attr-defined]
    old, new, focus_size = [], [], 0
    for _ in range(args.repeat):
        _clear_caches()
        t = time.perf_counter()
        full = close_matches(stored_entities(store))  # type: ignore[arg-type]
        old.append(time.perf_counter() - t)
        _clear_caches()
        t = time.perf_counter()
        entities = stored_entities(store)  # type: ignore[arg-type]
        focus = {e.iri for e in entities if not pending.isdisjoint(rule_keys(e))}
        part = close_matches(entities, focus=focus)
        new.append(time.perf_counter() - t)
        focus_size = len(focus)
    have = {(q.subject.value, q.object.value) for q in store.quads_for_pattern(  # type: ignore[attr-defined]
        None, ox.NamedNode("http://www.w3.org/2004/02/skos/core#closeMatch"), None, None)}
    merged = part | {(a, b) for a, b in have if a not in focus or b not in focus}
    assert merged == full, "the incremental links differ from the full recompute"
    figures = {"entities": n, "articles": args.articles, "pending_keys": len(pending), "focus_entities": focus_size,
               "links": len(full), "full_s": round(min(old), 3), "incremental_s": round(min(new), 3),
               "ratio": round(min(old) / min(new), 2)}
    print(json.dumps(figures, indent=1))
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
