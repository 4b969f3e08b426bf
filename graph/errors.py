"""Exceptions raised by Newsgraph. Every error the package raises on purpose derives from
:class:`NewsgraphError`, so a caller can catch that one class."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Root of all Newsgraph errors."""


class InputError(NewsgraphError):
    """An article source cannot be read: missing, empty, binary, not UTF-8, too large, bad JSON."""


class ExtractorError(NewsgraphError):
    """An unknown extractor name, or an extractor that does not follow the protocol."""


class ModelError(NewsgraphError):
    """No usable spaCy English model is installed."""


class EvaluationError(NewsgraphError):
    """A gold (annotated) file cannot be read: missing, not JSON lines, or lacking fields."""


class QueryError(NewsgraphError):
    """A SPARQL query is malformed, refers to an unknown named query, or lacks a parameter."""


class StoreError(NewsgraphError):
    """A graph file or store folder cannot be opened, read or written."""


class FormatError(NewsgraphError):
    """An unknown serialisation format name."""


class EndpointError(NewsgraphError):
    """A SPARQL server cannot be started, or an endpoint cannot be reached or refuses a request."""


class EngineError(NewsgraphError):
    """An unknown build engine, a bad ``--jobs`` value, or an unreachable Dask scheduler."""


class AnalysisError(NewsgraphError):
    """An actor not in the graph (or ambiguous), no path between two actors, a bad date window,
    or an unknown network export format."""


class NoPathError(AnalysisError):
    """No path links two actors of the graph (an answer, which the analysis report states)."""


class OutputError(NewsgraphError):
    """An output folder (``--out``) cannot be created or written."""
