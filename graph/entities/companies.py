"""Companies an article describes by their country: "Dutch sensor maker Nexperion Holdings",
"three Mexican banks, CIBanco, Intercam and Vector", "Germany's Infineon Technologies", and the
definite description that refers back to one of them ("the German company").

A country and a company noun (:data:`graph.entities.groups.COMPANY_NOUNS`, or a noun ending in
"maker") written right before a name or a list of names give each name that country
(:func:`described_companies`); "the <demonym> <company noun>" is the one company of that country
the article named before it (:func:`company_referred`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from graph.entities.groups import COMPANY_NOUNS, singulars
from graph.entities.names import fold, is_title, strip_possessive
from graph.entities.places import Country, find_country, find_demonym

#: A capitalised name of one to five words ("Nexperion Holdings", "CIBanco", "Rhone-Poulenc").
#: One capitalised word of a name.
NAME_WORD = r"(?:(?:[A-Z]\.){2,}(?=[ \t]+[A-Z])|[A-Z](?:[\w&'\u2019-]|\.(?=[\w-]))*)"  # a full stop only inside ("S.A"): "Minperu. British" is two
_NAME = rf"{NAME_WORD}(?:[ \t]+(?:of[ \t]+|&[ \t]+)?{NAME_WORD}){{0,4}}"
#: A country as an owner ("Germany's", "Chile's", "South Korea's") or a demonym ("Dutch"), then
#: up to four lower-case words ending in a noun ("sensor maker", "state uranium company"), then
#: an optional comma and a list of names.
_DESCRIBED = re.compile(
    r"(?P<owner>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}?(?:['\u2019]s?)?)[ \t]+"
    r"(?P<words>(?:[a-z][\w-]*[ \t]+){0,4}?[a-z][\w-]*)(?P<comma>,)?[ \t]+"
    rf"(?P<names>{_NAME}(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+){_NAME})*)"
)


#: Where a capitalised word starts (a country or demonym may open a description there).
_CAPITAL = re.compile(r"(?<![\w'\u2019.-])[A-Z]")
#: Lower-case words that may be company nouns (:func:`company_noun` decides).
_NOUN = re.compile(r"\b[a-z][a-z-]{2,}\b")
_NOUN_FORMS = frozenset(f for n in COMPANY_NOUNS for f in (n, n + "s", n + "es", n[:-1] + "ies"))
#: Nouns of people ending in "maker": no company.
_MAKERS_OF_PEOPLE = frozenset(f"{w}maker" for w in (
    "law", "policy", "peace", "film", "movie", "dress", "king", "match", "play", "trouble", "mischief",
    "decision", "deal", "rule", "holiday", "money", "noise", "home", "merry", "pace", "book", "shoe"))


@dataclass(frozen=True)
class DescribedCompany:
    """A company named after its country and a company noun, at ``start`` of the article."""

    start: int
    name: str  # as written
    country: Country


#: Company nouns that are as often a person's trade ("US investor Warren Buffett", "publisher
#: Rupert Murdoch"): no company described by them.
_TRADES = frozenset({"investor", "producer", "broker", "publisher", "broadcaster", "house", "label"})


def company_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a company noun, singular or plural ("company", "banks",
    "carmaker", "sensor maker"'s "maker"; not a noun that is as often a person's trade,
    :data:`_TRADES`)."""
    low = fold(word)
    if low in _TRADES or any(s in _TRADES for s in singulars(low)):
        return False
    if low in COMPANY_NOUNS or any(s in COMPANY_NOUNS for s in singulars(low)):
        return True
    single = low[:-1] if low.endswith("makers") else low
    return single.endswith("maker") and len(single) > 5 and single.replace("-", "") not in _MAKERS_OF_PEOPLE


def _owner_country(owner: str) -> Country | None:
    """The country ``owner`` names as a possessive ("Chile's") or a demonym ("Dutch"), or None."""
    bare = strip_possessive(owner.replace("\u2019", "'"))
    if bare != owner.replace("\u2019", "'"):
        return find_country(bare)
    return find_demonym(owner)


def _names(listed: str) -> list[tuple[int, str]]:
    """The names of a list ("CIBanco, Intercam and Vector") with their offsets in it."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(_NAME, listed):
        name = m.group(0).rstrip(".")
        if name not in ("And",):
            out.append((m.start(), name))
    return out


@functools.lru_cache(maxsize=64)
def described_names(text: str) -> frozenset[str]:
    """The names of :func:`described_companies` of ``text``, as written (cached: the type vote
    asks for each name of an article)."""
    return frozenset(d.name for d in described_companies(text))


def described_companies(text: str) -> list[DescribedCompany]:
    """Every company of ``text`` (an article) named right after a country and a company noun:
    "Dutch sensor maker Nexperion Holdings" (the Netherlands), "Kazakhstan's state uranium
    company Kazatomprom", "three Mexican banks, CIBanco, Intercam and Vector" (Mexico, each).
    A comma between the noun and the names needs a plural noun ("banks, CIBanco"); a title
    among the names ends the list ("German carmaker Volkswagen Chief Executive ..." keeps
    Volkswagen only when it is written alone)."""
    found: list[DescribedCompany] = []
    if "maker" not in text and _NOUN_FORMS.isdisjoint(w.strip(".,;:!?\"'()") for w in text.split()):
        return found  # no company noun: nothing to scan
    nouns = [m.start() for m in _NOUN.finditer(text) if m.group(0) in _NOUN_FORMS
             or m.group(0).endswith(("maker", "makers"))]
    if not nouns:
        return found
    for at in _CAPITAL.finditer(text):
        if not any(0 < n - at.start() < 80 for n in nouns):
            continue
        m = _DESCRIBED.match(text, at.start())
        if m is None:
            continue
        country = _owner_country(m.group("owner"))
        described = m.group("words").split()
        noun = described[-1]
        if country is None or not company_noun(noun):
            continue
        if m.group("comma") and not any(s != fold(noun) for s in singulars(fold(noun))):
            continue  # "the bank, Vector said": only a plural opens a list after a comma
        if any(w in ("of", "and", "or", "with", "by", "to", "in") for w in described):
            continue  # "Germany's talks with company ..."
        base = m.start("names")
        for offset, name in _names(m.group("names")):
            parts = name.split()
            titled = next((i for i, w in enumerate(parts) if is_title(w)), len(parts))
            name = " ".join(parts[:titled])  # "Volkswagen" of "Volkswagen Chief Executive Oliver Blume"
            if not name or find_country(name) or find_demonym(parts[0]):
                break
            found.append(DescribedCompany(base + offset, name, country))
            if titled < len(parts):
                break
    return found


def company_referred(text: str, start: int, country: Country, companies: list[tuple[int, str, Country]]) -> str | None:
    """The one company of ``country`` named before ``start`` in the article (``companies``:
    (offset, name, country) of the companies it names with their country), as first written;
    None when none or several are ("the German company" after "Germany's Infineon
    Technologies": Infineon Technologies). Names that are one another's short form or differ by
    a legal form count once."""
    from graph.entities.orgs import strip_legal_form

    before = sorted((at, name) for at, name, c in companies if at < start and c.alpha_2 == country.alpha_2)
    keys: dict[str, str] = {}
    for _, name in before:
        key = fold(strip_legal_form(name))
        if not any(key == k or k.startswith(key + " ") or key.startswith(k + " ") for k in keys):
            keys[key] = name
    return next(iter(keys.values())) if len(keys) == 1 else None
