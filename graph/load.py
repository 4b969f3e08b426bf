"""Opening a graph source: an RDF file (any format rdflib knows) or a store folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, URIRef
from rdflib.util import guess_format

from graph.errors import StoreError

if TYPE_CHECKING:
    import pyoxigraph as ox


def load_graph(path: str | Path, *, writable: bool = False) -> Dataset:
    """Open ``path``: a store folder (see :mod:`graph.store`), or an RDF file parsed into an
    in-memory dataset (format guessed from its extension; quads formats keep named graphs).

    A store is opened read-only unless ``writable``; a file can never be written back.

    Raises:
        StoreError: the path is missing, of an unknown format, not valid RDF, not a store,
            or ``writable`` was asked for a file.
    """
    path = Path(path)
    if path.is_dir():
        from graph.store import is_store, open_store  # (imports the RDF builder: not for files)

        if not is_store(path):
            raise StoreError(f"{path}: a folder, but not a Newsgraph store")
        return open_store(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such graph file or store folder")
    if writable:
        raise StoreError(f"{path}: updates need a store folder (build one with --store), not a file")
    fmt = _file_format(path)
    ds = Dataset(default_union=True)
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # noqa: BLE001 - rdflib parsers raise many unrelated types
        raise StoreError(f"{path}: not valid {fmt}: {exc}") from None
    default = ds.default_graph
    if len(default):
        # Triples outside any named graph (Turtle, N-Triples, ...) go into one graph named by the
        # file, so that GRAPH ?g { ... } patterns see them too.
        named = ds.graph(URIRef(path.resolve().as_uri()))
        named += default
        ds.remove_graph(default)
    return ds


@contextmanager
def opened_graph(path: str | Path) -> Iterator[Dataset]:
    """:func:`load_graph` (read-only) for the length of a ``with`` block: a store's lock is
    released on leaving it, also on an error, so the same process (the Python API, a test, a
    notebook) can open the store again at once.

    Raises:
        StoreError: see :func:`load_graph`.
    """
    ds = load_graph(path)
    try:
        yield ds
    finally:
        ds.close()


#: Extensions rdflib's ``guess_format`` does not know, for formats ``export`` writes (an
#: ``ox-`` prefix is dropped first: ``g.ox-nquads`` is N-Quads).
_MORE_SUFFIXES = {"hext": "hext", "ndjson": "hext", "turtle": "turtle", "longturtle": "turtle",
                  "ntriples": "nt", "nt11": "nt", "patch": "patch", "rdfp": "patch"}

#: rdflib format name -> Oxigraph's own parser for it (the rest are read through rdflib).
_OX_PARSERS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG",
               "xml": "RDF_XML", "n3": "N3"}


def rdf_format(path: str | Path) -> str | None:
    """The rdflib format name of a graph file by its extension (``.ttl``, ``.turtle``, ``.nq``,
    ``.ox-nquads``, ``.patch``, ...), or ``None`` when the extension names no RDF format (``.txt``
    is none: one rule for every command that reads a file)."""
    suffix = Path(path).suffix.lower().lstrip(".").removeprefix("ox-")
    if not suffix:
        return None
    return _MORE_SUFFIXES.get(suffix) or guess_format(f"x.{suffix}")


def _file_format(path: Path) -> str:
    """:func:`rdf_format` of ``path``.

    Raises:
        StoreError: the extension names no RDF format.
    """
    fmt = rdf_format(path)
    if fmt is None:
        raise StoreError(f"{path}: cannot tell the RDF format from the extension {path.suffix!r} "
                         "(use .ttl, .trig, .nq, .nt, .jsonld, .rdf, ...)")
    return fmt


def load_oxigraph(path: str | Path, *, name_file_graph: bool = True) -> ox.Store:
    """Open ``path`` as an Oxigraph store to query directly: a store folder itself (holding its
    lock until the store is released), or an in-memory store loaded with the graph file (by
    Oxigraph's own parsers; formats only rdflib reads, such as TriX and HexTuples, through
    rdflib). With ``name_file_graph``, triples outside any named graph go into one graph named
    by the file, as :func:`load_graph` does.

    Raises:
        StoreError: the path is missing, of an unknown format, not valid RDF, not a store, or
            the store is in use.
    """
    import pyoxigraph as ox

    from graph.store import is_store, open_oxigraph

    path = Path(path)
    if path.is_dir():
        if not is_store(path):
            raise StoreError(f"{path}: a folder, but not a Newsgraph store")
        return open_oxigraph(path, create=False)
    if not path.is_file():
        raise StoreError(f"{path}: no such graph file or store folder")
    mem = ox.Store()
    file_graph = ox.NamedNode(path.resolve().as_uri()) if name_file_graph else ox.DefaultGraph()
    parser = _OX_PARSERS.get(_file_format(path))  # rdflib reads JSON-LD (our contexts) and the rest
    ox_fmt = getattr(ox.RdfFormat, parser) if parser else None
    if ox_fmt is not None:
        try:
            if ox_fmt.supports_datasets:
                mem.load(path=str(path), format=ox_fmt)
                if name_file_graph:  # move default-graph triples into the file's graph
                    mem.update(f"MOVE SILENT DEFAULT TO <{path.resolve().as_uri()}>")
            else:
                mem.load(path=str(path), format=ox_fmt, to_graph=file_graph)
            return mem
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{path}: not valid {ox_fmt.name}: {exc}") from None
    from rdflib import Graph

    from graph.export import plain

    ds = load_graph(path)  # formats only rdflib reads
    quads = []
    for s, p, o, c in ds.quads((None, None, None, None)):
        name = c.identifier if isinstance(c, Graph) else c
        quads.append(ox.Quad(_ox(s), _ox(p), _ox(plain(o)),  # type: ignore[arg-type]
                             ox.NamedNode(str(name)) if isinstance(name, URIRef) else ox.DefaultGraph()))
    mem.extend(quads)
    return mem


def _ox(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    import pyoxigraph as ox
    from rdflib import BNode, Literal

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise StoreError(f"cannot store {term!r}")
