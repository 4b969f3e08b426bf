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

Given names: ``graph/entities/data/given_names.txt`` and ``given_names_romanised.txt``, made
from the person providers of Faker (https://github.com/joke2k/faker, MIT licence,
``data/FAKER-LICENSE``) by ``python -m graph.entities.data.make_given_names``, which says which
lists it keeps and how it romanises the Cyrillic, Greek and Georgian ones. Common nouns:
``graph/entities/data/common_nouns.txt``, from Princeton WordNet 3.0 (WordNet License,
``graph/extract/data/WORDNET-LICENSE``) by ``python -m graph.entities.data.make_common_nouns``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from graph.entities.names import (
    ORGANISATION_WORDS,
    PARTICLES,
    PERSONAL_TITLES,
    TITLE_WORDS,
    ascii_fold,
    fold,
    is_title,
    words,
)
from graph.entities.places import find_demonym

_GIVEN_NAMES = Path(__file__).parent / "data" / "given_names.txt"
_COMMON_NOUNS = Path(__file__).parent / "data" / "common_nouns.txt"
_ROMANISED = Path(__file__).parent / "data" / "given_names_romanised.txt"
_WORLD = Path(__file__).parent / "data" / "given_names_world.txt"


@functools.cache
def given_names() -> frozenset[str]:
    """Folded given names (``"gustavo"``, ``"friedrich"``), about 13,000 (see the module docstring).

    Raises:
        OSError: the packaged list cannot be read."""
    return frozenset(filter(None, _GIVEN_NAMES.read_text(encoding="utf-8").splitlines()))


@functools.cache
def common_nouns() -> frozenset[str]:
    """Lower-case WordNet nouns of kinds, not individuals (``"trump"``, ``"arsenal"``,
    ``"kurd"``), about 51,000 (``graph/entities/data/common_nouns.txt``, made by
    ``python -m graph.entities.data.make_common_nouns``).

    Raises:
        OSError: the packaged list cannot be read."""
    return frozenset(filter(None, _COMMON_NOUNS.read_text(encoding="utf-8").splitlines()))


def common_noun(word: str) -> bool:
    """Whether ``word`` (any case), or the singular of it, is a common noun (:func:`common_nouns`):
    "Arsenal", "Brotherhood", "Kurds", "Democrats" are; "Meloni", "Yermak" are not."""
    low = ascii_fold(word).lower()
    nouns = common_nouns()
    if low in nouns or (low.endswith("s") and low[:-1] in nouns) or (low.endswith("es") and low[:-2] in nouns):
        return True
    return low.endswith("ies") and low[:-3] + "y" in nouns


@functools.cache
def romanised_given_names() -> frozenset[str]:
    """Given names of other scripts as news romanises them that :func:`given_names` lacks: Faker's
    Cyrillic, Greek and Georgian lists (``"volodymyr"``, ``"andriy"``, ``"sergei"``, about 3,000,
    ``graph/entities/data/given_names_romanised.txt``) and the world's others (``"narendra"``,
    ``"shigeru"``, ``"masoud"``, about 6,900, ``given_names_world.txt``: Faker's Devanagari lists,
    the Japanese readings of ``japanese-personal-name-dataset`` (MIT licence), Wikidata's given
    names of Arabic-script countries (CC0); less common nouns, places and short words; made by
    :mod:`graph.entities.data.make_world_names`). They open a person's name only.

    Raises:
        OSError: a packaged list cannot be read."""
    return frozenset(filter(None, (_ROMANISED.read_text(encoding="utf-8") + "\n"
                                   + _WORLD.read_text(encoding="utf-8")).splitlines()))


def is_given_name(word: str, *, romanised: bool = False) -> bool:
    """Whether ``word`` (any case, accents or not) is a common given name (:func:`given_names`;
    with ``romanised``, also :func:`romanised_given_names`)."""
    low = ascii_fold(word).lower()
    return low in given_names() or (romanised and low in romanised_given_names())


