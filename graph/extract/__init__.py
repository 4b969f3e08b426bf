"""Relation extraction: run registered extractors over parsed articles.

The built-in extractors, one module per relation family, register themselves on import:
:mod:`~graph.extract.visits`, :mod:`~graph.extract.meetings`, :mod:`~graph.extract.agreements`,
:mod:`~graph.extract.accusations`. They share :mod:`~graph.extract.syntax` (arguments),
:mod:`~graph.extract.coref` (pronouns, descriptions), :mod:`~graph.extract.modality`,
:mod:`~graph.extract.lexicon` and :mod:`~graph.extract.dates`.

>>> from graph.extract import extract_articles
>>> for article, mentions in extract_articles(articles): ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from graph.articles import Article
from graph.extract import accusations as _accusations  # noqa: F401  (each module registers
from graph.extract import agreements as _agreements  # noqa: F401   its built-in extractor)
from graph.extract import meetings as _meetings  # noqa: F401
from graph.extract import visits as _visits  # noqa: F401
from graph.extract.base import (
    PREDICATES,
    SYMMETRIC,
    Argument,
    Context,
    Extractor,
    Mention,
    Registry,
    registry,
)
from graph.extract.coref import PERSONS_CACHE_KEY
from graph.nlp import load_model, parse_pairs

__all__ = [
    "PREDICATES",
    "SYMMETRIC",
    "Argument",
    "Context",
    "Extractor",
    "Mention",
    "Registry",
    "extract_articles",
    "extract_doc",
    "make_extractors",
    "registry",
]


def make_extractors(names: Sequence[str] | None = None) -> list[Extractor]:
    """Instantiate the extractors named (default: every registered one).

    Raises:
        ExtractorError: a name is not registered.
    """
    return [registry.create(n) for n in (names or registry.names())]


def extract_doc(doc: Doc, article: Article, extractors: Sequence[Extractor]) -> list[Mention]:
    """All mentions the extractors find in one parsed article, in text order."""
    context = Context(article=article)
    found: dict[tuple[str, str, str, int], Mention] = {}
    try:
        for extractor in extractors:
            for mention in extractor(doc, context):
                key = mention.key()
                if key not in found or found[key].confidence < mention.confidence:
                    found[key] = mention
    finally:
        doc.user_data.pop(PERSONS_CACHE_KEY, None)  # the coreference index holds Spans of doc
    return sorted(found.values(), key=lambda m: (m.start, m.subject.start, m.predicate))


def extract_articles(
    articles: Iterable[Article],
    *,
    extractors: Sequence[Extractor] | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Article, list[Mention]]]:
    """Parse and extract each article, yielding ``(article, mentions)`` in input order.

    Raises:
        ModelError: no spaCy model is installed.
    """
    nlp = load_model()
    chosen = list(extractors) if extractors is not None else make_extractors()
    pairs = ((a.text, a) for a in articles)
    for doc, article in parse_pairs(nlp, pairs, batch_size=batch_size, n_process=n_process):
        yield article, extract_doc(doc, article, chosen)
