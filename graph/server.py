"""A SPARQL 1.1 Protocol endpoint over a store: the ``oxigraph`` server behind a small
gateway (:mod:`graph.gateway`), both on 127.0.0.1 only.

Queries go to ``/query``, updates to ``/update`` (refused with HTTP 403 unless writable), the
SPARQL 1.1 Graph Store Protocol to ``/store``. The default graph is the union of the article
graphs. A read-only server does not lock the store; do not build into a store while a
read-only server reads it (Oxigraph: undefined behaviour). A writable server locks it.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from graph.errors import EndpointError, StoreError
from graph.store import is_store
from graph.terminal import one_line

if TYPE_CHECKING:
    from graph.gateway import Gateway

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


def _die_with_parent() -> None:  # pragma: no cover - runs in the child, before exec
    """Ask Linux to SIGTERM this (child) process when its parent dies, even by SIGKILL."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


@dataclass
class Server:
    """A running server: the Oxigraph process on a private loopback port behind the
    :class:`graph.gateway.Gateway` on :attr:`port`. Use as a context manager to stop both."""

    process: subprocess.Popen[bytes]
    port: int
    writable: bool
    gateway: Gateway | None = None
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
        """Stop the gateway and the Oxigraph process (SIGTERM, then SIGKILL after ``timeout``
        seconds); the store's lock is released when this returns."""
        if self.gateway is not None:
            self.gateway.stop()
            self.gateway = None
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stderr is not None:
            self.process.stderr.close()

    def __enter__(self) -> Server:  # noqa: PYI034 - Server is final
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
    store: str | Path, *, port: int | None = None, writable: bool = False,
    allow_service: bool = False, timeout: float = 30,
) -> Server:
    """Start the Oxigraph server on ``store`` behind the gateway on 127.0.0.1:``port`` and wait
    until it answers queries.

    ``port`` None picks a free one. A read-only server needs an existing store; a writable
    one creates it (and its missing parent folders). The gateway refuses requests whose
    ``Host`` is not this server, and queries using ``SERVICE`` unless ``allow_service``
    (see :mod:`graph.gateway`). The Oxigraph process is stopped with the server, and by
    Linux if this process dies (``PR_SET_PDEATHSIG``; start the server from the main thread).

    Raises:
        StoreError: ``store`` is not a store folder (read-only), or is a file.
        EndpointError: the port is taken, or the server did not start (store locked, ...) in
            ``timeout`` seconds.
    """
    from graph.gateway import Gateway

    path = Path(store)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder")
    if not writable and not is_store(path):
        raise StoreError(f"{path}: not a Newsgraph store (build one with --store)")
    if writable:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the store's folder ({exc.strerror})") from None
    try:
        gateway = Gateway(port=port or 0, upstream=0, allow_service=allow_service)
    except OSError:
        raise EndpointError(f"port {port} on {HOST} is in use; pick another with --port") from None
    upstream = free_port()
    gateway.upstream = upstream
    try:
        process = subprocess.Popen(
            server_command(path, port=upstream, writable=writable),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
        )
    except OSError as exc:
        gateway.server_close()
        raise EndpointError(f"cannot start the Oxigraph server: {exc}") from None
    server = Server(process=process, port=gateway.port, writable=writable, gateway=gateway)
    try:
        _wait_ready(process, upstream, timeout=timeout)
    except BaseException:
        server.stop()
        raise
    gateway.start()
    return server


def _wait_ready(process: subprocess.Popen[bytes], port: int, *, timeout: float) -> None:
    """Wait until the Oxigraph process answers on ``port``.

    Raises:
        EndpointError: it exited, or did not answer within ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    probe = f"http://{HOST}:{port}/query?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
            first = next((line for line in err.splitlines() if line.strip()), "no message")
            raise EndpointError(f"the Oxigraph server exited: {one_line(first)}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise EndpointError(f"the Oxigraph server did not answer in {timeout:.0f} s")
