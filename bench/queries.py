"""The named analyst queries on a store of at least 1 million triples: Oxigraph vs rdflib.

    python bench/queries.py            # >= 1,000,000 triples
    python bench/queries.py --quick    # >= 100,000 triples

The data: the real graph extracted from ``../shared/dev/gold-dev.jsonl`` and ``seeds/`` gives
templates (event types, quoted sentences, offsets, confidences, extractors) and entities (types,
names, countries). Synthetic articles replicate and perturb them: each holds 4-12 mentions whose
template is drawn at random and whose actors are drawn from the real entities and numbered
variants of them with a Zipf-like law (a few actors are everywhere, most are rare), dates spread
over ten years; 40% of the mentions report again an event reported before (restatements, other
outlets). As in a built store, each article's mentions go into its own named graph, each
entity's description, once, into the entities graph, and the events (computed from the
mentions by the build's own rule) into the events graph. Lines are written as N-Quads and
bulk-loaded into Oxigraph.

The same N-Quads are parsed into rdflib's in-memory ``Dataset``. Each named query runs, in one
run, three ways: the product path, :func:`graph.query.run_named` on the on-disk Oxigraph store
(as ``newsgraph query STORE --named`` does: pyoxigraph directly, rows listed, cells left to be
converted when read; also timed with every cell read as an rdflib term); the floor, the same
query text (parameters bound as ``VALUES``) run by pyoxigraph itself and its solutions listed;
and rdflib's own engine on the in-memory dataset through ``run_named``. All must return the same
number of rows. Oxigraph times are the median of 5 runs (the product also in CPU time of the
process, what the query cost whatever the load); rdflib's is one run, stopped after
``RDFLIB_LIMIT_S`` (the ratio is then a lower bound). The selective queries take one actor by
its full name: the most frequent one, and the 100th most frequent (a typical one). A paged query
(the dossier) runs twice for each: its default page (the 100 newest events) and every event
(``limit=0``); its product figure is the page alone, and also the page with its total counted,
as ``newsgraph query --named`` runs it. The load average (1, 5, 15 min) is recorded at the start
and the end of the run. The numbered
variants of an entity are named ``<name><k>`` (``Alexander Lukashenko7``), so that they are
other actors to the search-key index, not longer names of the same one. ``run(quick=...)``
returns the figures as a dict (used by ``bench/run.py``).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.paths import DEV_SET

GOLD = DEV_SET
SEEDS = ROOT / "seeds"
TRIPLES = 1_000_000
QUICK_TRIPLES = 100_000


def _median(fn: Callable[[], Any], *, repeat: int = 5) -> tuple[Any, float]:
    times, value = [], None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return value, statistics.median(times)


def _median_cpu(fn: Callable[[], Any], *, repeat: int = 5) -> tuple[Any, float, float]:
    """(value, median wall seconds, median CPU seconds of this process): under load from other
    jobs the CPU time is what the query itself cost (Oxigraph runs in the calling thread)."""
    wall, cpu, value = [], [], None
    for _ in range(repeat):
        gc.collect()
        start, cpu_start = time.perf_counter(), time.process_time()
        value = fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    return value, statistics.median(wall), statistics.median(cpu)


def _best(fn: Callable[[], Any], *, repeat: int) -> tuple[Any, float]:
    best, value = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
        if best > 5:  # slow enough to time once
            break
    return value, best


#: rdflib's engine is stopped after this many seconds per query; the ratio is then a lower bound.
RDFLIB_LIMIT_S = 120.0


class _TimeLimit(Exception):
    pass


def _limited(fn: Callable[[], Any], limit: float) -> tuple[Any, float]:
    """(value, seconds), or (None, limit) when ``fn`` ran out of time (SIGALRM; main thread)."""
    import signal

    def stop(_signum: int, _frame: object) -> None:
        raise _TimeLimit

    gc.collect()
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        return fn(), time.perf_counter() - start
    except _TimeLimit:
        return None, limit
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _templates() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Mentions and entities of the real graph of the gold-dev texts and the seeds."""
    from rdflib import RDF, RDFS

    from graph.namespaces import NG
    from graph.pipeline import build_graph

    paths = [p for p in (GOLD, SEEDS) if p.exists()]
    ds = build_graph(paths).dataset
    events: list[dict[str, Any]] = []
    for e in sorted(ds.subjects(RDF.type, NG.Mention)):  # sorted: the same data every run
        relation = ds.value(e, NG.relation)
        events.append({
            "predicate": str(relation).rsplit("#", 1)[-1],
            "sentence": ds.value(e, NG.sentence), "start": ds.value(e, NG.startOffset),
            "end": ds.value(e, NG.endOffset), "confidence": ds.value(e, NG.confidence),
            "extractor": ds.value(e, NG.extractor),
            "version": ds.value(e, NG.extractorVersion),
        })
    entities: dict[Any, dict[str, Any]] = {}
    for s in sorted(set(ds.subjects(RDFS.label, None))):
        entities[s] = {"iri": s, "type": ds.value(s, RDF.type), "label": ds.value(s, RDFS.label),
                       "country": ds.value(s, NG.country)}
    return events, list(entities.values())


