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

import calendar
import datetime
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SDO
from rdflib.term import Node

from graph.errors import AnalysisError, StoreError
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
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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

    def entity(self, iri: Node) -> dict[str, Any]:
        g = self.graph
        kind = self.kind(iri)
        labels = sorted({str(v) for v in g.objects(iri, RDFS.label)})  # type: ignore[arg-type]
        alt = {str(v) for v in g.objects(iri, SKOS.altLabel)}  # type: ignore[arg-type]
        label = labels[0] if labels else (str(iri).rstrip("/").rsplit("/", 1)[-1] or str(iri))
        same_as = {str(v) for v in g.objects(iri, OWL.sameAs)}  # type: ignore[arg-type]
        group = self.folds.get(str(iri))
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
    for node in net.nodes:
        net.nodes[node]["mentions"] = sum(
            d["count"] for *_e, d in net.in_edges(node, data=True)
        ) + sum(d["count"] for *_e, d in net.out_edges(node, data=True))
    return net


def _add(
    net: nx.MultiDiGraph, reader: _Reader, relation: str, s: Node, o: Node, ev: Evidence | None
) -> None:
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
    """The node a name (label, alternative label, part of one, or IRI) designates.

    Raises:
        AnalysisError: no entity or more than one entity goes by that name (the message lists
            the candidates).
    """
    if name in net:
        return name
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


def _safe(text: str) -> str:
    return _XML_UNSAFE.sub("", text)


def day_span(date: str) -> tuple[str, str] | None:
    """The first and last calendar day a ``YYYY[-MM[-DD]]`` date covers (``2024-02`` →
    ``2024-02-01``, ``2024-02-29``), or ``None`` for no or a malformed date."""
    if not date or not _valid_date(date[:10]):
        return None
    first, last = date_span(date[:10])
    year, month = int(last[:4]), int(last[5:7])
    if len(date) < 10:  # a month or a year: its real last day
        last = f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return first, last


def _spells(dates: Iterable[str]) -> list[tuple[str, str]]:
    """The day spans of ``dates``, overlapping or adjacent ones merged, in order."""
    spans = sorted(filter(None, (day_span(d) for d in dates)))
    merged: list[list[str]] = []
    for start, end in spans:
        next_day = (datetime.date.fromisoformat(merged[-1][1]) + datetime.timedelta(days=1)
                    ).isoformat() if merged else ""
        if merged and start <= next_day:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _edge_label(relation: str, titles: list[str]) -> str:
    if not titles:
        return relation
    shown = " | ".join(titles[:3]) + (f" (+{len(titles) - 3} more)" if len(titles) > 3 else "")
    return f"{relation}: {shown}"


def gephi_graph(net: nx.MultiDiGraph, *, dynamic: bool = False) -> nx.MultiDiGraph:
    """A copy of ``net`` whose attributes are GraphML/GEXF-safe scalars (lists joined with
    ``" | "``, evidence sentences with newlines, XML-illegal characters removed).

    With ``dynamic`` (for GEXF): each edge also gets a ``type`` (``directed`` for ``visited``
    and ``accused``, ``undirected`` for ``met`` and ``agreed``), a ``label`` naming its relation
    and the titles of its source articles, and ``spells``: the days its dated mentions cover
    (a month or a year for coarser dates; overlapping ones merged); each node gets the spells
    of its edges. Undated edges and nodes have no spell (Gephi shows them at every time)."""
    out = nx.MultiDiGraph()
    node_dates: dict[str, list[str]] = defaultdict(list)
    for u, v, d in net.edges(data=True):
        dates = [e.date for e in d["evidence"] if e.date]
        node_dates[u] += dates
        node_dates[v] += dates
    for node, d in net.nodes(data=True):
        extra: dict[str, Any] = {}
        if dynamic and (spells := _spells(node_dates.get(node, ()))):
            extra["spells"] = spells
        out.add_node(
            _safe(node), label=_safe(d["label"]), type=d["type"], mentions=int(d["mentions"]),
            alt_labels=_safe(" | ".join(d["alt_labels"])), same_as=_safe(" | ".join(d["same_as"])),
            country=_safe(d["country"]), variants=_safe(" | ".join(d.get("variants", ()))),
            members=_safe(" | ".join(d.get("members", ()))), **extra,
        )
    for u, v, key, d in net.edges(keys=True, data=True):
        extra = {}
        if dynamic:
            titles = list(dict.fromkeys(e.title for e in d["evidence"] if e.title))
            extra = {"type": "directed" if d["directed"] else "undirected",
                     "label": _safe(_edge_label(d["relation"], titles)),
                     "titles": _safe(" | ".join(titles))}
            if spells := _spells(e.date for e in d["evidence"]):
                extra["spells"] = spells
        out.add_edge(
            _safe(u), _safe(v), key=key, relation=d["relation"], directed=bool(d["directed"]),
            weight=int(d["count"]), count=int(d["count"]), mentions=int(d["mentions"]),
            sources=int(d["sources"]), first_date=d["first_date"],
            last_date=d["last_date"], articles=_safe(" | ".join(d["articles"])),
            sentences=_safe("\n".join(e.sentence for e in d["evidence"])), **extra,
        )
    return out


def _write_gexf(g: nx.MultiDiGraph, path: Path) -> None:
    nx.write_gexf(g, path, version="1.2draft")


def _write_graphml(g: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(g, path)


#: Export format name -> writer.
EXPORT_FORMATS: dict[str, Callable[[nx.MultiDiGraph, Path], None]] = {
    "graphml": _write_graphml,
    "gexf": _write_gexf,
}


def write_network(net: nx.MultiDiGraph, path: str | Path, *, fmt: str) -> Path:
    """Write ``net`` as GraphML or GEXF (see :data:`EXPORT_FORMATS`) for Gephi or Cytoscape.

    The file is written next to ``path`` first and renamed, so a failure leaves no half file.

    Raises:
        AnalysisError: an unknown format (the message lists the known ones).
        StoreError: the file cannot be written.
    """
    writer = EXPORT_FORMATS.get(fmt)
    if writer is None:
        raise AnalysisError(f"unknown network format {fmt!r}; available: {', '.join(EXPORT_FORMATS)}")
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        writer(gephi_graph(net, dynamic=fmt == "gexf"), tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return path
