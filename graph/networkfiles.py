"""The network as files for Gephi and Cytoscape: GraphML and GEXF (static, or dynamic with each
relation's spells of days), from :func:`graph.network.project`'s graph."""

from __future__ import annotations

import calendar
import datetime
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from graph.errors import AnalysisError, StoreError
from graph.network import _valid_date, date_span

_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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
