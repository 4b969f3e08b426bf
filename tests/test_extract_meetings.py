"""met(actor, actor): meeting verbs, hosting, gestures, nominal talks, pairs; not calls or rallies.

Param ids are dev-set item ids (source by prefix: see ``extract_helpers.SOURCES``) or ``new-*``
for sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import mentions, triple, triples

M = "met"

POSITIVE = [
    pytest.param(
        "Russian President Boris Yeltsin on Saturday hosted Japanese Prime Minister Ryutaro Hashimoto in "
        "this Siberian city for an informal meeting aimed at establishing close personal relations "
        "between the two leaders.", {triple(M, "Boris Yeltsin", "Ryutaro Hashimoto")},
        id="plover-CONSULT-0005"),
    pytest.param(
        "A group of Moroccan diplomats held their first meeting with President Obama at a lunch hosted "
        "by the Ambassador of Kingdom of Morocco.", {triple(M, "Moroccan diplomats", "Obama")},
        id="plover-CONSULT-0001"),
    pytest.param(
        "Kyrgyz Prime Minister Nikolai Tanaev received a mission of observers from the OSCE, informing "
        "them in detail on the economic situation of the country.",
        {triple(M, "Nikolai Tanaev", "OSCE")}, id="plover-RETREAT-0009"),
    pytest.param(
        "Macron was greeted midmorning at the \u00c9lys\u00e9e Palace by outgoing President Francois "
        "Hollande, who for many of the French exemplifies more than most of his predecessors the old "
        "saying that all political careers end in failure",
        {triple(M, "Francois Hollande", "Macron")}, id="voa-2017.05.14.3850909_3"),
    pytest.param(
        "FILE - U.S. Vice President Joe Biden, left, shakes hands with Turkish Prime Minister Ahmet "
        "Davutoglu, right, following a joint news conference after their meeting in Dolmabahce Palace "
        "in Istanbul, Jan. 23, 2016", {triple(M, "Joe Biden", "Ahmet Davutoglu")},
        id="voa-2016.02.14.3190340_34"),
    pytest.param(
        "The State Department said it brings up human rights in meetings between U.S. and Cuban "
        "delegations every few months", {triple(M, "U.S. delegations", "Cuban delegations")},
        id="voa-2015.12.17.3106664_20"),
    pytest.param(
        '"The international community should support the Serraj government, which is the only '
        'legitimate one in Libya, and which must now start to work," said Kerry, who presided over the '
        "meeting with his Italian counterpart, Paolo Gentiloni",
        {triple(M, "Kerry", "Paolo Gentiloni")}, id="voa-2016.05.17.3333843_5"),
    pytest.param(
        "U.S. President Donald Trump, right, and Jordan's King Abdullah II hold a joint news conference "
        "in the Rose Garden at the White House in Washington, April 5, 2017",
        {triple(M, "Donald Trump", "King Abdullah II")}, id="voa-2017.04.05.3797975_2"),
    pytest.param("Putin and Erdogan held talks in Sochi.", {triple(M, "Putin", "Erdogan")},
                 id="new-held-talks"),
    pytest.param("Trump and Pence met in New York.", {triple(M, "Trump", "Pence")},
                 id="new-names-glued-by-ner"),
    pytest.param("Trump discussed trade with Xi during their meeting in Florida.",
                 {triple(M, "Trump", "Xi")}, id="new-during-their-meeting"),
    pytest.param("Obama met with Castro, Rousseff and Pena Nieto at the summit in Panama.",
                 {triple(M, "Obama", "Castro"), triple(M, "Obama", "Rousseff"),
                  triple(M, "Obama", "Pena Nieto")}, id="new-met-several"),
    pytest.param("Indian Prime Minister Narendra Modi, right, and his Japanese counterpart Shinzo Abe shake "
                 "hands after their joint press statement in Tokyo, Nov. 11, 2016.",
                 {triple(M, "Narendra Modi", "Shinzo Abe")}, id="new-caption-shake-hands"),
    pytest.param("Pope Francis greets Cuban President Raul Castro at the Vatican, May 10, 2015.",
                 {triple(M, "Francis", "Raul Castro")}, id="new-caption-verb-tagged-noun"),
    pytest.param("Clinton hosted a dinner for Yeltsin at the White House.",
                 {triple(M, "Clinton", "Yeltsin")}, id="new-dinner-for"),
    pytest.param("North Korean leader Kim Jong Un met South Korean President Moon Jae-in at the border "
                 "village of Panmunjom.", {triple(M, "Kim Jong Un", "Moon Jae-in")}, id="new-split-name"),
]

NEGATIVE = [
    pytest.param("U.S. President Donald Trump speaks by phone with Russia's President Vladimir Putin in "
                 "the Oval Office at the White House in Washington, Jan. 28, 2017",
                 id="voa-2017.01.28.3696450_11"),
    pytest.param("A 30-minute call (Sunday evening U.S. time/Monday morning in Asia) between Trump and "
                 "Japanese Prime Minister Shinzo Abe was meant to increase pressure on Pyongyang not to "
                 "engage in further provocative actions, but was not prompted by any significant change "
                 "in the situation, according to officials in Tokyo", id="voa-2017.04.24.3823632_12"),
    pytest.param("Obama will meet with King Felipe and acting Prime Minister Mariano Rajoy before "
                 "traveling to a U.S. naval base in Rota, in southern Spain", id="voa-2016.07.09.3410778_40"),
    pytest.param("Turkey's President Recep Tayyip Erdogan addresses a meeting in Ankara, Turkey, Jan. 17, "
                 "2017", id="voa-2017.01.16.3678663_35"),
    pytest.param("On Thursday, Modi is due to hold a meeting to review the Most Favored Nation status that "
                 "New Delhi has granted to Pakistan", id="voa-2016.09.27.3527025_24"),
    pytest.param("Afghan rebel leaders said on Wednesday they would meet U.N. mediator Diego Cordovez if "
                 "he gave them a veto over any settlement reached in peace talks.", id="plover-AGREE-0038"),
    pytest.param("Arab League Secretary General Chadli Klibi undertook mediation mission between Syria "
                 "and Palestinian leader Yasser Arafat.", id="plover-CONSULT-0008"),
    pytest.param("Netanyahu spoke by telephone with President Obama on Tuesday.", id="new-telephone"),
    pytest.param("A proposed meeting between the two presidents has been put off.", id="new-proposed"),
    pytest.param("The NATO defense ministers met in Brussels.", id="new-body-meets-alone"),
    pytest.param("Lukashenko refused to meet the opposition leader.", id="new-refused"),
    pytest.param("Trump hopes to meet Kim later this year.", id="new-hopes"),
    pytest.param("Trump and Pence met with reporters.", id="new-audience"),
    pytest.param("The president skipped the meeting with Putin.", id="new-skipped"),
    pytest.param("Netanyahu arrived in Washington on Sunday ahead of his meeting with Trump.",
                 id="new-ahead-of-meeting"),
    pytest.param("The talks come a week after the two leaders spoke by phone.", id="new-phone"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_meetings_found(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(text, predicate=M) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_meeting(text: str) -> None:
    assert triples(text, predicate=M) == set()


def test_met_is_symmetric_one_triple_per_pair() -> None:
    found = triples("Lavrov and Kerry met in Geneva.", predicate=M)
    assert found == {triple(M, "Kerry", "Lavrov")}


def test_meeting_place_is_recorded() -> None:
    (m,) = mentions("Lavrov and Kerry met in Geneva.")
    assert m.place is not None and m.place.text == "Geneva"


@pytest.mark.parametrize("text, place", [
    ("Keir Starmer met Olaf Scholz in Brussels.", "Brussels"),  # "in" hung on the object
    ("Justin Trudeau met with Narendra Modi in Ottawa on Monday.", "Ottawa"),
    ("Keir Starmer met Friedrich Merz in Madrid.", "Madrid"),
])
def test_meeting_place_hung_on_the_named_party_is_the_meetings(text: str, place: str) -> None:
    # a new user's finding: the place was lost when the parser hung it on the counterpart
    (m,) = mentions(text)
    assert m.place is not None and m.place.text == place


def test_an_in_phrase_on_a_common_noun_party_is_not_taken_for_the_place() -> None:
    (m,) = mentions("Lavrov met the mayor of Paris in 2019.")
    assert m.place is None or m.place.text != "Paris"
