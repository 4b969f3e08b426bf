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
from rdflib.term import Node

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
    triples, named = _article_triples(article, mentions, resolution, salt=salt)
    g = Graph(identifier=article_iri(article)) if into is None else into
    g.addN((s, p, o, g) for s, p, o in triples)  # one call: no per-triple Graph.add checks
    return g, named


# Terms made once (an attribute of a namespace builds a new URIRef at each use).
_TYPE, _ARTICLE, _MENTION = RDF.type, NG.Article, NG.Mention
_IDENTIFIER, _HASH, _TITLE, _DATE = DCTERMS.identifier, NG.contentHash, DCTERMS.title, DCTERMS.date
_URL, _SOURCE, _LOCATION = SDO.url, DCTERMS.source, SDO.locationCreated
_MINHASH, _BAND = NG.minHash, NG.lshBand
_RELATION, _ACTOR, _PLACE, _COUNTERPART = NG.relation, NG.mentionActor, NG.mentionPlace, NG.mentionCounterpart
_SUBJECT_TEXT, _OBJECT_TEXT, _EVENT_DATE, _CONFIDENCE = NG.subjectText, NG.objectText, NG.date, NG.confidence
_SENTENCE, _START, _END = NG.sentence, NG.startOffset, NG.endOffset
_EXTRACTOR, _EXTRACTOR_VERSION, _DERIVED, _SCOPE = NG.extractor, NG.extractorVersion, PROV.wasDerivedFrom, SKOS.scopeNote
_PREDICATE_IRIS: dict[str, URIRef] = {}


def _predicate(name: str) -> URIRef:
    iri = _PREDICATE_IRIS.get(name)
    if iri is None:
        iri = _PREDICATE_IRIS[name] = NG[name]
    return iri


# Literals that recur across mentions (offsets, confidences, dates, extractor names), made once
# per value; ``typed``: 1 and 1.0 are not one key.
_int_literal = lru_cache(maxsize=8192, typed=True)(Literal)
_text_literal = lru_cache(maxsize=1024, typed=True)(Literal)
_date_literal = lru_cache(maxsize=4096)(date_literal)


@lru_cache(maxsize=4096, typed=True)
def _confidence_literal(confidence: float) -> Literal:
    return Literal(Decimal(str(round(confidence, 4))))


