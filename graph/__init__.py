"""Newsgraph: a knowledge graph of who visited, met, agreed with and accused whom, from news.

The Python API mirrors the command line:

>>> from graph.pipeline import build_graph, write_outputs
>>> result = build_graph(["seeds/"])
>>> write_outputs(result, "exports/")
"""

__version__ = "0.1.0"
