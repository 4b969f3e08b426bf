"""visited(visitor, place): verbal, travel and nominal patterns, and what is not a visit.

Param ids are dev-set item ids (source by prefix: see ``extract_helpers.SOURCES``) or ``new-*``
for sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import triple, triples

V = "visited"

POSITIVE = [
    pytest.param(
        "U.S. President Richard Nixon's visit to China in 1972 spearheaded the beginning of what led "
        "to the switch in ties from Taiwan to China",
        {triple(V, "Richard Nixon", "China")}, id="voa-2016.12.14.3635692_42"),
    pytest.param(
        "During a visit to South Sudan this week, U.N. humanitarian chief Valerie Amos said some 3.7 "
        'million South Sudanese are "severely food insecure.',
        {triple(V, "Valerie Amos", "South Sudan")}, id="voa-2014.01.31.1841956_12"),
    pytest.param(
        "In reaction to Trump\u2019s win, Iranian foreign minister Mohammad Javad Zarif, who is visiting "
        "Romania, said, \u201cThe U.S. president must fully understand the realities of today\u2019s world",
        {triple(V, "Mohammad Javad Zarif", "Romania")}, id="voa-2016.11.09.3589149_24"),
    pytest.param(
        'What we have seen was not anything acceptable in terms of standards of treatment," Cochetel '
        "said after visiting the Greek islands of Lesbos, Kos and Chios",
        {triple(V, "Cochetel", "Lesbos"), triple(V, "Cochetel", "Kos"), triple(V, "Cochetel", "Chios")},
        id="voa-2015.08.18.2922213_26"),
    pytest.param(
        "Earlier Saturday, Italian President Sergio Mattarella toured the mainly medieval hilltop stone "
        "town to see the damage for himself before traveling to Ascoli Piceno for a funeral held in a "
        "sports hall where 35 wooden coffins were lined up",
        {triple(V, "Sergio Mattarella", "Ascoli Piceno"),
         triple(V, "Sergio Mattarella", "mainly medieval hilltop stone town")},
        id="voa-2016.08.27.3483319_16"),
    pytest.param(
        "The president left Warsaw after the news conference for Spain, arriving Saturday night",
        {triple(V, "president", "Spain")}, id="voa-2016.07.09.3410778_39"),
    pytest.param(
        "Secretary of State John Kerry arrived in Cairo on Sunday for talks with Egyptian President "
        "Abdel Fattah el-Sisi.", {triple(V, "John Kerry", "Cairo")}, id="new-arrived-in"),
    pytest.param("The Chinese president paid a state visit to Britain last year.",
                 {triple(V, "Chinese president", "Britain")}, id="new-paid-a-visit"),
    pytest.param("A woman holds a sign during a protest against the visit of Chinese President Xi Jinping "
                 "in Seattle.", {triple(V, "Xi Jinping", "Seattle")}, id="new-visit-of"),
    pytest.param("Chinese Premier Li Peng left Beijing today for an official visit to Pakistan.",
                 {triple(V, "Li Peng", "Pakistan")}, id="new-left-for-a-visit"),
    pytest.param("Kerry flew to Geneva to meet Russian Foreign Minister Sergei Lavrov.",
                 {triple(V, "Kerry", "Geneva")}, id="new-flew-to"),
]

NEGATIVE = [
    pytest.param("A French minister has cancelled a planned visit to Haiti after a state of siege was "
                 "declared in the one-time French colony, the Foreign Affairs Ministry said on Sunday.",
                 id="plover-SANCTION-0002"),
    pytest.param("He is also planning a trip to Washington Thursday to meet with party leaders, including "
                 "House Speaker Paul Ryan, who have had a mixed reaction to his primary success",
                 id="voa-2016.05.11.3325807_36"),
    pytest.param("Those revelations leaked by former NSA contractor Edward Snowden infuriated the "
                 "Brazilian leader, who canceled a visit to Washington in protest",
                 id="voa-2015.04.10.2713895_52"),
    pytest.param("Last month alone, more than 50,000 refugees and migrants arrived in Greece - twice as "
                 "many as arrived during all of last year, the UNHCR said", id="voa-2015.08.18.2922213_6"),
    pytest.param("A team of lawyers and officials from the Forum for Democratic Change (FDC) party was to "
                 "travel to Moroto to meet with Besigye", id="voa-2016.05.16.3331907_15"),
    pytest.param('"It strikes me that we could see, in 10 or 15 years, regular visits by Russian naval '
                 'ships to Suva," Paul Buchanan, director of 36th Parallel Security Assessments, told The '
                 "Guardian", id="voa-2017.02.17.3729391_35"),
    pytest.param("Pope Francis will visit Mexico next month.", id="new-future"),
    pytest.param("The prime minister is expected to travel to Brussels next week.", id="new-expected"),
    pytest.param("Hundreds of migrants arrived in Italy by boat.", id="new-migrants"),
    pytest.param("Obama traveled to Hiroshima and then visited the city.", id="new-anaphoric-place"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_visits_found(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(text, predicate=V) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_visit(text: str) -> None:
    found = triples(text, predicate=V)
    if "Hiroshima" in text:
        assert found == {triple(V, "Obama", "Hiroshima")}  # but not "the city"
    else:
        assert found == set()


def test_visited_people_is_a_meeting_not_a_visit() -> None:
    """voa-2016.07.09.3410778_19: visiting officers in hospital is meeting them."""
    text = ("Michael Walton, a Dallas police officer and president of the Dallas Fraternal Order of "
            "Police, earlier in the day had visited the injured officers in the hospital")
    assert triples(text) == {triple("met", "Michael Walton", "injured officers")}
