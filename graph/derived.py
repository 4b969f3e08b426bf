"""The derived events graph: computed from the mentions and articles of a dataset, or kept up to
date in a store one article write at a time.

:data:`graph.eventcoref.EVENTS_GRAPH` holds the event nodes (:mod:`graph.eventcoref`), the
``ng:mentionOf`` links from mentions to events, and the ``ng:syndicatedFrom`` links from each
article of a syndication cluster to its representative (:mod:`graph.syndication`). It is a pure
function of the article graphs: :func:`dataset_events` computes it for a whole dataset (a plain
build), :func:`store_update` gives the SPARQL update operations that bring a store's copy in
step with one article's new graph, for the same transaction as the article's write. Both use
the same functions, so a store and a plain build of the same articles hold the same triples.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

import pyoxigraph as ox
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from graph import syndication as syn
from graph.eventcoref import (
    EVENTS_GRAPH,
    RELATIONS,
    SYMMETRIC,
    ArticleInfo,
    Key,
    MentionRow,
    Triple,
    derive,
    summary_iri,
)
from graph.namespaces import NG
from graph.search import fold

_REL = {str(NG[r]): r for r in ("visited", "met", "agreed", "accused")}


def _text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def _row(m: str, props: Mapping[str, Collection[str]], article: str) -> MentionRow | None:
    """A mention's row from its ``{predicate IRI: [values]}``; ``None`` if it is not whole."""
    relation = _REL.get(min(props.get(str(NG.relation), [""])))
    actors = props.get(str(NG.mentionActor))
    if relation is None or not actors:
        return None
    other_prop = NG.mentionPlace if relation == "visited" else NG.mentionCounterpart
    others = props.get(str(other_prop))
    if not others:
        return None
    places = props.get(str(NG.mentionPlace), []) if relation != "visited" else []
    starts = props.get(str(NG.startOffset), ["0"])
    sentences = props.get(str(NG.sentence), [""])
    dates = props.get(str(NG.date))
    try:
        start = int(min(starts))
    except ValueError:
        start = 0
    return MentionRow(iri=m, relation=relation, actor=min(actors), other=min(others),
                      article=article, start=start, date=min(dates) if dates else None,
                      place=min(places) if places else None, sentence=min(sentences))


def _info(iri: str, ident: str | None, date: str | None, rep: str, rep_source: str | None) -> ArticleInfo:
    # a source's name (accents, case and punctuation folded: "Reuters " and "REUTERS" are one
    # outlet), else the article's IRI
    origin = (fold(rep_source) or rep_source) if rep_source else rep
    return ArticleInfo(iri=iri, id=ident or "", date=date, origin=origin, rep=rep)


def _doc(iri: str, ident: str | None, date: str | None, minhash: str | None,
         bands: Iterable[str]) -> syn.Doc:
    sig = None
    if minhash:
        try:
            sig = syn.decode(minhash)
        except ValueError:
            sig = None
    return syn.Doc(iri=iri, date=date, id=ident or "", sig=sig,
                   bands=tuple(sorted(bands)) if sig is not None else ())


# --- a whole dataset (plain builds) ------------------------------------------------------------


def dataset_events(ds: Dataset | Graph) -> set[Triple]:
    """The triples of the events graph of ``ds`` (its article graphs' mentions and articles;
    an rdflib dataset with a union default graph, or one graph)."""
    mentions: dict[str, dict[str, list[str]]] = {}
    articles: dict[str, dict[str, list[str]]] = {}
    for s in ds.subjects(RDF.type, NG.Mention):  # type: ignore[arg-type]
        mentions.setdefault(str(s), {})
    for s in ds.subjects(RDF.type, NG.Article):  # type: ignore[arg-type]
        articles.setdefault(str(s), {})
    for table in (mentions, articles):
        for subject, props in table.items():
            for p, o in ds.predicate_objects(URIRef(subject)):  # type: ignore[arg-type]
                props.setdefault(str(p), []).append(str(o))
    return _events(mentions, articles)


