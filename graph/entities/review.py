"""Probable duplicates across articles: pairs of entities that are likely one actor but were not
merged, each with the evidence for it (``skos:closeMatch``, ``newsgraph entities --review``).

IRIs depend only on a name and its own article, so variants that need another article to be
recognised ("Tayyip Erdogan" here, "Recep Tayyip Erdogan" there; "NATO" here, "North Atlantic
Treaty Organization (NATO)" there) stay apart and are linked for review instead. The same rules
run on a build's entities (:func:`close_pairs`) and on any graph read back
(:func:`graph.entities.listing.list_entities`), so a store built in many runs is reviewed whole.

Rules, each only between entities of compatible types (persons with persons, organisations and
untyped actors with each other, places with places):

- **same name**: two entities share a surface form (after folding case and accents, and for
  organisations a trailing legal form: "Tata Steel Ltd" / "Tata Steel"), also an
  organisation and a place ("The White House said" / "visited the White House");
- **short person name** (:func:`person_pairs`): every word of one person's name is in the
  other's, with the same surname ("Tayyip Erdogan" / "Recep Tayyip Erdogan", "Lula da Silva" /
  "Luiz Inácio Lula da Silva"); a bare name is the surname of exactly one full name ("Xi" / "Xi
  Jinping", "Macron") or a middle name of it that is no common given name ("Lula"), never its
  given name ("William" / "William Ruto") nor its father's ("Salman" / "Mohammed bin Salman");
  patronymics must agree ("Mohammed bin Hamad" is never "Mohammed bin Abdulrahman"), and so
  must suffixes ("Abdullah II") and middle initials ("George W. Bush" / "George H. W. Bush");
  an abbreviation with dots is never a name part ("U.N. panel" is not "Kim Jong Un"); a
  one-word organisation or actor the model typed so ("Trump") counts as a bare name unless it
  looks like an organisation (:func:`bare_actor_name`); a shared bare form ("Bush") alone
  never links two people;
- **acronym**: an all-capitals name is the initials of exactly one organisation's name
  ("OSCE" / "Organization for Security and Co-operation in Europe").

A name that fits several entities is left alone (no link is better than a wrong one).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from graph.entities.candidates import GENERIC_ORG_WORDS
from graph.entities.evidence import CLUB_NOUN_PATTERN
from graph.entities.names import (
    PARTICLES,
    PATRONYMIC_PARTICLES,
    PersonName,
    fathers_name,
    fold,
    is_suffix,
    part_key,
    person_name,
    strip_possessive,
)
from graph.entities.orgs import strip_legal_form
from graph.extract.lexicon import ORG_HEADS

#: Words an acronym skips ("Organization for Security and Co-operation in Europe" → OSCE).
_ACRONYM_SKIP = frozenset({"of", "for", "and", "in", "on", "the", "de", "la", "du", "des", "&", "to", "at"})


@dataclass(frozen=True)
class Named:
    """What the rules need of an entity: its IRI, kind and every surface form."""

    iri: str
    kind: str  # person, organisation, country, city, place or actor
    label: str
    names: tuple[str, ...]
    #: an article writes it as an organisation's (``skos:scopeNote``, see graph.entities.model)
    organisation_evidence: bool = False

    @property
    def local(self) -> bool:
        """Whether the IRI is kept to one article (a description, a generic body): never linked."""
        parts = self.iri.split("/id/", 1)[-1].split("/")
        return len(parts) >= 3 and parts[0] in ("actor", "organisation") and re.fullmatch(r"[0-9a-f]{16}", parts[1]) is not None


@dataclass(frozen=True)
class Pair:
    """Two entities that are probably one, and why."""

    a: Named
    b: Named
    evidence: str


_GROUPS = {"person": "person", "organisation": "org", "actor": "org", "country": "place", "city": "place",
           "place": "place"}


def initials(name: str) -> str:
    """The acronym of a name: first letters of its capitalised words and of each part of a
    hyphenated one, connectors skipped (``North Atlantic Treaty Organization`` → ``NATO``)."""
    letters = []
    for word in re.split(r"[\s]+", name.strip()):
        if fold(word) in _ACRONYM_SKIP or not word:
            continue
        for part in word.split("-"):
            if part[:1].isalpha() and part[:1].isupper():
                letters.append(part[0].upper())
    return "".join(letters)


_DOTTED = re.compile(r"(?:[^\W\d_]\.){2,}")


def _dotted(token: str) -> bool:
    """Whether ``token`` is an abbreviation written with dots ("U.N.", "U.S."): never a name
    part (fold would make "U.N." the name "Un" of Kim Jong Un)."""
    return _DOTTED.fullmatch(token.strip(",;:'\u2019")) is not None


@dataclass(frozen=True)
class _Form:
    """One surface form of a person read as a name."""

    name: str
    words: frozenset[str]  # folded parts, without particles and suffixes
    surname: str  # surname key
    patronymic: str  # folded father's name after bin/ibn
    suffix: frozenset[str]  # generational or regnal suffixes (II, Jr.), folded
    given: str  # folded first given name ("" for a bare surname)
    pn: PersonName


def _parts(pn: PersonName) -> frozenset[str]:
    """The folded words of a name without particles and suffixes. Like ``PersonName.parts``,
    but a suffix is a numeral written in capitals only: "Xi" is a name, "XI" a numeral."""
    tokens = pn.full.split()
    return frozenset(w for t in tokens if (w := fold(t)) and not is_suffix(t)
                     and w not in PARTICLES and w not in PATRONYMIC_PARTICLES)


@functools.lru_cache(maxsize=1 << 17)
def _form(text: str) -> _Form | None:
    """``text`` read as a person's name (None: no name, or a dotted abbreviation in it)."""
    pn = person_name(text)
    if pn is None or any(_dotted(t) for t in pn.full.split()):
        return None
    words = _parts(pn)
    if not words:
        return None
    suffix = frozenset(fold(t) for t in pn.full.split() if is_suffix(t))
    given = fold(pn.given.split()[0]) if pn.given and not pn.surname_first else ""
    return _Form(pn.full, words, pn.surname_key, fold(pn.patronymic), suffix, given, pn)


