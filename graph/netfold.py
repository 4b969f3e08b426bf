"""One node per person in the network: entities linked as probably one (``skos:closeMatch``) shown
folded, where an analyst sees nodes (``newsgraph network``, ``analyze``, ``viz``).

The RDF keeps every IRI: a link is data, not a merge (the same person named "Trump" in one
article and "Donald Trump" in another has two IRIs and a ``skos:closeMatch`` between them, see
:mod:`graph.entities.review`). :func:`fold_map` decides which linked entities the network shows
as one node; :func:`graph.network.project` applies it (``fold=False`` shows them apart).

Only what the links make confident is folded (see README "One node per person"):

- only persons are folded: a one-word organisation or actor linked to a person's full name
  ("Trump" typed organisation, but also "Ford" the carmaker and Harrison Ford, "Dell" and Michael
  Dell, where the article says nothing of a company) keeps its own node and its link for review
  (``newsgraph entities --review``): a wrong fold would give a company's deals to a person;
- a group (a connected component of ``skos:closeMatch`` links) is folded only if its member
  with the fullest name (its **centre**) is a person linked to every other member, so a group
  that only a chain of links holds together ("X A" ~ "A" ~ "Y A": two people under one bare
  name) stays apart;
- the folded node is the centre's IRI and label; the other members' labels become its
  alternative labels, and ``variants`` / ``members`` list the folded entities.

Measured on the 581 readable dev-train and probe-A articles (/tmp/s5/train.jsonl, hand
annotation in the linking report): 8 of 8 links right; a new user's traps (Ford/Harrison Ford,
Tesla/Nikola Tesla with no company word in the article) showed the organisation/actor links unsafe
to fold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import RDF, RDFS, SKOS, Dataset, Graph, URIRef
from rdflib.namespace import OWL

from graph.namespaces import NG


@dataclass(frozen=True)
class Fold:
    """One folded group: the ``centre`` IRI the network shows and every ``member`` IRI (the
    centre included), sorted."""

    centre: str
    members: tuple[str, ...]


def _components(links: Iterable[tuple[str, str]]) -> list[set[str]]:
    """The connected components of ``links``, each a set of IRIs, ordered by their least IRI."""
    import networkx as nx

    return sorted((set(c) for c in nx.connected_components(nx.Graph(list(links)))), key=min)


def _fullness(label: str, iri: str) -> tuple[int, int, str]:
    """Sort key: most words, then most characters, then IRI (the fullest name first)."""
    return (-len(label.split()), -len(label), iri)


def fold_groups(links: Iterable[tuple[str, str]], persons: set[str], labels: dict[str, str]) -> list[Fold]:
    """The groups of ``links`` (IRI pairs, either direction) between persons (``persons``) to
    show as one node: those whose member of the fullest label (``labels``: IRI -> label; most words, then characters, then
    IRI) is a person (``persons``) linked to every other member: the group's centre. Other
    groups are left out (a bare name linked to two full names is two people, not one node)."""
    pairs = {(a, b) for a, b in links if a != b and a in persons and b in persons}
    pairs |= {(b, a) for a, b in pairs}
    neighbours: dict[str, set[str]] = {}
    for a, b in pairs:
        neighbours.setdefault(a, set()).add(b)
    out = []
    for group in _components(pairs):
        centre = min(group, key=lambda x: _fullness(str(labels.get(x, x)), x))
        if centre in persons and neighbours.get(centre, set()) >= group - {centre}:
            out.append(Fold(centre=centre, members=tuple(sorted(group))))
    return out


def fold_map(graph: Graph | Dataset) -> dict[str, Fold]:
    """Member IRI -> its :class:`Fold`, for every entity of ``graph`` that the network shows
    folded into another (:func:`fold_groups` over the graph's ``skos:closeMatch`` links);
    centres map to their own fold."""
    links = [(str(s), str(o)) for s, o in graph.subject_objects(SKOS.closeMatch)
             if isinstance(s, URIRef) and isinstance(o, URIRef)]
    if not links:
        return {}
    ends = {x for pair in links for x in pair}
    persons = {str(s) for s in graph.subjects(RDF.type, NG.Person) if str(s) in ends}
    labels = {}
    for x in ends:
        values = sorted(str(v) for v in graph.objects(URIRef(x), RDFS.label))
        labels[x] = values[0] if values else x
    return {m: f for f in fold_groups(links, persons, labels) for m in f.members}


def member_names(graph: Graph | Dataset, group: Fold, alt: set[str], same_as: set[str],
                 kind: Callable[[URIRef], str]) -> list[str]:
    """The members of ``group`` other than its centre as ``label (kind)``, sorted (the
    ``variants`` of the folded node: "Trump (organisation)"); adds every label and
    ``skos:altLabel`` of theirs to ``alt`` and their ``owl:sameAs`` links to ``same_as``."""
    variants: set[str] = set()
    for member in group.members:
        if member != group.centre:
            m = URIRef(member)
            names = sorted(str(v) for v in graph.objects(m, RDFS.label))
            variants.add(f"{names[0] if names else member} ({kind(m)})")
            alt |= set(names) | {str(v) for v in graph.objects(m, SKOS.altLabel)}
            same_as |= {str(v) for v in graph.objects(m, OWL.sameAs)}
    return sorted(variants)
