"""The persons an article names, as antecedents (graph.extract.antecedents), on parses by the
real model. Sentences written for these tests."""

from __future__ import annotations

from graph.extract.antecedents import PERSONS_CACHE_KEY, persons
from graph.nlp import load_model


def test_persons_carry_the_words_that_describe_them_and_are_cached() -> None:
    doc = load_model()("Latvian Foreign Minister Ilze Berzina met Kenyan President William Ruto in Riga. "
                       "Berzina later visited Nairobi.")
    found = persons(doc)
    names = [span.text for span, _ in found]
    assert "Ilze Berzina" in names and "William Ruto" in names
    ruto = next(words for span, words in found if span.text == "William Ruto")
    assert "president" in ruto
    assert names.index("Ilze Berzina") < names.index("William Ruto")  # in text order
    assert doc.user_data[PERSONS_CACHE_KEY] is found or doc.user_data[PERSONS_CACHE_KEY] == found


def test_a_name_in_an_institution_modifier_is_no_antecedent() -> None:
    doc = load_model()("The Obama administration accused Tehran of cheating.")
    assert all(span.text != "Obama" for span, _ in persons(doc))


def test_named_capital_is_the_capital_named_before() -> None:
    from graph.extract.antecedents import named_capital
    from graph.nlp import load_model

    doc = load_model()("Rees arrived in Kyiv on Monday. He toured the Ukrainian capital.")
    capital = next(t for t in doc if t.text == "capital")
    found = named_capital(capital)
    assert found is not None and found.text == "Kyiv" and found.via == "description"


def test_named_capital_needs_a_country_and_a_name_before() -> None:
    from graph.extract.antecedents import named_capital
    from graph.nlp import load_model

    doc = load_model()("Rees arrived in Lviv on Monday. He toured the Ukrainian capital and the capital.")
    capitals = [t for t in doc if t.text == "capital"]
    assert [named_capital(t) for t in capitals] == [None, None]
