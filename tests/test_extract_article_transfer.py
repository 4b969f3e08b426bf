"""Whole-article precision families of issue 11 (kind 8) whose mechanisms were written on the
articles below and kept only when they changed nothing, or helped, on three article sets they were
not written on (the dev train split of ``gold-dev-articles.jsonl`` and the read halves of two
unseen probes; figures in the report of the fifth articles round).

Every text here was written for these tests (ids ``new-``).
"""

from __future__ import annotations

import pytest
from extract_helpers import mentions, triple

ARTICLE_DATE = "2025-03-04"  # a Tuesday


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {triple(m.predicate, m.subject.text, m.object.text) for m in mentions(text, date=ARTICLE_DATE)}


# --- family: an object pronoun is not the speaker the article gave the other gender -----------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    pytest.param("President Amal Haddad accused Interior Minister Samir Nasr of corruption on Monday. "
                 "Prosecutor Leila Aziz said she had opened an inquiry.\n\nNasr denied the charges. "
                 "Haddad met Aziz on Tuesday and accused him of obstructing the investigation.",
                 triple("accused", "Haddad", "Aziz"), triple("accused", "Haddad", "Nasr"),
                 id="new-speaker-said-she"),
])
def test_speaker_gender_from_reported_pronoun(text: str, wrong: tuple[str, str, str],
                                              right: tuple[str, str, str]) -> None:
    found = _triples(text)
    assert wrong not in found
    assert right in found


def test_speaker_gender_keeps_a_matching_pronoun() -> None:
    # the same cue does not block a pronoun of the speaker's own gender
    found = _triples("Prosecutor Leila Aziz said she had opened an inquiry into the port deal.\n\n"
                     "Interior Minister Samir Nasr met her on Tuesday.")
    assert triple("met", "Samir Nasr", "Leila Aziz") in found


def test_speaker_gender_only_rules_out() -> None:
    # a speaker the cue makes female is no likelier "her" than a woman named again after her
    found = _triples("Opposition leader Carl Dunne accused Governor Ruth Okafor of misusing funds on "
                     "Monday. Auditor Mira Stone said she would review the accounts.\n\nOkafor "
                     "rejected the claim. Dunne then accused her of lying to voters.")
    assert triple("accused", "Dunne", "Mira Stone") not in found
    assert triple("accused", "Dunne", "Okafor") in found


# --- family: an object pronoun is not the spokesperson who spoke for another ---------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    pytest.param("Prime Minister Yuki Tanaka arrived in Canberra on Monday. Australian Prime Minister "
                 "Ben Carter welcomed him at the airport.\n\nTanaka's spokesman, Hiro Mori, said the "
                 "visit would strengthen ties. Carter later met him at Parliament House.",
                 triple("met", "Carter", "Hiro Mori"), triple("met", "Carter", "Tanaka"),
                 id="new-spokesman-appositive"),
    pytest.param("Foreign Minister Omar Saleh arrived in Rabat on Sunday.\n\nMinistry spokesman Karim "
                 "Idrissi said the talks would cover fisheries. King Hassan received him at the palace "
                 "on Monday.",
                 triple("met", "Hassan", "Karim Idrissi"), triple("met", "Hassan", "Omar Saleh"),
                 id="new-spokesman-compound"),
])
def test_spokesperson_is_not_the_object_pronoun(text: str, wrong: tuple[str, str, str],
                                                right: tuple[str, str, str]) -> None:
    found = _triples(text)
    assert not any(t[0] == wrong[0] and wrong[1] in t[1] + t[2] and wrong[2] in t[1] + t[2] for t in found)
    assert any(t[0] == right[0] and right[1] in t[1] + t[2] and right[2] in t[1] + t[2] for t in found)


# --- family: a present-tense event inside an event the article presented as planned ---------

PLANNED_TRIP = ("Finance Minister Olga Brenner will travel to Oslo next week for talks with her "
                "Norwegian counterpart, Lars Haugen, officials said on Tuesday.\n\n")


