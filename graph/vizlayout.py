"""Where the entities of the HTML graph start: a force-directed layout computed in Python.

:func:`spread_layout` is a vectorised Fruchterman-Reingold layout (numpy) whose start is hashed
from each node's id, so adding one article does not reshuffle the drawing, and which can resume
from the positions of the page being replaced. :mod:`graph.viz` calls it for every page; the
60-80x speed-up over networkx's ``spring_layout`` on 1,000 entities is measured by
``bench/viz.py`` (README, ``newsgraph viz``).
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

import networkx as nx
import numpy as np

#: Up to this many nodes :func:`spread_layout` computes every pair's repulsion.
EXACT_LAYOUT_LIMIT = 800


def _start(node: Any, seed: int) -> tuple[float, float]:
    """A node's starting position in the unit square, from a hash of its id and ``seed`` only:
    adding or removing other nodes does not move it, so the layout stays put when one article
    is added (a random start per run would reshuffle everything)."""
    digest = hashlib.blake2b(f"{seed}:{node}".encode(), digest_size=8).digest()
    return (int.from_bytes(digest[:4], "big") / 2**32, int.from_bytes(digest[4:], "big") / 2**32)


def _known_start(g: nx.Graph, nodes: list[Any], start: dict[Any, tuple[float, float]], k: float,
                 seed: int) -> np.ndarray:
    """Starting positions (layout units) from earlier pixel positions: known nodes where they
    were, a new node next to its known neighbours (or inside the known area), hash-jittered."""
    unit = k / 60
    known = {x: (start[x][0] * unit, start[x][1] * unit) for x in nodes if x in start}
    xs = np.array(list(known.values())) if known else np.zeros((1, 2))
    lo, hi = xs.min(axis=0), xs.max(axis=0)
    pos = np.zeros((len(nodes), 2))
    for i, x in enumerate(nodes):
        jitter = np.array(_start(x, seed)) - 0.5
        if x in known:
            pos[i] = known[x]
        elif near := [known[y] for y in g.neighbors(x) if y in known]:
            pos[i] = np.mean(near, axis=0) + jitter * k
        else:
            pos[i] = lo + (hi - lo + k) * (jitter + 0.5)
    return pos


def spread_layout(g: nx.Graph, *, iterations: int = 60, seed: int = 0,
                  start: dict[Any, tuple[float, float]] | None = None) -> dict[Any, tuple[float, float]]:
    """Force-directed positions (Fruchterman-Reingold), vectorised with numpy. Above
    :data:`EXACT_LAYOUT_LIMIT` nodes repulsion comes from the centres of mass of a grid of cells
    instead of from every node (O(n·cells) per step), so 5,000 nodes take seconds where
    networkx's ``spring_layout`` takes minutes. Coordinates are in pixels, about 60 px between
    neighbours.

    Each node starts from a position hashed from its id and ``seed`` (never from the order of
    the nodes). ``start`` (earlier positions, in pixels, e.g. of the page being replaced)
    keeps the nodes it holds where they were: the layout then only settles the new nodes and
    nudges the rest (30 small steps, no re-centring)."""
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {x: i for i, x in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in g.edges() if u != v], dtype=np.int64)
    ends = ends.reshape(-1, 2)
    k = 1.0 / math.sqrt(n)
    resume = bool(start) and any(x in start for x in nodes)  # type: ignore[operator]
    if resume:
        pos = _known_start(g, nodes, start or {}, k, seed)
    else:
        pos = np.array([_start(x, seed) for x in nodes], dtype=float).reshape(-1, 2)
    cells = int(min(24, max(4, math.sqrt(n) / 3)))
    temperature = 0.003 if resume else 0.1  # resuming: the final steps of a full run
    if resume:
        iterations = min(iterations, 30)
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
    pos = (pos if resume else pos - pos.mean(axis=0)) * (60 / k)
    return {x: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for x, i in index.items()}
