"""Families of met / agreed / visited wordings (issue 11) that the rules handle as general
mechanisms: light verbs and participles, hosting, journeys named by WordNet, takeovers as
agreements, and the hard negatives that look like them (calls, plans, topics of talks, ships,
games). Every sentence is written for these tests; none is copied from a dev set."""

from __future__ import annotations

import pytest
from extract_helpers import triple, triples


@pytest.mark.parametrize(("text", "expected"), [
    # "meeting" tagged a verb as the object of a light verb
    ("Ambassador Kurt Lind said he had one in-person meeting with Governor Rosa Diaz.",
     ("met", "Kurt Lind", "Rosa Diaz")),
    # a participle between commas, which the tagger takes for a noun in apposition
    ("Presidents Ana Lopes and Karim Haddad, meeting in Geneva, agreed to reopen the border.",
     ("met", "Ana Lopes", "Karim Haddad")),
    # hosting and audiences by light verbs, and their passives
    ("King Harald played host to Chancellor Ida Berg at the palace in Oslo.",
     ("met", "King Harald", "Ida Berg")),
    ("The patriarch granted an audience to Mayor Tomas Varga in Kyiv.",
     ("met", "patriarch", "Tomas Varga")),
    ("Premier Lin Wei was given a warm welcome by President Maria Costa in Lisbon.",
     ("met", "Lin Wei", "Maria Costa")),
    ("The meeting, attended by Foreign Minister Rui Alves and his counterpart Jonas Berg, lasted an hour.",
     ("met", "Jonas Berg", "Rui Alves")),
    # talking and eating together, in any tense
    ("Chancellor Ida Berg dined with President Maria Costa at the embassy.",
     ("met", "Ida Berg", "Maria Costa")),
    ("Tomas Varga and Rui Alves lunched together in Porto on Friday.",
     ("met", "Rui Alves", "Tomas Varga")),
    # a photo caption's present tense with a position mark is no timetable
    ("Foreign Minister Rui Alves (L) meets his Spanish counterpart Elena Ruiz in Madrid on May 4.",
     ("met", "Elena Ruiz", "Rui Alves")),
    # "their" meeting: the verb's subject and object
    ("President Maria Costa praised Chancellor Ida Berg after their talks in Lisbon.",
     ("met", "Ida Berg", "Maria Costa")),
    # captions: a signing ceremony attended together, listening to someone at a news conference
    ("President Lin Wei, right, and Chancellor Ida Berg attend a signing ceremony in Oslo, May 8, 2015.",
     ("met", "Ida Berg", "Lin Wei")),
    ("President Maria Costa, left, listens to Chancellor Ida Berg during a news conference in Berlin.",
     ("met", "Ida Berg", "Maria Costa")),
    # the name right after a coordinated title
    ("Envoy Steve Witkoff and Russian envoy Kirill Dmitriev held talks in Miami.",
     ("met", "Kirill Dmitriev", "Steve Witkoff")),
    # what was not made public took place
    ("Costa's meeting with Berg in Oslo was not announced until she had returned to Lisbon.",
     ("met", "Berg", "Costa")),
    # a gesture with a direct object
    ("Patriarch Ilia embraced President Maria Costa at the airport.",
     ("met", "Maria Costa", "Patriarch Ilia")),
    # a "where" clause hangs on a place, even one the model types as a person
    ("President Lin Wei flew to Vladivostok, where he met Governor Oleg Petrov.",
     ("met", "Lin Wei", "Oleg Petrov")),
])
def test_meetings_found(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Premier Lin Wei was welcomed to Lisbon by President Maria Costa.",
     ("visited", "Lin Wei", "Lisbon")),
    ("Macron welcomed Zelenskyy to the Elysee Palace on Monday evening.",
     ("visited", "Zelenskyy", "Elysee Palace")),
    ("Princess Anne touched down in Nairobi on Monday.", ("visited", "Princess Anne", "Nairobi")),
    ("Yasser Arafat was flown to a military hospital near Paris on Friday.",
     ("visited", "Yasser Arafat", "Paris")),
    ("Foreign Minister Rui Alves flew home from Vienna after the talks.",
     ("visited", "Rui Alves", "Vienna")),
    ("In Hanoi, visiting Chancellor Ida Berg said trade would grow.",
     ("visited", "Ida Berg", "Hanoi")),
    ("The minister's pilgrimage to Mecca lasted two days.", ("visited", "minister", "Mecca")),
    ("Senator Jonas Berg went on to Lima after two days in Quito.",
     ("visited", "Jonas Berg", "Quito")),
    ("Ida Berg is the first Norwegian leader to visit Mongolia.", ("visited", "Ida Berg", "Mongolia")),
    ("President Karol Nowak met Prime Minister Viktor Orban in Budapest on his first trip abroad.",
     ("visited", "Karol Nowak", "Budapest")),
    ("The Chinese defence minister was in Moscow last week.",
     ("visited", "Chinese defence minister", "Moscow")),
    ("Obama became the first sitting U.S. president to visit Hiroshima.",
     ("visited", "Obama", "Hiroshima")),
    ("Erdogan's African tour took him to Kenya and Uganda.", ("visited", "Erdogan", "Uganda")),
    ("Secretary-General Rui Alves visited the Rafah crossing on Tuesday.",
     ("visited", "Rui Alves", "Rafah crossing")),
])
def test_visits_found(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    # takeovers of a named firm are agreements between buyer and bought
    ("Nordbank completed its takeover of Halcyon Insurance on Monday.",
     ("agreed", "Nordbank", "Halcyon Insurance")),
    ("Vexa's acquisition of Orbital Systems closed in March.", ("agreed", "Orbital Systems", "Vexa")),
    # the other party of a deal acted under, or of a proposal accepted
    ("Under a deal struck with Norway in 2021, Chile agreed to buy salmon.",
     ("agreed", "Chile", "Norway")),
    ("Peru told the court it had agreed to lift tariffs under a deal with Chile and Bolivia.",
     ("agreed", "Bolivia", "Peru")),
    ("The rebels accepted the peace proposal put forward by Ghana and Togo.",
     ("agreed", "Ghana", "rebels")),
    ("Israel accepted an Egyptian plan for the border crossing.", ("agreed", "Egyptian", "Israel")),
    # investing in a named firm
    ("Vexa agreed to invest $5 billion in Orbital Systems.", ("agreed", "Orbital Systems", "Vexa")),
    # a post taken with an employer: the employer is the other party, the one replaced is not
    ("Rui Alves has agreed a deal to replace Jonas Berg as Benfica's coach.",
     ("agreed", "Benfica", "Rui Alves")),
    # the announcers of a joint agreement are its parties
    ("Chad and Niger reopened the border under an agreement announced by Maria Costa and Lin Wei.",
     ("agreed", "Lin Wei", "Maria Costa")),
    # "the two" after a named pair; one agreement accepted by two parties
    ("Prime Minister Rui Alves met his counterpart Jonas Berg in Siem Reap and the two agreed to boost trade.",
     ("agreed", "Jonas Berg", "Rui Alves")),
    ("Qatar brokered a truce that the Syrian rebels and the government accepted last week.",
     ("agreed", "Syrian rebels", "government")),
    ("Chad and Niger accepted the ceasefire on Tuesday.", ("agreed", "Chad", "Niger")),
    # an agreement the parser made the main verb's subject
    ("The truce agreed between Chad and Niger in May held for a week.",
     ("agreed", "Chad", "Niger")),
])
def test_agreements_found(text: str, expected: tuple[str, str, str]) -> None:
    assert triple(*expected) in triples(text)


