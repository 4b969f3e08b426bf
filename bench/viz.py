"""How long a big HTML graph takes to write and to load in headless Chromium.

A synthetic RDF graph of ``n`` entities (preferential attachment: a few hubs, many leaves, about
two mentions per entity, the shape graph/rdf.py writes) is projected to networkx, rendered with
:func:`graph.viz.render` (positions precomputed, physics off) and opened in Debian's headless
Chromium with a probe that reports once every node is drawn. Browser start-up is measured on a
blank page in the same run and subtracted (best of two runs each). ``analyze_s`` is the whole
``newsgraph analyze`` report (centrality, Louvain, timeline, a path, an ego network) on the same
network. For the layout, the same run times networkx's ``spring_layout`` on a smaller graph
against :func:`graph.vizlayout.spread_layout` (a ratio).

    python bench/viz.py            # 5,000 entities
    python bench/viz.py --quick    # 1,000 entities

Raises ``RuntimeError`` (``BrowserError``) when Chromium is missing or the page never draws.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "tests"))

from browser import BrowserError, dump_dom, probe
from netdata import make_graph, synthetic_events

from graph.analyze import analyze
from graph.network import project, simple_graph
from graph.viz import render
from graph.vizlayout import spread_layout


def _timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    t = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - t


def run(*, quick: bool) -> dict[str, Any]:
    """Measure; returns the figures (seconds, counts, ratios) as a dict.

    Raises:
        BrowserError: Chromium is missing, fails, or the page never draws all its nodes.
    """
    n = 1000 if quick else 5000
    OUT.mkdir(parents=True, exist_ok=True)
    graph = make_graph(synthetic_events(n, seed=1))
    net, project_s = _timed(project, graph)
    page, render_s = _timed(render, net)
    path = OUT / f"viz-{n}.html"
    _, write_s = _timed(path.write_text, page.html, encoding="utf-8")

    blank = OUT / "blank.html"
    blank.write_text("<html><body>blank</body></html>", encoding="utf-8")
    blank_s = browser_s = float("inf")
    for _ in range(2):  # the best of two, each way: the machine is shared
        blank_s = min(blank_s, _timed(dump_dom, blank, budget_ms=1000)[1])
        drawn, seconds = _timed(probe, path, budget_ms=1000)
        browser_s = min(browser_s, seconds)
    if len(drawn["drawn"]) != page.nodes:
        raise BrowserError(f"drew {len(drawn['drawn'])} of {page.nodes} nodes")

    _, analyze_s = _timed(analyze, net, path=("Entity 10", f"Entity {n - 1}"), actor="Entity 3")

    small = simple_graph(project(make_graph(synthetic_events(500 if quick else 1000, seed=2))))
    _, spring_s = _timed(nx.spring_layout, small, iterations=50, seed=0)
    _, spread_s = _timed(spread_layout, small)
    return {
        "entities": page.nodes,
        "relations": page.edges,
        "html_mb": round(len(page.html.encode()) / 1e6, 2),
        "project_s": round(project_s, 2),
        "render_s": round(render_s, 2),
        "write_s": round(project_s + render_s + write_s, 2),
        "chromium_startup_s": round(blank_s, 2),
        "load_in_chromium_s": round(browser_s - blank_s, 2),
        "analyze_s": round(analyze_s, 2),
        "layout_nodes": small.number_of_nodes(),
        "spring_layout_s": round(spring_s, 2),
        "spread_layout_s": round(spread_s, 2),
        "layout_speedup": round(spring_s / spread_s, 1),
    }


def main() -> None:
    """Command line: print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 entities instead of 5,000")
    args = parser.parse_args()
    print(json.dumps(run(quick=args.quick), indent=2))


if __name__ == "__main__":
    main()
