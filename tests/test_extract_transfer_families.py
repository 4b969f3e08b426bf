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

FOUND = OWNED_GROUPS
NEGATIVE = OWNED_GROUPS_NEGATIVE


@pytest.mark.parametrize(("predicate", "text", "expected"), FOUND)
def test_transfer_family_found(predicate: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(text, predicate=predicate) == expected


@pytest.mark.parametrize(("predicate", "text"), NEGATIVE)
def test_transfer_family_hard_negative(predicate: str, text: str) -> None:
    assert triples(text, predicate=predicate) == set()