def test_short_and_long_names_are_one_party() -> None:
    # a headline's short name and the body's full one, or an acronym: one party, no pair
    found = triples("EU, China Sign Deals BEIJING - The European Union and China signed agreements "
                    "on science and tourism on Wednesday.")
    assert triple("agreed", "China", "European Union") in found
    assert triple("agreed", "EU", "European Union") not in found
    found = triples("Sony, Samsung in LCD Pact TOKYO (Reuters) - Sony Corp. and Samsung Electronics "
                    "signed a cross-licensing pact on Tuesday.")
    assert triple("agreed", "Samsung Electronics", "Sony Corp.") in found
    assert triple("agreed", "Samsung", "Samsung Electronics") not in found
    # but two countries, one named inside the other's name, are two parties
    found = triples("Sudan and South Sudan signed an oil agreement on Friday.")
    assert triple("agreed", "South Sudan", "Sudan") in found


def test_with_visiting_x() -> None:
    # "with visiting X": X is the visitor, whom the subject meets, not a place the subject visits
    found = triples("Kim Jong Un toured a factory with visiting Defence Minister Oleg Petrov.")
    assert triple("met", "Kim Jong Un", "Oleg Petrov") in found
    assert triple("visited", "Kim Jong Un", "Oleg Petrov") not in found


def test_replaced_is_no_party() -> None:
    found = triples("Rui Alves has agreed a deal to replace Jonas Berg as Benfica's coach.")
    assert triple("agreed", "Jonas Berg", "Rui Alves") not in found


