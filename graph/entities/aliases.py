"""The alias file: a small TOML file in which a user pins a merge or a split.

Example::

    # every listed name is one entity
    [[entity]]
    names = ["SVR", "Foreign Intelligence Service", "Sluzhba Vneshney Razvedki"]
    type = "organisation"      # person, organisation, country, city, place or actor
    id = "svr"                 # optional: the IRI becomes .../id/organisation/svr
    label = "Foreign Intelligence Service"   # optional preferred label
    country = "RU"             # optional ISO 3166 alpha-2 code
    geonames = 625144          # optional GeoNames id (owl:sameAs)

    # every listed name stays an entity of its own, never merged with its variants
    [[split]]
    names = ["Sergio Mattarella"]

Names are matched after folding (case, accents, possessives and a leading article ignored).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from graph.entities.names import fold, slug
from graph.entities.places import country_by_code
from graph.errors import NewsgraphError


class AliasError(NewsgraphError):
    """The alias file is missing, not TOML, or holds an unknown key, type or a name twice."""


#: Entity types an alias entry may name.
ALIAS_TYPES: tuple[str, ...] = ("person", "organisation", "country", "city", "place", "actor")
_ENTITY_KEYS = frozenset({"names", "type", "id", "label", "country", "geonames"})
_SPLIT_KEYS = frozenset({"names"})


@dataclass(frozen=True)
class PinnedEntity:
    """One ``[[entity]]`` entry: names that are one entity."""

    names: tuple[str, ...]
    type: str
    id: str
    label: str
    country: str | None = None
    geonames: int | None = None
    explicit_id: bool = False

    @property
    def path(self) -> str:
        """The IRI path: the given ``id``; else a place by its GeoNames id, a country by its
        ISO code (the IRIs the data-derived entities get), or the type and a slug of the first name."""
        if not self.explicit_id and self.geonames and self.type in ("city", "place"):
            return f"place/{self.geonames}"
        if not self.explicit_id and self.country and self.type == "country":
            return f"country/{self.country.lower()}"
        return f"{self.type}/{self.id}"


@dataclass
class Aliases:
    """The pinned merges and splits of an alias file, keyed by folded name."""

    pinned: dict[str, PinnedEntity] = field(default_factory=dict)
    split: set[str] = field(default_factory=set)
    origin: str = ""

    def entity_for(self, name: str) -> PinnedEntity | None:
        """The pinned entity ``name`` belongs to, if any."""
        return self.pinned.get(fold(name))

    def is_split(self, name: str) -> bool:
        """Whether ``name`` must stay an entity of its own."""
        return fold(name) in self.split


def _names(entry: dict[str, object], where: str) -> tuple[str, ...]:
    names = entry.get("names")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
        raise AliasError(f"{where}: 'names' must be a non-empty list of names")
    return tuple(n.strip() for n in names)


def parse_aliases(data: dict[str, object], *, origin: str = "aliases") -> Aliases:
    """Check and index the parsed TOML of an alias file.

    Raises:
        AliasError: an unknown table or key, an unknown type, a bad value, or a name listed twice.
    """
    unknown = set(data) - {"entity", "split"}
    if unknown:
        raise AliasError(f"{origin}: unknown table(s) {sorted(unknown)}; available: entity, split")
    aliases = Aliases(origin=origin)
    seen: dict[str, str] = {}

    def claim(name: str, where: str) -> str:
        key = fold(name)
        if key in seen:
            raise AliasError(f"{where}: name {name!r} is already listed in {seen[key]}")
        seen[key] = where
        return key

    entries = data.get("entity", [])
    if not isinstance(entries, list):
        raise AliasError(f"{origin}: 'entity' must be an array of tables ([[entity]])")
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}: entity #{number}"
        if not isinstance(entry, dict):
            raise AliasError(f"{where}: not a table")
        bad = set(entry) - _ENTITY_KEYS
        if bad:
            raise AliasError(f"{where}: unknown key(s) {sorted(bad)}; available: {', '.join(sorted(_ENTITY_KEYS))}")
        names = _names(entry, where)
        etype = entry.get("type", "actor")
        if etype not in ALIAS_TYPES:
            raise AliasError(f"{where}: unknown type {etype!r}; available: {', '.join(ALIAS_TYPES)}")
        country = entry.get("country")
        if country is not None and not (isinstance(country, str) and len(country) == 2 and country.isalpha()):
            raise AliasError(f"{where}: 'country' must be an ISO 3166 alpha-2 code such as 'BY'")
        geonames = entry.get("geonames")
        if geonames is not None and (not isinstance(geonames, int) or isinstance(geonames, bool) or geonames <= 0):
            raise AliasError(f"{where}: 'geonames' must be a positive GeoNames id")
        label = entry.get("label", names[0])
        ident = entry.get("id", slug(names[0]))
        if not isinstance(label, str) or not isinstance(ident, str) or not slug(ident) == ident:
            raise AliasError(f"{where}: 'label' must be text and 'id' a slug of a-z, 0-9 and '-'")
        if country is not None and country_by_code(country) is None:
            raise AliasError(f"{where}: unknown ISO 3166 country code {country!r}")
        pinned = PinnedEntity(names, str(etype), ident, label, country.upper() if country else None, geonames,
                              explicit_id="id" in entry)
        for name in names:
            aliases.pinned[claim(name, where)] = pinned
    splits = data.get("split", [])
    if not isinstance(splits, list):
        raise AliasError(f"{origin}: 'split' must be an array of tables ([[split]])")
    for number, entry in enumerate(splits, start=1):
        where = f"{origin}: split #{number}"
        if not isinstance(entry, dict):
            raise AliasError(f"{where}: not a table")
        bad = set(entry) - _SPLIT_KEYS
        if bad:
            raise AliasError(f"{where}: unknown key(s) {sorted(bad)}; available: names")
        for name in _names(entry, where):
            aliases.split.add(claim(name, where))
    return aliases


def load_aliases(path: str | Path) -> Aliases:
    """Read an alias file.

    Raises:
        AliasError: the file is missing or unreadable, is not valid TOML, or does not follow the format.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AliasError(f"{path}: no such alias file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AliasError(f"{path}: cannot read alias file ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise AliasError(f"{path}: not valid TOML ({exc})") from None
    return parse_aliases(data, origin=str(path))