def triples_events(triples: Iterable[Triple]) -> set[Triple]:
    """:func:`dataset_events` of a dataset holding exactly ``triples`` (in any of its graphs),
    computed from the triples themselves: what a plain build uses, instead of reading back
    the dataset it has just filled (the same tables: each typed subject's distinct values)."""
    triples = list(triples)
    a_type, a_mention, an_article = RDF.type, NG.Mention, NG.Article
    typed: dict[str, tuple[bool, bool]] = {}
    for s, p, o in triples:
        if p == a_type and (o == a_mention or o == an_article):
            key = str(s)
            mention, article = typed.get(key, (False, False))
            typed[key] = (mention or o == a_mention, article or o == an_article)
    values: dict[str, dict[str, set[str]]] = {s: {} for s in typed}
    for s, p, o in triples:
        props = values.get(str(s))
        if props is not None:
            props.setdefault(str(p), set()).add(str(o))
    mentions = {s: values[s] for s, (mention, _a) in typed.items() if mention}
    articles = {s: values[s] for s, (_m, article) in typed.items() if article}
    return _events(mentions, articles)


def _events(mentions: Mapping[str, Mapping[str, Collection[str]]],
            articles: Mapping[str, Mapping[str, Collection[str]]]) -> set[Triple]:
    """The events graph from ``{mention IRI: {predicate IRI: values}}`` and the same of the
    articles (each value once)."""
    docs = {}
    for a, props in articles.items():
        one = {k: min(v) for k, v in props.items()}
        docs[a] = _doc(a, one.get(str(DCTERMS.identifier)), one.get(str(DCTERMS.date)),
                       one.get(str(NG.minHash)), props.get(str(NG.lshBand), []))
    reps = syn.clusters(docs, syn.edges(docs))
    infos = {}
    for a, props in articles.items():
        rep = reps.get(a, a)
        source = min(articles.get(rep, {}).get(str(DCTERMS.source), [""])) or None
        infos[a] = _info(a, docs[a].id, docs[a].date, rep, source)
    rows = []
    for m, props in mentions.items():
        froms = props.get("http://www.w3.org/ns/prov#wasDerivedFrom")
        row = _row(m, props, min(froms)) if froms else None
        if row is not None:
            rows.append(row)
    out = derive(rows, infos)
    out.update((URIRef(a), NG.syndicatedFrom, URIRef(r)) for a, r in reps.items() if a != r)
    return out


# --- one article written into a store ----------------------------------------------------------

_EV = ox.NamedNode(str(EVENTS_GRAPH))
_SYND = ox.NamedNode(str(NG.syndicatedFrom))
_MENTION_OF = ox.NamedNode(str(NG.mentionOf))


