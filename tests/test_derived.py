"""The derived events graph: syndicated copies and restatements count once as events, their
sources counted; a store kept incrementally holds exactly what a plain build computes."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from rdflib import RDF, Dataset, Literal

from graph.eventcoref import EVENTS_GRAPH
from graph.namespaces import NG
from graph.pipeline import build_graph
from graph.query import rows_as_dicts, run_named
from graph.rdf import article_iri, date_literal
from graph.store import store_snapshot

FIELD = Path(__file__).resolve().parent.parent.parent / "shared" / "field" / "syndicated.jsonl"
WIRE = ("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on "
        "Friday to discuss air defence, the two leaders' offices said in a joint statement. The "
        "talks covered the deployment of additional Patriot batteries along the border, the "
        "purchase of ammunition from South Korea and a joint exercise planned for the summer near "
        "the Suwalki gap, which both governments regard as the most exposed stretch of NATO's "
        "eastern flank. Nauseda said the alliance summit in Washington would have to agree on "
        "more money for air defence, and Duda invited him to Warsaw in May.")
#: Written for these tests: one wire story carried by two outlets (one copy edited a little),
#: a restatement of the same meeting a day later, a second meeting a week later, and an
#: unrelated visit.
OWN = [
    {"id": "wire-a", "date": "2024-03-01", "source": "Outlet A", "text": WIRE},
    {"id": "wire-b", "date": "2024-03-01", "source": "Outlet B",
     "text": WIRE.replace("additional", "more") + " Reporting by Anna Kowalska."},
    {"id": "recap", "date": "2024-03-02", "source": "Outlet C",
     "text": "Andrzej Duda met Gitanas Nauseda on Friday, the Polish president's office said."},
    {"id": "later", "date": "2024-03-08", "source": "Outlet A",
     "text": "Andrzej Duda met Gitanas Nauseda in Warsaw on Friday."},
    {"id": "visit", "date": "2024-03-05", "text": "Emmanuel Macron visited Kyiv on Tuesday."},
]


def write(path: Path, items: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    return path


def events_of(ds: Dataset) -> set[tuple[object, object, object]]:
    """The events graph of a dataset, strings as simple literals (stores type them)."""
    from graph.incremental import _plain

    return {(s, p, _plain(o)) for s, p, o in ds.graph(EVENTS_GRAPH)}


def meetings(ds: Dataset) -> list[dict[str, str]]:
    g = ds.graph(EVENTS_GRAPH)
    out = []
    for e in g.subjects(RDF.type, NG.Meeting):
        out.append({k: str(g.value(e, p)) for k, p in (
            ("date", NG.date), ("mentions", NG.mentionCount), ("articles", NG.articleCount),
            ("sources", NG.sourceCount), ("first", NG.firstReport))})
    return sorted(out, key=lambda r: r["date"])


@pytest.mark.skipif(not FIELD.is_file(), reason="../shared/field is not here")
def test_field_probe_gives_two_meetings_with_their_reports_counted(tmp_path: Path) -> None:
    """Two copies of one wire story and a restatement: 2 meetings, not 4."""
    for ds in (build_graph([FIELD]).dataset,
               (build_graph([FIELD], store=tmp_path / "s"), store_snapshot(tmp_path / "s"))[1]):
        found = meetings(ds)
        assert [(r["date"], r["mentions"], r["articles"], r["sources"]) for r in found] == [
            ("2024-03-01", "2", "2", "1"),   # the two copies: one source
            ("2024-03-08", "2", "1", "1")]   # the restating article, its two sentences
        pair = [r for r in rows_as_dicts(run_named(ds, "who-met-whom"))
                if {r["actor1"], r["actor2"]} == {"Andrzej Duda", "Gitanas Nauseda"}]
        assert [(r["meetings"], r["mentions"], r["articles"], r["sources"]) for r in pair] == [
            ("2", "4", "3", "2")]


def test_own_articles_count_events_articles_and_sources(tmp_path: Path) -> None:
    ds = build_graph([write(tmp_path / "own.jsonl", OWN)]).dataset
    found = meetings(ds)
    assert [(r["date"], r["mentions"], r["articles"], r["sources"]) for r in found] == [
        ("2024-03-01", "3", "3", "2"),  # wire-a and its edited copy count once, the recap apart
        ("2024-03-08", "1", "1", "1")]
    wire_a = article_iri(SimpleNamespace(id="wire-a"))  # type: ignore[arg-type]
    assert found[0]["first"] == str(wire_a)  # same day: the first by id
    syndicated = list(ds.graph(EVENTS_GRAPH).subject_objects(NG.syndicatedFrom))
    assert syndicated == [(syndicated[0][0], wire_a)] and len(syndicated) == 1
    visits = [e for e in ds.graph(EVENTS_GRAPH).subjects(RDF.type, NG.Visit)]
    assert len(visits) == 1
    assert (visits[0], NG.sourceCount, Literal(1)) in ds.graph(EVENTS_GRAPH)


def test_events_from_the_added_triples_are_those_read_back_from_the_dataset(tmp_path: Path) -> None:
    """A plain build computes the events graph from the triples it adds
    (:func:`graph.derived.triples_events`), not by reading its dataset back: the same triples as
    :func:`graph.derived.dataset_events` of that dataset, whatever their order or repeats."""
    from graph.derived import dataset_events, triples_events

    ds = build_graph([write(tmp_path / "own.jsonl", OWN)]).dataset
    without = Dataset(default_union=True)
    triples = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        if name != EVENTS_GRAPH:
            without.graph(name).add((s, p, o))
            triples.append((s, p, o))
    expected = dataset_events(without)
    assert len(expected) > 20 and any(p == NG.syndicatedFrom for _s, p, _o in expected)
    assert set(ds.graph(EVENTS_GRAPH)) == expected
    assert triples_events(triples[::-1] + triples[: len(triples) // 2]) == expected
    # a mention given a second date (two values): both read it the same way (the least)
    mention = next(s for s, p, o in triples if p == RDF.type and o == NG.Mention)
    extra = (mention, NG.date, date_literal("2000-01-01"))
    without.graph(EVENTS_GRAPH).add(extra)  # any graph: both read the union
    assert triples_events([*triples, extra]) == dataset_events(without) != expected


@pytest.mark.slow
def test_store_in_any_order_and_batching_holds_the_plain_build_events(tmp_path: Path) -> None:
    plain = events_of(build_graph([write(tmp_path / "all.jsonl", OWN)]).dataset)
    assert len(plain) > 20
    for name, order in (("reverse", OWN[::-1]), ("shuffled", [OWN[2], OWN[0], OWN[4], OWN[1], OWN[3]])):
        store = tmp_path / name
        for i, item in enumerate(order):  # one build per article
            build_graph([write(tmp_path / f"{name}{i}.jsonl", [item])], store=store)
        assert events_of(store_snapshot(store)) == plain, name
    store = tmp_path / "batches"
    build_graph([write(tmp_path / "b1.jsonl", OWN[3:])], store=store)
    build_graph([write(tmp_path / "b2.jsonl", OWN[:3])], store=store)
    assert events_of(store_snapshot(store)) == plain


def test_replacing_an_article_recounts_its_events(tmp_path: Path) -> None:
    src = write(tmp_path / "a.jsonl", OWN[:2])
    store = tmp_path / "s"
    build_graph([src], store=store)
    assert [(r["mentions"], r["sources"]) for r in meetings(store_snapshot(store))] == [("2", "1")]
    # the copy rewritten: no longer near-identical, and its meeting moved a week on
    changed = dict(OWN[1], text="Andrzej Duda met Gitanas Nauseda in Riga on 8 March 2024.")
    build_graph([write(tmp_path / "a.jsonl", [OWN[0], changed])], store=store)
    snap = store_snapshot(store)
    assert [(r["date"], r["mentions"], r["sources"]) for r in meetings(snap)] == [
        ("2024-03-01", "1", "1"), ("2024-03-08", "1", "1")]
    assert not list(snap.graph(EVENTS_GRAPH).subject_objects(NG.syndicatedFrom))
    assert events_of(snap) == events_of(build_graph([tmp_path / "a.jsonl"]).dataset)


def test_outlet_names_are_folded_before_sources_are_counted() -> None:
    from graph.derived import _info

    spellings = ["Reuters", "reuters ", "REUTERS", "Reuters."]
    assert len({_info("a", "a", None, "a", s).origin for s in spellings}) == 1
    assert _info("a", "a", None, "a", "AP").origin != _info("a", "a", None, "a", "AFP").origin
