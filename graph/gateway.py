"""The HTTP gateway in front of the Oxigraph server: what reaches the store is checked first.

``newsgraph serve`` runs Oxigraph on a private loopback port and this gateway on the public
one (127.0.0.1 too). It forwards every request unchanged, except that it refuses (HTTP 403):

- a request whose ``Host`` header is not this server (``127.0.0.1:PORT`` or ``localhost:PORT``):
  a web page in the user's browser cannot reach the endpoint through a DNS name rebound to
  127.0.0.1;
- a query or update that uses ``SERVICE``, unless the server was started with
  ``allow_service``: ``SERVICE <http://host/...>`` makes the server send requests to any host
  (a request-forgery route into the user's network). The keyword is looked for outside string
  literals, IRIs and comments, after SPARQL's ``\\u`` escapes are decoded.
"""

from __future__ import annotations

import http.client
import re
import threading
import urllib.parse
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: Headers that belong to one connection and are never forwarded (RFC 9110, section 7.6.1).
HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-connection", "te", "trailer",
                        "transfer-encoding", "upgrade", "proxy-authorization", "proxy-authenticate"})
#: Largest request body accepted, in bytes (a push sends one article graph per request).
MAX_BODY_BYTES = 512 * 1024 * 1024
_CHUNK = 1 << 16

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'
    r"|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|(?<![\w:?$])SERVICE(?![\w:])",
    re.IGNORECASE | re.DOTALL,
)


def uses_service(sparql: str) -> bool:
    """Whether the SPARQL query or update ``sparql`` uses the ``SERVICE`` keyword (outside
    strings, IRIs and comments, after ``\\uXXXX``/``\\UXXXXXXXX`` escapes are decoded)."""

    def char(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code < 0x110000 else ""

    text = _ESCAPE.sub(char, sparql)
    return any(m.group().upper() == "SERVICE" for m in _TOKENS.finditer(text))


def _sparql_texts(path: str, content_type: str, body: bytes) -> list[str]:
    """Every query or update a request carries: ``query``/``update`` URL parameters, form
    fields, or a ``application/sparql-query``/``-update`` body."""
    query = urllib.parse.urlsplit(path).query
    params = urllib.parse.parse_qs(query, keep_blank_values=True)
    texts = params.get("query", []) + params.get("update", [])
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        texts += form.get("query", []) + form.get("update", [])
    elif kind in ("application/sparql-query", "application/sparql-update"):
        texts.append(body.decode("utf-8", "replace"))
    return texts


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Gateway(ThreadingHTTPServer):
    """A threaded HTTP server on ``127.0.0.1:port`` forwarding to ``127.0.0.1:upstream``."""

    daemon_threads = True
    # a port left in TIME_WAIT by the last run's clients can be bound again at once (Linux still
    # refuses a port another server listens on: "in use")
    allow_reuse_address = True

    def __init__(self, *, port: int, upstream: int, allow_service: bool = False) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.upstream = upstream
        self.allow_service = allow_service
        self.port = int(self.server_address[1])
        self._thread: threading.Thread | None = None

    def allowed_host(self, host: str | None) -> bool:
        """Whether a ``Host`` header names this server (loopback name and this port)."""
        if not host:
            return False
        name, _, port = host.strip().rpartition(":")
        if not name or not port.isdigit():  # no port: only the default one
            name, port = host.strip(), "80"
        return name.lower() in ("127.0.0.1", "localhost", "[::1]") and int(port) == self.port

    def start(self) -> None:
        """Serve in a background (daemon) thread."""
        self._thread = threading.Thread(target=self.serve_forever, name="newsgraph-gateway",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: Gateway
    protocol_version = "HTTP/1.0"  # one request per connection: simple and enough here
    server_version = "newsgraph-gateway"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts: list[bytes] = []
            total = 0
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():  # trailers
                        pass
                    return b"".join(parts)
                total += size
                if total > MAX_BODY_BYTES:
                    raise _Refused(413, "request body too large")
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > MAX_BODY_BYTES:
            raise _Refused(413, "request body too large")
        return self.rfile.read(length) if length else b""

    def _refuse(self, status: int, message: str) -> None:
        data = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _forward(self) -> None:
        try:
            if not self.server.allowed_host(self.headers.get("Host")):
                raise _Refused(403, "forbidden: the Host header does not name this server "
                                    f"(127.0.0.1:{self.server.port} or localhost:{self.server.port})")
            body = self._body()
            if not self.server.allow_service and any(
                uses_service(t) for t in _sparql_texts(self.path, self.headers.get("Content-Type", ""), body)
            ):
                raise _Refused(403, "forbidden: SERVICE (federated queries) is disabled on this "
                                    "server; start it with --allow-service to allow it")
        except _Refused as refused:
            self._refuse(refused.status, str(refused))
            return
        except (ValueError, OSError):
            self._refuse(400, "bad request")
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP | {"host"}}
        headers["Host"] = f"127.0.0.1:{self.server.upstream}"
        if body or self.command in ("POST", "PUT"):
            headers["Content-Length"] = str(len(body))
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream)
        try:
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            response = upstream.getresponse()
        except (OSError, http.client.HTTPException):
            upstream.close()
            self._refuse(502, "bad gateway: the Oxigraph server did not answer")
            return
        try:
            self.send_response_only(response.status, response.reason)
            reply: Message = response.msg
            for key, value in reply.items():
                if key.lower() not in HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("Connection", "close")
            self.end_headers()
            while chunk := response.read(_CHUNK):
                self.wfile.write(chunk)
        except (OSError, http.client.HTTPException):
            self.close_connection = True
        finally:
            upstream.close()

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = _forward
