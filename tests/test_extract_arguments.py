"""Issue 11, sentence-level families 1, 2, 4, 6 and 7: open-class arguments, light verbs and
nouns, business deals, reciprocals. Every sentence here was written for these tests (ids
``new-*``); none is dev-set text.

Each family has positive cases (the triple must be found) and negative ones (a tempting triple
must not be).
"""

from __future__ import annotations

import pytest
from extract_helpers import triple, triples

ACC, AGR, MET = "accused", "agreed", "met"

# -- family 2: nominal accusations (who made the charge, who denies it) ------------------------
NOMINAL_ACCUSATIONS = [
    pytest.param("The bank settled charges the government filed against its brokerage unit.",
                 triple(ACC, "government", "brokerage unit"), id="new-charges-the-government-filed"),
    pytest.param("The company rejected allegations by regulators that it hid losses.",
                 triple(ACC, "regulators", "company"), id="new-denier-is-the-accused"),
    pytest.param("Moscow dismissed British accusations that it poisoned the spy.",
                 triple(ACC, "British", "Moscow"), id="new-dismissed-accusations"),
    pytest.param("U.S. regulators filed fraud charges on Monday against the former chairman.",
                 triple(ACC, "U.S. regulators", "former chairman"), id="new-filed-charges-against"),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_ACCUSATIONS)
def test_nominal_accusations(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_a_denied_charge_accuses_the_denier_not_the_pronoun() -> None:
    found = triples("Iran denied U.S. charges that it was building a nuclear weapon.")
    assert found == {triple(ACC, "U.S.", "Iran")}


def test_a_charge_without_an_author_accuses_nobody() -> None:
    # no one is named as making the charges: a passive with no accuser (annotation rule)
    assert triples("The bank denied charges that it laundered money.", predicate=ACC) == set()
    assert triples("The cooling unit failed after the charges were filed.") == set()


# -- family 2: settlements with the party that brought the charge ------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Time Warner settled fraud charges brought by the SEC.",
                 triple(AGR, "SEC", "Time Warner"), id="new-settled-charges-brought-by"),
    pytest.param("Microsoft settled a lawsuit filed by Sun.", triple(AGR, "Microsoft", "Sun"),
                 id="new-settled-lawsuit-filed-by"),
    pytest.param("The bank settled charges the government filed against its brokerage unit.",
                 triple(AGR, "bank", "government"), id="new-settled-charges-the-government-filed"),
])
def test_a_settlement_is_an_agreement_with_the_accuser(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_a_settlement_with_nobody_named_is_no_agreement() -> None:
    assert triples("Time Warner settled the lawsuit.") == set()
    assert triples("The insurer settled the claims for $5 million.") == set()


# -- family 7: reciprocal accusations ----------------------------------------------------------
def test_traded_accusations_go_both_ways() -> None:
    found = triples("Armenia and Azerbaijan traded accusations of shelling.")
    assert found == {triple(ACC, "Armenia", "Azerbaijan"), triple(ACC, "Azerbaijan", "Armenia")}


def test_traded_barbs_or_one_side_is_no_accusation() -> None:
    assert triples("The two parties traded barbs over the budget.") == set()
    assert triples("Armenia traded accusations of shelling.") == set()


# -- family 2: business deals (a deal's action names the other party) --------------------------
BUSINESS_DEALS = [
    pytest.param("Disney struck a deal to acquire Pixar.", {triple(AGR, "Disney", "Pixar")},
                 id="new-struck-a-deal-to-acquire"),
    pytest.param("Comcast reached an agreement to buy NBC Universal from General Electric.",
                 {triple(AGR, "Comcast", "NBC Universal"), triple(AGR, "Comcast", "General Electric")},
                 id="new-agreement-to-buy-from"),
    pytest.param("Nextel agreed to be acquired by Sprint for $35 billion.",
                 {triple(AGR, "Nextel", "Sprint")}, id="new-agreed-to-be-acquired-by"),
    pytest.param("Oracle agreed to sell its hardware unit to Fujitsu.",
                 {triple(AGR, "Oracle", "Fujitsu")}, id="new-agreed-to-sell-to"),
    pytest.param("Exxon agreed to buy Mobil.", {triple(AGR, "Exxon", "Mobil")}, id="new-agreed-to-buy"),
    pytest.param("Boeing won a contract from the Pentagon.", {triple(AGR, "Boeing", "Pentagon")},
                 id="new-won-a-contract-from"),
    pytest.param("Halliburton was awarded a contract by the Army.",
                 {triple(AGR, "Halliburton", "Army")}, id="new-awarded-a-contract-by"),
    pytest.param("The Pentagon awarded Boeing a contract.", {triple(AGR, "Pentagon", "Boeing")},
                 id="new-awarded-someone-a-contract"),
    pytest.param("The company won the contract to manage the prisons with the Interior Ministry.",
                 {triple(AGR, "company", "Interior Ministry")}, id="new-contract-to-run-with"),
]


@pytest.mark.parametrize(("text", "expected"), BUSINESS_DEALS)
def test_business_deals(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(text, predicate=AGR) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Microsoft agreed to buy more servers.", id="new-buy-things"),
    pytest.param("The company agreed to buy back shares.", id="new-buy-back"),
    pytest.param("Google struck a deal to build a data center.", id="new-deal-to-build"),
    pytest.param("Siemens won a contract to build power plants.", id="new-contract-no-counterpart"),
    pytest.param("The suspect agreed to be questioned by police.", id="new-passive-no-name"),
    pytest.param("The company agreed to buy the plant from the city.", id="new-seller-not-named"),
    pytest.param("The US Congress agreed to lift embargoes on sales to Cuba, with strings attached.",
                 id="new-with-strings-attached"),
])
def test_a_deal_needs_a_named_counterpart(text: str) -> None:
    assert triples(text, predicate=AGR) == set()


