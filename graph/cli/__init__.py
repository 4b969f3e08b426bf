"""The ``newsgraph`` command line: a thin layer over the Python API.

Each command lives in its own module under :mod:`graph.cli` and registers itself on :data:`cli`.
"""

from __future__ import annotations

import sys

import click

from graph.errors import NewsgraphError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def cli() -> None:
    """Newsgraph: build a knowledge graph of who visited, met, agreed with and accused whom."""


def _register() -> None:
    """Import every module of this package: each adds its own commands to :data:`cli`."""
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``newsgraph`` console script; returns the exit code."""
    import logging

    # rdflib logs a traceback for each ill-typed literal it reads ("2024-13-45"^^xsd:date);
    # `validate` reports them as violations, in one line each
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    _register()
    try:
        code = cli.main(args=argv, prog_name="newsgraph", standalone_mode=False)
        # Without standalone mode click *returns* the code of a raised Exit (e.g. 3, skipped).
        if isinstance(code, int) and not isinstance(code, bool):
            return code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.Abort:
        click.echo("newsgraph: aborted", err=True)
        return 130
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "newsgraph"
        click.echo(f"{command}: error: {exc.format_message()} (see --help)", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"newsgraph: error: {exc.format_message()}", err=True)
        return exc.exit_code
    except NewsgraphError as exc:
        from graph.terminal import one_line

        click.echo(f"newsgraph: error: {one_line(str(exc))}", err=True)
        return 1
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
