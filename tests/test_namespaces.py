"""graph/namespaces.py is generated from the ontology and matches it."""

from __future__ import annotations

from rdflib import Graph, URIRef

from graph import vocab_gen
from graph.namespaces import NG


def test_generated_module_is_up_to_date() -> None:
    expected = vocab_gen.render(vocab_gen.load_ontology())
    assert vocab_gen.NAMESPACES_FILE.read_text(encoding="utf-8") == expected
    assert vocab_gen.main(["--check"]) == 0


def test_ng_class_has_exactly_the_ontology_terms() -> None:
    terms = {n for names in vocab_gen.ontology_terms(vocab_gen.load_ontology()).values() for n in names}
    declared = set(NG.__annotations__)
    assert declared == terms
    for name in terms:
        assert NG[name] == URIRef(vocab_gen.NG_IRI + name)


def test_check_detects_a_stale_module(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stale = tmp_path / "namespaces.py"
    stale.write_text(vocab_gen.render(Graph()), encoding="utf-8")
    monkeypatch.setattr(vocab_gen, "NAMESPACES_FILE", stale)
    assert vocab_gen.main(["--check"]) == 1
    assert vocab_gen.main([]) == 0
    assert "contentHash: URIRef" in stale.read_text(encoding="utf-8")
