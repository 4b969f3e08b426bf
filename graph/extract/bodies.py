"""Arguments named through someone else (split out of :mod:`graph.extract.syntax`, kept under
the project's 500-line guideline): "the mayor's office", "her party" for the party on her title,
and a person noun before a name the model typed a work of art."""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import coref
from graph.extract.base import Argument
from graph.extract.lexicon import is_agent_noun
from graph.extract.spans import entity_span, span_argument

__all__ = ["described_person", "held_office", "own_party"]


def held_office(token: Token) -> Argument | None:
    """'the mayor's office', "Peru's public prosecutor's office": an office with a possessor and
    no modifier of its own is a body named by its holder (the whole phrase, not a bare
    "office"); ``None`` otherwise."""
    if token.lemma_.lower() != "office" or token.tag_ != "NN" or any(
            c.dep_ in ("amod", "compound") for c in token.children):
        return None  # ("hosts Hamas's political office": premises, not the holder's body)
    owner = [c for c in token.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    return span_argument(token.doc, owner[0].left_edge.i, token.i + 1, "", "noun") if owner else None


def own_party(token: Token) -> Argument | None:
    """'The Greens senator Louise Kerr said her party had met ...': "his/her party" is the party
    named as a modifier of the title of the person the pronoun refers to; ``None`` otherwise."""
    if token.lemma_.lower() != "party" or token.tag_ != "NN":
        return None
    poss = [c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
    person = coref.pronoun(poss[0]) if poss else None
    name = token.doc.char_span(person.start, person.end) if person is not None else None
    if name is None:
        return None
    titles = [*name.root.lefts, *([name.root.head] if name.root.dep_ == "appos" else [])]
    for mod in titles:  # ("the Greens councillor, Ruth Adams": the name in apposition to it)
        for t in mod.lefts:  # the modifiers of the title before the name
            if t.dep_ not in ("compound", "amod") or t.i >= name.start:
                continue
            ent = entity_span(t) if t.ent_type_ in ("NORP", "ORG") else None
            if ent is not None and ent.end <= name.start:
                return span_argument(token.doc, ent.start, ent.end, "ORG", "description")
            if t.pos_ == "PROPN" and not t.ent_type_ and not is_agent_noun(t.lower_):
                return span_argument(token.doc, t.i, t.i + 1, "ORG", "description")  # "Labour MP X"
    return None


def described_person(token: Token) -> Argument | None:
    """'Opposition politician Nika Melia', typed a work of art, product or event: a person the
    noun before it describes (the proper nouns of the name only); ``None`` otherwise."""
    if token.ent_type_ not in ("WORK_OF_ART", "PRODUCT", "EVENT") or not any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i and is_agent_noun(c.lemma_.lower())
            for c in token.children):
        return None
    names = [c.i for c in token.lefts if c.pos_ == "PROPN" and c.dep_ == "compound"]
    return span_argument(token.doc, min(names, default=token.i), token.i + 1, "PERSON")
