"""Extraction of many parsed articles at once (graph.extract.extract_docs): the same mentions as
one article at a time, the second readings' sentences parsed in one call, failures isolated.

The texts were written for these tests (the first three are read twice: a relative clause the
model hangs the subject on, caption markers, an opening participle)."""

from __future__ import annotations

from collections.abc import Generator, Sequence

import pytest
from spacy.tokens import Doc

import graph.extract
from graph.articles import Article
from graph.extract import Mention, extract_doc, extract_docs, make_extractors
from graph.extract.reparse import parse_variants
from graph.nlp import load_model

TEXTS = [
    ("The opposition leader who was released from prison last month after a court ruling "
     "visited Nairobi on Sunday."),
    ("FILE - Prime Minister Oskar Lind (R) greets President Maria Costa at the presidential "
     "palace in Riga, March 3, 2019."),
    "Visiting Kyiv on Monday, French President Emmanuel Macron pledged more air defence.",
    "Angela Merkel met Emmanuel Macron in Paris on Tuesday. She later flew to Rome.",
    "The weather was fine.",
]


def _articles() -> tuple[list[Doc], list[Article]]:
    articles = [Article(id=f"b{i}", text=t, date="2021-03-04") for i, t in enumerate(TEXTS)]
    return list(load_model().pipe(TEXTS)), articles


def _one_by_one() -> list[list[Mention]]:
    extractors = make_extractors()
    docs, articles = _articles()
    return [extract_doc(d, a, extractors) for d, a in zip(docs, articles, strict=True)]


def test_many_articles_give_what_each_gives_alone_with_one_parse(
        monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _one_by_one()
    assert all(alone[:4]) and alone[4] == []
    calls: list[int] = []

    def counted(texts: Sequence[str]) -> list[Doc]:
        calls.append(len(texts))
        return parse_variants(texts)

    monkeypatch.setattr(graph.extract, "parse_variants", counted)
    docs, articles = _articles()
    assert extract_docs(docs, articles, make_extractors()) == alone
    assert len(calls) == 1 and calls[0] >= 3  # the variants of three articles, in one call


def test_an_article_that_raises_is_isolated_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _one_by_one()
    real = graph.extract.extract_steps

    def fragile(doc: Doc, article: Article, extractors: Sequence[object], **options: bool
                ) -> Generator[list[str], list[Doc], list[Mention]]:
        if article.id == "b1":
            raise ValueError("extractor bug")
        return (yield from real(doc, article, extractors, **options))  # type: ignore[arg-type]

    monkeypatch.setattr(graph.extract, "extract_steps", fragile)
    docs, articles = _articles()
    got = extract_docs(docs, articles, make_extractors(), isolate=True)
    assert isinstance(got[1], ValueError) and str(got[1]) == "extractor bug"
    assert got[:1] + got[2:] == alone[:1] + alone[2:]
    with pytest.raises(ValueError, match="extractor bug"):
        extract_docs(docs, articles, make_extractors())


def test_a_variant_that_breaks_the_joint_parse_loses_only_its_article(
        monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _one_by_one()

    def picky(texts: Sequence[str]) -> list[Doc]:
        if any("Oskar Lind" in t for t in texts):  # the second article's variants
            raise RuntimeError("parser broke")
        return parse_variants(texts)

    monkeypatch.setattr(graph.extract, "parse_variants", picky)
    docs, articles = _articles()
    got = extract_docs(docs, articles, make_extractors(), isolate=True)
    assert isinstance(got[1], RuntimeError)
    assert got[:1] + got[2:] == alone[:1] + alone[2:]
