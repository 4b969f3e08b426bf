"""RDF vocabularies used by Newsgraph."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: Where Newsgraph mints IRIs for entities, articles and events.
NGR = Namespace("https://w3id.org/newsgraph/id/")


class NG(DefinedNamespace):
    """The Newsgraph ontology (``ontology/newsgraph.ttl``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/newsgraph/ontology#")

    Actor: URIRef
    Person: URIRef
    Organisation: URIRef
    Place: URIRef
    Country: URIRef
    City: URIRef
    Article: URIRef
    Event: URIRef
    Visit: URIRef
    Meeting: URIRef
    Agreement: URIRef
    Accusation: URIRef
    visited: URIRef
    met: URIRef
    agreed: URIRef
    accused: URIRef
    actor: URIRef
    counterpart: URIRef
    place: URIRef
    date: URIRef
    confidence: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractor: URIRef
    subjectText: URIRef
    objectText: URIRef
    country: URIRef
