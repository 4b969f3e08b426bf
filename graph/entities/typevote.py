"""Person or organisation: a vote from what one article says around a name, and from the
name's own shape.

spaCy's small model labels many title-less full names organisations ("Keir Starmer met ...",
"Gustavo Petro met ...") and some eponymous companies persons ("Louis Vuitton accused ...").
:func:`relabel` corrects its label from evidence in the same article only (so that IRIs stay a
function of the article): a personal pronoun or an age after the name, a title or role in
apposition, a family relation through a possessive, a personal pronoun coordinated with it
(person); a corporate suffix, shares, an "its", a company noun in apposition or before it, a
role only a company has after it, "The company said" in the next sentence (organisation).
Failing those, the name's shape: a first word that is a common given name
(:func:`is_given_name`) votes person, unless the article speaks of the name, or of a company by
a corporate noun, as an organisation; an organisation's word as a name's head, or "&", votes
organisation over a person label; one unlabelled word, or an unlabelled full name, with no
common noun (:func:`common_noun`) or place in it votes person when it meets someone.

The name lists (given names, WordNet common nouns) are in :mod:`graph.entities.namelists`,
the evidence read around a name in :mod:`graph.entities.evidence`; both are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from graph.entities.evidence import (
    _COMPANY_WORDS,
    _corporate_article,
    _occurrences,
    organisation_evidence,
    person_evidence,
)
from graph.entities.namelists import (
    _COMPANY_OPENERS,
    _common_noun,
    _given_first,
    common_noun,
    common_nouns,
    given_name_list,
    given_names,
    is_given_name,
    romanised_given_names,
)
from graph.entities.names import PARTICLES, ascii_fold, fold, is_title, words
from graph.entities.places import find_demonym
from graph.extract.base import Argument

__all__ = [
    "common_noun", "common_nouns", "given_name_list", "given_names", "is_given_name",
    "one_label_per_name", "organisation_evidence", "person_evidence", "relabel", "romanised_given_names", "surnames_of",
]


def _person_like(name: str) -> bool:
    """Two to four capitalised words, none of them a company's or institution's word."""
    parts = name.split()
    return "\n" not in name and 2 <= len(parts) <= 4 and all(p[:1].isupper() and p.replace("-", "").replace(".", "").isalpha() for p in parts) \
        and not any(fold(p) in _COMPANY_WORDS for p in parts)


def relabel(label: str, name: str, text: str, *, not_person: frozenset[str] = frozenset(),
            meets: bool = False) -> tuple[str, str]:
    """The label the article ``text`` supports for ``name`` that the recogniser labelled
    ``label``, and why: ``("PERSON", reason)`` for an ``ORG`` or unlabelled (``""``) name of two to four capitalised
    words with person evidence (:func:`person_evidence`) and no organisation evidence, or with
    a given name first and neither kind of evidence (nor a company spoken of as a subject, nor,
    for two words, a given name last: "Morgan Stanley"); ``("ORG", reason)`` for a ``PERSON`` name with
    organisation evidence and no person evidence; else ``(label, "")``.

    ``not_person``: folded words that make ``name`` no person's (organisation heads).

    The name's shape decides before the label when they disagree: a ``PERSON`` name of two to
    six words headed by an organisation's word (``not_person``, :data:`_COMPANY_WORDS`; not one
    that is also a common surname, :data:`_SURNAME_LIKE`) or holding an ampersand, with no
    title in it, is ``ORG`` unless the article gives person evidence (``Dick Clark
    Productions``; see :func:`_organisation_shape`). One capitalised word (no
    acronym, country, demonym, known organisation or common noun) is voted by evidence, and
    by its shape when unlabelled and ``meets`` (it meets or visits someone:
    :func:`_relabel_word`); so is an unlabelled full name of two to four words that meets
    someone, has no evidence either way and reads as a name (:func:`_name_shape`), in an
    article that speaks of no company as a subject and of no game."""
    if label in ("FAC", "GPE", "LOC"):
        from graph.entities.persons import person_by_given_name

        why = person_by_given_name(label, name, text) or _surname_by_form(label, name, text)
        if why:
            return "PERSON", why
        why = _company_headed_place(name)
        if why and person_evidence(text, (name,)) is None:
            return "ORG", why
        return _place_word(label, name, text, not_person)
    if label == "NORP" and " " not in name and _bare_word(name, not_person) and (why := _surname_by_form("ORG", name, text)):
        return "PERSON", why  # "Mirzoyan" the small model calls a nationality
    if label not in ("ORG", "PERSON", ""):
        return label, ""
    parts = name.split()
    if label == "PERSON" and 2 <= len(parts) <= 6 and "\n" not in name and _organisation_shape(parts, not_person):
        if person_evidence(text, (name,)) is None:
            return "ORG", f"'{name}' holds an organisation's word or an ampersand"
        return label, ""
    if len(parts) == 1:
        if label == "PERSON" and _acronym(name, text) and person_evidence(text, (name,)) is None:
            return "ORG", f"'{name}' is an acronym with no person evidence"
        if label in ("ORG", "") and _bare_word(name, not_person) and (why := _surname_by_form("ORG", name, text)):
            return "PERSON", why  # "Mirzoyan and Bayramov agreed ...": surnames by their endings
        return _relabel_word(label, name, text, meets=meets) if _bare_word(name, not_person) else (label, "")
    if not _person_like(name) or any(fold(p) in not_person for p in parts):
        return label, ""
    forms = (name, name.split()[-1])
    if label != "PERSON":
        person = person_evidence(text, forms)
        org = organisation_evidence(text, forms[:1])
        if person is not None and org is None:
            return "PERSON", person
        first, last = name.split()[0], name.split()[-1]
        # the last word no given name too ("Morgan Stanley"), unless a middle name stands between
        # ("Recep Tayyip Erdogan": Erdogan is also a Turkish given name)
        if person is None and org is None and _given_first(first) \
                and (len(name.split()) > 2 or not is_given_name(last)) \
                and not any(_common_noun(w) or trade_plural(w) for w in name.split()[1:]) \
                and not _corporate_article(text):
            return "PERSON", f"'{first}' is a given name ({given_name_list(first)})"
        if person is None and org is None and label == "ORG":
            why = _surname_by_form(label, name, text)
            if why:
                return "PERSON", why
        if person is None and org is None and label == "" and meets and _name_shape(parts) \
                and not _corporate_article(text) and not _sporty(text):
            return "PERSON", f"'{name}' is unlabelled, meets someone and reads as a name (no common noun or place)"
        return label, ""
    org = organisation_evidence(text, forms)
    if org is not None and person_evidence(text, forms) is None:
        return "ORG", org
    return label, ""


#: Organisation words that are also common surnames ("Margaret Court", "Emily Post"): no
#: organisation shape alone.
_SURNAME_LIKE = words("court house post press times trust union church tower")


def _organisation_shape(parts: list[str], not_person: frozenset[str]) -> bool:
    """Whether a name of ``parts`` reads as an organisation's whatever its label: an ampersand,
    or an organisation's word that is no common surname as its head, last ("Dick Clark
    Productions") or first before "of"/"for" ("Bank of Punjab"), or a people's plural as its
    last ("Flying Fijians"); but for the last, never with a title in it
    ("Secretary of State Antony Blinken", "Bank of England Governor Andrew Bailey")."""
    from graph.entities.places import plural_demonym

    if plural_demonym(parts[-1]):
        return True  # "Flying Fijians", "Mumbai Indians": a team named by a people
    if any(is_title(p) for p in parts):
        return False

    def organisation_word(word: str) -> bool:
        return (fold(word) in not_person or fold(word) in _COMPANY_WORDS) and fold(word) not in _SURNAME_LIKE

    return "&" in parts or organisation_word(parts[-1]) or trade_plural(parts[-1]) or (
        len(parts) > 2 and organisation_word(parts[0]) and parts[1] in ("of", "for"))


def trade_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a WordNet noun of people by trade, capitalised as a
    name's head ("Jewellers", "Traders", "Brewers", "Engineers"): a business's name, no
    person's surname (not a given name: "Jules", "Agnes")."""
    from graph.extract.lexicon import is_agent_noun

    low = ascii_fold(word).lower()
    if len(low) < 6 or not low.endswith("s") or low.endswith("ss") or is_given_name(word, romanised=True):
        return False
    return any(is_agent_noun(s) for s in (low[:-1], low[:-2] if low.endswith("es") else ""))


