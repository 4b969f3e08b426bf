"""accused(accuser, accused) by family of construction (issue 11): each family has sentences written
for these tests (ids ``new-*``) that must give exactly the triples listed, and hard negatives of
the same words that must give none.

The families are the ways wire copy states an accusation: the verb active, passive with its agent
and in relative clauses (also object relatives the small model mis-tags), participles and
headlines; blame laid "for Z on Y"; holding someone responsible; responsibility reported by a
speaker, a source ("according to X") or a headline with no verb; nominal accusations with their
author ("allegations by X that Y ...", "an accusation Y rejected"); legal charges; triggers from
WordNet (impeach, attribute an attack to X). The negatives are criticism, denials, agentless
passives, questions, other senses of "charge" and of "responsible".
"""

from __future__ import annotations

import pytest
from extract_helpers import triple, triples

C = "accused"


def _p(text: str, pairs: list[tuple[str, str]], id_: str) -> object:
    return pytest.param(text, {triple(C, a, b) for a, b in pairs}, id=id_)


HOLD_RESPONSIBLE = [
    _p("Ukraine holds Russia accountable for the attack on the dam.", [("Ukraine", "Russia")],
       "new-holds-accountable"),
    _p("Ankara deems the YPG responsible for the attack in Istanbul.", [("Ankara", "YPG")],
       "new-deems-responsible"),
    _p("A Kremlin spokesman pointed to Ukraine as responsible for the attack.",
       [("Kremlin spokesman", "Ukraine")], "new-pointed-to-as-responsible"),
    _p("The cartel, which U.S. prosecutors say is responsible for most of the fentanyl smuggled into "
       "the country, denied the charges.", [("U.S. prosecutors", "cartel")],
       "new-which-prosecutors-say-is-responsible"),
    _p("Turkey holds the Kurdish militants responsible for the bombing in Ankara.",
       [("Turkey", "Kurdish militants")], "new-hold-object-then-responsible"),
    _p("Palestinian officials held Israel fully responsible for the death of the prisoner.",
       [("Palestinian officials", "Israel")], "new-held-fully-responsible"),
]

REPORTED_RESPONSIBILITY = [
    _p("According to the United Nations, government forces were responsible for most of the deaths.",
       [("United Nations", "government forces")], "new-according-to-responsible"),
    _p("According to Amnesty International, the militia was behind the massacre of villagers.",
       [("Amnesty International", "militia")], "new-according-to-behind"),
    _p("The Somali government said al-Shabab was responsible for the hotel siege.",
       [("Somali government", "al-Shabab")], "new-said-responsible-for-siege"),
    _p("The Kremlin said in a statement that Kyiv was responsible for the attack on the bridge.",
       [("Kremlin", "Kyiv")], "new-said-in-a-statement-that"),
    _p("UN says militia behind massacre of villagers in Ituri", [("UN", "militia")],
       "new-headline-says-behind"),
    _p("Iraq says Syria responsible for Baghdad bombings", [("Iraq", "Syria")],
       "new-headline-says-responsible"),
    _p("Britain's foreign secretary said Russia was to blame for the attack on the shopping centre.",
       [("Britain's foreign secretary", "Russia")], "new-said-to-blame"),
]

LAID_BLAME = [
    _p("Analysts say Moscow put the blame for the crash on Ukraine.", [("Moscow", "Ukraine")],
       "new-blame-for-z-on-y"),
    _p("The report laid the blame for the collapse at the door of the regulators.",
       [("report", "regulators")], "new-blame-at-the-door-of"),
    _p("The bombing was blamed on Islamist militants by the interior ministry.",
       [("interior ministry", "Islamist militants")], "new-blamed-on-by"),
]

NOMINAL = [
    _p("The court is examining allegations by Kenya that Somali militias crossed the border.",
       [("Kenya", "Somali militias")], "new-allegations-by-that-hung-on-verb"),
    _p("The accusation by Colombia that Venezuela harbours guerrillas strained ties.",
       [("Colombia", "Venezuela")], "new-accusation-by-that"),
    _p("Brazil said Venezuela had violated its airspace, an accusation Caracas rejected.",
       [("Brazil", "Venezuela")], "new-said-an-accusation-rejected"),
    _p("The charges brought by the state prosecutor against Navalny were politically motivated, his "
       "lawyers said.", [("state prosecutor", "Navalny")], "new-charges-brought-by-against"),
    _p("Opposition lawmakers hurled accusations of corruption at the finance minister.",
       [("Opposition lawmakers", "finance minister")], "new-hurled-accusations-at"),
    _p("Beijing has come under accusations from Washington of stealing technology.",
       [("Washington", "Beijing")], "new-came-under-accusations-from"),
    _p("The ministry is the subject of allegations by the opposition of vote-buying.",
       [("opposition", "ministry")], "new-subject-of-allegations-by"),
    _p("Seoul's charge that Pyongyang sank the warship was backed by investigators.",
       [("Seoul", "Pyongyang")], "new-possessive-charge-that"),
    _p("The accusations, made by Kosovo against Serbia at the Security Council, were rejected in "
       "Belgrade.", [("Kosovo", "Serbia")], "new-accusations-made-by-against"),
    _p("The rebels charged on Monday that government troops had executed prisoners.",
       [("rebels", "government troops")], "new-charged-that-parsed-as-noun-phrase"),
]

