"""Exporting a graph file or a store to any RDF format of rdflib's plugin registry.

Quad formats (TriG, N-Quads, TriX, ...) keep one named graph per article; triple formats get
the union of all graphs. JSON-LD is compacted with ``ontology/context.jsonld`` and keeps the
named graphs. Turtle, N-Triples, N-Quads, TriG, N3 and RDF/XML (and every ``ox-*`` format) are
written by Oxigraph itself, ~30x faster than rdflib's serialisers on large graphs.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import XSD, Dataset, Graph, Literal, plugin
from rdflib.plugin import PluginException
from rdflib.serializer import Serializer
from rdflib.term import IdentifiedNode, Node

from graph.errors import FormatError, StoreError
from graph.rdf import PREFIXES, union_graph
from graph.store import as_dataset

CONTEXT_FILE = Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld"


def format_names() -> list[str]:
    """Every serialisation format name rdflib's plugin registry knows."""
    return sorted({p.name for p in plugin.plugins(None, Serializer)})


def canonical_format(fmt: str) -> str:
    """``fmt`` as the plugin registry names it: a registered name unchanged, else the format
    rdflib's ``guess_format`` gives ``fmt`` as a file extension (``nq`` → ``nquads``), else
    ``fmt`` unchanged (for :func:`serializer_class`'s error)."""
    try:
        plugin.get(fmt, Serializer)
    except PluginException:
        from rdflib.util import guess_format

        guessed = guess_format(f"x.{fmt.lstrip('.')}")
        return guessed if guessed is not None else fmt
    return fmt


def serializer_class(fmt: str) -> type[Serializer]:
    """The serializer registered under ``fmt``.

    Raises:
        FormatError: no such format (the message lists the available ones).
    """
    try:
        return plugin.get(fmt, Serializer)
    except PluginException:
        raise FormatError(f"unknown RDF format {fmt!r}; available: {', '.join(format_names())}") from None


def _ox_format(fmt: str) -> ox.RdfFormat | None:
    """The Oxigraph format that writes ``fmt`` (an ``ox-*`` name, or an rdflib name whose
    ``ox-*`` twin is registered with the same media type), or None for rdflib-only formats."""
    cls = serializer_class(fmt)
    own = getattr(cls, "_format", None)
    if isinstance(own, ox.RdfFormat):
        return own
    return _ox_by_serializer().get(cls)


@lru_cache(maxsize=1)
def _ox_by_serializer() -> dict[type[Serializer], ox.RdfFormat]:
    """rdflib serializer class → Oxigraph format, paired through the registry's media types
    (``text/turtle`` names both rdflib's and oxrdflib's Turtle, and so on)."""
    by_media: dict[str, ox.RdfFormat] = {}
    for p in plugin.plugins(None, Serializer):
        own = getattr(p.getClass(), "_format", None)
        if isinstance(own, ox.RdfFormat):
            by_media[own.media_type] = own
    out: dict[type[Serializer], ox.RdfFormat] = {}
    for p in plugin.plugins(None, Serializer):
        if "/" in p.name and p.name in by_media and by_media[p.name] != ox.RdfFormat.JSON_LD:
            out[p.getClass()] = by_media[p.name]
    # rdflib registers media types for N-Triples/N-Quads/TriG/RDF-XML/Turtle/N3 under those
    # names; the short names (turtle, nt, trig...) share the same class.
    return out


def is_quad_format(fmt: str) -> bool:
    """Whether ``fmt`` keeps named graphs."""
    ox_fmt = _ox_format(fmt)
    if ox_fmt is not None:
        return bool(ox_fmt.supports_datasets)
    cls = serializer_class(fmt)
    return "json-ld" in fmt.lower() or "ld+json" in fmt.lower() or any(
        cls.__name__.lower().startswith(k) for k in ("trig", "nquads", "trix", "hext", "patch")
    )


