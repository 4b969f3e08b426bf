"""Pages of named queries: checked limit/offset values written into the page marker line."""

from __future__ import annotations

import pytest

from graph.errors import QueryError
from graph.paging import (
    MAX_PAGE_VALUE,
    PAGE_MARKER,
    Page,
    PageInfo,
    is_paged,
    page_value,
    with_page,
)

TEXT = f"""SELECT ?e WHERE {{
  {{ SELECT ?e WHERE {{ ?e ?p ?o }} ORDER BY ?e
    {PAGE_MARKER}
  }}
}}
"""


@pytest.mark.parametrize(("value", "want"), [("0", 0), ("7", 7), ("0100", 100),
                                             (str(MAX_PAGE_VALUE), MAX_PAGE_VALUE)])
def test_page_values(value: str, want: int) -> None:
    assert page_value("limit", value) == want


@pytest.mark.parametrize("value", ["-1", "", " 1", "1 ", "+1", "1.0", "1e2", "0x10", "1_0", "١٢",
                                   str(MAX_PAGE_VALUE + 1), "1 OFFSET 5", "1 } } DROP ALL #"])
def test_bad_page_values(value: str) -> None:
    with pytest.raises(QueryError, match="--param offset takes a whole number >= 0"):
        page_value("offset", value)


def test_page_clause_and_marker() -> None:
    assert Page(limit=100, offset=0).clause == "LIMIT 100"
    assert Page(limit=10, offset=20).clause == "LIMIT 10 OFFSET 20"
    assert Page(limit=0, offset=20).clause == "OFFSET 20"
    assert Page(limit=0, offset=0).clause == ""
    assert is_paged(TEXT) and not is_paged(TEXT.replace(PAGE_MARKER, ""))
    paged = with_page(TEXT, Page(limit=5, offset=10))
    assert "    LIMIT 5 OFFSET 10\n" in paged and PAGE_MARKER not in paged
    assert with_page(TEXT, Page(limit=0, offset=0)) == TEXT.replace(f"    {PAGE_MARKER}\n", "\n")
    for bad in (-1, True, 1.5, "3", MAX_PAGE_VALUE + 1):
        with pytest.raises(QueryError, match="whole number"):
            Page(limit=bad, offset=0)  # type: ignore[arg-type]
    with pytest.raises(QueryError, match="once, not 0 times"):
        with_page("SELECT * WHERE { ?s ?p ?o }", Page(limit=1, offset=0))
    with pytest.raises(QueryError, match="once, not 2 times"):
        with_page(TEXT + PAGE_MARKER + "\n", Page(limit=1, offset=0))


def test_page_notes() -> None:
    def note(limit: int, offset: int, shown: int, total: int) -> str | None:
        return PageInfo(name="dossier", page=Page(limit=limit, offset=offset), shown=shown,
                        total=total, unit="events", order="newest first").note()

    assert note(100, 0, 100, 2722) == ("dossier: showing 100 of 2,722 events (newest first); "
                                       "--param limit=0 for all")
    assert note(100, 100, 100, 2722).startswith("dossier: showing 101-200 of 2,722 events")
    assert note(100, 3000, 0, 2722).startswith("dossier: showing none (offset 3,000) of 2,722")
    assert note(100, 0, 29, 29) is None and note(0, 0, 2722, 2722) is None
    # every row from an offset: what shows all is offset=0 (a new user's finding: it said limit=0)
    assert note(0, 1, 2, 3) == "dossier: showing 2-3 of 3 events (newest first); --param offset=0 for all"
    assert PageInfo(name="q", page=Page(limit=1, offset=0), shown=1, total=2).note() == (
        "q: showing 1 of 2 rows; --param limit=0 for all")
