"""An acronym and the full name it abbreviates in one article without brackets ("The Athletics
Integrity Unit on Wednesday charged ... Morrell's coach blamed the AIU"): one organisation.

The bracket rule (:class:`graph.entities.context.ArticleContext`, "Foreign Intelligence
Service (SVR)") needs the acronym written beside its name; news often defines neither. Here the
guard is strict, since a wrong merge is worse than two nodes: the acronym is all capitals, 2 to
6 letters; the name is a run of capitalised words of one sentence whose content words' initials
are exactly the acronym (connectors "of", "for", "and", "on", "in", "the", "&" skipped, each part
of a hyphenated word counted as :func:`graph.entities.review.initials` does), one of whose words
is a noun of organisations (:func:`names_an_organisation`); and no other distinct name of the
article has those initials.
"""

from __future__ import annotations

import re

from graph.entities.names import ORGANISATION_WORDS, fold, words
from graph.entities.places import find_country
from graph.extract.lexicon import wordnet_class

#: Connectors inside an organisation's name that an acronym skips.
_CONNECTORS = frozenset({"of", "for", "and", "&", "on", "in", "the", "de", "du", "des", "la", "le", "against"})
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Words with a capital letter, and the connectors that may stand between them; anything else
#: (punctuation but a hyphen, a lower-case word, a line break) ends a run.
_TOKEN = re.compile(r"[A-Za-z][\w'\u2019.-]*|&|[^\sA-Za-z]")
_OPENERS = frozenset({"the", "a", "an"})
#: Heads of organisations WordNet's social groups lack.
_MORE_HEADS = words("unit agence taskforce task-force cell desk squad")


def names_an_organisation(name: str, organisations: frozenset[str] = frozenset()) -> bool:
    """Whether ``name`` reads as an organisation's: the recogniser labelled it so in the
    article (``organisations``, folded), or one of its words is a noun of organisations
    (WordNet's social groups, :data:`graph.entities.names.ORGANISATION_WORDS`, "Unit"): not a
    person's name ("Alexandria Ocasio-Cortez" is no expansion of "AOC")."""
    if fold(name) in organisations:
        return True
    heads = wordnet_class("group_nouns") | ORGANISATION_WORDS | _MORE_HEADS
    return any(fold(w) in heads for w in name.split())


def _runs(text: str) -> list[list[str]]:
    """Runs of capitalised words (with connectors inside) of ``text``, within sentences."""
    runs: list[list[str]] = []
    current: list[str] = []
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        gap = text[m.start() - 1 : m.start()] if m.start() else " "
        if current and gap not in (" ", "\t"):  # a line break or punctuation glued before
            runs.append(current)
            current = []
        if tok[:1].isupper() or (current and fold(tok) in _CONNECTORS):
            current.append(tok.rstrip(".'\u2019s") if tok.endswith(("'s", "\u2019s")) else tok.rstrip("."))
            if tok.endswith((".", "'s", "\u2019s")) and not re.fullmatch(r"(?:[A-Z]\.)+", tok):
                runs.append(current)
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _initials(words: list[str]) -> str:
    letters = []
    for word in words:
        if fold(word) in _CONNECTORS:
            continue
        for part in word.split("-"):
            if part[:1].isalpha() and part[:1].isupper():
                letters.append(part[0])
    return "".join(letters)


def spelled_out(acronym: str, text: str, organisations: frozenset[str] = frozenset()) -> str | None:
    """The one name of ``text`` (an article) whose initials are exactly ``acronym``, as written
    (without a leading "The"), or None: when ``acronym`` is no all-capital run of 2-6 letters,
    is a country's code or name ("US", "UK"), is not itself written in ``text`` as a word, or
    when no name or several distinct names of the article fit, or the one that fits does not
    read as an organisation's (:func:`names_an_organisation`; ``organisations``: the names the
    recogniser labelled organisations in the article, folded).

    ``spelled_out("AIU", "The Athletics Integrity Unit charged him. He blamed the AIU.")`` →
    ``"Athletics Integrity Unit"``.
    """
    if not _ACRONYM.fullmatch(acronym) or find_country(acronym) is not None:
        return None
    if re.search(rf"(?<![\w-]){acronym}(?![\w-])", text) is None:
        return None
    n = len(acronym)
    found: dict[str, str] = {}
    for run in _runs(text):
        for i, first in enumerate(run):
            if fold(first) in _CONNECTORS or first.isupper():
                continue  # a name opens with a content word, and not with another acronym
            for j in range(i + 1, len(run)):
                last = run[j]
                if fold(last) in _CONNECTORS:
                    continue
                letters = _initials(run[i : j + 1])
                if len(letters) > n:
                    break
                if letters == acronym and j > i:
                    name = " ".join(run[i : j + 1])
                    found.setdefault(fold(name), name)
    if len(found) != 1:
        return None
    name = next(iter(found.values()))
    return name if names_an_organisation(name, organisations) else None
