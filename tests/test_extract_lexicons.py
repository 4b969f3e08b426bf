"""The WordNet-derived noun classes: shipped files equal what make_lexicons derives, and the
classes hold what the extractors rely on."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract.data import make_lexicons
from graph.extract.lexicon import (
    is_agent_noun,
    is_place_noun,
    is_source_noun,
    is_sport_word,
    is_vehicle_noun,
    wordnet_class,
)

WORDNET = Path("/usr/share/wordnet")
DATA = Path(make_lexicons.__file__).parent


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(),
                    reason="Debian's wordnet-base is not installed (.ci/run installs it)")
@pytest.mark.slow  # reads all of WordNet's nouns
def test_shipped_lists_are_what_wordnet_gives() -> None:
    for name, words in make_lexicons.classes(WORDNET).items():
        shipped = (DATA / f"{name}.txt").read_text(encoding="utf-8").split()
        assert shipped == words, name


@pytest.mark.parametrize(("check", "word", "expected"), [
    (is_agent_noun, "regulator", True), (is_agent_noun, "analyst", True),
    (is_agent_noun, "junta", True), (is_agent_noun, "meeting", False),
    (is_agent_noun, "tragedy", False), (is_agent_noun, "body", False),
    (is_place_noun, "hospital", True), (is_place_noun, "island", True),
    (is_place_noun, "top", False), (is_place_noun, "polls", False),
    (is_source_noun, "report", True), (is_source_noun, "resolution", True),
    (is_sport_word, "semifinal", True), (is_sport_word, "final", True),
    (is_sport_word, "election", False), (is_sport_word, "race", False),
    (is_vehicle_noun, "warship", True), (is_vehicle_noun, "vessels", True),
])
def test_classes(check, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert check(word) is expected


def test_the_licence_travels_with_the_lists() -> None:
    assert "Princeton University" in (DATA / "WORDNET-LICENSE").read_text(encoding="utf-8")
    assert len(wordnet_class("agent_nouns")) > 10_000
