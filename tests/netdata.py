"""Hand-made Newsgraph RDF graphs (the shape graph/rdf.py writes) for the network, analysis and
visualisation tests and benchmarks."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from graph.namespaces import NG, NGR

TYPES = {"person": NG.Person, "organisation": NG.Organisation, "country": NG.Country,
         "city": NG.City, "place": NG.Place}
EVENTS = {"visited": NG.Visit, "met": NG.Meeting, "agreed": NG.Agreement, "accused": NG.Accusation}


@dataclass(frozen=True)
class Ev:
    """One relation mention to put in a graph."""

    subject: str
    relation: str
    object: str
    sentence: str
    date: str = ""
    article: str = "a1"
    subject_type: str = "person"
    object_type: str = "person"


def entity(name: str, kind: str) -> URIRef:
    return NGR[f"{kind}/{hashlib.sha1(name.encode()).hexdigest()[:12]}"]


def make_graph(events: Iterable[Ev], *, titles: dict[str, str] | None = None) -> Graph:
    """An RDF graph holding ``events``: entities, articles, event nodes and direct triples."""
    g = Graph()
    titles = titles or {}
    for i, ev in enumerate(events):
        s, o = entity(ev.subject, ev.subject_type), entity(ev.object, ev.object_type)
        for iri, name, kind in ((s, ev.subject, ev.subject_type), (o, ev.object, ev.object_type)):
            g.add((iri, RDF.type, TYPES[kind]))
            g.add((iri, RDFS.label, Literal(name)))
        art = NGR[f"article/{ev.article}"]
        g.add((art, RDF.type, NG.Article))
        g.add((art, DCTERMS.identifier, Literal(ev.article)))
        g.add((art, DCTERMS.title, Literal(titles.get(ev.article, f"Article {ev.article}"))))
        g.add((art, SDO.url, Literal(f"https://example.org/{ev.article}", datatype=XSD.anyURI)))
        e = NGR[f"event/{i}"]
        g.add((s, NG[ev.relation], o))
        g.add((e, RDF.type, EVENTS[ev.relation]))
        g.add((e, NG.actor, s))
        g.add((e, NG.place if ev.relation == "visited" else NG.counterpart, o))
        g.add((e, NG.sentence, Literal(ev.sentence)))
        g.add((e, NG.confidence, Literal("0.9", datatype=XSD.decimal)))
        if ev.date:
            g.add((e, NG.date, Literal(ev.date, datatype=XSD.date if len(ev.date) == 10 else XSD.gYearMonth)))
        g.add((e, PROV.wasDerivedFrom, art))
    return g


def synthetic_events(n_entities: int, *, seed: int = 0, per_node: int = 2) -> list[Ev]:
    """About ``per_node * n_entities`` mentions among ``n_entities`` entities, preferential
    attachment (a few hubs, many leaves), dated over 2020-2024."""
    rng = random.Random(seed)
    kinds = ["person"] * 6 + ["organisation"] * 3 + ["country", "city"]
    names = [(f"Entity {i}", rng.choice(kinds)) for i in range(n_entities)]
    targets: list[int] = [0, 1]
    events: list[Ev] = []
    for i in range(2, n_entities):
        for _ in range(per_node):
            j = rng.choice(targets)
            if j == i:
                continue
            a, b = names[i], names[j]
            rel = rng.choice(["met", "met", "agreed", "accused"])
            if b[1] in ("country", "city"):
                rel = "visited"
            elif a[1] in ("country", "city"):
                a, b, rel = b, a, "visited"
            date = f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            events.append(Ev(a[0], rel, b[0], f"{a[0]} {rel} {b[0]}.", date,
                             article=f"art{len(events) // 5}", subject_type=a[1], object_type=b[1]))
            targets += [i, j]
    return events


def folded_trump_graph() -> Graph:
    """Three people of whom two ("Donald Trump", "Trump") are linked as probably one person
    (``skos:closeMatch``): the bare name's meetings are in March, the full name's earlier."""
    from rdflib import SKOS

    g = make_graph([
        Ev("Donald Trump", "met", "Vladimir Putin", "Donald Trump met Vladimir Putin.", "2025-03-01", "a1"),
        Ev("Trump", "met", "Emmanuel Macron", "Trump met Emmanuel Macron.", "2025-03-25", "a2"),
        Ev("Vladimir Putin", "met", "Emmanuel Macron", "Vladimir Putin met Emmanuel Macron.", "2025-03-26", "a3"),
    ])
    full, bare = entity("Donald Trump", "person"), entity("Trump", "person")
    g.add((full, SKOS.closeMatch, bare))
    g.add((bare, SKOS.closeMatch, full))
    return g
