"""A progress bar for builds: articles done, articles per second, and how many were skipped.

It draws on stderr with rich, only when asked (``newsgraph build --progress``, or by default when
stderr is a terminal). It refreshes from the caller's thread, never from a background thread, so
starting worker processes (fork) under it is safe.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator, Sized
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

T = TypeVar("T")

#: Seconds between two redraws.
REFRESH_EVERY = 0.25


def wanted(flag: bool | None) -> bool:
    """Whether to show progress: ``flag`` when given, else whether stderr is a terminal."""
    return sys.stderr.isatty() if flag is None else flag


def track(
    items: Iterable[T],
    *,
    skipped: Sized,
    total: int | None = None,
    console: Console | None = None,
    description: str = "building",
) -> Iterator[T]:
    """Yield ``items`` unchanged while showing how many went by, their rate and ``len(skipped)``.

    ``skipped`` is read at each redraw (e.g. the list a reader appends its problems to).
    """
    console = console or Console(stderr=True)
    columns = (
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,} articles"),
        TextColumn("{task.fields[rate]} articles/s"),
        TextColumn("{task.fields[skipped]} skipped"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, auto_refresh=False, transient=False) as bar:
        task = bar.add_task(description, total=total, rate="-", skipped=0)
        start = last = time.perf_counter()
        done = 0
        for item in items:
            yield item
            done += 1
            now = time.perf_counter()
            if now - last >= REFRESH_EVERY:
                last = now
                bar.update(task, completed=done, rate=f"{done / (now - start):,.1f}",
                           skipped=len(skipped))
                bar.refresh()
        elapsed = max(time.perf_counter() - start, 1e-9)
        bar.update(task, completed=done, total=done, rate=f"{done / elapsed:,.1f}",
                   skipped=len(skipped))
        bar.refresh()
