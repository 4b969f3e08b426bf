"""Reading a run of capitalised words of an article as a person's name: the titles before it,
the country it is of, and the name itself (split from :mod:`graph.entities.context`, which
scans an article's runs with these functions)."""

from __future__ import annotations

import functools
import re

from graph.entities.names import (
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    PersonName,
    ascii_fold,
    fold,
    is_suffix,
    is_title,
    person_name,
    strip_possessive,
    title_key,
    words,
)
from graph.entities.offices import name_part_title, office_words_cut
from graph.entities.places import Country, find_country, find_demonym, nation_within

_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE_HEAD = re.compile(r"^(.+?)'s?\s+(\S.*)$")
_OF_COUNTRY = re.compile(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$")
#: A possessive ending ("Russia's", "Reuters'").
ENDS_POSSESSIVE = re.compile(r"['\u2019]s?$")

#: Capitalised sentence openers stripped from the front of a run of capitalised words.
_OPENERS = words(
    """for on in at by with from to as but and if when after before during according then while
    since under over he she they it we this that these those his her their its our meanwhile
    also however yesterday today the a an later earlier separately now still instead thus so yet
    finally recently previously currently initially eventually subsequently nevertheless
    nonetheless moreover furthermore indeed elsewhere together again already soon"""
)
#: Words that end a name when found in it: an organisation or a building, not a person, and
#: the names of months and days.
_NOT_PERSON = ORGANISATION_WORDS | words(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)


#: A named person as a run of capitalised words gives it: name, titles before it, country.
RunPerson = tuple[PersonName, frozenset[str], Country | None]


@functools.lru_cache(maxsize=1 << 15)
def run_facts(run: str, at_start: bool = True) -> tuple[frozenset[str], Country | None, str, RunPerson | None]:
    """What a run of capitalised words says by itself (a pure function of the run, so shared by
    every article that writes it): the ISO codes of the countries it names (also as possessives
    and demonyms), its leading country and the rest (:func:`country_prefix`), and the person it
    names in full, if any (see :func:`_run_person`; ``at_start``: whether the run opens its sentence)."""
    codes: set[str] = set()
    words = run.split()
    for i, w in enumerate(words):
        c = find_country(strip_possessive(w)) or find_demonym(w)
        if c is not None and i and (state := nation_within(words[i - 1 : i + 1])) is not None:
            c = state  # "Northern Ireland" names the United Kingdom, not Ireland
        if c is not None:
            codes.add(c.alpha_2)
    for n in (2, 3):
        for i in range(len(words) - n + 1):
            c = find_country(strip_possessive(" ".join(words[i : i + n])))
            if c is not None:
                codes.add(c.alpha_2)
    country, core = country_prefix(run)
    return frozenset(codes), country, core, _run_person(run, at_start)


#: A word with a full stop inside that is no initial ("U.S.-China", "U.N."): not a name part.
_ABBREVIATED = re.compile(r"\.\w|\.-")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
#: Two capitals in a row: an acronym ("EU-Japan", "NATO"), no part of a person's name.
_ACRONYM_PART = re.compile(r"[A-Z]{2,}")


def _name_part(word: str) -> bool:
    """Whether ``word`` may be part of a person's name: no organisation word, no abbreviation
    other than initials ("U.S.-China"), no acronym ("EU-Japan"; a suffix such as II may)."""
    if fold(word) in _NOT_PERSON:
        return False
    if _ABBREVIATED.search(word) and not _INITIALS.fullmatch(word):
        return False
    return not (_ACRONYM_PART.search(word) and not is_suffix(word))


def _undotted_initials(word: str) -> bool:
    """Two capitals opening a name, written without full stops ("JD Vance", "AJ Smith"): not
    a country's code or a known acronym ("US", "EU", "UN")."""
    from graph.entities.orgs import known_organisation

    return re.fullmatch(r"[A-Z]{2}", word) is not None and find_country(word) is None \
        and known_organisation(word) is None and word not in ("EU", "UN", "UK", "US")


def origin_of(word: str) -> Country | None:
    bare = strip_possessive(word)
    return find_demonym(bare) or find_country(bare)


def _run_person(run: str, at_start: bool = True) -> RunPerson | None:
    """The person ``run`` names in full, if any: the name without openers ("According"), and the
    titles, demonyms and countries written in front of it.

    The name is what follows the last title, demonym, country or organisation word of the run
    ("European Commission President Ursula von der Leyen"); "of"/"for"/"on" end a title's
    complement ("Prime Minister Gaston Browne of Antigua", "Archbishop of Canterbury Justin
    Welby", "Secretary of State Antony Blinken"). A word that ends the run is never taken for a
    title ("Erik Prince"). One name alone counts only after a title ("King Abdullah II").
    Openers ("According", "On") are dropped only from a run that opens its sentence ("leader To
    Lam" keeps its "To").
    """
    words = strip_possessive(run).split()
    while words and (fold(words[0]) in _OPENERS if at_start else fold(words[0]) in ("the", "a", "an")):
        words.pop(0)
    if find_country(" ".join(words)) is not None:
        return None  # "United Arab Emirates" is no person
    segments: list[list[str]] = [[]]
    for w in words:
        if w in ("of", "for", "on"):
            segments.append([])
        else:
            segments[-1].append(w)
    titles: set[str] = set()
    country: Country | None = None
    after_title = False
    office_of = False  # the segment before ends with a title: "Director (of ...)"
    for seg in segments:
        if office_of and len(seg) > 2:
            # "Director of Public Prosecutions Renson Ingonga", "Minister of Foreign Affairs
            # Wang Yi": the capitalised common nouns after the title's "of" are its office
            seg = office_words_cut(seg)
        office_of = bool(seg) and is_title(seg[-1])
        if office_of:
            titles.add(title_key(seg[-1]))  # "Kenya's Director (of ...)"
        if after_title and len(seg) > 2 and not is_title(seg[0]) and fold(seg[0]) not in _NOT_PERSON:
            # the title's place: "of Canterbury", "of Antigua", "of New Zealand"
            n = next((n for n in (3, 2) if len(seg) > n + 1 and find_country(" ".join(seg[:n]))), 1)
            country = country or find_country(" ".join(seg[:n])) or origin_of(seg[0])
            seg = seg[n:]
        cut = 0
        for i, w in enumerate(seg[:-1]):
            given_name = (origin_of(w) is not None and w == strip_possessive(w) and find_demonym(w) is None
                          and not is_title(seg[i + 1]) and origin_of(seg[i + 1]) is None)  # "Jordan Bardella"
            if (is_title(w) and not name_part_title(seg, i)) or fold(strip_possessive(w)) in _NOT_PERSON \
                    or (origin_of(w) is not None and not given_name) \
                    or ENDS_POSSESSIVE.search(w):
                cut = i + 1  # after "North Korea's", a title, an office's organisation
        # "Northern Ireland Secretary", "Scotland Secretary": the United Kingdom's office
        country = country or nation_within(seg[:cut])
        for w in seg[:cut]:
            if is_title(w):
                titles.add(title_key(w))
            else:
                country = country or origin_of(w)
        for j in range(max(0, cut - 3), cut - 1):  # "North Korea's", "New Zealand"
            country = country or find_country(strip_possessive(" ".join(seg[j:cut])))
        after_title = bool(seg) and all(is_title(w) for w in seg)
        if after_title:  # a segment of titles only: "Archbishop (of ...)", "Secretary (of State)"
            titles.update(title_key(w) for w in seg if is_title(w))
            continue
        name_words = seg[cut:]
        core = [w for w in name_words if fold(w) not in NAME_PARTICLES]
        if not core or len(core) > 4 or not all(
                _name_part(w) or (i == 0 and len(name_words) > 1 and _undotted_initials(w))
                for i, w in enumerate(name_words)):
            continue
        name = person_name(" ".join(name_words))
        if name is not None and (name.given or (titles and len(core) <= 2 and cut > 0)):
            return name, frozenset(titles), country
    return None


def country_prefix(text: str) -> tuple[Country | None, str]:
    """Split a leading possessive country, country name or demonym from an organisation name.

    ``Russia's Foreign Intelligence Service`` → (Russia, ``Foreign Intelligence Service``);
    ``Belarusian State Security Committee`` → (Belarus, ``State Security Committee``);
    ``Foreign Ministry of Belarus`` → (Belarus, ``Foreign Ministry``). The rest keeps its case.
    """
    text = _THE.sub("", ascii_fold(text).strip())
    m = _POSSESSIVE_HEAD.match(text)
    if m and (country := find_country(m.group(1))) is not None:
        return country, m.group(2)
    words = text.split()
    for n in (3, 2, 1):
        if len(words) > n:
            head = " ".join(words[:n])
            country = find_country(head) or (find_demonym(head) if n <= 2 else None)
            if country is not None:
                return country, " ".join(words[n:])
    m = _OF_COUNTRY.match(text)
    if m and (country := find_country(m.group(2))) is not None:
        return country, m.group(1)
    return None, text
