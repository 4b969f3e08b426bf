"""Building RDF: one named graph per article (an event node per mention plus the direct triple)
and one named graph describing the entities."""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from graph.articles import Article
from graph.entities import Resolution, entity_triples
from graph.eventcoref import EVENTS_GRAPH, RELATIONS
from graph.extract.base import Mention
from graph.namespaces import NG, NGR
from graph.search import search_keys
from graph.syndication import bands, encode, signature

EVENT_CLASSES = RELATIONS
PREFIXES = {"ng": NG._NS, "ngr": NGR, "prov": PROV, "dcterms": DCTERMS, "skos": SKOS, "schema": SDO}


@lru_cache(maxsize=1)
def newsgraph_version() -> str:
    """The installed Newsgraph version (the version recorded for every extractor)."""
    try:
        return version("newsgraph")
    except PackageNotFoundError:
        return "0+unknown"


#: The shape of what a build writes; part of every content hash, so that a store written in an
#: older shape is rebuilt article by article (2: ``ng:Mention`` nodes in article graphs, events
#: in the derived events graph, MinHash signatures on articles).
STORE_FORMAT = "2"


def content_hash(article: Article, *, salt: str = "") -> str:
    """SHA-256 of everything an article's graph is built from: its id, text and metadata, the
    Newsgraph version, :data:`STORE_FORMAT` and ``salt`` (e.g. the extractor selection). Equal
    hash, equal graph."""
    h = hashlib.sha256()
    for part in (article.id, article.text, article.date, article.title, article.url,
                 article.source, newsgraph_version(), STORE_FORMAT, salt):
        h.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def build_salt(extractor_names: Iterable[str] | None = None, *, aliases: str | None = None) -> str:
    """What besides the article itself decides its graph, for :func:`content_hash`: the
    extractors chosen (default: every registered one) with their versions, the version of the
    entity resolution rules (:data:`graph.entities.RESOLVER_VERSION`), and the text of
    the alias file (``aliases``, ``None`` without one). Changing any of them changes every
    article's hash, so an incremental build rebuilds them all.

    Raises:
        ExtractorError: an unknown extractor name.
    """
    from graph.entities import RESOLVER_VERSION
    from graph.extract import make_extractors
    from graph.extract.common import VERSION

    parts = [f"{x.name}/{getattr(x, 'version', VERSION)}" for x in make_extractors(
        list(extractor_names) if extractor_names else None)]
    parts.append(f"entities/{RESOLVER_VERSION}")
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    if aliases is not None:
        h.update(b"\x00aliases\x00" + aliases.encode("utf-8"))
    return h.hexdigest()[:32]


def article_iri(article: Article) -> URIRef:
    """The IRI (and named-graph name) of an article."""
    return NGR[f"article/{hashlib.sha1(article.id.encode()).hexdigest()[:16]}"]


_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def date_literal(iso: str) -> Literal:
    """``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` as the matching XSD literal; anything else as a
    plain string (never an ill-typed literal)."""
    if not _ISO_DATE.fullmatch(iso):
        return Literal(iso)
    kind = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(iso)]
    return Literal(iso, datatype=kind)


def mention_iri(article: Article, mention: Mention) -> URIRef:
    """A stable IRI for one mention: same article, sentence and arguments give the same IRI."""
    key = "|".join(
        [article.id, mention.predicate, mention.subject.text, mention.object.text, str(mention.start)]
    )
    return NGR[f"mention/{hashlib.sha1(key.encode()).hexdigest()[:20]}"]


#: The named graph holding the description of every entity (type, labels, links, merges), once:
#: article graphs hold only their article and its events, so that the union of all graphs
#: never repeats an entity's description once per article naming it.
ENTITIES_GRAPH = NGR["graph/entities"]


