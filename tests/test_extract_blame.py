"""graph.extract.blame on sentences written for these tests: who states a clause, whether
"responsible for" names a fault or a duty, and who lays the blame on whom."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from graph.extract.blame import according_to, culpable_for, responsibility_pair
from graph.nlp import load_model


def _word(text: str, word: str) -> Token:
    doc = load_model()(text)
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(("text", "expected"), [
    ("The UN said the army was responsible for most of the deaths.", True),
    ("The rebels were responsible for the attack on the convoy.", True),
    ("The agency was responsible for security at the summit.", False),
    ("The army was responsible for guarding the border.", False),
    ("The Americans are all responsible.", True),
])
def test_culpable_for(text: str, expected: bool) -> None:
    assert culpable_for(_word(text, "responsible")) is expected


def test_according_to_gives_the_source() -> None:
    token = _word("According to Amnesty International, the militia was behind the massacre.", "was")
    assert [a.text for a in according_to(token)] == ["Amnesty International"]


def test_responsibility_pair_reported_and_headline() -> None:
    accusers, accused = responsibility_pair(
        _word("The Somali government said al-Shabab was responsible for the hotel siege.", "responsible"))
    assert ([a.text for a in accusers], [a.text for a in accused]) == (["Somali government"], ["al-Shabab"])
    accusers, accused = responsibility_pair(_word("Iraq says Syria responsible for Baghdad bombings", "responsible"))
    assert ([a.text for a in accusers], [a.text for a in accused]) == (["Iraq"], ["Syria"])


def test_responsibility_pair_negated_gives_nothing() -> None:
    assert responsibility_pair(
        _word("The ministry said Iran was not responsible for the attack.", "responsible")) == ([], [])
