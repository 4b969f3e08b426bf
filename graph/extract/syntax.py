"""Syntax helpers shared by the rule extractors: argument spans, pronouns, modality."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from graph.extract.base import Argument

#: spaCy entity labels that can name an actor or a place.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})

#: Words that, governing an event verb, make it planned, wished, refused or otherwise unreal.
IRREALIS_GOVERNORS = frozenset(
    ["plan", "set", "expect", "schedule", "hope", "want", "wish", "intend", "seek", "aim", "offer", "promise", "propose", "refuse", "decline", "cancel", "postpone", "delay", "fail", "try", "attempt", "invite", "urge", "ask", "call", "consider", "prepare", "threaten", "pledge", "vow", "insist", "demand", "agree", "due", "likely", "able", "going"]
)
MODAL_AUX = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll", "wo", "ca"})
IRREALIS_NOUN_MODIFIERS = frozenset(
    {"planned", "upcoming", "proposed", "possible", "future", "scheduled", "expected",
     "potential", "forthcoming", "cancelled", "canceled", "postponed", "prospective", "next"}
)
CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether"})


def entity_span(token: Token) -> Span | None:
    """The named-entity span of an actor or place that ``token`` belongs to, if any."""
    if token.ent_type_ in NAME_LABELS:
        doc = token.doc
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    return None


def proper_span(token: Token) -> Span | None:
    """A proper-noun phrase headed by ``token`` (compounds included) when NER missed it."""
    if token.pos_ != "PROPN":
        return None
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("compound", "flat") and child.pos_ == "PROPN":
            left = min(left, child.left_edge.i)
    return token.doc[left : token.i + 1]


def _trim(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive marker."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end]


def antecedent(token: Token) -> Span | None:
    """The nearest earlier PERSON entity for a singular personal pronoun."""
    if token.lower_ not in PERSON_PRONOUNS:
        return None
    best: Span | None = None
    for ent in token.doc.ents:
        if ent.end > token.i:
            break
        if ent.label_ == "PERSON":
            best = ent
    return best


def argument(token: Token, *, places: bool = False) -> Argument | None:
    """The argument named by ``token`` (a subject, object or prepositional object head).

    Tries, in order: the entity the token is part of; an apposition that is an entity
    ("the director ..., Sergei Naryshkin,"); a proper-noun phrase; a pronoun's antecedent.
    """
    span = entity_span(token)
    via = "name"
    if span is None and token.pos_ == "NOUN":
        # "the director of Russia's Foreign Intelligence Service, Sergei Naryshkin, ..."
        for child in token.subtree:
            if child.dep_ == "appos" and child.head.i >= token.i:
                found = entity_span(child) or proper_span(child)
                if found is not None and (found.label_ in ("PERSON", "") or child.head is token):
                    span = found
                    break
    if span is None:
        span = proper_span(token)
    if span is None and token.pos_ == "PRON":
        span = antecedent(token)
        via = "pronoun"
    if span is None:
        return None
    if places and span.label_ and span.label_ not in PLACE_LABELS and token.pos_ != "PROPN":
        return None
    label = span.label_
    span = _trim(span)
    if not span.text.strip():
        return None
    return Argument(span.text, span.start_char, span.end_char, label, via)


def conjuncts(token: Token) -> Iterator[Token]:
    """``token`` and the tokens coordinated with it ("X and Y")."""
    yield token
    yield from token.conjuncts


def subjects(verb: Token) -> list[Token]:
    """Active subjects of ``verb``, following xcomp/conj chains up to an inherited subject."""
    current: Token | None = verb
    while current is not None:
        found = [c for c in current.children if c.dep_ in ("nsubj",)]
        if found:
            return [t for s in found for t in conjuncts(s)]
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head is not current:
            current = current.head
        else:
            current = None
    return []


def is_irrealis(trigger: Token) -> bool:
    """True when the event of ``trigger`` is negated, modal, planned, conditional or wished."""
    token = trigger
    for _ in range(6):
        for child in token.children:
            if child.dep_ == "neg":
                return True
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODAL_AUX:
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKERS:
                return True
            if child.dep_ == "amod" and child.lower_ in IRREALIS_NOUN_MODIFIERS:
                return True
        if token.dep_ in ("xcomp", "pobj", "dobj", "nsubj", "prep", "pcomp", "acl", "advcl", "ccomp") \
                and token is not trigger and token.lemma_ in IRREALIS_GOVERNORS and token.pos_ in ("VERB", "ADJ", "AUX"):
            return True
        head = token.head
        if head is token:
            break
        if token.dep_ == "xcomp" and head.lemma_ in IRREALIS_GOVERNORS:
            return True
        if token.dep_ not in ("xcomp", "pobj", "dobj", "prep", "pcomp", "conj", "nsubj", "nsubjpass"):
            break
        token = head
    return False


def sentence_of(doc: Doc, token: Token) -> Span:
    """The sentence that holds ``token``."""
    return token.sent