RELATIVE_AND_ORDER = [
    _p("Myanmar's junta, which rights groups accuse of war crimes, held elections in December.",
       [("rights groups", "Myanmar's junta")], "new-object-relative-bare-plural"),
    _p("Protesters burned the flag of France, which Mali's junta accuses of supporting jihadists.",
       [("Mali's junta", "France")], "new-object-relative-possessive"),
    _p("Transparency International, a group that has accused the ministry of graft, welcomed the "
       "inquiry.", [("Transparency International", "ministry")], "new-relative-of-apposition"),
    _p("Erdogan went on to accuse Germany of Nazi practices.", [("Erdogan", "Germany")],
       "new-went-on-to-accuse"),
    _p("The United Nations human rights office said on Friday that Russian forces had executed "
       "civilians in Bucha, and accused Moscow of violating the laws of war.",
       [("United Nations human rights office", "Moscow")], "new-said-had-done-and-accused"),
    _p("The prime minister was quick to blame the opposition for the riots.",
       [("prime minister", "opposition")], "new-quick-to-blame"),
    _p("The general, accused by the United Nations of ordering the massacre, denied the charge.",
       [("United Nations", "general")], "new-participle-passive-agent"),
]

NAMED_DESCRIPTIONS = [
    _p("A report by Human Rights Watch accused the army of torture.",
       [("Human Rights Watch", "army")], "new-report-by-author"),
    _p("A statement from the Foreign Ministry blamed Washington for the crisis.",
       [("Foreign Ministry", "Washington")], "new-statement-from-author"),
    _p("Iranian state television accused Israeli agents of carrying out the explosion at the site.",
       [("Iranian state television", "Israeli agents")], "new-outlet-accuser"),
    _p("The rebels seized the town on Monday. They accused the army of killing civilians.",
       [("rebels", "army")], "new-they-continues-a-described-subject"),
    _p("Bush campaign accuses Kerry of flip-flopping", [("Bush campaign", "Kerry")],
       "new-headline-campaign-of-a-name"),
    _p("The Kerry camp blamed the White House for the leak.", [("Kerry camp", "White House")],
       "new-camp-of-a-name"),
]

DESCRIBED_ACCUSED = [
    _p("The defence lawyer accused the prosecution of withholding evidence.",
       [("defence lawyer", "prosecution")], "new-accused-of-ing-noun"),
    _p("Prime Minister Pedro Sanchez blamed the far right for the attack on the party headquarters.",
       [("Pedro Sanchez", "far right")], "new-blamed-a-group-noun-for-a-deed"),
]

LEGAL = [
    _p("Spain's prosecutors charged the former king's associate with tax fraud.",
       [("Spain's prosecutors", "associate")], "new-charged-with-hung-on-object"),
    _p("The SEC charged the firm with misleading investors.", [("SEC", "firm")],
       "new-charged-with-gerund"),
    _p("The House impeached President Trump in December.", [("House", "Trump")], "new-impeached"),
    _p("Egyptian prosecutors charged 12 people with smuggling antiquities.",
       [("Egyptian prosecutors", "12 people")], "new-charged-counted-people"),
]

ATTRIBUTION = [
    _p("Officials attributed the bombing to Hezbollah.", [("Officials", "Hezbollah")],
       "new-attributed-attack-to"),
    _p("The attack was attributed to the Islamic State group by Iraqi officials.",
       [("Iraqi officials", "Islamic State group")], "new-attributed-passive"),
]

