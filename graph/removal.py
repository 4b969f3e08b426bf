"""Removing articles from a store, as if they had never been built into it.

``remove_articles(store, ["story-7", "https://example.org/news/1.html"])`` drops each article's
named graph, recomputes the derived events graph for every event key its mentions touched
(counts, first reports and syndication clusters as a store built without it would hold them),
removes the descriptions of the entities no remaining article names, refreshes the
``skos:closeMatch`` links between people and forgets the article's file origin
(:mod:`graph.origins`): one transaction per article (:func:`graph.incremental.write_article`
with an empty graph), so a killed removal leaves whole articles only.

What goes with the article besides its graph: the organisation evidence (``skos:scopeNote``)
and the names (``ng:surfaceForm``) it gave its entities, which it kept in its own graph, so
the links and the labels of the entities other articles still name are recomputed without
them (:func:`graph.incremental.write_article`). What it cannot undo: which of a form's several
merge notes (``skos:editorialNote``) such an entity keeps, exactly as when an article is edited
and rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from graph.errors import StoreError

if TYPE_CHECKING:
    import pyoxigraph as ox


@dataclass
class RemovalReport:
    """What :func:`remove_articles` did: the ids removed, the ids the store does not hold, and
    how many entity descriptions went with them (entities no remaining article names)."""

    removed: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    entities_removed: int = 0


def remove_articles(store: str | Path, ids: Iterable[str]) -> RemovalReport:
    """Remove the articles ``ids`` (as built: a file's name without its extension, a JSON
    line's ``id``, a page's URL; cleaned as a build cleans them) from the store folder ``store``.

    Raises:
        StoreError: ``store`` is not a store, is in use, or a write failed (articles removed
            before it stay removed, whole).
    """
    from rdflib import Graph

    from graph.articles import Article
    from graph.incremental import refresh_close_matches, write_article
    from graph.origins import Origins
    from graph.rdf import article_iri
    from graph.sanitize import clean_line
    from graph.store import is_store, stored_hashes, writable_store

    path = Path(store)
    if not is_store(path):
        raise StoreError(f"{path}: not a Newsgraph store folder")
    report = RemovalReport()
    with writable_store(path) as ox_store:
        stored = stored_hashes(ox_store)
        before = _entity_count(ox_store)
        origins = Origins(path)
        for given in dict.fromkeys(ids):  # each once, in the order given
            ident = clean_line(given)  # as a build cleans an id (" sp " is "sp")
            iri = article_iri(Article(id=ident, text=""))
            if not ident or str(iri) not in stored:
                report.unknown.append(given)
                continue
            write_article(ox_store, Graph(identifier=iri), Graph())
            origins.forget(ident)
            report.removed.append(ident)
        origins.save()
        if report.removed:
            refresh_close_matches(ox_store)
        report.entities_removed = before - _entity_count(ox_store)
    return report


def _entity_count(store: ox.Store) -> int:
    """How many entities the store's entities graph describes (subjects with a type)."""
    import pyoxigraph as ox
    from rdflib import RDF

    from graph.rdf import ENTITIES_GRAPH

    return len({q.subject for q in store.quads_for_pattern(
        None, ox.NamedNode(str(RDF.type)), None, ox.NamedNode(str(ENTITIES_GRAPH)))})
