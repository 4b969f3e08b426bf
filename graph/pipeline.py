"""The build pipeline: articles → mentions → entities → RDF → files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from graph.articles import Problem, ReadReport, read_articles
from graph.entities import Resolution, resolve
from graph.parallel import extract_stream
from graph.rdf import build_dataset, union_graph
from graph.viz import write_html


@dataclass
class BuildResult:
    """What a build made and what it skipped."""

    dataset: Dataset
    resolution: Resolution
    articles: int = 0
    mentions: int = 0
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def build_graph(
    paths: Sequence[str | Path],
    *,
    extractor_names: Sequence[str] | None = None,
    jobs: int = 1,
) -> BuildResult:
    """Read, extract, resolve and build the RDF dataset of the articles under ``paths``.

    Raises:
        InputError: a path is missing or of an unsupported type.
        ExtractorError: an unknown extractor name.
    """
    report = ReadReport()
    articles = read_articles(paths, report=report)
    batch = list(extract_stream(articles, extractor_names=extractor_names, jobs=jobs))
    resolution = resolve(batch)
    ds = build_dataset(batch, resolution)
    return BuildResult(
        dataset=ds,
        resolution=resolution,
        articles=len(batch),
        mentions=sum(len(m) for _, m in batch),
        problems=report.problems,
    )


def write_outputs(result: BuildResult, out_dir: str | Path) -> list[Path]:
    """Write ``graph.ttl``, ``graph.jsonld`` and ``graph.html`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    union = union_graph(result.dataset)
    ttl = out / "graph.ttl"
    union.serialize(ttl, format="turtle")
    jsonld = out / "graph.jsonld"
    union.serialize(jsonld, format="json-ld", indent=2)
    html = write_html(union, out / "graph.html")
    result.files = [ttl, jsonld, html]
    return result.files
