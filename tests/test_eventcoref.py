"""Event coreference: mentions grouped into events by a rule of the set, not of the order."""

from __future__ import annotations

from itertools import permutations

from rdflib import XSD, Literal, URIRef

from graph.eventcoref import ArticleInfo, MentionRow, cluster, derive, event_iri
from graph.namespaces import NG

P, Q = "https://w3id.org/newsgraph/id/person/p", "https://w3id.org/newsgraph/id/person/q"


def art(iri: str, date: str | None, origin: str | None = None, rep: str | None = None) -> ArticleInfo:
    return ArticleInfo(iri=iri, id=iri, date=date, origin=origin or iri, rep=rep or iri)


ARTICLES = {a.iri: a for a in (
    art("a1", "2024-03-01", "Outlet A"), art("a2", "2024-03-02", "Outlet A", "a1"),
    art("a3", "2024-03-08"), art("a4", None), art("a5", "2024-04-20"), art("a6", None, "a4", "a4"))}  # a6: a copy of a4


def m(iri: str, article: str, date: str | None, *, flip: bool = False, start: int = 0) -> MentionRow:
    a, b = (Q, P) if flip else (P, Q)
    return MentionRow(iri=iri, relation="met", actor=a, other=b, article=article, start=start, date=date)


ROWS = [
    m("m1", "a1", "2024-03-01"),
    m("m2", "a2", "2024-03-01", flip=True),   # the other way round: the same meeting
    m("m3", "a3", "2024-03-08"),
    m("m4", "a3", "2024-03", start=50),      # month only: the day-event in its article's window
    m("m5", "a3", None, start=90),           # undated: the latest day-event in the window
    m("m6", "a4", None),                     # undated, article undated: an event of its own...
    m("m7", "a6", None),                     # ...with its near-identical copy
    m("m8", "a5", "2024-04"),                # month only, no day-event in April: its own
    m("m9", "a5", None),                     # undated, nothing in its window: its own
]


def test_the_rules_group_mentions_into_events() -> None:
    events = {anchor: sorted(r.iri for r in rows) for anchor, rows in cluster(ROWS, ARTICLES).items()}
    assert events == {"2024-03-01": ["m1", "m2"], "2024-03-08": ["m3", "m4", "m5"],
                      "~~a4": ["m6", "m7"], "~2024-04": ["m8"], "~~a5": ["m9"]}


def test_events_do_not_depend_on_the_order_of_mentions() -> None:
    results = {frozenset(derive(list(order), ARTICLES)) for order in permutations(ROWS[:6])}
    assert len(results) == 1


def test_counts_first_report_and_stable_iris() -> None:
    triples = derive(ROWS, ARTICLES)
    first = event_iri(("met", P, Q), "2024-03-01")
    assert first == event_iri(("met", P, Q), "2024-03-01")  # a function of key and anchor only
    about = {(p, o) for s, p, o in triples if s == first}
    assert (NG.mentionCount, Literal(2)) in about and (NG.articleCount, Literal(2)) in about
    assert (NG.sourceCount, Literal(1)) in about  # one outlet twice
    assert (NG.firstReport, URIRef("a1")) in about and (NG.firstMention, URIRef("m1")) in about
    assert (NG.actor, URIRef(P)) in about  # the first report's orientation
    assert (NG.date, Literal("2024-03-01", datatype=XSD.date)) in about
    second = event_iri(("met", P, Q), "2024-03-08")
    assert (second, NG.mentionCount, Literal(3)) in triples
    assert (second, NG.articleCount, Literal(1)) in triples
    april = event_iri(("met", P, Q), "~2024-04")
    assert (april, NG.date, Literal("2024-04", datatype=XSD.gYearMonth)) in triples
    assert sum(1 for s, p, o in triples if p == NG.mentionOf) == len(ROWS)
    undated = event_iri(("met", P, Q), "~~a4")
    assert not [o for s, p, o in triples if s == undated and p == NG.date]


def test_visits_are_directed_and_symmetric_relations_are_not() -> None:
    visit = MentionRow(iri="v", relation="visited", actor=P, other=Q, article="a1")
    back = MentionRow(iri="w", relation="visited", actor=Q, other=P, article="a1")
    assert visit.key != back.key
    assert m("x", "a1", None).key == m("y", "a1", None, flip=True).key


