"""Persons in one article: a name as written to a person candidate, and the person named in
full that a short form refers back to (split from :mod:`graph.entities.resolver`)."""

from __future__ import annotations

from graph.entities.candidates import Candidate
from graph.entities.context import ArticleContext, NamedPerson, name_key, name_surname_key
from graph.entities.names import (
    ORGANISATION_WORDS,
    PERSONAL_TITLES,
    PersonName,
    fathers_name,
    fold,
    is_title,
    person_name,
    strip_possessive,
    title_key,
)
from graph.entities.places import Country, find_city, find_country, find_demonym, find_region
from graph.namespaces import NG, NGR

#: Words that make a name an organisation's or a building's, not a person's.
NOT_PERSON = ORGANISATION_WORDS


def strip_origin(text: str) -> tuple[str, Country | None]:
    """Drop leading titles, demonyms and (possessive) countries: ``Jordan's King Abdullah II``.

    A country's name written plainly before a name that is no title is a given name: "Jordan
    Bardella", "Chad Wolf", "Israel Katz" (but "Georgia Governor Brian Kemp" drops it)."""
    words = text.split()
    country: Country | None = None
    while len(words) > 1:
        head = strip_possessive(words[0])
        found = find_demonym(head) or find_country(head)
        if found is not None and head == words[0] and find_demonym(head) is None \
                and not is_title(words[1]) and find_demonym(words[1]) is None and find_country(words[1]) is None:
            break  # "Jordan Bardella": a given name
        if found is not None:
            country = country or found
        elif not is_title(head):
            break
        words.pop(0)
    return " ".join(words), country


#: Capitalised function words, found in organisations' names and in no person's ("Reporters
#: Without Borders", "Citizens For Change").
_CAPITAL_FUNCTION_WORDS = frozenset({"Without", "For", "Against", "Of", "And", "Under", "Beyond", "Across", "Into"})


def _person_name(text: str, ctx: ArticleContext | None) -> PersonName | None:
    """:func:`person_name` of ``text``, or, for one word that is also a title ("Khan"), that
    word as a surname when the article names a person of that surname in full ("Imran Khan")."""
    pn = person_name(text)
    if pn is None and ctx is not None and " " not in text and is_title(text) and text[:1].isupper():
        bare = PersonName(given="", surname=text, full=text)
        if any(p.name.given for p in ctx.full_names(name_surname_key(bare))):
            return bare
    return pn


def person_candidate(text: str, label: str, ctx: ArticleContext | None, *,
                     model_label: str = "PERSON") -> Candidate | None:
    """The person ``text`` names (``label``: the form shown), bound to the person the article
    names in full that it refers back to (:func:`referent`); ``model_label``: spaCy's label of
    the mention (a first name alone binds only when the model calls it a person: "Sydney said
    she ...", not "Mercedes agreed with BMW"). None when ``text`` is no person's name."""
    titles = frozenset(title_key(w) for w in text.split() if is_title(w))
    text, origin = strip_origin(text)
    if any(w in _CAPITAL_FUNCTION_WORDS for w in text.split()[1:]):
        return None
    pn = _person_name(text, ctx)
    if pn is None:
        return None
    reason = "same person: surname and given name agree up to spelling and transliteration"
    country: Country | None = origin
    found = referent(pn, ctx, titles=titles, first_name=model_label == "PERSON")
    if found is None and model_label != "PERSON" and ctx is not None and referent(pn, ctx, titles=titles) is not None \
            and (model_label == "ORG" or _organisation_word_here(text, ctx)):
        # a first name alone that the model called an organisation or the article writes as
        # one's ("Mercedes said its profits fell" beside "Mercedes Sosa"): neither that person
        # nor a bare person of its own (a first name otherwise labelled, "Tamim" NORP after
        # "Sheikh Tamim bin Hamad Al Thani", stays a person's)
        return None
    if found is not None and ctx is not None:
        first, count = found
        reason = f"'{text}' refers back to '{first.name.full}' named in article {ctx.article_id}"
        if count > 1:
            reason += f" (first of {count} people of that name there)"
        pn, country = first.name, country or first.country
    shown = pn.full  # the fullest form is the label: "Ramiro Castellanos Uribe", keyed as "Ramiro Castellanos"
    if ctx is not None and name_key(pn) in ctx.double_surnames:  # "Claudia Sheinbaum Pardo", called "Sheinbaum"
        pn = ctx.double_surnames[name_key(pn)]
    if ctx is not None and country is None:
        key = name_key(pn)
        country = next((p.country for p in ctx.persons if p.country and name_key(p.name) == key), None)
    key = name_key(pn).replace("/", "_")
    return Candidate(
        iri=NGR[f"person/{key}"], type=NG.Person, name=shown, label=label, reason=reason,
        rank=10 * len(shown.split()) + len(shown), country=country,
        extra_labels=tuple(dict.fromkeys(n for n in (shown, pn.full) if fold(n) != fold(text))),
    )


