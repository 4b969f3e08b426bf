"""Helpers for the extraction tests: run the real spaCy model and the registered extractors.

Sentences copied from ../shared/dev/gold-dev.jsonl keep their item ``id`` (as the pytest param id)
and their source: ``plover-*`` items are example sentences of the CAMEO / PLOVER event codebook
(openeventdata/PLOVER, CC BY-SA 4.0, Open Event Data Alliance); ``voa-*`` items are Voice of
America news sentences (public domain, as split by the m2e2 corpus). Ids starting ``new-`` are
sentences written for these tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.articles import Article
from graph.extract import SYMMETRIC, Mention, extract_doc, make_extractors
from graph.nlp import load_model

SOURCES = {
    "plover": "PLOVER codebook examples (openeventdata/PLOVER), CC BY-SA 4.0",
    "voa": "Voice of America via m2e2, public domain",
    "new": "written for these tests",
}

Triple = tuple[str, str, str]


def mentions(text: str, *, date: str | None = None, names: Sequence[str] | None = None) -> list[Mention]:
    """The mentions the extractors (default: all) find in ``text`` parsed by the real model."""
    doc = load_model()(text)
    return extract_doc(doc, Article(id="test", text=text, date=date), make_extractors(names))


def triple(predicate: str, subject: str, obj: str) -> Triple:
    """A (predicate, subject, object) key, ordered for the symmetric predicates."""
    if predicate in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    return (predicate, subject, obj)


def triples(text: str, *, predicate: str | None = None, date: str | None = None) -> set[Triple]:
    """The (predicate, subject, object) triples of ``text``, optionally of one predicate."""
    return {triple(m.predicate, m.subject.text, m.object.text) for m in mentions(text, date=date)
            if predicate is None or m.predicate == predicate}
