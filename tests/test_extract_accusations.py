"""accused(accuser, accused): accuse, blame, charge, allege, hold responsible, nominal allegations;
not criticism, lawsuits, arrests, denials, negated blame or passives without an accuser.

Param ids are dev-set item ids (source by prefix: see ``extract_helpers.SOURCES``) or ``new-*``
for sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import triple, triples

C = "accused"

POSITIVE = [
    pytest.param(
        "The Sudanese government has accused Darfur rebels of violating a month-old ceasefire, a member "
        "of the Chadian team trying to broker a peace pact has said.",
        {triple(C, "Sudanese government", "Darfur rebels")}, id="plover-DISAPPROVE-0006"),
    pytest.param(
        "Montenegro's prime minister has been indicted by the U.N. war crimes court for his alleged part "
        "in atrocities during the fight against Serb forces and will resign.",
        {triple(C, "U.N. war crimes court", "Montenegro's prime minister")}, id="plover-DISAPPROVE-0008"),
    pytest.param(
        "The Ceasefire Violations Committee (CFVC) has completed its investigation into an allegation by "
        "the Liberian Peace Council (LPC) that the NPFL had taken over the city of Greenville.",
        {triple(C, "Liberian Peace Council", "NPFL")}, id="plover-INVESTIGATE-0005"),
    pytest.param(
        "U.S. border patrol agents sexually abused illegal Mexican immigrants with impunity, a human "
        "rights organization charged on Saturday.",
        {triple(C, "human rights organization", "U.S. border patrol agents")}, id="plover-ASSAULT-0004"),
    pytest.param(
        "OAS Secretary General Luis Almagro on Tuesday released a 75-page report accusing Venezuela of "
        "violating the rights of its people", {triple(C, "Luis Almagro", "Venezuela")},
        id="voa-2017.03.15.3767889_1"),
    pytest.param(
        "North Korea has denied responsibility, accusing South Korea and Malaysia of plotting to have it "
        "blamed for the death", {triple(C, "North Korea", "South Korea"), triple(C, "North Korea", "Malaysia")},
        id="voa-2017.02.24.3739026_10"),
    pytest.param(
        "It was a blunt and scathing account of Nasr\u2019s experience working for the Obama "
        "administration, in which he accused the president of forsaking American influence for political "
        "expediency", {triple(C, "Nasr", "president")}, id="voa-2014.08.07.2405842_43"),
    pytest.param(
        "While New Delhi accuses Pakistan of backing and supporting militant groups that mount terror "
        "strikes in India, Islamabad holds India responsible for human rights violations in Kashmir",
        {triple(C, "New Delhi", "Pakistan"), triple(C, "Islamabad", "India")}, id="voa-2016.09.27.3527025_17"),
    pytest.param(
        "An Egyptian court in September banned the Muslim Brotherhood group and seized their funds to try "
        "to crush the movement, which the government accuses of inciting violence and terrorism",
        {triple(C, "government", "movement")}, id="voa-2013.10.30.1779904_18"),
    pytest.param(
        "Tensions between the two countries have spiked after India blamed the attack on Pakistan-based "
        "militants", {triple(C, "India", "Pakistan-based militants")}, id="voa-2016.09.27.3527025_2"),
    pytest.param(
        "While acknowledging that he is in charge in Washington now, Trump laid some of the blame for the "
        "chaos in Syria at the feet of his predecessor, Barack Obama, who famously threatened military "
        "action", {triple(C, "Trump", "Barack Obama")}, id="voa-2017.04.05.3797975_6"),
    pytest.param(
        "\u201cIt\u2019s getting nastier and nastier, not just on the Republican side but on the "
        "Democratic side where you\u2019ve got the two contenders, Hillary Clinton and Bernie Sanders, "
        "accusing each other of being unqualified to be president,\u201d Tom DeFrank told VOA.",
        {triple(C, "Hillary Clinton", "Bernie Sanders"), triple(C, "Bernie Sanders", "Hillary Clinton")},
        id="voa-2016.04.14.3285847_41"),
    pytest.param("Afghan officials accuse Pakistan of sheltering Taliban militants, a charge Islamabad "
                 "denies.", {triple(C, "Afghan officials", "Pakistan")}, id="new-charge-denied-later"),
    pytest.param("Russia was accused by Britain of poisoning a former spy.",
                 {triple(C, "Britain", "Russia")}, id="new-passive-agent"),
    pytest.param("Moscow denied accusations by Kiev that Russian troops had crossed the border.",
                 {triple(C, "Kiev", "Russian troops")}, id="new-denied-accusation-still-made"),
    pytest.param("Human Rights Watch alleged that security forces had tortured detainees.",
                 {triple(C, "Human Rights Watch", "security forces")}, id="new-alleged-that"),
]

NEGATIVE = [
    pytest.param("Russia has been accused of political meddling across the Balkans, reportedly countering "
                 "U.S. interests to the point of disruption", id="voa-2017.02.17.3729391_33"),
    pytest.param("Photos of Alan's lifeless body on a beach in Turkey have put Canada's refugee policy in "
                 "the spotlight, though Kurdi said she doesn't blame the Canadian government",
                 id="voa-2015.09.05.2949130_24"),
    pytest.param("Cruz fired back at Trump at a rally in Irvine, California, saying the New York "
                 "billionaire is whining and is trying to bully the party and intimidate delegates",
                 id="voa-2016.04.14.3285847_13"),
    pytest.param("A Saudi businessman is suing the United States for damages to his pharmaceutical plant "
                 "which were caused by a missile attack in August, his American lawyer said.",
                 id="plover-DISAPPROVE-0015"),
    pytest.param("Croatia is investigating alleged war crimes by Croatian extremists against Serb civilians "
                 "and prisoners and will bring suspects to trial, a Croatian official said.",
                 id="plover-INVESTIGATE-0007"),
    pytest.param("A Christian missionary from Calgary was arrested in Lebanon for collaborating with "
                 "Israel, according to the Canadian Press.", id="plover-DISAPPROVE-0009"),
    pytest.param("The president criticized the media for its coverage of the election.", id="new-criticism"),
    pytest.param("Turkey condemned the attack and called for calm.", id="new-condemnation"),
    pytest.param("The report blamed poor planning for the disaster.", id="new-blame-no-actor"),
    pytest.param("The lawsuit accuses the company of fraud.", id="new-lawsuit-no-accuser"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_accusations_found(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(text, predicate=C) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_an_accusation(text: str) -> None:
    assert triples(text, predicate=C) == set()


def test_accused_is_directed() -> None:
    found = triples("Israel accused Hamas of firing rockets into its territory.", predicate=C)
    assert found == {(C, "Israel", "Hamas")}