@pytest.mark.parametrize("text", [
    # not in person
    "Israel and Lebanon have held indirect talks through American mediators.",
    "President Maria Costa chatted online with Chancellor Ida Berg.",
    # a stance in a reported clause, not a caption
    "Costa said the U.S. stands with the Philippines.",
    # a ship, a team, a game: no visitors
    "The aircraft carrier USS Harlan visited Da Nang in June.",
    "The national team landed in Doha for the Asian Cup.",
    "The Yankees visit Boston this weekend for a three-game series.",
    "Barcelona visited Paris Saint-Germain in the Champions League.",
    "The Lakers met the Celtics in the NBA Finals.",
    # an agreement discussed is no agreement made; a takeover of a city is no deal
    "Talks on a merger between Nordbank and Halcyon collapsed in February.",
    "The Taliban's takeover of Kabul shocked the region.",
    "Regulators blocked Vexa's planned acquisition of Orbital Systems.",
    # a mediator of a deal is no party to it
    "The truce brokered by Qatar took effect at dawn.",
    # "the only one to refuse" states a fact, but refusing stays unreal
    "He is the only leader to refuse to meet Putin.",
    # "a visiting professor" is a post, not a trip
    "A visiting professor in Boston said the study was flawed.",
    # possible, expected or hypothetical meetings and deals
    "Presidents Maria Costa and Lin Wei are expected to shake hands at the summit.",
    "A meeting between Maria Costa and Lin Wei is possible later this year.",
    "A meeting between Maria Costa and Lin Wei will be announced next week.",
    "Envoy Rui Alves is due in Moscow next week for talks with Putin.",
    "Any deal between Chad and Niger must include guarantees, the envoy said.",
    # an official at home is no visitor
    "The Indian prime minister was in Delhi on Monday.",
    # dining with friends is no meeting of actors
    "President Maria Costa dined with friends in Paris.",
    # one's own people are not met
    "President Maria Costa turned to her aides during the meeting.",
    "President Lin Wei went to a dinner with his wife and his aides.",
    # one party accepting an agreement has no counterpart
    "Niger accepted the ceasefire on Tuesday.",
    # hosting an event; sentences the parser might misread
    "King Harald played host to the Winter Games in 1994.",
    "After two days in custody in Tehran, the reporter was released.",
])
def test_hard_negatives(text: str) -> None:
    assert not {t for t in triples(text) if t[0] in ("met", "agreed", "visited")}, triples(text)


@pytest.mark.slow
def test_written_sentences_hold() -> None:
    """The ~600 sentences and short articles written for this round
    (tests/data/relation_sentences.jsonl: wire-news constructions of the three relations and hard
    negatives, annotated by the rules of ../shared/dev/README.md) keep the figures measured when
    the rules were written (P 0.970, R 0.945, 2 of 282 negatives with a false positive; the
    rules before scored P 0.898, R 0.811, 15 of 282)."""
    from pathlib import Path

    from graph.evaluate import load_gold, predict, score

    gold = load_gold(Path(__file__).parent / "data" / "relation_sentences.jsonl")
    evaluation = score(gold, predict(gold))
    figures = evaluation.figures()
    assert figures["precision"] >= 0.95 and figures["recall"] >= 0.92, figures
    assert len(evaluation.negatives_with_false_positive) <= 3, evaluation.negatives_with_false_positive


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a clause reported before its attribution is not about the official who reports it
    (("Foreign Minister Rui Alves flew to Riyadh on Monday.\n\nHe met Crown Prince Faisal Omar at his "
     "camp, a senior ministry official said."),
     ("met", "Crown Prince Faisal Omar", "Rui Alves"),
     ("met", "Crown Prince Faisal Omar", "senior ministry official")),
    # a chain of subject pronouns continues the one named first, not the nearest name
    (("Pope Leo arrived in Kinshasa on Tuesday.\n\nHe was welcomed at the airport by Prime Minister "
     "Jean-Paul Mbeki. Later he met President Felix Ngoy at the palace."),
     ("met", "Felix Ngoy", "Pope Leo"), ("met", "Felix Ngoy", "Jean-Paul Mbeki")),
    # "the two men" after a pair whose first name the model left untyped
    (("President Tomas Varga traveled to Israel this week.\n\nIn Jerusalem, Varga met Prime Minister "
     "Benjamin Netanyahu. The two men agreed to expand trade, Varga's office said."),
     ("agreed", "Benjamin Netanyahu", "Varga"), None),
])
def test_articles(text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str] | None) -> None:
    found = triples(text)
    assert triple(*expected) in found, found
    assert wrong is None or triple(*wrong) not in found, found