#: Endings of surnames of Slavic, Caucasian, Turkic, Romanian, Greek and Baltic families
#: (Tokayev, Mirziyoyev, Pashinyan, Kobakhidze, Zelenskyy, Vucic, Mitsotakis, Nauseda's
#: neighbours' -escu, -oglu), as the romanisation news uses writes them; a word so ending is
#: a surname more often than a company's or a place's name (places are checked apart).
_SURNAME_ENDINGS = re.compile(
    r"(?:[^aeiou](?:ov|ova|ev|eva|yev|yeva|yov)|enko|chuk|czuk|[^aeiu]yan|shvili|[^aeiou]dze|escu|oglu|"
    r"[^aeiou](?:ski|sky|skyi|skiy|ska|wicz|vich|ovic|evic|ovich|evich)|poulos|[^aeiou]akis|[^aeiou]idis)$")


def _surname_by_form(label: str, name: str, text: str) -> str:
    """Why a name of one to three capitalised words the model labelled an organisation or a
    place is a person, or "": its last word ends as surnames of the Slavic, Caucasian, Turkic,
    Romanian or Greek families do (:data:`_SURNAME_ENDINGS`: "Kassym-Jomart Tokayev", "Nikol
    Pashinyan"), no word is a common noun, an organisation's word, a country, demonym, city or
    region, GeoNames knows no place of the whole name, and the article gives it no
    organisation evidence and writes no preposition of place before it."""
    from graph.entities.orgs import known_organisation
    from graph.entities.persons import place_before
    from graph.entities.places import find_city, find_country, find_region

    parts = name.split()
    if label not in ("ORG", "GPE", "LOC", "FAC") or not 1 <= len(parts) <= 3 or "\n" in name \
            or (len(parts) == 1 and known_organisation(name) is not None):
        return ""
    if not all(p[:1].isupper() and p.replace("-", "").isalpha() and not p.isupper() for p in parts):
        return ""
    ending = _SURNAME_ENDINGS.search(ascii_fold(parts[-1]).lower())
    if ending is None:
        return ""
    if any(fold(p) in _COMPANY_WORDS or common_noun(p) or find_country(p) or find_demonym(p)
           or find_city(p, alternates=False) or find_region(p) for p in parts) \
            or find_city(name) is not None or find_region(name) is not None or find_country(name) is not None:
        return ""
    if place_before(name, text) or organisation_evidence(text, (name,)) is not None:
        return ""
    return f"'{parts[-1]}' ends as surnames do (-{ending.group(0).lstrip('bcdfghjklmnpqrstvwxz')})"


