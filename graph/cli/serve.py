"""``newsgraph serve``."""

from __future__ import annotations

import click

from graph.cli import cli


@cli.command()
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False),
              help="The store folder to serve (from build --store).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--writable", is_flag=True,
              help="Accept SPARQL updates and Graph Store writes (default: read-only).")
def serve(store_dir: str, port: int, writable: bool) -> None:
    """Serve a store as a SPARQL 1.1 endpoint on 127.0.0.1 until Ctrl-C.

    Queries at /query, updates at /update (refused unless --writable), the Graph Store
    Protocol at /store. The default graph is the union of all article graphs.
    """
    from graph.server import start_server

    server = start_server(store_dir, port=port or None, writable=writable)
    mode = "read-write" if writable else "read-only"
    click.echo(f"serving {store_dir} ({mode}) at {server.query_url} (updates: {server.update_url}); "
               "Ctrl-C stops", err=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
