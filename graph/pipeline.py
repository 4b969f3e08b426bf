"""The build pipeline: articles → mentions → entities → RDF → files."""

from __future__ import annotations

import gc
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from rdflib import RDF, Dataset, URIRef
from rdflib.term import Node

from graph.articles import Article, Problem, ReadReport
from graph.entities import Aliases, Resolution, load_aliases, resolve
from graph.errors import OutputError, StoreError
from graph.eventcoref import EVENTS_GRAPH
from graph.namespaces import NG
from graph.parallel import Pair, extract_stream
from graph.rdf import ENTITIES_GRAPH, PREFIXES, build_dataset, gc_paused, union_graph
from graph.sources import read_inputs, stored_urls
from graph.viz import write_html

#: ``graph.html`` keeps the most central entities of bigger graphs (and says what it left out);
#: ``newsgraph viz --max-nodes`` draws more.
HTML_MAX_NODES = 2000
#: A store build flushes the store's write buffers (RocksDB memtables) to disk every this many
#: articles, so that its memory stays flat (bench/memory.py, 2026-11-30: peak RSS of 20,000 short
#: articles 1.92x that of 2,000 without flushing, 1.23x flushing every 250, 1.12x every 1,000).
FLUSH_EVERY = 1000


class _Freeze:
    """A context manager freezing what is alive while a build runs (``gc.freeze()``), from its
    first extracted article (the spaCy model, the extractors' lexicons and, loaded then, the
    entity resolver's name indexes: resolution loads them anyway) to its end
    (``gc.unfreeze()``): the collections the build's allocations trigger skip those long-lived
    objects. Nothing stays frozen after the build, so nothing can leak by becoming cyclic
    garbage later; nothing is frozen when the process already holds frozen objects (its own
    choice).
    Measured on the 200 bench articles at ``--jobs 1`` (2026-12-01, CPU time of one process):
    collections took 0.48-0.53 s of the build, 0.16-0.19 s with this."""

    def __init__(self) -> None:
        self.frozen = False

    def after_first(self, pairs: Iterator[Pair]) -> Iterator[Pair]:
        """``pairs``, freezing after the first one."""
        for pair in pairs:
            yield pair
            if not self.frozen and gc.get_freeze_count() == 0:
                _load_resolver_indexes()
                gc.freeze()
                self.frozen = True

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        """Back to normal collection (the frozen objects go to the oldest generation)."""
        if self.frozen:
            gc.unfreeze()
            self.frozen = False


