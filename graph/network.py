"""The RDF graph as a networkx graph: entities as nodes, relations as typed, counted edges.

:func:`project` reads the event nodes of a Newsgraph RDF graph (``ng:Visit``, ``ng:Meeting``,
``ng:Agreement``, ``ng:Accusation``) and folds them into a :class:`networkx.MultiDiGraph`:

* a node per entity, keyed by its IRI, with ``label``, ``type`` (``person``, ``organisation``,
  ``country``, ``city``, ``place``, ``actor`` or ``entity``), ``alt_labels``, ``same_as`` (links)
  and ``mentions`` (how many events involve it); entities linked as probably one person are one
  node (:mod:`graph.netfold`), with ``variants`` (the other members' labels) and ``members``
  (every folded IRI);
* an edge per (subject, object, relation), keyed by the relation name, with ``relation``,
  ``directed`` (``visited`` and ``accused`` are; ``met`` and ``agreed`` are symmetric and stored
  once, from the smaller IRI to the larger), ``count`` (events: one event reported by several
  articles counts once; the edge weight), ``mentions`` (the mentions reporting them),
  ``sources`` (distinct independent sources over its events, near-identical copies counting
  once), ``first_date``/``last_date`` (ISO, or ``""``), ``articles`` (reporting article IRIs)
  and ``evidence`` (:class:`Evidence`, one per event).

:func:`gephi_graph` flattens that into GraphML/GEXF-safe scalars and :func:`write_network` writes
it for Gephi or Cytoscape.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SDO
from rdflib.term import Node

from graph.errors import AnalysisError
from graph.namespaces import NG
from graph.netfold import fold_map, member_names

#: Relation name -> event class.
EVENT_CLASSES: dict[str, URIRef] = {
    "visited": NG.Visit,
    "met": NG.Meeting,
    "agreed": NG.Agreement,
    "accused": NG.Accusation,
}
RELATIONS: tuple[str, ...] = tuple(EVENT_CLASSES)
#: Relations with a direction (the others are symmetric).
DIRECTED: frozenset[str] = frozenset({"visited", "accused"})
#: Entity classes, most specific first, and the type name used in the network.
ENTITY_TYPES: tuple[tuple[URIRef, str], ...] = (
    (NG.Person, "person"),
    (NG.Organisation, "organisation"),
    (NG.Country, "country"),
    (NG.City, "city"),
    (NG.Place, "place"),
    (NG.Actor, "actor"),
)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Evidence:
    """One event of a relation: its date, the sentence of its first mention and its first
    report (the article), with how many mentions, articles and independent sources report it
    (``reports``: the reporting articles' IRIs; ``source_keys``: its ``ng:sourceKey`` values).
    An event node without counts (older or hand-made graphs) counts as one mention."""

    sentence: str
    date: str
    article: str
    article_id: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    confidence: float | None = None
    event: str = ""
    mentions: int = 1
    sources: int = 1
    reports: tuple[str, ...] = ()
    source_keys: tuple[str, ...] = ()
    #: ``(title or identifier, URL, source, date)`` of every reporting article, oldest first
    report_details: tuple[tuple[str, str, str, str], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class Window:
    """A closed date window; either bound may be open. Bounds are ``YYYY[-MM[-DD]]``."""

    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> Window:
        """Check both bounds.

        Raises:
            AnalysisError: a bound is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or the
                window ends before it starts.
        """
        for bound in (since, until):
            if bound is not None and not _valid_date(bound):
                raise AnalysisError(f"bad date {bound!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
        window = cls(since, until)
        if since and until and date_span(until)[1] < date_span(since)[0]:
            raise AnalysisError(f"the window ends ({until}) before it starts ({since})")
        return window

    @property
    def is_open(self) -> bool:
        """True when neither bound is set (every mention, dated or not, is in)."""
        return self.since is None and self.until is None

    def contains(self, date: str) -> bool:
        """Whether a mention dated ``date`` (``""`` if unknown) overlaps the window."""
        if self.is_open:
            return True
        if not date:
            return False
        start, end = date_span(date)
        if self.since is not None and end < date_span(self.since)[0]:
            return False
        return not (self.until is not None and start > date_span(self.until)[1])


def _valid_date(text: str) -> bool:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return False
    try:
        datetime.date.fromisoformat((text + "-01-01")[:10] if len(text) < 10 else text)
    except ValueError:
        return False
    return True


def date_span(date: str) -> tuple[str, str]:
    """The first and last day a ``YYYY[-MM[-DD]]`` date covers, as ``YYYY-MM-DD`` strings."""
    m = _DATE.match(date)
    if not m:
        return ("", "")
    year, month, day = m.groups()
    if day:
        return (f"{year}-{month}-{day}",) * 2  # type: ignore[return-value]
    if month:
        return (f"{year}-{month}-01", f"{year}-{month}-31")
    return (f"{year}-01-01", f"{year}-12-31")


def iso_date(value: Node | None) -> str:
    """The ``YYYY[-MM[-DD]]`` prefix of an RDF date literal, or ``""``."""
    if value is None:
        return ""
    m = _DATE.match(str(value))
    return m.group(0) if m else ""


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, for looking actors up."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.replace("’", "'").casefold()).strip()


def _first(values: Iterable[Node]) -> str:
    """The smallest of some literal values as a string (deterministic), or ``""``."""
    return min((str(v) for v in values), default="")


class _Reader:
    """Reads entities, articles and events out of an RDF graph, caching what it saw."""

    def __init__(self, graph: Graph | Dataset, *, fold: bool = False) -> None:
        self.graph = graph
        self.articles: dict[Node, dict[str, str]] = {}
        #: member IRI -> its group, for the entities shown folded (graph.netfold)
        self.folds = fold_map(graph) if fold else {}
        #: node (a group's centre) -> the members with a relation in the network (its window)
        self.present: dict[str, set[str]] = {}

    def node(self, iri: Node) -> Node:
        """The node ``iri`` is shown as: the centre of its folded group, or itself."""
        group = self.folds.get(str(iri))
        return URIRef(group.centre) if group is not None else iri

    def article(self, iri: Node) -> dict[str, str]:
        if iri not in self.articles:
            g = self.graph
            self.articles[iri] = {
                "article": str(iri),
                "article_id": _first(g.objects(iri, DCTERMS.identifier)),  # type: ignore[arg-type]
                "title": _first(g.objects(iri, DCTERMS.title)),  # type: ignore[arg-type]
                "url": _first(g.objects(iri, SDO.url)),  # type: ignore[arg-type]
                "source": _first(g.objects(iri, DCTERMS.source)),  # type: ignore[arg-type]
                "date": iso_date(next(iter(g.objects(iri, DCTERMS.date)), None)),  # type: ignore[arg-type]
            }
        return self.articles[iri]

    def kind(self, iri: Node) -> str:
        """The most specific entity type name of ``iri`` (``entity`` if none)."""
        types = set(self.graph.objects(iri, RDF.type))  # type: ignore[arg-type]
        return next((name for cls, name in ENTITY_TYPES if cls in types), "entity")

    def entity(self, iri: Node, *, present: set[str] | None = None) -> dict[str, Any]:
        """The attributes of the node ``iri``; ``present``: of its folded group, only these
        members (those with a relation in the network's window) are named and counted."""
        g = self.graph
        kind = self.kind(iri)
        labels = sorted({str(v) for v in g.objects(iri, RDFS.label)})  # type: ignore[arg-type]
        alt = {str(v) for v in g.objects(iri, SKOS.altLabel)}  # type: ignore[arg-type]
        label = labels[0] if labels else (str(iri).rstrip("/").rsplit("/", 1)[-1] or str(iri))
        same_as = {str(v) for v in g.objects(iri, OWL.sameAs)}  # type: ignore[arg-type]
        group = self.folds.get(str(iri))
        if group is not None and present is not None:
            group = replace(group, members=tuple(m for m in group.members if m in present))
        variants = member_names(g, group, alt, same_as, self.kind) if group is not None else []
        return {
            "label": label,
            "type": kind,
            "alt_labels": sorted((alt | set(labels[1:])) - {label}),
            "same_as": sorted(same_as),
            "country": _first(g.objects(iri, NG.country)),  # type: ignore[arg-type]
            "variants": sorted(set(variants)),
            "members": list(group.members) if group is not None else [],
        }

    def events(self) -> Iterable[tuple[str, Node, Node, Evidence]]:
        """(relation, subject, object, evidence) for every event node."""
        g = self.graph
        for relation, cls in EVENT_CLASSES.items():
            other_prop = NG.place if relation == "visited" else NG.counterpart
            for event in sorted(set(g.subjects(RDF.type, cls)), key=str):  # type: ignore[arg-type]
                props: dict[Node, list[Node]] = defaultdict(list)
                for p, o in g.predicate_objects(event):  # type: ignore[arg-type]
                    props[p].append(o)
                actors, others = props.get(NG.actor), props.get(other_prop) or props.get(NG.counterpart)
                if not actors or not others:
                    continue
                # per-report values from the first mention, when the event has mentions
                said = props
                firsts = props.get(NG.firstMention)
                if firsts:
                    said = defaultdict(list)
                    for p, o in g.predicate_objects(min(firsts, key=str)):  # type: ignore[arg-type]
                        said[p].append(o)
                reports = sorted({str(a) for m in g.subjects(NG.mentionOf, event)  # type: ignore[arg-type]
                                  for a in g.objects(m, PROV.wasDerivedFrom)})  # type: ignore[arg-type]
                sources = sorted(props.get(NG.firstReport) or said.get(PROV.wasDerivedFrom, []), key=str)
                meta = self.article(sources[0]) if sources else {
                    "article": "", "article_id": "", "title": "", "url": "", "source": "", "date": ""}
                date = iso_date(min(props.get(NG.date, []), key=str, default=None)) or meta["date"]
                conf = said.get(NG.confidence)
                mentions, outlets = props.get(NG.mentionCount), props.get(NG.sourceCount)
                evidence = Evidence(
                    sentence=_first(said.get(NG.sentence, [])),
                    date=date,
                    article=meta["article"],
                    article_id=meta["article_id"],
                    title=meta["title"],
                    url=meta["url"],
                    source=meta["source"],
                    confidence=float(conf[0]) if conf and isinstance(conf[0], Literal) else None,  # type: ignore[arg-type]
                    event=str(event),
                    mentions=int(str(mentions[0])) if mentions else 1,
                    sources=int(str(outlets[0])) if outlets else 1,
                    reports=tuple(reports) or ((meta["article"],) if meta["article"] else ()),
                    source_keys=tuple(sorted(str(k) for k in props.get(NG.sourceKey, []))),
                    report_details=tuple(sorted(
                        ((r["title"] or r["article_id"] or r["article"], r["url"], r["source"], r["date"])
                         for r in (self.article(URIRef(a)) for a in reports)),
                        key=lambda x: (x[3] or "9999", x[0]))),
                )
                yield relation, min(actors, key=str), min(others, key=str), evidence


def _edge_ends(relation: str, s: str, o: str) -> tuple[str, str]:
    return (s, o) if relation in DIRECTED or s <= o else (o, s)


def project(
    graph: Graph | Dataset, *, since: str | None = None, until: str | None = None, fold: bool = True
) -> nx.MultiDiGraph:
    """The networkx projection of a Newsgraph RDF graph (see the module docstring).

    ``since``/``until`` (``YYYY[-MM[-DD]]``) keep only the mentions dated inside the window
    (the event's ``ng:date``, else its article's ``dcterms:date``); undated mentions are then
    left out. Entities with no relation left are not in the network.

    ``fold``: entities linked as probably one person (``skos:closeMatch``, see
    :mod:`graph.netfold`) are one node, keyed by the IRI of the fullest name, its ``variants``
    the other members' labels and ``members`` every folded IRI; a relation between two of them
    is left out (counted in ``net.graph["folded_self_loops"]``). ``fold=False`` shows every
    IRI apart (``variants`` and ``members`` empty).

    Raises:
        AnalysisError: a bad ``since``/``until``.
    """
    window = Window.parse(since, until)
    reader = _Reader(graph, fold=fold)
    net = nx.MultiDiGraph()
    net.graph.update({"since": since or "", "until": until or "", "undated_left_out": 0,
                      "folded": fold, "folded_self_loops": 0})
    seen_pairs: set[tuple[str, str, str]] = set()
    for relation, s, o, ev in reader.events():
        seen_pairs.add((relation, str(s), str(o)))
        if relation not in DIRECTED:  # met/agreed: the direct triple may be written either way round
            seen_pairs.add((relation, str(o), str(s)))
        if not window.contains(ev.date):
            if not ev.date:
                net.graph["undated_left_out"] += 1
            continue
        _add(net, reader, relation, s, o, ev)
    if window.is_open:  # direct triples with no event node behind them (e.g. hand-made graphs)
        for relation in RELATIONS:
            for s, o in sorted(set(graph.subject_objects(NG[relation])), key=str):  # type: ignore[arg-type]
                if (relation, str(s), str(o)) not in seen_pairs:
                    _add(net, reader, relation, s, o, None)
    for node, present in reader.present.items():  # a folded node counts its members in the window
        if node in net:
            net.nodes[node].update(reader.entity(URIRef(node), present=present))
    for node in net.nodes:
        net.nodes[node]["mentions"] = sum(
            d["count"] for *_e, d in net.in_edges(node, data=True)
        ) + sum(d["count"] for *_e, d in net.out_edges(node, data=True))
    return net


def _add(
    net: nx.MultiDiGraph, reader: _Reader, relation: str, s: Node, o: Node, ev: Evidence | None
) -> None:
    for raw in (s, o):
        if str(raw) in reader.folds:
            reader.present.setdefault(str(reader.node(raw)), set()).add(str(raw))
    s, o = reader.node(s), reader.node(o)
    if s == o and str(s) in reader.folds:  # "Trump" met "Donald Trump": one person, no relation
        net.graph["folded_self_loops"] += 1
        return
    for node in (s, o):
        if str(node) not in net:
            net.add_node(str(node), **reader.entity(node))
    u, v = _edge_ends(relation, str(s), str(o))
    if not net.has_edge(u, v, key=relation):
        net.add_edge(u, v, key=relation, relation=relation, directed=relation in DIRECTED,
                     count=0, mentions=0, sources=0, first_date="", last_date="", articles=[],
                     evidence=[], source_keys=set())
    data = net.edges[u, v, relation]
    data["count"] += 1
    data["mentions"] += ev.mentions if ev is not None else 1
    if ev is None:
        data["sources"] = max(data["sources"], 1)
        return
    data["evidence"].append(ev)
    for article in ev.reports:
        if article not in data["articles"]:
            data["articles"].append(article)
    # independent sources of the edge: distinct source keys over its events (an event without
    # them, from an older or hand-made graph, counts its article as one)
    data["source_keys"].update(ev.source_keys or (ev.article or ev.event,))
    data["sources"] = len(data["source_keys"])
    if ev.date:
        data["first_date"] = min(filter(None, (data["first_date"], ev.date)))
        data["last_date"] = max(data["last_date"], ev.date)


def simple_graph(net: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of ``net``, ``weight`` = mentions between the two ends."""
    g = nx.Graph()
    g.add_nodes_from(net.nodes(data=True))
    for u, v, d in net.edges(data=True):
        if u == v:
            continue
        w = g.edges[u, v]["weight"] if g.has_edge(u, v) else 0
        g.add_edge(u, v, weight=w + d["count"])
    return g


def find_actor(net: nx.MultiDiGraph, name: str) -> str:
    """The node a name (label, alternative label, part of one, or IRI) designates; the IRI of an
    entity folded into another's node designates that node.

    Raises:
        AnalysisError: no entity or more than one entity goes by that name (the message lists
            the candidates).
    """
    if name in net:
        return name
    folded_into = [n for n, d in net.nodes(data=True) if name in d.get("members", ())]
    if folded_into:  # the IRI of an entity folded into a person's node
        return str(folded_into[0])
    wanted = fold(name)
    exact, partial = [], []
    for node, d in net.nodes(data=True):
        names = [fold(d["label"]), *(fold(a) for a in d["alt_labels"])]
        if wanted in names:
            exact.append(node)
        elif any(wanted in n for n in names):
            partial.append(node)
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if not found:
        raise AnalysisError(f"no actor named {name!r} in the graph")
    labels = sorted(f"{net.nodes[n]['label']} <{n}>" for n in found)
    more = f" and {len(labels) - 10} more" if len(labels) > 10 else ""
    raise AnalysisError(f"{name!r} is ambiguous: {'; '.join(labels[:10])}{more}")



def __getattr__(name: str) -> object:
    """``graph.network.write_network`` and the other file writers still import from here (they
    live in :mod:`graph.networkfiles` since 2026-12-01), loaded on first use."""
    if name in ("EXPORT_FORMATS", "day_span", "gephi_graph", "write_network"):
        from graph import networkfiles

        return getattr(networkfiles, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
