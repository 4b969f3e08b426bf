"""Drawing the graph as a self-contained interactive HTML page (pyvis / vis-network 9).

The page works offline (vis-network is inlined, pyvis's CDN tags are stripped), colours and
shapes entities by type, sizes them by degree, colours relations (arrows on the directed ones),
has a legend whose check boxes filter by relation and entity type, and shows tooltips with the
dates, quoting sentences and sources of each relation.

Article text is untrusted. It only ever reaches the page as JSON inside a ``<script>`` (with
``<``, ``>``, ``&`` escaped as ``\\u003c``...), as vis-network tooltips given as strings (which
vis-network 9 writes with ``innerText``), or HTML-escaped in the heading. pyvis's own
``tooltip_link`` popup (``innerHTML``) is never used.

Positions are always precomputed (:func:`spread_layout`). Up to :data:`PHYSICS_LIMIT` nodes
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
import numpy as np
from pyvis.network import Network
from rdflib import Dataset, Graph

from graph.analyze import ego_network
from graph.errors import AnalysisError, StoreError
from graph.network import DIRECTED, RELATIONS, Evidence, project, simple_graph

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
#: Up to this many nodes :func:`spread_layout` computes every pair's repulsion.
EXACT_LAYOUT_LIMIT = 800
#: Evidence sentences shown in one edge tooltip.
TOOLTIP_EVIDENCE = 3
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


def script_json(value: Any) -> str:
    """JSON safe inside an HTML ``<script>``: ``<``, ``>``, ``&`` and U+2028/9 escaped."""
    text = json.dumps(value, ensure_ascii=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def spread_layout(g: nx.Graph, *, iterations: int = 60, seed: int = 0) -> dict[Any, tuple[float, float]]:
    """Force-directed positions (Fruchterman-Reingold), vectorised with numpy. Above
    :data:`EXACT_LAYOUT_LIMIT` nodes repulsion comes from the centres of mass of a grid of cells
    instead of from every node (O(n·cells) per step), so 5,000 nodes take seconds where
    networkx's ``spring_layout`` takes minutes. Coordinates are in pixels, about 60 px between
    neighbours."""
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {x: i for i, x in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in g.edges() if u != v], dtype=np.int64)
    ends = ends.reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    k = 1.0 / math.sqrt(n)
    cells = int(min(24, max(4, math.sqrt(n) / 3)))
    temperature = 0.1
    soft = (0.1 * k) ** 2
    gravity = min(10.0, max(1.0, n / 12))
    for _ in range(iterations):
        lo = pos.min(axis=0)
        span = np.maximum(pos.max(axis=0) - lo, 1e-9)
        cell = np.minimum(((pos - lo) / span * cells).astype(np.int64), cells - 1)
        cid = cell[:, 0] * cells + cell[:, 1]
        if n <= EXACT_LAYOUT_LIMIT:  # every pair: exact, and cheap enough
            m, cx, cy = np.ones(n), pos[:, 0], pos[:, 1]
        else:
            mass = np.bincount(cid, minlength=cells * cells).astype(float)
            full = mass > 0
            m = mass[full]
            cx = np.bincount(cid, pos[:, 0], cells * cells)[full] / m
            cy = np.bincount(cid, pos[:, 1], cells * cells)[full] / m
        dx = pos[:, 0, None] - cx[None, :]
        dy = pos[:, 1, None] - cy[None, :]
        w = (k * k) * m / (dx * dx + dy * dy + soft)
        disp = np.stack([(dx * w).sum(axis=1), (dy * w).sum(axis=1)], axis=1)
        if len(ends):
            d = pos[ends[:, 0]] - pos[ends[:, 1]]
            pull = d * (np.sqrt((d ** 2).sum(axis=1)) / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(ends[:, 1], pull[:, axis], n)
                disp[:, axis] -= np.bincount(ends[:, 0], pull[:, axis], n)
        disp -= (pos - pos.mean(axis=0)) * (gravity * k)  # packs the many small components
        length = np.sqrt((disp ** 2).sum(axis=1)) + 1e-12
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = max(temperature * 0.95, 0.002)
    pos = (pos - pos.mean(axis=0)) * (60 / k)
    return {x: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for x, i in index.items()}


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


def _evidence_line(ev: Evidence) -> str:
    where = ev.title or ev.article_id or ev.article
    when = f"{ev.date} " if ev.date else ""
    return f"{when}“{ev.sentence}”\n    — {where}" + (f" ({ev.url})" if ev.url else "")


def _edge_title(net: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any]) -> str:
    arrow = "→" if d["directed"] else "—"
    head = f"{net.nodes[u]['label']} {arrow} {d['relation']} {arrow} {net.nodes[v]['label']}"
    lines = [head, f"{d['count']} mention(s)"]
    if d["first_date"]:
        span = d["first_date"] if d["first_date"] == d["last_date"] else f"{d['first_date']} to {d['last_date']}"
        lines[-1] += f", {span}"
    evidence = sorted(d["evidence"], key=lambda e: (e.date or "9999", e.article))
    lines += [_evidence_line(e) for e in evidence[:TOOLTIP_EVIDENCE]]
    if len(evidence) > TOOLTIP_EVIDENCE:
        lines.append(f"… and {len(evidence) - TOOLTIP_EVIDENCE} more")
    return "\n".join(lines)


def _short(label: str, limit: int = 40) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def vis_data(net: nx.MultiDiGraph, *, layout: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network node and edge dicts for ``net`` (positions included when ``layout``)."""
    g = simple_graph(net)
    top = max((g.degree(x) for x in g), default=1) or 1
    positions = spread_layout(g) if layout else {}
    nodes = []
    for x, d in net.nodes(data=True):
        colour, shape = TYPE_STYLE.get(d["type"], TYPE_STYLE["entity"])
        tip = [d["label"], f"{d['type']} · {g.degree(x)} neighbour(s) · {d['mentions']} mention(s)"]
        if d["alt_labels"]:
            tip.append("also: " + ", ".join(d["alt_labels"][:8]))
        tip += [f"same as {s}" for s in d["same_as"][:3]]
        node: dict[str, Any] = {
            "id": x, "label": _short(d["label"]), "title": "\n".join(tip), "shape": shape,
            "color": {"background": colour, "border": colour,
                      "highlight": {"background": colour, "border": "#222222"}},
            "size": round(8 + 22 * math.sqrt(g.degree(x) / top), 1), "ngType": d["type"],
            "ngName": " ".join([d["label"], *d["alt_labels"]]),
        }
        if x in positions:
            node["x"], node["y"] = positions[x]
        nodes.append(node)
    edges = []
    for i, (u, v, d) in enumerate(net.edges(data=True)):
        edges.append({
            "id": f"e{i}", "from": u, "to": v, "title": _edge_title(net, u, v, d),
            "color": {"color": RELATION_COLOURS[d["relation"]], "opacity": 0.8},
            "arrows": {"to": {"enabled": bool(d["directed"]), "scaleFactor": 0.6}},
            "width": round(2 + math.log2(d["count"]), 2), "ngRelation": d["relation"],
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
                  "borderWidth": 1},
        "edges": {"smooth": False if big else {"type": "continuous"}, "selectionWidth": 2},
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False, "keyboard": False},
    }