# -- family 2: an allegation named after the statement, denied by the accused ------------------
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Pakistan's army said Indian troops had shelled its posts, a charge New Delhi denied.",
                 triple(ACC, "Pakistan's army", "New Delhi"), id="new-a-charge-x-denied"),
    pytest.param("The minister said rebels had attacked the convoy, an accusation the group rejected "
                 "on Sunday.", triple(ACC, "minister", "group"), id="new-an-accusation-x-rejected"),
])
def test_an_allegation_summing_up_a_statement(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


def test_a_denied_claim_or_loss_is_no_accusation() -> None:
    assert triples("The report said sales had risen, a claim the company denied.") == set()
    assert triples("The storm destroyed the harbour, a loss the town denied.") == set()
    # the accusation is the verb's; the summing-up noun adds no second accuser
    assert triples("India accused Pakistan of sheltering militants, a charge Islamabad denies.") == {
        triple(ACC, "India", "Pakistan")}


# -- family 1: described actors, coordinated modifiers, participles ---------------------------
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A senior U.S. official accused Iran of hiding nuclear work.",
                 {triple(ACC, "senior U.S. official", "Iran")}, id="new-senior-official"),
    pytest.param("Haitian government officials accused the former president of corruption.",
                 {triple(ACC, "Haitian government officials", "former president")}, id="new-officials"),
    pytest.param("Media reports accused the minister of taking bribes.",
                 {triple(ACC, "Media reports", "minister")}, id="new-media-reports"),
    pytest.param("US and EU negotiators met in Geneva on Friday.",
                 {triple(MET, "US negotiators", "EU negotiators")}, id="new-us-and-eu-negotiators"),
    pytest.param("Obama met with union leaders on Monday.", {triple(MET, "Obama", "union leaders")},
                 id="new-met-a-group"),
    pytest.param("Serbia lodged a protest with Albania today, charging its neighbour with arming "
                 "rebels in what is said was tantamount to war.",
                 {triple(ACC, "Serbia", "neighbour")}, id="new-participle-made-a-subject"),
])
def test_described_actors(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("A senior official said the talks would continue.", id="new-no-event"),
    pytest.param("Several analysts said the deal was good for Iran.", id="new-opinion"),
    pytest.param("Meeting reporters in Paris, Kerry and Lavrov said the talks had gone well.",
                 id="new-meeting-reporters"),
    pytest.param("Meeting in Paris, Kerry said the talks had gone well.", id="new-meeting-alone"),
])
def test_no_actor_pair_no_triple(text: str) -> None:
    assert triples(text) == set()