CLAIMS_AND_ALLEGATIONS = [
    _p("Trump's claims that Democrats rigged the election were rejected by the courts.",
       [("Trump", "Democrats")], "new-claims-that-harm"),
    _p("China rejected claims by Washington that it stole vaccine research.",
       [("Washington", "China")], "new-rejected-claims-by-that-it"),
    _p("Rights groups alleged the army's involvement in the disappearances.",
       [("Rights groups", "army")], "new-alleged-involvement"),
    _p("The militia, the report alleged, had recruited hundreds of children.",
       [("report", "militia")], "new-parenthetical-alleged"),
    _p('"Washington is behind this," the Iranian minister said after the blast.',
       [("Iranian minister", "Washington")], "new-quote-behind-this"),
]

DENIED = [
    # the denial names the accused again: one accusation, not a second one against the denier
    _p("Algeria has accused Morocco of backing a separatist movement, charges Rabat denies.",
       [("Algeria", "Morocco")], "new-charges-denied-not-a-second-accusation"),
]

PRONOUN_OBJECT = [
    _p("North Korea lashed out at Seoul on Friday, accusing it of planning a military provocation.",
       [("North Korea", "Seoul")], "new-lashed-out-at-accusing-it"),
    _p("Iran slams Israel, accuses it of sabotage at Natanz", [("Iran", "Israel")],
       "new-headline-slams-accuses-it"),
    _p("Tehran summoned the British envoy, accusing him of meddling.", [("Tehran", "British envoy")],
       "new-summoned-envoy-accusing-him"),
    _p("Serbia demanded that Kosovo withdraw its police, accusing it of provoking the ethnic Serb "
       "minority.", [("Serbia", "Kosovo")], "new-demanded-that-accusing-it"),
]

