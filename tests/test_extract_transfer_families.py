"""Mechanisms that must transfer to unseen news (issue 11, kinds 1, 2, 4, 6, 7, 8), one block per
family: every sentence was written for these tests (ids ``new-*``); each family has sentences that
must give exactly the triples listed and hard negatives that must give none of the predicate.

Each mechanism was written against the misses of one readable set and kept only when it helped,
or did nothing, on a set it was not written on (see README, "Transfer round").
"""

from __future__ import annotations

import pytest
from extract_helpers import triple, triples


def _p(predicate: str, text: str, pairs: list[tuple[str, str]], id_: str) -> object:
    return pytest.param(predicate, text, {triple(predicate, a, b) for a, b in pairs}, id=id_)


# -- kind 1: a nationality or an owner makes a group noun a party --------------------------------
OWNED_GROUPS = [
    _p("accused", "The Kremlin blamed Ukrainian special services for the blast at the arms depot.",
       [("Kremlin", "Ukrainian special services")], "new-blamed-nationality-services"),
    _p("accused", "Greece blamed the Turkish side for the collapse of the border talks.",
       [("Greece", "Turkish side")], "new-blamed-turkish-side"),
    _p("accused", "Kyiv accused Russia's security establishment of plotting the sabotage.",
       [("Kyiv", "Russia's security establishment")], "new-accused-owned-establishment"),
]
OWNED_GROUPS_NEGATIVE = [
    pytest.param("accused", "Officials blamed Chinese imports for the loss of factory jobs.",
                 id="new-blamed-imports"),
    pytest.param("accused", "Traders blamed the Russian market for the fall in wheat prices.",
                 id="new-blamed-market"),
    pytest.param("accused", "Economists blamed the special services sector for the slowdown.",
                 id="new-blamed-unowned-sector"),
]

# -- kind 2: accepting another party's offer agrees with that party ------------------------------
ACCEPTED_OFFERS = [
    _p("agreed", "Shareholders of Tarn Copper approved the takeover bid from Australia's Kelso Gold "
       "on Tuesday.", [("Shareholders", "Kelso Gold")], "new-approved-bid-from"),
    _p("agreed", "Volvo accepted the takeover offer from Zhejiang Holdings.",
       [("Volvo", "Zhejiang Holdings")], "new-accepted-offer-from-hung-on-verb"),
    _p("agreed", "The union endorsed the pay offer from Ford Motor.", [("union", "Ford Motor")],
       "new-endorsed-offer-from"),
]
ACCEPTED_OFFERS_NEGATIVE = [
    pytest.param("agreed", "Shareholders of Tarn Copper rejected the takeover bid from Kelso Gold.",
                 id="new-rejected-bid"),
    pytest.param("agreed", "The board said it would not accept the bid from Kelso Gold.",
                 id="new-would-not-accept-bid"),
    pytest.param("agreed", "Shareholders approved the offer on Friday.", id="new-approved-offer-of-nobody"),
    pytest.param("agreed", "Shareholders will vote on the offer from Kelso Gold on Friday.",
                 id="new-will-vote-on-offer"),
]

# -- kind 4: a journey that took someone to a list of places -----------------------------------
JOURNEYS_TAKING = [
    _p("visited", "Prime Minister Anna Sorel made a tour that took her to Ghana, Togo and Benin.",
       [("Anna Sorel", "Ghana"), ("Anna Sorel", "Togo"), ("Anna Sorel", "Benin")],
       "new-tour-that-took-her-to-list"),
    _p("visited", "The tour took Marta Quell to Chile and Peru.",
       [("Marta Quell", "Chile"), ("Marta Quell", "Peru")], "new-tour-took-name-to"),
    _p("visited", "Cardinal Ruben Ostra said Mass in Lagos, the last stop of a pilgrimage that also "
       "took him to Abuja.", [("Ruben Ostra", "Abuja")], "new-relative-trip-also-took-him"),
]
JOURNEYS_TAKING += [
    _p("visited", "Blinken's four-day swing through Asia included stops in Tokyo and Seoul.",
       [("Blinken", "Tokyo"), ("Blinken", "Seoul")], "new-swing-included-stops"),
]
JOURNEYS_TAKING += [
    _p("visited", "The senator began the day in Iowa before flying to Nevada.",
       [("senator", "Iowa"), ("senator", "Nevada")], "new-began-the-day-in"),
]
JOURNEYS_TAKING += [
    _p("visited", "Macron, fresh from a visit to Beijing, urged Europe to avoid a crisis over Taiwan.",
       [("Macron", "Beijing")], "new-fresh-from-a-visit"),
]
JOURNEYS_TAKING_NEGATIVE = [
    pytest.param("visited", "Scholz, eager for a visit to Beijing, said ties were stable.",
                 id="new-eager-for-a-visit"),
    pytest.param("visited", "The senator will begin the day in Iowa.", id="new-will-begin-the-day-in"),
    pytest.param("visited", "The president's tour will include stops in Lima and Quito.",
                 id="new-tour-will-include-stops"),
    pytest.param("visited", "Sorel will begin a tour on Monday that will take her to Ghana and Togo.",
                 id="new-tour-that-will-take-her"),
    pytest.param("visited", "The job took her to court twice.", id="new-took-her-to-court"),
]

