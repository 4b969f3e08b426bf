"""Descriptions that refer back to someone the text named ("the businessman", "all three men"):
when coreference has not resolved them, they are no actor of their own."""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.collective import person_collective
from graph.extract.lexicon import GROUP_NOUNS, ORG_HEADS, TITLE_NOUNS, wordnet_class

__all__ = ["anaphoric_person"]


def anaphoric_person(token: Token, lemma: str) -> bool:
    """Whether ``token`` (a person noun, lemma ``lemma``) refers back to persons the text named:
    "the businessman hosted him", a singular definite description with no title and no
    modifier after a person named; "all three men", a counted plural of persons. Unresolved,
    neither is an actor of its own (a group or an institution, "the company", "the army", is)."""
    if token.pos_ != "NOUN" or lemma in wordnet_class("group_nouns") or lemma in ORG_HEADS \
            or lemma in GROUP_NOUNS:
        return False
    kids = [c.lower_ for c in token.children if c.dep_ != "punct"]
    if token.tag_ == "NNS":
        # "hosted all three men", "the three presidents": a collective of persons the text named
        # (resolved by :func:`coref.collective` before this), else no actor
        counted = any(c.dep_ == "nummod" and c.like_num for c in token.children)
        return counted and bool({"the", "all", "both"} & set(kids)) and person_collective(lemma)
    # (with no person named before it, "The patriarch granted an audience to X", it is the one)
    return token.tag_ == "NN" and lemma not in TITLE_NOUNS and kids == ["the"] and any(
        e.label_ == "PERSON" and e.end <= token.i for e in token.doc.ents)
