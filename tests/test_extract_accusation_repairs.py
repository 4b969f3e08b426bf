"""graph.extract.accusation_repairs on sentences written for these tests: accusations read from
word order where the model's tree misleads, and forms that are no accusation."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from graph.extract.accusation_repairs import headline_traders, object_relative, yes_no_question
from graph.nlp import load_model


def _word(text: str, word: str) -> Token:
    doc = load_model()(text)
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Did Moscow accuse Kyiv of staging the attack?", "accuse", True),
    ("Could Beijing blame Washington for the collapse?", "blame", True),
    ("Why did Moscow accuse Kyiv of staging the attack?", "accuse", False),
    ("Moscow accused Kyiv of staging the attack.", "accused", False),
])
def test_yes_no_question(text: str, word: str, expected: bool) -> None:
    assert yes_no_question(_word(text, word)) is expected


def test_object_relative_read_from_word_order() -> None:
    found = object_relative(_word("Myanmar's junta, which rights groups accuse of war crimes, held elections.",
                                  "accuse"))
    assert found is not None
    assert ([a.text for a in found[0]], [a.text for a in found[1]]) == (["rights groups"], ["Myanmar's junta"])


def test_object_relative_needs_the_pronoun_after_a_comma() -> None:
    assert object_relative(_word("Rights groups accuse the junta of war crimes.", "accuse")) is None


def test_headline_traders() -> None:
    assert [a.text for a in headline_traders(_word("Serbia, Kosovo trade blame over border clash", "blame"))] \
        == ["Serbia", "Kosovo"]
    assert headline_traders(_word("The two sides trade blame over the clash", "blame")) == []
