"""SHACL: every build conforms; broken graphs are caught."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from clirun import run_cli
from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SDO

from graph.namespaces import NG
from graph.pipeline import BuildResult
from graph.rdf import union_graph
from graph.validate import validate_graph

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=ROOT)


def test_seeds_build_conforms(seeds_build: BuildResult) -> None:
    result = validate_graph(seeds_build.dataset)
    assert result.conforms, result.text
    assert result.violations == 0


def first_event(g: Graph, cls: URIRef) -> URIRef:
    e = next(g.subjects(predicate=None, object=cls))
    assert isinstance(e, URIRef)
    return e


def test_missing_sentence_and_bad_confidence_are_violations(seeds_build: BuildResult) -> None:
    g = union_graph(seeds_build.dataset)
    e = first_event(g, NG.Mention)
    g.remove((e, NG.sentence, None))
    g.set((e, NG.confidence, Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
    result = validate_graph(g)
    assert not result.conforms and result.violations >= 2
    assert str(e) in result.text


def test_direct_triple_without_event_is_a_violation(seeds_build: BuildResult) -> None:
    g = union_graph(seeds_build.dataset)
    a, b = URIRef("https://example.org/a"), URIRef("https://w3id.org/newsgraph/id/person/x")
    g.add((a, NG.accused, b))
    result = validate_graph(g)
    assert not result.conforms
    assert "no event node" in result.text


def test_one_meeting_reported_each_way_round_conforms(tmp_path: Path) -> None:
    """Two mentions of one meeting, the second written the other way round ("Modi told a
    joint news conference with the Japanese leader"), are one event with one actor: the
    reverse direct triple of a symmetric relation is backed by it; a directed one is not."""
    import json

    from graph.pipeline import build_graph

    text = ("Japanese Prime Minister Sanae Takaichi met Narendra Modi in New Delhi on Monday. "
            '"Japan is India\'s most trusted partner," Modi told a joint news conference with the Japanese leader.')
    (tmp_path / "m.jsonl").write_text(json.dumps({"id": "m1", "date": "2026-03-02", "text": text}) + "\n")
    built = build_graph([tmp_path / "m.jsonl"])
    g = union_graph(built.dataset)
    met = {(str(s), str(o)) for s, o in g.subject_objects(NG.met)}
    assert len(met) == 2 and {(b, a) for a, b in met} == met  # both directions, one event
    assert len(set(g.subjects(RDF.type, NG.Meeting))) == 1
    result = validate_graph(g)
    assert result.conforms, result.text
    a, b = next(iter(met))
    g.add((URIRef(b), NG.accused, URIRef(a)))
    g.add((URIRef(a), NG.accused, URIRef(b)))
    assert validate_graph(g).violations >= 1


def test_cli(seeds_out: Path, tmp_path: Path) -> None:
    ok = run("validate", str(seeds_out / "graph.ttl"))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "conforms" in ok.stdout
    g = Graph().parse(seeds_out / "graph.ttl")
    e = first_event(g, NG.Visit)
    g.remove((e, NG.place, None))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    proc = run("validate", str(bad))
    assert proc.returncode == 1 and "violation" in proc.stderr
    assert "ng:place" in proc.stdout or "place" in proc.stdout
    assert "holds no triples" not in ok.stderr
    (tmp_path / "empty.ttl").write_text("", encoding="utf-8")
    empty = run("validate", str(tmp_path / "empty.ttl"))  # conforms vacuously, and says so
    assert empty.returncode == 0 and "holds no triples" in empty.stderr


def test_empty_dataset_conforms() -> None:
    result = validate_graph(Dataset())
    assert result.conforms and result.triples == 0


@pytest.mark.parametrize(("predicate", "value", "datatype"), [
    ("date", "2024-13-45", "date"),  # issue 14: an ill-typed article date passed
    ("date", "yesterday", "gYear"),
    ("date", "2024-13", "gYearMonth"),
    ("event-date", "20x4", "gYear"),
    ("event-date", "2024-02-30", "date"),
    ("confidence", "high", "decimal"),
    ("startOffset", "twelve", "integer"),
    ("url", "not a url", "integer"),
    ("title", "12", "integer"),
])
def test_ill_typed_literals_are_violations(seeds_build: BuildResult, predicate: str, value: str,
                                           datatype: str) -> None:
    g = union_graph(seeds_build.dataset)
    literal = Literal(value, datatype=XSD[datatype])
    if predicate in ("date", "url", "title"):
        a = next(g.subjects(RDF.type, NG.Article))
        path = {"date": DCTERMS.date, "url": SDO.url, "title": DCTERMS.title}[predicate]
        g.set((a, path, literal))
        target = a
    else:
        target = first_event(g, NG.Meeting if predicate == "event-date" else NG.Mention)
        g.set((target, NG.date if predicate == "event-date" else NG[predicate], literal))
    result = validate_graph(g)
    assert not result.conforms, (predicate, value)
    assert str(target) in result.text


def test_events_and_mentions_must_agree(seeds_build: BuildResult) -> None:
    """A wrong count, an event without mentions and a mention without its event are caught."""
    g = union_graph(seeds_build.dataset)
    meeting = first_event(g, NG.Meeting)
    g.set((meeting, NG.mentionCount, Literal(7)))
    result = validate_graph(g)
    assert not result.conforms and "counts disagree" in result.text and str(meeting) in result.text
    g = union_graph(seeds_build.dataset)
    mention = next(iter(g.subjects(NG.mentionOf, meeting)))
    g.remove((None, NG.mentionOf, meeting))
    result = validate_graph(g)
    assert not result.conforms and "at least one ng:Mention" in result.text
    assert "exactly one ng:Event" in result.text and str(mention) in result.text
    g = union_graph(seeds_build.dataset)
    summary = next(iter(g.subjects(NG.summaryOf, NG.met)))
    g.set((summary, NG.eventCount, Literal(9)))
    result = validate_graph(g)
    assert not result.conforms and "key summary's counts disagree" in result.text


def test_an_ill_typed_literal_is_a_violation_line_not_a_traceback(seeds_out: Path, tmp_path: Path) -> None:
    g = Graph().parse(seeds_out / "graph.ttl")
    a = next(g.subjects(RDF.type, NG.Article))
    g.set((a, DCTERMS.date, Literal("2024-13-45", datatype=XSD.date)))
    bad = tmp_path / "bad-date.ttl"
    g.serialize(bad, format="turtle")
    proc = run("validate", str(bad))
    assert proc.returncode == 1 and "violation" in proc.stderr
    assert "Traceback" not in proc.stderr  # rdflib's log of the literal is kept quiet (a new user's finding)
