"""Datelines opening wire stories (graph/dateline.py)."""

from __future__ import annotations

import pytest

from graph.dateline import Dateline, parse_dateline


@pytest.mark.parametrize(
    ("text", "place", "region", "date", "agency", "body"),
    [
        ("CAIRO, March 4, 2025 - Egypt said", "Cairo", None, "2025-03-04", None, "Egypt said"),
        ("MOSCOW, April 13 (Reuters) - Russia said", "Moscow", None, "2025-04-13", "Reuters",
         "Russia said"),
        ("HANOI, Vietnam (AP) — The talks", "Hanoi", "Vietnam", None, "AP", "The talks"),
        ("WASHINGTON — The president", "Washington", None, None, None, "The president"),
        ("MINSK (Realist English). On April 15, Sergey", "Minsk", None, None, "Realist English",
         "On April 15, Sergey"),
        ("NEW YORK, N.Y., Jan. 5, 2024 -- Talks", "New York", "N.Y.", "2024-01-05", None, "Talks"),
        ("Cairo, 4 March 2025 – Talks", "Cairo", None, "2025-03-04", None, "Talks"),
        ("KYIV, Ukraine, Sept. 3 (AFP) - Talks", "Kyiv", "Ukraine", "2025-09-03", "AFP", "Talks"),
        ("\n# A title\n\nST. PETERSBURG, Russia, Dec. 31 (AP) — Talks", "St. Petersburg", "Russia",
         "2025-12-31", "AP", "Talks"),
        ("SÃO PAULO, Brazil — Talks", "São Paulo", "Brazil", None, None, "Talks"),
    ],
)
def test_datelines_are_parsed(text: str, place: str, region: str | None, date: str | None,
                              agency: str | None, body: str) -> None:
    found = parse_dateline(text, published="2025-12-31")
    assert isinstance(found, Dateline)
    assert (found.place, found.region, found.date, found.agency) == (place, region, date, agency)
    assert text[found.body_start:] == body
    assert text[found.start:].startswith(found.text)


@pytest.mark.parametrize("text", [
    "The director of Russia's Foreign Intelligence Service - x",
    "Lukashenko - said nothing",
    "US - Russia talks resume",
    "NATO - Russia council",
    "Cairo - the city",  # a title-case place needs a date or an agency
    "Sergei Naryshkin arrived in Minsk on April 15.",
    "",
    "   \n\n",
])
def test_text_without_a_dateline_gives_none(text: str) -> None:
    assert parse_dateline(text, published="2025-01-01") is None


def test_year_comes_from_the_publication_date() -> None:
    assert parse_dateline("MOSCOW, April 13 (Reuters) - x", published="2025-06-01").date == "2025-04-13"
    # a story of Dec. 31 published on Jan. 2 is of the year before
    assert parse_dateline("MOSCOW, Dec. 31 (AP) - x", published="2025-01-02").date == "2024-12-31"
    assert parse_dateline("MOSCOW, Jan. 2 (AP) - x", published="2025-01-01").date == "2025-01-02"
    # no year and no publication date: the place stays, the date is unknown
    found = parse_dateline("MOSCOW, April 13 (Reuters) - x")
    assert found is not None and found.place == "Moscow" and found.date is None
    # an explicit year wins over the publication date
    assert parse_dateline("CAIRO, March 4, 2019 - x", published="2025-06-01").date == "2019-03-04"


def test_impossible_dates_and_odd_publication_dates_do_not_raise() -> None:
    assert parse_dateline("MOSCOW, Feb. 30 (AP) - x", published="2025-01-01").date is None
    assert parse_dateline("MOSCOW, April 13 (AP) - x", published="2024").date == "2024-04-13"
    assert parse_dateline("MOSCOW, April 13 (AP) - x", published="not a date").date is None
