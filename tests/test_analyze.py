"""Centrality, communities, paths with evidence, ego networks, timelines, and `newsgraph analyze`."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from netdata import Ev, make_graph

from graph.analyze import analyze, central_actors, communities, ego_summary, shortest_path, timeline
from graph.cli import main
from graph.errors import AnalysisError
from graph.network import project
from graph.pipeline import BuildResult


def names(row: dict, net: nx.MultiDiGraph) -> str:
    d = net.nodes[row["iri"]]
    return " | ".join([d["label"], *d["alt_labels"]])


# Two clusters joined by one bridge (Hub1 met Hub2), plus a place.
EVENTS = [
    *(Ev("Hub1", "met", f"A{i}", f"Hub1 met A{i}.", f"2024-0{i}-01", f"a{i}") for i in range(1, 5)),
    *(Ev("Hub2", "met", f"B{i}", f"Hub2 met B{i}.", f"2023-0{i}-01", f"b{i}") for i in range(1, 5)),
    Ev("A1", "agreed", "A2", "A1 and A2 agreed.", "2024-01-15", "a1"),
    Ev("B1", "agreed", "B2", "B1 and B2 agreed.", "2023-01-15", "b1"),
    Ev("Hub1", "met", "Hub2", "Hub1 met Hub2 at the summit.", "2024-05-05", "summit"),
    Ev("Hub2", "met", "Hub1", "Hub2 and Hub1 met again.", "2024-06-06", "summit2"),
    Ev("Hub1", "visited", "Paris", "Hub1 visited Paris.", "", "a9", object_type="city"),
    Ev("Hub1", "visited", "Paris", "Hub1 flew to Paris.", "", "a9", object_type="city"),
]


@pytest.fixture(scope="module")
def net() -> nx.MultiDiGraph:
    return project(make_graph(EVENTS))


def test_hubs_are_the_most_central_by_every_measure(net: nx.MultiDiGraph) -> None:
    for by in ("degree", "betweenness", "pagerank"):
        top = central_actors(net, top=2, by=by)
        assert {r["label"] for r in top} == {"Hub1", "Hub2"}, by
    first = central_actors(net, top=1)[0]
    assert first["label"] == "Hub1" and first["degree"] == 6 and first["mentions"] == 8
    assert first["betweenness"] > 0.5 and first["rank"] == 1


def test_places_are_ranked_only_when_asked(net: nx.MultiDiGraph) -> None:
    assert "Paris" not in {r["label"] for r in central_actors(net, top=20)}
    assert "Paris" in {r["label"] for r in central_actors(net, top=20, all_types=True)}
    with pytest.raises(AnalysisError, match="available: degree, betweenness, pagerank"):
        central_actors(net, by="eigen")


def test_louvain_finds_the_two_clusters(net: nx.MultiDiGraph) -> None:
    groups = communities(net)
    members = [{m["label"] for m in c["members"]} for c in groups]
    assert any({"Hub1", "A1", "A2", "A3", "A4"} <= m for m in members)
    assert any({"Hub2", "B1", "B2", "B3", "B4"} <= m for m in members)
    assert not any({"A1", "B1"} <= m for m in members)
    assert groups[0]["size"] >= groups[-1]["size"]


def test_shortest_path_gives_the_evidence_of_every_step(net: nx.MultiDiGraph) -> None:
    steps = shortest_path(net, "a3", "b4")
    assert [(s["from"]["label"], s["to"]["label"]) for s in steps] == [
        ("A3", "Hub1"), ("Hub1", "Hub2"), ("Hub2", "B4")]
    bridge = steps[1]["relations"][0]
    assert bridge["relation"] == "met" and bridge["count"] == 2 and bridge["direction"] == "-"
    assert bridge["evidence"]["sentence"] == "Hub1 met Hub2 at the summit."  # the earliest
    assert bridge["evidence"]["title"] == "Article summit"
    assert all(s["relations"][0]["evidence"]["sentence"] for s in steps)


def test_no_path_and_unknown_actor_are_clear_errors() -> None:
    net = project(make_graph([*EVENTS, Ev("Loner", "met", "Hermit", "Loner met Hermit.")]))
    with pytest.raises(AnalysisError, match="no path between 'Hub1' and 'Loner'"):
        shortest_path(net, "Hub1", "Loner")
    with pytest.raises(AnalysisError, match="no actor named 'Nobody'"):
        shortest_path(net, "Hub1", "Nobody")
    # in a whole report, no path is an answer: the rest of the report stands (a new user's finding)
    report = analyze(net, path=("Hub1", "Loner"))
    assert report["path"] == [] and "no path between 'Hub1' and 'Loner'" in report["path_note"]
    assert report["central"] and report["summary"]


def test_ego_network_by_depth(net: nx.MultiDiGraph) -> None:
    one = ego_summary(net, "Hub1", depth=1)
    assert one["centre"]["label"] == "Hub1"
    assert {m["label"] for m in one["members"]} == {"A1", "A2", "A3", "A4", "Hub2", "Paris"}
    paris = next(m for m in one["members"] if m["label"] == "Paris")
    assert paris["relations"][0]["direction"] == "->" and paris["relations"][0]["count"] == 2
    two = ego_summary(net, "Hub1", depth=2)
    assert two["size"] == 11 and {m["distance"] for m in two["members"]} == {1, 2}
    with pytest.raises(AnalysisError, match="depth"):
        ego_summary(net, "Hub1", depth=0)


def test_timeline_by_month(net: nx.MultiDiGraph) -> None:
    months = {m["month"]: m for m in timeline(net)}
    assert months["2024-01"]["met"] == 1 and months["2024-01"]["agreed"] == 1
    assert months["2024-01"]["total"] == 2
    assert months["undated"]["visited"] == 2
    assert list(months)[-1] == "undated" and next(iter(months)) == "2023-01"
    assert sum(m["total"] for m in months.values()) == len(EVENTS)


def test_seeds_name_naryshkin_and_lukashenko_among_the_most_central(seeds_build: BuildResult) -> None:
    net = project(seeds_build.dataset)
    top = central_actors(net, top=3)
    found = " || ".join(names(r, net) for r in top)
    assert "Naryshkin" in found and "Lukashenko" in found
    naryshkin = next(r["iri"] for r in top if "Naryshkin" in names(r, net))
    lukashenko = next(r["iri"] for r in top if "Lukashenko" in names(r, net))
    steps = shortest_path(net, naryshkin, lukashenko)
    sentences = [rel["evidence"]["sentence"] for s in steps for rel in s["relations"]]
    assert sentences and all("Naryshkin" in s or "Lukashenko" in s for s in sentences)


def test_analyze_report_has_every_section(net: nx.MultiDiGraph) -> None:
    report = analyze(net, top=3, path=("A1", "B1"), actor="Hub2")
    assert set(report) == {"summary", "central", "communities", "timeline", "path", "ego"}
    assert report["summary"]["events"] == len(EVENTS)
    assert report["summary"]["mentions"] >= report["summary"]["events"]
    json.dumps(report)  # JSON-ready


def test_analyze_command_json_and_table(seeds_out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ttl = str(seeds_out / "graph.ttl")
    assert main(["analyze", ttl, "--format", "json", "--path", "Naryshkin", "Lukashenko"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "Naryshkin" in report["central"][0]["label"]
    assert report["path"][0]["relations"][0]["evidence"]["sentence"]
    assert main(["analyze", ttl, "--actor", "Lukashenko", "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "Most central actors" in out and "Ego network of" in out and "Activity by month" in out
    assert main(["analyze", ttl, "--actor", "Nobody"]) == 1
    assert "no actor named 'Nobody'" in capsys.readouterr().err
    assert main(["analyze", ttl, "--since", "yesterday"]) == 2  # a usage error


def test_table_output_does_not_interpret_markup(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    graph = make_graph([Ev("[bold red]Mallory[/]", "met", "Bob", "[link=x]evil[/link] met Bob.")])
    path = tmp_path / "g.ttl"
    graph.serialize(path, format="turtle")
    assert main(["analyze", str(path), "--path", "Mallory", "Bob"]) == 0
    out = capsys.readouterr().out
    assert "[bold red]Mallory[/]" in out and "[link=x]evil[/link]" in out


@pytest.mark.parametrize("command", ["analyze", "network", "viz"])
def test_a_bad_window_date_is_a_usage_error(command: str, tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text("", encoding="utf-8")
    assert main([command, str(graph), "--since", "2025-13"]) == 2


def test_analyze_counts_a_person_linked_across_articles_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """tests/data/linking-articles.jsonl: "Modi" (a bare name, typed person by its meeting) and
    "Narendra Modi" are one actor, shown with what was folded into it; --no-fold keeps them apart."""
    from linkdata import LINKING_ARTICLES


    out = tmp_path / "out"
    assert main(["build", str(LINKING_ARTICLES), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["analyze", str(out / "graph.ttl"), "--actor", "Modi", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ego"]["centre"]["label"] == "Narendra Modi"
    assert report["ego"]["centre"]["variants"] == ["Modi (person)"]
    assert report["summary"]["folded"] >= 8  # one per bare name folded into its full name
    assert main(["analyze", str(out / "graph.ttl"), "--actor", "Narendra Modi", "--no-fold", "--format", "json"]) == 0
    apart = json.loads(capsys.readouterr().out)
    assert apart["ego"]["centre"]["variants"] == [] and apart["summary"]["folded"] == 0
    assert apart["summary"]["entities"] == report["summary"]["entities"] + report["summary"]["folded"]
    assert main(["analyze", str(out / "graph.ttl"), "--top", "3"]) == 0
    assert "Narendra Modi (folded: Modi (person))" in capsys.readouterr().out


def test_a_path_between_two_names_of_one_folded_node_says_so() -> None:
    """A new user's finding 7: the path between "Donald Trump" and "Trump" (one node) was an
    empty table with no word why."""
    from netdata import folded_trump_graph

    net = project(folded_trump_graph())
    report = analyze(net, path=("Donald Trump", "Trump"))
    assert report["path"] == []
    assert report["path_note"] == ("'Donald Trump' and 'Trump' are the same actor, 'Donald Trump' "
                                   "(folded; --no-fold shows them apart)")
    apart = analyze(project(folded_trump_graph(), fold=False), path=("Donald Trump", "Trump"))
    assert len(apart["path"]) == 3 and "path_note" not in apart  # two nodes, through Putin and Macron


def test_communities_do_not_depend_on_the_order_the_graph_was_built_in(net: nx.MultiDiGraph) -> None:
    """A new user's finding: the members of a community came in another order from a store than
    from a plain build of the same articles (ties on label, Louvain's node order)."""
    backwards = nx.MultiDiGraph()
    backwards.graph.update(net.graph)
    backwards.add_nodes_from(reversed(list(net.nodes(data=True))))
    backwards.add_edges_from(reversed(list(net.edges(keys=True, data=True))))
    assert communities(backwards) == communities(net)
