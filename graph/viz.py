"""Drawing the graph as a self-contained interactive HTML page (pyvis / vis-network 9).

The page works offline (vis-network is inlined, pyvis's CDN tags are stripped), colours and
shapes entities by type, sizes them by degree, colours relations (arrows on the directed ones),
has a legend whose check boxes filter by relation and entity type, and shows tooltips with the
dates, quoting sentences and sources of each relation.

Article text is untrusted. It only ever reaches the page as JSON inside a ``<script>`` (with
``<``, ``>``, ``&`` escaped as ``\\u003c``...), as vis-network tooltips given as strings (which
vis-network 9 writes with ``innerText``), or HTML-escaped in the heading. pyvis's own
``tooltip_link`` popup (``innerHTML``) is never used.

Positions are always precomputed (:func:`graph.vizlayout.spread_layout`). Up to :data:`PHYSICS_LIMIT` nodes
vis-network's physics polishes them for a few steps and is then switched off; above, physics is
off, so several thousand nodes draw at once.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network
from rdflib import Dataset, Graph

from graph.analyze import ego_network, folded_entities
from graph.errors import AnalysisError, StoreError
from graph.network import DIRECTED, RELATIONS, Evidence, project, simple_graph
from graph.networkfiles import day_span
from graph.vizlayout import spread_layout
from graph.vizpage import DETAILS, SCRIPT, STYLE, legend, time_filter
from graph.viztext import edge_title, reported

#: Entity type -> (colour, vis-network shape).
TYPE_STYLE: dict[str, tuple[str, str]] = {
    "person": ("#4e79a7", "dot"),
    "organisation": ("#f28e2b", "square"),
    "country": ("#59a14f", "triangle"),
    "city": ("#76b7b2", "diamond"),
    "place": ("#8cd17d", "triangleDown"),
    "actor": ("#b6992d", "star"),
    "entity": ("#9c755f", "dot"),
}
RELATION_COLOURS: dict[str, str] = {
    "visited": "#59a14f", "met": "#4e79a7", "agreed": "#b07aa1", "accused": "#e15759",
}
#: Above this many nodes, positions are precomputed and physics is off.
PHYSICS_LIMIT = 300
#: Evidence sentences shown in one edge tooltip, and in the details panel of a clicked edge.
TOOLTIP_EVIDENCE = 3
PANEL_EVIDENCE = 10
#: Reporting articles listed under each event in the details panel (a wire story carried widely
#: would otherwise make the page long).
PANEL_REPORTS = 20
#: Above this many entities only the labels of the most connected ones are drawn at first (the
#: page sizes them to read at about 20 px once the graph is fitted); the others appear on zoom.
LABEL_RANK_FROM = 60
#: Screen size (px) from which the other labels are drawn when zooming in, and above which a
#: label stops growing.
LABEL_MIN_PX, LABEL_MAX_PX = 11, 22
_CDN = re.compile(
    r"<(?:link|script)[^>]*(?:cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)[^>]*>(?:\s*</script>)?",
    re.DOTALL,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>")


@dataclass
class Rendered:
    """A rendered page and what it shows."""

    html: str
    nodes: int
    edges: int
    left_out_nodes: int = 0
    left_out_edges: int = 0
    notes: list[str] = field(default_factory=list)
    #: how many entity IRIs the drawn nodes hold inside another's node (graph.netfold)
    folded: int = 0


def script_json(value: Any) -> str:
    """JSON safe inside an HTML ``<script>``: ``<``, ``>``, ``&`` and U+2028/9 escaped."""
    text = json.dumps(value, ensure_ascii=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def select(
    net: nx.MultiDiGraph, *, actor: str | None = None, depth: int = 1, max_nodes: int | None = None
) -> tuple[nx.MultiDiGraph, list[str]]:
    """The part of ``net`` to draw and notes saying what was left out: the ego network of
    ``actor`` when given, then the ``max_nodes`` most connected entities (and the ego's centre).

    Raises:
        AnalysisError: ``actor`` is unknown or ambiguous, ``depth`` or ``max_nodes`` < 1.
    """
    notes: list[str] = []
    if actor is not None:
        net = ego_network(net, actor, depth=depth)
        centre = net.nodes[net.graph["centre"]]["label"]
        notes.append(f"Ego network of {centre}, depth {depth}: {net.number_of_nodes()} entities.")
    if max_nodes is not None:
        if max_nodes < 1:
            raise AnalysisError(f"max_nodes must be at least 1, not {max_nodes}")
        if net.number_of_nodes() > max_nodes:
            g = simple_graph(net)
            centre = net.graph.get("centre")  # an ego network keeps its centre
            keep = sorted(g, key=lambda x: (x != centre, -g.degree(x), -net.nodes[x]["mentions"],
                                            net.nodes[x]["label"]))[:max_nodes]
            kept = net.subgraph(keep).copy()
            kept.graph.update(net.graph)
            notes.append(
                f"Showing the {max_nodes} most connected of {net.number_of_nodes()} entities: "
                f"{net.number_of_nodes() - max_nodes} entities and "
                f"{net.number_of_edges() - kept.number_of_edges()} relations left out."
            )
            net = kept
    return net, notes


def _short(label: str, limit: int = 40) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _http(url: str) -> str:
    """``url`` when it is an http(s) URL without spaces or control characters, else ``""``."""
    return url if re.fullmatch(r"https?://[^\s\x00-\x1f\x7f<>\"]+", url, re.IGNORECASE) else ""


def _top(g: nx.Graph, centre: str | None) -> set[Any]:
    """The entities whose labels stay readable when a big graph is fitted into the window: the
    ego centre, then the most connected (about one in eight, at least 12); none (all labels
    alike) up to :data:`LABEL_RANK_FROM` entities."""
    if g.number_of_nodes() <= LABEL_RANK_FROM:
        return set()
    ranked = sorted(g, key=lambda x: (x != centre, -g.degree(x), str(x)))
    return set(ranked[: max(12, len(ranked) // 8)])


def _spans(evidence: list[Evidence]) -> tuple[list[list[str]], bool]:
    """The day spans of the dated mentions, and whether some mention is undated."""
    spans = sorted({span for e in evidence if (span := day_span(e.date))})
    return [list(x) for x in spans], any(not e.date for e in evidence) or not evidence


def vis_data(net: nx.MultiDiGraph, *, layout: bool,
             start: dict[Any, tuple[float, float]] | None = None,
             ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network node and edge dicts for ``net`` (positions included when ``layout``).

    Besides vis-network's own keys, nodes carry ``ngType``, ``ngName`` (all names, for the
    search), ``ngLabel``, ``ngLinks`` (http(s) links) and ``ngCentre``; edges ``ngRelation``,
    ``ngSpans`` (day spans of dated mentions), ``ngUndated``, ``ngHead`` and ``ngEvidence``
    (date, sentence, title, http(s) URL, "reported by ..." of up to :data:`PANEL_EVIDENCE` events). ``start``:
    earlier positions to keep (see :func:`spread_layout`)."""
    g = simple_graph(net)
    top = max((g.degree(x) for x in g), default=1) or 1
    positions = spread_layout(g, start=start) if layout else {}
    centre = net.graph.get("centre")
    top_nodes = _top(g, centre)
    nodes = []
    for x, d in net.nodes(data=True):
        colour, shape = TYPE_STYLE.get(d["type"], TYPE_STYLE["entity"])
        tip = [d["label"], f"{d['type']} · {g.degree(x)} neighbour(s) · {d['mentions']} event(s)"]
        if d["alt_labels"]:
            tip.append("also: " + ", ".join(d["alt_labels"][:8]))
        if d.get("variants"):  # entities linked as one person (graph.netfold)
            tip.append(f"one node for {len(d['members'])} linked entities: {d['label']}, "
                       + ", ".join(d["variants"][:8]) + (" …" if len(d["variants"]) > 8 else ""))
        tip += [f"same as {s}" for s in d["same_as"][:3]]
        node: dict[str, Any] = {
            "id": x, "label": _short(d["label"]), "title": "\n".join(tip), "shape": shape,
            "color": {"background": colour, "border": colour,
                      "highlight": {"background": colour, "border": "#222222"}},
            "size": round(8 + 22 * math.sqrt(g.degree(x) / top), 1), "ngType": d["type"],
            "ngName": " ".join([d["label"], *d["alt_labels"]]), "ngLabel": d["label"],
            "ngLinks": [u for u in map(_http, d["same_as"][:5]) if u],
        }
        if x in top_nodes:
            node["ngTop"] = True
        if x == centre:  # the ego network's centre: thick black border, bold label, larger
            node.update(ngCentre=True, borderWidth=5, size=max(node["size"], 26))
            node["color"]["border"] = "#111111"
            node["font"] = {"size": 18, "strokeWidth": 5}
        if x in positions:
            node["x"], node["y"] = positions[x]
        nodes.append(node)
    edges = []
    pair_count: dict[frozenset[str], int] = {}
    for u, v in net.edges():
        pair_count[frozenset((u, v))] = pair_count.get(frozenset((u, v)), 0) + 1
    pair_seen: dict[frozenset[str], int] = {}
    for i, (u, v, d) in enumerate(net.edges(data=True)):
        evidence = sorted(d["evidence"], key=lambda e: (e.date or "9999", e.article))
        spans, undated = _spans(d["evidence"])
        title = edge_title(net, u, v, d, shown=TOOLTIP_EVIDENCE)
        edges.append({
            "id": f"e{i}", "from": u, "to": v, "title": title,
            "color": {"color": RELATION_COLOURS[d["relation"]], "opacity": 0.8},
            "arrows": {"to": {"enabled": bool(d["directed"]), "scaleFactor": 0.6}},
            "width": round(2 + math.log2(d["count"]), 2), "ngRelation": d["relation"],
            "dashes": not spans, "ngSpans": spans, "ngUndated": undated,
            **_parallel(pair_count, pair_seen, u, v),
            "ngHead": title.split("\n", 2)[0] + " (" + title.split("\n", 2)[1] + ")",
            "ngEvidence": [{"date": e.date, "sentence": e.sentence, "url": _http(e.url),
                            "title": e.title or e.article_id or e.article,
                            "reported": f"{reported(e)}, {e.mentions} mention(s)",
                            "reports": [{"title": t, "url": _http(u), "source": src, "date": day}
                                        for t, u, src, day in e.report_details[:PANEL_REPORTS]]
                            if len(e.report_details) > 1 else []}
                           for e in evidence[:PANEL_EVIDENCE]],
            "ngMore": max(0, len(evidence) - PANEL_EVIDENCE),
        })
    return nodes, edges


def _options(*, physics: bool, big: bool) -> dict[str, Any]:
    return {
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -2500, "centralGravity": 0.6, "springLength": 90,
                          "springConstant": 0.04, "damping": 0.4, "avoidOverlap": 0.3},
            "stabilization": {"enabled": physics, "iterations": 120, "updateInterval": 50, "fit": True},
            "minVelocity": 1.0,
        },
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "nodes": {"font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1,
                  "scaling": {"label": {"enabled": False, "maxVisible": LABEL_MAX_PX}}},
        "edges": {"smooth": False if big else {"type": "continuous"}, "selectionWidth": 2},
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False, "keyboard": False},
    }


