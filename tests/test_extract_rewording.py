"""Rewordings for the second reading (graph.extract.rewording): the character maps of edited
sentences and the verb forms the rewordings make. Sentences are written for these tests; the
rewordings at work on whole sentences are tested in tests/test_extract_reparse.py."""

from __future__ import annotations

import pytest

from graph.extract import make_extractors
from graph.extract.rewording import apply_edits, clean_edits, headline_edits, past_tense


def _triggers() -> frozenset[str]:
    return frozenset(w for e in make_extractors() for w in getattr(e, "triggers", ()))


def test_a_variant_maps_each_character_back() -> None:
    text = "XX FILE - A (R) met theTamil Tigers \u201ctoday\u201d."
    a, r, t = text.index("A"), text.index(" (R)"), text.index("Tamil")
    q1, q2 = text.index("\u201c"), text.index("\u201d")
    v = apply_edits(text, (3, len(text)), [(3, a, ""), (r, r + 4, ""), (t, t, " "),
                                          (q1, q1 + 1, '"'), (q2, q2 + 1, '"')])
    assert v.text == 'A met the Tamil Tigers "today".'
    at = v.text.index("Tamil Tigers")
    start, end = v.span(at, at + len("Tamil Tigers"))
    assert text[start:end] == "Tamil Tigers"
    q = v.text.index('"today"')
    start, end = v.span(q, q + len('"today"'))
    assert text[start:end] == "\u201ctoday\u201d"
    assert v.unit == (3, len(text))


def test_past_tense_of_the_relation_verbs() -> None:
    assert [past_tense(v) for v in ("greet", "meet", "hug", "ratify", "arrive", "visit", "stop",
                                    "shake", "tour")] == [
        "greeted", "met", "hugged", "ratified", "arrived", "visited", "stopped", "shook", "toured"]


@pytest.mark.parametrize(("text", "cleaned"), [
    ("Sen. Bernie Sanders, I-Vt., right, arrives for a breakfast meeting.",
     "Sen. Bernie Sanders arrives for a breakfast meeting."),
    ("President Ana Ruiz, third from right, and Premier Li Wei, left, sit down to dinner.",
     "President Ana Ruiz and Premier Li Wei sit down to dinner."),
    ("FILE - Prime Minister Oskar Lind (R) greets President Maria Costa (pictured) in Riga.",
     "Prime Minister Oskar Lind greets President Maria Costa in Riga."),
    # a single word in brackets is a name's gloss, kept
    ("The Palestine Liberation Organization (PLO) met the envoy.",
     "The Palestine Liberation Organization (PLO) met the envoy."),
    ("The army blamed theTamil Tigers.", "The army blamed the Tamil Tigers."),
    ("Meeting in Warsaw, A and B said they agreed.",
     "While meeting in Warsaw, A and B said they agreed."),
    ("According to the Times, A met B.", "According to the Times, A met B."),
])
def test_clean_edits(text: str, cleaned: str) -> None:
    variant = apply_edits(text, (0, len(text)), clean_edits(text, 0, len(text), 0, _triggers()))
    assert variant.text == cleaned
    for i, ch in enumerate(variant.text):  # a character kept one for one is the same letter
        if variant.ends[i] - variant.starts[i] == 1:
            assert text[variant.starts[i]].lower() == ch.lower()


@pytest.mark.parametrize(("text", "recased"), [
    ("Putin Meets Erdogan in Sochi Amid Tensions Over Syria",
     "Putin meets Erdogan in Sochi amid Tensions over Syria"),
    ("Modi Visits Washington as Trade Talks Stall", "Modi visits Washington as Trade talks Stall"),
    # running text, and headlines in capitals (read elsewhere), are left as they are
    ("Putin met Erdogan in Sochi on Monday amid tensions over Syria", None),
    ("PUTIN MEETS ERDOGAN IN SOCHI", None),
])
def test_headline_edits(text: str, recased: str | None) -> None:
    edits = headline_edits(text, 0, len(text), _triggers())
    if recased is None:
        assert edits == []
    else:
        assert apply_edits(text, (0, len(text)), edits).text == recased
