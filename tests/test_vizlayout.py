"""The layout of the HTML graph (graph/vizlayout.py): deterministic, independent of the order of
the nodes, spread out, resumable from earlier positions, and approximated on big graphs."""

from __future__ import annotations

import math

import networkx as nx

from graph.vizlayout import EXACT_LAYOUT_LIMIT, spread_layout


def _ring_with_spokes(n: int) -> nx.Graph:
    g = nx.cycle_graph([f"n{i}" for i in range(n)])
    g.add_edges_from((f"n{i}", f"leaf{i}") for i in range(0, n, 3))
    return g


def test_empty_graph_has_no_positions() -> None:
    assert spread_layout(nx.Graph()) == {}


def test_layout_is_the_same_whatever_the_order_of_the_nodes() -> None:
    g = _ring_with_spokes(30)
    shuffled = nx.Graph()
    shuffled.add_nodes_from(sorted(g, reverse=True))
    shuffled.add_edges_from(reversed(list(g.edges())))
    first, second = spread_layout(g), spread_layout(shuffled)
    assert set(first) == set(g)
    for node, (x, y) in first.items():
        assert math.isclose(x, second[node][0], abs_tol=0.5)
        assert math.isclose(y, second[node][1], abs_tol=0.5)
    assert spread_layout(g, seed=1) != first  # the seed, not the order, picks the start


def test_nodes_are_spread_out_and_neighbours_closer_than_strangers() -> None:
    g = _ring_with_spokes(30)
    pos = spread_layout(g)
    points = list(pos.values())
    assert len(set(points)) == len(points)  # no two nodes on one spot
    nearest = min(math.dist(p, q) for i, p in enumerate(points) for q in points[i + 1:])
    assert nearest > 5  # pixels: about 60 px between neighbours
    linked = sum(math.dist(pos[u], pos[v]) for u, v in g.edges()) / g.number_of_edges()
    pairs = [(u, v) for u in g for v in g if u < v and not g.has_edge(u, v)]
    apart = sum(math.dist(pos[u], pos[v]) for u, v in pairs) / len(pairs)
    assert linked < apart


def test_known_positions_stay_and_a_new_node_lands_near_its_neighbour() -> None:
    g = _ring_with_spokes(30)
    before = spread_layout(g)
    g.add_edge("n0", "newcomer")
    after = spread_layout(g, start=before)
    xs = [p[0] for p in before.values()]
    extent = max(xs) - min(xs)
    assert max(math.dist(before[x], after[x]) for x in before) < 0.1 * extent
    assert math.dist(after["newcomer"], after["n0"]) < 0.5 * extent
    fresh = spread_layout(g)  # without the earlier positions the drawing moves more
    assert max(math.dist(before[x], fresh[x]) for x in before) > \
        max(math.dist(before[x], after[x]) for x in before)


def test_big_graphs_use_the_grid_and_still_give_finite_spread_positions() -> None:
    g = nx.Graph()
    for i in range(EXACT_LAYOUT_LIMIT + 100):
        g.add_edge(f"a{i}", f"a{(i * 7 + 3) % (EXACT_LAYOUT_LIMIT + 100)}")
    pos = spread_layout(g, iterations=10)
    assert len(pos) == g.number_of_nodes() > EXACT_LAYOUT_LIMIT
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert len(set(pos.values())) > 0.99 * len(pos)
