"""Removing articles from a store leaves what a store built without them holds."""

from __future__ import annotations

import subprocess
from pathlib import Path

from clirun import run_cli
from rdflib import RDFS, SKOS, Dataset, URIRef

from graph.eventcoref import EVENTS_GRAPH
from graph.origins import ORIGINS_FILE
from graph.pipeline import build_graph
from graph.rdf import ENTITIES_GRAPH
from graph.removal import remove_articles
from graph.store import store_snapshot
from tests.test_derived import OWN, events_of, meetings, write

ROOT = Path(__file__).resolve().parent.parent
#: Descriptions are joined across articles, so what a removed article added to an entity others
#: still name stays (documented in graph.removal): compare without these.
_JOINED = {SKOS.altLabel, SKOS.editorialNote, RDFS.label}


def _articles(ds: Dataset) -> dict[URIRef, set[object]]:
    return {g.identifier: set(g) for g in ds.graphs()  # type: ignore[misc]
            if g.identifier not in (ENTITIES_GRAPH, EVENTS_GRAPH) and len(g)}


def _entities(ds: Dataset) -> set[object]:
    return {(s, p, o) for s, p, o in ds.graph(ENTITIES_GRAPH) if p not in _JOINED}


def test_removing_an_article_gives_the_store_built_without_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build_graph([write(tmp_path / "all.jsonl", OWN)], store=store)
    before = store_snapshot(store)
    assert {m["articles"] for m in meetings(before)} == {"3", "1"}  # wire-a, wire-b, recap

    report = remove_articles(store, [" wire-b ", "visit", "no-such-id", "visit"])
    assert report.removed == ["wire-b", "visit"] and report.unknown == ["no-such-id"]
    assert report.entities_removed >= 2  # Emmanuel Macron and Kyiv: no article names them now
    rest = [x for x in OWN if x["id"] not in {"wire-b", "visit"}]
    fresh = tmp_path / "fresh"
    build_graph([write(tmp_path / "rest.jsonl", rest)], store=fresh)
    got, want = store_snapshot(store), store_snapshot(fresh)
    assert _articles(got) == _articles(want)
    assert events_of(got) == events_of(want)  # recounted: the copy and its source are gone
    assert sorted(m["articles"] for m in meetings(got)) == ["1", "2"]
    assert _entities(got) == _entities(want)
    assert not any("Macron" in str(o) for o in got.graph(ENTITIES_GRAPH).objects(None, RDFS.label))

    # built again, it comes back as it was: nothing of it was left behind to confuse the hash
    build_graph([write(tmp_path / "back.jsonl", [x for x in OWN if x["id"] in {"wire-b", "visit"}])],
                store=store)
    again = store_snapshot(store)
    assert _articles(again) == _articles(before) and events_of(again) == events_of(before)


def test_a_removed_file_article_can_come_back_from_another_file(tmp_path: Path) -> None:
    store = tmp_path / "store"
    for outlet in ("a", "b"):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "story.txt").write_text(f"Emmanuel Macron visited Kyiv. ({outlet})",
                                                     encoding="utf-8")
    build_graph([tmp_path / "a"], store=store)
    assert "story" in (store / ORIGINS_FILE).read_text(encoding="utf-8")
    assert remove_articles(store, ["story"]).removed == ["story"]
    assert "story" not in (store / ORIGINS_FILE).read_text(encoding="utf-8")
    assert not _articles(store_snapshot(store))
    result = build_graph([tmp_path / "b"], store=store)  # not refused as "another file"
    assert not result.problems and result.articles == 1


def test_cli_lists_unknown_ids_and_exits_3(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build_graph([write(tmp_path / "all.jsonl", OWN)], store=store)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli("remove", *args, cwd=ROOT)

    ok = run(str(store), "recap")
    assert ok.returncode == 0, ok.stderr
    assert "removed 1 article(s)" in ok.stderr
    partly = run(str(store), "later", "nope")
    assert partly.returncode == 3 and "not in the store: 'nope'" in partly.stderr
    assert "removed 1 article(s)" in partly.stderr
    hinted = run(str(store), "visit.txt")
    assert hinted.returncode == 3 and "name without the extension: 'visit'" in hinted.stderr
    piped = run_cli("remove", str(store), "-", cwd=ROOT,
                    input="  wire-b \n\n")  # ids on standard input, cleaned as a build cleans them
    assert piped.returncode == 0 and "removed 1 article(s)" in piped.stderr, piped.stderr
    assert run(str(tmp_path / "missing")).returncode == 2  # no ids: usage
    bad = run(str(tmp_path), "x")
    assert bad.returncode == 1 and "not a Newsgraph store" in bad.stderr and "Traceback" not in bad.stderr
    remaining = _articles(store_snapshot(store))
    assert len(remaining) == 2  # wire-a, visit