# -- kinds 1 and 8: a statement of harm summed up as a claim another party denies ---------------
DENIED_CLAIMS = [
    _p("accused", "The army said Kachin rebels had attacked the convoy, a claim the rebels rejected.",
       [("army", "rebels")], "new-said-attacked-a-claim-rejected"),
    _p("accused", "Moscow said Kyiv had shelled the dam, a claim Kyiv denied.", [("Moscow", "Kyiv")],
       "new-said-shelled-a-claim-denied"),
    # the accuser's noun the tagger took for an adjective ("military", JJ) with its owner
    _p("accused", "Ukraine's military accused Russian forces of firing on civilians near Kherson on "
       "Sunday, a claim Moscow rejected.", [("Ukraine's military", "Russian forces")],
       "new-owned-military-accused-then-claim-rejected"),
]
DENIED_CLAIMS_NEGATIVE = [
    pytest.param("accused", "The party said it had won the vote, a claim the opposition rejected.",
                 id="new-claim-of-victory-rejected"),
    pytest.param("accused", "Kyiv denied that it had shelled the dam.", id="new-denial-alone"),
]

# -- kinds 1 and 7: hyphenated names and "they" of a time clause ---------------------------------
COUPLES = [
    _p("met", "Sweden's King Carl-Gustaf and Queen Silvia were received by President Ramaphosa in "
       "Pretoria.", [("Ramaphosa", "King Carl-Gustaf"), ("Ramaphosa", "Queen Silvia")],
       "new-hyphenated-name-and"),
    _p("visited", "Macron and Scholz were welcomed by Biden when they arrived in Washington.",
       [("Macron", "Washington"), ("Scholz", "Washington")], "new-they-of-time-clause"),
]
COUPLES_NEGATIVE = [
    pytest.param("visited", "Macron and Scholz spoke by phone as they prepared to visit Kyiv.",
                 id="new-they-prepared-to-visit"),
]

# -- kind 6: a scoreline makes a result a game --------------------------------------------------
SCORELINES_NEGATIVE = [
    pytest.param("met", "Manchester Town met Leeds Rovers in a 2-2 draw at the stadium on Saturday.",
                 id="new-met-in-a-draw"),
    pytest.param("met", "Brazil hosted Argentina in a tense 1-0 win in Rio.", id="new-hosted-in-a-win"),
]
SCORELINES = [
    _p("met", "Lula met Milei in Brasilia after a 5-4 ruling by the court.", [("Lula", "Milei")],
       "new-met-after-a-ruling-by-votes"),
]

# -- kinds 1 and 4: a community visited is a place, not people met -------------------------------
COMMUNITIES = [
    _p("visited", "The U.N. envoy visited a kibbutz near the northern border.",
       [("U.N. envoy", "kibbutz")], "new-visited-a-kibbutz"),
    _p("visited", "Biden visited a settlement in the West Bank.", [("Biden", "West Bank")],
       "new-visited-a-settlement-in-named-place"),
    _p("met", "The queen visited wounded soldiers at a hospital.", [("queen", "wounded soldiers")],
       "new-visited-people-is-meeting"),
]
COMMUNITIES_NEGATIVE = [
    pytest.param("met", "The U.N. envoy visited a kibbutz near the northern border.",
                 id="new-kibbutz-not-met"),
    pytest.param("met", "Pope Francis visited a school in Rome on Monday.", id="new-school-not-met"),
]

