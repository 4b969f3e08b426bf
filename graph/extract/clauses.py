"""Clause structure shared by the rule extractors: whose subject a verb has (inherited through
xcomp/conj/advcl/acl and headline commas), whose event a nominal trigger is, where an event
took place."""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.base import Argument
from graph.extract.lexicon import (
    ACCUSE_VERBS,
    NAME_LABELS,
    NOT_AGENT_NOUNS,
    PLACE_LABELS,
    VISIT_VERBS,
    wordnet_class,
)
from graph.extract.syntax import argument
from graph.extract.tree import agents, pobjs


def _means(noun: Token) -> bool:
    """True when an object noun names an event or an abstraction ("used the news conference to
    accuse X", "took the opportunity to meet Y"): a means, which cannot do what the infinitive
    says, so the infinitive's subject is the main verb's (WordNet's acts, events and states,
    ``abstract_nouns``, and the event nouns of :data:`NOT_AGENT_NOUNS`)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in NOT_AGENT_NOUNS or lemma in wordnet_class("abstract_nouns"))


def subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, inherited through xcomp/conj/advcl/pcomp/acl when it has none.

    A participle modifying an actor noun ("officials accusing Moscow") takes that noun.
    """
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            break
        found = [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
        if current != verb and not found:
            found = [c for c in current.children if c.dep_ == "nsubjpass"]
        if not found:
            # captions: "Joe Biden, left, shakes hands with ..." (parsed as "Biden left")
            found = [s for c in current.children if c.dep_ in ("advcl", "npadvmod", "ccomp")
                     and c.lower_ in ("left", "right", "center", "centre") and c.i < current.i
                     for s in c.children if s.dep_ == "nsubj"]
        if current == verb:
            found = _led_by(_headline_pair(verb, found))
        if found:
            return found
        if current == verb and verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.i > 1 \
                and verb.doc[verb.i - 1].text == ",":
            # "Serbia lodged a protest, charging its neighbour with ...": a participle after a
            # comma, which the parser made the subject of a later verb, takes the subject of
            # the clause before it
            for t in reversed(verb.doc[verb.sent.start : verb.i - 1]):
                if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp"):
                    found = [c for c in t.children if c.dep_ == "nsubj"]
                    if found:
                        return found
        if current == verb and verb.i > 0 and (verb.dep_ == "ROOT" or (
                verb.dep_ == "ccomp" and verb.head.i > verb.i)):
            # "In a partnership hailed as a boost to ties, Egypt and Israel signed ...": the
            # parser hangs the subject on the opening phrase as an apposition (also in a
            # reported clause: "..., the ministry said")
            left = verb.doc[verb.i - 1]
            while left.dep_ == "conj" and left.head.i < left.i:
                left = left.head
            if left.dep_ == "appos" and left.ent_type_ in NAME_LABELS and left.head.i < left.i:
                return [left]
        head = current.head
        if head == current:
            break
        if not found and current.dep_ in ("advcl", "conj") and current.pos_ == "VERB":
            found = _stranded_subject(current)
            if found:
                return found
        if current.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_ not in VISIT_VERBS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            # (not a visit's destination: "has visited Lagos to meet X" is the visitor's purpose)
            # "prompting China to accuse him", "urged Iran to sign": the object of the verb the
            # infinitive completes is its subject (object control), not that verb's subject
            objects = [c for c in head.children if c.dep_ == "dobj" and c.i < current.i
                       and c.pos_ in ("PROPN", "NOUN", "PRON") and not _means(c)]
            if objects:
                return objects
        if current.dep_ == "pcomp" and head.lower_ in ("of", "for", "with"):
            # "accused the party of hiding a deal with Baku": the accused does what it is accused
            # of (the "of" hung on the verb or on its object)
            charged = head.head
            if charged.dep_ == "dobj" and charged.head.lemma_.lower() in ACCUSE_VERBS:
                return [charged]
            if charged.lemma_.lower() in ACCUSE_VERBS:
                objects = [c for c in charged.children if c.dep_ == "dobj" and c.i < current.i]
                if objects:
                    return objects
        if current.dep_ in ("acl", "relcl") and head.dep_ == "attr" and head.head.lemma_ in ("be", "become") and \
                any(c.lower_ in ("first", "last", "only") for c in head.children):
            # "Modi is the first Indian prime minister to visit Poland": the copula's subject
            found = [c for c in head.head.children if c.dep_ == "nsubj"]
            if found:
                return found
        if current.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and argument(head) is not None:
            return [head]
        if current.dep_ == "relcl" and head.pos_ == "NOUN" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children) and any(
                c.lower_ in ("first", "last", "only") for c in head.children) and argument(head) is not None:
            # "X, the first British foreign secretary to visit Russia in four years, ...": the
            # infinitive's subject is the noun it describes, or the name it is in apposition to
            return [head.head] if head.dep_ == "appos" and head.head.pos_ == "PROPN" else [head]
        if current.dep_ == "pcomp" and head.lower_ == "as" and head.head.pos_ == "VERB":
            # "Kyodo quoted Nakasone as telling reporters after meeting the envoy": the object
            # of the quoting verb does what the "as" phrase says
            objects = [c for c in head.head.children if c.dep_ == "dobj"]
            if objects:
                return objects
        if current.dep_ == "relcl" and head.dep_ == "npadvmod" and head.pos_ == "NOUN" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children) and \
                head.lemma_.lower() in ("day", "morning", "afternoon", "evening", "night", "week"):
            # "travelled to Kyiv the following day to meet X": an infinitive the parser hung on
            # the time phrase is the journey's purpose, with the journey's subject
            current = head.head
        elif current.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "prep", "pobj") or (
                current.dep_ == "dobj" and current != verb):
            current = head
        else:
            break
    return []



