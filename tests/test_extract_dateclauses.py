"""Direct tests of graph/extract/dateclauses.py (which clause a date belongs to) on real parses of
sentences written for them."""

from __future__ import annotations

from graph.extract.dateclauses import clause_rank, in_other_clause, time_clause
from graph.nlp import load_model


def _parse(text: str):  # type: ignore[no-untyped-def]
    return load_model()(text)


def _ent(doc, text: str):  # type: ignore[no-untyped-def]
    return next(e for e in doc.ents if e.text == text)


def test_a_who_clause_keeps_its_date() -> None:
    doc = _parse("Envoy Karl Weiss, who arrived in Seoul on Monday, met Minister Kim Ji-ho on Wednesday.")
    met = next(t for t in doc if t.text == "met")
    assert in_other_clause(_ent(doc, "Monday"), met)
    assert not in_other_clause(_ent(doc, "Wednesday"), met)


def test_a_since_clause_keeps_its_date() -> None:
    doc = _parse("It is her second trip to Chile since she took office in January 2021.")
    trip = next(t for t in doc if t.text == "trip")
    assert in_other_clause(_ent(doc, "January 2021"), trip)


def test_the_triggers_own_verb_ranks_first() -> None:
    doc = _parse("Minister Tomas Greco arrived in Lisbon on March 4 and met President Ana Costa two days later.")
    met = next(t for t in doc if t.text == "met")
    assert clause_rank(_ent(doc, "two days later"), met) == 0
    assert clause_rank(_ent(doc, "March 4"), met) == 1  # the verb "met" is coordinated with


def test_a_trigger_inside_an_after_clause() -> None:
    doc = _parse("Hale met Ono on Wednesday, a day after arriving in Tokyo.")
    arriving = next(t for t in doc if t.text == "arriving")
    assert time_clause(arriving) is arriving
    assert time_clause(next(t for t in doc if t.text == "met")) is None
