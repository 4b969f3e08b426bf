"""The ontology: every term labelled and commented, symmetric relations, event classes, mappings."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV, SDO

from graph import vocab_gen
from graph.namespaces import NG

ONT = vocab_gen.load_ontology()


def test_every_term_has_english_label_and_comment() -> None:
    terms = [t for names in vocab_gen.ontology_terms(ONT).values() for t in names]
    assert len(terms) > 30
    for name in terms:
        iri = NG[name]
        labels = [x for x in ONT.objects(iri, RDFS.label) if isinstance(x, Literal)]
        comments = [x for x in ONT.objects(iri, RDFS.comment) if isinstance(x, Literal)]
        assert any(x.language == "en" for x in labels), name
        assert any(x.language == "en" and len(x) > 10 for x in comments), name


def test_symmetric_relations() -> None:
    symmetric = set(ONT.subjects(RDF.type, OWL.SymmetricProperty))
    assert symmetric == {NG.met, NG.agreed}


def test_event_classes_carry_cameo_and_plover() -> None:
    expected = {
        NG.Visit: ({"042", "043"}, "CONSULT/visit"),
        NG.Meeting: ({"040", "044", "046"}, "CONSULT"),
        NG.Agreement: ({"057", "03x"}, "AGREE"),
        NG.Accusation: ({"112"}, "ACCUSE"),
    }
    for cls, (codes, plover) in expected.items():
        assert (cls, RDFS.subClassOf, NG.Event) in ONT
        assert {str(c) for c in ONT.objects(cls, NG.cameoCode)} == codes
        assert str(ONT.value(cls, NG.ploverType)) == plover


def test_event_and_mention_properties_have_their_domains() -> None:
    from rdflib.collection import Collection

    for prop in (NG.actor, NG.counterpart, NG.place):  # an event's; mentions have their own
        assert (prop, RDFS.domain, NG.Event) in ONT
    for prop in (NG.mentionActor, NG.mentionCounterpart, NG.mentionPlace):
        assert (prop, RDFS.domain, NG.Mention) in ONT
    for prop in (NG.summaryActor, NG.summaryCounterpart, NG.summaryPlace):
        assert (prop, RDFS.domain, NG.KeySummary) in ONT
    (domain,) = ONT.objects(NG.date, RDFS.domain)  # events and mentions alike
    assert set(Collection(ONT, ONT.value(domain, OWL.unionOf))) == {NG.Event, NG.Mention}
    for prop in (NG.confidence, NG.sentence, NG.startOffset, NG.endOffset, NG.extractor,
                 NG.extractorVersion, NG.relation, NG.mentionOf):  # one report's
        assert (prop, RDFS.domain, NG.Mention) in ONT
    for prop in (NG.firstReport, NG.firstMention, NG.sourceKey):  # the event's
        assert (prop, RDFS.domain, NG.Event) in ONT
    for prop in (NG.mentionCount, NG.articleCount, NG.sourceCount):  # events' and summaries'
        (domain,) = ONT.objects(prop, RDFS.domain)
        assert set(Collection(ONT, ONT.value(domain, OWL.unionOf))) == {NG.Event, NG.KeySummary}
    for prop in (NG.summaryOf, NG.eventCount, NG.firstDate, NG.lastDate, NG.example):
        assert (prop, RDFS.domain, NG.KeySummary) in ONT
    assert (NG.mentionOf, RDFS.range, NG.Event) in ONT


def test_alignments() -> None:
    assert (NG.Article, RDFS.subClassOf, SDO.NewsArticle) in ONT
    assert (NG.Event, RDFS.subClassOf, PROV.Entity) in ONT
    assert (NG.Person, RDFS.subClassOf, SDO.Person) in ONT
    assert (NG.date, RDFS.subPropertyOf, URIRef("http://purl.org/dc/terms/date")) in ONT
