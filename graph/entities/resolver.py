"""From one argument (a name as written) and what its article says to an entity candidate.

Every IRI is a function of the name and of the article that uses it only, never of the other
articles of a build, so the same entity gets the same IRI across runs and incremental builds:
persons by a spelling-tolerant surname + given-name key, cities and places by GeoNames id,
countries by ISO 3166 code, organisations by their expansion (and country) when known.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import URIRef

from graph.entities.aliases import Aliases
from graph.entities.candidates import (
    ALIAS_CLASSES,
    Candidate,
    city_candidate,
    country_candidate,
    local_candidate,
    organisation_candidate,
    pinned_candidate,
)
from graph.entities.compound import possessive_owner, whole_name
from graph.entities.context import (
    ArticleContext,
    article_key,
)
from graph.entities.descriptions import (
    company_referred_by,
    country_owned,
    description,
    in_text,
    owner_before,
    party_named,
)
from graph.entities.groups import is_common_noun, is_local_actor, singulars
from graph.entities.initialisms import spelled_out
from graph.entities.names import (
    fold,
    is_title,
    slug,
    strip_possessive,
    words,
)
from graph.entities.orgs import KNOWN_GROUPS, known_organisation
from graph.entities.owners import office_country, seat_country
from graph.entities.persons import (
    NOT_PERSON,  # noqa: F401  (re-exported: model, tests)
    looks_like_person,
    person_candidate,
    person_here,
    surname_first,
)
from graph.entities.places import (
    GEONAMES,
    SMALL_CITY,
    City,
    Country,
    country_by_code,
    find_city,
    find_country,
    find_demonym,
    find_region,
    is_capital,
)
from graph.entities.sites import (
    BUILDING_WORDS,
    country_after,
    dateline_country,
    generic_building,
    place_after,
)
from graph.extract.base import Argument
from graph.extract.lexicon import is_agent_noun
from graph.namespaces import NG, NGR

PERSON_LABELS = frozenset({"PERSON"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", ""})  # "" = label unknown


#: Heads of institutions that a possessive owner names ("Attorney General's Office", "the
#: President's Office", "Kenya's Ministry"): alone, they name nothing.
_OWNED_HEADS = words("office ministry department secretariat cabinet administration bureau agency")
#: An owned head and its complement: "Office for the Southern District", "Ministry of Justice".
_OF_HEAD = re.compile(r"^\w+\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
#: The rest of a name's complement the parser cut off: " of New York" after "... Southern District".
_OF_REST = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}")


def _of_rest(text: str, end: int) -> str:
    """The complement written right after ``end`` in ``text`` (" of New York"), or ""."""
    m = _OF_REST.match(text, end)
    return m.group(0) if m is not None else ""


def _capitalised_by_position(arg: Argument, text: str, ctx: ArticleContext | None) -> bool:
    """Whether ``text`` is one word that opens its sentence, that the parser read as a common
    noun, and that is, in lower case, a noun of people or institutions in WordNet ("Police
    said ...", "Prosecutors accused ..."): its capital letter is the sentence's, not a name's,
    so it is a description, no place or organisation ("Police" is also a town in Poland)."""
    if arg.via != "noun" or " " in text or text.isupper() or not in_text(arg, ctx) or ctx is None \
            or not (is_agent_noun(text.lower()) or any(is_agent_noun(s) for s in singulars(text.lower()))):
        return False
    return _opens_sentence(arg, ctx)


def _opens_sentence(arg: Argument, ctx: ArticleContext | None) -> bool:
    """Whether ``arg`` (found in its article's text) opens a sentence, a line or the article."""
    if not in_text(arg, ctx) or ctx is None:
        return False
    before = ctx.text[max(0, arg.start - 200) : arg.start].rstrip(" \t\"'\u201c\u2018(-\u2014\u2013")
    return not before or before.endswith((".", "!", "?", "\n", ":"))


def _short_organisation(text: str, ctx: ArticleContext) -> str | None:
    """The organisation named in full in the article whose first word ``text`` is ("Goldman"
    after "Goldman Sachs", "Lehman" after "Lehman Brothers"), as written there; None when
    ``text`` is a country, demonym or city, or opens no organisation's name or several."""
    if text.isupper() or find_country(text) or find_demonym(text) or find_city(text, alternates=False) \
            or person_here(text, ctx):  # "Sheinbaum" of the person "Claudia Sheinbaum Pardo"
        return None
    return ctx.organisation_of(text)


#: Documents an organisation issues, which news writes as the actor ("a UN report accused").
_DOCUMENTS = words("report statement study survey audit review assessment filing resolution communique communiqué")


def _document_author(words_: list[str], ctx: ArticleContext | None) -> str | None:
    """The organisation a document is of ("United Nations report", "IMF statement": the name
    before a document noun, an organisation known everywhere or labelled so, or an acronym, in
    the article ``ctx``), or None."""
    if len(words_) < 2 or fold(words_[-1]) not in _DOCUMENTS:
        return None
    rest = " ".join(words_[:-1])
    if not all(w[:1].isupper() or w in ("of", "for", "on", "and") for w in words_[:-1]):
        return None
    known = known_organisation(rest) is not None
    here = ctx is not None and (fold(rest) in ctx.organisations or rest.replace(".", "") in ctx.acronyms
                                or fold(rest) in ctx.expansions)
    return rest if known or here else None


def _names_something(text: str) -> bool:
    """Whether ``text`` holds a name beyond titles, demonyms and countries (``the Russian
    president`` and ``U.S. officials`` do not; ``Security Council`` does)."""
    for word in text.split():
        bare = strip_possessive(word)
        capitalised = bare[:1].isupper() or bare[:1].isdigit()
        if capitalised and not (is_title(bare) or find_demonym(bare) or find_country(bare)):
            return True
    return False


#: The Arabic article English drops before a city's name (Al Fallujah, Ad Dawhah).
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad-"})


def _place(arg: Argument, text: str, label: str, ctx: ArticleContext | None) -> Candidate | None:
    """A US state, or a GeoNames city (preferring one in a country the article names).

    A city is matched by an alternate name (``Kiev`` for Kyiv) only when the argument is no
    building or site (spaCy's ``FAC``, or a word such as House, Palace, Airport) and is one word
    or names a city in a country the article names: "White House" is no Casablanca.
    """
    countries = ctx.countries if ctx is not None else frozenset()
    building = arg.label == "FAC" or any(fold(w) in BUILDING_WORDS for w in text.split())
    city = find_city(text, countries=countries, alternates=not building and (len(text.split()) == 1 or None))
    if building and city is not None and city.country_code not in countries and not is_capital(city):
        city = None
    if city is not None and fold(city.name) != fold(text) and fold(city.name).endswith(" " + fold(text)) \
            and fold(city.name).split()[0] not in _ARABIC_ARTICLES:
        city = None  # "Paz" is no short form of La Paz, "Domingo" none of Santo Domingo (Fallujah is Al Fallujah)
    region = find_region(text)
    if region is not None and city is None and not building and not (ctx is not None and ctx.followed_by(arg, "state")):
        # "New York": the city of millions GeoNames names "New York City" in the region's own
        # country, not the state, unless the text says "state"
        big = find_city(text, alternates=True)
        if big is not None and big.country_code == region.country_code and big.population >= 1_000_000 \
                and fold(big.name).startswith(fold(text) + " "):
            city = big
    if region is not None and (
        city is None or city.population < SMALL_CITY or (ctx is not None and ctx.followed_by(arg, "state"))
    ):
        return Candidate(
            iri=NGR[f"place/{region.geonameid}"], type=NG.Place, name=region.name, label=label,
            reason=f"GeoNames region {region.geonameid} ({region.name}, {region.country_code})" if region.country_code
            else f"GeoNames continent {region.geonameid} ({region.name})",
            rank=100, same_as=(URIRef(GEONAMES.format(region.geonameid)),),
            country=country_by_code(region.country_code),
        )
    if city is not None:
        return city_candidate(city, label, f"GeoNames city {city.geonameid} ({city.name}, {city.country_code})")
    return None


def _name_of_words(text: str) -> bool:
    """Whether ``text`` is two or three capitalised words that read as a person's name: none a
    common noun (WordNet), an organisation's word, a title, a country, a demonym or a city, and
    no "of" ("Renson Ingonga"; not "Nippon Steel", "Sidi Bouzid", "Victoria Falls")."""
    from graph.entities.namelists import common_noun
    from graph.entities.names import ORGANISATION_WORDS

    parts = text.split()
    return 2 <= len(parts) <= 3 and all(
        p[:1].isupper() and p.replace("-", "").isalpha() and not p.isupper() and not common_noun(p)
        and fold(p) not in ORGANISATION_WORDS and not is_title(p) and find_country(p) is None
        and find_demonym(p) is None and find_city(p, alternates=False) is None for p in parts)


#: "the company's", "the company had/said/...": an article that speaks of a company as such.
_COMPANY_SPOKEN = re.compile(r"\b[Tt]he\s+(?:company|firm|group|carmaker|bank|retailer|insurer|airline|streaming service)"
                             r"(?:['\u2019]s\b|\s+(?:said|says|had|has|was|is|added|denied|reported|expects|would|will)\b)")


def _person_word(word: str, text: str) -> bool:
    """Whether the one word ``word`` is a given name or the article ``text`` gives it person
    evidence (:func:`graph.entities.evidence.person_evidence`)."""
    from graph.entities.evidence import person_evidence
    from graph.entities.namelists import is_given_name

    return is_given_name(word, romanised=True) or person_evidence(text, (word,)) is not None


def _company_article(text: str) -> bool:
    """Whether the article speaks of a company as such ("the company's global turnover", "the
    company had ...", "The firm said ...")."""
    return _COMPANY_SPOKEN.search(text) is not None


def _credible_place(text: str) -> bool:
    """Whether a name spaCy labelled a place is one an actor could be: a country, a region,
    a capital or a GeoNames city of some size (not "Carney" or "Rubio", small towns of GeoNames
    that are also surnames)."""
    city = find_city(text, alternates=False)
    return find_country(text) is not None or find_region(text) is not None or (
        city is not None and (city.population >= SMALL_CITY or is_capital(city)))


def _city_for_person_label(text: str, ctx: ArticleContext | None) -> City | None:
    """A capital or a city of a million people that spaCy's small model took for a person or an
    organisation (``Vilnius``, ``Kyiv``), unless the article names a person of that name."""
    if len(text.split()) > 2 or person_here(text, ctx):
        return None
    countries = ctx.countries if ctx is not None else frozenset()
    city = find_city(text, countries=countries, alternates=False)
    if city is None and text.isascii():
        # an older or other spelling GeoNames keeps as an alternate name: "Kiev", "Zaporozhye"
        city = find_city(text, countries=countries, alternates=True)
        if city is not None and city.population < 500_000:
            return None
    if city is None or not (is_capital(city) or city.population >= 1_000_000 or (
            city.population >= 500_000 and ctx is not None and city.country_code in ctx.countries)):
        return None
    return city


#: Last words of countries' names that name no one country ("the Republic", "the Islands").
_GENERIC_COUNTRY_WORDS = frozenset({"republic", "kingdom", "states", "islands", "federation", "korea",
                                    "guinea", "congo", "sudan", "africa", "america", "of"})


def _country_by_last_word(text: str, ctx: ArticleContext | None) -> Country | None:
    """The one country the article names in full whose name ends with the one word ``text``
    ("the Emirates" after "United Arab Emirates", "Arabia" after "Saudi Arabia"), or None."""
    if ctx is None or " " in text or not text[:1].isupper() or fold(text) in _GENERIC_COUNTRY_WORDS:
        return None
    found = [c for code in sorted(ctx.countries) if (c := country_by_code(code)) is not None
             and " " in c.name and fold(c.name.split()[-1]) == fold(text)]
    return found[0] if len(found) == 1 else None


def candidate(
    arg: Argument, ctx: ArticleContext | None, aliases: Aliases | None, *, role: str = "actor"
) -> Candidate:
    """What ``arg`` (as written in the article ``ctx`` describes) resolves to.

    See :func:`_candidate`; a candidate without a country then gets the one its article
    states (:func:`_stated_country`).
    """
    found = _candidate(arg, ctx, aliases, role=role)
    if role == "place" and found.type in (NG.Place, NG.Actor) and not found.same_as and found.rank < 1000:
        found = place_after(arg, found, ctx) or found  # "a school in nearby Marneuli": Marneuli
    return _stated_country(found, ctx)


def _stated_country(found: Candidate, ctx: ArticleContext | None) -> Candidate:
    """``found`` with the country the text gives it when it has none: a seat of government
    stands for its country ("Kremlin": Russia, :func:`graph.entities.owners.seat_country`), and
    a person named after a country and an office is of that country ("China's foreign ministry
    spokesperson Mao Ning", :func:`graph.entities.owners.office_country`). Pinned candidates
    (the alias file) are left as pinned."""
    if found.country is not None and ctx is not None and found.rank < 1000 and found.type not in (NG.Country, NG.City):
        found = replace(found, country=ctx.settle(found.country))
    if found.country is not None or found.rank >= 1000 or found.type in (NG.Country, NG.City):
        return found
    if found.type == NG.Person:
        country = ctx.settle(office_country(found.name, ctx.text)) if ctx is not None else None
    else:
        country = seat_country(found.name) or seat_country(found.label)
    return found if country is None else replace(found, country=country)


def _candidate(
    arg: Argument, ctx: ArticleContext | None, aliases: Aliases | None, *, role: str = "actor"
) -> Candidate:
    """What ``arg`` (as written in the article ``ctx`` describes) resolves to, before the
    country the text states.

    ``role`` is ``"place"`` for the place of a visit or of an event, else ``"actor"``; it
    decides between a place and an actor when spaCy's label is missing or doubtful. A name cut
    from a longer one ("Bosnia" of "Bosnia and Herzegovina") is resolved as the whole name
    (:func:`graph.entities.compound.whole_name`). Labels keep the text's spelling; accents are
    folded only to match.
    """
    label = arg.text.strip()
    origin = aliases.origin if aliases else ""
    if aliases is not None:
        pin = aliases.entity_for(label)
        if pin is not None:
            return pinned_candidate(pin, label, origin)
        if aliases.is_split(label):  # typed and linked as usual, but keyed by its own spelling
            base = candidate(arg, ctx, None, role=role)
            kind = next((k for k, v in ALIAS_CLASSES.items() if v == base.type), "actor")
            return replace(
                base, iri=NGR[f"{kind}/split/{slug(label)}"], name=label, rank=1000, extra_labels=(),
                reason=f"kept apart by the alias file {origin}",
            )
    text = strip_possessive(re.sub(r"\s+", " ", label.replace("\u2019", "'")))
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    if not text or not any(c.isalpha() for c in text):
        return local_candidate(label or "unnamed", label, ctx, "no name")
    if in_text(arg, ctx) and ctx is not None:
        whole = whole_name(ctx.text, arg.start, arg.end, single_ok=not person_here(text, ctx))
        if whole is not None:
            name, why = whole
            found = candidate(Argument(name, arg.start, arg.start + len(name), "ORG" if arg.label == "PERSON" else arg.label, arg.via),
                              ctx, None, role=role) if name != arg.text else None
            if found is not None:
                return replace(found, label=label, extra_labels=(*found.extra_labels, found.label),
                               reason=f"'{label}' is cut from '{name}' ({why}) in article {ctx.article_id}")
    if ctx is not None and fold(text.split()[0]) in _OWNED_HEADS and (" " not in text or _OF_HEAD.match(text)) \
            and in_text(arg, ctx) and (owner := possessive_owner(ctx.text, arg.start)):
        # "the Attorney General's Office" cut to "Office", "The U.S. Attorney's Office for the
        # Southern District (of New York)" to "Office for the Southern District": the owner is
        # part of its name, never one "Office" shared by every article
        owned = f"{owner} {text}{_of_rest(ctx.text, arg.end) if ' ' in text else ''}"
        found = organisation_candidate(owned, label, ctx)
        return replace(found, extra_labels=(*found.extra_labels, owned), name=owned, rank=max(found.rank, 10 + len(owned)),
                       reason=f"'{text}' is the head of '{owned}' in article {ctx.article_id}")
    if role == "actor" and ctx is not None and " " not in text:
        whole_org = _short_organisation(text, ctx)
        if whole_org is not None:
            found = organisation_candidate(whole_org, label, ctx)
            return replace(found, extra_labels=(*found.extra_labels, whole_org),
                           reason=f"'{text}' is short for '{whole_org}' named in article {ctx.article_id}")
    known = known_organisation(text)
    if known is not None and (arg.label not in PERSON_LABELS or known[1] in KNOWN_GROUPS):
        return organisation_candidate(text, label, ctx)  # "Houthis", which spaCy may call people
    country = find_country(text) or _country_by_last_word(text, ctx)
    if ctx is not None:
        country = ctx.settle(country)  # "Congo" in a story of Kinshasa
    if country is not None and (
        arg.label not in PERSON_LABELS or text.isupper() or role == "place" or not person_here(text, ctx)
    ):
        return country_candidate(country, label, f"ISO 3166 country {country.alpha_2} ({country.name})")
    if role == "actor" and (arg.label in PERSON_LABELS | {"", "ORG", "NORP"} or (
            arg.label in ("GPE", "LOC") and not _credible_place(text))) and person_here(text, ctx):
        found = person_candidate(text, label, ctx, model_label=arg.label)  # "Sudani" after "Mohammed Shia al-Sudani", not a demonym
        if found is not None:
            return found
    if not _names_something(text) or (role == "actor" and _capitalised_by_position(arg, text, ctx)):
        referred = company_referred_by(arg, text, ctx)
        if referred is not None and ctx is not None:
            # "the German company" after "Germany's Infineon Technologies": the one company of
            # that country the article named before
            found = organisation_candidate(referred, label, ctx)
            return replace(found, extra_labels=(*found.extra_labels, referred),
                           reason=f"'the {text}' refers back to '{referred}', the one company of that country "
                                  f"named before it in article {ctx.article_id}")
        return description(text, label, ctx, owner=owner_before(arg, ctx), arg=arg)
    if ctx is not None and text.replace(".", "") in ctx.acronyms:
        return organisation_candidate(text, label, ctx)
    if ctx is not None and arg.label not in PERSON_LABELS and (full := spelled_out(text, ctx.text, frozenset(ctx.organisations))) is not None \
            and not all(is_title(w) for w in full.split()) and not person_here(full, ctx):
        # (not "PM" for "Prime Minister", nor "AOC" for a person the article names)
        # "the AIU" after "The Athletics Integrity Unit" (no brackets): the one name of the
        # article with exactly those initials
        found = organisation_candidate(full, label, ctx)
        return replace(found, extra_labels=(*found.extra_labels, full),
                       reason=f"'{text}' are the initials of '{full}', the one name of article {ctx.article_id} with them")
    if arg.label in PERSON_LABELS | {"ORG"} and role == "actor" and " " not in text.strip():
        # "Vilnius" the small model calls a person, or an organisation when it acts ("Vilnius
        # would host"): the city, as "Moscow said" is
        city = _city_for_person_label(text, ctx)
        if city is not None:
            return city_candidate(city, label, f"GeoNames city {city.geonameid} ({city.name}, {city.country_code}),"
                                  f" a capital or large city spaCy labelled {arg.label}")
    if role == "actor" and arg.label in ("GPE", "LOC", "") and " " not in text \
            and find_city(text, alternates=False) is not None and not _credible_place(text):
        # a surname the small model calls a place, which GeoNames knows only as a small town
        # ("Rubio visited ...": Rubio, Venezuela): an actor is a country or a city of some size
        found = person_candidate(text, label, ctx, model_label=arg.label)
        if found is not None:
            return replace(found, reason=f"'{text}' acts, and GeoNames knows it only as a small town")
    if role == "actor" and (arg.label in PERSON_LABELS or looks_like_person(text, ctx, label=arg.label)
                            or (arg.label in ("ORG", "") and surname_first(text))):
        found = person_candidate(text, label, ctx, model_label=arg.label)
        if found is not None:
            return found
    if arg.label in PLACE_LABELS or role == "place":
        place = _place(arg, text, label, ctx)
        if place is not None:
            return place
        if role == "place" and text.isascii() and arg.label != "FAC" \
                and not any(fold(w) in BUILDING_WORDS for w in text.split()):
            # the place of a visit, written as GeoNames keeps it only as an alternate name
            # ("Khan Younis" for Khan Yunis): a city of some size, whatever spaCy's label
            city = find_city(text, countries=ctx.countries if ctx is not None else frozenset())
            if city is not None and city.population >= SMALL_CITY:
                return city_candidate(city, label, f"GeoNames city {city.geonameid} ({city.name}, {city.country_code})")
        if role != "place" and arg.label in ("GPE", "LOC") and " " not in text and not text.isupper() \
                and ctx is not None and _company_article(ctx.text) and not person_here(text, ctx) \
                and not _person_word(text, ctx.text):
            # a one-word "place" GeoNames does not know, acting in an article about companies
            # ("Spotify blamed Apple" beside "the company's turnover"): a company, not a person
            return replace(organisation_candidate(text, label, ctx),
                           reason=f"'{text}' acts, GeoNames knows no place of that name, and article {ctx.article_id} speaks of companies")
        if role != "place" and (arg.label in PERSON_LABELS or (
                arg.label in ("GPE", "LOC") and " " not in text and not text.isupper())
                or (arg.label in ("GPE", "LOC") and _name_of_words(text))):
            # spaCy's person is no place GeoNames knows, nor is a "place" that acts and
            # that GeoNames does not know ("Blinken visited Ramallah", "Witkoff accused ...",
            # "Renson Ingonga charged ...": two or three name words, none a common noun)
            found = person_candidate(text, label, ctx, model_label=arg.label)
            if found is not None:
                return found
        if role == "place" or arg.label in ("GPE", "LOC", "FAC"):
            if generic_building(text) and ctx is not None:
                # "the National Palace", "State House": every country has one; keyed by the
                # country of the city written after it or of the dateline, else kept to the article
                where = country_after(arg, ctx) or dateline_country(ctx)
                key = where.alpha_2.lower() if where is not None else article_key(ctx.article_id)
                return Candidate(
                    iri=NGR[f"place/{key}/{slug(text)}"], type=NG.Place, name=text, label=label, rank=len(text),
                    country=where, reason="a building every country has one of: "
                    + (f"{where.name}'s, by the dateline" if where is not None else "kept to its article"))
            return Candidate(
                iri=NGR[f"place/{slug(text)}"], type=NG.Place, name=text, label=label, rank=len(text),
                reason="same place name once case, accents and possessives are set aside",
            )
        if arg.label == "":  # an actor spaCy did not label: a group ("Darfur rebels") or a name
            words = text.split()
            if is_local_actor(text, opens_sentence=arg.via == "noun" and _opens_sentence(arg, ctx)):
                return local_candidate(text, label, ctx, "a common noun or a counted group: kept to its article")
            if len(words) == 1 and is_common_noun(text) and known_organisation(text) is None:
                # "accused the Coalition", "the Opposition": a capitalised noun of a group names
                # a different body in each country's story, so it is kept to its article
                return local_candidate(text, label, ctx, "a capitalised common noun of a group: kept to its article")
            if fold(words[-1]) == "party" and re.search(r"['\u2019]s?$", words[0]) and ctx is not None \
                    and (party := party_named(ctx.text)) is not None:
                # "Davis's party" beside "the Progressive Liberal Party (PLP)": the one party named
                found = organisation_candidate(party, label, ctx)
                return replace(found, extra_labels=(*found.extra_labels, party),
                               reason=f"'{text}' is '{party}', the one party named in article {ctx.article_id}")
            by_country = country_owned(text, label, ctx)
            if by_country is not None:
                return by_country  # "Sri Lanka's army", "South Korea's leader"
            author = _document_author(words, ctx)
            if author is not None:
                # "A United Nations report accused ...": the organisation that wrote it
                found = organisation_candidate(author, label, ctx)
                return replace(found, extra_labels=(*found.extra_labels, author),
                               reason=f"'{text}' is a document of '{author}'")
            if len(words) == 1 or words[-1][:1].islower():
                return Candidate(
                    iri=NGR[f"actor/{slug(text)}"], type=NG.Actor, name=text, label=label, rank=len(text),
                    reason="same name once case, accents and possessives are set aside",
                )
    if arg.label in PERSON_LABELS:
        found = person_candidate(text, label, ctx, model_label=arg.label)
        if found is not None:
            return found
    return organisation_candidate(text, label, ctx)
