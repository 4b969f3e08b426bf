"""Options several commands share."""

from __future__ import annotations

import click


def window_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--since``/``--until``: a real YYYY, YYYY-MM or YYYY-MM-DD (else a usage error, exit 2)."""
    if value is None:
        return None
    import datetime as dt

    from graph.sanitize import check_date

    why = check_date(value, today=dt.date(9999, 1, 1))  # a window may end in the future
    if why is not None or "T" in value:
        raise click.BadParameter(f"{value!r} is not a date YYYY[-MM[-DD]]")
    return value