# -- family 7: collective events of coordinated subjects ---------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Meeting in Moscow, Berlusconi and Putin said they welcomed the result.",
                 triple(MET, "Berlusconi", "Putin"), id="new-meeting-participle"),
    pytest.param("Speaking to reporters after their talks. Meeting in Geneva, the French and German "
                 "ministers said they had made progress.",
                 triple(MET, "French ministers", "German ministers"), id="new-meeting-participle-second"),
])
def test_an_opening_meeting_participle_joins_the_subjects(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, predicate=MET)


# -- family 1/2: split words, sides of a list, lists before a pronoun, the quote's speaker -----
def test_a_hyphenated_agreement_noun_split_by_the_tokenizer() -> None:
    assert triples("The United Nations brokered a cease-fire between the army and the rebels.") == {
        triple(AGR, "army", "rebels")}
    assert triples("The army opened fire on the rebels.") == set()


def test_plus_joins_the_side_before_it() -> None:
    found = triples("The July 14 agreement, reached between Iran and the U.S. plus five other world "
                    "powers, calls on Tehran to act.")
    assert found == {triple(AGR, "Iran", "U.S."), triple(AGR, "Iran", "five other world powers")}
    # a plain list of three: each pair
    assert len(triples("The accord between Egypt, Jordan and Israel was signed.")) == 3


def test_every_item_of_a_list_before_they_is_held_responsible() -> None:
    found = triples('"The police, the army, the government, they are all responsible for the deaths," '
                    "said Ahmed, a resident.")
    assert found == {triple(ACC, "Ahmed", x) for x in ("police", "army", "government")}


def test_a_first_person_pronoun_in_a_quote_is_its_speaker() -> None:
    assert triples('"I know many people hold me responsible for the failure," Smith said.') == {
        triple(ACC, "many people", "Smith")}
    assert triples('"We met the president twice," the minister said.') == {
        triple(MET, "minister", "president")}
    # no quotation: "me" is someone else; a pronoun speaker names nobody
    assert triples("Smith said he met me.") == set()
    assert triples("I met the president, he said.") == set()


def test_people_hold_views_not_blame() -> None:
    assert triples("Many people hold the minister responsible for the crisis.") == {
        triple(ACC, "Many people", "minister")}
    assert triples("People hold different views on the crisis.") == set()


# -- family 2: more light verbs and nouns ------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iran and Iraq inked a deal on oil exports.", triple(AGR, "Iran", "Iraq"), id="new-inked"),
    pytest.param("Ford and Volkswagen announced a partnership on electric cars.",
                 triple(AGR, "Ford", "Volkswagen"), id="new-announced-a-partnership"),
    pytest.param("Exxon announced a merger with Mobil.", triple(AGR, "Exxon", "Mobil"), id="new-merger-with"),
    pytest.param("Prosecutors leveled new accusations at the senator.",
                 triple(ACC, "Prosecutors", "senator"), id="new-levelled-at"),
    pytest.param("Kenya pointed the finger at Somali militants.",
                 triple(ACC, "Kenya", "Somali militants"), id="new-pointed-the-finger"),
    pytest.param("Pompeo sat down with Lavrov in Sochi.", triple(MET, "Pompeo", "Lavrov"), id="new-sat-down-with"),
])
def test_light_verbs_and_nouns(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == {expected}


@pytest.mark.parametrize("text", [
    pytest.param("The ministry announced an agreement on Monday.", id="new-one-party-announces"),
    pytest.param("Apple announced a new phone.", id="new-announced-a-product"),
    pytest.param("The two firms discussed a possible merger.", id="new-possible-merger"),
    pytest.param("The compass pointed at the mountain.", id="new-pointed-at"),
    pytest.param("Pompeo sat down with reporters in Sochi.", id="new-sat-down-with-reporters"),
    pytest.param("The minister sat down on a bench.", id="new-sat-down"),
    pytest.param("The ministry lodged a complaint against Japan.", id="new-complaint-is-no-accusation"),
])
def test_light_verbs_without_an_event(text: str) -> None:
    assert triples(text) == set()


# -- family 7: more reciprocals ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    pytest.param("India and China accused one another of border violations.", id="new-one-another"),
    pytest.param("Armenia and Azerbaijan have traded blame for the violence.", id="new-traded-blame"),
    pytest.param("Each side blamed the other for the breakdown, India and China said.",
                 id="new-each-side-reported"),
])
def test_reciprocal_accusations_go_both_ways(text: str) -> None:
    names = ("Armenia", "Azerbaijan") if "Armenia" in text else ("India", "China")
    assert triples(text) == {triple(ACC, names[0], names[1]), triple(ACC, names[1], names[0])}


