"""Descriptions that refer back to someone the text named ("the businessman", "all three men"):
when coreference has not resolved them, they are no actor of their own."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extract.base import Argument
from graph.extract.collective import person_collective
from graph.extract.lexicon import ACTOR_NOUNS, GROUP_NOUNS, ORG_HEADS, TITLE_NOUNS, wordnet_class

__all__ = ["anaphoric_person", "beside_names", "generic_class"]


def anaphoric_person(token: Token, lemma: str) -> bool:
    """Whether ``token`` (a person noun, lemma ``lemma``) refers back to persons the text named:
    "the businessman hosted him", a singular definite description with no title and no
    modifier after a person named; "all three men", a counted plural of persons. Unresolved,
    neither is an actor of its own (a group or an institution, "the company", "the army", is)."""
    if token.pos_ != "NOUN":
        return False
    kids = [c.lower_ for c in token.children if c.dep_ != "punct"]
    if token.tag_ != "NNS" and (lemma in wordnet_class("group_nouns") or lemma in ORG_HEADS
                                or lemma in GROUP_NOUNS):
        return False
    if token.tag_ == "NNS":
        # "hosted all three men", "the three presidents": a collective of persons the text named
        # (resolved by :func:`coref.collective` before this), else no actor
        counted = any(c.dep_ == "nummod" and c.like_num for c in token.children)
        return counted and bool({"the", "all", "both"} & set(kids)) and person_collective(lemma)
    # (with no person named before it, "The patriarch granted an audience to X", it is the one)
    return token.tag_ == "NN" and lemma not in TITLE_NOUNS and kids == ["the"] and any(
        e.label_ == "PERSON" and e.end <= token.i for e in token.doc.ents)


#: Children that single out members of a class: "the rebels", "their lawyers", "two suspects",
#: "groups he accused", "militants from Syria", "security forces" (a compound names a body).
_SINGLING = frozenset({"det", "poss", "nummod", "relcl", "acl", "prep", "appos", "quantmod", "compound"})


def generic_class(doc: Doc, arg: Argument) -> bool:
    """Whether ``arg`` (an accused found as a common noun) is a class of people in general, no
    one named: a bare plural with nothing that singles its members out ("blamed the attack on
    bandits", "blamed foreign companies and their local accomplices"), which the annotation rules
    do not count as an actor. Not an institution or a side (``ACTOR_NOUNS``: "police", "rebels",
    "militants"), nor "the smugglers", "Pakistan-based militants", "relief groups he
    accused", "eight suspects"."""
    if arg.via != "noun":
        return False
    span = doc.char_span(arg.start, arg.end)
    if span is None:
        return False
    head = span.root
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lower_ in wordnet_class("group_nouns") \
            or head.lower_ in GROUP_NOUNS or head.lower_ in ACTOR_NOUNS or any(
            t.pos_ == "PROPN" or t.ent_type_ or (t.is_title and not t.is_sent_start) for t in span):
        return False
    kids = [c for c in head.children if c.dep_ in _SINGLING and not (
        c.dep_ == "prep" and c.lower_ in ("of", "for") and not any(
            g.pos_ == "PROPN" or g.ent_type_ for g in c.children))]  # "accused X of lying": the charge
    if kids and head.dep_ == "conj" and all(c.dep_ == "poss" and c.lower_ == "their" for c in kids):
        # "foreign companies and their local accomplices": the accomplices of the class before
        return generic_class(doc, Argument("", head.head.idx, head.head.idx + len(head.head), "", "noun"))
    return not kids


def beside_names(doc: Doc, arg: Argument) -> bool:
    """Whether ``arg`` (a common noun) is coordinated with a name, itself or the group it counts:
    "Okafor, Mensah and a small team of engineers met", where the unnamed are their entourage, no
    party to a meeting of their own."""
    span = doc.char_span(arg.start, arg.end)
    if span is None:
        return False
    head = span.root
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "a team of engineers"
    return any(c.pos_ == "PROPN" for c in head.conjuncts)