def _full_person_form(name: str) -> bool:
    """Whether ``name`` (folded or not) reads as a person's full name: a given name and a
    surname, no dotted abbreviation."""
    form = _form(name)
    return form is not None and bool(form.pn.given)


def _person_forms(e: Named) -> list[_Form]:
    """Every form of a person read as a name (:func:`_form`)."""
    return [f for f in map(_form, e.names) if f is not None]


#: Words that make a one-word organisation or actor no person's surname.
_ORG_WORDS = GENERIC_ORG_WORDS | ORG_HEADS


#: A sentence opened by a company noun (:data:`graph.entities.evidence.COMPANY_NOUNS`, the type
#: vote's list, and "club", "team": "The carmaker said") or by a company's shares or profits ("Its shares fell").
_COMPANY_SUBJECT = re.compile(
    rf"(?:^|[.!?][\"'\u201d]?\s+)(?:The\s+{CLUB_NOUN_PATTERN}\s*(?:,|[a-z])"
    r"|Its\s+(?:shares|stock|chief executive|profit|profits|revenue|sales|shareholders|earnings)\s+[a-z])")


def organisation_evidence_in(text: str, word: str) -> str | None:
    """Why the article ``text`` writes the one-word name ``word`` as an organisation's, or None:
    :func:`graph.entities.typevote.organisation_evidence` ("Ford Inc", "Tesla, which", "its
    shares"), or a sentence opened by a company noun ("The carmaker accused ..."). Recorded on
    the entity (``skos:scopeNote``, :mod:`graph.entities.model`): such an entity is never
    linked to a person of that surname (:func:`bare_actor_name`)."""
    from graph.entities.typevote import organisation_evidence

    found = organisation_evidence(text, (word,))
    if found is None and _COMPANY_SUBJECT.search(text) is not None:
        # "The company, which makes ...", "Its shares fell ...": a sentence about a company
        found = f"the article of '{word}' speaks of a company as a sentence's subject"
    return found