def given_name_list(word: str) -> str:
    """The packaged list that holds ``word`` as a given name (a path), or "" if none does."""
    low = ascii_fold(word).lower()
    if low in given_names():
        return "graph/entities/data/given_names.txt"
    if low in romanised_given_names():
        world = low not in frozenset(_ROMANISED.read_text(encoding="utf-8").split())
        return f"graph/entities/data/given_names_{'world' if world else 'romanised'}.txt"
    return ""


#: Words that make a run of capitalised words an organisation's name, whatever its first word.
_COMPANY_WORDS = ORGANISATION_WORDS
#: Nouns that a company is described by in apposition or as a later subject ("the company said").
_COMPANY_NOUNS = (
    r"company|group|firm|bank|lender|insurer|maker|carmaker|automaker|retailer|brand|label|"
    r"conglomerate|giant|chain|manufacturer|producer|investor|fund|brokerage|broker|house|"
    r"airline|miner|exchange|startup|supplier|distributor|provider|utility|"
    r"drugmaker|chipmaker|bank's|company's|firm's"
)
_ORG_POSSESSED = (
    r"shares|stock|chief executive|chief executive officer|ceo|board|brand|profit|profits|revenue|"
    r"sales|stores|products|subsidiary|unit|headquarters|employees|executives|shareholders|"
    r"investors|bonds|earnings|customers|clients|factory|factories|plant|plants"
)
_PERSON_POSSESSED = (
    r"wife|husband|son|daughter|sons|daughters|father|mother|brother|sister|family|spouse|"
    r"children|widow|widower|parents|grandson|granddaughter|girlfriend|boyfriend|lawyer|lawyers|"
    r"government|administration|cabinet|aide|aides|spokesman|spokeswoman|spokesperson|supporters|"
    r"allies|visit|trip|speech|remarks|resignation|re-election|predecessor|successor|mother-in-law"
)
#: Nouns a company is described by right before its name ("carmaker Toyota", "French companies
#: Rhone-Poulenc, Pechiney and Imec"): no noun that also describes a person by trade
#: ("investor", "producer", "broker").
_COMPANY_NOUNS_BEFORE = (
    r"company|companies|firm|firms|bank|banks|lender|insurer|maker|makers|carmaker|automaker|"
    r"drugmaker|chipmaker|retailer|retailers|conglomerate|giant|chain|manufacturer|airline|"
    r"airlines|miner|startup|start-up|powerhouse|subsidiary|multinational|corporation|supplier|"
    r"suppliers|distributor|provider|utility"
)
#: Roles that a company has and a person does not, written right after its name ("Foxconn
#: chairman Young Liu", "Medarex Chief Executive Donald Drakeman", "Lazio coach Marco Bellini").
_ORG_ROLES = r"chairman|chairwoman|chair|founder|co-founder|coach|manager|shareholders|executives"
_SPEECH = r"said|says|told|added|wrote|insisted|argued|stated|warned|claimed|denied|believes|thinks"
_PERSONAL = r"he|she|his|her|him|himself|herself"


