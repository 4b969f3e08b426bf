"""Entity candidates (what one surface form resolves to, and why) and the ones made from a
single lookup: countries, cities, pinned aliases, descriptions kept to their article, and
organisations keyed by their expansion and country (:func:`organisation_candidate`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from graph.entities.aliases import PinnedEntity
from graph.entities.context import (
    ArticleContext,
    Expansion,
    article_key,
    country_prefix,
)
from graph.entities.groups import is_company_description
from graph.entities.namelists import common_noun
from graph.entities.names import (
    ORGANISATION_WORDS,
    fold,
    slug,
    words,
)
from graph.entities.orgs import known_organisation, strip_legal_form
from graph.entities.places import (
    GEONAMES,
    ISO3166,
    City,
    Country,
    country_by_code,
)
from graph.namespaces import NG, NGR

#: Words of institutions every country has ("Foreign Ministry", "Supreme Court", "Army"): an
#: organisation named only with them and no country is not merged across articles.
GENERIC_ORG_WORDS = words(
    """foreign interior defense defence finance justice health education trade economy economic
    agriculture energy ministry department office court supreme constitutional high national
    federal central state parliament congress senate assembly cabinet government army navy
    police military forces force air armed election electoral commission council committee bank
    prosecutor prosecutors general attorney of the and for public security service services treasury
    intelligence border guard guards presidential administration ruling opposition party"""
)
#: Heads that, left alone once a country is cut off, were part of one company's name: a
#: country has one army and one senate, but many banks ("U.S. Bank", "Bank of America").
_NAMED_WITH_COUNTRY = words("bank banks airlines airways telecom steel petroleum oil")
#: Adjectives of nations inside a country (the United Kingdom's), which
#: :func:`graph.entities.places.find_demonym` reads as the country: an institution or party
#: of the nation is not the country's ("the Scottish government", "Welsh Labour").
_NATIONS = words("scottish welsh english")
ALIAS_CLASSES: dict[str, URIRef] = {
    "person": NG.Person,
    "organisation": NG.Organisation,
    "country": NG.Country,
    "city": NG.City,
    "place": NG.Place,
    "actor": NG.Actor,
}


@dataclass(frozen=True)
class Candidate:
    """What one surface form resolves to, and why."""

    iri: URIRef
    type: URIRef
    name: str  # preferred label offered for the entity
    label: str  # the surface form as written
    reason: str  # why the surface form is this entity
    rank: int = 0  # how good ``name`` is as the entity's label (higher wins)
    same_as: tuple[URIRef, ...] = ()
    see_also: tuple[URIRef, ...] = ()
    notation: str | None = None
    country: Country | None = None
    extra_labels: tuple[str, ...] = ()


def country_iri(country: Country) -> URIRef:
    """The IRI of a country: keyed by its ISO 3166 alpha-2 code."""
    return NGR[f"country/{country.alpha_2.lower()}"]


def country_candidate(country: Country, label: str, reason: str) -> Candidate:
    """A country linked to ISO 3166 and (where known) GeoNames."""
    same = (URIRef(GEONAMES.format(country.geonameid)),) if country.geonameid else ()
    return Candidate(
        iri=country_iri(country), type=NG.Country, name=country.name, label=label, reason=reason,
        rank=100, same_as=same, see_also=(URIRef(ISO3166.format(country.alpha_2)),),
        notation=country.alpha_2,
    )


def city_candidate(city: City, label: str, reason: str) -> Candidate:
    """A city linked to GeoNames, in its country."""
    return Candidate(
        iri=NGR[f"place/{city.geonameid}"], type=NG.City, name=city.name, label=label, reason=reason,
        rank=100, same_as=(URIRef(GEONAMES.format(city.geonameid)),),
        country=country_by_code(city.country_code),
    )


def pinned_candidate(pin: PinnedEntity, label: str, origin: str) -> Candidate:
    country = country_by_code(pin.country) if pin.country else None
    same = (URIRef(GEONAMES.format(pin.geonames)),) if pin.geonames else ()
    return Candidate(
        iri=NGR[pin.path], type=ALIAS_CLASSES[pin.type], name=pin.label, label=label,
        reason=f"pinned in the alias file {origin}", rank=1000, same_as=same, country=country,
    )


def organisation_candidate(text: str, label: str, ctx: ArticleContext | None, *, reason: str = "") -> Candidate:
    """An organisation keyed by its expansion (acronyms resolved in the article) and country."""
    country, core = country_prefix(text)
    core = core.strip() or text
    if country is not None and fold(core) in _NAMED_WITH_COUNTRY and not core[:1].islower():
        # "U.S. Bank", "Bank of America": the country is part of a bank's own name, not its owner
        # ("the British bank", in lower case, is a description: one bank of that country)
        core = re.sub(r"^(?:the|The)\s+", "", text.strip())
    opening = re.sub(r"^(?:the|The)\s+", "", text.strip()).split()
    if country is not None and opening and fold(opening[0]) in _NATIONS and " ".join(opening[1:]) == core:
        # "the Scottish government" is not the UK government, "Scottish National Party" not the
        # British National Party: the nation's adjective stays in the name (and its key)
        core = " ".join(opening)
    bare = core.replace(".", "")
    expansion: Expansion | None = None
    if ctx is not None:
        expansion = ctx.acronyms.get(bare) or ctx.expansions.get(fold(core))
    extra: tuple[str, ...] = ()
    if expansion is not None:
        if expansion.acronym.replace(".", "") == bare:
            reason = reason or f"acronym of '{expansion.written} ({expansion.acronym})' in article {ctx.article_id}"  # type: ignore[union-attr]
        else:
            reason = reason or f"expansion of the acronym {expansion.acronym} in article {ctx.article_id}"  # type: ignore[union-attr]
        core = expansion.expansion
        country = country or expansion.country
        extra = (expansion.written, expansion.expansion, expansion.acronym)
    known = known_organisation(core) or (known_organisation(expansion.expansion) if expansion else None)
    if known is not None and (country is None or expansion is not None):
        acronym, official = known
        return Candidate(
            iri=NGR[f"organisation/{slug(official)}"], type=NG.Organisation, name=official, label=label,
            rank=60, extra_labels=(*extra, acronym),
            reason=reason or f"the international organisation {official} ({acronym})",
        )
    if country is None and ctx is not None:
        country = ctx.org_countries.get(fold(core)) or ctx.org_countries.get(fold(strip_legal_form(core)))
        if country is not None:
            reason = reason or f"'{country.name}' names it in article {ctx.article_id}"
    key = slug(_org_spelling(core))
    if country is not None and expansion is None and is_company_description(core):
        # "the German company", "a Chinese firm": one company of that country among many, no
        # entity across articles: kept to its article, with its country
        where = f"organisation/{article_key(ctx.article_id)}/" if ctx is not None else "organisation/"
        described = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", text.strip())
        return Candidate(
            iri=NGR[f"{where}{country.alpha_2.lower()}-{key}"], type=NG.Organisation, name=described, label=label,
            rank=10 + len(described), country=country,
            reason="a company described by its country only: kept to its article",
        )
    if country is None and expansion is None and all(fold(w) in GENERIC_ORG_WORDS for w in core.split()):
        # "the Foreign Ministry" of which country? Every country has one: keep it to its article.
        where = f"organisation/{article_key(ctx.article_id)}/" if ctx is not None else "organisation/"
        return Candidate(
            iri=NGR[where + key], type=NG.Organisation, name=core, label=label, rank=10 + len(core),
            reason="a generic institution with no country in its article: kept to that article",
        )
    path = f"organisation/{country.alpha_2.lower()}/{key}" if country else f"organisation/{key}"
    if country is None and ctx is not None and (stated := ctx.company_countries.get(fold(strip_legal_form(core)))):
        # "Dutch sensor maker Nexperion Holdings": the country is the entity's, not its key's (the
        # same company named without it elsewhere is the same node)
        entity_country: Country | None = stated
    else:
        entity_country = country
    name = _as_written(core, text) if core[:1].isupper() else text
    whole = expansion.written if expansion is not None else text
    if country is not None and _demonym_and_noun(whole, core):
        # "Palestinian Authority", never "Authority"; "Ghana National Petroleum Corporation"
        # (GNPC), never "National Petroleum Corporation"
        name = re.sub(r"^(?:the|The)\s+", "", whole.strip())
    if country is not None and all(fold(w) in GENERIC_ORG_WORDS for w in core.split()):
        # Belarus's Foreign Ministry, never a bare one: as written when it names its owner
        written = expansion.written if expansion is not None else text
        owned = country_prefix(written)[0] is not None and written[:1].isupper()
        name = re.sub(r"^(?:the|The)\s+", "", written) if owned else f"{_possessive(country.name)} {core}"
    if reason == "":
        reason = "same organisation name once case, accents, possessives and a country prefix are set aside"
    return Candidate(
        iri=NGR[path], type=NG.Organisation, name=name, label=label, reason=reason,
        rank=50 if expansion else 10 + len(name), country=entity_country, extra_labels=extra,
    )


#: British spellings of words in institutions' names and the American ones they are keyed by.
_ORG_SPELLINGS = {"defence": "defense", "organisation": "organization", "centre": "center",
                  "programme": "program"}
_OFFICE_OF = re.compile(r"^(ministry|department|secretariat|office)\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def _org_spelling(core: str) -> str:
    """``core`` (an organisation's name) as its key spells it: American spelling of the words of
    :data:`_ORG_SPELLINGS` and "Ministry of X" as "X Ministry", so that "Ministry of Defence",
    "Defence Ministry" and "Defense Ministry" are one ministry, and without a trailing legal form
    (Inc, Corp, Ltd, plc, LLC, Co, AG, SA, NV, GmbH, ...: :func:`graph.entities.orgs.strip_legal_form`; "Charles Schwab Corp" is "Charles Schwab"). The
    label keeps the text."""
    text = strip_legal_form(core)  # "Charles Schwab Corp" is "Charles Schwab"
    for british, american in _ORG_SPELLINGS.items():
        text = re.sub(rf"\b{british}\b", american, text, flags=re.IGNORECASE)
    office = _OFFICE_OF.match(text)
    return f"{office.group(2)} {office.group(1)}" if office else text


def _as_written(core: str, text: str) -> str:
    """``core`` (an organisation's name once a country is cut off, accents folded by
    :func:`country_prefix`) as ``text`` writes it: "Wärtsilä", never a "Wartsila" no article
    wrote; ``core`` itself when the text ends otherwise ("Foreign Ministry" of "Foreign Ministry
    of Belarus")."""
    from graph.entities.names import ascii_fold

    n = len(core.split())
    written = " ".join(text.split()[-n:]) if n else ""
    return written if written != core and ascii_fold(written) == core else core


def _demonym_and_noun(text: str, core: str) -> bool:
    """Whether ``text`` is a proper name opened by a demonym or a country ("Palestinian
    Authority", "Liberian Peace Council", "Irish Republican Army", "Ghana National Petroleum
    Corporation"; ``core``: the rest): the
    label keeps it whole, as the body is called ("Authority" or "Republican Army" alone name
    nobody). Not a possessive ("Russia's Foreign Intelligence Service") nor "of" a country."""
    from graph.entities.places import find_country, find_demonym

    written = re.sub(r"^(?:the|The)\s+", "", text.strip())
    parts = core.split()
    if not parts or core.isupper() or not written.endswith(core) or written == core:
        return False
    if re.search(r"['\u2019]s?\s|\sof\s", written) is not None:
        return False
    if not all(w[:1].isupper() or fold(w) in ("of", "for", "and", "on", "the") for w in parts):
        return False
    opening = written.split()
    if len(parts) == 1:
        # "Indian Railways", "Turkish Airlines", "British Petroleum": a demonym and a common noun
        # are the name ("Railways" alone names nobody); "Saudi Aramco" is "Aramco"
        return fold(core) in ORGANISATION_WORDS | GENERIC_ORG_WORDS or (
            len(opening) == 2 and find_demonym(opening[0]) is not None and common_noun(core))
    return find_demonym(opening[0]) is not None or any(
        find_country(" ".join(opening[:n])) is not None for n in (1, 2, 3) if n < len(opening))


def _possessive(name: str) -> str:
    """``Belarus's``, ``the United States'``: a country's name as the owner of a body."""
    plural = name.endswith(("States", "Islands", "Emirates", "Philippines", "Netherlands", "Bahamas", "Comoros",
                            "Maldives", "Seychelles"))
    return name + ("'" if plural else "'s")


def local_candidate(text: str, label: str, ctx: ArticleContext | None, reason: str) -> Candidate:
    """An actor known only by a description ("the president", "critics"): local to its article."""
    where = f"actor/{article_key(ctx.article_id)}/" if ctx is not None else "actor/"
    return Candidate(iri=NGR[where + slug(text)], type=NG.Actor, name=text, label=label, reason=reason)


