"""The extractor registry, the extraction API and the ``newsgraph extract`` interface."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import run_cli

from graph.errors import ExtractorError
from graph.extract import PREDICATES, Extractor, make_extractors, registry
from graph.extract.base import Registry

ROOT = Path(__file__).resolve().parent.parent


def test_builtin_extractors_are_registered_with_their_predicates() -> None:
    assert registry.names() == ["accusations", "agreements", "meetings", "visits"]
    declared = {p for n in registry.names() for p in registry.predicates(n)}
    assert declared == set(PREDICATES)
    for extractor in make_extractors():
        assert isinstance(extractor, Extractor)
        assert extractor.predicates == registry.predicates(extractor.name)


def test_unknown_extractor_lists_the_available_ones() -> None:
    with pytest.raises(ExtractorError, match="available: accusations, agreements, meetings, visits"):
        make_extractors(["nope"])


def test_unknown_predicate_is_refused() -> None:
    with pytest.raises(ExtractorError, match="unknown predicates"):
        Registry().register("x", predicates=("likes",))


def _extract(*args: str, stdin_path: Path) -> list[dict[str, object]]:
    proc = run_cli("extract", str(stdin_path), *args, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_extract_cli_selects_extractors_and_keeps_its_keys(tmp_path: Path) -> None:
    text = "Israel accused Hamas of firing rockets. Putin and Erdogan held talks in Sochi on May 3, 2016."
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": text, "date": "2016-05-04"}) + "\n", encoding="utf-8")
    (line,) = _extract(stdin_path=path)
    triples = line["triples"]
    assert isinstance(triples, list)
    assert {(t["subject"], t["predicate"], t["object"]) for t in triples} == {
        ("Israel", "accused", "Hamas"), ("Putin", "met", "Erdogan")}
    for t in triples:
        assert {"subject", "predicate", "object", "subject_iri", "object_iri", "sentence", "start",
                "end", "date", "confidence"} <= set(t)
        assert text[t["start"] : t["end"]] == t["sentence"]
    met = next(t for t in triples if t["predicate"] == "met")
    assert met["date"] == "2016-05-03"
    (only,) = _extract("--extractor", "meetings", stdin_path=path)
    assert [t["predicate"] for t in only["triples"]] == ["met"]


def test_extract_list_needs_no_paths() -> None:
    proc = run_cli("extract", "--list", cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["accusations\taccused", "agreements\tagreed",
                                        "meetings\tmet", "visits\tvisited"]
    missing = run_cli("extract", cwd=ROOT)
    assert missing.returncode == 2 and "PATHS" in missing.stderr