def _place_word(label: str, name: str, text: str, not_person: frozenset[str]) -> tuple[str, str]:
    """The label of one word the model labelled a place (``GPE``, ``LOC``, ``FAC``): ``ORG``
    when it is no country, region or city of some size GeoNames knows (a small town acts as a
    surname or a company does; nor any other word a name excludes, :func:`_bare_word`) and the article gives it organisation evidence and no person evidence
    ("Hartmann AG ... Hartmann accused ..."), or, whatever GeoNames says, a club's
    (:func:`graph.entities.evidence.club_evidence`: "Porto sacked its coach"); else the label."""
    from graph.entities.evidence import club_evidence
    from graph.entities.resolver import _credible_place

    if " " in name or not (_bare_word(name, not_person) or _capitalised_noun(name, not_person)) \
            or person_evidence(text, (name,)) is not None:
        return label, ""
    if any(club_evidence(after) for _, after in _occurrences(text, name)):
        return "ORG", f"'{name}' signs, fields or sacks players or a coach, or has its own (a club)"
    if _credible_place(name):  # "Tokyo shares fell": the market of a city
        return label, ""
    org = organisation_evidence(text, (name,), discourse=False, possessive=False)
    return ("ORG", org) if org is not None else (label, "")


#: Heads of companies' names, never of a place's or building's ("Nippon Steel", "Tata
#: Motors", "Qatar Airways"; not "Tower", "House", "Palace" or "Court", which buildings have).
_COMPANY_HEADS = words(
    """steel motors airlines airways shipping holdings group industries systems technologies
    corporation corp inc ltd plc llc company bancorp insurance petroleum telecom pharmaceuticals
    electronics enterprises ventures mining chemicals refinery"""
)