_STYLE = """<style>
body{margin:0;font-family:system-ui,sans-serif;color:#222;background:#fafafa}
#ng-bar{padding:8px 14px;border-bottom:1px solid #ddd;background:#fff}
#ng-bar h1{font-size:18px;margin:0 0 4px 0}
#ng-bar p{margin:2px 0;font-size:13px;color:#555}
#ng-search{margin-left:12px;padding:2px 6px;font-size:13px;width:220px}
#ng-legend{position:absolute;top:80px;right:14px;z-index:5;background:rgba(255,255,255,.94);
 border:1px solid #ccc;border-radius:6px;padding:8px 12px;font-size:13px;line-height:1.6}
#ng-legend h2{font-size:13px;margin:4px 0 2px 0}
#ng-legend label{display:block;cursor:pointer;white-space:nowrap}
.ng-swatch{display:inline-block;width:12px;height:12px;margin:0 6px 0 4px;vertical-align:-1px}
.ng-line{display:inline-block;width:22px;height:3px;margin:0 6px 3px 4px;vertical-align:middle}
#mynetwork{float:none!important;border:none!important}
.vis-tooltip{white-space:pre-wrap!important;max-width:520px;font-size:12px!important}
</style>"""
_SHAPE_CSS = {"dot": "border-radius:50%", "square": "", "triangle": "clip-path:polygon(50% 0,100% 100%,0 100%)",
              "triangleDown": "clip-path:polygon(0 0,100% 0,50% 100%)",
              "diamond": "clip-path:polygon(50% 0,100% 50%,50% 100%,0 50%)",
              "star": "clip-path:polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,39% 35%)"}

