"""The build pipeline: articles → mentions → entities → RDF → files."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from graph.articles import Article, Problem, ReadReport, read_articles
from graph.entities import Resolution, resolve
from graph.extract import extract_articles, make_extractors
from graph.extract.base import Mention
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


def extract_batch(
    articles: Iterable[Article], *, extractor_names: Sequence[str] | None = None
) -> list[tuple[Article, list[Mention]]]:
    """Parse and extract every article (see :func:`graph.extract.extract_articles`)."""
    return list(extract_articles(articles, extractors=make_extractors(extractor_names)))


def build_graph(
    paths: Sequence[str | Path], *, extractor_names: Sequence[str] | None = None
) -> BuildResult:
    """Read, extract, resolve and build the RDF dataset of the articles under ``paths``.

    Raises:
        InputError: a path is missing or of an unsupported type.
        ExtractorError: an unknown extractor name.
    """
    report = ReadReport()
    batch = extract_batch(read_articles(paths, report=report), extractor_names=extractor_names)
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
