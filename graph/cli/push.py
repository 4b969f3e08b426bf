"""``newsgraph push``."""

from __future__ import annotations

import os

import click

from graph.cli import cli


@cli.command()
@click.argument("source", type=click.Path())
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph), "
                   "http://host:3030/dataset/data (Fuseki).")
@click.option("--user", default=None, help="User for HTTP basic auth; the password is read from "
                                           "the NEWSGRAPH_PASSWORD environment variable (asked "
                                           "for on a terminal when it is not set).")
@click.option("--timeout", type=click.FloatRange(min=1), default=60, show_default=True,
              help="Seconds to wait for each request.")
def push(source: str, endpoint: str, user: str | None, timeout: float) -> None:
    """Load SOURCE (a graph file or a store folder) into a SPARQL 1.1 Graph Store endpoint.

    Each article graph is PUT under its own name, replacing the graph of that name at the
    endpoint: pushing twice leaves the same data.
    """
    from graph.push import push as push_graph
    from graph.push import redact_unparsable

    auth = (user, _password(user)) if user else None
    report = push_graph(source, endpoint, auth=auth, timeout=timeout)
    click.echo(f"pushed {report.graphs} graph(s), {report.triples} triple(s) to "
               f"{redact_unparsable(endpoint)}", err=True)


def _password(user: str) -> str:
    """The password for ``user``: ``NEWSGRAPH_PASSWORD``; when that is not set, asked for
    (hidden) on a terminal, else empty with a warning on stderr (a push from a script must not
    wait for input)."""
    password = os.environ.get("NEWSGRAPH_PASSWORD")
    if password is not None:
        return password
    import sys

    if sys.stdin.isatty():
        return str(click.prompt(f"Password for {user}", hide_input=True, default="",
                                show_default=False, err=True))
    click.echo(f"warning: --user {user} given but NEWSGRAPH_PASSWORD is not set: "
               "sending an empty password", err=True)
    return ""