def bare_actor_name(e: Named) -> str | None:
    """The one word an organisation or actor typed so by the model alone is called by, or None:
    every name of ``e`` is that one capitalised word (no acronym, no dots, no corporate suffix
    or organisation head: "Trump", not "Trump Organization", "Bush administration", "IBM" or
    "U.N."), it is no common given name (graph/entities/data/given_names.txt), and no article
    writes it as an organisation's (``e.organisation_evidence``: "Ford said its sales ...").
    Such a word may be the surname of one person named in full elsewhere."""
    from graph.entities.typevote import is_given_name

    words = {fold(n) for n in e.names if fold(n)}
    if len(words) != 1 or e.organisation_evidence:
        return None
    (word,) = words
    raw = [n for n in e.names if fold(n) == word]
    if " " in word or "-" in word or not word.isalpha() or word in _ORG_WORDS or is_given_name(word):
        return None
    if any(_dotted(n) or n.isupper() or not n[:1].isupper() for n in raw):
        return None
    return word


def _patronymic_of(surname_key: str, patronymic: str) -> bool:
    """Whether a short form keyed by ``surname_key`` ("Mohammed bin Zayed": ``zd2a``) names the
    father a longer name gives after "bin" (``patronymic``, folded: "zayed")."""
    return bool(patronymic) and all(part_key(p) in surname_key.split("-") for p in patronymic.split())


def _widest(fits: dict[str, tuple[Named, str, str]], forms: dict[str, list[_Form]]
            ) -> dict[str, tuple[Named, str, str]]:
    """Of several entities a short form fits, the one whose name every other one's full name
    (with a given name) is a short form of (:func:`_fits`: "Lula" fits "Lula da Silva" and "Luiz
    Inácio Lula da Silva": the latter), if any; "George W. Bush" is no short form of "George H.
    W. Bush", and "Donald Trump" none of "Melania Trump" (though his form "Trump" fits hers)."""
    if len(fits) < 2:
        return fits
    for iri, fit in fits.items():
        if all(any(_fits(a, b) is not None for a in forms[other] if a.pn.given for b in forms[iri])
               for other in fits if other != iri):
            return {iri: fit}
    return fits


def _fits(short: _Form, full: _Form) -> str | None:
    """How the short form ``short`` fits the longer ``full`` of another person, or None.

    A one-word form (a bare name) fits through the full name's surname ("Bush" / "George
    Bush", "Xi" / "Xi Jinping"), or through a middle part that is no common given name ("Lula"
    / "Luiz Inácio Lula da Silva"); never through the given name ("William" / "William Ruto")
    nor the father's name after "bin" ("Salman" / "Mohammed bin Salman"). A longer form fits
    when every word is in the full name and the surnames (or the father's name) agree. Never
    across a suffix one side has and the other lacks ("Abdullah II", "Martin Luther King Jr.")
    nor across different fathers' names."""
    if not short.words < full.words or short.suffix != full.suffix or not full.pn.given:
        return None
    if short.patronymic and short.patronymic != full.patronymic:
        return None
    if short.pn.initials and short.pn.initials != full.pn.initials:
        return None  # George W. Bush is not George H. W. Bush
    if not short.pn.given:  # a bare name
        if fathers_name(short.pn, full.pn):
            return None  # "King Salman" is not "Mohammed bin Salman": that is his father's name
        if short.surname == full.surname:
            return "surname"
        from graph.entities.typevote import is_given_name

        (word,) = short.words if len(short.words) == 1 else ("",)
        if word and word != full.given and not is_given_name(word) and not full.pn.surname_first:
            return "name part"
        return None
    if short.surname == full.surname:
        return "same surname"
    if _patronymic_of(short.surname, full.patronymic):
        return "the father's name after 'bin' agrees"
    return None


