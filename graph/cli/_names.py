"""Names the command line offers as choices, kept here so that ``--help`` imports nothing heavy.

Each tuple mirrors a registry of the Python API (named in its comment); ``tests/test_cli.py``
checks that they agree, so a name added to a registry and forgotten here fails a test.
"""

from __future__ import annotations

#: :data:`graph.parallel.ENGINES`
ENGINE_NAMES: tuple[str, ...] = ("dask", "local")
#: :data:`graph.analyze.MEASURES`
MEASURE_NAMES: tuple[str, ...] = ("degree", "betweenness", "pagerank")
#: :data:`graph.entities.listing.ENTITY_TYPES`
ENTITY_TYPE_NAMES: tuple[str, ...] = ("city", "country", "person", "organisation", "place", "actor")
#: :data:`graph.networkfiles.EXPORT_FORMATS`
NETWORK_FORMATS: tuple[str, ...] = ("gexf", "graphml")
#: :data:`graph.query.OUTPUT_FORMATS`
QUERY_FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")
#: :data:`graph.events.EVENT_FORMATS`
EVENT_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")
