"""Names the parser cut or joined wrongly in coordinations and titles ("Rashid Karimov and Dmytro
Kovalenko" with one name hung on the other, "Chairman and Chief Executive Bruce Nelson", a title
cut from the name it titles): used by :func:`graph.extract.syntax.arguments`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extract.base import Argument
from graph.extract.lexicon import TITLE_NOUNS
from graph.extract.spans import entity_span, is_title

__all__ = ["and_then_name", "coordinated_title", "title_with_name", "unlabelled_name"]


def and_then_name(mod: Token, tok: Token) -> bool:
    """True when ``mod``'s name is followed by its "and" and then by the name ``tok`` ends
    (proper nouns only): "Rashid Karimov and Dmytro Kovalenko" with "Karimov" hung on
    "Kovalenko"."""
    doc = mod.doc
    after = mod.i + 1
    if after + 1 > tok.i or doc[after].lower_ != "and" or doc[after].head != mod:
        return False
    return all(t.pos_ == "PROPN" or t.text == "-" for t in doc[after + 1 : tok.i + 1]) and (
        mod.pos_ == "PROPN")


def coordinated_title(tok: Token) -> bool:
    """True when ``tok`` is a lone untyped capitalised word coordinated with the titles before a
    person's name ("Chairman and Chief Executive Bruce Nelson", "President and CEO X"): a title
    of that person, not another party."""
    if tok.ent_type_ or tok.pos_ != "PROPN" or any(
            c.dep_ in ("compound", "nmod", "amod", "det", "poss") for c in tok.lefts):
        return False
    doc = tok.doc
    for other in tok.conjuncts:
        if other.i <= tok.i or other.ent_type_ != "PERSON":
            continue
        ent = entity_span(other)
        between = doc[tok.i + 1 : ent.start if ent is not None else other.i]
        if len(between) >= 2 and between[0].lower_ == "and" and all(
                t.pos_ == "PROPN" and not t.ent_type_ for t in between[1:]):
            return True
    return False


def unlabelled_name(mod: Token) -> bool:
    """True when ``mod`` ends a name of two or more proper nouns that the model left out of every
    entity, with no title among them and nothing coordinated with it ("Sofia Marin")."""
    words = [c for c in mod.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    return not mod.ent_type_ and bool(words) and not is_title(mod) and not any(
        is_title(w) or w.ent_type_ for w in words) and not any(c.dep_ == "conj" for c in mod.children)


def title_with_name(arg: Argument, doc: Doc) -> Argument:
    """'Foreign Minister' as an argument of its own when the name follows it ("... and Saudi
    Foreign Minister Adel al-Jubeir", cut by the parser): the name it titles."""
    if arg.via != "name" or arg.label:
        return arg
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in span):
        return arg
    if not (span[-1].lemma_.lower() in TITLE_NOUNS or span[-1].lower_ in TITLE_NOUNS):
        return arg
    if span.end >= len(doc) or doc[span.end].ent_type_ != "PERSON":
        return arg
    name = entity_span(doc[span.end])
    if name is None:
        return arg
    return Argument(name.text, name.start_char, name.end_char, "PERSON", "name")


