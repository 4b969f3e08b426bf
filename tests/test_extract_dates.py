"""Dates of relations, normalised against the article's date."""

from __future__ import annotations

import pytest
from extract_helpers import mentions

from graph.extract.dates import normalise, relative_day


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("On April 15, Lavrov traveled to Brest.", "2023-06-20", "2023-04-15"),
    ("Lavrov traveled to Brest in October 2020.", "2023-06-20", "2020-10"),
    ("Lavrov traveled to Brest on Tuesday.", "2023-06-22", "2023-06-20"),
    ("Lavrov traveled to Brest today.", "2023-06-22", "2023-06-22"),
    # undated, reported as news: the month of publication; in the perfect it may lie further back
    ("Lavrov traveled to Brest.", "2023-06-22", "2023-06"),
    ("Lavrov has traveled to Brest.", "2023-06-22", "2023-06"),
    ("Lavrov had traveled to Brest.", "2023-06-22", None),
    ("Lavrov has often traveled to Brest.", "2023-06-22", None),
    ("Lavrov traveled to Brest.", None, None),
    # a month without a year is the latest one not after the article (issue 11, kind 9)
    ("Lavrov traveled to Brest in November.", "2024-03-02", "2023-11"),
    ("Lavrov traveled to Brest in February.", "2024-03-02", "2024-02"),
    ("Lavrov traveled to Brest on December 30.", "2024-01-03", "2023-12-30"),
    ("Lavrov traveled to Brest last month.", "2024-01-03", "2023-12"),
    ("Lavrov traveled to Brest last year.", "2024-01-03", "2023"),
    ("Lavrov traveled to Brest yesterday.", "2024-01-03", "2024-01-02"),
    ("Lavrov traveled to Brest last Wednesday.", "2024-01-03", "2023-12-27"),
])
def test_relation_dates(text: str, date: str | None, expected: str | None) -> None:
    (m,) = mentions(text, date=date)
    assert m.date == expected


def test_that_year_refers_back_to_the_last_year_mentioned() -> None:
    """The seed article's "his visit to Sevastopol on May 9 that year" after "in 2009"."""
    text = ("Historically, Naryshkin has publicly discussed moments tied to Sevastopol in 2009, "
            "indicating a long-standing perspective on regional security and sovereignty. He has "
            "described his visit to Sevastopol on May 9 that year, noting a parade.")
    (m,) = [m for m in mentions(text, date="2025-04-20") if m.sentence.startswith("He")]
    assert (m.subject.text, m.object.text, m.date) == ("Naryshkin", "Sevastopol", "2009-05-09")


def test_normalise_forms() -> None:
    assert normalise("Jan. 17, 2017", year=None) == "2017-01-17"
    assert normalise("22 February 1972", year=None) == "1972-02-22"
    assert normalise("April 15", year=None) is None  # no year known: no guess
    assert relative_day("Monday", "not a date") is None


def test_date_for_with_a_per_document_cache_gives_what_it_gives_without() -> None:
    """The cache (the extraction context's) only saves work: same dates for every token, and a
    cache made for one document is not used for another."""
    from graph.extract.dates import date_for
    from graph.nlp import load_model

    nlp = load_model()
    texts = [
        ("In 2009 Naryshkin went to Sevastopol. On May 9 that year he visited the city again. "
         "Lavrov traveled to Brest on Tuesday, and in October 2020 he toured Minsk."),
        "On April 15, Lavrov traveled to Brest. The 1988 cease-fire held until Monday.",
    ]
    cache: dict[str, object] = {}
    found = set()
    for text in texts:
        doc = nlp(text)
        for token in doc:
            for article_date in ("2023-06-22", None):
                expected = date_for(token, token.sent, article_date=article_date)
                assert date_for(token, token.sent, article_date=article_date, cache=cache) == expected
                found.add(expected)
    assert {"2009-05-09", "2020-10", "2023-06-20", "2023-04-15"} <= found


def test_a_time_clause_is_not_dated_by_its_main_clause() -> None:
    text = ("On Monday, the label issued a statement after Swift publicly scolded it, accusing "
            "the company of blocking her songs.")
    (m,) = [m for m in mentions(text, date="2019-11-18") if m.predicate == "accused"]
    assert m.date != "2019-11-18"


def test_a_relative_clause_takes_the_date_of_its_noun() -> None:
    text = "Peru accused Chile of breaching the 1990 treaty under which both sides agreed to share water."
    (m,) = [m for m in mentions(text, date="2024-03-02") if m.predicate == "agreed"]
    assert m.date == "1990"


def test_a_day_no_calendar_has_gives_no_date() -> None:
    from extract_helpers import mentions

    found = mentions("CAIRO, February 30, 2025 - Egyptian President Abdel Fattah al-Sisi met Jordan's "
                     "King Abdullah II in Cairo.")
    assert found and all(m.date is None or not m.date.startswith("2025-02-3") for m in found)