#: Share of mentions that report an event already reported (a restatement or another
#: outlet's report of it), and how many recent events they are drawn from.
RESTATED = 0.4
RECENT = 2000
OUTLETS = 60


def synthesize(target: int, *, seed: int = 0, used: Counter[str] | None = None) -> tuple[str, int, str]:
    """N-Quads text of at least ``target`` quads; returns (text, quads, most frequent actor name).
    ``used``, when given, is filled with how often each actor name was drawn.

    Laid out as a build lays it out: per article graph the article and its ``ng:Mention``
    nodes (and direct triples), the entities graph, and the derived events graph computed by
    :func:`graph.eventcoref.derive` from the mentions (so it is exactly what a build of such
    articles holds). :data:`RESTATED` of the mentions report an event drawn from the
    :data:`RECENT` last ones (same relation, participants and day), as outlets restate news;
    articles come from :data:`OUTLETS` outlets."""
    from rdflib import RDF, RDFS, XSD, Literal, URIRef
    from rdflib.namespace import DCTERMS, PROV, SDO

    from graph.eventcoref import EVENTS_GRAPH, ArticleInfo, MentionRow, derive
    from graph.namespaces import NG, NGR
    from graph.rdf import ENTITIES_GRAPH
    from graph.search import search_keys

    events, entities = _templates()
    if not events:
        raise RuntimeError("no mentions extracted from the template articles")
    rng = random.Random(seed)
    places = [x for x in entities if x["type"] in (NG.Place, NG.Country, NG.City)] or entities
    n = lambda t: t.n3()
    a_type, a_label, a_key = n(RDF.type), n(RDFS.label), n(NG.searchKey)
    # entity variants: the real ones, then "<name> 2", "<name> 3", ... with rarer use
    def variant(x: dict[str, Any], k: int) -> tuple[str, list[str], str]:
        iri = n(URIRef(f"{x['iri']}-v{k}")) if k else n(x["iri"])
        label = str(x["label"]) + (f"{k + 1}" if k else "")  # another actor, not a longer name
        desc = [f"{iri} {a_type} {n(x['type'])}", f"{iri} {a_label} {n(Literal(label))}"]
        desc += [f"{iri} {a_key} {n(Literal(key))}" for key in sorted(search_keys([label]))]
        if x["country"] is not None:
            desc.append(f"{iri} {n(NG.country)} {n(x['country'])}")
        return iri, desc, label

    variants = 40
    actor_pool = [variant(x, k) for k in range(variants) for x in entities]
    place_pool = [variant(x, k) for k in range(variants) for x in places]
    actor_w = list(accumulate(1.0 / (1 + i) ** 0.9 for i in range(len(actor_pool))))
    place_w = list(accumulate(1.0 / (1 + i) ** 0.9 for i in range(len(place_pool))))
    p = {k: n(v) for k, v in {
        "actor": NG.mentionActor, "counterpart": NG.mentionCounterpart, "place": NG.mentionPlace,
        "date": NG.date,
        "confidence": NG.confidence, "sentence": NG.sentence, "start": NG.startOffset,
        "end": NG.endOffset, "extractor": NG.extractor, "version": NG.extractorVersion,
        "derived": PROV.wasDerivedFrom, "id": DCTERMS.identifier, "title": DCTERMS.title,
        "adate": DCTERMS.date, "url": SDO.url, "source": DCTERMS.source, "hash": NG.contentHash,
        "article": NG.Article, "relation": NG.relation, "mention": NG.Mention}.items()}
    direct = {e["predicate"]: n(NG[e["predicate"]]) for e in events}
    lit = {id(e): {k: n(e[k]) for k in ("sentence", "start", "end", "confidence", "extractor",
                                        "version") if e[k] is not None} for e in events}
    used = Counter() if used is None else used
    lines: list[str] = []
    ent = n(ENTITIES_GRAPH)
    described: set[str] = set()  # entity descriptions go once into the entities graph
    rows: list[MentionRow] = []
    infos: dict[str, ArticleInfo] = {}
    recent: list[tuple[dict[str, Any], Any, Any, str]] = []
    ratio = 0.5  # events-graph quads per article-graph quad, re-estimated as articles are made
    i = 0
    evg = n(EVENTS_GRAPH)
    derived: list[str] = []
    while not derived or len(lines) + len(derived) < target:
        if len(lines) * (1 + ratio) >= target:  # the events graph, as a build derives it
            derived = [f"{s.n3()} {p_.n3()} {o.n3()} {evg} ." for s, p_, o in derive(rows, infos)]
            ratio = (len(derived) - 1) / len(lines)
            continue
        derived = []
        g = n(NGR[f"article/bench-{i:07d}"])
        day = f"{2015 + rng.randrange(10)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        outlet = f"Outlet {rng.randrange(OUTLETS)}"
        art = [f"{g} {a_type} {p['article']}", f"{g} {p['id']} \"bench-{i}\"",
               f"{g} {p['title']} \"Synthetic article {i}\"",
               f"{g} {p['adate']} {n(Literal(day, datatype=XSD.date))}",
               f"{g} {p['url']} \"https://example.org/news/{i}\"^^{n(XSD.anyURI)}",
               f"{g} {p['source']} {n(Literal(outlet))}", f"{g} {p['hash']} \"{i:064x}\""]
        infos[g[1:-1]] = ArticleInfo(iri=g[1:-1], id=f"bench-{i}", date=day, origin=outlet,
                                     rep=g[1:-1])
        desc: list[str] = []
        for j in range(rng.randint(4, 12)):
            if recent and rng.random() < RESTATED:  # another report of a recent event
                e, actor, other, when = rng.choice(recent)
            else:
                e = rng.choice(events)
                actor = rng.choices(actor_pool, cum_weights=actor_w)[0]
                other = rng.choices(place_pool if e["predicate"] == "visited" else actor_pool,
                                    cum_weights=place_w if e["predicate"] == "visited" else actor_w)[0]
                when = day
                recent.append((e, actor, other, when))
                if len(recent) > RECENT:
                    recent.pop(rng.randrange(len(recent)))
            used[actor[2]] += 1
            ev = n(NGR[f"mention/bench-{i:07d}-{j}"])
            role = p["place"] if e["predicate"] == "visited" else p["counterpart"]
            art += [f"{actor[0]} {direct[e['predicate']]} {other[0]}",
                    f"{ev} {a_type} {p['mention']}", f"{ev} {p['relation']} {direct[e['predicate']]}",
                    f"{ev} {p['actor']} {actor[0]}",
                    f"{ev} {role} {other[0]}", f"{ev} {p['derived']} {g}",
                    f"{ev} {p['date']} {n(Literal(when, datatype=XSD.date))}"]
            art += [f"{ev} {p[k]} {v}" for k, v in lit[id(e)].items()]
            rows.append(MentionRow(iri=ev[1:-1], relation=e["predicate"], actor=actor[0][1:-1],
                                   other=other[0][1:-1], article=g[1:-1], start=j, date=when))
            for x in (actor, other):
                if x[0] not in described:
                    described.add(x[0])
                    desc += x[1]
        lines += [f"{t} {g} ." for t in art]
        lines += [f"{t} {ent} ." for t in desc]
        i += 1
        if i >= 50 and i & (i - 1) == 0:  # at 64, 128, 256, ... articles
            ratio = len(derive(rows, infos)) / len(lines)
    lines += derived
    top = used.most_common(1)[0][0]
    return "\n".join(lines) + "\n", len(lines), top