def _load_resolver_indexes() -> None:
    from graph.entities.places import find_city, find_country, find_demonym, find_region

    find_city("Minsk"), find_country("Belarus"), find_demonym("Belarusian"), find_region("Texas")


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
    #: Entities described (by this run's articles, with ``store=``).
    entities: int = 0


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
    collect: bool = True,
) -> BuildResult:
    """Read, extract, resolve and build the RDF dataset of the articles under ``paths``.

    With ``store`` (a folder), the build is incremental and idempotent: articles already in that
    Oxigraph store with the same content are skipped, a changed article's named graph is
    replaced, each in one transaction, as soon as it is extracted (memory stays flat however
    long the input; a kill loses only the articles in flight). The store's content does not
    depend on the order or the batching of builds (:mod:`graph.incremental`). ``dataset`` then
    holds only the articles built in this run, or nothing with ``collect=False``
    (:func:`graph.store.store_snapshot` gives the whole store); ``resolution`` is empty.

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
                                 default_date=default_date, collect=collect, **run)
    report = ReadReport()
    articles = read_inputs(paths, report=report, feeds=feeds, default_date=default_date)
    with _Freeze() as freeze:
        batch = list(freeze.after_first(extract_stream(articles, extractor_names=extractor_names,
                                                       problems=report.problems, **run)))
        with gc_paused():  # resolution and the dataset make only long-lived objects (graph.rdf)
            resolution = resolve(batch, aliases=pinned)
            ds = build_dataset(batch, resolution)
    return BuildResult(
        dataset=ds,
        resolution=resolution,
        entities=len(resolution.entities),
        articles=len(batch),
        mentions=sum(len(m) for _, m in batch),
        problems=report.problems,
        notes=report.notes,
    )


def _build_into_store(
    paths: Sequence[str | Path], store: Path, *, extractor_names: Sequence[str] | None,
    aliases: Aliases | None = None, alias_text: str | None = None, feeds: Sequence[str] = (),
    default_date: str | None = None, collect: bool = True, **run: Any,
) -> BuildResult:
    """:func:`build_graph` with ``store``: see there. Each article is resolved and written as
    soon as extraction yields it (see :mod:`graph.incremental`)."""
    from graph.incremental import (
        article_parts,
        refresh_close_matches,
        stored_descriptions,
        write_article,
    )
    from graph.origins import Origins
    from graph.rdf import build_salt
    from graph.store import skip_unchanged, stored_hashes, writable_store

    salt = build_salt(extractor_names, aliases=alias_text)
    report = ReadReport()
    unchanged: list[Article] = []
    try:
        store.parent.mkdir(parents=True, exist_ok=True)  # --store a/b: a/ is created too
    except OSError as exc:
        raise StoreError(f"{store}: cannot create the store's folder ({exc.strerror})") from None
    dataset = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns)
    written = mentions = 0
    entities: set[URIRef] = set()
    subjects: set[URIRef] = set()
    run_mentions: set[str] = set()
    with _Freeze() as freeze, writable_store(store) as ox_store:
        known = stored_urls(ox_store) if feeds else frozenset()
        articles = read_inputs(paths, report=report, feeds=feeds, default_date=default_date,
                               known_urls=known)
        hashes = stored_hashes(ox_store)
        origins = Origins(store)
        fresh = origins.guard(skip_unchanged(articles, hashes, salt=salt, skipped=unchanged),
                              stored=set(hashes), problems=report.problems)
        for article, found in freeze.after_first(extract_stream(
                fresh, extractor_names=extractor_names, problems=report.problems, **run)):
            graph, described = article_parts(article, found, salt=salt, aliases=aliases)
            write_article(ox_store, graph, described)
            written += 1
            if written % FLUSH_EVERY == 0:
                ox_store.flush()  # RocksDB's write buffers to disk: memory stays flat
            mentions += len(found)
            entities.update(s for s in described.subjects(RDF.type) if isinstance(s, URIRef))
            if collect:  # this run's graphs, also in memory
                target = dataset.graph(graph.identifier)
                target.addN((s, p, o, target) for s, p, o in graph)
                subjects.update(s for s in described.subjects() if isinstance(s, URIRef))
                run_mentions.update(str(m) for m in graph.subjects(RDF.type, NG.Mention))
        origins.save()
        refresh_close_matches(ox_store)  # also after a build that wrote nothing (resumed)
        if collect:  # the descriptions of this run's entities as stored (joined)
            _add_to(dataset, ENTITIES_GRAPH, stored_descriptions(ox_store, subjects))
            from graph.derived import stored_events_of  # and the events they report, as stored

            _add_to(dataset, EVENTS_GRAPH, stored_events_of(
                ox_store, run_mentions, [str(g.identifier) for g in dataset.graphs()
                                         if g.identifier not in (ENTITIES_GRAPH, EVENTS_GRAPH)]))
    return BuildResult(
        dataset=dataset,
        resolution=Resolution(aliases=aliases),
        articles=written,
        mentions=mentions,
        problems=report.problems,
        notes=report.notes,
        store=store,
        unchanged=len(unchanged),
        entities=len(entities),
    )


def _add_to(dataset: Dataset, name: URIRef, triples: Iterable[tuple[Node, Node, Node]]) -> None:
    """Add ``triples`` to the graph ``name`` of ``dataset`` in one call (the graph is made only
    when there is something to add)."""
    triples = list(triples)
    if triples:
        target = dataset.graph(name)
        target.addN((s, p, o, target) for s, p, o in triples)


def check_out_dir(out_dir: str | Path) -> Path:
    """Make sure files can be written into ``out_dir`` (created with its parents if missing),
    so that a build fails at once, not after its extraction.

    Raises:
        OutputError: the folder cannot be created, is a file, or is not writable.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except FileExistsError:
        raise OutputError(f"{out}: is a file, not a folder (--out)") from None
    except OSError as exc:
        raise OutputError(f"{out}: cannot write into this folder ({exc.strerror})") from None
    return out


def write_outputs(result: BuildResult, out_dir: str | Path) -> list[Path]:
    """Write ``graph.ttl``, ``graph.jsonld`` and ``graph.html`` (at most :data:`HTML_MAX_NODES`
    entities, the most central) into ``out_dir``."""
    from graph.export import stable_jsonld

    out = check_out_dir(out_dir)
    union = union_graph(result.dataset)
    ttl = out / "graph.ttl"
    jsonld = out / "graph.jsonld"
    with gc_paused():  # the serialisers' structures live until written, as the dataset's (graph.rdf)
        union.serialize(ttl, format="turtle")
        jsonld.write_text(stable_jsonld(union.serialize(format="json-ld")), encoding="utf-8")
    html = write_html(union, out / "graph.html", max_nodes=HTML_MAX_NODES)
    result.files = [ttl, jsonld, html]
    return result.files
