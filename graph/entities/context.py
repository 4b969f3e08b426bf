"""What one article's text says about its names: acronyms in brackets, full names that a later
surname or title refers back to, and the country an organisation belongs to.

Built from the raw article text with regular expressions (no re-parsing with spaCy).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from graph.entities.companies import described_companies
from graph.entities.names import (
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    PersonName,
    ascii_fold,
    fold,
    title_key,
)
from graph.entities.orgs import strip_legal_form
from graph.entities.places import (
    SMALL_CITY,
    Country,
    find_city,
    find_country,
    find_demonym,
    is_capital,
    plural_demonym,
    settle_ambiguous,
)
from graph.entities.runs import ENDS_POSSESSIVE, RunPerson, country_prefix, origin_of, run_facts
from graph.entities.surnames import double_surnames
from graph.extract.base import Argument
from graph.extract.lexicon import is_person_noun

#: A run of capitalised words, allowing a few lower-case connectors inside ("Ministry of Defence").
_CAP_RUN = re.compile(
    r"[A-Z][\w.\-]*(?:['\u2019]s)?(?:[ \t]+(?:(?:of|for|on|de|al|bin|ibn|bint|ben|ould|da|das|dos|du"
    r"|van|von|der|den|del|della|di|la|le|el)[ \t]+)*(?:(?:al|el|ad|as|ash|ar|an|at|az|ibn|bin)-)?[A-Z][\w.\-]*"
    r"(?:['\u2019]s)?)*"
)
#: Sentence ends: a full stop after a lower-case word or a digit, then space.
_SENTENCE_END = re.compile(r"(\S*)[.!?][\"'\)\]]*(?:\s+|$)|\n+")
#: Abbreviations a full stop follows without ending the sentence (besides abbreviated titles).
_NO_END = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "u.s", "u.n", "u.k", "inc", "co"})
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9.&/\-]{1,11})\s*\)")
#: ``SVR (Foreign Intelligence Service)``: an acronym, then its expansion in brackets.
_ACRONYM_FIRST = re.compile(r"\b([A-Z][A-Z0-9&]{1,9})\s+\(\s*([A-Z][A-Za-z'\- ]{3,80}?)\s*\)")
_CONNECTORS = frozenset({"of", "for", "on", "de", "al", "bin"})
#: Initials and dotted abbreviations (``u.s``) before a full stop that does not end a sentence.
_DOTTED = re.compile(r"(\w\.)+\w")
#: Runs of characters that :func:`ascii_fold` may change; everything else it keeps as is.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Offices that may precede an organisation's name without being part of it.
_LEADING_OFFICES = frozenset({"director", "chief", "head", "spokesman", "spokeswoman", "chairman", "leader"})
#: ``the director of Russia's Foreign Intelligence Service, `` right before a name.
_TITLE_BEFORE = re.compile(r"\b((?:[A-Za-z]+\s+){0,2}[A-Za-z]+)(?:\s+of\s+[^,;.]{1,80})?,\s*$")
#: ``, Director of ...`` / ``, the Russian president,`` right after a name.
_TITLE_AFTER = re.compile(r"(?:['\u2019]s?)?,\s+((?:the\s+|a\s+)?(?:[A-Za-z.'\u2019]+\s+){0,2}[A-Za-z]+)")


def _city_name(name: str) -> bool:
    """Whether ``name`` (two or more words) is a capital or a city of 100,000 people or more of
    GeoNames under its primary name ("Addis Ababa", "Kuala Lumpur", "Buenos Aires"): a run of
    capitalised words reading so is no person unless a title stands before it in the run."""
    if " " not in name.strip():
        return False
    city = find_city(name, alternates=False)
    return city is not None and fold(city.name) == fold(name) and (city.population >= SMALL_CITY or is_capital(city))


@dataclass(frozen=True)
class NamedPerson:
    """A person named in full in the article, with the titles written before the name."""

    name: PersonName
    start: int
    titles: frozenset[str]
    country: Country | None


@dataclass(frozen=True)
class Expansion:
    """What an acronym in brackets stands for, as written before it."""

    acronym: str
    expansion: str  # without a possessive country or demonym in front
    country: Country | None
    written: str  # the expansion exactly as written


def _words_before(text: str, end: int, acronym: str = "") -> str:
    """The capitalised name right before ``end`` (an acronym's bracket): stops at lower-case
    words other than connectors, at punctuation, at "the" and after a possessive. It runs on
    through "and"/"&" only when the longer name's initials are those of ``acronym``
    ("Organization for Security and Co-operation in Europe (OSCE)")."""
    taken: list[str] = []
    through_and: list[str] | None = None
    for word in reversed(text[:end].rstrip().split(" ")):
        bare = word.strip(",;:")
        if (bare != word and taken) or bare in ("the", "The"):
            break
        if bare in ("and", "&") and taken:
            through_and = list(taken) if through_and is None else through_and
            taken.insert(0, bare)
            continue
        if not (bare[:1].isupper() or (bare in _CONNECTORS | {"in"} and taken)):
            break
        taken.insert(0, bare)
        if ENDS_POSSESSIVE.search(bare):
            break
    while taken and (taken[0] in _CONNECTORS | {"in", "and", "&"} or fold(taken[0]) in _LEADING_OFFICES):
        taken.pop(0)
    if through_and is not None:
        from graph.entities.review import initials

        letters = re.sub(r"[^A-Za-z]", "", acronym).upper()
        if not letters or initials(" ".join(taken)) != letters:
            taken = through_and
            while taken and (taken[0] in _CONNECTORS | {"in"} or fold(taken[0]) in _LEADING_OFFICES):
                taken.pop(0)
    while taken and taken[-1] == "in":
        taken.pop()
    return " ".join(taken)


def _sentences(text: str) -> list[tuple[int, str]]:
    """``text`` split at sentence ends, not after initials or abbreviations (``Gen. Mattis``):
    (offset, sentence) pairs."""
    out: list[tuple[int, str]] = []
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        word = (m.group(1) or "").lower()
        if m.group(0).strip() and (
            len(word) == 1 or word in TITLE_ABBREVIATIONS or word in _NO_END or _DOTTED.fullmatch(word)
        ):
            continue  # an initial, "Gen.", "U.S.": not an end
        out.append((begin, text[begin : m.start() + len(m.group(1) or "")]))
        begin = m.end()
    out.append((begin, text[begin:]))
    return out


def _fold_char(char: str) -> str:
    folded = ascii_fold(char)
    return folded if len(folded) == 1 else char


def _fold_text(text: str) -> str:
    """An article folded for matching, character by character, so that offsets stay those of
    the text: a character whose :func:`ascii_fold` is one character becomes it (``á`` → ``a``,
    ``’`` → ``'``), any other stays as it is. The names found are then read from the text
    itself at the same offsets, with their accents."""
    if text.isascii():
        return text.replace("`", "'")
    return _NON_ASCII.sub(lambda m: _fold_char(m.group(0)), text).replace("`", "'")


@functools.lru_cache(maxsize=1 << 15)
def name_key(name: PersonName) -> str:
    """``name.key`` (:attr:`PersonName.key`), computed once per name."""
    return name.key


def name_surname_key(name: PersonName) -> str:
    """``name.surname_key`` (:attr:`PersonName.surname_key`), computed once per name."""
    return name_key(name).split("/")[0]


def article_key(article_id: str) -> str:
    """The short hash of an article id that article-local IRIs are minted under."""
    return hashlib.sha1(article_id.encode()).hexdigest()[:16]


@dataclass
class ArticleContext:
    """Names found in one article's text."""

    article_id: str
    text: str = ""
    acronyms: dict[str, Expansion] = field(default_factory=dict)  # acronym -> expansion
    expansions: dict[str, Expansion] = field(default_factory=dict)  # folded expansion -> expansion
    persons: list[NamedPerson] = field(default_factory=list)
    org_countries: dict[str, Country] = field(default_factory=dict)  # folded org name -> country
    countries: frozenset[str] = frozenset()  # ISO codes of countries named (or via demonyms)
    _codes: set[str] = field(default_factory=set)
    #: ISO code of a short name's default country -> the country the article means by it
    settled: dict[str, Country] = field(default_factory=dict)
    #: companies named with their country: (offset, name as written, country), in the order
    #: found (see :mod:`graph.entities.companies`)
    companies: list[tuple[int, str, Country]] = field(default_factory=list)
    #: folded company name (no legal form) -> the country a company noun before it gives it
    #: ("Dutch sensor maker Nexperion Holdings"): the entity's country, not part of its key
    company_countries: dict[str, Country] = field(default_factory=dict)
    #: folded names the recogniser labelled organisations in the article (see :meth:`of`)
    organisations: dict[str, str] = field(default_factory=dict)
    #: key of a name of three words -> the name without its last word, when the article calls
    #: the person by the middle word alone (see :meth:`_scan_double_surnames`)
    double_surnames: dict[str, PersonName] = field(default_factory=dict)
    #: surname key -> persons of that surname in order, and how many persons it was made from
    _by_surname: tuple[int, dict[str, list[NamedPerson]]] = (-1, {})
    #: folded name part -> persons whose name holds it, and how many persons it was made from
    _by_part: tuple[int, dict[str, list[tuple[NamedPerson, frozenset[str]]]]] = (-1, {})

    @classmethod
    def of(cls, article_id: str, text: str, *, organisations: Mapping[str, str] | None = None) -> ArticleContext:
        """Scan ``text`` (the article) for acronyms, full names and countries.

        ``organisations``: names the named-entity recogniser labelled organisations in this
        article, folded -> as written ("morgan stanley" -> "Morgan Stanley"); a run of capitalised words spelling
        one of them is no person unless a personal title stands before it.
        """
        ctx = cls(article_id=article_id, text=text)
        ctx.organisations = dict(organisations or {})
        folded = _fold_text(text)  # same offsets as text: names are read from text itself
        ctx._scan_acronyms(folded, text)
        for offset, sentence in _sentences(folded):
            ctx._scan_runs(sentence, text[offset : offset + len(sentence)], offset)
        for found in described_companies(text):  # "Dutch sensor maker Nexperion Holdings"
            ctx.companies.append((found.start, found.name, found.country))
            ctx.company_countries.setdefault(fold(strip_legal_form(found.name)), found.country)
        ctx._settle_short_names()
        ctx.countries = frozenset(ctx._codes)
        ctx._scan_double_surnames(folded)
        return ctx

    def _settle_short_names(self) -> None:
        """A short name two countries share ("Congo") means the one the article's cities lie in
        (:func:`graph.entities.places.settle_ambiguous`): the countries given to persons and
        organisations through it, and :attr:`countries`, are that one's."""
        if "Congo" not in self.text or re.search(r"(?<!Democratic )Republic of (?:the )?Congo|Brazzaville", self.text):
            return
        settled = settle_ambiguous("Congo", self.text)
        if settled is None or settled.alpha_2 == "CG":
            return
        self.settled["CG"] = settled
        self.persons = [replace(p, country=settled) if p.country is not None and p.country.alpha_2 == "CG" else p
                        for p in self.persons]
        self.org_countries = {k: settled if v.alpha_2 == "CG" else v for k, v in self.org_countries.items()}
        if "CG" in self._codes:
            self._codes = (self._codes - {"CG"}) | {settled.alpha_2}

    def settle(self, country: Country | None) -> Country | None:
        """``country`` as this article means it: "Congo" in a story of Kinshasa is the
        Democratic Republic of the Congo (see :meth:`_settle_short_names`)."""
        return self.settled.get(country.alpha_2, country) if country is not None else None

    def _scan_double_surnames(self, folded: str) -> None:
        """See :func:`graph.entities.surnames.double_surnames`."""
        self.double_surnames = double_surnames(self.persons, folded)

    def _scan_acronyms(self, folded: str, text: str) -> None:
        """Acronyms found in ``folded`` (the folded article), their expansions read from ``text``."""
        found: list[tuple[str, str]] = []  # (acronym, expansion as written)
        for m in _ACRONYM.finditer(folded):  # Foreign Intelligence Service (SVR)
            found.append((m.group(1), _words_before(text, m.start(), m.group(1))))
        for m in _ACRONYM_FIRST.finditer(folded):  # SVR (Foreign Intelligence Service)
            if not (find_city(m.group(1)) or find_country(m.group(1))):  # not "MINSK (Reuters)"
                found.append((m.group(1), text[m.start(2) : m.end(2)].strip()))
        for acronym, written in found:
            letters = re.sub(r"[^A-Za-z]", "", acronym)
            if len(letters) < 2 or sum(c.isupper() for c in letters) < 2 or not written:
                continue
            if acronym in written.split():
                continue
            country, core = country_prefix(written)
            if not core or find_country(core) or find_city(core):
                continue  # "the force in Lebanon (UNIFIL)": a place is no expansion
            if len(core.split()) == 1 and core[0].upper() != letters[0].upper():
                continue
            exp = Expansion(acronym=acronym, expansion=core, country=country, written=written)
            self.acronyms.setdefault(acronym.replace(".", ""), exp)
            self.expansions.setdefault(fold(core), exp)

    def _scan_runs(self, folded: str, text: str, offset: int = 0) -> None:
        """Runs of capitalised words found in ``folded`` (one folded sentence), read from ``text``
        (the same sentence as written, at ``offset`` of the article)."""
        codes = self._codes
        for m in _CAP_RUN.finditer(folded):
            run = text[m.start() : m.end()].rstrip(".")
            # countries named, possessive countries and demonyms before a name
            named, country, core, person = run_facts(run, not folded[: m.start()].strip(" \t\n\"'\u201c(-"))
            codes |= named
            if country is not None and core:
                self.org_countries.setdefault(fold(core), country)
                # "India's Tata Steel Ltd" gives "Tata Steel" of the same article its country
                self.org_countries.setdefault(fold(strip_legal_form(core)), country)
                if fold(core) in self.organisations or fold(strip_legal_form(core)) in self.organisations:
                    # "Germany's Infineon Technologies", a name the recogniser labelled an organisation
                    self.companies.append((offset + m.start(), core, country))
            if person is not None:
                self._add_person(person, m.start(), m.end(), text)

    @staticmethod
    def _apposed_titles(text: str, start: int, end: int) -> set[str]:
        """Titles in apposition: ``the director of X, NAME`` and ``NAME, Director of X``."""
        found: set[str] = set()
        lo = max(0, start - 120)
        # the pattern ends in a comma and white space: most names follow none, so skip the search
        before = _TITLE_BEFORE.search(text, lo, start) if text[lo:start].rstrip().endswith(",") else None
        after = _TITLE_AFTER.match(text, end)
        for m in (before, after):
            if m is not None:
                found.update(title_key(w) for w in fold(m.group(1)).split() if w in TITLE_WORDS)
        return found

    def _add_person(self, person: RunPerson, start: int, end: int, text: str) -> None:
        """Record a person named in full by the run at ``start:end`` of ``text``, with the titles
        written before the name or in apposition to it."""
        name, titles, country = person
        if (not titles and _city_name(name.full)) or plural_demonym(name.surname):
            # "Addis Ababa", "Kuala Lumpur": a city of some size, not a given name and a surname;
            # "Mumbai Indians": a team named by a people
            return
        titles |= self._apposed_titles(text, start, end)
        # lower-case titles right before the name: "the Vietnamese leader To Lam"
        for word in reversed(text[max(0, start - 60) : start].split()[-3:]):
            if word[:1].islower() and fold(word) in TITLE_WORDS:
                titles = titles | {title_key(word)}
            elif find_demonym(word) is not None:
                country = country or find_demonym(word)
            elif word[:1].islower() and is_person_noun(fold(word)):
                continue  # "the Emirati businessman Mohamed Alabbar": the demonym is still his
            else:
                break
        if not titles and fold(name.full) in self.organisations:
            return  # "Morgan Stanley", labelled an organisation, with no title to make it a person
        self.persons.append(NamedPerson(name, start, titles, country))

    def organisation_of(self, word: str) -> str | None:
        """The one organisation name of :attr:`organisations` that the single word ``word``
        opens ("Goldman" of "Goldman Sachs"), also after a country or demonym ("Aramco" of "Saudi
        Aramco"), as written; None when none or several do."""
        folded = fold(word)
        found = [o for o in self.organisations if o.split()[0] == folded
                 or (len(o.split()) > 1 and o.split()[1] == folded and origin_of(o.split()[0]) is not None)]
        return self.organisations[found[0]] if len(found) == 1 else None

    def followed_by(self, arg: Argument, word: str) -> bool:
        """Whether ``arg`` is followed by ``word`` in the article (``New York`` *state*)."""
        if self.text[arg.start : arg.end] != arg.text:
            return False
        return re.match(rf"\s+{re.escape(word)}\b", self.text[arg.end : arg.end + len(word) + 8]) is not None

    def full_names(self, surname_key: str) -> list[NamedPerson]:
        """Persons named in full whose surname has ``surname_key``, in order of appearance."""
        made_from, index = self._by_surname
        if made_from != len(self.persons):
            index = {}
            for p in self.persons:
                index.setdefault(name_surname_key(p.name), []).append(p)
            self._by_surname = (len(self.persons), index)
        return list(index.get(surname_key, ()))

    def with_parts(self, parts: tuple[str, ...]) -> list[NamedPerson]:
        """Persons named in full whose name holds every one of ``parts`` (folded words, see
        :attr:`PersonName.parts`), in order of appearance: the people a short form
        (``Xi``, ``Lula``, ``Tayyip Erdogan``) may stand for."""
        made_from, index = self._by_part
        if made_from != len(self.persons):
            index = {}
            for p in self.persons:
                held = frozenset(p.name.parts)
                for w in held:
                    index.setdefault(w, []).append((p, held))
            self._by_part = (len(self.persons), index)
        if not parts:
            return []
        wanted = set(parts)
        return [p for p, held in index.get(parts[0], ()) if wanted <= held]

    def titled(self, titles: set[str], country: Country | None) -> list[NamedPerson]:
        """Persons named in full after one of ``titles`` (and ``country``'s demonym, if given)."""
        return [
            p for p in self.persons
            if p.titles & titles and (country is None or p.country is None or p.country == country)
        ]

