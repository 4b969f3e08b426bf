"""``newsgraph serve``."""

from __future__ import annotations

import signal
from types import FrameType

import click

from graph.cli import cli


def _stop_on(signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


@cli.command()
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="The store folder to serve (from build --store).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates and Graph Store writes (default: read-only).")
@click.option("--allow-service", is_flag=True,
              help="Allow SERVICE (federated queries to other endpoints; refused by default, as "
                   "they let anyone who can query make the server call any host).")
def serve(store_dir: str, port: int, writable: bool, allow_service: bool) -> None:
    """Serve a store as a SPARQL 1.1 endpoint on 127.0.0.1 until Ctrl-C (or SIGTERM).

    Queries at /query, updates at /update (refused unless --writable), the Graph Store
    Protocol at /store. The default graph is the union of all article graphs. Requests whose
    Host header is not this server are refused, and so is SERVICE unless --allow-service.
    """
    # SIGTERM and SIGHUP stop the server like Ctrl-C: the Oxigraph process goes with it and the
    # store's lock is released.
    from graph.server import start_server

    previous = {sig: signal.signal(sig, _stop_on) for sig in (signal.SIGTERM, signal.SIGHUP)}
    server = None
    try:
        server = start_server(store_dir, port=port or None, writable=writable,
                              allow_service=allow_service)
        mode = "read-write" if writable else "read-only"
        click.echo(f"serving {store_dir} ({mode}) at {server.query_url} (updates: "
                   f"{server.update_url}); Ctrl-C stops", err=True)
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
