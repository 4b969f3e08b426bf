"""``newsgraph validate``."""

from __future__ import annotations

import click

from graph.cli import cli


@cli.command()
@click.argument("source", type=click.Path())
@click.option("--shapes", type=click.Path(dir_okay=False), default=None,
              help="SHACL shapes (Turtle) to validate against [default: the shipped "
                   "ontology/shapes.ttl].")
@click.option("--report", "show_report", is_flag=True, help="Print pyshacl's full report.")
def validate(source: str, shapes: str | None, show_report: bool) -> None:
    """Check SOURCE (a graph file or a store folder) against the SHACL shapes.

    Exit code 0 when the graph conforms, 1 with the violations listed when it does not.
    """
    from graph.validate import SHAPES_FILE, validate_source

    shapes = shapes or str(SHAPES_FILE)
    result = validate_source(source, shapes=shapes)
    if result.conforms:
        click.echo(f"{source}: conforms to {shapes}")
        if result.triples == 0:  # an empty or truncated file conforms vacuously: say so
            click.echo(f"note: {source} holds no triples", err=True)
        return
    click.echo(result.text if show_report else
               "\n".join(line for line in result.text.splitlines() if line.strip().startswith(("Message", "Focus", "Result Path", "Constraint Violation"))))
    click.echo(f"{source}: {result.violations} violation(s) of {shapes}", err=True)
    raise click.exceptions.Exit(1)