def load_context() -> dict[str, Any]:
    """The JSON-LD ``@context`` shipped in ``ontology/context.jsonld``.

    Raises:
        StoreError: the file is missing or not JSON.
    """
    try:
        return dict(json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"])
    except (OSError, ValueError, KeyError) as exc:
        raise StoreError(f"{CONTEXT_FILE}: cannot read the JSON-LD context: {exc}") from None


def source_store(source: str | Path) -> ox.Store:
    """An Oxigraph store holding ``source``: the store folder itself, or an in-memory store
    loaded with the graph file, its triples kept where the file puts them (see
    :func:`graph.load.load_oxigraph`).

    Raises:
        StoreError: missing source, unknown file format, invalid RDF, or a store in use.
    """
    from graph.load import load_oxigraph

    return load_oxigraph(source, name_file_graph=False)


def export(source: str | Path, fmt: str, out: str | Path) -> Path:
    """Write ``source`` (a graph file or a store folder) to ``out`` in format ``fmt``.

    Raises:
        FormatError: ``fmt`` is not in rdflib's plugin registry.
        StoreError: the source cannot be read or the file cannot be written.
    """
    fmt = canonical_format(fmt)
    serializer_class(fmt)  # fail fast on an unknown name
    out = Path(out)
    store = source_store(source)
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    ox_fmt = _ox_format(fmt)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if ox_fmt is not None and ox_fmt.supports_datasets:
            store.dump(str(out), format=ox_fmt, prefixes=prefixes if ox_fmt == ox.RdfFormat.TRIG else None)
        elif ox_fmt is not None:
            triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                  use_default_graph_as_union=True)
            ox.serialize(triples, str(out), format=ox_fmt, prefixes=prefixes if ox_fmt.name in ("Turtle", "N3", "RDF/XML") else None)  # type: ignore[arg-type]
        else:
            ds = as_dataset(store)
            try:
                _export_with_rdflib(ds, fmt, out)
            finally:
                ds.close()  # rdflib graphs hold reference cycles: release the store's lock now
    except OSError as exc:
        raise StoreError(f"{out}: cannot write: {exc}") from None
    return out


def plain(term: Node) -> Node:
    """``term``, with an explicit ``xsd:string`` datatype dropped (the same literal in RDF 1.1;
    oxrdflib adds it, rdflib's parsers do not, and rdflib compares them as different)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def graph_name(context: object) -> IdentifiedNode | None:
    """The name of the graph a quad from ``Dataset.quads`` is in (rdflib yields a Graph, oxrdflib
    its name)."""
    if isinstance(context, Graph):
        return context.identifier  # type: ignore[return-value]
    return context if isinstance(context, IdentifiedNode) else None


def _export_with_rdflib(ds: Dataset, fmt: str, out: Path) -> None:
    mem = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        mem.bind(prefix, ns)
    for s, p, o, c in ds.quads((None, None, None, None)):
        mem.graph(graph_name(c)).add((s, p, plain(o)))
    if "json-ld" in fmt.lower() or "ld+json" in fmt.lower():
        out.write_text(stable_jsonld(mem.serialize(format=fmt, context=load_context())), encoding="utf-8")
    elif is_quad_format(fmt):
        mem.serialize(out, format=fmt)
    else:
        union_graph(mem).serialize(out, format=fmt)


def stable_jsonld(text: str) -> str:
    """JSON-LD ``text`` written the same way for the same graph: keys sorted, and every array but
    an ``@list`` sorted by its members' own sorted JSON (rdflib writes nodes and values in the
    order of its sets, which changes from one run to the next), indented by 2.

    Raises:
        json.JSONDecodeError: ``text`` is not JSON.
    """

    def canon(value: object, key: str = "") -> object:
        if isinstance(value, dict):
            return {k: canon(v, k) for k, v in value.items()}
        if isinstance(value, list):
            items = [canon(v) for v in value]
            if key == "@list":
                return items
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    return json.dumps(canon(json.loads(text)), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
