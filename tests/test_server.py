"""The real Oxigraph server on a free loopback port: SPARQL over HTTP, read-only by default."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psutil
import pytest
from conftest import copy_seeds_store

from graph.errors import EndpointError, StoreError
from graph.gateway import uses_service
from graph.server import start_server
from graph.store import open_oxigraph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MET = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?a ?b WHERE { ?a ng:met ?b }"
INSERT = "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }"
ASK = "ASK { <https://example.org/a> ?p ?o }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seeds_store_template: Path) -> Path:
    """This module's own store of the seeds (a copy of the session's)."""
    return copy_seeds_store(seeds_store_template, tmp_path_factory.mktemp("server"))


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
        assert "--bind 127.0.0.1:" in cmd  # Oxigraph, on its private port
        assert server.gateway is not None and server.gateway.server_address[0] == "127.0.0.1"


def status(url: str, *, headers: dict[str, str] | None = None, data: bytes | None = None) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}),
                                    timeout=30) as r:
            r.read()
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


@pytest.mark.parametrize(("text", "service"), [
    ("SELECT * WHERE { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }", True),
    ("select * where { service silent <http://x/> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", True),
    ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
    ('SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }', False),
    ("SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/>", False),
    ("PREFIX ex: <http://x/SERVICE> SELECT ?service WHERE { ?s ex:SERVICE ?service }", False),
])
def test_service_is_found_outside_strings_iris_and_comments(text: str, service: bool) -> None:
    assert uses_service(text) is service


def test_service_and_foreign_hosts_are_refused(store: Path) -> None:
    forged = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with start_server(store) as server:
        assert status(f"{server.query_url}?{urllib.parse.urlencode({'query': MET})}") == 200
        assert status(f"{server.query_url}?{urllib.parse.urlencode({'query': forged})}") == 403
        assert status(server.query_url, data=urllib.parse.urlencode({"query": forged}).encode()) == 403
        assert status(server.query_url, data=forged.encode(),
                      headers={"Content-Type": "application/sparql-query"}) == 403
        url = f"{server.query_url}?{urllib.parse.urlencode({'query': MET})}"
        assert status(url, headers={"Host": "attacker.example:80"}) == 403
        assert status(url, headers={"Host": f"rebound.example:{server.port}"}) == 403
        assert status(url, headers={"Host": f"localhost:{server.port}"}) == 200
    with start_server(store, allow_service=True) as server:  # the query reaches Oxigraph
        assert status(f"{server.query_url}?{urllib.parse.urlencode({'query': forged})}") != 403


@pytest.mark.slow  # two real `serve` processes; test_cli_serve is the fast check of the command
def test_serve_stops_its_oxigraph_process_on_sigterm_and_sigint(tmp_path: Path) -> None:
    for sig in (signal.SIGTERM, signal.SIGINT):
        store = tmp_path / f"{sig.name}" / "store"  # a missing parent is created
        proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", str(store),
                                 "--port", "0", "--writable"], cwd=ROOT, stderr=subprocess.PIPE,
                                text=True)
        assert proc.stderr is not None
        line = proc.stderr.readline()  # printed once the server answers
        assert "serving" in line, line + proc.stderr.read()
        url = line.split(" at ", 1)[1].split(" ", 1)[0]
        assert sparql(url, ASK)["boolean"] is False
        children = psutil.Process(proc.pid).children(recursive=True)
        assert children  # the Oxigraph process
        proc.send_signal(sig)
        assert proc.wait(timeout=60) == 0, proc.stderr.read()
        proc.stderr.close()
        assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
        open_oxigraph(store, create=False)  # the lock was released


def test_errors(tmp_path: Path, store: Path) -> None:
    with pytest.raises(StoreError, match="not a Newsgraph store"):
        start_server(tmp_path / "nothing")
    with start_server(store) as first, pytest.raises(EndpointError, match="in use"):
        start_server(store, port=first.port)
    with start_server(tmp_path / "w", writable=True), pytest.raises(EndpointError, match="exited"):
        start_server(tmp_path / "w", writable=True)  # the store is locked by the first


def test_cli_serve(store: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", str(store),
                             "--port", "0"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    try:
        line = proc.stderr.readline()  # printed once the server answers: no polling, no clock
        assert "serving" in line and "read-only" in line, line
        query_url = line.split(" at ", 1)[1].split(" ", 1)[0]
        assert sparql(query_url, MET)["results"]["bindings"]
        assert update(query_url.replace("/query", "/update"), INSERT) == 403
    finally:
        proc.terminate()
        assert proc.wait(timeout=60) == 0
        proc.stderr.close()


def test_a_stopped_server_s_port_can_serve_again_at_once(store: Path) -> None:
    # clients leave the port in TIME_WAIT; a restart on it must not fail as "in use"
    with start_server(store) as first:
        port = first.port
        for _ in range(3):
            assert "results" in sparql(first.query_url, MET)
    with start_server(store, port=port) as again:
        assert again.port == port and "results" in sparql(again.query_url, MET)
