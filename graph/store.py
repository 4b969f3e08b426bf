"""The persistent store: an embedded Oxigraph database in a folder, used through rdflib/oxrdflib.

One named graph per article (named by the article's IRI) and one describing the entities
(:data:`graph.rdf.ENTITIES_GRAPH`). Writes replace an article's named graph and add the
descriptions of its entities in ONE SPARQL update, which Oxigraph applies as a single
transaction: a build killed at any moment leaves every article either as it was before, or whole
in its new version with its entities described, never half.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from oxrdflib.store import OxigraphStore
from rdflib import RDFS, SKOS, Dataset, Graph, URIRef

from graph.articles import Article
from graph.errors import StoreError
from graph.namespaces import NG
from graph.rdf import ENTITIES_GRAPH, PREFIXES, article_iri, content_hash

#: Present in every Oxigraph (RocksDB) store folder.
_MARKER = "CURRENT"


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is an Oxigraph store folder."""
    p = Path(path)
    return p.is_dir() and (p / _MARKER).is_file()


def open_oxigraph(path: str | Path, *, create: bool = True) -> ox.Store:
    """Open the Oxigraph store in folder ``path`` (creating it when ``create``), holding its
    lock: one process at a time, so no reader ever sees a half-written write.

    Raises:
        StoreError: the folder is missing (without ``create``), is a file, holds something else,
            or the store is in use by another process (a build, or a writable server).
    """
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise StoreError(f"{p}: is a file, not a store folder")
    if not create and not is_store(p):
        raise StoreError(f"{p}: not a Newsgraph store (no Oxigraph database in this folder)")
    if p.is_dir() and any(p.iterdir()) and not is_store(p):
        raise StoreError(f"{p}: folder is not empty and holds no Oxigraph store; refusing to use it")
    try:
        return ox.Store(str(p))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(
                f"{p}: store is in use by another process (a build or a server); "
                "stop it first, or query the server instead"
            ) from None
        raise StoreError(f"{p}: cannot open store: {exc}") from None
    except RuntimeError as exc:  # RocksDB reports corruption as RuntimeError
        raise StoreError(f"{p}: cannot open store: {exc}") from None


def as_dataset(store: ox.Store) -> Dataset:
    """An rdflib :class:`Dataset` (union default graph) over an open Oxigraph store."""
    ds = Dataset(store=OxigraphStore(store=store), default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


def open_store(path: str | Path, *, create: bool = False) -> Dataset:
    """The store in folder ``path`` as an rdflib :class:`Dataset` (see :func:`open_oxigraph`).
    Close it (``ds.close()``) to release the store's lock.

    Raises:
        StoreError: see :func:`open_oxigraph`.
    """
    return as_dataset(open_oxigraph(path, create=create))


def memory_copy(store: ox.Store) -> Dataset:
    """An in-memory Oxigraph copy of ``store`` as an rdflib :class:`Dataset` (holds no lock)."""
    mem = ox.Store()
    mem.extend(store)
    return as_dataset(mem)


@contextmanager
def writable_store(path: str | Path) -> Iterator[ox.Store]:
    """Open the store for writing; flush and release its lock on exit.

    Raises:
        StoreError: see :func:`open_oxigraph`.
    """
    store = open_oxigraph(path)
    try:
        yield store
    finally:
        try:
            store.flush()
        finally:
            del store


def stored_hashes(store: ox.Store) -> dict[str, str]:
    """``{article graph IRI: ng:contentHash}`` for every article in the store."""
    q = f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{NG.contentHash}> ?h }} }}"
    out: dict[str, str] = {}
    for row in store.query(q):  # type: ignore[union-attr]
        out[row["g"].value] = row["h"].value
    return out


def _triples_text(graph: Graph) -> str:
    return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)


#: The roles in which a mention or an event names an entity.
_ROLES = (NG.mentionActor, NG.mentionCounterpart, NG.mentionPlace, NG.actor, NG.counterpart, NG.place)


def named_in_graph(store: ox.Store, name: URIRef) -> set[URIRef]:
    """The entities the mentions (or events) of the stored graph ``name`` name (in any role)."""
    g = ox.NamedNode(str(name))
    out: set[URIRef] = set()
    for role in _ROLES:
        for q in store.quads_for_pattern(None, ox.NamedNode(str(role)), None, g):
            if isinstance(q.object, ox.NamedNode):
                out.add(URIRef(q.object.value))
    return out


def _collect_update(candidates: set[URIRef], store: ox.Store) -> str:
    """SPARQL update operations removing from the entities graph the descriptions of those of
    ``candidates`` that no event of any graph names any more (and then of their countries, when
    nothing else names or refers to them), with the ``skos:closeMatch`` links to them."""
    if not candidates:
        return ""
    ent = ENTITIES_GRAPH.n3()
    ox_ent = ox.NamedNode(str(ENTITIES_GRAPH))
    country = ox.NamedNode(str(NG.country))
    countries = {URIRef(q.object.value) for c in candidates
                 for q in store.quads_for_pattern(ox.NamedNode(str(c)), country, None, ox_ent)
                 if isinstance(q.object, ox.NamedNode)} - candidates
    unnamed = ("FILTER NOT EXISTS { GRAPH ?g { ?e " + "|".join(r.n3() for r in _ROLES)
               + " ?x } }")
    ops = []
    for group in (candidates, countries):
        if not group:
            continue
        values = " ".join(sorted(x.n3() for x in group))
        ops.append(
            f"DELETE {{ GRAPH {ent} {{ ?x ?p ?o }} }} WHERE {{ VALUES ?x {{ {values} }} "
            f"GRAPH {ent} {{ ?x ?p ?o }} {unnamed} "
            f"FILTER NOT EXISTS {{ GRAPH {ent} {{ ?y {NG.country.n3()} ?x FILTER(?y != ?x) }} }} }}")
    values = " ".join(sorted(x.n3() for x in candidates | countries))
    ops.append(
        f"DELETE {{ GRAPH {ent} {{ ?y {SKOS.closeMatch.n3()} ?x }} }} WHERE {{ VALUES ?x {{ {values} }} "
        f"GRAPH {ent} {{ ?y {SKOS.closeMatch.n3()} ?x }} "
        f"FILTER NOT EXISTS {{ GRAPH {ent} {{ ?x a ?type }} }} }}")
    return " ;\n" + " ;\n".join(ops)


