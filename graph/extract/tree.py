"""Walks of the dependency tree that need no argument: conjuncts, prepositional objects,
passive agents, light verbs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from graph.extract.lexicon import LIGHT_VERBS


def conjuncts(token: Token) -> Iterator[Token]:
    """``token`` and the tokens coordinated with it ("X and Y")."""
    yield token
    yield from token.conjuncts
    doc = token.doc
    if token.pos_ == "PROPN" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
            and not token.whitespace_ and not doc[token.i + 1].whitespace_ \
            and doc[token.i + 2].head == token and doc[token.i + 2].dep_ == "appos":
        # "King Willem-Alexander and Queen Maxima": the parser hangs the "and" on the hyphenated
        # name's second half
        yield from doc[token.i + 2].conjuncts


def pobjs(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the prepositions ``preps`` attached to ``token`` (through "of"-less chains)."""
    wanted = set(preps)
    out: list[Token] = []
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in wanted:
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
            # "charges against Conrad Black and his deputy, David Radler, moving to bar ...": the
            # parser makes the object the subject of a following participle
            out.extend(s for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                       for s in g.children if s.dep_ == "nsubj" and s.left_edge.i == c.i + 1
                       and s.pos_ in ("PROPN", "NOUN"))
    return out



def agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb ("was accused by X")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def is_passive(verb: Token) -> bool:
    """True when ``verb`` is a passive form ("was accused", "accused by")."""
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl")



def light_verb(noun: Token) -> Token | None:
    """The light verb whose object ``noun`` is ("held talks", "engaged in talks"), if any."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "into"):
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in LIGHT_VERBS else None


def governing_verb(token: Token, *, steps: int | None = None) -> Token:
    """The first verb (or auxiliary) at or above ``token`` in the tree, going up at most
    ``steps`` heads (no limit with None); where the walk stops (the root, or the limit) when
    none is met: the clause a nominal trigger ("talks", "the blame") hangs in."""
    verb = token
    taken = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and (steps is None or taken < steps):
        verb = verb.head
        taken += 1
    return verb