def test_a_reciprocal_needs_two_named_sides() -> None:
    assert triples("Each side blamed the other for the breakdown, the mediator said.") == set()
    assert triples("The rivals blamed each other.") == set()


# -- family 4: where the people visited are, stops on a journey --------------------------------
VISITED = "visited"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("BAGHDAD (Reuters) - Rumsfeld visited US troops in the capital on Sunday.",
                 triple(VISITED, "Rumsfeld", "BAGHDAD"), id="new-the-capital-of-the-dateline"),
    pytest.param("The prime minister visited flood victims in Sindh on Monday.",
                 triple(VISITED, "prime minister", "Sindh"), id="new-visited-people-in-a-place"),
    pytest.param("The minister visited wounded soldiers at a hospital in Kabul.",
                 triple(VISITED, "minister", "Kabul"), id="new-at-a-hospital-in"),
    pytest.param("The secretary flew on to Tokyo after stops in Seoul and Manila.",
                 triple(VISITED, "secretary", "Manila"), id="new-after-stops-in"),
])
def test_travel_places(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, predicate=VISITED)


@pytest.mark.parametrize("text", [
    pytest.param("Rumsfeld visited US troops in the capital on Sunday.", id="new-capital-without-dateline"),
    pytest.param("The minister visited the refugees in the city.", id="new-the-city-unnamed"),
    pytest.param("The convoy came to a stop in the desert.", id="new-came-to-a-stop"),
    pytest.param("The truce brought a stop to fighting in Gaza.", id="new-a-stop-to-fighting"),
])
def test_no_named_place_no_visit(text: str) -> None:
    assert triples(text, predicate=VISITED) == set()


# -- precision: hard negatives around the new mechanisms ---------------------------------------
@pytest.mark.parametrize("text", [
    pytest.param("Microsoft offered to buy Yahoo for $44 billion.", id="new-offered-to-buy"),
    pytest.param("The company plans to sell its unit to Fujitsu.", id="new-plans-to-sell"),
    pytest.param("Nextel refused to be acquired by Sprint.", id="new-refused-to-be-acquired"),
    pytest.param("Disney failed to reach a deal to acquire Pixar.", id="new-failed-deal"),
    pytest.param("Boeing bid for a contract with the Pentagon.", id="new-bid-for-a-contract"),
    pytest.param("The firm hopes to win a contract from the army.", id="new-hopes-to-win"),
    pytest.param("Prosecutors may file charges against the mayor.", id="new-may-file-charges"),
    pytest.param("Kerry said he would sit down with Lavrov next week.", id="new-would-sit-down"),
    pytest.param('"We will meet the president next week," the minister said.', id="new-quote-future"),
    pytest.param("The two teams traded goals in the first half.", id="new-traded-goals"),
])
def test_unreal_or_unnamed_deals_and_charges(text: str) -> None:
    assert triples(text) == set()


# -- family 2: a relative clause without "that" on an agreement noun ---------------------------
def test_the_deal_x_negotiated_with_y_is_real_whatever_is_wanted_of_it() -> None:
    text = ("Trump wants to rip up the nuclear deal former President Barack Obama and other world "
            "leaders negotiated with Iran.")
    assert triples(text, predicate=AGR) == {triple(AGR, "Barack Obama", "Iran"),
                                            triple(AGR, "other world leaders", "Iran")}
    assert triples("The senator attacked the accord President Obama signed with Cuba.",
                   predicate=AGR) == {triple(AGR, "Obama", "Cuba")}


def test_the_deal_x_would_negotiate_is_not() -> None:
    assert triples("Trump wants to rip up the deal Obama would negotiate with Iran.",
                   predicate=AGR) == set()


