"""Descriptions that name no one entity across articles: plural or numbered groups ("two former
executives", "the three ministers", "around 40 Labour backbenchers"), common nouns acting as
actors ("Lawyers for Rao", "advisers", "her client", "the team") and a company noun with only a
country ("the German company", "a Chinese firm").

Pure functions of the words as written; the resolver (:mod:`graph.entities.resolver`) keeps such
descriptions to their article (``actor/<article>/...``, ``organisation/<article>/...``) and never
binds a plural one to a single person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.entities.evidence import COMPANY_NOUNS as EVIDENCE_COMPANY_NOUNS
from graph.entities.names import fold, title_words, words
from graph.entities.places import find_country, find_demonym
from graph.extract.lexicon import is_agent_noun

#: Words that count or quantify a noun phrase: a group, never one person or one organisation.
NUMBER_WORDS = words(
    """two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds
    thousand thousands several many some few both various numerous multiple couple pair around
    about nearly almost roughly approximately more other others"""
)
_DIGITS = re.compile(r"^\d[\d,.]*$")

#: Head nouns of companies and businesses: "the German company" is one company of Germany
#: among many, not an institution every country has one of (unlike a foreign ministry). The
#: type vote's list (:data:`graph.entities.evidence.COMPANY_NOUNS`) and heads a company is
#: described by only after its country ("the Dutch carrier", "a Chinese rival").
COMPANY_NOUNS = EVIDENCE_COMPANY_NOUNS | words(
    """companies firms carrier operator subsidiary multinational conglomerate start-up rival
    competitor exporter importer contractor developer brewer business outfit"""
)


def singulars(word: str) -> Iterator[str]:
    """The singular forms ``word`` (lower case) may be a plural of, by English spelling rules:
    ``lawyers`` → ``lawyer``; ``companies`` → ``company``; ``witnesses`` → ``witness``."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    yield word[:-1]


def is_person_plural(word: str) -> bool:
    """Whether ``word`` (any case) is the plural of a noun of people or institutions or of a
    title: ``executives``, ``ministers``, ``Lawyers``, ``advisers``, ``backbenchers``."""
    low = fold(word)
    return any(is_agent_noun(s) or s in title_words() for s in singulars(low))


def is_common_noun(word: str) -> bool:
    """Whether ``word`` (any case) is, in lower case, a noun of people, groups or institutions
    (WordNet's, see :func:`graph.extract.lexicon.is_agent_noun`), singular or plural."""
    low = fold(word)
    return is_agent_noun(low) or is_person_plural(low)


def is_numbered(text: str) -> bool:
    """Whether the noun phrase ``text`` is counted or quantified ("two former executives",
    "around 40 Labour backbenchers", "both ministers")."""
    return any(fold(w) in NUMBER_WORDS or _DIGITS.match(w) for w in text.split()[:-1])


def is_group(text: str) -> bool:
    """Whether ``text`` (a description, without a leading "the") names a group of people, not
    one: counted ("two former executives") or with a plural head of people ("the ministers",
    "former executives")."""
    parts = text.split()
    return bool(parts) and (is_numbered(text) or is_person_plural(parts[-1].strip(".,;:")))


def is_company_description(core: str) -> bool:
    """Whether ``core`` (an organisation's name once its country is cut off, as written) is a
    lower-case description headed by a company noun ("company", "sensor maker", "state-owned
    lender"): one company of that country among many, so no entity across articles."""
    parts = core.split()
    if not parts or any(not w[:1].islower() for w in parts):
        return False
    head = fold(parts[-1])
    return head in COMPANY_NOUNS or any(s in COMPANY_NOUNS for s in singulars(head)) \
        or (head.endswith("maker") and len(head) > 5)


#: Capitalised adjectives of regions that name no one ("Western governments", "Arab states").
_REGIONAL = words("western eastern northern southern north south east west arab european african asian latin gulf nordic baltic")


def is_local_actor(text: str, *, opens_sentence: bool) -> bool:
    """Whether an actor written ``text`` (no leading "the") is a description of its article,
    not a name shared by every article: counted ("around 40 Labour backbenchers"), or with no
    capitalised word but for one that only opens its sentence (``opens_sentence``: the caller
    says so only when the parser also read the word as a common noun), a demonym or a region's
    adjective ("Western governments", "Syrian rebels"), and a head that is a noun of people or
    groups ("Lawyers for Rao" cut to "Lawyers", "advisers", "client")."""
    parts = text.split()
    if not parts:
        return False
    if is_numbered(text):
        return True
    origin = _origin_words(parts)
    named = [w for i, w in enumerate(parts) if w[:1].isupper() and not (i == 0 and opens_sentence)
             and i not in origin and find_demonym(w) is None and fold(w) not in _REGIONAL]
    return not named and is_common_noun(parts[-1].strip(".,;:"))


#: "Sri Lanka's (army)": an owner, which the caller resolves (graph.entities.descriptions.country_owned).
_POSSESSIVE = re.compile(r"['\u2019]s?$")
#: "Munich-based", "state-owned", "London-listed": where a company is, not its name.
_SITED = re.compile(r"-(?:based|owned|listed|headquartered|registered|run|backed)$", re.IGNORECASE)


def _origin_words(parts: list[str]) -> set[int]:
    """The positions of ``parts`` before its head that say where its referent is from: a
    demonym or country of up to three words ("South Korean", "New Zealand") and sited
    adjectives ("Munich-based")."""
    found: set[int] = set()
    i = 0
    while i < len(parts) - 1:
        n = next((n for n in (3, 2) if i + n < len(parts) and not _POSSESSIVE.search(parts[i + n - 1]) and (
            find_demonym(" ".join(parts[i:i + n])) is not None or find_country(" ".join(parts[i:i + n])) is not None)), 0)
        if n:
            found.update(range(i, i + n))
            i += n
            continue
        if _SITED.search(parts[i]):
            j = i
            while j > 0 and parts[j - 1][:1].isupper() and j - 1 not in found:
                j -= 1  # "New York-based"
            found.update(range(j, i + 1))
        i += 1
    return found
