"""Entity resolution: from names as written to one entity (and one IRI) per real-world actor.

This first version merges names that are equal after normalisation (case, accents,
possessives, a leading article) and types them from spaCy's entity labels.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import OWL

from graph.articles import Article
from graph.extract.base import Argument, Mention
from graph.namespaces import NG, NGR

#: spaCy label -> ontology class
LABEL_TYPES: dict[str, URIRef] = {
    "PERSON": NG.Person,
    "ORG": NG.Organisation,
    "NORP": NG.Organisation,
    "GPE": NG.Place,
    "LOC": NG.Place,
    "FAC": NG.Place,
}
TYPE_SLUGS: dict[URIRef, str] = {
    NG.Person: "person",
    NG.Organisation: "organisation",
    NG.Place: "place",
    NG.Country: "country",
    NG.City: "city",
    NG.Actor: "actor",
}


def fold(text: str) -> str:
    """Lower-case, strip accents, possessives, quotes and a leading article."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").lower()
    text = re.sub(r"'s?\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    """A URL-safe slug of a folded name."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "unnamed"


@dataclass
class Entity:
    """One resolved real-world actor or place."""

    iri: URIRef
    name: str
    type: URIRef
    labels: set[str] = field(default_factory=set)
    same_as: set[URIRef] = field(default_factory=set)
    country: URIRef | None = None
    merge_reasons: list[str] = field(default_factory=list)


@dataclass
class Resolution:
    """The entities of a batch of articles and which argument maps to which."""

    entities: dict[URIRef, Entity] = field(default_factory=dict)
    _by_key: dict[str, URIRef] = field(default_factory=dict)

    def iri(self, arg: Argument) -> URIRef:
        """The IRI of the entity ``arg`` names (resolving it on first sight)."""
        key = fold(arg.text)
        iri = self._by_key.get(key)
        if iri is None:
            etype = LABEL_TYPES.get(arg.label, NG.Actor)
            iri = NGR[f"{TYPE_SLUGS[etype]}/{slug(arg.text)}"]
            self._by_key[key] = iri
            if iri not in self.entities:
                self.entities[iri] = Entity(iri=iri, name=arg.text, type=etype)
        self.entities[iri].labels.add(arg.text)
        return iri


Triple = tuple[URIRef, URIRef, URIRef | Literal]


def entity_triples(entity: Entity) -> list[Triple]:
    """The RDF description of one entity: type, name, every surface form, links, country."""
    out: list[Triple] = [
        (entity.iri, RDF.type, entity.type),
        (entity.iri, RDFS.label, Literal(entity.name)),
    ]
    out += [(entity.iri, SKOS.altLabel, Literal(x)) for x in sorted(entity.labels) if x != entity.name]
    out += [(entity.iri, OWL.sameAs, link) for link in sorted(entity.same_as)]
    if entity.country is not None:
        out.append((entity.iri, NG.country, entity.country))
    return out


def resolve(batch: Iterable[tuple[Article, list[Mention]]]) -> Resolution:
    """Resolve every argument of every mention in ``batch``."""
    resolution = Resolution()
    for _article, mentions in batch:
        for m in mentions:
            resolution.iri(m.subject)
            resolution.iri(m.object)
    return resolution