def test_an_object_the_parser_made_a_participles_subject() -> None:
    text = ("Regulators filed charges against the bank's chairman and his deputy, Tom Reed, moving "
            "to bar them from office.")
    assert triples(text) == {triple(ACC, "Regulators", "chairman"), triple(ACC, "Regulators", "Tom Reed")}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The former mayor has been accused of taking bribes, much of it paid in cash, by "
                 "federal prosecutors.", triple(ACC, "federal prosecutors", "former mayor"),
                 id="new-late-agent-on-a-participle"),
    pytest.param("Ousted leader Jean Dupont has been accused of stealing up to 5 million dollars in state "
                 "funds, much of it believed to have been hidden abroad, by the current government.",
                 triple(ACC, "current government", "Jean Dupont"), id="new-late-agent-on-an-xcomp"),
])
def test_a_late_by_phrase_after_a_parenthetical_is_the_accuser(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == {expected}


@pytest.mark.parametrize("text", [
    pytest.param("The minister was accused of lying, which was followed by a scandal.", id="new-by-a-thing"),
    pytest.param("The minister was accused of lying after his speech, which was attended by students.",
                 id="new-by-without-comma"),
])
def test_a_by_phrase_of_another_clause_is_no_accuser(text: str) -> None:
    assert triples(text) == set()


def test_a_future_date_after_a_nominal_visit_makes_it_planned() -> None:
    assert triples("Supporters and critics of the president's trip to Cuba later this month agree on "
                   "one thing.", predicate=VISITED) == set()
    assert triples("The president's trip to Cuba last week angered critics.", predicate=VISITED) == {
        triple(VISITED, "president", "Cuba")}


# -- family 6: not the event (force, one's own companions) -------------------------------------
def test_meeting_a_crowd_with_force_is_no_meeting() -> None:
    assert triples("Police met protesters with tear gas.") == set()
    assert triples("Soldiers met the marchers with live ammunition.") == set()
    assert triples("Police met with protest leaders on Monday.") == {triple(MET, "Police", "protest leaders")}


def test_who_came_along_is_not_who_was_met() -> None:
    assert triples("The minister met the protesters with his aides.") == {
        triple(MET, "minister", "protesters")}
    assert triples("The minister met with his French counterpart.") == {
        triple(MET, "minister", "French counterpart")}


def test_buying_a_stake_agrees_with_the_company() -> None:
    assert triples("Vivendi said Monday it had agreed to buy a stake in Maroc Telecom.",
                   predicate=AGR) == {triple(AGR, "Vivendi", "Maroc Telecom")}
    assert triples("Vivendi agreed to buy a house in Paris.", predicate=AGR) == set()


# -- family 2: addressing someone during one's visit is meeting them ----------------------------
def test_addressing_someone_during_ones_visit() -> None:
    assert triples("During his visit to Kabul, Musharraf congratulated Karzai on his victory.",
                   predicate=MET) == {triple(MET, "Musharraf", "Karzai")}
    # someone else's visit, a people, an audience, or praise from afar: no meeting
    assert triples("During Obama's visit, Merkel thanked Putin.", predicate=MET) == set()
    assert triples("During his visit to Kabul, Musharraf congratulated the Afghan people.",
                   predicate=MET) == set()
    assert triples("During his visit to Kabul, Musharraf told reporters that peace was near.",
                   predicate=MET) == set()
    assert triples("During his visit, Kerry praised Macron.", predicate=MET) == set()


# -- family 2: "the blame falls on X", reported ------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The blame falls on the home secretary for the affair, the magazine charges.",
                 triple(ACC, "magazine", "home secretary"), id="new-blame-falls-on-the-magazine-charges"),
    pytest.param("The blame falls on the home secretary for the affair, the magazine itself charges in "
                 "its latest issue.", triple(ACC, "magazine", "home secretary"), id="new-charges-in-its-issue"),
    pytest.param("The blame lies with the government, the opposition leader said.",
                 triple(ACC, "opposition leader", "government"), id="new-blame-lies-with"),
])
def test_the_blame_falls_on(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == {expected}


@pytest.mark.parametrize("text", [
    pytest.param("The blame falls on the government.", id="new-blame-without-a-speaker"),
    pytest.param("The blame does not lie with the government, the minister said.", id="new-negated"),
    pytest.param("The hotel raised its prices, the company charges.", id="new-charges-no-blame"),
])
def test_the_blame_falls_on_nobody_named(text: str) -> None:
    assert triples(text) == set()


# -- family 2/4: talks named by the deal they are about; leaving a place after talks -----------
def test_talks_about_a_takeover_are_with_the_other_company() -> None:
    text = "Noranda is in exclusive talks to be acquired by a Chinese metals producer, the two companies confirmed."
    assert triples(text) == {triple(MET, "Noranda", "Chinese metals producer")}
    assert triples("Google is in talks to buy Motorola.") == {triple(MET, "Google", "Motorola")}
    assert triples("The union is in talks to end the strike.") == set()
    assert triples("The rebels are in talks to be disarmed.") == set()


def test_leaving_a_place_after_talks_there_was_a_visit() -> None:
    assert triples("Mbeki left the rebel town of Bouake after talks on Sunday.") == {
        triple(VISITED, "Mbeki", "Bouake")}
    assert triples("The minister left the country after the election.") == set()
    assert triples("He left his job after talks with his boss.") == set()


def test_bearing_responsibility_in_reported_speech() -> None:
    assert triples("The official said Iran bears full responsibility for the attack.") == {
        triple(ACC, "official", "Iran")}
    assert triples("Iran bears responsibility for the attack.") == set()  # no accuser
    assert triples("The minister said the state bears no responsibility for the crash.") == set()
    assert triples("The group claimed responsibility for the attack, police said.") == set()


# -- family 2: who denies an accusation that names no one else is its target -------------------
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Beijing denied Japanese allegations of espionage.", triple(ACC, "Japanese", "Beijing"),
                 id="new-denied-allegations-of"),
    pytest.param("Moscow has denied accusations by Western governments that it interfered in the vote.",
                 triple(ACC, "Western governments", "Moscow"), id="new-denied-accusations-by"),
    pytest.param("The allegations, made by a former aide, were denied by the governor.",
                 triple(ACC, "former aide", "governor"), id="new-were-denied-by"),
    pytest.param("The charges against the senator were brought by federal prosecutors.",
                 triple(ACC, "federal prosecutors", "senator"), id="new-charges-were-brought-by"),
])
def test_the_denier_is_the_accused(text: str, expected: tuple[str, str, str]) -> None:
    assert triples(text) == {expected}


