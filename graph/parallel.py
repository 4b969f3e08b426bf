"""The extraction stage of a build: parse and extract articles, locally or in parallel."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from graph.articles import Article
from graph.extract import extract_articles, make_extractors
from graph.extract.base import Mention


def extract_stream(
    articles: Iterable[Article],
    *,
    extractor_names: Sequence[str] | None = None,
    jobs: int = 1,
) -> Iterator[tuple[Article, list[Mention]]]:
    """Yield ``(article, mentions)`` for each article, in input order.

    Raises:
        ExtractorError: an unknown extractor name.
        ModelError: no spaCy model is installed.
    """
    extractors = make_extractors(extractor_names)
    yield from extract_articles(articles, extractors=extractors, n_process=max(1, jobs))
