"""What an analyst asks first: who is central, which groups form, how two actors connect, who
surrounds an actor, and when things happened. Everything works on :func:`graph.network.project`'s
networkx projection and returns plain, JSON-ready dicts and lists.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import pairwise
from typing import Any

import networkx as nx

from graph.errors import AnalysisError, NoPathError
from graph.network import RELATIONS, Evidence, find_actor, simple_graph

#: Centrality measures :func:`central_actors` can rank by.
MEASURES: tuple[str, ...] = ("degree", "betweenness", "pagerank")
#: Entity types ranked as actors by default (places are ranked with ``all_types``).
ACTOR_TYPES: frozenset[str] = frozenset({"person", "organisation", "actor", "entity"})
#: Betweenness is exact while nodes² stays under this; above, it is estimated from a sample of
#: max(32, BETWEENNESS_BUDGET // nodes) sources (a few seconds at 5,000 nodes).
BETWEENNESS_BUDGET = 250_000


def _node(net: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """IRI, label, type and ``variants``: the labels of the entities folded into it (see
    :func:`graph.network.project`)."""
    d = net.nodes[node]
    return {"iri": node, "label": d["label"], "type": d["type"], "variants": list(d.get("variants", ()))}


def _pagerank_graph(net: nx.MultiDiGraph) -> nx.DiGraph:
    """Directed, weighted: symmetric relations point both ways."""
    g = nx.DiGraph()
    g.add_nodes_from(net.nodes)
    for u, v, d in net.edges(data=True):
        pairs = [(u, v)] if d["directed"] else [(u, v), (v, u)]
        for a, b in pairs:
            w = g.edges[a, b]["weight"] if g.has_edge(a, b) else 0
            g.add_edge(a, b, weight=w + d["count"])
    return g


def central_actors(
    net: nx.MultiDiGraph, *, top: int = 10, by: str = "degree", all_types: bool = False
) -> list[dict[str, Any]]:
    """The ``top`` actors by ``by``, each with its degree (distinct neighbours), degree
    centrality, betweenness and PageRank (measured on the whole network).

    Actors are people, organisations and untyped actors; ``all_types`` ranks places too. Ties
    are broken by the summed degree of the neighbours (who is linked to well-linked actors), then
    by the other measures, then mentions, then label. Betweenness is exact up to 500 nodes and
    estimated from a sample of sources above (see :data:`BETWEENNESS_BUDGET`).

    Raises:
        AnalysisError: an unknown measure (the message lists :data:`MEASURES`).
    """
    if by not in MEASURES:
        raise AnalysisError(f"unknown centrality measure {by!r}; available: {', '.join(MEASURES)}")
    if net.number_of_nodes() == 0:
        return []
    g = simple_graph(net)
    n = g.number_of_nodes()
    k = None if n * n <= BETWEENNESS_BUDGET else min(n, max(32, BETWEENNESS_BUDGET // n))
    measures = {
        "degree": nx.degree_centrality(g),
        "betweenness": nx.betweenness_centrality(g, k=k, seed=0),
        "pagerank": nx.pagerank(_pagerank_graph(net), weight="weight"),
    }
    reach = {x: float(sum(g.degree(y) for y in g[x])) for x in g}
    chain = [measures[by], reach, *(measures[m] for m in MEASURES if m != by)]
    candidates = [x for x in g if all_types or net.nodes[x]["type"] in ACTOR_TYPES]
    order = sorted(
        candidates,
        key=lambda x: (*(-m[x] for m in chain), -net.nodes[x]["mentions"],
                       net.nodes[x]["label"]),
    )
    return [
        {
            **_node(net, x),
            "rank": i + 1,
            "degree": g.degree(x),
            "mentions": net.nodes[x]["mentions"],
            "degree_centrality": round(measures["degree"][x], 4),
            "betweenness": round(measures["betweenness"][x], 4),
            "pagerank": round(measures["pagerank"][x], 4),
        }
        for i, x in enumerate(order[:top])
    ]


def communities(net: nx.MultiDiGraph, *, seed: int = 0, top: int = 10) -> list[dict[str, Any]]:
    """Louvain communities (weighted by mentions), largest first, the ``top`` largest; members
    are listed by degree."""
    g = simple_graph(net)
    if g.number_of_nodes() == 0:
        return []
    ordered = nx.Graph()  # Louvain visits nodes in the graph's order: the same on every path
    ordered.add_nodes_from(sorted(g.nodes(data=True), key=lambda n: str(n[0])))
    ordered.add_edges_from(sorted(((*sorted((u, v), key=str), d) for u, v, d in g.edges(data=True)),
                                  key=lambda e: (str(e[0]), str(e[1]))))
    groups = nx.community.louvain_communities(ordered, weight="weight", seed=seed)
    groups = sorted(groups, key=lambda c: (-len(c), min((net.nodes[x]["label"], str(x)) for x in c)))
    return [
        {
            "id": i + 1,
            "size": len(c),
            "members": [
                _node(net, x)
                for x in sorted(c, key=lambda x: (-g.degree(x), net.nodes[x]["label"], str(x)))
            ],
        }
        for i, c in enumerate(groups[:top])
    ]


def _best(evidence: list[Evidence]) -> Evidence | None:
    """The earliest dated evidence, else the first."""
    dated = [e for e in evidence if e.date]
    return min(dated, key=lambda e: e.date) if dated else (evidence[0] if evidence else None)


def _links(net: nx.MultiDiGraph, a: str, b: str) -> list[dict[str, Any]]:
    """Every relation between ``a`` and ``b``, seen from ``a``, with its best evidence."""
    out = []
    for u, v in [(a, b)] if a == b else [(a, b), (b, a)]:
        for rel, d in sorted((net.get_edge_data(u, v) or {}).items()):
            ev = _best(d["evidence"])
            direction = "-" if not d["directed"] else ("->" if u == a else "<-")
            out.append({
                "relation": rel,
                "direction": direction,
                "count": d["count"],
                "first_date": d["first_date"],
                "last_date": d["last_date"],
                "evidence": ev.as_dict() if ev else None,
            })
    return out


def shortest_path(net: nx.MultiDiGraph, source: str, target: str) -> list[dict[str, Any]]:
    """The fewest-steps path between two actors (names or IRIs, see :func:`find_actor`), each
    step with its relations and the quoting sentence, date and source article of each.

    Raises:
        AnalysisError: an actor is unknown or ambiguous, or no path links them
            (:class:`NoPathError`, also when both name one node: "Donald Trump" and "Trump"
            folded into one, see :mod:`graph.netfold`).
    """
    a, b = find_actor(net, source), find_actor(net, target)
    if a == b:
        label = net.nodes[a]["label"]
        how = " (folded; --no-fold shows them apart)" if len(net.nodes[a].get("members") or ()) > 1 else ""
        raise NoPathError(f"{source!r} and {target!r} are the same actor, {label!r}{how}")
    try:
        nodes = nx.shortest_path(simple_graph(net), a, b)
    except nx.NetworkXNoPath:
        raise NoPathError(
            f"no path between {net.nodes[a]['label']!r} and {net.nodes[b]['label']!r}"
        ) from None
    return [
        {"from": _node(net, u), "to": _node(net, v), "relations": _links(net, u, v)}
        for u, v in pairwise(nodes)
    ]


def ego_network(net: nx.MultiDiGraph, actor: str, *, depth: int = 1) -> nx.MultiDiGraph:
    """The part of ``net`` within ``depth`` steps of ``actor`` (relations in either direction).

    Raises:
        AnalysisError: the actor is unknown or ambiguous, or ``depth`` < 1.
    """
    if depth < 1:
        raise AnalysisError(f"depth must be at least 1, not {depth}")
    centre = find_actor(net, actor)
    keep = nx.single_source_shortest_path_length(simple_graph(net), centre, cutoff=depth)
    ego = net.subgraph(keep).copy()
    ego.graph["centre"] = centre
    return ego


def ego_summary(net: nx.MultiDiGraph, actor: str, *, depth: int = 1) -> dict[str, Any]:
    """:func:`ego_network` as a dict: the centre, and every other member with its distance and
    (for direct neighbours) the relations with the centre.

    Raises:
        AnalysisError: as :func:`ego_network`.
    """
    ego = ego_network(net, actor, depth=depth)
    centre = ego.graph["centre"]
    dist = nx.single_source_shortest_path_length(simple_graph(ego), centre)
    members = [
        {**_node(ego, x), "distance": dist[x], "relations": _links(ego, centre, x) if dist[x] == 1 else []}
        for x in sorted(dist, key=lambda x: (dist[x], ego.nodes[x]["label"], str(x)))
        if x != centre
    ]
    return {"centre": _node(ego, centre), "depth": depth, "size": ego.number_of_nodes(),
            "relations": ego.number_of_edges(), "members": members}


def timeline(net: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Events per month (``YYYY-MM``; ``YYYY`` when only the year is known; ``undated``), with
    a count per relation, oldest first (undated last)."""
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for *_e, d in net.edges(data=True):
        undated = d["count"] - len(d["evidence"])
        for ev in d["evidence"]:
            months[ev.date[:7] or "undated"][d["relation"]] += 1
        if undated:
            months["undated"][d["relation"]] += undated
    keys = sorted(months, key=lambda m: (m == "undated", m))
    return [
        {"month": m, "total": sum(months[m].values()), **{r: months[m][r] for r in RELATIONS}}
        for m in keys
    ]