@pytest.mark.parametrize("text", [
    pytest.param(PLANNED_TRIP + "Brenner and Haugen are expected to discuss fishing quotas. During the "
                 "visit, Brenner meets Haugen at the finance ministry and visits Tromso.",
                 id="new-during-the-planned-visit"),
    pytest.param("Finance Minister Olga Brenner will hold talks with her Norwegian counterpart Lars "
                 "Haugen in Oslo on Friday, the ministry said.\n\nBrenner meets Haugen at the finance "
                 "ministry in the morning and then visits Bergen.",
                 id="new-same-counterpart-planned"),
    pytest.param("Finance Minister Olga Brenner is to travel to Oslo on Friday for talks with Lars "
                 "Haugen.\n\nDuring the trip, she will also tour a shipyard. At the talks, Brenner and "
                 "Haugen sign a fishing accord.",
                 id="new-at-the-planned-talks"),
])
def test_present_tense_inside_a_planned_event_is_planned(text: str) -> None:
    assert _triples(text) == set()


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("Finance Minister Olga Brenner arrived in Oslo on Monday for a two-day visit.\n\n"
                 "During the visit, Brenner meets Haugen at the finance ministry.",
                 triple("met", "Brenner", "Haugen"), id="new-during-a-held-visit"),
    pytest.param(PLANNED_TRIP + "Brenner, left, meets Haugen at the finance ministry in Oslo on Monday.",
                 triple("met", "Brenner", "Haugen"), id="new-caption-present"),
    pytest.param(PLANNED_TRIP + "Brenner regularly meets Haugen at regional summits.",
                 triple("met", "Brenner", "Haugen"), id="new-habitual-present"),
    pytest.param(PLANNED_TRIP + "Brenner met Haugen in Stockholm in January.",
                 triple("met", "Brenner", "Haugen"), id="new-past-beside-a-plan"),
])
def test_held_events_beside_a_plan_are_kept(text: str, kept: tuple[str, str, str]) -> None:
    assert kept in _triples(text)


# --- family: "the two presidents" are the two the article gave that office ------------------

def test_office_collective_skips_a_pair_of_another_office() -> None:
    found = _triples("Chilean President Rosa Vidal met Peruvian President Hugo Salas in Lima on Monday. "
                     "Their foreign ministers, Ana Cruz and Jorge Mena, also attended.\n\nThe two "
                     "presidents signed a border agreement.")
    assert not any(t[0] == "agreed" and "Cruz" in " ".join(t[1:]) for t in found)
    assert any(t[0] == "agreed" and {"Vidal", "Salas"} <= set(" ".join(t[1:]).split()) for t in found)


def test_office_collective_keeps_a_pair_of_that_office() -> None:
    found = _triples("Secretary of State Paul Hart and Foreign Minister Ines Laurent held talks in Paris "
                     "on Monday.\n\nThe two ministers signed a customs agreement.")
    assert any(t[0] == "agreed" and {"Hart", "Laurent"} <= set(" ".join(t[1:]).split()) for t in found)


# --- family: a bare "the two" after two who only commented is the pair who acted before -----

def test_the_two_skips_a_pair_of_commentators() -> None:
    found = _triples("Chilean President Rosa Vidal met Peruvian President Hugo Salas in Lima on Monday. "
                     "Economists Ana Cruz and Jorge Mena said the talks could lift trade.\n\nThe two "
                     "agreed to open a new border crossing.")
    assert not any(t[0] == "agreed" and "Cruz" in " ".join(t[1:]) for t in found)
    assert any(t[0] == "agreed" and {"Vidal", "Salas"} <= set(" ".join(t[1:]).split()) for t in found)


def test_the_two_keeps_speakers_who_are_the_parties() -> None:
    # the speakers are the pair when no pair acted together just before them
    found = _triples("Trade talks resumed in Geneva on Monday.\n\nPresident Rosa Vidal and President "
                     "Hugo Salas said the mood was good. The two agreed to cut tariffs.")
    assert any(t[0] == "agreed" and {"Vidal", "Salas"} <= set(" ".join(t[1:]).split()) for t in found)


# --- family: a present-tense lead that a following sentence names again as planned ----------

LEAD = "Kenyan President Samuel Oduya visits Kampala for talks with Ugandan President Joseph Okello.\n\n"


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "The visit, scheduled for next month, will be his first since the border dispute.",
                 id="new-lead-then-scheduled"),
    pytest.param("Kenyan President Samuel Oduya meets Ugandan President Joseph Okello in Kampala.\n\n"
                 "The meeting, set for April 2, was announced by Okello's office on Tuesday.",
                 id="new-lead-then-set-for"),
    pytest.param("Kenyan President Samuel Oduya heads to Kampala to meet Ugandan President Joseph "
                 "Okello, his office said on Tuesday.\n\nThe trip is planned for next week.",
                 id="new-lead-then-planned"),
])
def test_present_lead_named_again_as_planned(text: str) -> None:
    assert _triples(text) == set()