def article_triples(
    article: Article, mentions: Iterable[Mention], resolution: Resolution, *, salt: str = "",
    into: Graph | None = None,
) -> tuple[Graph, set[URIRef]]:
    """The named graph of one article (its metadata and its events, and the organisation
    evidence it gives the one-word organisations it names: ``skos:scopeNote``, see
    :meth:`graph.entities.Resolution.article_evidence`), and the IRIs of the entities those
    events name (their descriptions belong in :data:`ENTITIES_GRAPH`, see
    :func:`entities_graph`).

    ``salt`` goes into the article's ``ng:contentHash`` (see :func:`content_hash`); ``into``:
    add the triples to this graph (named by the article) instead of a new one.
    """
    a = article_iri(article)
    g = Graph(identifier=a) if into is None else into
    add = g.add
    add((a, RDF.type, NG.Article))
    add((a, DCTERMS.identifier, Literal(article.id)))
    add((a, NG.contentHash, Literal(content_hash(article, salt=salt))))
    if article.title:
        add((a, DCTERMS.title, Literal(article.title)))
    if article.date:
        add((a, DCTERMS.date, date_literal(article.date)))
    if article.url:
        add((a, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        add((a, DCTERMS.source, Literal(article.source)))
    if article.place:  # the dateline's place: its GeoNames IRI, else the name as written
        from graph.sources import place_geonames

        link = place_geonames(article.place)
        add((a, SDO.locationCreated, URIRef(link) if link else Literal(article.place)))
    sig = signature(article.text)
    if sig is not None:  # near-identical copies (syndication) are found by these
        add((a, NG.minHash, Literal(encode(sig))))
        for band in bands(sig):
            add((a, NG.lshBand, Literal(band)))
    named: set[URIRef] = set()
    for m in mentions:
        s = resolution.iri(m.subject, article=article)
        o = resolution.iri(m.object, article=article)
        where = (resolution.iri(m.place, article=article)
                 if m.place is not None and m.predicate != "visited" else None)
        named.add(s)
        named.add(o)
        add((s, NG[m.predicate], o))
        e = mention_iri(article, m)
        add((e, RDF.type, NG.Mention))
        add((e, NG.relation, NG[m.predicate]))
        add((e, NG.mentionActor, s))
        add((e, NG.mentionPlace if m.predicate == "visited" else NG.mentionCounterpart, o))
        add((e, NG.subjectText, Literal(m.subject.text)))
        add((e, NG.objectText, Literal(m.object.text)))
        if where is not None:
            named.add(where)
            add((e, NG.mentionPlace, where))
        if m.date:
            add((e, NG.date, date_literal(m.date)))
        add((e, NG.confidence, Literal(Decimal(str(round(m.confidence, 4))))))
        add((e, NG.sentence, Literal(m.sentence)))
        add((e, NG.startOffset, Literal(m.start)))
        add((e, NG.endOffset, Literal(m.end)))
        name, _, release = m.extractor.partition("/")  # extractors are named "name/version"
        add((e, NG.extractor, Literal(name)))
        add((e, NG.extractorVersion, Literal(release or newsgraph_version())))
        add((e, PROV.wasDerivedFrom, a))
    # what this article says of its entities that decides links (graph.entities.review), kept
    # with the article so that it goes when the article is removed or replaced
    for iri, note in resolution.article_evidence(article):
        if iri in named:
            add((iri, SKOS.scopeNote, Literal(note)))
    return g, named


def entities_graph(resolution: Resolution, iris: Iterable[URIRef], *, into: Graph | None = None) -> Graph:
    """The descriptions of the entities ``iris`` (see :func:`graph.entities.entity_triples`),
    as a graph named :data:`ENTITIES_GRAPH` (or added to ``into``)."""
    g = Graph(identifier=ENTITIES_GRAPH) if into is None else into
    for iri in sorted(set(iris)):
        names: dict[URIRef, list[str]] = {}
        for triple in entity_triples(resolution.entities[iri]):
            g.add(triple)
            if triple[1] in _NAME_PREDICATES:
                names.setdefault(triple[0], []).append(str(triple[2]))
        for described, labels in names.items():
            for key in sorted(search_keys(labels)):
                g.add((described, NG.searchKey, Literal(key)))
    return g


#: The predicates whose values are an entity's names (indexed as ``ng:searchKey``).
_NAME_PREDICATES = frozenset({RDFS.label, SKOS.altLabel})


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block (back on after it, if it was on).

    Building a dataset allocates tens of thousands of long-lived containers (rdflib's index
    dicts, terms), none of them garbage: each collection the allocations trigger only walks
    them and promotes them. Measured on the 200 bench articles (2026-12-01, CPU time of one
    process, spaCy model and gazetteer loaded): 0.66 s of the 1.37 s of :func:`build_dataset`
    was spent in collections. Cycles made inside the block are collected by the first
    collection after it."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def build_dataset(
    batch: Iterable[tuple[Article, list[Mention]]], resolution: Resolution, *, salt: str = "",
    entities_of: dict[URIRef, set[URIRef]] | None = None, events: bool = True,
) -> Dataset:
    """A dataset with one named graph per article, one, :data:`ENTITIES_GRAPH`, describing
    the entities they name and (with ``events``) the derived one,
    :data:`graph.eventcoref.EVENTS_GRAPH`, holding the events their mentions report
    (:func:`graph.derived.dataset_events`) (``salt``: see :func:`content_hash`). ``entities_of``,
    when given, is filled with each article graph's name → the entities its mentions name, in
    batch order."""
    with gc_paused():
        return _build_dataset(batch, resolution, salt=salt, entities_of=entities_of,
                              events=events)


def _build_dataset(
    batch: Iterable[tuple[Article, list[Mention]]], resolution: Resolution, *, salt: str,
    entities_of: dict[URIRef, set[URIRef]] | None, events: bool,
) -> Dataset:
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    named: set[URIRef] = set()
    for article, mentions in batch:
        a = article_iri(article)
        _, iris = article_triples(article, mentions, resolution, salt=salt, into=ds.graph(a))
        named |= iris
        if entities_of is not None:
            entities_of[a] = iris
    if named:
        entities_graph(resolution, named, into=ds.graph(ENTITIES_GRAPH))
    if events:
        from graph.derived import dataset_events

        derived = dataset_events(ds)
        if derived:
            target = ds.graph(EVENTS_GRAPH)
            for triple in derived:
                target.add(triple)
    return ds


def union_graph(ds: Dataset) -> Graph:
    """All triples of every named graph of ``ds`` in one graph (for Turtle and JSON-LD), each
    literal typed ``xsd:string`` written as the simple literal it is (RDF 1.1): a dataset read
    from a store (oxrdflib) types every string so, and rdflib, once it has parsed the file
    back, would not match it against a plain ``"..."`` in a query."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    add = g.add
    for s, p, o, _c in ds.quads((None, None, None, None)):
        if type(o) is Literal and o.datatype == XSD.string:
            o = Literal(str(o))
        add((s, p, o))
    return g