def summary(net: nx.MultiDiGraph) -> dict[str, Any]:
    """Sizes: entities, relations (distinct typed edges), events (one event reported by several
    articles counts once), mentions (the reports of those events), by type, events by
    relation, and ``folded``: entities shown inside a linked person's node."""
    return {
        "entities": net.number_of_nodes(),
        "relations": net.number_of_edges(),
        "events": sum(d["count"] for *_e, d in net.edges(data=True)),
        "mentions": sum(d.get("mentions", d["count"]) for *_e, d in net.edges(data=True)),
        "by_type": dict(Counter(d["type"] for _n, d in net.nodes(data=True)).most_common()),
        "by_relation": {r: sum(d["count"] for *_e, d in net.edges(data=True) if d["relation"] == r)
                        for r in RELATIONS},
        "since": net.graph.get("since", ""),
        "until": net.graph.get("until", ""),
        "folded": folded_entities(net),
    }


def folded_entities(net: nx.MultiDiGraph) -> int:
    """How many entity IRIs ``net`` shows inside another's node (people linked across
    articles, see :func:`graph.network.project`)."""
    return sum(len(d["members"]) - 1 for _n, d in net.nodes(data=True) if d.get("members"))


def analyze(
    net: nx.MultiDiGraph,
    *,
    top: int = 10,
    by: str = "degree",
    all_types: bool = False,
    path: tuple[str, str] | None = None,
    actor: str | None = None,
    depth: int = 1,
) -> dict[str, Any]:
    """The whole report: summary, central actors, communities, timeline, and the path and ego
    network when asked for.

    Raises:
        AnalysisError: an unknown measure, an unknown or ambiguous actor, a bad depth. No path
            between the ``path`` actors gives ``report["path"] == []`` and ``report["path_note"]``.
    """
    report: dict[str, Any] = {
        "summary": summary(net),
        "central": central_actors(net, top=top, by=by, all_types=all_types),
        "communities": communities(net, top=top),
        "timeline": timeline(net),
    }
    if path is not None:
        try:
            report["path"] = shortest_path(net, *path)
        except NoPathError as exc:  # an answer, not a failure: the rest of the report stands
            report["path"] = []
            report["path_note"] = str(exc)
    if actor is not None:
        report["ego"] = ego_summary(net, actor, depth=depth)
    return report