_SCRIPT = """<script>
(function () {
  var cfg = JSON.parse(document.getElementById("ng-config").textContent);
  var shown = {type: new Set(cfg.types), relation: new Set(cfg.relations)};
  function apply() {
    var hiddenNodes = new Set();
    nodes.update(nodes.get({fields: ["id", "ngType"]}).map(function (n) {
      var hide = !shown.type.has(n.ngType);
      if (hide) { hiddenNodes.add(n.id); }
      return {id: n.id, hidden: hide};
    }));
    edges.update(edges.get({fields: ["id", "from", "to", "ngRelation"]}).map(function (e) {
      return {id: e.id, hidden: !shown.relation.has(e.ngRelation) || hiddenNodes.has(e.from) || hiddenNodes.has(e.to)};
    }));
  }
  document.querySelectorAll("#ng-legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      var set = shown[box.dataset.kind];
      if (box.checked) { set.add(box.value); } else { set.delete(box.value); }
      apply();
    });
  });
  var search = document.getElementById("ng-search"), found = document.getElementById("ng-found");
  search.addEventListener("change", function () {
    var q = search.value.trim().toLowerCase();
    var ids = q ? nodes.get({filter: function (n) {
      return !n.hidden && n.ngName.toLowerCase().indexOf(q) !== -1;
    }}).map(function (n) { return n.id; }) : [];
    network.selectNodes(ids);
    found.textContent = q ? ids.length + " found" : "";
    if (ids.length) { network.fit({nodes: ids, animation: false}); }
  });
  network.on("click", function (params) {  // fade everything but the clicked node's neighbours
    var keep = params.nodes.length
      ? new Set(network.getConnectedNodes(params.nodes[0]).concat(params.nodes)) : null;
    nodes.update(nodes.getIds().map(function (id) {
      return {id: id, opacity: !keep || keep.has(id) ? 1 : 0.15};
    }));
  });
  if (cfg.physics) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });
  }
})();
</script>"""


def _legend(types: list[str], relations: list[str]) -> str:
    rows = ['<div id="ng-legend"><h2>Entities</h2>']
    for t in types:
        colour, shape = TYPE_STYLE[t]
        rows.append(f'<label><input type="checkbox" checked data-kind="type" value="{t}">'
                    f'<span class="ng-swatch" style="background:{colour};{_SHAPE_CSS[shape]}"></span>{t}</label>')
    rows.append("<h2>Relations</h2>")
    for r in relations:
        arrow = " →" if r in DIRECTED else ""
        rows.append(f'<label><input type="checkbox" checked data-kind="relation" value="{r}">'
                    f'<span class="ng-line" style="background:{RELATION_COLOURS[r]}"></span>{r}{arrow}</label>')
    rows.append("</div>")
    return "\n".join(rows)


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
) -> Rendered:
    """Render an RDF graph (or a :func:`graph.network.project` network) as a standalone page.

    ``actor``/``depth`` draw an ego network, ``since``/``until`` a time window (undated mentions
    are then left out), ``max_nodes`` keeps the most connected entities. ``physics`` defaults to
    on up to :data:`PHYSICS_LIMIT` nodes, off (positions precomputed) above.

    Raises:
        AnalysisError: an unknown or ambiguous actor, a bad depth, window or ``max_nodes``.
    """
    if isinstance(graph, nx.MultiDiGraph):
        net = graph
        if since or until:
            raise AnalysisError("since/until need the RDF graph, not a network")
    else:
        net = project(graph, since=since, until=until)
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
    nodes, edges = vis_data(net, layout=True)  # physics, when on, starts from these positions
    pv = Network(height="calc(100vh - 70px)", width="100%", directed=True, cdn_resources="in_line", heading="")
    # Filling pyvis' lists directly: its add_node/add_edge are quadratic.
    pv.nodes, pv.edges = nodes, edges
    pv.node_ids = [nd["id"] for nd in nodes]
    pv.node_map = {nd["id"]: nd for nd in nodes}
    pv.options = _options(physics=physics, big=big)
    html = _generate(pv, physics=physics)
    types = [t for t in TYPE_STYLE if any(nd["ngType"] == t for nd in nodes)]
    relations = [r for r in RELATIONS if any(e["ngRelation"] == r for e in edges)]
    counts = f"{n} entities, {net.number_of_edges()} relations"
    if (n, net.number_of_edges()) != (total_nodes, total_edges):
        counts += f" (of {total_nodes} and {total_edges})"
    bar = (f'<div id="ng-bar"><h1>{escape(title)}</h1><p>{escape(counts)}. Hover a node or an '
           "edge for details, click a node to bring out its neighbours, untick a legend entry to "
           "hide it. "
           '<input id="ng-search" type="search" placeholder="Find an entity…" aria-label="Find an entity">'
           ' <span id="ng-found"></span></p>'
           + "".join(f"<p>{escape(note)}</p>" for note in notes) + "</div>")
    config = script_json({"types": types, "relations": relations, "physics": physics})
    head = f"<head><title>{escape(title)}</title>{_STYLE}"
    html = html.replace("<head>", head, 1)
    html = re.sub(r"<body>", lambda _m: f"<body>{bar}{_legend(types, relations)}", html, count=1)
    tail = f'<script type="application/json" id="ng-config">{config}</script>{_SCRIPT}'
    html = html[: html.rindex("</body>")] + tail + html[html.rindex("</body>"):]
    return Rendered(html=html, nodes=n, edges=net.number_of_edges(),
                    left_out_nodes=total_nodes - n, left_out_edges=total_edges - net.number_of_edges(),
                    notes=notes)


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


def write_html(graph: Graph | Dataset | nx.MultiDiGraph, path: str | Path, **options: Any) -> Path:
    """Write :func:`render_html` to ``path`` (via a temporary file, so never half-written).

    Raises:
        AnalysisError: as :func:`render`.
        StoreError: the file cannot be written.
    """
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
