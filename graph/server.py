"""A SPARQL 1.1 Protocol endpoint over a store: the ``oxigraph`` server, on 127.0.0.1 only.

Queries go to ``/query``, updates to ``/update`` (refused with HTTP 403 unless writable), the
SPARQL 1.1 Graph Store Protocol to ``/store``. The default graph is the union of the article
graphs. A read-only server does not lock the store; do not build into a store while a
read-only server reads it (Oxigraph: undefined behaviour). A writable server locks it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from graph.errors import EndpointError, StoreError
from graph.store import is_store

HOST = "127.0.0.1"


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` console script (next to this Python, else on PATH).

    Raises:
        EndpointError: not installed.
    """
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise EndpointError("the 'oxigraph' server is not installed (pip install oxigraph)")
    return found


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Whether nothing listens on 127.0.0.1:``port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((HOST, port))
        except OSError:
            return False
        return True


@dataclass
class Server:
    """A running Oxigraph server process; use as a context manager to stop it on exit."""

    process: subprocess.Popen[bytes]
    port: int
    writable: bool
    log: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:7878``."""
        return f"http://{HOST}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint."""
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        """The SPARQL update endpoint (403 unless writable)."""
        return f"{self.url}/update"

    @property
    def store_url(self) -> str:
        """The SPARQL 1.1 Graph Store Protocol endpoint."""
        return f"{self.url}/store"

    def stop(self, *, timeout: float = 10) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout`` seconds)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def server_command(store: str | Path, *, port: int, writable: bool) -> list[str]:
    """The ``oxigraph`` command line serving ``store`` on 127.0.0.1:``port``."""
    mode = "serve" if writable else "serve-read-only"
    return [oxigraph_binary(), mode, "--location", str(store), "--bind", f"{HOST}:{port}",
            "--union-default-graph"]


def start_server(
    store: str | Path, *, port: int | None = None, writable: bool = False, timeout: float = 30
) -> Server:
    """Start the Oxigraph server on ``store`` and wait until it answers queries.

    ``port`` None picks a free one. A read-only server needs an existing store; a writable
    one creates it.

    Raises:
        StoreError: ``store`` is not a store folder (read-only), or is a file.
        EndpointError: the port is taken, or the server did not start (store locked, ...) in
            ``timeout``.
    """
    path = Path(store)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder")
    if not writable and not is_store(path):
        raise StoreError(f"{path}: not a Newsgraph store (build one with --store)")
    chosen = port if port is not None else free_port()
    if port is not None and not port_is_free(port):
        raise EndpointError(f"port {port} on {HOST} is in use; pick another with --port")
    process = subprocess.Popen(
        server_command(path, port=chosen, writable=writable),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    server = Server(process=process, port=chosen, writable=writable)
    deadline = time.monotonic() + timeout
    probe = f"{server.query_url}?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
            first = next((line for line in err.splitlines() if line.strip()), "no message")
            raise EndpointError(f"the Oxigraph server on port {chosen} exited: {first}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    server.stop()
    raise EndpointError(f"the Oxigraph server on port {chosen} did not answer in {timeout:.0f} s")
