"""Which entities linked as probably one the network shows as one node (graph.netfold)."""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, Graph, Literal

from graph.namespaces import NG, NGR
from graph.netfold import fold_groups, fold_map

P = str(NGR)


def test_a_star_around_one_person_is_folded_into_the_fullest_name() -> None:
    full, bare, org, actor = (P + "person/trmp1o_dnld2o", P + "person/trmp1o", P + "organisation/trump",
                              P + "actor/trump")
    links = [(bare, full), (org, full), (actor, full), (org, actor)]
    labels = {full: "Donald Trump", bare: "Trump", org: "Trump", actor: "Trump"}
    (group,) = fold_groups(links, {full, bare}, labels)
    assert group.centre == full and set(group.members) == {full, bare, org, actor}


def test_a_chain_or_a_group_without_a_person_stays_apart() -> None:
    a, b, c = P + "person/a_x", P + "person/a", P + "person/a_y"
    labels = {a: "X A", b: "A", c: "Y A"}
    # "X A" ~ "A" ~ "Y A": the fullest name is not linked to all: two people, not one node
    assert fold_groups([(a, b), (b, c)], {a, b, c}, labels) == []
    assert fold_groups([(a, c)], set(), labels) == []  # no person: not folded
    assert [g.centre for g in fold_groups([(b, a)], {a, b}, labels)] == [a]


def test_fold_map_reads_the_links_of_a_graph() -> None:
    g = Graph()
    full, bare, other = NGR["person/mcrn2a_amnl3a"], NGR["person/mcrn2a"], NGR["organisation/x"]
    for iri, kind, label in ((full, NG.Person, "Emmanuel Macron"), (bare, NG.Person, "Macron"),
                             (other, NG.Organisation, "X")):
        g.add((iri, RDF.type, kind))
        g.add((iri, RDFS.label, Literal(label)))
    g.add((bare, SKOS.closeMatch, full))
    g.add((full, SKOS.closeMatch, bare))
    folds = fold_map(g)
    assert set(folds) == {str(full), str(bare)}
    assert folds[str(bare)].centre == str(full)
    assert fold_map(Graph()) == {}
