"""Parts of ``agreed`` split out of :mod:`graph.extract.agreements` (kept under the project's
500-line limit): the proposer of an offer one accepts, and two countries joined by a hyphen in
an agreement's modifier ("the U.S.-Greek bases accord")."""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.base import Argument
from graph.extract.gazetteer import is_known_place
from graph.extract.syntax import arguments
from graph.extract.tree import agents, pobjs


def proposers(verb: Token, offers: list[Token]) -> list[Argument]:
    """Who made the offers, proposals or requests ``verb`` accepts: "X's offer", "a U.S.
    request", "the offer from X" (also with "from X" hung on the verb right after the offer's
    phrase: "approved the takeover offer from X on Friday"), "the proposal put forward by X"."""
    hung = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
            and any(c.i == o.right_edge.i + 1 for o in offers) for g in c.children if g.dep_ == "pobj"]
    return arguments([c for o in offers for c in o.children if c.dep_ == "poss"
                      or (c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "GPE", "NORP"))]
                     + [g for o in offers for g in pobjs(o, ("of", "from", "by"))] + hung
                     # "the proposal put forward by Egypt and Qatar"
                     + [g for o in offers for a in o.children if a.dep_ == "acl"
                        and a.tag_ == "VBN" for g in agents(a)])


def hyphen_pair(noun: Token) -> list[Argument]:
    """'the U.S.-Greek bases accord', 'the Iran-Iraq ceasefire': two countries joined by a hyphen
    in a modifier of an agreement noun are its parties."""
    doc = noun.doc
    for i in range(noun.left_edge.i, noun.i - 2):
        a, dash, b = doc[i], doc[i + 1], doc[i + 2]
        if dash.text == "-" and not a.whitespace_ and not dash.whitespace_ and \
                country_like(a.text) and country_like(b.text):
            return [Argument(a.text, a.idx, a.idx + len(a), "GPE", "name"),
                    Argument(b.text, b.idx, b.idx + len(b), "GPE", "name")]
    for child in doc[noun.left_edge.i : noun.i]:  # its modifiers ("a U.S.-Japan chip pact",
        # the first hung on the article by the parser)
        if child.dep_ not in ("compound", "amod", "nmod", "dep") or "-" not in child.text:
            continue
        left, _, right = child.text.partition("-")
        if left and right and all(country_like(p) for p in (left, right)):
            start = child.idx
            return [Argument(left, start, start + len(left), "GPE", "name"),
                    Argument(right, start + len(left) + 1, start + len(child.text), "GPE", "name")]
    return []


def country_like(word: str) -> bool:
    """A country or its adjective: "U.S.", "Greek", "Iraq": a known place (ISO 3166, GeoNames),
    or a capitalised adjective ending like a demonym."""
    from graph.entities.places import find_demonym  # here: the country tables load on first use

    if word in ("U.S.", "US", "UK", "EU", "U.K.", "UN"):
        return True
    return is_known_place(word) or find_demonym(word) is not None or (word[:1].isupper() and word.endswith(
        ("ian", "ese", "ish", "ic", "ean", "an", "i")) and len(word) > 3)
