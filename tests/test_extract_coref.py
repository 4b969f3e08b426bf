"""Pronouns and descriptions resolve, within an article, to the named actor; confidence drops."""

from __future__ import annotations

import pytest
from extract_helpers import mentions

ARTICLE = (
    "Belarusian President Aleksandr Lukashenko received Russian Foreign Minister Sergei Lavrov in "
    "Minsk on Tuesday. On April 15, Lavrov traveled to Brest. He had met local officials there in "
    "October 2020. The Russian minister also accused Poland of meddling. The Belarusian leader "
    "accused Lithuania of harbouring extremists."
)


def _by_object(obj: str) -> list:
    return [m for m in mentions(ARTICLE, date="2023-06-20") if m.object.text == obj]


def test_pronoun_resolves_to_nearest_person_with_lower_confidence() -> None:
    (m,) = _by_object("local officials")
    assert m.predicate == "met"
    assert m.subject.text == "Sergei Lavrov" and m.subject.via == "pronoun"
    (named,) = _by_object("Brest")
    assert named.subject.via == "name"
    assert m.confidence < named.confidence


def test_description_resolves_by_title_and_nationality() -> None:
    (m,) = _by_object("Poland")
    assert (m.predicate, m.subject.text, m.subject.via) == ("accused", "Sergei Lavrov", "description")
    (m,) = _by_object("Lithuania")
    assert (m.subject.text, m.subject.via) == ("Aleksandr Lukashenko", "description")


def test_the_svr_chief_is_the_director_of_the_svr() -> None:
    """The issue's own example, from the seed article 001 (Realist English)."""
    text = ("On April 15, Sergey Naryshkin, Director of Russia\u2019s Foreign Intelligence Service (SVR), "
            "visited Belarus. The SVR chief accused Warsaw of preparing provocations.")
    (m,) = [m for m in mentions(text) if m.predicate == "accused"]
    assert (m.subject.text, m.subject.via, m.object.text) == ("Sergey Naryshkin", "description", "Warsaw")


def test_unresolvable_description_stays_as_written() -> None:
    """voa-2017.01.28.3696450_2: no earlier king is named, so "the king" stays."""
    text = ("A White House statement said Trump asked for the king's support for safe zones, and that "
            "the king agreed")
    (m,) = mentions(text)
    assert {m.subject.text, m.object.text} == {"king", "Trump"}


@pytest.mark.parametrize(("text", "expected"), [
    (("The Indian prime minister, on his first visit to Israel, was welcomed by Netanyahu at the "
      "airport."), ("visited", "Indian prime minister", "Israel")),
    ("Following his talks with Putin, Erdogan said relations were back on track.",
     ("met", "Erdogan", "Putin")),
])
def test_possessive_in_a_modifier_refers_to_the_clause_subject(text: str, expected: tuple[str, ...]) -> None:
    found = [m for m in mentions(text) if m.subject.via == "pronoun"]
    assert [(m.predicate, m.subject.text, m.object.text) for m in found] == [expected]


def test_possessive_prefers_the_person_who_is_the_clause_subject() -> None:
    text = ("U.S. Secretary of State Rex Tillerson arrived in Moscow on Tuesday. Tillerson later met "
            "President Vladimir Putin at the Kremlin. The secretary of state had visited Italy before "
            "his trip to Russia.")
    visits = {(m.subject.text, m.subject.via, m.object.text) for m in mentions(text)
              if m.predicate == "visited" and m.object.text in ("Italy", "Russia")}
    assert visits == {("Rex Tillerson", "description", "Italy"), ("Rex Tillerson", "pronoun", "Russia")}


def test_pronoun_without_antecedent_gives_nothing() -> None:
    assert mentions("He was received by King Salman in Riyadh.") == []


def test_mentions_carry_sentence_offsets() -> None:
    for m in mentions(ARTICLE):
        assert ARTICLE[m.start : m.end].strip() == m.sentence
        assert m.subject.start < m.subject.end
