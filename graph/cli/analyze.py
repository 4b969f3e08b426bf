"""``newsgraph analyze``."""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Any

import click

from graph.cli import cli
from graph.cli._names import MEASURE_NAMES
from graph.cli.network import fold_option
from graph.cli.options import window_date
from graph.terminal import printable

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    """A rich table; every cell is plain text (article text never becomes rich markup)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(printable(title)), title_justify="left", expand=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*(Text(printable("" if v is None else str(v))) for v in row))
    return table


def _relations(rels: list[dict[str, Any]]) -> str:
    parts = []
    for r in rels:
        ev = r["evidence"] or {}
        where = ev.get("title") or ev.get("article_id") or ev.get("article") or ""
        when = f" {ev['date']}" if ev.get("date") else ""
        parts.append(f"{r['direction']} {r['relation']} ×{r['count']}{when}: "
                     f"“{ev.get('sentence', '')}” [{where}]")
    return "\n".join(parts)


def _shown(node: dict[str, Any]) -> str:
    """A node's label, with the entities folded into it ("Donald Trump (folded: Trump (actor))")."""
    variants = node.get("variants") or []
    return node["label"] + (f" (folded: {', '.join(variants)})" if variants else "")


def print_report(report: dict[str, Any], console: Console) -> None:
    """Print :func:`graph.analyze.analyze`'s report as readable tables."""
    from rich.text import Text

    s = report["summary"]
    window = f", {s['since'] or '…'} to {s['until'] or '…'}" if s["since"] or s["until"] else ""
    folded = f" ({s['folded']} more folded into linked people; --no-fold shows them)" if s.get("folded") else ""
    console.print(Text(
        f"{s['entities']} entities{folded}, {s['relations']} relations, {s['events']} events ({s['mentions']} mentions){window}; "
        + ", ".join(f"{k} {v}" for k, v in s["by_relation"].items())
    ))
    console.print(_table(
        "Most central actors", ["#", "actor", "type", "degree", "betweenness", "PageRank", "events"],
        [[r["rank"], _shown(r), r["type"], r["degree"], r["betweenness"], r["pagerank"], r["mentions"]]
         for r in report["central"]],
    ))
    console.print(_table(
        "Communities (Louvain)", ["#", "size", "members"],
        [[c["id"], c["size"], ", ".join(m["label"] for m in c["members"][:12])
          + (" …" if c["size"] > 12 else "")] for c in report["communities"]],
    ))
    console.print(_table(
        "Activity by month", ["month", "total", "visited", "met", "agreed", "accused"],
        [[m["month"], m["total"], m["visited"], m["met"], m["agreed"], m["accused"]]
         for m in report["timeline"]],
    ))
    if report.get("path_note"):
        console.print(f"Shortest path: {report['path_note']}.")
    elif "path" in report:
        console.print(_table(
            "Shortest path", ["from", "to", "relations and evidence"],
            [[st["from"]["label"], st["to"]["label"], _relations(st["relations"])]
             for st in report["path"]],
        ))
    if "ego" in report:
        ego = report["ego"]
        console.print(_table(
            f"Ego network of {_shown(ego['centre'])} (depth {ego['depth']}, {ego['size']} entities)",
            ["entity", "type", "distance", "relations with the centre"],
            [[m["label"], m["type"], m["distance"], _relations(m["relations"])] for m in ego["members"]],
        ))


@cli.command()
@click.argument("graph_file", type=click.Path())
@click.option("--top", type=click.IntRange(1), default=10, show_default=True,
              help="How many central actors and communities to list.")
@click.option("--by", type=click.Choice(MEASURE_NAMES), default="degree", show_default=True,
              help="Centrality measure to rank actors by.")
@click.option("--all-types", is_flag=True, help="Rank places (countries, cities) as well as actors.")
@click.option("--path", "path", nargs=2, metavar="FROM TO",
              help="Also show the shortest path between two actors, with the evidence of each step.")
@click.option("--actor", metavar="NAME", help="Also show the ego network of this actor.")
@click.option("--depth", type=click.IntRange(1), default=1, show_default=True,
              help="Steps from --actor to include.")
@click.option("--since", metavar="DATE", callback=window_date,
              help="Only mentions dated on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", callback=window_date,
              help="Only mentions dated on or before DATE (YYYY[-MM[-DD]]).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Readable tables, or one JSON document.")
@fold_option
def analyze(graph_file: str, top: int, by: str, all_types: bool, path: tuple[str, str] | None,
            actor: str | None, depth: int, since: str | None, until: str | None, fmt: str,
            fold: bool = True) -> None:
    """Analyse the network in GRAPH_FILE: most central actors (degree, betweenness, PageRank),
    Louvain communities, activity by month, and on request the shortest path between two actors
    or an actor's ego network.

    Actor names match labels and alternative labels, case- and accent-insensitively, or a part of
    one; an ambiguous name lists the candidates. Entities linked as probably one person count as
    one actor ("Trump" and "Donald Trump") unless --no-fold.
    """
    from graph.analyze import analyze as run_analysis
    from graph.load import opened_graph
    from graph.network import project

    with opened_graph(graph_file) as ds:
        net = project(ds, since=since, until=until, fold=fold)
    report = run_analysis(net, top=top, by=by, all_types=all_types, path=path or None,
                          actor=actor, depth=depth)
    if fmt == "json":
        # C1 controls (U+0080-U+009F) are terminal controls too: JSON escapes them as \u0085 etc.
        text = json.dumps(report, ensure_ascii=False, indent=2)
        click.echo(re.sub("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]",
                          lambda m: f"\\u{ord(m.group()):04x}", text))
    else:
        # a terminal's own width; 120 columns when piped (rich would assume 80)
        width = None if sys.stdout.isatty() else 120
        from rich.console import Console

        print_report(report, Console(highlight=False, soft_wrap=False, width=width))
