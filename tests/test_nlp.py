"""Parsing: long texts in bounded pieces, giving one Doc of the whole text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.nlp import PIECE_CHARS, load_model, parse_texts, pieces


@pytest.mark.parametrize("text", [
    "short",
    ("Para one. Second sentence here.\n\n" * 800),
    ("one sentence. " * 3000),
    ("word " * 5000),
    ("x" * 25_001),
])
def test_pieces_are_bounded_and_give_back_the_text(text: str) -> None:
    parts = pieces(text, limit=1000)
    assert "".join(parts) == text
    assert all(0 < len(p) <= 1000 for p in parts)
    if "\n\n" in text:
        assert all(p.endswith("\n\n") for p in parts)  # cut at paragraph breaks
    elif ". " in text:
        assert all(p.endswith(". ") for p in parts)


@pytest.fixture
def small_max_length() -> Iterator[int]:
    """spaCy's length limit lowered (and restored) so that a refused text stays small."""
    nlp = load_model()
    saved = nlp.max_length
    nlp.max_length = 3 * PIECE_CHARS
    try:
        yield nlp.max_length
    finally:
        nlp.max_length = saved


@pytest.mark.slow  # parses 140,000 characters (pieces() is checked fast above)
def test_a_text_beyond_spacys_limit_is_parsed_in_pieces_into_one_doc(small_max_length: int) -> None:
    para = "Joe Biden met Olaf Scholz in Berlin on Monday. Emmanuel Macron visited Kyiv.\n\n"
    long_text = para * (small_max_length // len(para) + 1000) + "x" * 30_000  # and no spaces at all
    short = "Narendra Modi visited Tokyo."
    docs = list(parse_texts(load_model(), [short, long_text, short]))
    assert [d.text for d in docs] == [short, long_text, short]
    doc = docs[1]
    ents = [e for e in doc.ents if e.text == "Olaf Scholz"]
    assert len(ents) > 1000
    assert all(long_text[e.start_char:e.end_char] == "Olaf Scholz" for e in ents)
    sents = list(doc.sents)
    assert all(len(s.text) <= PIECE_CHARS for s in sents)
    assert sum(1 for s in sents if s.text.startswith("Emmanuel Macron visited Kyiv")) > 1000
