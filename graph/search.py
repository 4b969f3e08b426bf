"""Search keys: the index the named queries look names up in.

Every entity carries one ``ng:searchKey`` literal per run of whole words of each of its names
(``rdfs:label`` and every ``skos:altLabel``), folded: accents dropped, case folded, punctuation
turned into spaces. "Recep Tayyip Erdoğan" gives ``recep``, ``tayyip``, ``erdogan``,
``recep tayyip``, ``tayyip erdogan`` and ``recep tayyip erdogan``. A query parameter folded the
same way is then one exact lookup in the store's index (Oxigraph's POS index, rdflib's
``__pos``) instead of a regular expression over every label: ``actor=Erdoğan``, ``Erdogan`` and
``ERDOGAN`` find the same entity, ``actor=Tayyip Erdogan`` too, a part of a word does not.
A parameter written with an honorific or a head's title, as an article writes it ("Sir Keir",
"Mr Martin", "President Ruto"), is looked up without it (:func:`lookup_key`): names are
indexed without titles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: Letters NFKD does not decompose into a base letter and a combining mark.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h",
                          "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
                          "ð": "d"})
_NOT_WORD = re.compile(r"[\W_]+")
#: A name longer than this many words gets keys for its first this-many-word runs only.
MAX_WORDS = 8


def fold(text: str) -> str:
    """``text`` accent- and case-folded, every run of punctuation or spaces one space
    (``"Erdoğan's"`` → ``"erdogan s"``)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def search_keys(names: Iterable[str]) -> set[str]:
    """Every run of whole words of every folded name (see the module docstring)."""
    keys: set[str] = set()
    for name in names:
        words = fold(name).split()[:MAX_WORDS]
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                keys.add(" ".join(words[i:j]))
    return keys


#: Honorifics and heads' titles written before a name, folded, that no entity's name keeps
#: (titles are dropped from persons' names, see graph.entities.names): "Sir Keir" is looked
#: up as "keir". Source: the honorifics of the BBC and Reuters styles and the titles of heads
#: of state and government.
_LEADING_TITLES = frozenset({"sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "mx", "dr",
                             "president", "prime minister", "senator"})


def lookup_key(text: str) -> str:
    """The search key a query parameter is looked up by: :func:`fold` of ``text`` less the
    honorifics and heads' titles that open it (:data:`_LEADING_TITLES`: ``"Sir Keir"`` →
    ``"keir"``, ``"Prime Minister Sir Keir Starmer"`` → ``"keir starmer"``), as long as a name
    is left and it is no possessive ("Prime Minister's Office" stays whole)."""
    words = fold(text).split()
    while True:
        for n in (2, 1):
            if len(words) > n and " ".join(words[:n]) in _LEADING_TITLES and words[n] != "s":
                words = words[n:]
                break
        else:
            return " ".join(words)
