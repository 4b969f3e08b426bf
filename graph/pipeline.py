"""The build pipeline: articles → mentions → entities → RDF → files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, URIRef

from graph.articles import Article, Problem, ReadReport
from graph.entities import Aliases, Resolution, load_aliases, resolve
from graph.parallel import extract_stream
from graph.rdf import build_dataset, entities_graph, union_graph
from graph.sources import read_inputs, stored_urls
from graph.viz import write_html

#: ``graph.html`` keeps the most central entities of bigger graphs (and says what it left out);
#: ``newsgraph viz --max-nodes`` draws more.
HTML_MAX_NODES = 2000


@dataclass
class BuildResult:
    """What a build made and what it skipped."""

    dataset: Dataset
    resolution: Resolution
    articles: int = 0
    mentions: int = 0
    problems: list[Problem] = field(default_factory=list)
    #: Inputs read after a conversion (HTML to text, UTF-16), with what was done.
    notes: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    #: With ``store=``: the store folder, and how many articles were already in it unchanged.
    store: Path | None = None
    unchanged: int = 0


def build_graph(
    paths: Sequence[str | Path],
    *,
    extractor_names: Sequence[str] | None = None,
    jobs: int = 1,
    store: str | Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = False,
    aliases: str | Path | None = None,
    feeds: Sequence[str] = (),
    default_date: str | None = None,
) -> BuildResult:
    """Read, extract, resolve and build the RDF dataset of the articles under ``paths``.

    With ``store`` (a folder), the build is incremental and idempotent: articles already in that
    Oxigraph store with the same content are skipped, a changed article's named graph is
    replaced, each in one transaction; ``dataset`` then holds only the articles built in this
    run (:func:`graph.store.store_snapshot` gives the whole store).

    ``jobs``, ``engine`` (``local`` or ``dask``) and ``scheduler`` (a Dask scheduler address)
    choose where extraction runs, see :mod:`graph.parallel`; ``progress`` shows a progress bar
    on stderr. The graph does not depend on them.

    ``paths`` may also hold ``http(s)://`` URLs, and ``feeds`` RSS/Atom feed URLs (with a
    store, only links not yet in it are fetched); ``default_date`` (``YYYY-MM-DD``) is the
    publication date of articles that carry none. See :mod:`graph.sources`.

    Raises:
        InputError: a path is missing or of an unsupported type.
        ExtractorError: an unknown extractor name.
        StoreError: the store cannot be opened or written.
        EngineError: an unknown engine, ``jobs`` below 1, or an unreachable scheduler.
        AliasError: ``aliases`` (an alias file pinning merges and splits, see
            :mod:`graph.entities.aliases`) is missing or malformed.
    """
    run: dict[str, Any] = {"jobs": jobs, "engine": engine, "scheduler": scheduler,
                           "progress": progress}
    pinned = load_aliases(aliases) if aliases is not None else None
    if store is not None:
        alias_text = Path(aliases).read_text(encoding="utf-8") if aliases is not None else None
        return _build_into_store(paths, Path(store), extractor_names=extractor_names,
                                 aliases=pinned, alias_text=alias_text, feeds=feeds,
                                 default_date=default_date, **run)
    report = ReadReport()
    articles = read_inputs(paths, report=report, feeds=feeds, default_date=default_date)
    batch = list(extract_stream(articles, extractor_names=extractor_names,
                                problems=report.problems, **run))
    resolution = resolve(batch, aliases=pinned)
    ds = build_dataset(batch, resolution)
    return BuildResult(
        dataset=ds,
        resolution=resolution,
        articles=len(batch),
        mentions=sum(len(m) for _, m in batch),
        problems=report.problems,
        notes=report.notes,
    )


def _build_into_store(
    paths: Sequence[str | Path], store: Path, *, extractor_names: Sequence[str] | None,
    aliases: Aliases | None = None, alias_text: str | None = None, feeds: Sequence[str] = (),
    default_date: str | None = None, **run: Any,
) -> BuildResult:
    """:func:`build_graph` with ``store``: see there."""
    from graph.rdf import build_salt
    from graph.store import skip_unchanged, stored_hashes, writable_store, write_articles

    salt = build_salt(extractor_names, aliases=alias_text)
    report = ReadReport()
    unchanged: list[Article] = []
    with writable_store(store) as ox_store:
        known = stored_urls(ox_store) if feeds else frozenset()
        articles = read_inputs(paths, report=report, feeds=feeds, default_date=default_date,
                               known_urls=known)
        fresh = skip_unchanged(articles, stored_hashes(ox_store),
                               salt=salt, skipped=unchanged)
        batch = list(extract_stream(fresh, extractor_names=extractor_names,
                                    problems=report.problems, **run))
        resolution = resolve(batch, aliases=aliases)
        named: dict[URIRef, set[URIRef]] = {}
        dataset = build_dataset(batch, resolution, salt=salt, entities_of=named)  # this run's only
        write_articles(ox_store, ((dataset.graph(a), entities_graph(resolution, iris))
                                  for a, iris in named.items()))
    return BuildResult(
        dataset=dataset,
        resolution=resolution,
        articles=len(batch),
        mentions=sum(len(m) for _, m in batch),
        problems=report.problems,
        notes=report.notes,
        store=store,
        unchanged=len(unchanged),
    )


def write_outputs(result: BuildResult, out_dir: str | Path) -> list[Path]:
    """Write ``graph.ttl``, ``graph.jsonld`` and ``graph.html`` (at most :data:`HTML_MAX_NODES`
    entities, the most central) into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    union = union_graph(result.dataset)
    ttl = out / "graph.ttl"
    union.serialize(ttl, format="turtle")
    jsonld = out / "graph.jsonld"
    union.serialize(jsonld, format="json-ld", indent=2)
    html = write_html(union, out / "graph.html", max_nodes=HTML_MAX_NODES)
    result.files = [ttl, jsonld, html]
    return result.files
