"""The text of the page's tooltips and details (plain text: vis-network writes string tooltips
with ``innerText``, the details panel with ``textContent``; nothing here is HTML)."""

from __future__ import annotations

from typing import Any

import networkx as nx

from graph.network import Evidence


def first_by(ev: Evidence) -> str:
    """Who reported an event first: its first report's source, else its title or id."""
    return ev.source or ev.title or ev.article_id or ev.article


def reported(ev: Evidence) -> str:
    """``"reported by N outlets, first by X"`` (one outlet: ``"reported by X"``)."""
    if ev.sources <= 1:
        return f"reported by {first_by(ev)}"
    return f"reported by {ev.sources} outlets, first by {first_by(ev)}"


def evidence_line(ev: Evidence) -> str:
    """One event in a tooltip: date, the first report's sentence and article, and who else
    reported it when several did."""
    where = ev.title or ev.article_id or ev.article
    when = f"{ev.date} " if ev.date else ""
    line = f"{when}“{ev.sentence}”\n    — {where}" + (f" ({ev.url})" if ev.url else "")
    if ev.mentions > 1 or ev.sources > 1:
        line += f"\n    {reported(ev)} ({ev.mentions} mentions)"
    return line


def edge_title(net: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any], *, shown: int = 3) -> str:
    """The plain-text tooltip of a relation (vis-network writes string tooltips as text):
    its events, mentions and outlets, who reported it first, its dates and its first events."""
    arrow = "→" if d["directed"] else "—"
    head = f"{net.nodes[u]['label']} {arrow} {d['relation']} {arrow} {net.nodes[v]['label']}"
    count = f"{d['count']} event(s), {d.get('mentions', d['count'])} mention(s)"
    evidence = d["evidence"]
    if evidence:
        earliest = min(evidence, key=lambda e: (not e.date, e.date, e.article))
        sources = d.get("sources", 1)
        count += (f", reported by {sources} outlet(s), first by {first_by(earliest)}"
                  if sources > 1 else f", reported by {first_by(earliest)}")
    lines = [head, count]
    if d["first_date"]:
        span = d["first_date"] if d["first_date"] == d["last_date"] else f"{d['first_date']} to {d['last_date']}"
        lines[-1] += f", {span}"
    evidence = sorted(d["evidence"], key=lambda e: (e.date or "9999", e.article))
    lines += [evidence_line(e) for e in evidence[:shown]]
    if len(evidence) > shown:
        lines.append(f"… and {len(evidence) - shown} more")
    lines.append("(click for the list with links to the articles)")
    return "\n".join(lines)
