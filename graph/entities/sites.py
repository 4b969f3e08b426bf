"""Sites: buildings and facilities a visit or a meeting names, and where they are. A facility
with a city after it is that city ("toured a shipyard in Gdansk"); a building every country has
one of ("the National Palace") is keyed by its country. Split from
:mod:`graph.entities.resolver`, which calls :func:`place_after` and :func:`generic_building`.
"""

from __future__ import annotations

import re

from graph.entities.candidates import Candidate, city_candidate, country_candidate
from graph.entities.context import ArticleContext
from graph.entities.descriptions import in_text
from graph.entities.names import fold, strip_possessive, words
from graph.entities.owners import seat_country
from graph.entities.persons import person_here
from graph.entities.places import Country, country_by_code, find_city, find_country
from graph.extract.base import Argument

#: Words of buildings and sites: a name holding one is no city, whatever GeoNames' alternate
#: names say ("White House" is an alternate name of Casablanca).
BUILDING_WORDS = words(
    """house palace tower hall building square street avenue road bridge airport station port
    harbour harbor church mosque cathedral temple synagogue castle fort base camp centre center
    stadium arena hotel embassy consulate prison hospital museum park gate wall kremlin
    pentagon capitol parliament plaza office"""
)


#: A place written after a facility: "a school in nearby Marneuli", "a refinery outside Lagos".
_IN_PLACE = re.compile(r"\s+(?:in|near|outside)\s+(?:nearby\s+|the\s+)?([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})")


def place_after(arg: Argument, found: Candidate, ctx: ArticleContext | None) -> Candidate | None:
    """The city, country or region written right after the place of a visit that names none
    GeoNames knows ("visited a school in nearby Marneuli", "toured a refinery in Lekki"), as
    the place visited, or None (no such place, or "in Sao Paulo state": a state, not the city)."""
    if ctx is None or not in_text(arg, ctx) or seat_country(arg.text) is not None:
        return None
    from graph.entities.namelists import common_noun

    written = [strip_possessive(w) for w in re.sub(r"^(?:the|The|a|A|an|An)\s+", "", arg.text).split()]
    if not written or not (written[-1].islower() or all(
            w.islower() or common_noun(w) or fold(w) in BUILDING_WORDS or w in ("of", "the") for w in written)):
        return None  # a named place ("Victoria Parade"), not a facility or a generic building
    m = _IN_PLACE.match(ctx.text, arg.end)
    if m is None or re.match(r"\s+(?:state|province|region|district|county)\b", ctx.text[m.end() : m.end() + 12]):
        return None
    name = m.group(1).rstrip(".")
    if person_here(name, ctx):
        return None
    country = find_country(name)
    if country is not None:
        return country_candidate(country, name, f"'{arg.text}' lies in {country.name} (ISO 3166 {country.alpha_2})")
    city = find_city(name, countries=ctx.countries, alternates=False)
    if city is not None:
        return city_candidate(city, name, f"'{arg.text}' lies in GeoNames city {city.geonameid} ({city.name}, {city.country_code})")
    return None


#: Adjectives of the buildings of a state ("the Presidential Palace", "the National Palace").
_STATE_ADJECTIVES = words("presidential royal national imperial grand state government federal central main")


def generic_building(text: str) -> bool:
    """Whether ``text`` names a building every country has one of: a building word as its head
    and only common nouns or a state's adjectives before it ("National Palace", "Presidential
    Palace", "State House"; not "Lusail Palace", "White House" (a seat), "Bute House")."""
    parts = re.sub(r"^(?:the|The)\s+", "", text).split()
    if len(parts) < 2 or fold(parts[-1]) not in BUILDING_WORDS or seat_country(text) is not None:
        return False
    return all(fold(w) in _STATE_ADJECTIVES or fold(w) in BUILDING_WORDS or w in ("of", "the") for w in parts[:-1])


def country_after(arg: Argument, ctx: ArticleContext) -> Country | None:
    """The country of the city or country written right after ``arg`` ("the Presidential
    Palace in Hanoi": Vietnam), or None."""
    m = _IN_PLACE.match(ctx.text, arg.end) if in_text(arg, ctx) else None
    if m is None:
        return None
    name = m.group(1).rstrip(".")
    city = find_city(name, countries=ctx.countries, alternates=False)
    return find_country(name) or (country_by_code(city.country_code) if city is not None else None)


def dateline_country(ctx: ArticleContext) -> Country | None:
    """The country of the article's dateline ("MEXICO CITY (Reuters) -": Mexico), or None."""
    from graph.dateline import parse_dateline

    dateline = parse_dateline(ctx.text)
    if dateline is None:
        return None
    if dateline.region and (country := find_country(dateline.region)) is not None:
        return ctx.settle(country)
    city = find_city(dateline.place, countries=ctx.countries, alternates=False)
    return country_by_code(city.country_code) if city is not None else find_country(dateline.place)
