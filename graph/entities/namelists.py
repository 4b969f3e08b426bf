"""Name lists of the type vote: given names of the world and WordNet common nouns.

Given names: ``graph/entities/data/given_names.txt`` and ``given_names_romanised.txt``, made
from the person providers of Faker (https://github.com/joke2k/faker, MIT licence,
``data/FAKER-LICENSE``) by ``python -m graph.entities.data.make_given_names``, which says which
lists it keeps and how it romanises the Cyrillic, Greek and Georgian ones; ``given_names_world.txt``
by :mod:`graph.entities.data.make_world_names`. Common nouns:
``graph/entities/data/common_nouns.txt``, from Princeton WordNet 3.0 (WordNet License,
``graph/extract/data/WORDNET-LICENSE``) by ``python -m graph.entities.data.make_common_nouns``.
(Split from :mod:`graph.entities.typevote`, which re-exports these names.)
"""

from __future__ import annotations

import functools
from pathlib import Path

from graph.entities.names import PARTICLES, ascii_fold, fold, is_title, words

_GIVEN_NAMES = Path(__file__).parent / "data" / "given_names.txt"
_COMMON_NOUNS = Path(__file__).parent / "data" / "common_nouns.txt"
_ROMANISED = Path(__file__).parent / "data" / "given_names_romanised.txt"
_WORLD = Path(__file__).parent / "data" / "given_names_world.txt"


@functools.cache
def given_names() -> frozenset[str]:
    """Folded given names (``"gustavo"``, ``"friedrich"``), about 13,000 (see the module docstring).

    Raises:
        OSError: the packaged list cannot be read."""
    return frozenset(filter(None, _GIVEN_NAMES.read_text(encoding="utf-8").splitlines()))


@functools.cache
def common_nouns() -> frozenset[str]:
    """Lower-case WordNet nouns of kinds, not individuals (``"trump"``, ``"arsenal"``,
    ``"kurd"``), about 51,000 (``graph/entities/data/common_nouns.txt``, made by
    ``python -m graph.entities.data.make_common_nouns``).

    Raises:
        OSError: the packaged list cannot be read."""
    return frozenset(filter(None, _COMMON_NOUNS.read_text(encoding="utf-8").splitlines()))


def common_noun(word: str) -> bool:
    """Whether ``word`` (any case), or the singular of it, is a common noun (:func:`common_nouns`):
    "Arsenal", "Brotherhood", "Kurds", "Democrats" are; "Meloni", "Yermak" are not."""
    low = ascii_fold(word).lower()
    nouns = common_nouns()
    if low in nouns or (low.endswith("s") and low[:-1] in nouns) or (low.endswith("es") and low[:-2] in nouns):
        return True
    return low.endswith("ies") and low[:-3] + "y" in nouns


@functools.cache
def romanised_given_names() -> frozenset[str]:
    """Given names of other scripts as news romanises them that :func:`given_names` lacks: Faker's
    Cyrillic, Greek and Georgian lists (``"volodymyr"``, ``"andriy"``, ``"sergei"``, about 3,000,
    ``graph/entities/data/given_names_romanised.txt``) and the world's others (``"narendra"``,
    ``"shigeru"``, ``"masoud"``, about 6,900, ``given_names_world.txt``: Faker's Devanagari lists,
    the Japanese readings of ``japanese-personal-name-dataset`` (MIT licence), Wikidata's given
    names of Arabic-script countries (CC0); less common nouns, places and short words; made by
    :mod:`graph.entities.data.make_world_names`). They open a person's name only.

    Raises:
        OSError: a packaged list cannot be read."""
    return frozenset(filter(None, (_ROMANISED.read_text(encoding="utf-8") + "\n"
                                   + _WORLD.read_text(encoding="utf-8")).splitlines()))


def is_given_name(word: str, *, romanised: bool = False) -> bool:
    """Whether ``word`` (any case, accents or not) is a common given name (:func:`given_names`;
    with ``romanised``, also :func:`romanised_given_names`)."""
    low = ascii_fold(word).lower()
    return low in given_names() or (romanised and low in romanised_given_names())


def given_name_list(word: str) -> str:
    """The packaged list that holds ``word`` as a given name (a path), or "" if none does."""
    low = ascii_fold(word).lower()
    if low in given_names():
        return "graph/entities/data/given_names.txt"
    if low in romanised_given_names():
        world = low not in frozenset(_ROMANISED.read_text(encoding="utf-8").split())
        return f"graph/entities/data/given_names_{'world' if world else 'romanised'}.txt"
    return ""

#: First words of companies' names that some name list also holds as given names (Azerbaijani
#: "Röyal"): never a given name here (hand list).
_COMPANY_OPENERS = words("royal imperial united general national urban meta")


def _given_first(first: str) -> bool:
    return is_given_name(first, romanised=True) and fold(first) not in _COMPANY_OPENERS and not is_title(first)


def _common_noun(word: str) -> bool:
    """Whether ``word`` in lower case (or without a plural s) is a WordNet noun of acts, events,
    states or places ("Allegations", "Forum", "Airport"): no surname for the vote by
    a given name alone (see :func:`graph.extract.lexicon.wordnet_class`)."""
    from graph.extract.lexicon import wordnet_class

    low = word.lower()
    if len(low) < 4 or low in PARTICLES:  # "Le" of "Marine Le Pen"
        return False
    forms = {low, low[:-1]} if low.endswith("s") else {low}
    return any(f in wordnet_class(k) for f in forms for k in ("abstract_nouns", "place_nouns", "source_nouns"))