def _company_headed_place(name: str) -> str:
    """Why ``name``, two to four capitalised words the model labelled a place, is a company's:
    its last word is a company's head (:data:`_COMPANY_HEADS`) and GeoNames knows no city or
    region of that name; else ""."""
    from graph.entities.places import find_city, find_region

    parts = name.split()
    if not 2 <= len(parts) <= 4 or not all(p[:1].isupper() for p in parts) or "\n" in name \
            or fold(parts[-1]) not in _COMPANY_HEADS or find_city(name) is not None or find_region(name) is not None:
        return ""
    return f"'{name}' ends with a company's word ('{parts[-1]}') and names no place GeoNames knows"


def _acronym(name: str, text: str) -> bool:
    """Whether ``name`` is an acronym of three to six capitals and no dots ("CNPC", "ONGC"),
    which the model sometimes labels a person, written in ``text`` among lower-case words (not
    a name in an all-capitals headline: "MACRON VISITS KYIV"); initials a person is known by
    ("MBS") are written with person evidence around them as often as not, and keep their label
    then."""
    return 3 <= len(name) <= 6 and name.isalpha() and name.isupper() and any(
        re.search(r"[a-z]", before[-30:] + after[:30]) for before, after in _occurrences(text, name))


def _capitalised_noun(name: str, not_person: frozenset[str]) -> bool:
    """Whether ``name`` is one capitalised word that is a common noun, no title, country,
    demonym, organisation word or known organisation ("Vector", "Orbit"): a company's name
    when the article gives it organisation evidence ("three Mexican banks, CIBanco, Intercam
    and Vector"), never a person's by its shape."""
    from graph.entities.orgs import known_organisation
    from graph.entities.places import find_country

    bare = name.replace("-", "")
    return len(bare) >= 3 and bare.isalpha() and name[:1].isupper() and not name[1:].isupper() \
        and fold(name) not in not_person and fold(name) not in _COMPANY_WORDS and not is_title(name) \
        and find_country(name) is None and find_demonym(name) is None and known_organisation(name) is None


def _bare_word(name: str, not_person: frozenset[str]) -> bool:
    """Whether ``name`` is one capitalised word that may be a surname or a company's name: no
    acronym, organisation word, country, demonym, known organisation, title or common noun."""
    from graph.entities.orgs import known_organisation
    from graph.entities.places import find_country
    from graph.extract.lexicon import is_agent_noun

    bare = name.replace("-", "")
    return len(bare) >= 3 and bare.isalpha() and name[:1].isupper() and not name.isupper() \
        and not name[1:].isupper() and fold(name) not in not_person and fold(name) not in _COMPANY_WORDS \
        and find_country(name) is None and find_demonym(name) is None and known_organisation(name) is None \
        and not is_title(name) and not _common_noun(name) and not is_agent_noun(name.lower())


def _relabel_word(label: str, name: str, text: str, *, meets: bool = False) -> tuple[str, str]:
    """The label of one capitalised word (``Tsvangirai``, ``Pfizer``) by evidence only: person
    evidence and none of an organisation (``Tsvangirai and his party``) makes it ``PERSON``;
    organisation evidence other than an ``its`` (which a surname's clause may hold for
    another noun), a company subject in the next sentence ("Musk met investors. The company
    said ...") or a possessive ("Trump's brand of politics") and none of a person (``Foxconn chairman``, ``powerhouse Pfizer``) makes it
    ``ORG``; with neither, an unlabelled word of a name's shape (:func:`_surname_shape`) that
    ``meets`` someone, in an article with no word of sport (clubs meet too), is ``PERSON``
    ("Milei met Bukele"): companies are seldom said to meet, while they accuse and agree as
    often as people do (measured on sentences written for this: the shape alone made 4
    companies of 8 unlabelled names persons); else the label stands (the model's ``ORG`` on
    "Siemens" or "Rosneft" is kept)."""
    person = person_evidence(text, (name,))
    org = organisation_evidence(text, (name,), discourse=False, possessive=False)
    if person is not None and org is None and label != "PERSON":
        return "PERSON", person
    if org is not None and person is None and label != "ORG":
        return "ORG", org
    if meets and person is None and org is None and label == "" and _surname_shape(name) \
            and not _in_longer_name(text, name) and not _sporty(text):
        return "PERSON", f"'{name}' is a given name or no common noun, place or organisation: a name by its shape"
    return label, ""


