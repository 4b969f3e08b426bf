"""Run the ``newsgraph`` command line inside the test process.

A test about what a command prints, exits with or writes (not about the process itself: signals,
start-up imports, a real terminal) runs it through :func:`run_cli`, which calls
:func:`graph.cli.main` under click's :class:`~click.testing.CliRunner` isolation: stdin, stdout and
stderr are in-memory pipes (not terminals, as under ``subprocess.run(capture_output=True)``), the
environment and the working folder are set for the call and restored after it. It saves a fresh
interpreter per call (about 1 s of imports, and the spaCy model loaded again: 3-5 s).

An exception that escapes :func:`graph.cli.main` is reported as the interpreter would report it:
exit code 1 and a ``Traceback`` on stderr (tests assert there is none).
"""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, overload

from click.testing import CliRunner


@overload
def run_cli(*args: str, input: str | bytes | None = ..., cwd: Path | str | None = ...,
            env: Mapping[str, str] | None = ..., text: Literal[True] = ...,
            ) -> subprocess.CompletedProcess[str]: ...


@overload
def run_cli(*args: str, input: str | bytes | None = ..., cwd: Path | str | None = ...,
            env: Mapping[str, str] | None = ..., text: Literal[False],
            ) -> subprocess.CompletedProcess[bytes]: ...


def run_cli(*args: str, input: str | bytes | None = None, cwd: Path | str | None = None,
            env: Mapping[str, str] | None = None, text: bool = True,
            ) -> subprocess.CompletedProcess[str] | subprocess.CompletedProcess[bytes]:
    """``newsgraph ARGS`` in this process: a :class:`subprocess.CompletedProcess` with its exit
    code and its stdout and stderr (UTF-8 text, or bytes with ``text=False``). ``env``, when given,
    is the whole environment of the call (as for :func:`subprocess.run`); ``input`` is stdin."""
    from graph.cli import main

    overrides: dict[str, str | None] | None = None
    if env is not None:
        overrides = {name: None for name in os.environ if name not in env}
        overrides.update(env)
    here = os.getcwd()
    with CliRunner().isolation(input=input, env=overrides) as (out, err, _mixed):
        try:
            if cwd is not None:
                os.chdir(cwd)
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except KeyboardInterrupt:
                raise
            except BaseException:  # noqa: BLE001 - what the interpreter would print and exit with
                sys.stderr.write(traceback.format_exc())
                code = 1
        finally:
            os.chdir(here)
            sys.stdout.flush()
            sys.stderr.flush()
        stdout, stderr = out.getvalue(), err.getvalue()
    argv = ["newsgraph", *args]
    if text:
        return subprocess.CompletedProcess(argv, code, stdout.decode("utf-8"),
                                           stderr.decode("utf-8"))
    return subprocess.CompletedProcess(argv, code, stdout, stderr)
