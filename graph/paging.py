"""Pages of a named query's rows: the ``limit`` and ``offset`` parameters.

A named query pages when its header declares both parameters, with their defaults, and its text
holds the page marker line (:data:`PAGE_MARKER`, a SPARQL comment, so the file stays a valid
query returning every row)::

    # param: limit=100  Rows shown; 0 shows every row
    # param: offset=0  Rows skipped before the page
    ...
    { SELECT ?e ... WHERE { ... } ORDER BY ...
      # LIMIT ?limit OFFSET ?offset
    }

SPARQL's ``LIMIT`` and ``OFFSET`` take integer literals, not variables, so these two values
cannot be bound like the other parameters (:mod:`graph.binding`). They are instead checked to be
non-negative integers, digits only (:func:`page_value`), and only then written, as Python
integers, in place of the marker line (:func:`with_page`): a value that is not such a number is
refused, never written into the query. ``limit=0`` means every row (no ``LIMIT`` at all).

Where the page sits decides what it saves: the shipped ``dossier`` pages a subquery that reads
only what the order needs (each event's class and date), and reads the shown values after it,
for the page's rows only. Its ``<name>.total.rq`` counts the rows of every page
(:class:`PageInfo`), to tell the analyst when a page is not everything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graph.errors import QueryError

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib import Dataset, Graph
    from rdflib.query import Result

#: The parameters a paged query declares.
PAGE_PARAMS = ("limit", "offset")
#: The line of a paged query's text that :func:`with_page` replaces (a comment in the file).
PAGE_MARKER = "# LIMIT ?limit OFFSET ?offset"
#: A paged query ``<name>.rq``'s companion ``<name>.total.rq`` counts the rows of all its pages.
TOTAL_SUFFIX = ".total.rq"
#: The largest limit or offset accepted (Oxigraph and rdflib both take a 64-bit integer).
MAX_PAGE_VALUE = 2**63 - 1

_DIGITS = re.compile(r"[0-9]+")


def page_value(name: str, value: str) -> int:
    """``value`` of the page parameter ``name`` as an integer: digits only, 0 to
    :data:`MAX_PAGE_VALUE` (no sign, space, underscore or exponent).

    Raises:
        QueryError: anything else (a usage error on the command line, exit code 2).
    """
    if _DIGITS.fullmatch(value) is None or int(value) > MAX_PAGE_VALUE:
        raise QueryError(f"--param {name} takes a whole number >= 0, not {value!r}"
                         + (" (0 shows every row)" if name == "limit" else ""))
    return int(value)


@dataclass(frozen=True)
class Page:
    """A page: at most ``limit`` rows (``0``: every row) after skipping ``offset`` rows."""

    limit: int
    offset: int

    def __post_init__(self) -> None:
        for name in PAGE_PARAMS:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_PAGE_VALUE:
                raise QueryError(f"page {name} must be a whole number >= 0, not {value!r}")

    @property
    def clause(self) -> str:
        """The solution modifiers of the page (``""`` for every row)."""
        parts = []
        if self.limit:
            parts.append(f"LIMIT {int(self.limit)}")
        if self.offset:
            parts.append(f"OFFSET {int(self.offset)}")
        return " ".join(parts)


def is_paged(text: str) -> bool:
    """Whether ``text`` holds the page marker line."""
    return any(line.strip() == PAGE_MARKER for line in text.splitlines())


def with_page(text: str, page: Page) -> str:
    """``text`` with its page marker line replaced by ``page``'s ``LIMIT``/``OFFSET``.

    Raises:
        QueryError: ``text`` does not hold the marker line exactly once.
    """
    lines = text.splitlines(keepends=True)
    at = [i for i, line in enumerate(lines) if line.strip() == PAGE_MARKER]
    if len(at) != 1:
        raise QueryError(f"a paged query holds the line {PAGE_MARKER!r} once, not {len(at)} times")
    line = lines[at[0]]
    indent = line[: len(line) - len(line.lstrip())]
    lines[at[0]] = f"{indent}{page.clause}\n" if page.clause else "\n"
    return "".join(lines)


@dataclass(frozen=True)
class PageInfo:
    """How a page of a named query relates to all its rows.

    ``shown``: rows on the page; ``total``: rows on every page together; ``unit``: what a row
    is (``"events"``, the name of the total query's count variable); ``order``: the rows' order
    in words (the query's ``# order:`` header line)."""

    name: str
    page: Page
    shown: int
    total: int
    unit: str = "rows"
    order: str = ""

    @property
    def complete(self) -> bool:
        """Whether the page holds every row."""
        return self.shown >= self.total

    def note(self) -> str | None:
        """One line for the analyst when the page is not everything, else ``None``: e.g.
        ``dossier: showing 100 of 2,722 events (newest first); --param limit=0 for all``."""
        if self.complete:
            return None
        if self.shown and self.page.offset:
            which = f"{self.page.offset + 1:,}-{self.page.offset + self.shown:,}"
        elif self.page.offset:
            which = f"none (offset {self.page.offset:,})"
        else:
            which = f"{self.shown:,}"
        order = f" ({self.order})" if self.order else ""
        rest = "--param offset=0" if not self.page.limit else "--param limit=0"  # what shows all
        return f"{self.name}: showing {which} of {self.total:,} {self.unit}{order}; {rest} for all"


def count_named(graph: Graph | Dataset | ox.Store, name: str,
                params: Mapping[str, str] | None = None) -> int:
    """How many rows every page of the paged named query ``name`` holds together for
    ``params`` (its ``<name>.total.rq``, run with the same bindings; the page parameters are
    checked but do not count).

    Raises:
        QueryError: as :func:`graph.query.run_named`, or ``name`` has no total query.
    """
    from graph.query import named_query, run_query

    q = named_query(name)
    if q.total is None:
        raise QueryError(f"query {name!r} has no {name}{TOTAL_SUFFIX} to count its rows")
    row = next(iter(run_query(graph, q.total, bindings=q.bindings(params or {}))), None)
    return 0 if row is None or row[0] is None else int(str(row[0]))  # type: ignore[index]


@dataclass(frozen=True)
class NamedResult:
    """A named query's result and, for a paged query, how its page relates to every row."""

    result: Result
    info: PageInfo | None


def run_named_page(graph: Graph | Dataset | ox.Store, name: str,
                   params: Mapping[str, str] | None = None) -> NamedResult:
    """:func:`graph.query.run_named`, and for a paged query the :class:`PageInfo` of its page
    (``info.note()`` says when the page is not everything). The total is counted
    (:func:`count_named`, one more query) only when the page may not be everything: a full
    page, or an offset; a short first page is all there is.

    Raises:
        QueryError: as :func:`graph.query.run_named`.
    """
    from graph.query import named_query, run_named

    q = named_query(name)
    values = params or {}
    result = run_named(graph, name, values)
    page = q.page(values)
    if page is None or q.total is None:
        return NamedResult(result, None)
    shown = len(result)
    complete = page.offset == 0 and (page.limit == 0 or shown < page.limit)
    total = shown if complete else count_named(graph, name, values)
    return NamedResult(result, PageInfo(name=name, page=page, shown=shown, total=total,
                                        unit=_unit(q.total), order=q.order))


def _unit(total_text: str) -> str:
    """The name of a total query's count variable (``(COUNT(...) AS ?events)``: ``events``)."""
    m = re.search(r"\bAS\s+[?$](\w+)\s*\)", total_text, re.IGNORECASE)
    return m.group(1) if m else "rows"
