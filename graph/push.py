"""Loading a graph into any SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB,
Oxigraph, ...): one HTTP ``PUT`` per article graph, so pushing again replaces, never duplicates;
the entities graph is merged (``POST``), so that pushes from several stores add up.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.errors import EndpointError
from graph.rdf import ENTITIES_GRAPH

NTRIPLES = "application/n-triples"


@dataclass(frozen=True)
class PushReport:
    """What a push sent."""

    graphs: int
    triples: int


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of ``graph`` (None: the default graph) at ``endpoint``."""
    sep = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if graph is None:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _request(url: str, body: bytes, *, method: str, auth: tuple[str, str] | None,
             timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": NTRIPLES})
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        req.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise EndpointError(
            f"{url}: the endpoint refused the {method} (HTTP {exc.code} {exc.reason})"
            + (f": {detail[0]}" if detail else "")
        ) from None
    except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"{url}: cannot reach the endpoint ({reason})") from None


def push(
    source: str | Path,
    endpoint: str,
    *,
    auth: tuple[str, str] | None = None,
    timeout: float = 60,
) -> PushReport:
    """PUT every named graph of ``source`` (a graph file or a store folder) to ``endpoint``
    (e.g. ``http://127.0.0.1:7878/store``, Fuseki's ``.../dataset/data``), replacing each graph
    of the same name there, except the entities graph (:data:`graph.rdf.ENTITIES_GRAPH`), which
    is POSTed (merged into the endpoint's); triples in the default graph (graph files) go to the
    default graph.

    Raises:
        StoreError: the source cannot be read.
        EndpointError: the endpoint is not http(s), cannot be reached, or refuses a graph.
    """
    from graph.export import source_store

    scheme = urllib.parse.urlsplit(endpoint).scheme
    if scheme not in ("http", "https"):
        raise EndpointError(f"{endpoint}: the endpoint must be an http:// or https:// URL")
    store = source_store(source)
    graphs = 0
    triples = 0
    names: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = list(store.named_graphs())
    names.append(ox.DefaultGraph())
    for name in names:
        count = sum(1 for _ in store.quads_for_pattern(None, None, None, name))
        if count == 0:
            continue
        body = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        assert body is not None
        target = None if isinstance(name, ox.DefaultGraph) else name.value
        if isinstance(name, ox.BlankNode):
            raise EndpointError("a graph named by a blank node cannot be pushed")
        # The entities graph is merged (POST): pushes from several stores each add their entities.
        method = "POST" if target == str(ENTITIES_GRAPH) else "PUT"
        _request(graph_url(endpoint, target), body, method=method, auth=auth, timeout=timeout)
        graphs += 1
        triples += count
    return PushReport(graphs=graphs, triples=triples)
