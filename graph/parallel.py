"""The extraction stage of a build: parse and extract articles, locally or in parallel.

Engines are registered by name in :data:`ENGINES`:

``local``
    ``jobs=1`` parses in this process with spaCy's ``nlp.pipe`` batching. ``jobs=N`` starts N worker
    processes; each parses whole batches of articles with ``nlp.pipe`` *and* runs the extractors, so
    only the small :class:`Mention` lists come back (not spaCy ``Doc`` objects).
``dask``
    The same batches run as tasks on a ``dask.distributed`` cluster: the one at ``scheduler``
    (``tcp://host:port``) or, without it, a local cluster of ``jobs`` worker processes on 127.0.0.1.

Every engine yields results in input order, so the graph a build makes does not depend on the
engine. At most a few batches per worker are in flight at a time: memory stays bounded however many
articles are read. An article whose extraction raises is reported, not fatal to the batch.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, Protocol

from graph.articles import Article, Problem
from graph.errors import EngineError
from graph.extract import extract_docs, make_extractors
from graph.extract.base import Extractor, Mention
from graph.nlp import load_model, parse_texts

#: Articles per task sent to a worker (and spaCy ``nlp.pipe`` batch size inside it).
BATCH_SIZE = 16
#: Batches in flight per worker: enough to keep workers busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 3

#: One article's result on a worker: its mentions, or the reason its extraction failed.
Outcome = list[Mention] | str
Pair = tuple[Article, list[Mention]]


class Engine(Protocol):
    """Runs extraction over ``articles``; yields ``(article, mentions)`` in input order."""

    def __call__(
        self,
        articles: Iterable[Article],
        *,
        extractor_names: Sequence[str] | None,
        jobs: int,
        scheduler: str | None,
        problems: list[Problem],
    ) -> Iterator[Pair]: ...


# --- the work done on one batch, wherever it runs ----------------------------------------------

_EXTRACTORS: dict[tuple[str, ...] | None, list[Extractor]] = {}


def _extractors(names: Sequence[str] | None) -> list[Extractor]:
    key = tuple(names) if names else None
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = make_extractors(list(key) if key else None)
    return _EXTRACTORS[key]


def extract_batch(articles: Sequence[Article], extractor_names: Sequence[str] | None) -> list[Outcome]:
    """Parse and extract one batch of articles (in a worker process, a Dask task, or here).

    Returns one outcome per article, in order: its mentions, or a one-line reason when an
    extractor raised on it (the other articles of the batch are unaffected).

    Raises:
        ExtractorError: an unknown extractor name.
        ModelError: no spaCy model is installed.
    """
    nlp = load_model()
    extractors = _extractors(extractor_names)
    docs = list(parse_texts(nlp, [a.text for a in articles], batch_size=max(1, len(articles))))
    # isolated: a bug in an extractor on one odd article must not abort a batch of thousands;
    # the article is reported as skipped, with the error's type. The second readings of the
    # batch parse their sentences together (extract_docs).
    return [f"extraction failed ({type(r).__name__}: {r})" if isinstance(r, Exception) else r
            for r in extract_docs(docs, articles, extractors, isolate=True)]


def _batches(articles: Iterable[Article], size: int, *, parts: int = 1) -> Iterator[list[Article]]:
    """Consecutive batches of ``size`` articles.

    With ``parts`` workers, ``parts * size`` articles are read ahead, and the last ones (when
    the input ends) are cut into up to ``parts`` batches of near-equal size instead of full
    batches and a remainder, so that the workers finish together: 50 articles on 2 workers
    are 16 + 16 + 9 + 9, not 16 + 16 + 16 + 2 (one worker parsing 32 articles, the other 18).
    """
    it = iter(articles)
    if parts <= 1:
        while batch := list(islice(it, size)):
            yield batch
        return
    ahead: deque[Article] = deque()
    for article in it:
        ahead.append(article)
        if len(ahead) > parts * size:
            yield [ahead.popleft() for _ in range(size)]
    pieces = min(parts, len(ahead))
    for k in range(pieces):
        yield [ahead.popleft() for _ in range(-(-len(ahead) // (pieces - k)))]


def _collect(batch: Sequence[Article], outcomes: Sequence[Outcome], problems: list[Problem]) -> Iterator[Pair]:
    for article, outcome in zip(batch, outcomes, strict=True):
        if isinstance(outcome, str):
            problems.append(Problem(article.origin or article.id, outcome))
        else:
            yield article, outcome


def _ordered(
    batches: Iterable[list[Article]],
    submit: Callable[[list[Article]], Any],
    *,
    window: int,
    problems: list[Problem],
) -> Iterator[Pair]:
    """Submit batches keeping at most ``window`` in flight; yield their results in order."""
    pending: deque[tuple[list[Article], Any]] = deque()  # concurrent or Dask futures
    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= window:
            done, future = pending.popleft()
            yield from _collect(done, future.result(), problems)
    while pending:
        done, future = pending.popleft()
        yield from _collect(done, future.result(), problems)


# --- engines -------------------------------------------------------------------------------------


def _warm_worker(extractor_names: Sequence[str] | None) -> None:
    load_model()
    _extractors(extractor_names)


def local_engine(
    articles: Iterable[Article],
    *,
    extractor_names: Sequence[str] | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    problems: list[Problem],
) -> Iterator[Pair]:
    """Extract in this process (``jobs=1``) or in ``jobs`` worker processes.

    Raises:
        EngineError: ``scheduler`` was given (it is for the ``dask`` engine), or a worker
            process died.
        ExtractorError: an unknown extractor name.
        ModelError: no spaCy model is installed.
    """
    if scheduler is not None:
        raise EngineError("--scheduler needs --engine dask")
    _extractors(extractor_names)  # fail fast on a bad name, before any worker starts
    if jobs <= 1:
        for batch in _batches(articles, BATCH_SIZE * 2):
            yield from _collect(batch, extract_batch(batch, extractor_names), problems)
        return
    # fork (as spaCy's own n_process does) shares the loaded model with the workers and needs no
    # `if __name__ == "__main__"` guard in callers' scripts; elsewhere, spawn.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "fork":
        load_model()
    names = list(extractor_names) if extractor_names else None
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_warm_worker, initargs=(names,)
    ) as pool:
        try:
            yield from _ordered(
                _batches(articles, BATCH_SIZE, parts=jobs),
                lambda batch: pool.submit(extract_batch, batch, names),
                window=jobs * IN_FLIGHT_PER_WORKER,
                problems=problems,
            )
        except BrokenProcessPool:
            raise EngineError(
                "a worker process died while extracting (out of memory, or killed); "
                "the build stopped; retry with fewer --jobs"
            ) from None


def dask_engine(
    articles: Iterable[Article],
    *,
    extractor_names: Sequence[str] | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    problems: list[Problem],
) -> Iterator[Pair]:
    """Extract on a ``dask.distributed`` cluster: the one at ``scheduler``, or a local one.

    Without ``scheduler`` a local cluster of ``jobs`` single-threaded worker processes is started
    on 127.0.0.1 (no dashboard) and stopped at the end. The workers need the ``newsgraph``
    package and a spaCy model installed.

    Raises:
        EngineError: the scheduler cannot be reached, or workers died.
        ExtractorError: an unknown extractor name.
    """
    from distributed import Client, LocalCluster
    from distributed.scheduler import KilledWorker

    _extractors(extractor_names)  # fail fast on a bad name
    names = list(extractor_names) if extractor_names else None
    cluster: Any = None
    try:
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                host="127.0.0.1", dashboard_address=None,
            )
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        try:
            yield from _ordered(
                _batches(articles, BATCH_SIZE, parts=workers),
                lambda batch: client.submit(extract_batch, batch, names, pure=False),
                window=workers * IN_FLIGHT_PER_WORKER,
                problems=problems,
            )
        except KilledWorker as exc:
            raise EngineError(f"Dask workers died while extracting ({exc}); the build "
                              "stopped") from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


ENGINES: dict[str, Engine] = {"local": local_engine, "dask": dask_engine}


def extract_stream(
    articles: Iterable[Article],
    *,
    extractor_names: Sequence[str] | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    problems: list[Problem] | None = None,
    progress: bool = False,
) -> Iterator[Pair]:
    """Yield ``(article, mentions)`` for each article, in input order.

    An article whose extraction fails is left out and recorded in ``problems``. With
    ``progress``, a progress bar on stderr shows the articles done, their rate and
    ``len(problems)`` (pass the reader's problem list to count what reading skipped too).

    Raises:
        EngineError: an unknown engine, ``jobs`` below 1, or an unreachable scheduler.
        ExtractorError: an unknown extractor name.
        ModelError: no spaCy model is installed.
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; available: {', '.join(ENGINES)}")
    if jobs < 1:
        raise EngineError(f"jobs must be at least 1, not {jobs}")
    problems = problems if problems is not None else []
    pairs = ENGINES[engine](
        articles, extractor_names=extractor_names, jobs=jobs, scheduler=scheduler, problems=problems
    )
    if progress:
        from graph.progress import track

        pairs = track(pairs, skipped=problems)
    yield from pairs
