"""newsgraph push: load a graph into a real Oxigraph Graph Store Protocol endpoint."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from clirun import run_cli
from conftest import copy_seeds_store

from graph.errors import EndpointError
from graph.export import export
from graph.pipeline import build_graph
from graph.push import graph_url, push
from graph.server import start_server
from graph.store import open_oxigraph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
COUNT = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seeds_store_template: Path) -> Path:
    """This module's own store of the seeds (a copy of the session's)."""
    return copy_seeds_store(seeds_store_template, tmp_path_factory.mktemp("push"))


def select(url: str, query: str) -> list[dict[str, str]]:
    """The rows of a SELECT sent to the SPARQL endpoint ``url``, as {variable: value}."""
    req = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        bindings = json.loads(r.read())["results"]["bindings"]
    return [{k: v["value"] for k, v in b.items()} for b in bindings]


def counts(url: str) -> tuple[int, int]:
    row = select(url, COUNT)[0]
    return int(row["n"]), int(row["graphs"])


def test_push_store_twice_is_idempotent(store: Path, tmp_path: Path) -> None:
    source = open_oxigraph(store, create=False)
    expected = len(source)
    del source
    with start_server(tmp_path / "remote", writable=True) as server:
        report = push(store, server.store_url)
        # 2 articles, the entities, the events
        assert (report.graphs, report.triples) == (4, expected)
        assert counts(server.query_url) == (expected, 4)
        push(store, server.store_url)
        assert counts(server.query_url) == (expected, 4)


def test_push_file_keeps_named_graphs(store: Path, tmp_path: Path) -> None:
    trig = export(store, "trig", tmp_path / "g.trig")
    with start_server(tmp_path / "remote", writable=True) as server:
        report = push(trig, server.store_url)
        assert report.graphs == 4
        assert counts(server.query_url)[1] == 4


def test_pushes_from_two_stores_merge_their_entities(tmp_path: Path) -> None:
    """Article graphs are replaced, the entities graph merged: a second store's push keeps the
    first one's entities."""
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Angela Merkel visited Paris.", encoding="utf-8")
    (tmp_path / "b" / "two.txt").write_text("Olaf Scholz visited Warsaw.", encoding="utf-8")
    build_graph([tmp_path / "a"], store=tmp_path / "sa")
    build_graph([tmp_path / "b"], store=tmp_path / "sb")
    labels = ("SELECT ?l WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/entities> "
              "{ ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }")
    with start_server(tmp_path / "remote", writable=True) as server:
        push(tmp_path / "sa", server.store_url)
        push(tmp_path / "sb", server.store_url)
        got = {row["l"] for row in select(server.query_url, labels)}
    assert {"Angela Merkel", "Paris", "Olaf Scholz", "Warsaw"} <= got


def test_push_to_read_only_endpoint_is_refused(store: Path) -> None:
    with start_server(store) as server, pytest.raises(EndpointError, match="HTTP 403"):
        push(_copy(store), server.store_url)


def _copy(store: Path) -> Path:
    return export(store, "nquads", store.parent / "copy.nq")


def test_unreachable_and_bad_endpoints(store: Path) -> None:
    with pytest.raises(EndpointError, match="cannot reach"):
        push(_copy(store), "http://127.0.0.1:9/store", timeout=2)
    with pytest.raises(EndpointError, match="http"):
        push(_copy(store), "file:///etc/passwd")


def test_graph_url_escapes_the_graph_name() -> None:
    assert graph_url("http://h/store", "https://x/a?b=c&d") == \
        "http://h/store?graph=https%3A%2F%2Fx%2Fa%3Fb%3Dc%26d"
    assert graph_url("http://h/ds?x=1", None) == "http://h/ds?x=1&default"