def render(
    graph: Graph | Dataset | nx.MultiDiGraph,
    *,
    title: str = "Newsgraph",
    actor: str | None = None,
    depth: int = 1,
    since: str | None = None,
    until: str | None = None,
    max_nodes: int | None = None,
    physics: bool | None = None,
    layout_from: dict[Any, tuple[float, float]] | None = None,
    fold: bool = True,
) -> Rendered:
    """Render an RDF graph (or a :func:`graph.network.project` network) as a standalone page.

    ``actor``/``depth`` draw an ego network, ``since``/``until`` a time window (undated mentions
    are then left out), ``max_nodes`` keeps the most connected entities. ``physics`` defaults to
    on up to :data:`PHYSICS_LIMIT` nodes, off (positions precomputed) above. ``layout_from``
    (entity IRI -> pixel position, e.g. :func:`page_positions` of the page this one replaces)
    keeps those entities where they were. ``fold``: entities linked as probably one person are
    one node (:func:`graph.network.project`); ``False`` draws every IRI apart.

    Raises:
        AnalysisError: an unknown or ambiguous actor, a bad depth, window or ``max_nodes``.
    """
    if isinstance(graph, nx.MultiDiGraph):
        net = graph
        if since or until:
            raise AnalysisError("since/until need the RDF graph, not a network")
    else:
        net = project(graph, since=since, until=until, fold=fold)
    total_nodes, total_edges = net.number_of_nodes(), net.number_of_edges()
    net, notes = select(net, actor=actor, depth=depth, max_nodes=max_nodes)
    if since or until:
        notes.insert(0, f"Mentions dated {since or '…'} to {until or '…'}"
                        f" ({net.graph.get('undated_left_out', 0)} undated mention(s) left out).")
    n = net.number_of_nodes()
    if n == 0:
        notes.append("Nothing to draw: no relation in this graph or window.")
    big = n > PHYSICS_LIMIT
    physics = (not big) if physics is None else physics
    nodes, edges = vis_data(net, layout=True, start=layout_from)  # physics starts from these
    pv = Network(height="calc(100vh - 70px)", width="100%", directed=True, cdn_resources="in_line", heading="")
    # Filling pyvis' lists directly: its add_node/add_edge are quadratic.
    pv.nodes, pv.edges = nodes, edges
    pv.node_ids = [nd["id"] for nd in nodes]
    pv.node_map = {nd["id"]: nd for nd in nodes}
    pv.options = _options(physics=physics, big=big)
    html = _generate(pv, physics=physics)
    types = [t for t in TYPE_STYLE if any(nd["ngType"] == t for nd in nodes)]
    relations = [r for r in RELATIONS if any(e["ngRelation"] == r for e in edges)]
    days = sorted(day for e in edges for span in e["ngSpans"] for day in span)
    centre = next((nd["ngLabel"] for nd in nodes if nd.get("ngCentre")), None)
    if centre is not None:
        notes.append(f"Centre: {centre} (thick black border).")
    counts = f"{n} entities, {net.number_of_edges()} relations"
    if (n, net.number_of_edges()) != (total_nodes, total_edges):
        counts += f" (of {total_nodes} and {total_edges})"
    folded = folded_entities(net)
    if folded:
        counts += f"; {folded} more entities folded into linked people"
    bar = (f'<div id="ng-bar"><h1>{escape(title)}</h1><p>{escape(counts)}. Hover a node or an '
           "edge for details, click a node to bring out its neighbours, untick a legend entry to "
           "hide it. "
           '<input id="ng-search" type="search" placeholder="Find an entity…" aria-label="Find an entity">'
           ' <span id="ng-found"></span></p>'
           + (time_filter(days[0], days[-1]) if days and days[0] != days[-1] else "")
           + "".join(f"<p>{escape(note)}</p>" for note in notes) + "</div>")
    config = script_json({"types": types, "relations": relations, "physics": physics,
                          "rankLabels": any(nd.get("ngTop") for nd in nodes),
                          "labelMinPx": LABEL_MIN_PX,
                          "firstDate": days[0] if days and days[0] != days[-1] else None,
                          "lastDate": days[-1] if days and days[0] != days[-1] else None})
    head = f"<head><title>{escape(title)}</title>{STYLE}"
    html = html.replace("<head>", head, 1)
    key = legend([(t, *TYPE_STYLE[t]) for t in types],
                 [(r, RELATION_COLOURS[r], r in DIRECTED) for r in relations],
                 undated=any(e["dashes"] for e in edges), centre=centre is not None)
    html = re.sub(r"<body>", lambda _m: f"<body>{bar}{key}{DETAILS}", html, count=1)
    tail = f'<script type="application/json" id="ng-config">{config}</script>{SCRIPT}'
    html = html[: html.rindex("</body>")] + tail + html[html.rindex("</body>"):]
    return Rendered(html=html, nodes=n, edges=net.number_of_edges(),
                    left_out_nodes=total_nodes - n, left_out_edges=total_edges - net.number_of_edges(),
                    notes=notes, folded=folded)