# -- kind 2: named parties signing one document together agree -----------------------------------
SIGNED_TOGETHER = [
    _p("agreed", "Vietnamese party chief To Lam paid a state visit to Cambodia, where he and Cambodian "
       "Prime Minister Hun Manet signed a dozen cooperation documents.", [("Lam", "Hun Manet")],
       "new-he-and-x-signed-documents"),
    _p("agreed", "Modi and Kishida signed a joint declaration on security.", [("Modi", "Kishida")],
       "new-signed-joint-declaration"),
]
SIGNED_TOGETHER_NEGATIVE = [
    pytest.param("agreed", "Trump and Pence signed the bill on Friday.", id="new-signed-a-bill"),
    pytest.param("agreed", "The two authors signed copies of their book in Paris.", id="new-signed-books"),
    pytest.param("agreed", "Modi signed a decree on security.", id="new-one-signer"),
]

# -- kinds 2 and 3: standing beside someone at a news conference is meeting them ---------------
BESIDE_AT_EVENT = [
    _p("met", "Speaking at a news conference in Madrid alongside his Portuguese counterpart, Spanish "
       "Foreign Minister Jose Albares said the talks had gone well.",
       [("Jose Albares", "Portuguese counterpart")], "new-speaking-at-conference-alongside"),
    _p("met", "Speaking alongside Tajani at a news conference, Barrot said the talks had gone well.",
       [("Barrot", "Tajani")], "new-speaking-alongside-at-conference"),
]
BESIDE_AT_EVENT += [
    # kind 3: a caption's "name, position, and name" before a verb of being together
    _p("met", "Ukrainian President Volodymyr Zelenskyy, left, and Polish President Andrzej Duda walk "
       "together in Warsaw.", [("Volodymyr Zelenskyy", "Andrzej Duda")], "new-caption-left-and-walk-together"),
    _p("met", "Ghanaian President John Mahama, right, and Togolese President Faure Gnassingbe shake "
       "hands in Lome.", [("John Mahama", "Faure Gnassingbe")], "new-caption-right-and-shake-hands"),
]
BESIDE_AT_EVENT_NEGATIVE = [
    pytest.param("met", "Ukrainian President Volodymyr Zelenskyy, left, and Polish President Andrzej "
                 "Duda speak to reporters in Warsaw.", id="new-caption-speak-to-reporters"),
    pytest.param("met", "Speaking at a rally alongside his wife, Barrot said the talks had gone well.",
                 id="new-alongside-his-wife-at-rally"),
]

# -- kind 7: reciprocal "the other side"; a denier owning the accused ----------------------------
RECIPROCAL = [
    _p("accused", "Both Serbia and Kosovo blamed the other side for the violence.",
       [("Serbia", "Kosovo"), ("Kosovo", "Serbia")], "new-both-blamed-the-other-side"),
    _p("accused", "Ethiopia rejected allegations by Eritrea that its troops had crossed the border.",
       [("Eritrea", "Ethiopia")], "new-rejected-allegations-about-its-troops"),
]
RECIPROCAL += [
    _p("accused", "China rejected U.S. accusations of spying, calling them groundless.",
       [("U.S.", "China")], "new-named-party-rejects-accusations"),
]
RECIPROCAL_NEGATIVE = [
    pytest.param("accused", "The Supreme Court dismissed the prosecution's charges.",
                 id="new-court-dismissed-charges"),
    pytest.param("accused", "Serbia blamed the other side for the violence.", id="new-the-other-side-unnamed"),
]

