"""The real Oxigraph server on a free loopback port: SPARQL over HTTP, read-only by default."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graph.errors import EndpointError, StoreError
from graph.pipeline import build_graph
from graph.server import free_port, start_server

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MET = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?a ?b WHERE { ?a ng:met ?b }"
INSERT = "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }"
ASK = "ASK { <https://example.org/a> ?p ?o }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server") / "store"
    build_graph([SEEDS], store=path)
    return path


def sparql(url: str, query: str) -> dict:  # type: ignore[type-arg]
    req = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': query})}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read())  # type: ignore[no-any-return]


def update(url: str, text: str) -> int:
    data = urllib.parse.urlencode({"update": text}).encode()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as r:
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_read_only_server_answers_and_refuses_updates(store: Path) -> None:
    with start_server(store) as server:
        assert server.url.startswith("http://127.0.0.1:")
        rows = sparql(server.query_url, MET)["results"]["bindings"]
        assert rows and all(r["a"]["value"].startswith("https://w3id.org/newsgraph/id/") for r in rows)
        assert update(server.update_url, INSERT) == 403
        assert sparql(server.query_url, ASK)["boolean"] is False
    assert server.process.poll() is not None  # stopped


def test_writable_server_accepts_updates(tmp_path: Path) -> None:
    with start_server(tmp_path / "new", writable=True) as server:
        assert update(server.update_url, INSERT) in (200, 204)
        assert sparql(server.query_url, ASK)["boolean"] is True


def test_server_binds_loopback_only(store: Path) -> None:
    with start_server(store) as server:
        cmd = " ".join(server.process.args)  # type: ignore[arg-type]
        assert f"--bind 127.0.0.1:{server.port}" in cmd


def test_errors(tmp_path: Path, store: Path) -> None:
    with pytest.raises(StoreError, match="not a Newsgraph store"):
        start_server(tmp_path / "nothing")
    with start_server(store) as first, pytest.raises(EndpointError, match="in use"):
        start_server(store, port=first.port)
    with start_server(tmp_path / "w", writable=True):
        with pytest.raises(EndpointError, match="exited"):  # the store is locked by the first
            start_server(tmp_path / "w", writable=True)


def test_cli_serve(store: Path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", str(store),
                             "--port", str(port)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                rows = sparql(f"http://127.0.0.1:{port}/query", MET)["results"]["bindings"]
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        assert rows
        assert update(f"http://127.0.0.1:{port}/update", INSERT) == 403
    finally:
        proc.terminate()
        proc.wait(timeout=20)
