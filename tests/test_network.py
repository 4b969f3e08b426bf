"""The networkx projection of the RDF graph, and its GraphML/GEXF export."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from netdata import Ev, entity, make_graph
from rdflib import RDF, RDFS, Literal, URIRef

from graph.cli import main
from graph.errors import AnalysisError
from graph.namespaces import NG
from graph.network import find_actor, project
from graph.networkfiles import gephi_graph, write_network
from graph.pipeline import BuildResult, build_graph

# one worker runs the module under pytest-xdist (`--dist loadgroup`): its module fixtures once
pytestmark = pytest.mark.xdist_group("network")

EVENTS = [
    Ev("Anna Berg", "met", "Boris Kov", "Anna Berg met Boris Kov in Oslo.", "2024-01-10", "a1"),
    Ev("Boris Kov", "met", "Anna Berg", "Boris Kov met Anna Berg again.", "2024-03-02", "a2"),
    Ev("Anna Berg", "visited", "Oslo", "Anna Berg visited Oslo.", "2023-11", "a1",
       object_type="city"),
    Ev("Carl Dunn", "accused", "Anna Berg", "Carl Dunn accused Anna Berg of lying.", "", "a3"),
    Ev("Acme Corp", "agreed", "Anna Berg", "Acme Corp and Anna Berg agreed to a deal.",
       "2024-02-01", "a2", subject_type="organisation"),
]


def read_gexf(path: Path) -> nx.MultiDiGraph:
    """networkx's reader refuses GEXF's mixed graphs (Gephi reads them): read it as directed."""
    mixed = path.read_text(encoding="utf-8").replace('type="undirected"', "")
    plain = path.with_suffix(".directed.gexf")
    plain.write_text(mixed, encoding="utf-8")
    return nx.read_gexf(plain)


@pytest.fixture(scope="module")
def net() -> nx.MultiDiGraph:
    return project(make_graph(EVENTS))


def test_entities_are_nodes_with_type_and_label(net: nx.MultiDiGraph) -> None:
    anna = entity("Anna Berg", "person")
    assert net.nodes[str(anna)]["label"] == "Anna Berg"
    assert net.nodes[str(anna)]["type"] == "person"
    assert net.nodes[str(entity("Oslo", "city"))]["type"] == "city"
    assert net.nodes[str(entity("Acme Corp", "organisation"))]["type"] == "organisation"
    assert net.nodes[str(anna)]["mentions"] == 5
    assert net.number_of_nodes() == 5


def test_symmetric_relations_are_counted_once_per_pair(net: nx.MultiDiGraph) -> None:
    a, b = sorted([str(entity("Anna Berg", "person")), str(entity("Boris Kov", "person"))])
    met = net.edges[a, b, "met"]
    assert met["count"] == 2 and not met["directed"]
    assert (met["first_date"], met["last_date"]) == ("2024-01-10", "2024-03-02")
    assert sorted(e.sentence for e in met["evidence"]) == [
        "Anna Berg met Boris Kov in Oslo.", "Boris Kov met Anna Berg again."]
    assert len(met["articles"]) == 2
    assert not net.has_edge(b, a, "met")


def test_directed_relations_keep_their_direction(net: nx.MultiDiGraph) -> None:
    carl, anna = str(entity("Carl Dunn", "person")), str(entity("Anna Berg", "person"))
    accused = net.edges[carl, anna, "accused"]
    assert accused["directed"] and accused["count"] == 1 and accused["first_date"] == ""
    ev = accused["evidence"][0]
    assert ev.sentence == "Carl Dunn accused Anna Berg of lying."
    assert ev.title == "Article a3" and ev.url == "https://example.org/a3"
    assert not net.has_edge(anna, carl)


def test_time_window_keeps_dated_mentions_inside_it() -> None:
    g = make_graph(EVENTS)
    early = project(g, until="2023-12")
    assert [d["relation"] for *_e, d in early.edges(data=True)] == ["visited"]
    year = project(g, since="2024")
    assert sorted(d["relation"] for *_e, d in year.edges(data=True)) == ["agreed", "met"]
    assert year.graph["undated_left_out"] == 1
    # a month-precision date overlaps a window that starts inside that month
    assert project(g, since="2023-11-15", until="2023-11-20").number_of_edges() == 1
    for bad in ("2024-13", "24", "2024-02-30", "last week"):
        with pytest.raises(AnalysisError, match="bad date"):
            project(g, since=bad)
    with pytest.raises(AnalysisError, match="ends"):
        project(g, since="2024-05", until="2024-01")


def test_direct_triples_without_event_nodes_still_count() -> None:
    g = make_graph(EVENTS[:1])
    x, y = entity("Xena", "person"), entity("Yuri", "person")
    for iri, name in ((x, "Xena"), (y, "Yuri")):
        g.add((iri, RDF.type, NG.Person))
        g.add((iri, RDFS.label, Literal(name)))
    g.add((x, NG.accused, y))
    net = project(g)
    edge = net.edges[str(x), str(y), "accused"]
    assert edge["count"] == 1 and edge["evidence"] == []


def test_find_actor_by_name_part_or_iri(net: nx.MultiDiGraph) -> None:
    anna = str(entity("Anna Berg", "person"))
    assert find_actor(net, "anna berg") == anna
    assert find_actor(net, "ANNA") == anna
    assert find_actor(net, anna) == anna
    with pytest.raises(AnalysisError, match="no actor named 'Zed'"):
        find_actor(net, "Zed")
    with pytest.raises(AnalysisError, match="ambiguous: .*Anna Berg.*Carl Dunn"):
        find_actor(net, "n")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_round_trips_with_scalar_attributes(net: nx.MultiDiGraph, fmt: str,
                                                   tmp_path: Path) -> None:
    path = write_network(net, tmp_path / f"net.{fmt}", fmt=fmt)
    back = nx.read_graphml(path) if fmt == "graphml" else read_gexf(path)
    assert back.number_of_nodes() == net.number_of_nodes()
    assert back.number_of_edges() == net.number_of_edges()
    edges = {(d["relation"], int(d["count"])) for *_e, d in back.edges(data=True)}
    assert ("met", 2) in edges and ("accused", 1) in edges
    sentences = " ".join(d["sentences"] for *_e, d in back.edges(data=True))
    assert "Carl Dunn accused Anna Berg of lying." in sentences
    labels = {d["label"] for _n, d in back.nodes(data=True)}
    assert "Anna Berg" in labels


def test_export_removes_xml_illegal_characters(tmp_path: Path) -> None:
    net = project(make_graph([Ev("Bad\x01Name", "met", "Other <&>", "Text\x0bwith\x00controls <b>&",
                                 "2024-01-01")]))
    back = nx.read_graphml(write_network(net, tmp_path / "x.graphml", fmt="graphml"))
    assert {d["label"] for _n, d in back.nodes(data=True)} == {"BadName", "Other <&>"}
    assert [d["sentences"] for *_e, d in back.edges(data=True)] == ["Textwithcontrols <b>&"]


def test_unknown_export_format_lists_the_known_ones(net: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(AnalysisError, match="available: graphml, gexf"):
        write_network(net, tmp_path / "x.dot", fmt="dot")
    assert not list(tmp_path.iterdir())


def test_seeds_network_has_evidence_for_every_relation(seeds_build: BuildResult) -> None:
    net = project(seeds_build.dataset)
    assert net.number_of_edges() >= 6
    assert {d["relation"] for *_e, d in net.edges(data=True)} == {"visited", "met", "agreed", "accused"}
    for *_e, d in net.edges(data=True):
        assert d["evidence"] and all(e.sentence and e.article for e in d["evidence"])


def test_network_command_writes_gephi_files(seeds_out: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seeds.gexf"
    assert main(["network", str(seeds_out / "graph.ttl"), "--format", "gexf", "--out", str(out)]) == 0
    assert read_gexf(out).number_of_edges() >= 6
    assert "wrote" in capsys.readouterr().err
    assert main(["network", str(seeds_out / "graph.ttl"), "--format", "dot", "--out", str(out)]) == 2
    assert main(["network", str(tmp_path / "missing.ttl"), "--out", str(out)]) == 1


def test_a_store_folder_gives_the_same_network_as_the_turtle_file(tmp_path: Path) -> None:
    from conftest import SEEDS

    from graph.load import load_graph

    out, store = tmp_path / "out", tmp_path / "store"
    assert main(["build", str(SEEDS), "--out", str(out), "--store", str(store)]) == 0
    from_store, from_file = project(load_graph(store)), project(load_graph(out / "graph.ttl"))
    assert sorted(from_store.edges(keys=True)) == sorted(from_file.edges(keys=True))
    assert dict(from_store.nodes(data="label")) == dict(from_file.nodes(data="label"))


GEXF = "{http://www.gexf.net/1.2draft}"


def test_gexf_is_a_dynamic_mixed_graph_with_article_titles(tmp_path: Path) -> None:
    """Gephi's timeline: spells on edges (the days their mentions cover) and nodes; met/agreed
    undirected, visited/accused directed; edges labelled with their articles' titles."""
    import xml.etree.ElementTree as ET

    net = project(make_graph(EVENTS, titles={"a1": "Oslo talks", "a2": "A deal"}))
    path = write_network(net, tmp_path / "net.gexf", fmt="gexf")
    root = ET.parse(path).getroot()
    graph = root.find(f"{GEXF}graph")
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    labels = {n.get("id"): n.get("label") for n in graph.iter(f"{GEXF}node")}
    edges = {}
    for e in graph.iter(f"{GEXF}edge"):
        spells = [(s.get("start"), s.get("end")) for s in e.iter(f"{GEXF}spell")]
        edges[(labels[e.get("source")], labels[e.get("target")])] = (e.get("type"), e.get("label"),
                                                                     spells)
    met = edges.get(("Anna Berg", "Boris Kov")) or edges[("Boris Kov", "Anna Berg")]
    assert met == ("undirected", "met: Oslo talks | A deal",
                   [("2024-01-10", "2024-01-10"), ("2024-03-02", "2024-03-02")])
    assert edges[("Anna Berg", "Oslo")] == ("directed", "visited: Oslo talks",
                                            [("2023-11-01", "2023-11-30")])  # a month
    accused = edges[("Carl Dunn", "Anna Berg")]
    assert accused[0] == "directed" and accused[2] == []  # undated: always shown
    agreed = edges.get(("Acme Corp", "Anna Berg")) or edges[("Anna Berg", "Acme Corp")]
    assert agreed[0] == "undirected"
    # nodes live when their relations do
    node_spells = {n.get("label"): [(s.get("start"), s.get("end")) for s in n.iter(f"{GEXF}spell")]
                   for n in graph.iter(f"{GEXF}node")}
    assert node_spells["Oslo"] == [("2023-11-01", "2023-11-30")]
    assert node_spells["Carl Dunn"] == []
    assert node_spells["Anna Berg"][0] == ("2023-11-01", "2023-11-30")


