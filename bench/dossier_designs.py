"""Where the top actor's ``dossier`` spends its time, and what other designs of it would cost.

    python bench/dossier_designs.py              # the bench's 1,000,000-quad store
    python bench/dossier_designs.py --quads 300000

Issue 15 asks every selective named query to answer in under 100 ms at 1M quads; the most
frequent actor's ``dossier`` (2,722 events on the store of ``bench/queries.py``) took 0.47 s
run directly on pyoxigraph. This script synthesises the same store (:func:`bench.queries.synthesize`,
same seed, so the same actor and rows), bulk-loads it into an on-disk Oxigraph store and times,
on pyoxigraph directly (median of ``--repeat`` runs, wall and CPU time of this process):

- **ablations** of the shipped ``graph/queries/dossier.rq`` (each removes one part: DISTINCT,
  ORDER BY, the UNION over roles, the class check, each OPTIONAL group; the first rows of the
  table build the query up from its index access, counting rows only);
- **designs** that would change the events graph, on extra triples written into the events
  graph of the same store under a bench-only namespace (:data:`X`), copied from each event's
  current values (so they answer the same rows): (a) every shown value copied onto the event
  (labels of subject and object, the relation's name, the first report's sentence, article id,
  title, URL and source): one index access per column; (b) one packed literal per event
  (tab-separated cells), returned as is (another result shape) or split into columns in SPARQL;
  (e) one scan of the event's properties (``?e ?p ?v``) pivoted into columns with ``GROUP BY``.

Each design's rows are compared with the shipped query's (lexical values; the packed literal
and the pivot have other shapes and are marked so). Figures vary with the machine's load; CPU
time is steadier than wall time when other jobs share the cores.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Namespace of the bench-only properties of the designs (never in a built store).
X = "https://w3id.org/newsgraph/bench/dossier#"
#: The shown columns, in the shipped query's order (the parameter's echo ``?actor`` last).
COLUMNS = ("date", "subject", "relation", "object", "mentions", "articles", "sources", "sentence",
           "article", "title", "url", "source")
PREFIXES = f"""PREFIX ng:      <https://w3id.org/newsgraph/ontology#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema:  <https://schema.org/>
PREFIX x:       <{X}>
"""
ROLES = "{ ?e ng:actor ?x } UNION { ?e ng:counterpart ?x } UNION { ?e ng:place ?x }"
ORDER = "ORDER BY ?date ?relation ?subject ?object ?article ?sentence"
SELECT = "SELECT DISTINCT " + " ".join(f"?{c}" for c in COLUMNS) + " ?actor"


def _shipped() -> str:
    # The dossier as shipped when these designs were measured (every event, oldest first);
    # graph/queries/dossier.rq has since become a page, newest first.
    return (Path(__file__).with_name("dossier-before-paging.rq")).read_text(encoding="utf-8")


def _without(text: str, *parts: str) -> str:
    for part in parts:
        if part not in text:
            raise RuntimeError(f"the shipped dossier query no longer holds {part!r}")
        text = text.replace(part, "")
    return text


def ablations() -> dict[str, str]:
    """Variants of the shipped query, each with one part removed (or built up from its start)."""
    q = _shipped()
    head = f"{PREFIXES}SELECT (COUNT(*) AS ?n) (SAMPLE(?actor) AS ?a) WHERE {{\n  ?x ng:searchKey ?actorKey .\n  {ROLES}\n"
    event = ("  ?e a ?cls ; ng:actor ?s ; ng:mentionCount ?mentions ; ng:articleCount ?articles ;\n"
             "     ng:sourceCount ?sources ; ng:firstReport ?a ; ng:firstMention ?m .\n"
             "  FILTER(?cls IN (ng:Visit, ng:Meeting, ng:Agreement, ng:Accusation))\n")
    where = q[q.index("WHERE"):q.index("ORDER BY")]
    plain = q.replace("SELECT DISTINCT", "SELECT")
    return {
        "shipped dossier.rq": q,
        "  count: index access only (search key + UNION)": head + "}",
        "  count: + class check": head + "  ?e a ?cls . FILTER(?cls IN (ng:Visit, ng:Meeting, "
                                           "ng:Agreement, ng:Accusation))\n}",
        "  count: + 6 event values": head + event + "}",
        "  count: + first sentence": head + event + "  ?m ng:sentence ?sentence .\n}",
        "  count: whole WHERE (no output, no sort)": q[:q.index("SELECT")]
            + "SELECT (COUNT(*) AS ?n) (SAMPLE(?actor) AS ?zz) " + where,
        "- DISTINCT": q.replace("SELECT DISTINCT", "SELECT"),
        "- ORDER BY": q[:q.index("ORDER BY")],
        "- DISTINCT and ORDER BY": plain[:plain.index("ORDER BY")],
        "- UNION (actor role only: fewer rows)": q.replace(ROLES, "?e ng:actor ?x ."),
        "- class check (no relation)": _without(
            q.replace("?e a ?cls ;", "?e"),
            "FILTER(?cls IN (ng:Visit, ng:Meeting, ng:Agreement, ng:Accusation))"),
        "- subject label": _without(q, "OPTIONAL { ?s rdfs:label ?subject }"),
        "- counterpart and place": _without(
            q, "OPTIONAL { ?e ng:counterpart ?o OPTIONAL { ?o rdfs:label ?counterpart } }",
            "OPTIONAL { ?e ng:place ?p OPTIONAL { ?p rdfs:label ?place } }"),
        "- article title, url, source": _without(
            q, "OPTIONAL { ?a dcterms:title ?title }", "OPTIONAL { ?a schema:url ?url }",
            "OPTIONAL { ?a dcterms:source ?source }"),
        "- event date": _without(q, "OPTIONAL { ?e ng:date ?date }"),
    }


def designs() -> dict[str, tuple[str, bool]]:
    """``{name: (query text, same columns as the shipped query)}`` over the bench-only triples."""
    head = f"{PREFIXES}# param: actor  x\n"
    a = (f"{head}{SELECT} WHERE {{\n  ?x ng:searchKey ?actorKey .\n  {ROLES}\n"
         "  ?e x:relation ?relation ; x:subject ?subject ; x:object ?object ;\n"
         "     ng:mentionCount ?mentions ; ng:articleCount ?articles ; ng:sourceCount ?sources ;\n"
         "     x:sentence ?sentence ; x:article ?article .\n"
         "  OPTIONAL { ?e ng:date ?date } OPTIONAL { ?e x:title ?title }\n"
         "  OPTIONAL { ?e x:url ?url } OPTIONAL { ?e x:source ?source }\n"
         f"}}\n{ORDER}\n")
    packed = (f"{head}SELECT DISTINCT ?date ?row ?actor WHERE {{\n  ?x ng:searchKey ?actorKey .\n"
              f"  {ROLES}\n  ?e x:row ?row OPTIONAL {{ ?e ng:date ?date }}\n}}\nORDER BY ?date ?row\n")
    split = [f"{head}{SELECT} WHERE {{", "  ?x ng:searchKey ?actorKey .", f"  {ROLES}",
             "  ?e x:row ?r0 ."]
    for i, c in enumerate(COLUMNS):
        split.append(f'  BIND(STRBEFORE(?r{i}, "\\t") AS ?{c}) BIND(STRAFTER(?r{i}, "\\t") AS ?r{i + 1})'
                     if i < len(COLUMNS) - 1 else f"  BIND(?r{i} AS ?{c})")
    split.append(f"}}\n{ORDER}\n")
    props = {"date": "ng:date", "subject": "x:subject", "relation": "x:relation",
             "object": "x:object", "mentions": "ng:mentionCount", "articles": "ng:articleCount",
             "sources": "ng:sourceCount", "sentence": "x:sentence", "article": "x:article",
             "title": "x:title", "url": "x:url", "source": "x:source"}
    pivot = (f"{head}SELECT " + " ".join(f"(SAMPLE(?{c}_) AS ?{c})" for c in COLUMNS)
             + " (SAMPLE(?actor) AS ?actor_) WHERE {\n  ?x ng:searchKey ?actorKey .\n"
             f"  {ROLES}\n  ?e ?p ?v .\n"
             + "".join(f"  BIND(IF(?p = {props[c]}, ?v, ?none) AS ?{c}_)\n" for c in COLUMNS)
             + f"}}\nGROUP BY ?e\n{ORDER}\n")
    return {
        "shipped dossier.rq": (_shipped(), True),
        "(a) every shown value on the event": (a, True),
        "(b) one packed literal, returned as is": (packed, False),
        "(b) one packed literal, split in SPARQL": ("\n".join(split), True),
        "(e) one scan of the event, pivoted": (pivot, True),
    }


_EXTRACT = """PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
SELECT ?e ?cls ?date ?subject ?object ?mentions ?articles ?sources ?sentence ?article ?title ?url ?source
WHERE {
  ?e a ?cls ; ng:actor ?s ; ng:mentionCount ?mentions ; ng:articleCount ?articles ;
     ng:sourceCount ?sources ; ng:firstReport ?a ; ng:firstMention ?m .
  FILTER(?cls IN (ng:Visit, ng:Meeting, ng:Agreement, ng:Accusation))
  ?m ng:sentence ?sentence .
  OPTIONAL { ?s rdfs:label ?subject }
  OPTIONAL { ?a dcterms:identifier ?article }
  OPTIONAL { ?e ng:counterpart ?o OPTIONAL { ?o rdfs:label ?counterpart } }
  OPTIONAL { ?e ng:place ?p OPTIONAL { ?p rdfs:label ?place } }
  OPTIONAL { ?e ng:date ?date }
  OPTIONAL { ?a dcterms:title ?title }
  OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a dcterms:source ?source }
  BIND(COALESCE(?counterpart, ?place) AS ?object)
}"""


def add_design_triples(store: Any) -> int:
    """Writes the designs' bench-only triples into the events graph; returns how many."""
    import pyoxigraph as ox

    from graph.eventcoref import EVENTS_GRAPH

    g = ox.NamedNode(str(EVENTS_GRAPH))
    quads = []
    for s in store.query(_EXTRACT, use_default_graph_as_union=True):
        e = s["e"]
        relation = s["cls"].value.rsplit("#", 1)[-1].lower()
        values = {c: s[c] for c in COLUMNS if c != "relation"}
        values["relation"] = ox.Literal(relation)
        for c, v in values.items():
            if v is not None and c not in ("date", "mentions", "articles", "sources"):
                quads.append(ox.Quad(e, ox.NamedNode(X + c), v, g))
        cells = ["" if values[c] is None else values[c].value for c in COLUMNS]
        quads.append(ox.Quad(e, ox.NamedNode(X + "row"), ox.Literal("\t".join(cells)), g))
    store.bulk_extend(quads)
    store.flush()
    return len(quads)