@functools.lru_cache(maxsize=1 << 17)
def folded(text: str) -> str:
    """:func:`graph.entities.names.fold`, remembered (a refresh folds every stored name twice)."""
    return fold(text)


@functools.lru_cache(maxsize=1 << 17)
def _token_keys(token: str) -> frozenset[str]:
    plain = token.replace("\u2019", "'").replace("`", "'")
    return frozenset(w for variant in {token, plain, strip_possessive(plain)} if (w := fold(variant)))


@functools.lru_cache(maxsize=1 << 17)
def token_keys(name: str) -> frozenset[str]:
    """The folded whitespace-separated words of ``name`` (also read with a typographic apostrophe
    made plain and a possessive dropped, as :func:`graph.entities.names.person_name` reads it):
    a superset of the words any person form of ``name`` has (:func:`_form`), cheap to compute
    (no name parsing). Used to find, without parsing every name, the persons a short form may fit."""
    return frozenset().union(*map(_token_keys, name.split()))


def person_pairs(items: Iterable[Named], *, focus: set[str] | None = None) -> list[tuple[Named, Named, str]]:
    """Pairs of a short name and the one longer person name it fits (:func:`_fits`), with the
    evidence: persons by their forms, and a one-word organisation or actor
    (:func:`bare_actor_name`) as a bare name.

    A short name that fits several people is left alone, unless one of their names holds all
    the others' words (:func:`_widest`).

    ``focus`` (IRIs): only the short forms of these entities are tried (against every person
    of ``items``), and only the names they may fit are parsed: the pairs whose short side is
    in ``focus``, exactly as without it (:func:`graph.incremental.refresh_close_matches`)."""
    items = list(items)
    persons = [e for e in items if e.kind == "person"]
    by_iri = {e.iri: e for e in persons}
    parsed: dict[str, list[_Form]] = {}

    def forms(iri: str) -> list[_Form]:
        if iri not in parsed:
            parsed[iri] = _person_forms(by_iri[iri])
        return parsed[iri]

    postings: dict[str, set[str]] = {}  # folded word -> IRIs of persons holding it
    for e in persons:
        if focus is None:  # every full form parsed: its words exactly
            keys = {w for f in forms(e.iri) if f.pn.given for w in f.words}
        else:  # a superset of those words, no parsing (checked on the candidates below)
            keys = {w for n in e.names for w in token_keys(n)}
        for w in keys:
            postings.setdefault(w, set()).add(e.iri)
    shorts = items if focus is None else [e for e in items if e.iri in focus]
    bare: dict[str, list[_Form]] = {}  # one-word organisations and actors
    for e in shorts:
        if e.kind in ("organisation", "actor") and (word := bare_actor_name(e)) is not None:
            form = _form(next(n for n in e.names if fold(n) == word))
            bare[e.iri] = [form] if form is not None else []
    out: list[tuple[Named, Named, str]] = []
    for e in [*(x for x in shorts if x.kind == "person"), *(x for x in shorts if x.iri in bare)]:
        kind_note = "" if e.kind == "person" else f" (a one-word {e.kind} with no organisation's word)"
        for short in (forms(e.iri) if e.kind == "person" else []) or bare.get(e.iri, []):
            fits: dict[str, tuple[Named, str, str]] = {}
            for iri in sorted(set.intersection(*(postings.get(w, set()) for w in short.words))):
                if focus is not None and not all(any(f.pn.given and w in f.words for f in forms(iri))
                                                 for w in short.words):
                    continue  # the postings of full forms, exactly
                for full in forms(iri):
                    how = _fits(short, full)
                    if how is not None:
                        fits.setdefault(iri, (by_iri[iri], full.name, how))
            fits = _widest(fits, {iri: forms(iri) for iri in fits})
            # a form the entity's own full name holds is already resolved to it
            if len(fits) == 1 and e.iri not in fits:
                other, oname, how = next(iter(fits.values()))
                if not short.pn.given:
                    what = "the surname" if how == "surname" else "a name (no given name)"
                    why = f"{short.name!r}{kind_note} is {what} of {oname!r} only"
                else:
                    why = f"every word of {short.name!r} is in {oname!r}, {how}"
                out.append((e, other, why))
    return out


