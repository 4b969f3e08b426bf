"""``newsgraph entities``: review the entities of a graph and why their variants were merged."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING

import click

from graph.cli import cli
from graph.cli._names import ENTITY_TYPE_NAMES

if TYPE_CHECKING:
    from graph.entities.listing import EntityRecord
    from graph.entities.review import Named, Pair


def entities_table(records: list[EntityRecord]) -> str:
    """A readable table of ``records``."""
    from rich.console import Console
    from rich.table import Table

    table = Table("entity", "type", "variants", "links", "country", "merged because", show_lines=True)
    for r in records:
        table.add_row(
            r.label or r.iri, r.type, "\n".join(r.variants),
            "\n".join(([r.code] if r.code else []) + r.links), r.country,
            "\n".join(r.merged_because + [f"not merged, possibly the same as {o!r}" for o in r.possibly_same_as]),
        )
    console = Console(file=io.StringIO(), width=200, color_system=None, markup=False)
    console.print(table)
    console.print(f"{len(records)} entit{'y' if len(records) == 1 else 'ies'}")
    return str(console.file.getvalue())  # type: ignore[attr-defined]


def review_table(pairs: list[Pair]) -> str:
    """A readable table of probable duplicates with their evidence."""
    from rich.console import Console
    from rich.table import Table

    table = Table("entity", "probably the same as", "evidence", show_lines=True)
    for p in pairs:
        table.add_row(f"{p.a.label} ({p.a.kind})\n{p.a.iri}", f"{p.b.label} ({p.b.kind})\n{p.b.iri}", p.evidence)
    console = Console(file=io.StringIO(), width=200, color_system=None, markup=False)
    console.print(table)
    console.print(f"{len(pairs)} probable duplicate{'' if len(pairs) == 1 else 's'}"
                  " (--format toml writes them as alias-file entries)")
    return str(console.file.getvalue())  # type: ignore[attr-defined]


def _side(n: Named) -> dict[str, object]:
    return {"iri": n.iri, "label": n.label, "type": n.kind, "names": list(n.names)}


@cli.command()
@click.argument("graph_file", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(("table", "json", "toml")), default="table", show_default=True,
              help="A readable table, one JSON array for machines, or (with --review) alias-file entries.")
@click.option("--review", "review_", is_flag=True,
              help="List the probable duplicates (skos:closeMatch, and the same rules run over the whole graph) "
                   "with the evidence for each, instead of the entities.")
@click.option("--type", "types", multiple=True, type=click.Choice(ENTITY_TYPE_NAMES),
              help="Only entities of this type (repeatable).")
@click.option("--name", "needle", default=None,
              help="Only entities whose name or a variant contains this text (case-insensitive).")
def entities(graph_file: str, fmt: str, review_: bool, types: tuple[str, ...], needle: str | None) -> None:
    """List the entities of GRAPH_FILE: type, variants, links and why variants were merged.

    GRAPH_FILE is a graph written by `newsgraph build` (graph.ttl, graph.jsonld, ...). Each
    entity shows its preferred name, every other surface form seen in the articles, its links
    (GeoNames, ISO 3166), its country, and one reason per merged variant. Pin a merge or a
    split the build got wrong in an alias file (`newsgraph build --aliases FILE`).

    With --review: the pairs of entities that are probably one actor but were not merged
    ("Tayyip Erdogan" / "Recep Tayyip Erdogan", "OSCE" / its full name), each with its
    evidence; `--format toml` writes them as [[entity]] entries of an alias file to edit.
    """
    if review_:
        _review(graph_file, fmt, types, needle)
        return
    if fmt == "toml":
        raise click.UsageError("--format toml needs --review")
    from graph.entities.listing import list_entities
    from graph.load import opened_graph

    with opened_graph(graph_file) as ds:
        records = list_entities(ds, types=types)
    if needle:
        wanted = needle.casefold()
        records = [r for r in records if any(wanted in x.casefold() for x in [r.label, *r.variants])]
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in records], ensure_ascii=False, indent=2))
    else:
        click.echo(entities_table(records), nl=False)


def _review(graph_file: str, fmt: str, types: tuple[str, ...], needle: str | None) -> None:
    from graph.entities.listing import review
    from graph.entities.review import alias_toml
    from graph.load import opened_graph

    with opened_graph(graph_file) as ds:
        pairs = review(ds)
    if types:
        pairs = [p for p in pairs if p.a.kind in types or p.b.kind in types]
    if needle:
        wanted = needle.casefold()
        pairs = [p for p in pairs if any(wanted in x.casefold() for x in [*p.a.names, *p.b.names])]
    if fmt == "json":
        click.echo(json.dumps([{"a": _side(p.a), "b": _side(p.b), "evidence": p.evidence} for p in pairs],
                              ensure_ascii=False, indent=2))
    elif fmt == "toml":
        click.echo(alias_toml(pairs), nl=False)
    else:
        click.echo(review_table(pairs), nl=False)
