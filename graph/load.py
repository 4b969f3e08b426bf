"""Opening a graph file, whatever its RDF format."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset
from rdflib.util import guess_format

from graph.errors import StoreError


def load_graph(path: str | Path) -> Dataset:
    """Parse an RDF file (format guessed from its extension) into a dataset.

    Raises:
        StoreError: the file is missing, of an unknown format, or not valid RDF.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such graph file")
    fmt = guess_format(str(path))
    if fmt is None:
        raise StoreError(f"{path}: cannot tell the RDF format from the extension {path.suffix!r}")
    ds = Dataset(default_union=True)
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # noqa: BLE001 - rdflib parsers raise many unrelated types
        raise StoreError(f"{path}: not valid {fmt}: {exc}") from None
    return ds