@pytest.mark.parametrize("text", [
    pytest.param(LEAD + "The visit is his first since the border dispute.", id="new-lead-then-real"),
    pytest.param("Kenyan President Samuel Oduya meets Ugandan President Joseph Okello in Kampala.\n\n"
                 "The meeting, scheduled for noon, went ahead despite protests.",
                 id="new-lead-then-went-ahead"),
    pytest.param(LEAD + "Oduya met Okello at State House on Monday. The next visit, scheduled for "
                 "June, will take him to Gulu.", id="new-lead-then-held-then-plan"),
    pytest.param("Negotiators for Ruritania are meeting creditors in London today.\n\nThe talks follow "
                 "an agreement reached between Ruritania and the Paris Club in December. If the talks "
                 "succeed, the team will hold similar talks in Paris.",
                 id="new-present-verb-not-the-event"),
])
def test_present_lead_kept_when_not_named_as_planned(text: str) -> None:
    assert {t[0] for t in _triples(text)} & {"met", "agreed"}


def test_agreement_object_of_a_present_verb_is_kept() -> None:
    found = _triples("Negotiators for Ruritania are meeting creditors in London today.\n\nThe talks "
                     "follow an agreement reached between Ruritania and the Paris Club in December. If "
                     "the talks succeed, the team will hold similar talks in Paris.")
    assert triple("agreed", "Ruritania", "Paris Club") in found


# --- family: a description's nationality rules out a person the article gave another --------

def test_description_nationality_rules_out_and_counterpart_holds_the_office() -> None:
    found = _triples("Polish Foreign Minister Adam Nowak met his German counterpart, Klaus Weber, in "
                     "Berlin on Monday. Nowak then flew to Paris.\n\nThe German minister later accused "
                     "Russia of sabotage.")
    assert not any(t[0] == "accused" and "Nowak" in t[1] for t in found)
    assert any(t[0] == "accused" and "Weber" in t[1] and t[2] == "Russia" for t in found)


def test_description_nationality_that_fits_is_kept() -> None:
    found = _triples("Polish Foreign Minister Adam Nowak met German Foreign Minister Klaus Weber in "
                     "Berlin on Monday.\n\nThe Polish minister later accused Russia of sabotage.")
    assert any(t[0] == "accused" and "Nowak" in t[1] and t[2] == "Russia" for t in found)


# --- family: "the former president" and "the president" are different people ---------------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    pytest.param("Former president Alan Ross met President Maria Diaz at the palace on Monday.\n\nThe "
                 "former president later accused the government of neglect.",
                 ("accused", "Diaz"), ("accused", "Ross"), id="new-the-former-president"),
    pytest.param("Alan Ross, the former president, met President Maria Diaz at the palace on Monday."
                 "\n\nThe president later visited Cusco.",
                 ("visited", "Ross"), ("visited", "Diaz"), id="new-the-sitting-president"),
    pytest.param("President Alan Ross, a former banker, met opposition leader Maria Diaz at the palace "
                 "on Monday.\n\nThe president later visited Cusco.",
                 ("visited", "Diaz"), ("visited", "Ross"), id="new-former-of-another-noun"),
])
def test_former_title_keeps_people_apart(text: str, wrong: tuple[str, str], right: tuple[str, str]) -> None:
    found = _triples(text)
    assert not any(t[0] == wrong[0] and wrong[1] in t[1] for t in found)
    assert any(t[0] == right[0] and right[1] in t[1] for t in found)


# --- family: an object pronoun is not the lawyer who spoke for its referent ----------------

def test_lawyer_is_not_the_object_pronoun() -> None:
    found = _triples("Opposition leader Carl Dunne was charged with fraud on Monday. \"We have strong "
                     "evidence,\" prosecutor Maria Lenz said.\n\nHis lawyer, Tom Reed, said the case "
                     "was political. Prime Minister Eva Holm accused him of undermining the courts.")
    assert triple("accused", "Eva Holm", "Tom Reed") not in found
    assert triple("accused", "Eva Holm", "Carl Dunne") in found


