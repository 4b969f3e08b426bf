"""What stands before or inside a person's name as written but is not the name: an occupation
("Actor Harrison Ford"), an office ("Secretary of Homeland Security Kristi Noem"), and a title
word that is a name part ("Hassan Sheikh Mohamud"). Used by
:func:`graph.entities.names.person_name` (which this module imports only inside functions), and
:func:`office_words_cut` by :mod:`graph.entities.context` (the office after a title's "of":
"Director of Public Prosecutions Renson Ingonga")."""

from __future__ import annotations


def occupation_before_name(tokens: list[str]) -> bool:
    """'Actor Harrison Ford', 'Singer Taylor Swift', '(envoy to) Ukraine Kurt Volker': a
    capitalised noun of a person (WordNet's noun.person by its first sense,
    ``graph/extract/data/agent_nouns.txt``) or a country's name that is no common given name
    ("Chad Michael Murray", "Jordan ..." stay), before a given name and at least one more name
    word, is a description."""
    from graph.entities.names import fold

    if len(tokens) < 3 or not tokens[0][:1].isupper() or not tokens[1][:1].isupper():
        return False
    from graph.entities.places import find_country
    from graph.entities.typevote import is_given_name  # here: typevote imports this module
    from graph.extract.lexicon import wordnet_class

    word = fold(tokens[0])
    return ((word in wordnet_class("agent_nouns") or find_country(tokens[0]) is not None)
            and not is_given_name(word) and is_given_name(tokens[1], romanised=True))


def office_before_name(tokens: list[str]) -> bool:
    """'Homeland Security Kristi Noem' (of "Secretary of Homeland Security Kristi Noem"),
    'Interior Ministry spokesman ...': capitalised common nouns (WordNet, none of them a given
    name) before a given name and at least one more name word are the office, not the name.
    Family-name-first names are left alone ("Sun ..." of Chinese names)."""
    from graph.entities.namelists import common_noun, is_given_name
    from graph.entities.names import SURNAME_FIRST, fold

    if len(tokens) < 3 or fold(tokens[0]) in SURNAME_FIRST:
        return False

    for j in range(1, len(tokens) - 1):
        if is_given_name(tokens[j], romanised=True):
            return all(t[:1].isupper() and common_noun(t) and not is_given_name(t, romanised=True)
                       for t in tokens[:j])
    return False


def name_part_title(tokens: list[str], k: int) -> bool:
    """Whether the title word ``tokens[k]`` is part of the name, after a given name that
    follows no title: "Hassan Sheikh Mohamud" (Somali names), not "President Sheikh ...".
    """
    from graph.entities.namelists import is_given_name
    from graph.entities.names import is_title

    if k < 1 or not tokens[k - 1][:1].isupper() or is_title(tokens[k - 1]) or k + 1 >= len(tokens):
        return False

    return is_given_name(tokens[k - 1], romanised=True) and (k < 2 or is_title(tokens[k - 2])
                                                             or not tokens[k - 2][:1].isupper())


def office_words_cut(seg: list[str]) -> list[str]:
    """``seg`` (words after a title's "of") without the capitalised common nouns (WordNet, no
    given name, no country or demonym) that open it, keeping two words at least: "Public
    Prosecutions Renson Ingonga" → "Renson Ingonga"."""
    from graph.entities.namelists import common_noun, is_given_name
    from graph.entities.names import strip_possessive
    from graph.entities.places import find_country, find_demonym

    def office_word(word: str) -> bool:
        bare = strip_possessive(word)
        return word[:1].isupper() and common_noun(word) and not is_given_name(word, romanised=True) \
            and find_country(bare) is None and find_demonym(bare) is None

    i = 0
    while len(seg) - i > 2 and office_word(seg[i]):
        i += 1
    return seg[i:] if i else seg
