"""Building RDF: one named graph per article, an event node per mention plus the direct triple."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from rdflib import RDF, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from graph.articles import Article
from graph.entities import Resolution, entity_triples
from graph.extract.base import Mention
from graph.namespaces import NG, NGR

EVENT_CLASSES = {
    "visited": NG.Visit,
    "met": NG.Meeting,
    "agreed": NG.Agreement,
    "accused": NG.Accusation,
}
PREFIXES = {"ng": NG._NS, "ngr": NGR, "prov": PROV, "dcterms": DCTERMS, "skos": SKOS, "schema": SDO}


@lru_cache(maxsize=1)
def newsgraph_version() -> str:
    """The installed Newsgraph version (the version recorded for every extractor)."""
    try:
        return version("newsgraph")
    except PackageNotFoundError:
        return "0+unknown"


def content_hash(article: Article, *, salt: str = "") -> str:
    """SHA-256 of everything an article's graph is built from: its id, text and metadata, the
    Newsgraph version and ``salt`` (e.g. the extractor selection). Equal hash, equal graph."""
    h = hashlib.sha256()
    for part in (article.id, article.text, article.date, article.title, article.url,
                 article.source, newsgraph_version(), salt):
        h.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


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


def event_iri(article: Article, mention: Mention) -> URIRef:
    """A stable IRI for one mention: same article, sentence and arguments give the same IRI."""
    key = "|".join(
        [article.id, mention.predicate, mention.subject.text, mention.object.text, str(mention.start)]
    )
    return NGR[f"event/{hashlib.sha1(key.encode()).hexdigest()[:20]}"]


def article_triples(
    article: Article, mentions: Iterable[Mention], resolution: Resolution, *, salt: str = ""
) -> Graph:
    """The named graph of one article: its metadata, its entities and its events.

    ``salt`` goes into the article's ``ng:contentHash`` (see :func:`content_hash`).
    """
    g = Graph(identifier=article_iri(article))
    a = article_iri(article)
    g.add((a, RDF.type, NG.Article))
    g.add((a, DCTERMS.identifier, Literal(article.id)))
    g.add((a, NG.contentHash, Literal(content_hash(article, salt=salt))))
    if article.title:
        g.add((a, DCTERMS.title, Literal(article.title)))
    if article.date:
        g.add((a, DCTERMS.date, date_literal(article.date)))
    if article.url:
        g.add((a, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        g.add((a, DCTERMS.source, Literal(article.source)))
    mentions = list(mentions)
    described: set[URIRef] = set()
    for m in mentions:
        s = resolution.iri(m.subject, article=article)
        o = resolution.iri(m.object, article=article)
        where = (resolution.iri(m.place, article=article)
                 if m.place is not None and m.predicate != "visited" else None)
        for iri in (s, o) if where is None else (s, o, where):
            if iri not in described:
                described.add(iri)
                for triple in entity_triples(resolution.entities[iri]):
                    g.add(triple)
        g.add((s, NG[m.predicate], o))
        e = event_iri(article, m)
        g.add((e, RDF.type, EVENT_CLASSES[m.predicate]))
        g.add((e, NG.actor, s))
        g.add((e, NG.place if m.predicate == "visited" else NG.counterpart, o))
        g.add((e, NG.subjectText, Literal(m.subject.text)))
        g.add((e, NG.objectText, Literal(m.object.text)))
        if where is not None:
            g.add((e, NG.place, where))
        if m.date:
            g.add((e, NG.date, date_literal(m.date)))
        g.add((e, NG.confidence, Literal(Decimal(str(round(m.confidence, 4))))))
        g.add((e, NG.sentence, Literal(m.sentence)))
        g.add((e, NG.startOffset, Literal(m.start)))
        g.add((e, NG.endOffset, Literal(m.end)))
        name, _, release = m.extractor.partition("/")  # extractors are named "name/version"
        g.add((e, NG.extractor, Literal(name)))
        g.add((e, NG.extractorVersion, Literal(release or newsgraph_version())))
        g.add((e, PROV.wasDerivedFrom, a))
    return g


def build_dataset(
    batch: Iterable[tuple[Article, list[Mention]]], resolution: Resolution, *, salt: str = ""
) -> Dataset:
    """A dataset with one named graph per article (``salt``: see :func:`content_hash`)."""
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for article, mentions in batch:
        named = ds.graph(article_iri(article))
        named += article_triples(article, mentions, resolution, salt=salt)
    return ds


def union_graph(ds: Dataset) -> Graph:
    """All triples of every named graph of ``ds`` in one graph (for Turtle and JSON-LD)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _c in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