def _occurrences(text: str, form: str) -> list[tuple[str, str]]:
    """(up to 80 characters before, up to 160 after) each whole-word occurrence of ``form``."""
    out: list[tuple[str, str]] = []
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and \
                (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
            out.append((text[max(0, at - 80) : at], text[end : end + 160]))
        at = text.find(form, at + 1)
    return out


_APPOSITION = re.compile(r",\s+((?:the\s+|a\s+|an\s+)?(?:[\w'\u2019.-]+\s+){0,4}[\w'\u2019.-]+)")
_WORD_BEFORE = re.compile(r"(\b[a-z][\w-]*)\s+$")
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?)\s+$")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "president", "premier", "chancellor"})
_AGE = re.compile(r",\s+\d{1,3},")
_SPEECH_PRONOUN = re.compile(rf"(?:,[^,.]{{1,40}},)?\s+(?:{_SPEECH})\s+(?:that\s+)?(?:{_PERSONAL})\b")
_FAMILY = re.compile(rf"['\u2019]s?\s+(?:{_PERSON_POSSESSED})\b")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+|\)\s+[-\u2013\u2014]\s+)$")
_NEXT_PRONOUN = re.compile(r"[^.!?]{0,120}[.!?]\s+(?:He|She|His|Her)\s")
_SUFFIX = re.compile(r"\s+(?:Inc|Corp|Corporation|Co|Ltd|plc|PLC|LLC|Group|Holdings|AG|SA|NV|SE)\b")
_POSSESSED = re.compile(rf"(?:['\u2019]s?)?\s+(?:{_ORG_POSSESSED})\b", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(rf"\s+(?:{_ORG_POSSESSED})\b", re.IGNORECASE)
_SHARES_OF = re.compile(r"\bshares\s+(?:of|in)\s+$")
_COMPANY_APPOSITION = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}(?:{_COMPANY_NOUNS})\b")
_WHO = re.compile(r",\s+who(?:se|m)?\b")
_WHICH = re.compile(r",\s+which\b")
_CLAUSE = re.compile(r"[^.!?;]{0,80}")
_ITS = re.compile(r"\b(?:its|itself)\b")
_ROLE_AFTER = re.compile(rf"\s+(?:{_ORG_ROLES})\b", re.IGNORECASE)
#: a company noun, then (in a list) other names, right before the name
_COMPANY_BEFORE = re.compile(
    rf"\b(?i:{_COMPANY_NOUNS_BEFORE})\s+(?:[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){{0,3}}(?:,\s+(?:and\s+)?|\s+and\s+))*$")
#: the next sentence opens with a company noun as its subject ("The company said ...")
_NEXT_COMPANY = re.compile(rf"[^.!?]{{0,160}}[.!?][\"'\u201d]?\s+(?:The|the)\s+(?:{_COMPANY_NOUNS})\s+[a-z]")
#: coordinated with a personal pronoun: "Tsvangirai and his party", "he and Trump agreed"
_AND_PERSONAL = re.compile(r"\s+and\s+(?:he|she|his|her)\b")
_PERSONAL_AND = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+and\s+$")
_PERSONAL_WORD = re.compile(rf"\b(?:{_PERSONAL})\b")
_HIS_RELATION = re.compile(rf"\b(?:his|her)\s+(?:{_PERSON_POSSESSED})\b")


def _titled(before: str, after: str) -> bool:
    """A title or role in apposition after, a lower-case title right before, or a personal
    title or honorific right before ("Mr Starmer", "President Petro")."""
    m = _APPOSITION.match(after)
    if m is not None and any(fold(w) in TITLE_WORDS for w in m.group(1).split()):
        return True
    m = _WORD_BEFORE.search(before)
    if m is not None and fold(m.group(1)) in TITLE_WORDS:
        return True
    m = _CAPITAL_BEFORE.search(before)
    return m is not None and (fold(m.group(1)) in PERSONAL_TITLES or fold(m.group(1)).rstrip(".") in _HONORIFICS)