def run(*, quick: bool) -> dict[str, Any]:
    """Build the data, load both stores, time every named query three ways; returns the figures."""
    import pyoxigraph as ox
    from rdflib import Dataset

    from graph.binding import with_values
    from graph.paging import run_named_page
    from graph.query import named_queries, run_named

    target = QUICK_TRIPLES if quick else TRIPLES
    used: Counter[str] = Counter()
    (text, quads, top), synth_s = _best(lambda: synthesize(target, used=used), repeat=1)
    figures: dict[str, Any] = {"quads": quads, "synthesize_s": round(synth_s, 2), "queries": {},
                               "loadavg_start": [round(x, 2) for x in os.getloadavg()]}
    # the selective queries for the most frequent actor, and for the 100th (a typical one)
    ranked = [name for name, _ in used.most_common(100)]
    actors = {"top": top, "typical": ranked[-1]}
    print(f"synthesised {quads:,} quads in {synth_s:.1f} s; actors: most frequent {top!r} "
          f"({used[top]:,} draws), 100th {ranked[-1]!r} ({used[ranked[-1]]:,} draws)", flush=True)
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-queries-") as tmp:
        store = ox.Store(str(Path(tmp) / "store"))
        _, ox_load = _best(lambda: store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS),
                           repeat=1)
        store.flush()
        mem = Dataset(default_union=True)
        _, rdflib_load = _best(lambda: mem.parse(data=text, format="nquads"), repeat=1)
        text = ""  # the N-Quads are loaded: free them
        figures["load_s"] = {"oxigraph_bulk": round(ox_load, 2), "rdflib": round(rdflib_load, 2)}
        print(f"load: Oxigraph bulk {ox_load:.1f} s, rdflib {rdflib_load:.1f} s "
              f"({rdflib_load / ox_load:.0f}x)", flush=True)
        ratios, overheads, default_ratios = [], [], []
        # a paged query (the dossier) runs twice per actor: its default page, and every row
        runs = [(name, q, kind, page)
                for name, q in named_queries().items()
                for kind in (("top", "typical") if "actor" in q.params else ("",))
                for page in (("page", "full") if q.paged else ("",))]
        for name, q, kind, page in runs:
            params = {"actor": actors[kind]} if kind else {}
            if page == "full":
                params["limit"] = "0"
            label = name + (f" {page}" if page else "") + (f" ({kind} actor)" if kind else "")
            bound = with_values(q.text_for(params), q.bindings(params)) if params else q.text
            product_rows, product_s, product_cpu = _median_cpu(
                lambda name=name, params=params: len(list(run_named(store, name, params))))
            _, cells_s = _median(lambda name=name, params=params: sum(
                1 for row in run_named(store, name, params) for _ in row))
            floor_rows, floor_s = _median(
                lambda bound=bound: len(list(store.query(bound, use_default_graph_as_union=True))))
            extra = ""
            if page:  # what `newsgraph query --named` does: the page, and its total when needed
                info, total_s = _median(lambda name=name, params=params: run_named_page(store, name, params).info)
                total = info.total if info is not None else product_rows
                extra = f"  with total {total_s * 1000:8.1f} ms (of {total:,})"
            rd_rows, rd_s = _limited(lambda name=name, params=params: len(list(run_named(mem, name, params))),
                                     RDFLIB_LIMIT_S)
            ratio = rd_s / product_s if product_s > 0 else float("inf")
            more = ">" if rd_rows is None else ""
            ratios.append(ratio)
            if page != "full":
                default_ratios.append(ratio)
            overheads.append(product_s / floor_s)
            figures["queries"][label] = {
                "rows": product_rows, "rows_floor": floor_rows, "rows_rdflib": rd_rows,
                "selective": bool(kind), "params": params, "product_s": round(product_s, 4),
                "product_cpu_s": round(product_cpu, 4),
                "product_all_cells_s": round(cells_s, 4), "pyoxigraph_direct_s": round(floor_s, 4),
                "rdflib_s": f"{more}{rd_s:.2f}", "rdflib_over_product": f"{more}{ratio:.1f}",
                "product_over_direct": round(product_s / floor_s, 2)}
            if page:
                figures["queries"][label].update(product_with_total_s=round(total_s, 4), total=total)
            note = "" if rd_rows in (product_rows, None) and floor_rows == product_rows else \
                f"  (rows differ: direct {floor_rows:,}, rdflib {rd_rows})!"
            print(f"{label:42} {product_rows:7,} rows  product {product_s * 1000:8.1f} ms "
                  f"(cpu {product_cpu * 1000:7.1f} ms) "
                  f"(all cells {cells_s * 1000:8.1f} ms)  pyoxigraph direct {floor_s * 1000:8.1f} ms  "
                  f"rdflib {more}{rd_s:8.2f} s  rdflib/product {more}{ratio:7.1f}x{extra}{note}",
                  flush=True)
        figures["geomean_rdflib_over_product"] = round(statistics.geometric_mean(ratios), 1)
        figures["geomean_rdflib_over_product_default_params"] = round(
            statistics.geometric_mean(default_ratios), 1)
        figures["max_product_over_direct"] = round(max(overheads), 2)
        figures["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
        print(f"geometric mean rdflib/product {figures['geomean_rdflib_over_product']}x over every "
              f"run ({figures['geomean_rdflib_over_product_default_params']}x over the default "
              f"parameters: the dossier's page, not every event); product/direct at most "
              f"{figures['max_product_over_direct']}x; load average at the end "
              f"{figures['loadavg_end']}", flush=True)
        store = None  # closed before its folder is removed
    figures["params"] = {"actor": actors}
    return figures


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Command line: prints a line per figure, then the JSON of all of them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_TRIPLES:,} triples")
    args = parser.parse_args(argv)
    figures = run(quick=args.quick)
    print(json.dumps(figures), flush=True)
    return figures


if __name__ == "__main__":
    main()