def _organisation_word_here(word: str, ctx: ArticleContext) -> bool:
    """Whether the article of ``ctx`` gives the one word ``word`` organisation evidence
    (:func:`graph.entities.typevote.organisation_evidence`: "Mercedes, which", "its shares")."""
    from graph.entities.typevote import organisation_evidence

    return " " not in word and organisation_evidence(ctx.text, (word,)) is not None


def referent(pn: PersonName, ctx: ArticleContext | None, *, titles: frozenset[str] = frozenset(),
             first_name: bool = True) -> tuple[NamedPerson, int] | None:
    """The person named in full in the article that the short form ``pn`` refers back to, and
    how many people it could be: a bare surname (``Ramaphosa``, ``Xi`` of Xi Jinping, ``Kim``
    of Kim Jong Un) binds to the first person of that surname; any other part of one name
    (``Lula``, ``Wang`` of Wang Yi) or a shorter form (``Tayyip Erdogan``) to the one person
    whose name holds it (of names that are shorter forms of one another, the fullest: "Lula"
    after "Luiz Inácio Lula da Silva" and "Lula da Silva"). None when the article names no such
    person, or, other than by surname, more than one (two Marks: a bare "Mark" is neither).

    ``titles``: the titles written with the short form ("Prince" of "Prince Mohammed"): a
    titled one-name form that the article also writes alone refers to the one person named in
    full with that name part and one of those titles (Mohammed bin Salman, Crown Prince; not
    Sheikh Mohammed bin Abdulrahman Al Thani).

    ``first_name``: whether a full name's first given name written alone, untitled, may refer to
    it (news calls people by their surname; the caller allows it when the model called the
    mention a person)."""
    if ctx is None:
        return None
    if not pn.given:
        # "King Charles" after "King Charles III", "Pope Leo" after "Pope Leo XIV": the one
        # person of that name with a numeral
        numbered = list(dict.fromkeys(p.name.key for p in ctx.persons
                                      if p.name.key.startswith(name_key(pn) + "-") and not p.name.given))
        if len(numbered) == 1:
            return next(p for p in ctx.persons if p.name.key == numbered[0]), 1
    people = [p for p in ctx.full_names(name_surname_key(pn)) if not fathers_name(pn, p.name)] \
        if not pn.given else []
    if people and not any(p.name.given for p in people):
        # "Prince Faisal" (itself a titled one-name person of the article) after "Prince Faisal
        # bin Farhan Al Saud": the one person named in full with that name part and that title
        titles = titles or frozenset().union(*(p.titles for p in people))
        fuller = [p for p in ctx.with_parts(pn.parts)
                  if p.name.given and p.titles & titles and not _only_fathers(pn, p.name)]
        if len({name_key(p.name) for p in fuller}) == 1:
            return fuller[0], 1
    by_surname = bool(people)
    if not people:
        own = name_key(pn)
        people = [p for p in ctx.with_parts(pn.parts)
                  if name_key(p.name) != own and (not pn.given or _compatible(pn, p.name))
                  and not fathers_name(pn, p.name)
                  and (first_name or not _first_name_alone(pn, p.name, titles))]
    keys = list(dict.fromkeys(name_key(p.name) for p in people))
    if not by_surname and len(keys) > 1:
        # "Lula da Silva" is a shorter form of "Luiz Inácio Lula da Silva" named before: the
        # one fullest name holding the others ("Lula" then binds to it)
        fuller = [p for p in people if not any(
            set(p.name.parts) < set(q.name.parts) and name_surname_key(p.name) == name_surname_key(q.name)
            for q in people)]
        if len({name_key(p.name) for p in fuller}) == 1:
            people, keys = fuller, [name_key(fuller[0].name)]
    if not keys or (not by_surname and len(keys) > 1):
        return None
    first = next(p for p in people if name_key(p.name) == keys[0])
    # a titled one-name form the article also counts as a person ("Mr Swinney" after "John
    # Swinney") is a short form itself, not a second person of that name
    given = list(dict.fromkeys(name_key(p.name) for p in people if p.name.given))
    return first, len(given) or len(keys)


def _first_name_alone(short: PersonName, full: PersonName, titles: frozenset[str]) -> bool:
    """Whether ``short`` is ``full``'s first given name written alone, with no title: news calls
    people by their surname, so "Mercedes agreed with BMW" is the carmaker, not Mercedes Sosa
    named later (a titled form, "Prince William", and a middle name, "Lula", still bind)."""
    if short.given or titles or full.surname_first or not full.given:
        return False
    return fold(short.surname) == fold(full.given.split()[0])