def test_cli(store: Path, tmp_path: Path) -> None:
    nq = _copy(store)
    with start_server(tmp_path / "remote", writable=True) as server:
        proc = run_cli("push", str(nq), "--endpoint", server.store_url, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        assert "pushed 4 graph(s)" in proc.stderr
        assert counts(server.query_url)[1] == 4


# --- redirects and credentials (issue 14) -------------------------------------------------------


class _Recorder:
    """A local HTTP server recording each request (method, path, Authorization) and answering
    with ``status`` (and ``Location: location``)."""

    def __init__(self, status: int, location: str = "") -> None:
        import http.server
        import threading

        recorder = self
        self.requests: list[tuple[str, str, str | None]] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                recorder.requests.append((self.command, self.path, self.headers.get("Authorization")))
                self.send_response(status)
                if location:
                    self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_PUT = _any

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        # a short poll: shutdown() returns within 20 ms instead of 0.5 s (nothing else changes)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True,
                                       kwargs={"poll_interval": 0.02})

    def __enter__(self) -> _Recorder:  # noqa: PYI034
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_a_redirect_is_an_error_and_nothing_leaves_the_origin(store: Path, code: int) -> None:
    with _Recorder(200) as elsewhere, _Recorder(code, f"{elsewhere.url}/store") as endpoint:
        with pytest.raises(EndpointError, match=f"redirect \\(HTTP {code}") as caught:
            push(store, f"{endpoint.url}/store", auth=("admin", "s3cret"))
        assert elsewhere.requests == []  # neither the graph nor the credentials went there
        assert endpoint.requests and endpoint.requests[0][2] is not None  # sent to the origin only
    assert "s3cret" not in str(caught.value)


def test_credentials_in_the_url_are_used_and_never_shown(store: Path) -> None:
    with _Recorder(204) as endpoint:
        url = endpoint.url.replace("http://", "http://admin:p%40ss@") + "/store"
        push(store, url)
        auth = {a for _m, _p, a in endpoint.requests}
    import base64
    assert auth == {"Basic " + base64.b64encode(b"admin:p@ss").decode()}
    with pytest.raises(EndpointError) as caught:
        push(store, "http://admin:s3cret@127.0.0.1:9/store", timeout=2)
    assert "s3cret" not in str(caught.value) and "admin" not in str(caught.value)
    with _Recorder(403) as refusing, pytest.raises(EndpointError) as refused:
        push(store, refusing.url.replace("http://", "http://admin:s3cret@") + "/store")
    assert "s3cret" not in str(refused.value) and "HTTP 403" in str(refused.value)
    proc = run_cli("push", str(store), "--endpoint", "http://admin:s3cret@127.0.0.1:9/store",
                   "--timeout", "2", cwd=ROOT)
    assert proc.returncode == 1 and "s3cret" not in proc.stderr + proc.stdout


def test_user_without_a_password_warns_and_sends_an_empty_one(store: Path) -> None:
    # a new user's finding: --user without NEWSGRAPH_PASSWORD sent an empty password silently
    import base64
    import os

    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_PASSWORD"}
    with _Recorder(204) as endpoint:
        proc = run_cli("push", str(store), "--endpoint", endpoint.url + "/store", "--user",
                       "admin", cwd=ROOT, env=env)
        auth = {a for _m, _p, a in endpoint.requests}
    assert proc.returncode == 0, proc.stderr
    assert "NEWSGRAPH_PASSWORD is not set" in proc.stderr
    assert auth == {"Basic " + base64.b64encode(b"admin:").decode()}
    with _Recorder(204) as endpoint:
        proc = run_cli("push", str(store), "--endpoint", endpoint.url + "/store", "--user",
                       "admin", cwd=ROOT, env=env | {"NEWSGRAPH_PASSWORD": "s3cret"})
        auth = {a for _m, _p, a in endpoint.requests}
    assert proc.returncode == 0 and "warning" not in proc.stderr and "s3cret" not in proc.stderr
    assert auth == {"Basic " + base64.b64encode(b"admin:s3cret").decode()}