def bind(query: str, actor: str) -> str:
    """``query`` with ``actor`` bound as the named queries bind it (``VALUES``; its folded form
    as ``?actorKey``)."""
    from graph.binding import with_values
    from graph.query import _parse_named

    nq = _parse_named("x", query if "# param:" in query else "# param: actor  x\n" + query)
    return with_values(nq.text, nq.bindings({"actor": actor}))


def rows_of(store: Any, query: str) -> list[tuple[str, ...]]:
    """The solutions of ``query`` on ``store`` as tuples of lexical values (unbound as "")."""
    result = store.query(query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [tuple("" if s[n] is None else s[n].value for n in names) for s in result]


def _once(store: Any, text: str) -> tuple[float, float]:
    gc.collect()
    w, c = time.perf_counter(), time.process_time()
    for _ in store.query(text, use_default_graph_as_union=True):
        pass
    return time.perf_counter() - w, time.process_time() - c


def run(*, quads: int, repeat: int) -> dict[str, Any]:
    """Synthesise, load, time every variant; prints a line each and returns the figures.

    The runs are interleaved (each round runs every variant once) so that a change of the
    machine's load hits every variant alike; each figure is the median over the rounds."""
    import os

    import pyoxigraph as ox

    from bench.queries import synthesize

    used: Counter[str] = Counter()
    text, n, top = synthesize(quads, used=used)
    load = os.getloadavg()[0]
    print(f"{n:,} quads; actor {top!r}; load average {load:.2f}", flush=True)
    out: dict[str, Any] = {"quads": n, "actor": top, "load_before": round(load, 2), "times": {}}
    variants: dict[str, tuple[str, str, bool | None]] = {}  # name: (group, bound text, same shape)
    for name, q in ablations().items():
        variants[name] = ("ablations of the shipped query", bind(q, top), None)
    for name, (q, same) in designs().items():
        variants[name if name not in variants else name + " "] = ("designs", bind(q, top), same)
    with tempfile.TemporaryDirectory(prefix="newsgraph-dossier-designs-") as tmp:
        store = ox.Store(str(Path(tmp) / "store"))
        store.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        store.flush()
        del text
        extra = add_design_triples(store)
        print(f"+ {extra:,} bench-only quads for the designs (same store for every variant); "
              f"{repeat} interleaved rounds", flush=True)
        rows = {name: rows_of(store, q) for name, (_, q, _) in variants.items()}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
        for _ in range(repeat):
            for name, (_, q, _) in variants.items():
                times[name].append(_once(store, q))
        del store
    base = sorted(rows["shipped dossier.rq"])
    group = ""
    for name, (g, _, same) in variants.items():
        if g != group:
            group = g
            print(f"-- {g}", flush=True)
        wall = statistics.median(t[0] for t in times[name])
        cpu = statistics.median(t[1] for t in times[name])
        check = ""
        if same is True and not name.startswith("shipped"):
            check = "  same rows" if sorted(rows[name]) == base else "  ROWS DIFFER"
        elif same is False:
            check = "  (other result shape)"
        print(f"{name.strip():50} {len(rows[name]):6,} rows  wall {wall * 1000:7.1f} ms  "
              f"cpu {cpu * 1000:7.1f} ms{check}", flush=True)
        out["times"][name.strip() + (" (designs)" if name.endswith(" ") else "")] = {
            "rows": len(rows[name]), "wall_ms": round(wall * 1000, 1),
            "cpu_ms": round(cpu * 1000, 1), "check": check.strip()}
    out["load_after"] = round(os.getloadavg()[0], 2)
    print(f"load average after {out['load_after']:.2f}", flush=True)
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Command line: a line per variant, then the JSON of the figures."""
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quads", type=int, default=1_000_000, help="store size (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per variant (median)")
    args = parser.parse_args(argv)
    figures = run(quads=args.quads, repeat=args.repeat)
    print(json.dumps(figures), flush=True)
    return figures


if __name__ == "__main__":
    main()