def close_pairs(entities: Iterable[Named], *, focus: set[str] | None = None) -> list[Pair]:
    """Every pair of ``entities`` that the rules above call probably the same, with evidence.

    Pairs of entities with the same IRI are not reported; each pair comes once, ordered by IRI.
    ``focus`` (IRIs): only the pairs both of whose entities are in it, decided as without it
    (every entity of ``entities`` still counts, e.g. to find a short name ambiguous), but only
    the rules about those entities are run (:func:`graph.incremental.refresh_close_matches`).
    """
    items = [e for e in entities if not e.local]
    found: dict[tuple[str, str], str] = {}

    def add(a: Named, b: Named, why: str, *, across: bool = False, person: bool = False) -> None:
        """``across``: an organisation and a place of one name may be one ("The White House
        said" and "visited the White House"); a person never is a place or an organisation,
        and is linked to an actor or organisation only by :func:`person_pairs` or by a shared
        full name (``person``)."""
        ga, gb = _GROUPS.get(a.kind), _GROUPS.get(b.kind)
        compatible = ga == gb or (across and "person" not in (ga, gb)) or person
        if a.iri == b.iri or not compatible:
            return
        key = (a.iri, b.iri) if a.iri < b.iri else (b.iri, a.iri)
        found.setdefault(key, why)

    by_name: dict[str, dict[str, Named]] = {}  # folded name -> IRI -> entity, in order
    written: dict[str, set[str]] = {}  # folded name -> its spellings
    stripped: set[str] = set()  # folded names reached by setting a legal form aside
    for e in items:
        for x in e.names:
            if n := folded(x):
                written.setdefault(n, set()).add(x)
                by_name.setdefault(n, {}).setdefault(e.iri, e)
            if _GROUPS.get(e.kind) == "org" and (bare := strip_legal_form(x)) != x and (n := folded(bare)):
                # "Tata Steel Ltd" here, "Tata Steel" there: one company's name
                written.setdefault(n, set()).add(bare)
                by_name.setdefault(n, {}).setdefault(e.iri, e)
                stripped.add(n)
    names = by_name if focus is None else {n for e in items if e.iri in focus for x in e.names if (n := folded(x))}
    for name in sorted(names):  # the evidence named is then the same every run
        group = list(by_name[name].values())
        if all(w in GENERIC_ORG_WORDS for w in name.split()):
            continue  # "foreign ministry": every country has one
        full_name = any(_full_person_form(x) for x in written[name])
        if any(e.kind == "person" for e in group) and not full_name:
            # a bare surname ("Trump", "President Trump") or a given name ("King Abdullah")
            # shared by two people says nothing more: person_pairs decides through the surname
            group = [e for e in group if e.kind != "person"]
        for other in group[1:]:
            # a person and an untyped actor of one full name ("Keir Starmer") may be one
            person = full_name and {group[0].kind, other.kind} == {"person", "actor"}
            why = f"both are called {name!r}" + (" (a legal form such as Ltd or Inc set aside)" if name in stripped else "")
            add(group[0], other, why, across=True, person=person)

    for a, b, why in person_pairs(items, focus=focus):
        add(a, b, why, person=True)

    orgs = [e for e in items if _GROUPS.get(e.kind) == "org"]
    by_initials: dict[str, list[tuple[Named, str]]] = {}
    if focus is not None and not any(
            (dotless := n.replace(".", "")).isupper() and dotless.isalpha() for e in orgs if e.iri in focus for n in e.names):
        orgs = []  # no acronym to find an owner for
    for e in orgs:
        for n in e.names:
            if len(n.split()) > 1 and not n.isupper():
                by_initials.setdefault(initials(n), []).append((e, n))
    for e in orgs if focus is None else [e for e in orgs if e.iri in focus]:
        for n in e.names:
            bare = n.replace(".", "")
            if not (bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 10):
                continue
            owners = {o.iri: (o, full) for o, full in by_initials.get(bare, []) if o.iri != e.iri}
            if len(owners) == 1:
                other, full = next(iter(owners.values()))
                add(e, other, f"{n!r} is the acronym of {full!r}")

    index = {e.iri: e for e in items}
    return [Pair(index[a], index[b], why) for (a, b), why in sorted(found.items())
            if focus is None or (a in focus and b in focus)]


