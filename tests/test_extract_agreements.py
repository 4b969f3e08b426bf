"""agreed(party, party): joint agreement, signing, agreeing with or to act for a counterpart,
nominal agreements between parties; not one-sided, offered, hedged or failed agreement.

Param ids are dev-set item ids (source by prefix: see ``extract_helpers.SOURCES``) or ``new-*``
for sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import mentions, triple, triples

A = "agreed"

POSITIVE = [
    pytest.param(
        "Czechia and China signed an agreement today to increase trade in 1983 by 50 percent compared "
        "with last year, the official Czechoslovak news agency Ceteka said today.",
        {triple(A, "Czechia", "China")}, id="plover-SUPPORT-0012"),
    pytest.param(
        "In a much anticipated call, Trump also spoke with Russian President Vladimir Putin, agreeing to "
        "cooperate in defeating Islamic State and work for peace in Syria and throughout the world",
        {triple(A, "Trump", "Vladimir Putin")}, id="voa-2017.01.28.3696450_8"),
    pytest.param(
        "The White House says President Donald Trump and Saudi King Salman bin Abd al-Aziz Al Saud "
        "have agreed to back safe zones in Syria and Yemen",
        {triple(A, "Donald Trump", "Salman bin Abd al-Aziz Al Saud")}, id="voa-2017.01.28.3696450_0"),
    pytest.param(
        "A White House statement said Trump asked for the king's support for safe zones, and that the "
        "king agreed", {triple(A, "king", "Trump")}, id="voa-2017.01.28.3696450_2"),
    pytest.param(
        "Abe also said he and Trump agreed that a larger role in dealing with Pyongyang should be played "
        "by China", {triple(A, "Abe", "Trump")}, id="voa-2017.04.24.3823632_15"),
    pytest.param(
        "Western governments have agreed in return to lift long-standing economic sanctions against the "
        "Islamic Republic", {triple(A, "Western governments", "Islamic Republic")},
        id="voa-2016.01.13.3142975_29"),
    pytest.param(
        "One breakthrough came in 2014 when Nuredin Wehabrebi Atta, an Eritrean smuggler, was arrested "
        "and agreed to assist authorities as a whistle-blower in exchange for protection",
        {triple(A, "Nuredin Wehabrebi Atta", "authorities")}, id="voa-2016.07.28.3437456_18"),
    pytest.param(
        'He said it "seriously undermines the very basic principles" needed to implement the deal, '
        'adding that the comments amount to "a material breach of the commitments" agreed to by the '
        "U.S., Britain, China, Russia, France and Germany at the negotiating table with Iran",
        {triple(A, c, "Iran") for c in ("U.S.", "Britain", "China", "Russia", "France", "Germany")},
        id="voa-2015.07.31.2888384_39"),
    pytest.param(
        "One third of ethnic Albanian guerrillas operating in Macedonia have been demobilized since the "
        "August 13 peace accord between Macedonian and ethnic Albanian political parties, two rebel "
        "commanders told AFP by phone Sunday.",
        {triple(A, "Macedonian parties", "ethnic Albanian political parties")}, id="plover-RETREAT-0016"),
    pytest.param("The agreement, signed in 2015 by Iran and six world powers, limits Iran's nuclear "
                 "program.", {triple(A, "Iran", "six world powers")}, id="new-signed-by"),
    pytest.param("The accord, which Iran signed with six world powers in 2015, lifted sanctions.",
                 {triple(A, "Iran", "six world powers")}, id="new-relative-which"),
    pytest.param("Hamas agreed to an Egyptian-brokered truce with Israel.", {triple(A, "Hamas", "Israel")},
                 id="new-agreed-to-a-truce-with"),
    pytest.param("Colombia's government and the FARC rebels signed a peace deal in Havana.",
                 {triple(A, "Colombia's government", "FARC rebels")}, id="new-signed-deal"),
]

NEGATIVE = [
    pytest.param("Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan, the "
                 "Parliament speaker said Saturday.", id="plover-AGREE-0018"),
    pytest.param("Leaders of the Azadliq (Freedom) opposition coalition agreed to postpone the "
                 "demonstration in Baku until 9 November.", id="plover-AGREE-0024"),
    pytest.param("Libya has offered to hand over to Great Britain two of its nationals suspected by the "
                 "West of blowing up a Pan Am plane in 1988, a state-owned Egyptian newspaper said.",
                 id="plover-AGREE-0005"),
    pytest.param("In the exhausted aftermath of this bruising election, Clinton and Trump seemed to agree "
                 "on one thing: the need for unity", id="voa-2016.11.10.3590360_26"),
    pytest.param("Turkey\u2019s Foreign Minister Melvin \u00c7avu\u015fo\u011flu seemingly took back on "
                 "Sunday earlier remarks that suggested a strategy had already been agreed upon by Turkey "
                 "and Saudi Arabia for a ground campaign, saying no solid decision for such an operation "
                 "had yet been reached", id="voa-2016.02.14.3190340_22"),
    pytest.param("The talks also \"touched upon ... the main aspects of the crisis in Ukraine,\" Moscow's "
                 "statement said, adding: \"It was agreed to establish a partnership on all these and "
                 "other areas.", id="voa-2017.01.28.3696450_13"),
    pytest.param("On Monday, eight prominent Aleppo rebel groups agreed to unite for operational purposes "
                 "under the tactical leadership of Hashim al Sheikh", id="voa-2016.02.17.3194684_16"),
    pytest.param("The two countries failed to reach an agreement.", id="new-failed"),
    pytest.param("Israel and Syria ended their talks without reaching a deal.", id="new-without"),
    pytest.param("Washington and Beijing have yet to agree on a date for the talks.", id="new-yet-to"),
    pytest.param("The rebels refused to sign the peace agreement with the government.", id="new-refused"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_agreements_found(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(text, predicate=A) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_an_agreement(text: str) -> None:
    assert triples(text, predicate=A) == set()


def test_strongest_evidence_wins() -> None:
    """The verb "signed by" outranks the nominal "agreement" it governs in the same sentence."""
    (m,) = mentions("The agreement was signed by Israel and Jordan in 1994.")
    assert (m.subject.text, m.object.text, m.trigger, m.confidence, m.date) == (
        "Israel", "Jordan", "signed", 0.85, "1994")