def _article_triples(
    article: Article, mentions: Iterable[Mention], resolution: Resolution, *, salt: str
) -> tuple[list[tuple[URIRef, URIRef, URIRef | Literal]], set[URIRef]]:
    """:func:`article_triples` as a list of triples (in the order they are added)."""
    a = article_iri(article)
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    add = out.append
    add((a, _TYPE, _ARTICLE))
    add((a, _IDENTIFIER, Literal(article.id)))
    add((a, _HASH, Literal(content_hash(article, salt=salt))))
    if article.title:
        add((a, _TITLE, Literal(article.title)))
    if article.date:
        add((a, _DATE, date_literal(article.date)))
    if article.url:
        add((a, _URL, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        add((a, _SOURCE, Literal(article.source)))
    if article.place:  # the dateline's place: its GeoNames IRI, else the name as written
        from graph.sources import place_geonames

        link = place_geonames(article.place)
        add((a, _LOCATION, URIRef(link) if link else Literal(article.place)))
    sig = signature(article.text)
    if sig is not None:  # near-identical copies (syndication) are found by these
        add((a, _MINHASH, Literal(encode(sig))))
        for band in bands(sig):
            add((a, _BAND, Literal(band)))
    named: set[URIRef] = set()
    iri = resolution.iri
    for m in mentions:
        s = iri(m.subject, article=article)
        o = iri(m.object, article=article)
        visit = m.predicate == "visited"
        where = iri(m.place, article=article) if m.place is not None and not visit else None
        named.add(s)
        named.add(o)
        relation = _predicate(m.predicate)
        add((s, relation, o))
        e = mention_iri(article, m)
        add((e, _TYPE, _MENTION))
        add((e, _RELATION, relation))
        add((e, _ACTOR, s))
        add((e, _PLACE if visit else _COUNTERPART, o))
        add((e, _SUBJECT_TEXT, _text_literal(m.subject.text)))
        add((e, _OBJECT_TEXT, _text_literal(m.object.text)))
        if where is not None:
            named.add(where)
            add((e, _PLACE, where))
        if m.date:
            add((e, _EVENT_DATE, _date_literal(m.date)))
        add((e, _CONFIDENCE, _confidence_literal(m.confidence)))
        add((e, _SENTENCE, Literal(m.sentence)))
        add((e, _START, _int_literal(m.start)))
        add((e, _END, _int_literal(m.end)))
        name, _, release = m.extractor.partition("/")  # extractors are named "name/version"
        add((e, _EXTRACTOR, _text_literal(name)))
        add((e, _EXTRACTOR_VERSION, _text_literal(release or newsgraph_version())))
        add((e, _DERIVED, a))
    # what this article says of its entities that decides links (graph.entities.review), kept
    # with the article so that it goes when the article is removed or replaced
    for entity, note in resolution.article_evidence(article):
        if entity in named:
            add((entity, _SCOPE, Literal(note)))
    return out, named


def entities_graph(resolution: Resolution, iris: Iterable[URIRef], *, into: Graph | None = None) -> Graph:
    """The descriptions of the entities ``iris`` (see :func:`graph.entities.entity_triples`),
    as a graph named :data:`ENTITIES_GRAPH` (or added to ``into``)."""
    g = Graph(identifier=ENTITIES_GRAPH) if into is None else into
    g.addN((s, p, o, g) for s, p, o in _entities_triples(resolution, iris))
    return g


def _entities_triples(resolution: Resolution, iris: Iterable[URIRef]) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """:func:`entities_graph` as a list of triples (in the order they are added)."""
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    search_key = NG.searchKey
    for iri in sorted(set(iris)):
        names: dict[URIRef, list[str]] = {}
        for triple in entity_triples(resolution.entities[iri]):
            out.append(triple)
            if triple[1] in _NAME_PREDICATES:
                names.setdefault(triple[0], []).append(str(triple[2]))
        for described, labels in names.items():
            for key in sorted(search_keys(labels)):
                out.append((described, search_key, Literal(key)))
    return out


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
    everything: list[tuple[URIRef, URIRef, URIRef | Literal]] = []  # what the events come from
    for article, mentions in batch:
        a = article_iri(article)
        triples, iris = _article_triples(article, mentions, resolution, salt=salt)
        _add_all(ds.graph(a), triples)
        if events:
            everything += triples
        named |= iris
        if entities_of is not None:
            entities_of[a] = iris
    if named:
        triples = _entities_triples(resolution, named)
        _add_all(ds.graph(ENTITIES_GRAPH), triples)
        if events:
            everything += triples
    if events:
        from graph.derived import triples_events

        # the same as dataset_events(ds), from the triples just added (no reading back)
        derived = triples_events(everything)
        if derived:
            _add_all(ds.graph(EVENTS_GRAPH), derived)
    return ds


def _add_all(graph: Graph, triples: Iterable[tuple[Node, Node, Node]]) -> None:
    """Add ``triples`` (rdflib terms made here) to ``graph``, straight into its store: the
    same as ``graph.add`` of each, without re-checking every term's type."""
    graph.store.addN((s, p, o, graph) for s, p, o in triples)


def union_graph(ds: Dataset) -> Graph:
    """All triples of every named graph of ``ds`` in one graph (for Turtle and JSON-LD), each
    literal typed ``xsd:string`` written as the simple literal it is (RDF 1.1): a dataset read
    from a store (oxrdflib) types every string so, and rdflib, once it has parsed the file
    back, would not match it against a plain ``"..."`` in a query."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    xsd_string = XSD.string

    def plain(o: Node) -> Node:
        return Literal(str(o)) if type(o) is Literal and o.datatype == xsd_string else o

    with gc_paused():
        _add_all(g, ((s, p, plain(o)) for s, p, o, _c in ds.quads((None, None, None, None))))
    return g
