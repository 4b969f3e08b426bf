"""Helpers for the entity-resolution tests: articles, arguments found in their text, and the
resolution of a batch of them (no spaCy: the arguments are given)."""

from __future__ import annotations

from rdflib import URIRef

from graph.articles import Article
from graph.entities import Resolution, resolve
from graph.extract.base import Argument, Mention


def art(ident: str, text: str) -> Article:
    """An article with no date."""
    return Article(id=ident, text=text)


def at(article: Article, text: str, label: str = "", *, via: str = "name", nth: int = 0) -> Argument:
    """The argument ``text`` at its ``nth`` occurrence in ``article`` (spaCy's ``label``)."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(text, start + 1)
    return Argument(text, start, start + len(text), label, via)


def build(*items: tuple[Article, list[Argument]]) -> Resolution:
    """Resolve the arguments of each article (each as both sides of one mention)."""
    return resolve([(a, [Mention("accused", x, x, "", 0, 0, None, 1.0, "test") for x in args])
                    for a, args in items])


def iri(res: Resolution, article: Article, a: Argument) -> URIRef:
    """The entity ``a`` of ``article`` resolved to."""
    return res.iri(a, article=article)