# -- written on probe 3 half A (validated on probe 2 and the train split) -------------------------
FROM_PROBE3_FAMILIES = [
    _p("visited", "Chancellor Anna Sorel's week-long tour of the Gulf took her to Oman, Qatar and "
       "Kuwait.", [("Anna Sorel", "Gulf"), ("Anna Sorel", "Oman"), ("Anna Sorel", "Qatar"),
                   ("Anna Sorel", "Kuwait")], "new-tour-of-region-took-her-to-list"),
    _p("accused", "The claims by former manager Paul Rees that Barclays traders rigged the rates led to an "
       "inquiry, the bank said.", [("Paul Rees", "Barclays traders")], "new-claims-by-x-that-advmod"),
    _p("accused", "Officials in Lagos blamed the fire that destroyed the market overnight on Zenith "
       "Power.", [("Officials", "Zenith Power")], "new-blamed-event-with-relative-on-x"),
    _p("agreed", "Hungary's parliament ratified Finland's accession protocol.",
       [("Hungary's parliament", "Finland")], "new-ratified-owners-protocol"),
    _p("met", "Envoys from Norway and Iceland met a Taliban delegation in Doha.",
       [("Norway", "Taliban delegation"), ("Iceland", "Taliban delegation"), ("Norway", "Iceland")],
       "new-envoys-from-two-countries"),
]
FROM_PROBE3_FAMILIES += [
    # people "from" a place act for it only when they represent others by trade
    _p("visited", "Teachers from Ohio visited Washington to lobby Congress.",
       [("Teachers", "Washington")], "new-teachers-from-ohio"),
    _p("agreed", "Brightline agreed to be taken private by a consortium led by Norway's Oil Fund and "
       "Blackstone.", [("Brightline", "Oil Fund"), ("Brightline", "Blackstone")],
       "new-taken-private-by-consortium-led-by"),
    _p("agreed", "Shire agreed to be bought by Takeda.", [("Shire", "Takeda")], "new-bought-by-untyped-buyer"),
    _p("met", "Hamas officials met a delegation led by Egyptian intelligence chief Hassan Rashad in Cairo.",
       [("Hamas officials", "Hassan Rashad")], "new-delegation-led-by"),
]
FROM_PROBE3_FAMILIES += [
    _p("met", "On Tuesday the Kenyan leader called on Parliament Speaker Moses Wetangula and toured "
       "the port.", [("Kenyan leader", "Moses Wetangula")], "new-called-on-titled-person"),
    _p("met", "In Nairobi, President William Ruto spoke by phone with Museveni on Tuesday for the second "
       "time since the floods, and hosted Somali community leaders at State House the same "
       "afternoon.", [("William Ruto", "Somali community leaders")], "new-and-hosted-conj"),
    # the small model parses this "hosted" as a modifier (amod) of "leaders"
    _p("met", "In Washington, President Joe Biden spoke by phone with Erdogan on Monday, and hosted "
       "Muslim community leaders at the White House the same afternoon.",
       [("Joe Biden", "Muslim community leaders")], "new-and-hosted-as-modifier"),
    _p("visited", "Pope Leo, the first pontiff to visit Lebanon since the war, prayed at the port.",
       [("Pope Leo", "Lebanon")], "new-appositive-first-to-visit"),
]
FROM_PROBE3_NEGATIVE = [
    pytest.param("met", "Biden called on Netanyahu to show restraint.", id="new-called-on-to-urge"),
    pytest.param("met", "Activists called on the president.", id="new-called-on-bare-title"),
    pytest.param("met", "Biden spoke by phone with Netanyahu on Monday.", id="new-phone-only"),
    pytest.param("accused", "Officials blamed the rain that fell on Paris for the delays.",
                 id="new-blamed-rain-that-fell-on"),
    pytest.param("visited", "Refugees from Syria arrived in Greece.", id="new-refugees-from-syria"),
    pytest.param("agreed", "The court approved the settlement proposal from the bank.",
                 id="new-court-approved-proposal"),
    pytest.param("agreed", "Shareholders approved the plan from management to cut costs.",
                 id="new-approved-internal-plan"),
    pytest.param("agreed", "The Senate ratified its treaty.", id="new-ratified-its-treaty"),
]

FOUND = FROM_PROBE3_FAMILIES + RECIPROCAL + BESIDE_AT_EVENT + SIGNED_TOGETHER + COMMUNITIES + SCORELINES + OWNED_GROUPS + ACCEPTED_OFFERS + JOURNEYS_TAKING + DENIED_CLAIMS + COUPLES
NEGATIVE = (FROM_PROBE3_NEGATIVE + RECIPROCAL_NEGATIVE + BESIDE_AT_EVENT_NEGATIVE + SIGNED_TOGETHER_NEGATIVE + COMMUNITIES_NEGATIVE + SCORELINES_NEGATIVE + COUPLES_NEGATIVE + OWNED_GROUPS_NEGATIVE + ACCEPTED_OFFERS_NEGATIVE + JOURNEYS_TAKING_NEGATIVE
            + DENIED_CLAIMS_NEGATIVE)


@pytest.mark.parametrize(("predicate", "text", "expected"), FOUND)
def test_transfer_family_found(predicate: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(text, predicate=predicate) == expected


@pytest.mark.parametrize(("predicate", "text"), NEGATIVE)
def test_transfer_family_hard_negative(predicate: str, text: str) -> None:
    assert triples(text, predicate=predicate) == set()