def groups(pairs: Iterable[Pair]) -> list[list[Named]]:
    """The entities of ``pairs`` joined into groups (connected components), largest first."""
    parent: dict[str, str] = {}
    nodes: dict[str, Named] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        nodes[p.a.iri], nodes[p.b.iri] = p.a, p.b
        ra, rb = find(p.a.iri), find(p.b.iri)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    out: dict[str, list[Named]] = {}
    for iri, e in sorted(nodes.items()):
        out.setdefault(find(iri), []).append(e)
    return sorted(out.values(), key=lambda g: (-len(g), g[0].iri))


_ALIAS_TYPES = {"person", "organisation", "country", "city", "place", "actor"}


def alias_toml(pairs: list[Pair]) -> str:
    """The probable duplicates as alias-file entries (TOML, see :mod:`graph.entities.aliases`):
    one ``[[entity]]`` per group with every name of its entities, the evidence as comments.
    An analyst deletes the entries that are wrong (or turns them into ``[[split]]``) and passes
    the file to ``newsgraph build --aliases``."""
    lines = [
        "# Probable duplicates found by `newsgraph entities --review`: each [[entity]] merges the",
        "# names listed. Delete an entry that is wrong (or list its names under [[split]] to keep",
        "# them apart for good), then rebuild with `newsgraph build ... --aliases THIS_FILE`.",
    ]
    evidence: dict[str, list[str]] = {}
    for p in pairs:
        evidence.setdefault(p.a.iri, []).append(f"{p.a.label!r} ~ {p.b.label!r}: {p.evidence}")
    for group in groups(pairs):
        lines.append("")
        for e in group:
            lines.extend(f"# {_comment(line)}" for line in evidence.get(e.iri, []))
        for e in group:
            lines.append(f"#   {_comment(repr(e.label))}: {_comment(e.kind)}, {_comment(e.iri)}")
        names: list[str] = []
        seen: set[str] = set()
        best = max(group, key=lambda e: (e.kind == "person" and len(e.label.split()), len(e.label)))
        for e in [best, *group]:
            for n in [e.label, *e.names]:
                if fold(n) and fold(n) not in seen and not _is_suffix_only(n):
                    seen.add(fold(n))
                    names.append(n)
        kind = best.kind if best.kind in _ALIAS_TYPES else "actor"
        lines.append("[[entity]]")
        lines.append("names = [" + ", ".join(_toml_string(n) for n in names) + "]")
        lines.append(f"type = {_toml_string(kind)}")
        lines.append(f"label = {_toml_string(best.label)}")
    return "\n".join(lines) + "\n"


def _is_suffix_only(name: str) -> bool:
    return is_suffix(name)


def _comment(text: str) -> str:
    """``text`` safe inside one TOML comment line: control characters shown as escapes."""
    return "".join(f"\\x{ord(c):02x}" if ord(c) < 0x20 or ord(c) == 0x7F else c for c in text)


def _toml_string(text: str) -> str:
    """``text`` as a TOML basic string (quotes, backslashes and control characters escaped)."""
    out = ['"']
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    out.append('"')
    return "".join(out)