def replace_graph(store: ox.Store, graph: Graph, *, entities: Graph | None = None) -> set[URIRef]:
    """Replace the named graph ``graph.identifier`` by ``graph``'s triples, add ``entities``
    (the descriptions of the entities it names) to :data:`graph.rdf.ENTITIES_GRAPH`, and remove
    from it the descriptions of the entities that the graph's previous version named and that
    no graph names any more: all in one transaction (one SPARQL update). Returns the entities
    the previous version named (whose descriptions may have been removed).

    Raises:
        StoreError: the graph holds blank nodes or the write failed.
    """
    name = graph.identifier
    if not isinstance(name, URIRef):
        raise StoreError(f"a stored graph needs an IRI as its name, not {name!r}")
    before = named_in_graph(store, name)
    update = f"DROP SILENT GRAPH {name.n3()} ;\nINSERT DATA {{ GRAPH {name.n3()} {{\n{_triples_text(graph)}\n}}"
    if entities is not None and len(entities):
        update += f"\nGRAPH {ENTITIES_GRAPH.n3()} {{\n{_triples_text(entities)}\n}}"
    update += " }"
    from graph.derived import store_update

    update += store_update(store, graph)  # the derived events graph in step
    update += _collect_update(before, store)
    try:
        store.update(update)
    except (OSError, SyntaxError, RuntimeError) as exc:
        raise StoreError(f"cannot write graph {name} to the store: {exc}") from None
    return before


def keep_stored_labels(store: ox.Store, entities: Graph, known: dict[URIRef, str]) -> Graph:
    """``entities`` with each ``rdfs:label`` that differs from the one already stored for the
    same entity turned into a ``skos:altLabel``: an entity keeps one preferred label however many
    builds describe it. ``known`` caches stored labels (and is updated with the new ones)."""
    ent = ox.NamedNode(str(ENTITIES_GRAPH))
    label = ox.NamedNode(str(RDFS.label))
    out = Graph(identifier=entities.identifier)
    for s, p, o in entities:
        if p == RDFS.label and isinstance(s, URIRef):
            if s not in known:
                stored = next(iter(store.quads_for_pattern(ox.NamedNode(str(s)), label, None, ent)), None)
                known[s] = str(stored.object.value) if stored is not None else str(o)  # type: ignore[union-attr]
            if known[s] != str(o):
                p = SKOS.altLabel
        out.add((s, p, o))
    return out


def write_articles(store: ox.Store, items: Iterable[tuple[Graph, Graph]]) -> int:
    """Write each (article graph, descriptions of the entities it names): the article's named
    graph is replaced, the descriptions merged into the entities graph and the entities no
    article names any more removed from it, one transaction per article (see :func:`replace_graph`, :func:`keep_stored_labels`); returns how many.

    Raises:
        StoreError: a write failed (articles written before it stay written, whole).
    """
    known: dict[URIRef, str] = {}
    n = 0
    for graph, entities in items:
        for gone in replace_graph(store, graph, entities=keep_stored_labels(store, entities, known)):
            known.pop(gone, None)  # its description may have been removed
        n += 1
    return n


def count_quads(store: ox.Store) -> int:
    """Number of quads in the store (a full scan)."""
    return len(store)


def skip_unchanged(
    articles: Iterable[Article], known: dict[str, str], *, salt: str, skipped: list[Article]
) -> Iterator[Article]:
    """Yield the articles whose graph is not in the store as built from the same content
    (see :func:`graph.rdf.content_hash`); append the others to ``skipped``."""
    for article in articles:
        if known.get(str(article_iri(article))) == content_hash(article, salt=salt):
            skipped.append(article)
        else:
            yield article


def update_store(path: str | Path, update: str) -> None:
    """Run a SPARQL update on the store in folder ``path``, in one transaction.

    Raises:
        StoreError: the store cannot be opened.
        QueryError: the update does not parse or fails.
    """
    from graph.query import apply_update  # the project's prefixes predeclared, as for queries

    store = open_oxigraph(path, create=False)
    try:
        apply_update(store.update, update, failures=(OSError, RuntimeError, ValueError))
    finally:
        store.flush()


def store_snapshot(path: str | Path) -> Dataset:
    """An in-memory Oxigraph copy of the whole store in folder ``path`` (its lock is released
    on return).

    Raises:
        StoreError: see :func:`open_oxigraph`.
    """
    store = open_oxigraph(path, create=False)
    try:
        return memory_copy(store)
    finally:
        del store
