"""The country the text gives an actor: seats of government that stand for their government
("the Kremlin" is Russia's, "Downing Street" Britain's), and office holders written after their
country and office ("China's foreign ministry spokesperson Mao Ning", "Kremlin spokesman Dmitry
Peskov", "Ukraine's energy minister Svitlana Grynchuk").

Used by :func:`graph.entities.resolver.candidate` to give a candidate without a country the one
its article states (``ng:country``), so that roll-ups by country (accusations between
countries) count the actor.
"""

from __future__ import annotations

import re

from graph.entities.candidates import GENERIC_ORG_WORDS
from graph.entities.names import TITLE_WORDS, fold, strip_possessive, words
from graph.entities.places import (
    Country,
    country_by_code,
    find_country,
    find_demonym,
    nation_within,
)

#: Seats of government wire copy writes for the government itself (metonyms), folded, with the
#: ISO 3166 code of the country they stand for. Source: the metonyms of the Reuters and AP
#: stylebooks' examples and of common usage ("the Kremlin said", "a White House official").
SEATS: dict[str, str] = {
    "kremlin": "RU",
    "white house": "US",
    "pentagon": "US",
    "capitol hill": "US",
    "foggy bottom": "US",
    "downing street": "GB",
    "number 10": "GB",
    "no 10": "GB",
    "whitehall": "GB",
    "elysee": "FR",
    "elysee palace": "FR",
    "quai d'orsay": "FR",
    "matignon": "FR",
    "zhongnanhai": "CN",
    "kantei": "JP",
    "blue house": "KR",
    "bankova": "UA",
    "palazzo chigi": "IT",
    "la moncloa": "ES",
    "moncloa": "ES",
    "casa rosada": "AR",
    "planalto": "BR",
    "los pinos": "MX",
}

#: Words of an office written between its country and the holder's name: titles (lower case
#: in "China's foreign ministry spokesperson"), words of institutions and a few qualifiers.
_HOLDERS = TITLE_WORDS | words(
    """spokesperson spokesman spokeswoman official aide adviser advisor negotiator representative
    diplomat envoy counterpart"""
)
_OFFICE_WORDS = _HOLDERS | GENERIC_ORG_WORDS | words(
    """press chief deputy senior top former acting interim outgoing incoming ministry ministry's
    office's department's affairs"""
)
_THE = re.compile(r"^(?:the|The)\s+")
_STOP = re.compile(r"[.;:!?\n\"\u201c\u201d()]")


def seat_country(text: str) -> Country | None:
    """The country whose government the seat ``text`` stands for ("Kremlin", "the White
    House", "Élysée"), or None."""
    code = SEATS.get(fold(strip_possessive(_THE.sub("", text.strip()))))
    return country_by_code(code) if code else None


def _owner(word_list: list[str]) -> Country | None:
    """The country the last one or two words of ``word_list`` name as an owner: a possessive
    country ("China's"), a country or demonym ("Chinese", "U.S."), or a seat ("Kremlin",
    "White House")."""
    inner = nation_within(word_list[-2:])
    if inner is not None:
        return inner  # "Northern Ireland Secretary ...": the United Kingdom's, not Ireland's
    for n in (2, 1):
        if len(word_list) < n:
            continue
        written = " ".join(word_list[-n:])
        if not written[:1].isupper():
            continue
        bare = strip_possessive(written.replace("\u2019", "'"))
        found = find_country(bare) or seat_country(bare) or (find_demonym(bare) if n == 1 else None)
        if found is not None:
            return found
    return None


def _whole_word_starts(name: str, text: str) -> list[int]:
    """Where ``name`` occurs in ``text`` as whole words (no letter, digit, "_" or "-" on either
    side); a plain search, no pattern compiled per name."""
    out: list[int] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")) \
                and (end == len(text) or not (text[end].isalnum() or text[end] in "_-")):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def office_country(name: str, text: str) -> Country | None:
    """The country ``text`` (an article) writes before the person ``name`` (as written, in full)
    with an office between: "China's foreign ministry spokesperson Mao Ning" → China; "Kremlin
    spokesman Dmitry Peskov" → Russia. At least one office word must stand between the owner
    and the name, the one next to the name a holder's (a title, "spokesperson", "aide"; not
    "the Canadian government Tsvangirai"), and a bare "Chinese Mao Ning" is left to the person
    rules; all within one sentence. The first occurrence that states a country wins; None when none does."""
    if not name or len(name) < 3:
        return None
    for start in _whole_word_starts(name, text):
        before = text[max(0, start - 120) : start]
        stop = max((s.end() for s in _STOP.finditer(before)), default=0)
        tail = before[stop:].replace(",", " , ").split()
        if tail and tail[-1] == ",":
            # "China's ambassador to Sri Lanka, Qi Zhenhong": the office in apposition before the
            # name, its host country after "to" no owner
            to = next((i for i in range(len(tail) - 2, 0, -1) if tail[i] in ("to", "in")), None)
            if to is not None and fold(tail[to - 1]) in _HOLDERS and all(w[:1].isupper() for w in tail[to + 1 : -1]):
                tail = tail[:to]
        if not tail or fold(tail[-1]) not in _HOLDERS:
            continue
        office = 0
        while tail and fold(tail[-1]) in _OFFICE_WORDS and not _owner(tail[-1:]):
            tail.pop()
            office += 1
        if office and tail and tail[-1] != ",":
            found = _owner(tail)
            if found is not None:
                return found
    return None