def noun_owner(noun: Token) -> list[Token]:
    """Whose event a nominal trigger is: its possessor, else the subject of the verb it hangs on.

    "his visit to X" gives "his"; "during a visit to X, Y said" and "Y held talks with X" give Y.
    """
    poss = [c for c in noun.children if c.dep_ == "poss"
            and c.lower_ not in ("their", "its", "our", "your", "my")]
    if poss:
        return poss
    current = noun
    for _ in range(5):
        head = current.head
        if head is current:
            return []
        if current.dep_ == "prep" and current.lower_ in ("on", "during") and current.i > 0 and \
                current.doc[current.i - 1].text == "," and head.pos_ in ("NOUN", "PROPN") and \
                head.dep_ in ("nsubj", "nsubjpass"):
            # "Prime Minister X, on a visit to Madrid, met ...": the subject the phrase is set
            # off on is the one on the visit
            return [head]
        if current.dep_ in ("amod", "advmod") and current.pos_ in ("ADJ", "ADV") and current.i > 0 and \
                current.doc[current.i - 1].text == "," and head.pos_ in ("NOUN", "PROPN") and \
                head.dep_ in ("nsubj", "nsubjpass"):
            # "Macron, fresh from a visit to Beijing, urged ...", "X, back from talks in Cairo,
            # said": the subject the adjective is set off on
            return [head]
        if current.dep_ in ("pobj", "prep", "dobj", "attr", "npadvmod", "pcomp", "conj", "appos"):
            current = head
            if current.pos_ in ("VERB", "AUX"):
                return subjects(current) or [c for c in current.children if c.dep_ == "nsubjpass"] \
                    or agents(current)
            if any(c.dep_ == "nsubj" for c in current.children):
                return [c for c in current.children if c.dep_ == "nsubj"]
        else:
            return []
    return []



def event_place(trigger: Token) -> Argument | None:
    """Where an event took place: a named place in an "in"/"at" phrase of the trigger (or, for a
    nominal trigger, of the verb it hangs on): "met in Geneva", "talks in Sochi"; also the phrase
    the parser hung on the named party the trigger takes ("met Olaf Scholz in Brussels", "met
    with Scholz in Brussels": a person's name takes no restrictive "in" phrase)."""
    holders = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX"):
        holders.append(trigger.head)
    if trigger.pos_ == "VERB":
        parties = [c for c in trigger.children if c.dep_ == "dobj"] + pobjs(trigger, ("with",))
        holders += [p for p in parties if p.ent_type_ in ("PERSON", "ORG") and p.pos_ == "PROPN"]
    for holder in holders:
        for target in pobjs(holder, ("in", "at")):
            if target.ent_type_ in PLACE_LABELS:
                found = argument(target, places=True)
                if found is not None:
                    return found
    return None



def _stranded_subject(verb: Token) -> list[Token]:
    """"X accused A, and Foreign Minister Y in turn blamed B": the parser makes the second
    clause's subject a conjunct of the first verb and the second verb a modifier of it. A name
    or noun conjoined to the head verb after its "and"/"but", standing before ``verb`` with no
    verb between them, is ``verb``'s own subject. Else ``[]``."""
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return []
    doc = verb.doc
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and head.i < c.i < verb.i \
                and any(d.dep_ == "cc" and d.lower_ in ("and", "but") and head.i < d.i < c.i
                        for d in head.children) \
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[c.i + 1 : verb.i]) \
                and argument(c) is not None:
            return [c]
    return []


def _led_by(found: list[Token]) -> list[Token]:
    """'A delegation led by minister X arrived': when the parser makes both the group and its
    leader subjects of the verb, the group is its leader (no second party)."""
    if len(found) < 2:
        return found
    groups = set()
    for subject in found:
        edge = subject.left_edge.i
        by = subject.doc[edge - 1] if edge > 0 else None
        if by is not None and by.lower_ == "by" and by.dep_ == "agent" and by.head.dep_ == "acl" \
                and by.head.lemma_ in ("lead", "head") and by.head.head in found:
            groups.add(by.head.head.i)
    return [s for s in found if s.i not in groups] if groups else found


def _headline_pair(verb: Token, found: list[Token]) -> list[Token]:
    """Headlines join two names with a comma: in "Pakistan, Afghanistan agree to reopen the
    crossing" or "Putin, Xi meet in Moscow" the clause opens with exactly two names parted by
    one comma and then the verb in its plural (or bare) present form, which shows that both
    are its subjects, however the parser hung them. Else ``found`` unchanged."""
    if verb.tag_ not in ("VBP", "VB") or len(found) > 1:
        return found
    doc = verb.doc
    before = doc[verb.sent.start : verb.i]
    commas = [t.i for t in before if t.text == ","]
    if len(commas) != 1:
        return found
    parts = (doc[verb.sent.start : commas[0]], doc[commas[0] + 1 : verb.i])
    heads: list[Token] = []
    for part in parts:
        if not len(part) or part[0].ent_iob_ != "B" or part[0].ent_type_ not in NAME_LABELS \
                or any(t.ent_iob_ != "I" for t in part[1:]) or any(t.pos_ != "PROPN" for t in part) \
                or (part.end < len(doc) and doc[part.end].ent_iob_ == "I"):
            return found
        heads.append(part[-1])
    return heads