def person_evidence(text: str, forms: Iterable[str]) -> str | None:
    """Why the article ``text`` writes one of ``forms`` (a name, its surname) as a person's,
    or None: a title or role in apposition (``Gustavo Petro, the Colombian president``) or a
    lower-case title before it, an age (``Merz, 70,``), a personal pronoun after a verb of
    speech (``Ruto said his government``), a family relation (``X's wife``), a sentence it opens
    followed by one opening with He, She, His or Her, a relative clause opened by "who", a
    personal pronoun coordinated with it (``Tsvangirai and his party``, ``he and Trump``),
    "his"/"her" and a relation only a person has in its clause (:func:`_his_relation`)."""
    for form in forms:
        for before, after in _occurrences(text, form) if form else ():
            if _titled(before, after):
                return f"'{form}' has a title or role in apposition"
            if _AGE.match(after):
                return f"'{form}' is given an age"
            if _SPEECH_PRONOUN.match(after):
                return f"'{form}' is followed by a verb of speech and a personal pronoun"
            if _FAMILY.match(after):
                return f"'{form}' has a family relation"
            if _WHO.match(after):
                return f"'{form}' is followed by ', who'"
            if _AND_PERSONAL.match(after) or _PERSONAL_AND.search(before):
                return f"'{form}' is coordinated with a personal pronoun"
            if _SENTENCE_OPENS.search(before) and _NEXT_PRONOUN.match(after):
                return f"'{form}' opens a sentence and the next opens with a personal pronoun"
            if _his_relation(after):
                return f"'{form}' is followed by 'his' or 'her' and a relation in its clause, with no one else before it"
    return None


def _his_relation(after: str) -> bool:
    """Whether the clause after a name holds "his"/"her" and a relation only a person has
    (``laid the blame at the feet of his predecessor``), with no other name and no noun of
    people or groups before it that the pronoun could stand for (not ``sued the former
    executive and his wife``): the mirror of the ``its`` evidence."""
    from graph.entities.places import find_city, find_country
    from graph.extract.lexicon import is_agent_noun

    clause = _CLAUSE.match(after).group(0)  # type: ignore[union-attr]
    m = _HIS_RELATION.search(clause)
    if m is None:
        return False
    for w in re.findall(r"[\w'\u2019-]+", clause[: m.start()]):
        if w[:1].isupper() and find_demonym(w) is None and find_country(w) is None \
                and find_city(w, alternates=False) is None:
            return False
        low = w.lower()
        if _PERSONAL_WORD.fullmatch(low) or is_agent_noun(low) or (low.endswith("s") and is_agent_noun(low[:-1])):
            return False
    return True


def organisation_evidence(text: str, forms: Iterable[str], *, discourse: bool = True,
                          possessive: bool = True) -> str | None:
    """Why the article ``text`` writes one of ``forms`` as an organisation's, or None: a
    corporate suffix or noun after it (``Charles Schwab Corp``), its shares or executives
    (``Louis Vuitton's shares``), a role only a company has right after it (``Foxconn
    chairman``, ``Lazio coach``), a company noun in apposition or right before it (``carmaker
    Toyota``, ``French companies Rhone-Poulenc, Pechiney and Imec``), a relative clause opened
    by "which", a sentence it opens with no other name in it followed by one whose subject is a
    company noun (``Berkshire Hathaway sued a manager. The company said ...``: the one name
    the company can be; "Elon Musk cut jobs. The company said ..." reads the same and is
    taken the same way; these three for the first form only, the name as written, not a
    surname: "the company Musk founded"), and ``its`` in its own clause with no
    other name or personal pronoun before it (``accused a Chinese rival of copying its bags``;
    not ``led India to its independence``). Without ``discourse``, neither of the last two (what
    the sentences around a name say: for one word, which may be a surname the article never
    writes in full); without ``possessive``, shares or executives count
    only written right after the name ("Pfizer shares", not "Trump's brand of politics")."""
    for n, form in enumerate(forms):
        for before, after in _occurrences(text, form) if form else ():
            if _SUFFIX.match(after):
                return f"'{form}' is followed by a corporate suffix"
            if (_POSSESSED if possessive else _ATTRIBUTIVE).match(after) or _SHARES_OF.search(before):
                return f"'{form}' has shares, executives or products"
            if n == 0 and _ROLE_AFTER.match(after):
                return f"'{form}' is followed by a role only a company or club has"
            if _COMPANY_APPOSITION.match(after) or (n == 0 and _COMPANY_BEFORE.search(before)):
                return f"'{form}' has a company noun in apposition"
            if _WHICH.match(after):
                return f"'{form}' is followed by ', which'"
            if not discourse:
                continue
            if n == 0 and _SENTENCE_OPENS.search(before) and _NEXT_COMPANY.match(after) and _alone_in_sentence(after):
                return f"'{form}' opens a sentence and the next opens with a company noun as its subject"
            clause = _CLAUSE.match(after).group(0)  # type: ignore[union-attr]
            pronoun = _ITS.search(clause)
            if pronoun is not None and not _PERSONAL_WORD.search(clause) and not any(
                    w[:1].isupper() and find_demonym(w) is None for w in clause[: pronoun.start()].split()):
                return f"'{form}' is followed by 'its' in its clause, with no other name before it"
    return None


