"""The extraction stage: engines, worker processes, order, failures, progress."""

from __future__ import annotations

import io
import json
from collections.abc import Generator, Sequence
from pathlib import Path

import pytest
from devset import DEV_SET
from rich.console import Console
from spacy.tokens import Doc

import graph.extract
from graph import parallel
from graph.articles import Article, Problem
from graph.errors import EngineError, ExtractorError
from graph.extract import Extractor, Mention
from graph.parallel import ENGINES, extract_stream
from graph.pipeline import BuildResult, build_graph
from graph.progress import track

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# one worker runs the module under pytest-xdist (`--dist loadgroup`): its module fixtures once
pytestmark = pytest.mark.xdist_group("parallel")


def gold_articles(n: int) -> list[Article]:
    """The first ``n`` real news passages of the development set, as articles."""
    rows = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines()]
    return [Article(id=r["id"], text=r["text"], origin=f"gold:{i}") for i, r in enumerate(rows[:n])]


@pytest.fixture(scope="module")
def serial() -> list[tuple[Article, list[parallel.Mention]]]:
    return list(extract_stream(gold_articles(60), jobs=1))


def test_engines_are_registered_by_name() -> None:
    assert set(ENGINES) == {"local", "dask"}
    with pytest.raises(EngineError, match="unknown engine 'spark'; available: local, dask"):
        list(extract_stream([], engine="spark"))


def test_bad_options_are_refused() -> None:
    with pytest.raises(EngineError, match="at least 1"):
        list(extract_stream([], jobs=0))
    with pytest.raises(EngineError, match="--scheduler needs --engine dask"):
        list(extract_stream([], scheduler="tcp://127.0.0.1:8786"))
    with pytest.raises(ExtractorError, match="unknown extractor 'nope'"):
        list(extract_stream(gold_articles(1), extractor_names=["nope"], jobs=2))


def test_serial_run_finds_relations(serial: list[tuple[Article, list[parallel.Mention]]]) -> None:
    assert [a.id for a, _ in serial] == [a.id for a in gold_articles(60)]
    assert sum(len(m) for _, m in serial) >= 10


def test_two_worker_processes_give_the_same_results_in_order(
    serial: list[tuple[Article, list[parallel.Mention]]],
) -> None:
    problems: list[Problem] = []
    got = list(extract_stream(gold_articles(60), jobs=2, problems=problems))
    assert got == serial
    assert problems == []


def test_batches_are_bounded_in_flight(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader is not drained ahead of the workers: memory stays bounded."""
    monkeypatch.setattr(parallel, "BATCH_SIZE", 2)
    pulled = 0

    def articles() -> object:
        nonlocal pulled
        for article in gold_articles(40):
            pulled += 1
            yield article

    stream = extract_stream(articles(), jobs=2)  # type: ignore[arg-type]
    next(stream)
    # window = 2 workers x IN_FLIGHT_PER_WORKER batches of 2 articles, plus the batch being cut
    # and one batch per worker read ahead (to balance the last batches)
    assert pulled <= (2 * parallel.IN_FLIGHT_PER_WORKER + 1 + 2) * 2
    assert len(list(stream)) == 39


@pytest.mark.parametrize(("n", "parts", "sizes"), [
    (50, 1, [16, 16, 16, 2]),
    (50, 2, [16, 16, 9, 9]),  # not 32 articles for one worker and 18 for the other
    (17, 2, [9, 8]),
    (3, 3, [1, 1, 1]),
    (2, 3, [1, 1]),
    (0, 2, []),
    (250, 2, [16] * 14 + [13, 13]),
])
def test_the_last_batches_are_balanced_across_workers(n: int, parts: int, sizes: list[int]) -> None:
    articles = [Article(id=str(i), text="x") for i in range(n)]
    batches = list(parallel._batches(articles, 16, parts=parts))
    assert [len(b) for b in batches] == sizes
    assert [a for b in batches for a in b] == articles  # in input order, none lost


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_breaks_an_extractor_is_reported_not_fatal(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    real = graph.extract.extract_steps

    def fragile(doc: Doc, article: Article, extractors: Sequence[Extractor], **options: bool
                ) -> Generator[list[str], list[Doc], list[Mention]]:
        if article.id == gold_articles(5)[2].id:
            raise ValueError("extractor bug")
        return (yield from real(doc, article, extractors, **options))

    # extract_batch runs each article's extract_steps (inherited by forked workers)
    monkeypatch.setattr(graph.extract, "extract_steps", fragile)
    problems: list[Problem] = []
    got = list(extract_stream(gold_articles(5), jobs=jobs, problems=problems))
    assert [a.id for a, _ in got] == [a.id for i, a in enumerate(gold_articles(5)) if i != 2]
    assert problems == [Problem("gold:2", "extraction failed (ValueError: extractor bug)")]


@pytest.mark.slow  # (the fast subset has the 60-article check above)
def test_build_with_two_jobs_equals_serial_build(seeds_and_dev_build: BuildResult) -> None:
    one = seeds_and_dev_build  # build_graph([SEEDS, DEV_SET], jobs=1), shared
    two = build_graph([SEEDS, DEV_SET], jobs=2)
    assert one.articles == two.articles == 148
    assert set(one.dataset.quads()) == set(two.dataset.quads())
    assert len(set(one.dataset.quads())) > 500


def test_progress_bar_shows_rate_and_skipped() -> None:
    out = io.StringIO()
    skipped: list[Problem] = []

    def items() -> object:
        for i in range(30):
            if i % 10 == 0:
                skipped.append(Problem(f"x{i}", "bad"))
            yield i

    console = Console(file=out, force_terminal=True, width=150)
    assert list(track(items(), skipped=skipped, console=console)) == list(range(30))  # type: ignore[arg-type]
    text = out.getvalue()
    assert "30 articles" in text and "articles/s" in text and "3 skipped" in text


def test_progress_through_build_graph_goes_to_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Angela Merkel met Emmanuel Macron in Paris.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    result = build_graph([tmp_path], progress=True)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "1 articles" in captured.err and "1 skipped" in captured.err
    assert result.articles == 1 and len(result.problems) == 1


def test_a_worker_process_that_dies_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    def die(doc: Doc, article: Article, extractors: Sequence[Extractor], **options: bool
            ) -> Generator[list[str], list[Doc], list[Mention]]:
        os._exit(9)  # as a worker killed by the kernel's OOM killer would
        yield []  # a generator, as extract_steps is

    monkeypatch.setattr(graph.extract, "extract_steps", die)  # inherited by forked workers only
    with pytest.raises(EngineError, match="a worker process died"):
        list(extract_stream(gold_articles(4), jobs=2))