def _only_fathers(short: PersonName, full: PersonName) -> bool:
    """Whether ``short`` is the father's name written after "bin" in ``full`` ("Salman" of
    "Mohammed bin Salman"; not "Mohammed")."""
    return fathers_name(short, full) and fold(short.surname) == fold(full.surname.split(" ", 1)[-1])


def _compatible(short: PersonName, full: PersonName) -> bool:
    """Whether a short form with a given name can be ``full`` (same surname, or its words a part of
    it), its middle initials, when it writes some, being ``full``'s ("George W. Bush" is not
    "George H. W. Bush")."""
    if short.initials and short.initials != full.initials:
        return False
    return name_surname_key(short) == name_surname_key(full) or set(short.parts) <= set(full.parts)


def looks_like_person(text: str, ctx: ArticleContext | None, *, label: str = "") -> bool:
    """A personal title before a name (``King Felipe``), or a surname the article names in full."""
    rest, _ = strip_origin(text)
    parts = rest.split()
    if not parts or any(fold(w) in NOT_PERSON for w in parts):
        return False
    before = text.split()[: len(text.split()) - len(parts)]
    if any(fold(w) in PERSONAL_TITLES or fold(w).replace(".", "") in PERSONAL_TITLES for w in before):
        return True
    pn = person_name(rest)
    if pn is not None and pn.given and ctx is not None:  # "German Chancellor Olaf Scholz" earlier
        key = name_key(pn)
        if any(p.titles and name_key(p.name) == key for p in ctx.persons):
            return True
    # a place spaCy recognised and GeoNames knows is no short form of a person ("Paris" and
    # Paris Hilton); a surname the small model calls a place is ("and Scholz urged")
    if label in ("GPE", "LOC", "FAC") and (find_city(rest, alternates=False) or find_region(rest)):
        return False
    return pn is not None and referent(pn, ctx) is not None


def surname_first(text: str) -> bool:
    """Whether ``text`` reads as a Chinese or Korean name written family name first ("Xi
    Jinping", "Lee Jae-myung"), which the small model often labels an organisation."""
    pn = person_name(text)
    return pn is not None and pn.surname_first


def person_here(text: str, ctx: ArticleContext | None) -> bool:
    """Whether ``text`` is a short form of a person the article names in full."""
    pn = _person_name(text, ctx)
    return pn is not None and referent(pn, ctx) is not None


#: Words before a name that make it a place in the text ("in", "visited", ...).
_PLACE_BEFORE = r"in|at|to|from|near|into|toward|towards|outside|across|visited|visiting|visit|via|around"


def place_before(name: str, text: str) -> bool:
    """Whether the article ``text`` writes a preposition of place or a visit right before
    ``name`` ("in Prabowo Subianto", "visited the ...")."""
    import re

    return re.search(rf"\b(?:{_PLACE_BEFORE})\s+(?:the\s+)?{re.escape(name)}", text, flags=re.IGNORECASE) is not None


def person_by_given_name(label: str, name: str, text: str) -> str | None:
    """Why a name of two or three capitalised words that the model labelled a place (``FAC``,
    ``GPE``, ``LOC``) is a person, or None: its first word is a given name of any list
    (:func:`graph.entities.typevote.is_given_name`, romanised ones too: "Prabowo Subianto",
    "Shehbaz Sharif"), its last is none of the Latin lists ("Santa Maria"), no later word is a
    WordNet common noun ("Victoria Falls", "Jordan Valley"), no word is a country, demonym or
    city and the whole is no city or country GeoNames knows ("Sidi Bouzid"), the article writes
    no preposition or visit before it ("in Prabowo Subianto") and gives it no organisation
    evidence."""

    from graph.entities.typevote import (
        _given_first,
        common_noun,
        is_given_name,
        organisation_evidence,
    )

    parts = name.split()
    if label not in ("FAC", "GPE", "LOC") or not 2 <= len(parts) <= 3 or "\n" in name:
        return None
    if not all(p[:1].isupper() and p.replace("-", "").isalpha() for p in parts) or any(p.isupper() for p in parts):
        return None
    if not _given_first(parts[0]) or is_given_name(parts[-1]) or any(common_noun(p) for p in parts[1:]):
        return None
    if any(find_country(p) or find_demonym(p) or find_city(p, alternates=False) for p in parts) \
            or find_city(name) is not None or find_country(name) is not None or find_region(name) is not None:
        return None
    if place_before(name, text):
        return None
    if organisation_evidence(text, (name,)) is not None:
        return None
    return f"'{parts[0]}' is a given name and '{name}' no place GeoNames knows"