_MONTHS_DAYS = words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)


def _alone_in_sentence(after: str) -> bool:
    """Whether the rest of a sentence (``after`` a name, to its first full stop) names no one
    else: no capitalised word other than a country, demonym, city, month or weekday."""
    from graph.entities.places import find_city, find_country

    rest = re.split(r"[.!?]", after, maxsplit=1)[0]
    return not any(
        w[:1].isupper() and fold(w) not in _MONTHS_DAYS and find_demonym(w) is None
        and find_country(w) is None and find_city(w, alternates=False) is None
        for w in re.findall(r"[\w'\u2019-]+", rest))


#: First words of companies' names that some name list also holds as given names (Azerbaijani
#: "Röyal"): never a given name here (hand list).
_COMPANY_OPENERS = words("royal imperial united general national urban meta")


def _given_first(first: str) -> bool:
    return is_given_name(first, romanised=True) and fold(first) not in _COMPANY_OPENERS and not is_title(first)


def _common_noun(word: str) -> bool:
    """Whether ``word`` in lower case (or without a plural s) is a WordNet noun of acts, events,
    states or places ("Allegations", "Forum", "Airport"): no surname for the vote by
    a given name alone (see :func:`graph.extract.lexicon.wordnet_class`)."""
    from graph.extract.lexicon import wordnet_class

    low = word.lower()
    if len(low) < 4 or low in PARTICLES:  # "Le" of "Marine Le Pen"
        return False
    forms = {low, low[:-1]} if low.endswith("s") else {low}
    return any(f in wordnet_class(k) for f in forms for k in ("abstract_nouns", "place_nouns", "source_nouns"))


def _corporate_article(text: str) -> bool:
    """Whether the article speaks of a company as a subject ("The bank said it ...")."""
    return re.search(rf"\b[Tt]he\s+(?:{_COMPANY_NOUNS})\s+(?:said|says|added|denied|reported|expects)\b", text) is not None


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

        why = person_by_given_name(label, name, text)
        return ("PERSON", why) if why else (label, "")
    if label not in ("ORG", "PERSON", ""):
        return label, ""
    parts = name.split()
    if label == "PERSON" and 2 <= len(parts) <= 6 and "\n" not in name and _organisation_shape(parts, not_person):
        if person_evidence(text, (name,)) is None:
            return "ORG", f"'{name}' holds an organisation's word or an ampersand"
        return label, ""
    if len(parts) == 1:
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
                and not any(_common_noun(w) for w in name.split()[1:]) and not _corporate_article(text):
            return "PERSON", f"'{first}' is a given name ({given_name_list(first)})"
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
    Productions") or first before "of"/"for" ("Bank of Punjab"); never with a title in it
    ("Secretary of State Antony Blinken", "Bank of England Governor Andrew Bailey")."""
    if any(is_title(p) for p in parts):
        return False

    def organisation_word(word: str) -> bool:
        return (fold(word) in not_person or fold(word) in _COMPANY_WORDS) and fold(word) not in _SURNAME_LIKE

    return "&" in parts or organisation_word(parts[-1]) or (
        len(parts) > 2 and organisation_word(parts[0]) and parts[1] in ("of", "for"))


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