@pytest.mark.parametrize("text", [
    pytest.param("The opposition's allegations of vote-rigging were dismissed by the commission.",
                 id="new-dismissed-by-a-third-party"),
    pytest.param("The court rejected the prosecution's allegations of fraud.", id="new-court-rejected"),
])
def test_a_third_party_that_rejects_an_accusation_is_not_accused(text: str) -> None:
    assert triples(text) == set()


# -- family 1/7: coordinated groups ------------------------------------------------------------
def test_coordinated_actor_nouns_stay_whole() -> None:
    assert triples("Colombia's government and FARC rebels signed a peace accord in Havana.",
                   predicate=AGR) == {triple(AGR, "Colombia's government", "FARC rebels")}
    assert triples("Farmers and truck drivers met the minister.") == {
        triple(MET, "Farmers", "minister"), triple(MET, "truck drivers", "minister")}


def test_two_described_sides_holding_talks_met() -> None:
    assert triples("Government negotiators and rebel commanders held talks in Doha.") == {
        triple(MET, "Government negotiators", "rebel commanders")}
    # a gathering of kinds of people is no meeting between sides
    assert triples("Local researchers and foreign scholars held a conference in Paris.") == set()
    assert triples("Farmers and truck drivers held talks on Monday.") == set()


def test_people_by_trade_and_modified_figures() -> None:
    assert triples("Kerry met opposition figures in Cairo.") == {triple(MET, "Kerry", "opposition figures")}
    assert triples("Pfizer agreed with the German drugmaker on a merger.") == {
        triple(AGR, "Pfizer", "German drugmaker")}
    assert triples("The figures show a rise in sales.") == set()


def test_names_glued_into_one_entity_are_split_even_when_the_first_is_tagged_a_noun() -> None:
    assert triples("Alcatel and Lucent agreed to combine.") == {triple(AGR, "Alcatel", "Lucent")}


def test_a_capital_tagged_an_adjective_and_wrongdoing_alleged_by_a_party() -> None:
    assert triples("Kyiv blames pro-Russian separatists for the downing of the airliner.") == {
        triple(ACC, "Kyiv", "pro-Russian separatists")}
    assert triples("The opposition alleges widespread fraud by the ruling party.") == {
        triple(ACC, "opposition", "ruling party")}
    assert triples("The opposition alleges widespread fraud.") == set()


def test_counted_people_are_actors_and_counted_things_are_not() -> None:
    assert triples("Thousands of protesters accused the president of rigging the election.") == {
        triple(ACC, "Thousands of protesters", "president")}
    assert triples("Thousands of refugees arrived in Greece.") == set()  # migrants moving: no visit