def _generate(pv: Network, *, physics: bool) -> str:
    """pyvis's template rendered with its ``tooltip_link`` popup (``innerHTML``) always off,
    whatever the titles contain, and its CDN tags and empty headings removed."""
    template = pv.templateEnv.get_template(pv.path)
    nodes, edges, heading, height, width, options = pv.get_network_data()
    html = template.render(
        height=height, width=width, nodes=nodes, edges=edges, heading=heading, options=options,
        physics_enabled=physics, use_DOT=False, dot_lang="", widget=False, bgcolor=pv.bgcolor,
        conf=False, tooltip_link=False, neighborhood_highlight=False, select_menu=False,
        filter_menu=False, notebook=False, cdn_resources="in_line",
    )
    return _EMPTY_HEADING.sub("", _CDN.sub("", html))


def render_html(graph: Graph | Dataset | nx.MultiDiGraph, **options: Any) -> str:
    """:func:`render`'s page only (same keyword options and errors)."""
    return render(graph, **options).html


def page_positions(path: str | Path) -> dict[str, tuple[float, float]]:
    """The node positions (entity IRI -> pixels) stored in a page this module wrote, or ``{}``
    when ``path`` is missing or not such a page."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    m = re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);\n", text, re.DOTALL)
    try:
        data = json.loads(m.group(1)) if m else []
    except ValueError:
        return {}
    return {str(n["id"]): (float(n["x"]), float(n["y"])) for n in data
            if isinstance(n, dict) and "id" in n and isinstance(n.get("x"), (int, float))
            and isinstance(n.get("y"), (int, float))}


def write_html(graph: Graph | Dataset | nx.MultiDiGraph, path: str | Path, *,
               keep_layout: bool = True, **options: Any) -> Path:
    """Write :func:`render_html` to ``path`` (via a temporary file, so never half-written).
    With ``keep_layout``, the entities of the page being replaced stay where they were (see
    :func:`page_positions`), so rebuilding after adding an article does not reshuffle it.

    Raises:
        AnalysisError: as :func:`render`.
        StoreError: the file cannot be written.
    """
    if keep_layout and "layout_from" not in options:
        options["layout_from"] = page_positions(path) or None
    return save(render(graph, **options), path)


def save(page: Rendered, path: str | Path) -> Path:
    """Write a rendered page to ``path`` through a temporary file and a rename.

    Raises:
        StoreError: the file cannot be written (nothing is left behind).
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(page.html, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return path


def _parallel(count: dict[frozenset[str], int], seen: dict[frozenset[str], int], u: str, v: str) -> dict[str, Any]:
    """The curve of one of several edges between the same two nodes ("met" and "agreed"), each
    bent by its own amount so that none hides another (a new user saw one line for two
    relations); ``{}`` for a pair's only edge."""
    pair = frozenset((u, v))
    if count[pair] < 2:
        return {}
    k = seen.get(pair, 0)
    seen[pair] = k + 1
    # the same side for one pair whichever way an edge points: bend by the node order
    clockwise = (u < v) == (k % 2 == 0)
    return {"smooth": {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW",
                       "roundness": round(0.15 + 0.2 * (k // 2), 2)}}
