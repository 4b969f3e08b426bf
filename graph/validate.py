"""Checking a graph against the SHACL shapes in ``ontology/shapes.ttl`` (with pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from graph.errors import StoreError

SHAPES_FILE = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "newsgraph.ttl"


@dataclass(frozen=True)
class Validation:
    """The outcome of a SHACL validation."""

    conforms: bool
    violations: int
    text: str  # pyshacl's human-readable report
    report: Graph  # the SHACL validation report as RDF
    triples: int  # triples validated (the union of the graphs)


def _parse(path: Path) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"{path}: cannot read shapes or ontology: {exc}") from None


def validate_graph(graph: Graph | Dataset, *, shapes: str | Path = SHAPES_FILE) -> Validation:
    """Validate the union of all graphs of ``graph`` against ``shapes`` (the ontology's class
    hierarchy is mixed in, so ``sh:class`` sees subclasses).

    Raises:
        StoreError: the shapes or the ontology cannot be read, or the shapes are invalid.
    """
    from pyshacl import validate
    from rdflib.namespace import SH

    data = Graph()
    for s, p, o, *_ in graph.quads((None, None, None, None)) if isinstance(graph, Dataset) else graph:
        data.add((s, p, o))
    conforms, report, text = validate(
        data, shacl_graph=_parse(Path(shapes)), ont_graph=_parse(ONTOLOGY_FILE),
        inference="none", advanced=True, allow_warnings=True,
    )
    if not isinstance(report, Graph):  # pyshacl's ValidationFailure: the shapes are broken
        raise StoreError(f"{shapes}: invalid SHACL shapes: {report}")
    violations = sum(1 for _ in report.subjects(SH.resultSeverity, SH.Violation))
    return Validation(conforms=bool(conforms), violations=violations, text=str(text), report=report,
                      triples=len(data))


def validate_source(source: str | Path, *, shapes: str | Path = SHAPES_FILE) -> Validation:
    """Validate a graph file or a store folder (see :func:`validate_graph`).

    Raises:
        StoreError: the source or the shapes cannot be read.
    """
    from graph.load import opened_graph

    with opened_graph(source) as ds:
        return validate_graph(ds, shapes=shapes)
