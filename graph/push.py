"""Loading a graph into any SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB,
Oxigraph, ...): one HTTP ``PUT`` per article graph, so pushing again replaces, never duplicates;
the entities graph is merged (``POST``), so that pushes from several stores add up.
"""

from __future__ import annotations

import base64
import gc
import http.client
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.errors import EndpointError
from graph.rdf import ENTITIES_GRAPH
from graph.terminal import one_line

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


def redact(url: str) -> str:
    """``url`` without the user and password it may carry (for messages)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def split_credentials(endpoint: str) -> tuple[str, tuple[str, str] | None]:
    """``endpoint`` without its ``user:password@`` part, and that part (``None`` if absent).

    Raises:
        EndpointError: the URL's port is not a number.
    """
    parts = urllib.parse.urlsplit(endpoint)
    try:
        parts.port  # noqa: B018 - validates the port
    except ValueError:
        raise EndpointError(f"{redact_unparsable(endpoint)}: not a valid URL (bad port)") from None
    if parts.username is None:
        return endpoint, None
    user = urllib.parse.unquote(parts.username)
    password = urllib.parse.unquote(parts.password or "")
    return redact(endpoint), (user, password)


def redact_unparsable(url: str) -> str:
    """A URL for a message, with anything between ``//`` and ``@`` hidden."""
    return re.sub(r"//[^/@]*@", "//***@", url)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: a 3xx answer becomes an :class:`urllib.error.HTTPError`.
    (Following one could send the graph and the ``Authorization`` header to another origin, or
    turn a POST into a GET that stores nothing.)"""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _request(url: str, body: bytes, *, method: str, auth: tuple[str, str] | None,
             timeout: float) -> None:
    shown = redact(url)
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": NTRIPLES})
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        req.add_unredirected_header("Authorization", f"Basic {token}")
    # Messages are made inside the handlers, raised after them: the exception then holds no
    # traceback frames of urllib's (which would keep the caller's store open, see push()).
    problem = None
    code = 0
    try:
        with _OPENER.open(req, timeout=timeout) as response:
            response.read()
            code = response.status
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            target = exc.headers.get("Location", "") if exc.headers else ""
            problem = (
                f"{shown}: the endpoint answered the {method} with a redirect (HTTP {exc.code}"
                + (f" to {one_line(redact_unparsable(target))[:200]}" if target else "")
                + "); redirects are not followed: give the final URL as the endpoint"
            )
        else:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            problem = (f"{shown}: the endpoint refused the {method} (HTTP {exc.code} "
                       f"{one_line(str(exc.reason))})"
                       + (f": {one_line(detail[0])[:300]}" if detail else ""))
        exc.close()
    except (urllib.error.URLError, ConnectionError, TimeoutError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        problem = f"{shown}: cannot reach the endpoint ({one_line(str(reason))})"
    if problem is not None:
        raise EndpointError(problem)
    if not 200 <= code < 300:
        raise EndpointError(f"{shown}: the endpoint answered the {method} with HTTP {code}, "
                            "not a success")


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

    ``auth`` (user, password) is sent as HTTP basic auth; a ``user:password@`` in ``endpoint``
    is used when ``auth`` is not given. Redirects are not followed (an error: the credentials
    and the graph never leave the endpoint's origin), and no message shows the credentials.

    Raises:
        StoreError: the source cannot be read.
        EndpointError: the endpoint is not http(s), cannot be reached, redirects, or refuses a
            graph.
    """
    from graph.export import source_store

    scheme = urllib.parse.urlsplit(endpoint).scheme
    if scheme not in ("http", "https"):
        raise EndpointError(f"{redact_unparsable(endpoint)}: the endpoint must be an http:// or "
                            "https:// URL")
    endpoint, in_url = split_credentials(endpoint)
    auth = auth if auth is not None else in_url
    store = source_store(source)
    try:
        return _push_graphs(store, endpoint, auth=auth, timeout=timeout)
    except EndpointError as exc:
        failed = exc
    # A store folder's lock is released even when a request failed: the frames of the failure
    # (reference cycles through urllib's exceptions) would hold the store until the next
    # garbage collection, and the caller could not open it again.
    del store
    failed = failed.with_traceback(None)
    gc.collect()
    raise failed


def _push_graphs(store: ox.Store, endpoint: str, *, auth: tuple[str, str] | None,
                 timeout: float) -> PushReport:
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