def test_each_key_has_a_summary_of_its_events() -> None:
    from graph.eventcoref import summary_iri

    rows = [MentionRow(iri=r.iri, relation=r.relation, actor=r.actor, other=r.other,
                       article=r.article, start=r.start, date=r.date, sentence=f"s{r.iri}")
            for r in ROWS]
    triples = derive(rows, ARTICLES)
    k = summary_iri(("met", P, Q))
    about = {(p, o) for s, p, o in triples if s == k}
    assert (NG.summaryOf, NG.met) in about and (NG.summaryActor, URIRef(P)) in about
    assert {(p, o.toPython()) for p, o in about if p in (NG.eventCount, NG.mentionCount,
                                                           NG.articleCount, NG.sourceCount)} == {
        (NG.eventCount, 5), (NG.mentionCount, 9), (NG.articleCount, 6),
        (NG.sourceCount, 4)}  # Outlet A (a1, a2), a3, a4 with its copy a6, a5
    assert (NG.firstDate, Literal("2024-03-01")) in about and (NG.lastDate, Literal("2024-04")) in about
    assert (NG.example, URIRef("m1")) in about  # the least sentence among first mentions
    assert len({s for s, p, o in triples if p == NG.summaryOf}) == 1  # one key


def test_the_month_of_its_own_article_does_not_join_an_event_weeks_before() -> None:
    # a report of 2024-03-30 that the text does not date (extraction dates it "2024-03", the
    # publication month) is not the meeting of 2024-03-01, outside its week
    arts = {a.iri: a for a in (art("b1", "2024-03-01"), art("b2", "2024-03-30"), art("b3", "2024-04-15"))}
    rows = [m("n1", "b1", "2024-03-01"), m("n2", "b2", "2024-03"), m("n3", "b3", "2024-03")]
    events = {anchor: sorted(r.iri for r in group) for anchor, group in cluster(rows, arts).items()}
    # "in March" written in an April article still joins the only March meeting
    assert events == {"2024-03-01": ["n1", "n3"], "~2024-03": ["n2"]}


def test_an_undated_copy_of_a_wire_story_joins_the_story_s_event() -> None:
    arts = {a.iri: a for a in (art("w1", "2024-03-01", "Outlet A"),
                               art("w2", None, "Outlet A", "w1"))}  # w2: an undated copy of w1
    rows = [m("c1", "w1", "2024-03-01"), m("c2", "w2", None)]
    assert {k: sorted(r.iri for r in g) for k, g in cluster(rows, arts).items()} == {
        "2024-03-01": ["c1", "c2"]}


def test_the_event_s_place_is_its_first_report_s() -> None:
    here, there = "https://w3id.org/newsgraph/id/city/vilnius", "https://w3id.org/newsgraph/id/city/a-town"
    arts = {a.iri: a for a in (art("p1", "2024-03-01"), art("p2", "2024-03-02"))}
    rows = [MentionRow(iri="q1", relation="met", actor=P, other=Q, article="p1", date="2024-03-01", place=here),
            MentionRow(iri="q2", relation="met", actor=P, other=Q, article="p2", date="2024-03-01", place=there)]
    e = event_iri(("met", P, Q), "2024-03-01")
    assert {o for s, p, o in derive(rows, arts) if s == e and p == NG.place} == {URIRef(here)}


def test_a_pair_s_first_date_never_reads_as_after_its_last() -> None:
    """Dates of several precisions: the first is the one that may be earliest (the more
    precise on a tie), the last the one that may be latest ("2026" may be December)."""
    from graph.eventcoref import summary_iri

    arts = {"b1": art("b1", "2026-01-20"), "b2": art("b2", "2026-10-28")}
    rows = [MentionRow(iri="n1", relation="met", actor=P, other=Q, article="b1", date="2026-01"),
            MentionRow(iri="n2", relation="met", actor=P, other=Q, article="b2", date="2026")]
    about = {(p, o) for s, p, o in derive(rows, arts) if s == summary_iri(("met", P, Q))}
    assert (NG.firstDate, Literal("2026-01")) in about and (NG.lastDate, Literal("2026")) in about
