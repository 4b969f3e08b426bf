"""Drawing the graph as a self-contained interactive HTML page (pyvis / vis-network)."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from pyvis.network import Network
from rdflib import RDF, RDFS, Dataset, Graph, URIRef

from graph.namespaces import NG

TYPE_STYLE = {
    NG.Person: ("#4e79a7", "dot"),
    NG.Organisation: ("#f28e2b", "square"),
    NG.Country: ("#59a14f", "triangle"),
    NG.City: ("#76b7b2", "diamond"),
    NG.Place: ("#59a14f", "triangle"),
}
RELATION_COLOURS = {"visited": "#59a14f", "met": "#4e79a7", "agreed": "#b07aa1", "accused": "#e15759"}
_CDN = re.compile(r"<(?:link|script)[^>]*(?:cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)[^>]*>(?:\s*</script>)?", re.DOTALL)


def render_html(graph: Graph | Dataset, *, title: str = "Newsgraph") -> str:
    """A standalone HTML page drawing the actors and their relations (no network access)."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    nodes: dict[URIRef, dict[str, object]] = {}
    edges: list[dict[str, object]] = []
    for pred, name in ((NG[p], p) for p in RELATION_COLOURS):
        for s, o in graph.subject_objects(pred):
            for n in (s, o):
                if n not in nodes and isinstance(n, URIRef):
                    label = str(graph.value(n, RDFS.label) or n.split("/")[-1])
                    colour, shape = TYPE_STYLE.get(graph.value(n, RDF.type), ("#9c755f", "dot"))  # type: ignore[arg-type]
                    nodes[n] = {"id": str(n), "label": label, "title": label, "color": colour, "shape": shape}
            edges.append({
                "from": str(s), "to": str(o), "label": name, "title": name,
                "color": RELATION_COLOURS[name],
                "arrows": "" if name in ("met", "agreed") else "to",
            })
    # Filling pyvis' lists directly: its add_node/add_edge are quadratic.
    net.nodes = list(nodes.values())
    net.edges = edges
    net.node_ids = [str(n) for n in nodes]
    net.node_map = {str(n): d for n, d in nodes.items()}
    net.toggle_physics(True)
    html = net.generate_html(name="graph.html")
    html = html.replace("<head>", f"<head><title>{escape(title)}</title>", 1)
    return _CDN.sub("", html)


def write_html(graph: Graph | Dataset, path: str | Path) -> Path:
    """Write :func:`render_html` to ``path``."""
    path = Path(path)
    path.write_text(render_html(graph), encoding="utf-8")
    return path