def test_whoever_acts_under_a_deal_in_which_x_agreed_is_its_other_party() -> None:
    assert triples("Washington lifted sanctions on Tehran as part of a deal in which Iran agreed to "
                   "curb its nuclear program.", predicate=AGR) == {triple(AGR, "Iran", "Washington")}
    assert triples("The deal, under which Iran agreed to curb its program, was signed in 2015.",
                   predicate=AGR) == set()


def test_buying_a_makers_goods_agrees_with_the_maker() -> None:
    assert triples("Qantas agreed to buy 20 Airbus jets.", predicate=AGR) == {triple(AGR, "Qantas", "Airbus")}
    assert triples("The airline agreed to buy Boeing's new jets.", predicate=AGR) == {
        triple(AGR, "airline", "Boeing")}
    assert triples("The family agreed to buy a Toyota car.", predicate=AGR) == set()


def test_agreed_a_deal_with() -> None:
    assert triples("The union has agreed a pay deal with the company.", predicate=AGR) == {
        triple(AGR, "union", "company")}
    assert triples("Greece agreed a bailout with its creditors.", predicate=AGR) == {
        triple(AGR, "Greece", "creditors")}
    assert triples("The minister agreed a plan with a smile.", predicate=AGR) == set()


def test_a_country_hosting_a_guest_is_where_the_guest_went() -> None:
    assert triple(VISITED, "Indian prime minister", "Japan") in triples(
        "Japan hosted the Indian prime minister for a three-day visit.")
    assert triples("Qatar hosted the World Cup.") == set()
    assert triples("Jordan hosted 600,000 refugees.") == set()


def test_a_party_described_by_its_tie_to_the_other_is_the_same_side() -> None:
    found = triples("Trump and his wife Melania met the pope.")
    assert triple(MET, "Trump", "pope") in found and triple(MET, "Melania", "pope") in found
    assert triple(MET, "Trump", "Melania") not in found


def test_guilty_and_behind_more_wrongdoing_in_reported_speech() -> None:
    assert triples("The UN said the militia was guilty of war crimes.") == {triple(ACC, "UN", "militia")}
    assert triples("The army said rebels were behind the ambush.") == {triple(ACC, "army", "rebels")}
    assert triples("The court found him guilty of fraud.") == set()
    assert triples("He said he was not guilty.") == set()


def test_telling_someone_at_a_venue_is_in_person() -> None:
    assert triples("The envoy told the king at the palace that the rebels had agreed.") == {
        triple(MET, "envoy", "king")}
    # a city, an audience or a phone is not a meeting
    assert triples("The minister told the ambassador in London that he was wrong.") == set()
    assert triples("The minister told reporters at the airport that talks would continue.") == set()
    assert triples("The minister told the ambassador by phone at his office that he was wrong.") == set()
    assert triples("The witness told the jury at the courthouse that he saw the attack.") == set()


def test_extending_or_renewing_a_deal_is_agreeing() -> None:
    assert triples("Argentina and Venezuela have extended a food-for-oil deal.", predicate=AGR) == {
        triple(AGR, "Argentina", "Venezuela")}
    assert triples("The court extended the deadline.") == set()


def test_accepting_what_another_proposed() -> None:
    assert triples("The union accepted what the company proposed.") == {triple(AGR, "union", "company")}
    assert triples("The minister said he accepts what the court decided.") == set()


def test_a_name_with_a_slash_is_one_name() -> None:
    assert triples("The SPLM/A accused the government of bombing villages.") == {
        triple(ACC, "SPLM/A", "government")}


def test_a_deal_to_deal_in_a_makers_goods_is_with_the_maker() -> None:
    assert triples("McDonald's said it signed a deal to serve Coca-Cola drinks.", predicate=AGR) == {
        triple(AGR, "McDonald", "Coca-Cola")}
    assert triples("Walmart agreed to stock Apple phones.", predicate=AGR) == {triple(AGR, "Walmart", "Apple")}
    assert triples("The chain signed a deal to serve healthier food.", predicate=AGR) == set()


def test_a_future_date_after_nominal_talks_makes_them_planned() -> None:
    assert triples("Supporters of talks between Israel and Hamas later this week say they are needed.") == set()
    assert triples("The summit between Trump and Kim last month achieved little.") == {
        triple(MET, "Trump", "Kim")}