# --- family: a present-tense clause set at the destination of a planned journey -------------

@pytest.mark.parametrize("text", [
    pytest.param("Japanese Prime Minister Kenji Sato leaves for Seoul tomorrow.\n\nIn Seoul, Sato meets "
                 "South Korean President Lee Min-ho and visits a shipyard in Ulsan.",
                 id="new-in-the-planned-destination"),
    pytest.param("Japanese Prime Minister Kenji Sato will fly to Seoul on Friday.\n\nThere he holds "
                 "talks with South Korean President Lee Min-ho and tours the DMZ.",
                 id="new-there-at-the-planned-destination"),
])
def test_present_tense_at_a_planned_destination_is_planned(text: str) -> None:
    assert not any(t[0] == "met" for t in _triples(text))


def test_present_tense_at_a_destination_reached_is_kept() -> None:
    found = _triples("Japanese Prime Minister Kenji Sato arrived in Seoul on Monday.\n\nIn Seoul, Sato "
                     "meets South Korean President Lee Min-ho and visits a shipyard.")
    assert triple("met", "Sato", "Lee Min-ho") in found


# --- family: "the visit" names the visit of a meeting's foreign guest ------------------------

TALKS = ("Canadian Foreign Minister Claire Dubois and Mexican Foreign Minister Luis Ortega held talks "
         "in Mexico City on Monday.\n\n")


def test_the_visit_names_the_guest_of_a_meeting_abroad() -> None:
    found = _triples(TALKS + "The visit is the first by a Canadian minister in three years.")
    assert triple("visited", "Claire Dubois", "Mexico City") in found
    assert not any(t[0] == "visited" and "Ortega" in t[1] for t in found)


@pytest.mark.parametrize("text", [
    pytest.param(TALKS + "The visit will be followed by a trade mission.", id="new-visit-still-to-come"),
    pytest.param("Foreign Minister Claire Dubois and Foreign Minister Luis Ortega held talks in Mexico "
                 "City on Monday.\n\nThe visit is the first in three years.", id="new-no-nationalities"),
    pytest.param(TALKS + "Her visit to Monterrey is the first by a Canadian minister.",
                 id="new-visit-with-words-of-its-own"),
])
def test_the_visit_without_a_foreign_guest_adds_nothing(text: str) -> None:
    assert not any(t[0] == "visited" and t[2] == "Mexico City" for t in _triples(text))


# --- family: "the two sides" are the parties named as a pair, not two people of one side -----

def test_the_two_sides_are_the_parties_not_one_delegation() -> None:
    found = _triples("Kenya and Uganda signed a pipeline deal on Monday. Kenyan President Samuel Oduya "
                     "and Foreign Minister Grace Wambui attended the ceremony.\n\nThe two sides agreed "
                     "to start construction in June.")
    assert not any(t[0] == "agreed" and {"Oduya", "Wambui"} <= set(" ".join(t[1:]).split()) for t in found)
    assert triple("agreed", "Kenya", "Uganda") in found


def test_the_two_sides_are_two_people_when_no_parties_are_named() -> None:
    found = _triples("President Samuel Oduya and rebel commander Joseph Lado held talks in Nairobi on "
                     "Monday.\n\nThe two sides agreed to a ceasefire.")
    assert any(t[0] == "agreed" and {"Oduya", "Lado"} <= set(" ".join(t[1:]).split()) for t in found)


# --- family: "he and X" is the one who last acted with X ------------------------------------

def test_he_and_partner_is_who_last_acted_with_the_partner() -> None:
    found = _triples("Ugandan President Joseph Okello welcomed Kenyan President Samuel Oduya to Kampala on "
                     "Monday. Okello's aide, Peter Mugisha, briefed reporters.\n\nLater he and Oduya "
                     "toured a refinery together.")
    assert not any("Mugisha" in t[1] for t in found)
    assert any(t[0] == "visited" and "Okello" in t[1] for t in found)


def test_he_and_partner_without_an_earlier_partner_keeps_the_subject() -> None:
    found = _triples("Chancellor Olaf Berg was in Washington on Monday, where he and President Ann "
                     "Cole presented a joint plan at the White House.")
    assert any(t[0] == "met" and {"Berg", "Cole"} <= set(" ".join(t[1:]).split()) for t in found)
