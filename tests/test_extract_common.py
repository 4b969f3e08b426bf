"""The machinery the rule extractors share (graph.extract.common)."""

from __future__ import annotations

from graph.extract import make_extractors
from graph.extract.common import RuleExtractor, trigger_tokens
from graph.nlp import load_model

TEXT = ("Lavrov visited Minsk and met Lukashenko on Tuesday. The two leaders agreed on a plan. "
        "Later he accused the West of meddling; his visits to Brest were cancelled.")


def test_trigger_tokens_are_the_tokens_a_scan_finds_in_order() -> None:
    doc = load_model()(TEXT)
    cache: dict[str, object] = {}
    for extractor in make_extractors():
        assert isinstance(extractor, RuleExtractor)
        triggers = extractor.triggers
        expected = [t for t in doc if t.lower_ in triggers or t.lemma_.lower() in triggers]
        assert expected  # each extractor has a trigger in TEXT
        assert trigger_tokens(doc, triggers, cache) == expected
        assert trigger_tokens(doc, triggers) == expected


def test_a_cache_made_for_one_document_is_not_used_for_another() -> None:
    nlp = load_model()
    cache: dict[str, object] = {}
    first, second = nlp("Lavrov visited Minsk."), nlp("Putin met Xi, then visited Paris.")
    assert [t.text for t in trigger_tokens(first, frozenset({"visit"}), cache)] == ["visited"]
    assert [t.text for t in trigger_tokens(second, frozenset({"visit", "meet"}), cache)] == ["met", "visited"]


def test_quoted_sentences_are_exactly_the_text_between_their_offsets() -> None:
    """Field probe offsets.jsonl: a trailing newline, a headline before the first paragraph."""
    from extract_helpers import mentions

    text = ("Headline here\n\nPolish President Andrzej Duda met Lithuanian President Gitanas "
            "Nauseda in Vilnius on Friday.\n\nLater, Nauseda visited Riga.\n")
    ms = mentions(text, date="2024-03-08")
    assert len(ms) == 2
    for m in ms:
        assert text[m.start:m.end] == m.sentence
        assert "Headline" not in m.sentence and not m.sentence.endswith("\n")
