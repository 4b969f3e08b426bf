"""The parts the rule extractors share, tested directly on parses by the real model:
graph.extract.spans (name spans), graph.extract.tree (dependency walks) and
graph.extract.clauses (subjects, event owners, event places). Sentences written for these tests.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extract.clauses import event_place, noun_owner, subjects
from graph.extract.spans import entity_span, noun_phrase
from graph.extract.syntax import argument, arguments
from graph.extract.tree import agents, conjuncts, governing_verb, is_passive, light_verb, pobjs
from graph.nlp import load_model


def _parse(text: str) -> Doc:
    return load_model()(text)


def _word(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_entity_span_is_the_whole_name_around_a_token() -> None:
    doc = _parse("Chancellor Olaf Scholz arrived in Vilnius on Monday.")
    span = entity_span(_word(doc, "Scholz"))
    assert span is not None and span.text == "Olaf Scholz"
    assert entity_span(_word(doc, "arrived")) is None


def test_noun_phrase_spans_the_modifiers_of_a_head_noun() -> None:
    doc = _parse("Senior Brazilian negotiators met the delegation.")
    start, end = noun_phrase(_word(doc, "negotiators"))
    assert doc[start:end].text.endswith("Brazilian negotiators")


def test_tree_walks_find_prepositional_objects_agents_and_conjuncts() -> None:
    doc = _parse("The envoy was accused by Ankara and Athens of spying in Cyprus.")
    verb = _word(doc, "accused")
    assert is_passive(verb)
    by = agents(verb)
    assert [t.text for t in by] == ["Ankara"]
    assert [t.text for t in conjuncts(by[0])] == ["Ankara", "Athens"]
    met = _word(_parse("The envoy met them in Nicosia and Limassol."), "met")
    assert [t.text for t in pobjs(met, ("in",))] == ["Nicosia"]
    assert pobjs(met, ("at",)) == []
    assert not is_passive(_parse("Ankara accused the envoy.")[1])


def test_light_verb_is_the_verb_whose_object_carries_the_event() -> None:
    doc = _parse("The two ministers held talks in Doha.")
    talks = _word(doc, "talks")
    verb = light_verb(talks)
    assert verb is not None and verb.text == "held"
    assert light_verb(_word(_parse("The talks ended."), "talks")) is None


def test_subjects_are_inherited_through_open_clauses() -> None:
    doc = _parse("The minister flew to Rome to meet the Pope.")
    assert [t.text for t in subjects(_word(doc, "meet"))] == ["minister"]


def test_subjects_of_a_headline_with_two_names_parted_by_a_comma() -> None:
    doc = _parse("Kenya, Ethiopia agree to reopen border crossing")
    found = subjects(_word(doc, "agree"))
    assert sorted(t.text for t in found) == ["Ethiopia", "Kenya"]


def test_noun_owner_is_the_possessor_or_the_subject_of_the_light_verb() -> None:
    doc = _parse("Macron held talks with Modi.")
    assert [t.text for t in noun_owner(_word(doc, "talks"))] == ["Macron"]
    doc = _parse("Her visit to Lagos was cut short.")
    assert [t.text for t in noun_owner(_word(doc, "visit"))] == ["Her"]


def test_event_place_is_a_named_place_in_an_in_phrase() -> None:
    doc = _parse("Blinken met Wang Yi in Jakarta on Thursday.")
    place = event_place(_word(doc, "met"))
    assert place is not None and place.text == "Jakarta"
    assert event_place(_word(_parse("Blinken met Wang Yi on Thursday."), "met")) is None


def test_arguments_take_coordinated_names_whole() -> None:
    doc = _parse("Brazil and Argentina signed the accord.")
    found = arguments(subjects(_word(doc, "signed")))
    assert [a.text for a in found] == ["Brazil", "Argentina"]
    single = argument(_word(doc, "Brazil"))
    assert single is not None and single.label == "GPE"


def test_entity_spans_drop_an_opening_adverb_and_a_lower_case_of_phrase() -> None:
    doc = _parse("Earlier Gazprom accused Naftogaz of theft.")  # the model's span: "Earlier Gazprom"
    span = entity_span(_word(doc, "Gazprom"))
    assert span is not None and span.text == "Gazprom"
    doc = _parse("Lehman Brothers accused Barclays of fraud.")
    span = entity_span(_word(doc, "Barclays"))
    assert span is not None and span.text == "Barclays"
    assert entity_span(_word(doc, "fraud")) is None
    doc = _parse("The Bank of England met the envoy.")
    span = entity_span(_word(doc, "England"))
    assert span is not None and span.text.endswith("Bank of England")


def test_governing_verb_is_the_first_verb_above_within_the_limit() -> None:
    doc = _parse("Kenya laid the blame for the attack on the rebels.")
    blame = _word(doc, "blame")
    assert governing_verb(blame).text == "laid"
    assert governing_verb(_word(doc, "laid")).text == "laid"
    attack = _word(doc, "attack")  # attack -> for -> blame -> laid
    assert governing_verb(attack, steps=1).text == "for"
    assert governing_verb(attack).text == "laid"
