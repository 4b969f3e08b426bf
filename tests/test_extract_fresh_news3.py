"""Families of extraction defects left by the fresh-news probes 4 and 5 and found by a third
probe (issue 11): each is fixed as a general mechanism. Every sentence is written for these
tests; none is copied from a probe or a dev set."""

from __future__ import annotations

import pytest
from extract_helpers import triple, triples


# --- the accused is an actor: a class of people in general is no one named ---------------------
@pytest.mark.parametrize("text", [
    "The wildlife service blamed the ambush on poachers.",
    "The governor blamed smugglers for the fuel shortage.",
    "The minister blamed \"greedy traders and their middlemen\" for the rise in bread prices.",
])
def test_a_class_of_people_is_not_accused(text: str) -> None:
    assert triples(text, predicate="accused") == set()


@pytest.mark.parametrize(("text", "accused"), [
    ("The wildlife service blamed the ambush on Kenya-based poachers.", "Kenya-based poachers"),
    ("The governor blamed the smugglers for the fuel shortage.", "smugglers"),
    ("The governor blamed three smugglers for the fuel shortage.", "three smugglers"),
    ("The governor blamed police for the fuel shortage.", "police"),
    ("The governor blamed rebels for the fuel shortage.", "rebels"),
    ("The governor blamed border guards for the fuel shortage.", "border guards"),
    ("The mayor blamed traders who hoarded fuel for the shortage.", "traders"),
])
def test_singled_out_or_institutional_accused_are_kept(text: str, accused: str) -> None:
    found = {o for _, _, o in triples(text, predicate="accused")}
    assert accused in found


def test_a_group_of_unnamed_people_is_no_meeting_party() -> None:
    found = triples("Okafor, Mensah and a small team of engineers then met twice in Tamale.",
                    predicate="met")
    assert found == {triple("met", "Mensah", "Okafor")}


def test_a_side_or_an_official_body_still_meets() -> None:
    assert triple("met", "Okafor", "diplomats") in triples(
        "Okafor met diplomats and soldiers in Tamale.", predicate="met")


def test_described_people_meeting_on_their_own_still_meet() -> None:
    assert triple("met", "Fishermen", "governor") in triples("Fishermen met the governor in Tamale.",
                                                               predicate="met")