def test_day_spans_are_real_calendar_days() -> None:
    from graph.networkfiles import day_span

    assert day_span("2024-02") == ("2024-02-01", "2024-02-29")
    assert day_span("2023-02") == ("2023-02-01", "2023-02-28")
    assert day_span("2024") == ("2024-01-01", "2024-12-31")
    assert day_span("2024-03-05") == ("2024-03-05", "2024-03-05")
    assert day_span("") is None and day_span("2024-13") is None


def test_edge_weight_counts_events_with_mentions_and_sources_as_attributes(tmp_path: Path) -> None:
    """Two outlets carrying one wire story and a restatement by a third: one meeting (weight 1),
    3 mentions, 2 independent sources; a second meeting a week later makes the weight 2."""
    import json

    story = ("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius "
             "on Friday to discuss air defence and the deployment of Patriot batteries.")
    items = [{"id": "a", "date": "2024-03-01", "source": "Outlet A", "text": story},
             {"id": "b", "date": "2024-03-01", "source": "Outlet B", "text": story},
             {"id": "c", "date": "2024-03-02", "source": "Outlet C",
              "text": "Andrzej Duda met Gitanas Nauseda on Friday, his office said."}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    net = project(build_graph([src]).dataset)
    (edge,) = [d for *_e, d in net.edges(data=True) if d["relation"] == "met"]
    assert (edge["count"], edge["mentions"], edge["sources"], len(edge["articles"])) == (1, 3, 2, 3)
    items.append({"id": "d", "date": "2024-03-08", "source": "Outlet A",
                  "text": "Andrzej Duda met Gitanas Nauseda in Warsaw on Friday."})
    src.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    net = project(build_graph([src]).dataset)
    (edge,) = [d for *_e, d in net.edges(data=True) if d["relation"] == "met"]
    assert (edge["count"], edge["mentions"], edge["sources"]) == (2, 4, 2)
    flat = gephi_graph(net)
    assert {(d["weight"], d["mentions"], d["sources"]) for *_e, d in flat.edges(data=True)
            if d["relation"] == "met"} == {(2, 4, 2)}


# ------------------------------------------------ one node per person (graph.netfold)


@pytest.fixture(scope="module")
def linked_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of tests/data/linking-articles.jsonl (articles written for the linking tests)."""
    from linkdata import LINKING_ARTICLES

    out = tmp_path_factory.mktemp("linked") / "out"
    assert main(["build", str(LINKING_ARTICLES), "--out", str(out)]) == 0
    return out


def test_people_linked_across_articles_are_one_node_unless_no_fold(linked_out: Path) -> None:
    from graph.load import load_graph
    from graph.namespaces import NGR

    graph = load_graph(linked_out / "graph.ttl")
    folded, apart = project(graph), project(graph, fold=False)
    full, bare = str(NGR["person/ptn2o_vldmr3a"]), str(NGR["person/ptn2o"])
    assert find_actor(apart, "Putin") == bare  # a bare "Putin" apart ...
    assert find_actor(folded, "Putin") == full  # ... or one node with "Vladimir Putin"
    node = folded.nodes[full]
    assert node["label"] == "Vladimir Putin" and node["variants"] == ["Putin (person)"]
    assert set(node["members"]) == {full, bare} and "Putin" in node["alt_labels"]
    assert bare not in folded and bare in apart
    assert find_actor(folded, bare) == full  # a folded member's IRI finds its node
    # a one-word actor linked to a person's full name is not folded (it could be a company)
    trump = str(NGR["actor/trump"])
    assert trump in folded and not folded.nodes[trump]["members"]
    assert (URIRef(trump), RDF.type, NG.Actor) in graph  # the RDF keeps every IRI
    # every relation is kept: the bare names' relations are the full names'
    assert folded.number_of_nodes() <= apart.number_of_nodes() - 8
    assert sum(d["count"] for *_e, d in folded.edges(data=True)) == \
        sum(d["count"] for *_e, d in apart.edges(data=True)) - folded.graph["folded_self_loops"]
    assert folded.nodes[full]["mentions"] == apart.nodes[full]["mentions"] + apart.nodes[bare]["mentions"]
    assert all(not d["variants"] and not d["members"] for _n, d in apart.nodes(data=True))
    # "Ford" the carmaker and Harrison Ford stay two nodes (organisation evidence in its article)
    assert find_actor(folded, "Harrison Ford") != find_actor(folded, "Ford")


def test_network_command_folds_by_default_and_no_fold_shows_every_iri(
        linked_out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from graph.namespaces import NGR

    folded, apart = tmp_path / "folded.graphml", tmp_path / "apart.graphml"
    assert main(["network", str(linked_out / "graph.ttl"), "--out", str(folded)]) == 0
    assert "more folded into linked people; --no-fold shows them" in capsys.readouterr().err
    assert main(["network", str(linked_out / "graph.ttl"), "--out", str(apart), "--no-fold"]) == 0
    assert "folded" not in capsys.readouterr().err
    f, a = nx.read_graphml(folded), nx.read_graphml(apart)
    full, bare = str(NGR["person/ptn2o_vldmr3a"]), str(NGR["person/ptn2o"])
    assert f.nodes[full]["variants"] == "Putin (person)"
    assert bare in f.nodes[full]["members"]
    assert bare in a and bare not in f
    assert str(NGR["organisation/biden"]) in f  # an organisation is never folded into a person
    assert a.nodes[full]["variants"] == ""


def test_a_window_counts_and_names_only_the_folded_members_with_a_relation_in_it() -> None:
    """A new user's finding 8: with --since, "N more folded" counted members outside the window."""
    from netdata import folded_trump_graph

    from graph.analyze import folded_entities

    g = folded_trump_graph()
    full, bare = str(entity("Donald Trump", "person")), str(entity("Trump", "person"))
    whole = project(g)
    assert set(whole.nodes[full]["members"]) == {full, bare} and folded_entities(whole) == 1
    assert whole.nodes[full]["variants"] == ["Trump (person)"]
    late, late_apart = project(g, since="2025-03-20"), project(g, since="2025-03-20", fold=False)
    # only the bare name meets anyone after 20 March: one node, nothing more folded
    assert late.nodes[full]["members"] == [bare] and folded_entities(late) == 0
    assert late.number_of_nodes() + folded_entities(late) == late_apart.number_of_nodes()
    early = project(g, until="2025-03-10")
    assert early.nodes[full]["members"] == [full] and early.nodes[full]["variants"] == []
    assert "Trump" not in early.nodes[full]["alt_labels"]


def test_one_meeting_reported_each_way_round_is_one_edge_and_one_event(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two mentions of one meeting written each way round are one event: the network counts
    it once (the reverse direct triple is no second, event-less relation), and the build's
    summary counts the same events and related entities as `analyze`."""
    import json

    text = ("Japanese Prime Minister Sanae Takaichi met Narendra Modi in New Delhi on Monday. "
            '"Japan is India\'s most trusted partner," Modi told a joint news conference with the Japanese leader.')
    (tmp_path / "m.jsonl").write_text(json.dumps({"id": "m1", "date": "2026-03-02", "text": text}) + "\n")
    net = project(build_graph([tmp_path / "m.jsonl"]).dataset)
    ((_u, _v, data),) = net.edges(data=True)
    assert data["relation"] == "met" and data["count"] == 1 and data["mentions"] == 2
    assert main(["build", str(tmp_path / "m.jsonl"), "--out", str(tmp_path / "out")]) == 0
    summary = capsys.readouterr().err
    assert "2 relation mention(s) of 1 event(s)" in summary and "(2 in a relation)" in summary
    assert main(["analyze", str(tmp_path / "out" / "graph.ttl")]) == 0
    assert "2 entities, 1 relations, 1 events (2 mentions)" in capsys.readouterr().out