def _props(store: ox.Store, s: str, g: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for q in store.quads_for_pattern(ox.NamedNode(s), None, None, ox.NamedNode(g)):
        out.setdefault(q.predicate.value, []).append(q.object.value)  # type: ignore[union-attr]
    return out


class _StoreView:
    """Reads of one store for one write, each cached."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._articles: dict[str, dict[str, list[str]]] = {}

    def article(self, iri: str) -> dict[str, list[str]]:
        if iri not in self._articles:
            self._articles[iri] = _props(self.store, iri, iri)
        return self._articles[iri]

    def doc(self, iri: str) -> syn.Doc:
        p = self.article(iri)
        return _doc(iri, _one(p, DCTERMS.identifier), _one(p, DCTERMS.date), _one(p, NG.minHash),
                    p.get(str(NG.lshBand), []))

    def rep(self, iri: str) -> str:
        found = [q.object.value for q in self.store.quads_for_pattern(  # type: ignore[union-attr]
            ox.NamedNode(iri), _SYND, None, _EV)]
        return min(found) if found else iri

    def members(self, rep: str) -> set[str]:
        return {rep} | {q.subject.value for q in self.store.quads_for_pattern(  # type: ignore[union-attr]
            None, _SYND, ox.NamedNode(rep), _EV)}

    def with_band(self, band: str) -> set[str]:
        return {q.subject.value for q in self.store.quads_for_pattern(  # type: ignore[union-attr]
            None, ox.NamedNode(str(NG.lshBand)), ox.Literal(band), None)}

    def mentions_of(self, article: str) -> list[MentionRow]:
        g = ox.NamedNode(article)
        out = []
        for q in self.store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)),
                                              ox.NamedNode(str(NG.Mention)), g):
            row = _row(q.subject.value, _props(self.store, q.subject.value, article), article)  # type: ignore[union-attr]
            if row is not None:
                out.append(row)
        return out

    def mentions_with_key(self, key: Key) -> list[MentionRow]:
        relation, a, b = key
        other = NG.mentionPlace if relation == "visited" else NG.mentionCounterpart
        pairs = {(a, b), (b, a)} if a != b and relation in SYMMETRIC else {(a, b)}
        values = " ".join(f"(<{x}> <{y}>)" for x, y in sorted(pairs))
        query = (f"SELECT DISTINCT ?m ?g WHERE {{ VALUES (?x ?y) {{ {values} }} GRAPH ?g {{ "
                 f"?m <{NG.mentionActor}> ?x ; <{other}> ?y ; <{NG.relation}> <{NG[relation]}> }} }}")
        out = []
        for sol in self.store.query(query):  # type: ignore[union-attr]
            m, g = sol["m"].value, sol["g"].value
            row = _row(m, _props(self.store, m, g), g)
            if row is not None and row.key == key:
                out.append(row)
        return out

    def event_triples(self, events: set[str]) -> set[Triple]:
        out: set[Triple] = set()
        for e in events:
            node = ox.NamedNode(e)
            for q in self.store.quads_for_pattern(node, None, None, _EV):
                out.add((URIRef(e), URIRef(q.predicate.value), _term(q.object)))
            for q in self.store.quads_for_pattern(None, _MENTION_OF, node, _EV):
                out.add((URIRef(q.subject.value), NG.mentionOf, URIRef(e)))  # type: ignore[union-attr]
        return out

    def event_of(self, mention: str) -> set[str]:
        return {q.object.value for q in self.store.quads_for_pattern(  # type: ignore[union-attr]
            ox.NamedNode(mention), _MENTION_OF, None, _EV)}


def _one(props: dict[str, list[str]], p: URIRef) -> str | None:
    values = props.get(str(p))
    return min(values) if values else None


def _term(o: object) -> Node:
    if isinstance(o, ox.NamedNode):
        return URIRef(o.value)
    if isinstance(o, ox.Literal):
        dtype = o.datatype.value
        if o.language:
            return Literal(o.value, lang=o.language)
        return Literal(o.value) if dtype.endswith("#string") else Literal(o.value, datatype=URIRef(dtype))
    raise TypeError(f"unexpected term in the events graph: {o!r}")


def _graph_props(graph: Graph, s: URIRef) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p, o in graph.predicate_objects(s):
        out.setdefault(str(p), []).append(str(o))
    return out


def store_update(store: ox.Store, graph: Graph) -> str:
    """SPARQL update operations (to run after the article's graph is replaced, in the same
    update) that make the store's events graph :func:`dataset_events` of the store as it will
    be once ``graph`` (an article's new named graph) replaces the stored one; ``""`` when
    nothing changes. Reads the store as it is now (the caller holds its lock)."""
    name = str(graph.identifier)
    view = _StoreView(store)
    new_props = _graph_props(graph, URIRef(name))
    new_doc = _doc(name, _one(new_props, DCTERMS.identifier), _one(new_props, DCTERMS.date),
                   _one(new_props, NG.minHash), new_props.get(str(NG.lshBand), []))
    # 1. syndication: the old cluster of this article and the clusters of its new neighbours
    affected = view.members(view.rep(name))
    for band in new_doc.bands:
        for other in view.with_band(band) - {name}:
            if other not in affected:
                affected |= view.members(view.rep(other))
    affected.add(name)
    docs = {a: (new_doc if a == name else view.doc(a)) for a in affected}
    reps = syn.clusters(docs, syn.edges(docs))
    old_reps = {a: view.rep(a) for a in affected}
    gone: set[Triple] = {(URIRef(a), NG.syndicatedFrom, URIRef(r)) for a, r in old_reps.items() if a != r}
    added: set[Triple] = {(URIRef(a), NG.syndicatedFrom, URIRef(r)) for a, r in reps.items() if a != r}

    def props_of(a: str) -> dict[str, list[str]]:
        return new_props if a == name else view.article(a)

    infos: dict[str, ArticleInfo] = {}

    def info(a: str) -> ArticleInfo:
        if a not in infos:
            rep = reps.get(a, a) if a in affected else view.rep(a)
            p = props_of(a)
            infos[a] = _info(a, _one(p, DCTERMS.identifier), _one(p, DCTERMS.date), rep,
                             _one(props_of(rep), DCTERMS.source))
        return infos[a]

    # 2. events: every key a mention of an affected article names, before or after
    new_rows = [r for m in set(graph.subjects(RDF.type, NG.Mention))
                if (r := _row(str(m), _graph_props(graph, m), name)) is not None]  # type: ignore[arg-type]
    keys = {r.key for r in new_rows}
    for a in affected:
        keys.update(r.key for r in view.mentions_of(a))
    for key in sorted(keys):
        stored = view.mentions_with_key(key)
        old_events = set().union(*(view.event_of(r.iri) for r in stored)) if stored else set()
        rows = [r for r in stored if r.article != name] + [r for r in new_rows if r.key == key]
        old = view.event_triples(old_events | {str(summary_iri(key))})
        new = derive(rows, {r.article: info(r.article) for r in rows})
        gone |= old - new
        added |= new - old
    same = gone & added
    gone, added = gone - same, added - same
    ev = EVENTS_GRAPH.n3()
    ops = []
    if gone:
        ops.append(f"DELETE DATA {{ GRAPH {ev} {{\n{_data(gone)}\n}} }}")
    if added:
        ops.append(f"INSERT DATA {{ GRAPH {ev} {{\n{_data(added)}\n}} }}")
    return "".join(" ;\n" + op for op in ops)


def _data(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in sorted(triples))  # type: ignore[attr-defined]


def stored_events_of(store: ox.Store, mentions: Iterable[str], articles: Iterable[str]) -> set[Triple]:
    """The triples of the store's events graph about the events of ``mentions`` (every
    ``ng:mentionOf`` link to them included) and the ``ng:syndicatedFrom`` links of ``articles``
    (a build's own share of the events graph)."""
    view = _StoreView(store)
    events: set[str] = set()
    for m in mentions:
        events |= view.event_of(m)
    out = view.event_triples(events)
    classes = {v: k for k, v in RELATIONS.items()}
    keys: set[Key] = set()
    by_subject: dict[str, dict[Node, Node]] = {}
    for s, p, o in out:
        if p != NG.mentionOf:
            by_subject.setdefault(str(s), {})[p] = o
    for e in events:  # and the summaries of their keys
        about = by_subject.get(e, {})
        cls = about.get(RDF.type)
        relation = classes.get(cls) if isinstance(cls, URIRef) else None
        other = about.get(NG.place if relation == "visited" else NG.counterpart)
        if relation is not None and NG.actor in about and other is not None:
            keys.add(MentionRow(iri=e, relation=relation, actor=str(about[NG.actor]),
                                other=str(other), article="").key)
    out |= view.event_triples({str(summary_iri(k)) for k in keys})
    for a in articles:
        rep = view.rep(a)
        if rep != a:
            out.add((URIRef(a), NG.syndicatedFrom, URIRef(rep)))
    return out
