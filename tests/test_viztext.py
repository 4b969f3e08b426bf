"""The tooltips' text: events, mentions, outlets and who reported first."""

from __future__ import annotations

import networkx as nx

from graph.network import Evidence
from graph.viztext import edge_title, evidence_line, reported


def test_reported_by_outlets_and_who_first() -> None:
    one = Evidence(sentence="A met B.", date="2024-03-01", article="x", source="Outlet A")
    many = Evidence(sentence="A met B.", date="2024-03-01", article="x", title="Talks",
                    mentions=3, sources=2)
    assert reported(one) == "reported by Outlet A"
    assert reported(many) == "reported by 2 outlets, first by Talks"  # no source: its title
    assert "reported by" not in evidence_line(one)
    assert evidence_line(many).endswith("reported by 2 outlets, first by Talks (3 mentions)")


def test_edge_title_counts_events_and_names_the_earliest_report() -> None:
    net = nx.MultiDiGraph()
    net.add_node("a", label="Anna")
    net.add_node("b", label="Boris")
    late = Evidence(sentence="Again.", date="2024-03-08", article="y", source="Outlet B")
    early = Evidence(sentence="First.", date="2024-03-01", article="x", source="<b>Wire</b>",
                     mentions=2, sources=2)
    d = {"directed": False, "relation": "met", "count": 2, "mentions": 3, "sources": 3,
         "evidence": [late, early], "first_date": "2024-03-01", "last_date": "2024-03-08"}
    lines = edge_title(net, "a", "b", d, shown=1).split("\n")
    assert lines[0] == "Anna — met — Boris"
    assert lines[1] == ("2 event(s), 3 mention(s), reported by 3 outlet(s), first by <b>Wire</b>, "
                        "2024-03-01 to 2024-03-08")
    assert lines[2].startswith("2024-03-01 “First.”") and "… and 1 more" in lines