RECIPROCAL = [
    _p("Accusations flew between Armenia and Azerbaijan after the shelling.",
       [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")], "new-accusations-flew-between"),
    _p("Recriminations between Kyiv and Warsaw over grain exports grew louder.",
       [("Kyiv", "Warsaw"), ("Warsaw", "Kyiv")], "new-recriminations-between"),
    _p("Both Israel and Hamas blamed the other for the deaths at the aid site.",
       [("Israel", "Hamas"), ("Hamas", "Israel")], "new-both-blamed-the-other"),
    _p("Serbia, Kosovo trade blame over border clash", [("Serbia", "Kosovo"), ("Kosovo", "Serbia")],
       "new-headline-trade-blame"),
    _p("Zambia and Malawi have blamed each other for the border clashes.",
       [("Zambia", "Malawi"), ("Malawi", "Zambia")], "new-blamed-each-other"),
    _p("Armenia and Azerbaijan traded accusations of ceasefire violations on Monday.",
       [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")], "new-traded-accusations"),
]

POSITIVE = (HOLD_RESPONSIBLE + REPORTED_RESPONSIBILITY + LAID_BLAME + NOMINAL + RELATIVE_AND_ORDER
            + NAMED_DESCRIPTIONS + DESCRIBED_ACCUSED + LEGAL + ATTRIBUTION + CLAIMS_AND_ALLEGATIONS + DENIED + PRONOUN_OBJECT + RECIPROCAL)

NEGATIVE = [
    pytest.param("Did Moscow accuse Kyiv of staging the attack?", id="new-yes-no-question"),
    pytest.param("Could Beijing blame Washington for the collapse of the talks?", id="new-question-modal"),
    pytest.param("Police charged protesters with batons and tear gas.", id="new-charged-with-instrument"),
    pytest.param("The bank charged 12 customers a fee.", id="new-charged-customers-a-fee"),
    pytest.param("Soldiers charged the crowd with bayonets.", id="new-charged-crowd"),
    pytest.param("The ministry attributed the delay to bad weather.", id="new-attributed-no-wrongdoing"),
    pytest.param("Analysts attribute the rise in prices to Russia.", id="new-attributed-rise"),
    pytest.param("The ministry said Iran was not responsible for the attack.", id="new-not-responsible"),
    pytest.param("The minister is responsible for relations with Kenya and Tanzania.",
                 id="new-responsible-for-a-portfolio"),
    pytest.param("According to the ministry, the agency was responsible for security at the summit.",
                 id="new-according-to-responsible-for-a-duty"),
    pytest.param("The spokesman said in a statement that the army was responsible for guarding the border.",
                 id="new-said-responsible-for-guarding"),
    pytest.param("The minister said the navy was responsible for the evacuation of civilians.",
                 id="new-responsible-for-a-merit"),
    pytest.param("According to the UN, Kenya was responsible for most of the aid deliveries.",
                 id="new-responsible-for-most-of-a-duty"),
    pytest.param("The treaty holds each state responsible for security at its border.",
                 id="new-holds-responsible-for-a-duty"),
    pytest.param("Kenya says police responsible for security at polling stations",
                 id="new-headline-responsible-for-security"),
    pytest.param("Seoul will hold Pyongyang responsible if the talks fail, the official warned.",
                 id="new-hold-responsible-future"),
    pytest.param("Britain stopped short of accusing Moscow of ordering the attack.", id="new-stopped-short"),
    pytest.param("The White House declined to blame Saudi Arabia for the killing.", id="new-declined"),
    pytest.param("Reporters asked whether Hamas was behind the attack.", id="new-asked-whether"),
    pytest.param("UN says militia behind schedule in handing over weapons", id="new-behind-schedule"),
    pytest.param("The president visited the company, accusing it of nothing.", id="new-accusing-it-of-nothing"),
    pytest.param("The Kremlin rejected a report that Kyiv was responsible for the attack.",
                 id="new-rejected-a-report-that"),
    pytest.param("The rebels charged with murder appeared in court in Bangui.", id="new-rebels-charged-with"),
    pytest.param("The general has been accused of war crimes.", id="new-agentless-passive"),
    pytest.param("The former minister faces charges of corruption.", id="new-faces-charges"),
    pytest.param("Beijing has come under accusations of stealing technology.", id="new-came-under-no-author"),
    pytest.param("Ambassador Tom Fletcher, who is in charge of the talks, arrived in Geneva.",
                 id="new-in-charge"),
    pytest.param("Cuba denounced the United States for its embargo.", id="new-denounced"),
    pytest.param("Kerry, Bush trade barbs over Iraq", id="new-headline-trade-barbs"),
    pytest.param("Talks between Armenia and Azerbaijan resumed after the shelling.", id="new-talks-between"),
    pytest.param("Accusations between the two sides grew.", id="new-accusations-between-unnamed"),
    pytest.param("Both Israel and Hamas agreed to a pause in the fighting.", id="new-both-agreed"),
    pytest.param("The White House considered sanctions against Moscow on Thursday.",
                 id="new-considered-sanctions"),
    pytest.param("The talks collapsed on Monday. They accused nobody.", id="new-they-of-a-non-actor"),
    pytest.param("Police arrested two protesters on Monday. They accused officers of beating them.",
                 id="new-they-with-two-candidates"),
    pytest.param("The rebels seized the town on Monday. It accused the army of killing civilians.",
                 id="new-it-for-a-plural"),
    pytest.param("Microsoft accused of stifling competition", id="new-headline-agentless"),
    pytest.param("Russia's war was blamed for the crisis.", id="new-blamed-agentless-possessed"),
    pytest.param("The jury found the former officer guilty of murder.", id="new-verdict-guilty"),
    pytest.param("Israel vowed to hold Hamas accountable.", id="new-vowed-to-hold-accountable"),
    pytest.param("The minister said those responsible will be held accountable.",
                 id="new-will-be-held-accountable"),
    pytest.param("Serbia will demand that Kosovo withdraw its police, accusing it of provocations.",
                 id="new-will-demand-accusing-it"),
    pytest.param("The prosecutor declined to bring charges against the officers.",
                 id="new-declined-to-bring-charges"),
    pytest.param("The government would consider the PKK responsible for any attack.",
                 id="new-would-consider-responsible"),
    pytest.param("The government considers the PKK a terrorist organisation.", id="new-considers-a"),
    pytest.param("The minister's claim that the economy grew was disputed.", id="new-claim-no-harm"),
    pytest.param("The government's claims that the army killed 50 militants were disputed.",
                 id="new-claim-of-own-forces"),
    pytest.param('"We are all behind this," the coach said.', id="new-behind-this-support"),
    pytest.param("The claims that the vaccine causes infertility are false, the ministry said.",
                 id="new-claims-no-author"),
    pytest.param('"Who is behind this?" the minister asked.', id="new-quote-question-behind-this"),
    pytest.param("Serbia, Kosovo trade talks resume in Brussels", id="new-headline-trade-talks"),
    pytest.param("The European Union criticised Hungary over its new media law.", id="new-criticised"),
    pytest.param("The Islamic State group claimed responsibility for the attack in Kabul.",
                 id="new-claimed-responsibility"),
    pytest.param("Officials blamed heavy rain for the floods that hit Bangladesh.", id="new-blame-weather"),
    pytest.param("Officials blamed the drought for the deaths of cattle.", id="new-blame-drought-for-deaths"),
    pytest.param("The minister blamed the system for the killings.", id="new-blame-system-for-killings"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_accusation_family_found(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(text, predicate=C) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_accusation_family_hard_negative(text: str) -> None:
    assert triples(text, predicate=C) == set()
