"""Double surnames within one article ("Claudia Sheinbaum Pardo ... Sheinbaum")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from graph.entities.names import (
    NAME_PARTICLES,
    PersonName,
    ascii_fold,
    fold,
    is_suffix,
    is_title,
    person_name,
)

if TYPE_CHECKING:
    from graph.entities.context import NamedPerson



def double_surnames(persons: Iterable[NamedPerson], folded: str) -> dict[str, PersonName]:
    """Key of a name of a given name and two surnames → the name without the second surname,
    for each such person (``persons``, named in full in the article) whom the article ``folded``
    (its text, accents folded) also calls by the first surname alone ("Sheinbaum", not followed
    by "Pardo" nor preceded by "Claudia"), when no other person named in full in the article
    holds that word (but "Claudia Sheinbaum" may):
    "Claudia Sheinbaum Pardo" is then keyed as "Claudia Sheinbaum", as the person is known
    elsewhere. A hyphenated second surname counts ("Pedro Sánchez Pérez-Castejón"), a middle
    word with a particle or hyphen does not ("Saif al-Islam Qaddafi")."""
    persons = list(persons)
    out: dict[str, PersonName] = {}
    for p in persons:
        parts = p.name.full.split()
        if len(parts) != 3 or p.name.surname_first or p.name.patronymic or p.name.initials \
                or any(fold(w) in NAME_PARTICLES or is_suffix(w) or is_title(w) for w in parts) or "-" in parts[1]:
            continue
        given, first, second = (ascii_fold(w) for w in parts)
        alone = next((m for m in re.finditer(
            rf"(?<![\w-]){re.escape(first)}(?!['\w-])(?!\s+{re.escape(second)}\b)", folded)
            if not folded[: m.start()].rstrip().endswith(given)), None)
        short = person_name(f"{parts[0]} {parts[1]}")
        if alone is None or short is None or any(
                q.name.full != p.name.full and fold(parts[1]) in q.name.parts and q.name.given
                and q.name.surname_key != short.surname_key for q in persons):
            continue
        out[p.name.key] = short
    return out
