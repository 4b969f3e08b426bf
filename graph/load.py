"""Opening a graph source: an RDF file (any format rdflib knows) or a store folder."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.util import guess_format

from graph.errors import StoreError


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
    fmt = guess_format(str(path))
    if fmt is None:
        raise StoreError(f"{path}: cannot tell the RDF format from the extension {path.suffix!r}")
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
