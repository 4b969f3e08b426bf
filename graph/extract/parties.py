"""Common-noun phrases that name a party by what their words say of them (issue 11, kind 1):
a group noun a nationality or an owner names ("Ukrainian special services", "the Turkish
side"), people "from" a named country or organisation ("mediators from Egypt and Qatar").
Split out of :mod:`graph.extract.syntax` (kept under the project's 500-line limit)."""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.base import Argument
from graph.extract.lexicon import (
    NON_VISITOR_NOUNS,
    is_agent_noun,
    is_owned_group_noun,
    wordnet_class,
)
from graph.extract.spans import noun_phrase, span_argument
from graph.extract.tree import agents, pobjs


def sent_from(token: Token) -> bool:
    """'Mediators from Egypt and Qatar', 'envoys from Norway': people who act for others (WordNet's
    ``representative_nouns``, plural) "from" a named country or organisation act for it, like the
    group nouns of :data:`GROUP_NOUNS`; not "teachers from Ohio" nor "refugees from Syria"."""
    return token.tag_ == "NNS" and token.lemma_.lower() in wordnet_class("representative_nouns") \
        and token.lower_ not in NON_VISITOR_NOUNS and any(
        p.ent_type_ in ("GPE", "ORG", "NORP") for p in pobjs(token, ("from",)))


def owned_group(token: Token) -> Argument | None:
    """A common-noun phrase that names a party because a nationality, a country or an
    organisation says whose group it is ("Ukrainian special services", "the Israeli side",
    "Iran's security establishment"): the head is a social group by some WordNet sense
    (:func:`is_owned_group_noun`); ``None`` otherwise. Used where the slot itself asks for an
    actor (whom one accuses or blames), since by itself such a noun is often no party."""
    if token.pos_ != "NOUN" or not is_owned_group_noun(token.lemma_.lower()) or not named_owner(token) \
            or pobjs(token, ("of",)):
        return None  # (not "the Russian side of the border")
    start, end = noun_phrase(token)
    return span_argument(token.doc, start, end, "", "noun")


def named_owner(token: Token) -> bool:
    """True when a nationality, a country or an organisation says whose ``token`` is: an
    adjective or compound typed NORP/GPE/ORG ("Ukrainian special services", "the Hamas
    leadership") or a named possessor ("Iran's security establishment"); not a person's
    ("Biden's side") nor a pronoun's."""
    for c in token.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG"):
            return True
        if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP"):
            return True
    return False


#: Verbs by which named members make up a group ("a consortium led by X", "a group formed by").
_LEADING = frozenset({"lead", "head", "form", "found", "spearhead"})


def led_by(group: Token) -> list[Token]:
    """The named leaders of a group noun ("a consortium led by Saudi Arabia's PIF and Silver
    Lake", "a delegation headed by X"), who act for it; ``[]`` when none is named or when a name
    already says whose group it is ("a Hamas delegation led by X")."""
    lemma = group.lemma_.lower()
    if group.pos_ != "NOUN" or not (is_agent_noun(lemma) or lemma in ("consortium", "group")):
        return []
    if any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("NORP", "ORG", "GPE")
           for c in group.children):
        return []  # "a Hamas delegation led by X": the named side is the party
    return [g for a in group.children if a.dep_ == "acl" and a.tag_ == "VBN"
            and a.lemma_.lower() in _LEADING for p in agents(a) if p.pos_ == "PROPN"
            for g in (p, *p.conjuncts) if g.pos_ == "PROPN"]


#: Nouns of people who act in someone's name before a court (WordNet's lawyers; "counsel").
LAWYER_NOUNS = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"})
#: Nouns of the party a lawyer acts for.
CLIENT_NOUNS = frozenset({"client"})


def represented(token: Token) -> Token | None:
    """Whom a lawyer noun acts for: "Lawyers for Rao accused X" (the named object of "for"),
    "her client blamed X" (the client of the lawyer the sentence or the two before name:
    "Okafor's lawyer", "His lawyer, Susan Brennan, said her client ..."), as the token that
    names the party (a name or a possessive pronoun, resolved by the caller); ``None`` when the
    text names no one."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN":
        return None
    if lemma in LAWYER_NOUNS:
        named = [g for g in pobjs(token, ("for",)) if g.pos_ == "PROPN" or g.ent_type_ in ("PERSON", "ORG")]
        return named[0] if named else None
    if lemma not in CLIENT_NOUNS or token.tag_ != "NN" or not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        return None
    doc = token.doc
    start = token.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    for t in reversed(doc[start : token.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() in LAWYER_NOUNS:
            # "Lawyers for Rao", "Okafor's lawyer", "his lawyer": whose lawyer it is
            return represented(t) or next((c for c in t.children if c.dep_ == "poss"), None)
    return None
