"""Reading entities back from a built graph, for review (``newsgraph entities``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from rdflib import Dataset, Graph

from graph.entities.review import Named, Pair, close_pairs
from graph.namespaces import NG
from graph.query import rows_as_dicts, run_query

#: Ontology class → type name, most specific first (an entity shows its most specific type).
TYPE_NAMES: dict[str, str] = {
    str(NG.City): "city",
    str(NG.Country): "country",
    str(NG.Person): "person",
    str(NG.Organisation): "organisation",
    str(NG.Place): "place",
    str(NG.Actor): "actor",
}
ENTITY_TYPES: tuple[str, ...] = tuple(dict.fromkeys(TYPE_NAMES.values()))

_QUERY = """
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT DISTINCT ?e ?type ?p ?v WHERE {
  VALUES ?type { ng:Person ng:Organisation ng:Place ng:Country ng:City ng:Actor }
  VALUES ?p { rdfs:label skos:altLabel owl:sameAs rdfs:seeAlso skos:notation ng:country
              skos:editorialNote skos:closeMatch }
  ?e a ?type ; ?p ?v .
}
"""
_FIELDS = {
    "http://www.w3.org/2000/01/rdf-schema#label": "label",
    "http://www.w3.org/2004/02/skos/core#altLabel": "variants",
    "http://www.w3.org/2002/07/owl#sameAs": "links",
    "http://www.w3.org/2000/01/rdf-schema#seeAlso": "links",
    "http://www.w3.org/2004/02/skos/core#notation": "code",
    str(NG.country): "country",
    "http://www.w3.org/2004/02/skos/core#editorialNote": "merged_because",
    "http://www.w3.org/2004/02/skos/core#closeMatch": "possibly_same_as",
}


@dataclass
class EntityRecord:
    """One entity as the graph describes it."""

    iri: str
    type: str
    label: str = ""
    variants: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    code: str = ""
    country: str = ""
    merged_because: list[str] = field(default_factory=list)
    possibly_same_as: list[str] = field(default_factory=list)  # labels (or IRIs) of close matches

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary."""
        return asdict(self)


#: Why two surface forms share an IRI, by the kind of IRI (for variants merged in separate
#: builds of a store, whose notes could not see each other).
_KEY_RULES: dict[str, str] = {
    "person/": "same person key: surname and first given name agree up to spelling and transliteration",
    "organisation/": "same organisation: same name or acronym expansion, and same country",
    "place/": "same place: same GeoNames id or name",
    "country/": "same ISO 3166 country",
}


def _explain_variants(rec: EntityRecord) -> None:
    """Give each variant no note explains the rule its IRI was minted by."""
    from graph.namespaces import NGR

    tail = rec.iri[len(str(NGR)):] if rec.iri.startswith(str(NGR)) else ""
    rule = next((text for prefix, text in _KEY_RULES.items() if tail.startswith(prefix)), None)
    if rule is None:
        return
    for variant in rec.variants:
        if variant != rec.label and not any(n.startswith(repr(variant) + ":") for n in rec.merged_because):
            rec.merged_because.append(f"{variant!r}: {rule}")


def list_entities(
    graph: Graph | Dataset, *, types: tuple[str, ...] = (), links: list[tuple[str, str]] | None = None
) -> list[EntityRecord]:
    """Every typed entity of ``graph`` (of ``types`` only, when given), sorted by type and label.

    ``country`` and ``possibly_same_as`` hold labels when the graph has them, else IRIs.
    ``links``, when given, receives every ``skos:closeMatch`` as a pair of IRIs.

    Raises:
        QueryError: the graph cannot be queried.
    """
    records: dict[str, EntityRecord] = {}
    rank = {name: i for i, name in enumerate(TYPE_NAMES.values())}
    for row in rows_as_dicts(run_query(graph, _QUERY)):
        tname = TYPE_NAMES[row["type"]]
        rec = records.setdefault(row["e"], EntityRecord(iri=row["e"], type=tname))
        if rank[tname] < rank[rec.type]:
            rec.type = tname
        key, value = _FIELDS[row["p"]], row["v"]
        current = getattr(rec, key)
        if isinstance(current, list):
            if value not in current:
                current.append(value)
        elif key == "label" and current and current != value:
            rec.variants.append(value)  # a second label (from another build) is a variant
        else:
            setattr(rec, key, value)
    for rec in records.values():
        if links is not None:
            links.extend((rec.iri, o) for o in rec.possibly_same_as if o in records)
        # one note per form is stored, the preferred label's too (which form is preferred
        # depends on every article): "merged because" is about the other forms
        rec.merged_because = [n for n in rec.merged_because if not n.startswith(repr(rec.label) + ":")]
        _explain_variants(rec)
        if rec.country in records and records[rec.country].label:
            rec.country = records[rec.country].label
        rec.possibly_same_as = sorted(
            records[o].label if o in records and records[o].label else o for o in rec.possibly_same_as
        )
        rec.variants = sorted(set(rec.variants) - {rec.label})
        rec.links.sort()
        rec.merged_because.sort()
    chosen = [r for r in records.values() if not types or r.type in types]
    return sorted(chosen, key=lambda r: (rank[r.type], r.label.lower(), r.iri))


def review(graph: Graph | Dataset) -> list[Pair]:
    """The probable duplicates of ``graph``: every pair the rules of
    :func:`graph.entities.review.close_pairs` find among all its entities (so a store built in
    several runs is reviewed whole), and every ``skos:closeMatch`` the builds recorded, each
    with its evidence, ordered by the IRIs of the pair.

    Raises:
        QueryError: the graph cannot be queried.
    """
    links: list[tuple[str, str]] = []
    records = list_entities(graph, links=links)
    from rdflib import SKOS

    evidence = {str(s) for s in graph.subjects(SKOS.scopeNote, None)}  # organisation evidence (model.py)
    # in a store, the names the stored articles give (graph.incremental.stored_entities); sorted on
    # every path, so a store and a plain build of the same articles review alike
    forms: dict[str, set[str]] = {}
    for s, o in graph.subject_objects(NG.surfaceForm):
        forms.setdefault(str(s), set()).add(str(o))
    named = {r.iri: Named(iri=r.iri, kind=r.type, label=r.label or r.iri,
                          names=tuple(sorted(forms.get(r.iri) or {r.label, *r.variants})),
                          organisation_evidence=r.iri in evidence) for r in records}
    pairs = {(p.a.iri, p.b.iri): p for p in close_pairs(named.values())}
    for a, b in links:
        key = (a, b) if a < b else (b, a)
        if key not in pairs and a != b:
            pairs[key] = Pair(named[key[0]], named[key[1]], "linked by skos:closeMatch when built")
    return [pairs[k] for k in sorted(pairs)]