def _name_shape(parts: list[str]) -> bool:
    """Whether the words of a full name all read as name parts: no WordNet common noun
    (:func:`common_noun`), country, demonym, city or region, and no company's opening word
    ("Oleksandr Syrskyi", "Masoud Pezeshkian"; not "Morgan Stanley": a morgan is a horse)."""
    from graph.entities.places import find_city, find_country, find_region

    return fold(parts[0]) not in _COMPANY_OPENERS and not any(
        common_noun(w) or find_country(w) or find_demonym(w) or find_city(w, alternates=False) or find_region(w)
        for w in parts if fold(w) not in PARTICLES)


def _sporty(text: str) -> bool:
    """Whether ``text`` holds a word of games (:func:`graph.extract.lexicon.is_sport_word`)."""
    from graph.extract.lexicon import is_sport_word

    return any(is_sport_word(w) for w in re.findall(r"[a-z]+", text))


def _in_longer_name(text: str, word: str) -> bool:
    """Whether the article ``text`` also writes ``word`` followed by another capitalised word
    ("Nordvik Lines said ... Nordvik would appeal"): then the bare word may be short for that
    name, and its shape alone decides nothing."""
    return any(re.match(r"[ \t]+[A-Z]", after) for _, after in _occurrences(text, word))


def _surname_shape(word: str) -> bool:
    """Whether one capitalised word (already no acronym, country, demonym, organisation or
    agent noun, see :func:`_bare_word`) reads as a person's name by itself: a given name, or a
    word that is no common noun (:func:`common_noun`), no city and no region ("Meloni",
    "Yermak"; not "Arsenal", "Brotherhood", "Kurds", "Ramallah")."""
    from graph.entities.places import find_city, find_region

    if find_city(word) is not None or find_region(word) is not None:
        return False
    return _given_first(word) or not common_noun(word)


def surnames_of(voted: Mapping[str, str]) -> frozenset[str]:
    """The folded last words of the names :func:`relabel` made persons (``name -> label``)."""
    return frozenset(fold(n.split()[-1]) for n, lab in voted.items() if lab == "PERSON")


_ONE_NAME_LABELS = frozenset({"PERSON", "ORG", "", "GPE", "LOC"})


def one_label_per_name(args: Sequence[Argument], voted: Sequence[Argument],
                       votes: Mapping[tuple[str, str], tuple[str, str]]) -> list[Argument]:
    """``voted`` (the arguments ``args`` of one article with the labels :func:`relabel` gave
    them; ``votes``: (text, model label) -> (label, reason)) with one label for every
    occurrence of one name: the model labels a name differently from sentence to sentence
    ("Hartmann AG said ... Hartmann met Zelensky" ORG, "Hartmann accused Russia" GPE), and two
    labels make two nodes of one actor. Of a name's labels (person, organisation, none, and a
    place for one word GeoNames knows as no city or region), the one voted by evidence wins
    when the evidence agrees; with no evidence, the commoner of person and organisation, or on
    a tie the first in the text. Names whose evidence disagrees keep their labels."""
    from graph.entities.places import find_city, find_region

    by_text: dict[str, list[int]] = {}
    for i, v in enumerate(voted):
        by_text.setdefault(v.text.strip(), []).append(i)
    out = list(voted)
    for text, idx in by_text.items():
        labels = {voted[i].label for i in idx}
        if len(labels) < 2 or not labels <= _ONE_NAME_LABELS:
            continue
        if labels & {"GPE", "LOC"} and (" " in text or find_city(text, alternates=False) is not None
                                        or find_region(text) is not None):
            continue
        evidenced = {voted[i].label for i in idx if votes.get((args[i].text, args[i].label), ("", ""))[1]}
        if len(evidenced) > 1:
            continue
        if evidenced:
            target = next(iter(evidenced))
        else:
            kinds = [voted[i].label for i in sorted(idx, key=lambda i: voted[i].start) if voted[i].label in ("PERSON", "ORG")]
            if not kinds:
                continue
            counts = {k: kinds.count(k) for k in kinds}
            target = max(kinds, key=lambda k: (counts[k], -kinds.index(k)))
        for i in idx:
            if voted[i].label != target:
                out[i] = replace(voted[i], label=target)
    return out
