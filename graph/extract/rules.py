"""The built-in rule extractors: one per relation, over spaCy's dependency parse."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations

from spacy.tokens import Doc, Token

from graph.extract.base import Argument, Context, Extractor, Mention, registry
from graph.extract.dates import date_for
from graph.extract.syntax import argument, conjuncts, is_irrealis, subjects

VERSION = "0.1"

VISIT_VERBS = frozenset({"visit", "tour"})
ARRIVE_VERBS = {"arrive": ("in", "at"), "travel": ("to",), "fly": ("to",), "come": ("to",)}
VISIT_NOUNS = frozenset({"visit", "trip", "arrival", "tour", "journey"})
MEET_VERBS = frozenset({"meet", "host", "welcome", "receive"})
MEET_NOUNS = frozenset({"talk", "talks", "meeting", "negotiation", "negotiations", "summit"})
AGREE_VERBS = frozenset({"agree", "sign", "ratify", "accept"})
AGREE_NOUNS = frozenset({"agreement", "accord", "deal", "treaty"})
ACCUSE_VERBS = frozenset({"accuse", "blame", "charge"})


class _Rules:
    """Common machinery: iterate trigger tokens, build mentions with evidence."""

    name = ""
    predicates: tuple[str, ...] = ()

    def __call__(self, doc: Doc, context: Context) -> Iterable[Mention]:
        seen: set[tuple[str, str, str, int]] = set()
        for token in doc:
            for mention in self.at(token, context):
                if mention.subject.text.lower() == mention.object.text.lower():
                    continue
                if mention.key() not in seen:
                    seen.add(mention.key())
                    yield mention

    def at(self, token: Token, context: Context) -> Iterator[Mention]:  # pragma: no cover
        raise NotImplementedError

    def mention(
        self,
        predicate: str,
        subject: Argument,
        obj: Argument,
        trigger: Token,
        context: Context,
        *,
        confidence: float,
    ) -> Mention:
        sent = trigger.sent
        if subject.via != "name" or obj.via != "name":
            confidence -= 0.2
        return Mention(
            predicate=predicate,
            subject=subject,
            object=obj,
            sentence=sent.text.strip(),
            start=sent.start_char,
            end=sent.end_char,
            date=date_for(trigger, sent, article_date=context.article.date),
            confidence=round(max(0.05, min(confidence, 1.0)), 3),
            extractor=f"{self.name}/{VERSION}",
            trigger=trigger.text,
        )


def _args(tokens: Iterable[Token], *, places: bool = False) -> list[Argument]:
    out = []
    for tok in tokens:
        for conj in conjuncts(tok):
            arg = argument(conj, places=places)
            if arg is not None and arg not in out:
                out.append(arg)
    return out


def _pobjs(token: Token, preps: Iterable[str]) -> list[Token]:
    preps = set(preps)
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _noun_owner(noun: Token) -> list[Argument]:
    """Who a nominal trigger belongs to: its possessor, or the subject of the verb it hangs on."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if poss:
        return _args(poss)
    head = noun.head
    while head.dep_ in ("prep", "pobj") and head.head is not head:
        head = head.head
    if head.pos_ in ("VERB", "AUX") and noun.dep_ in ("dobj", "pobj"):
        return _args(subjects(head))
    return []


class Visits(_Rules):
    name = "visits"
    predicates = ("visited",)

    def at(self, token: Token, context: Context) -> Iterator[Mention]:
        lemma = token.lemma_.lower()
        places: list[Argument] = []
        visitors: list[Argument] = []
        confidence = 0.85
        if token.pos_ == "VERB" and lemma in VISIT_VERBS:
            places = _args([c for c in token.children if c.dep_ == "dobj"], places=True)
            visitors = _args(subjects(token))
        elif token.pos_ == "VERB" and lemma in ARRIVE_VERBS:
            places = _args(_pobjs(token, ARRIVE_VERBS[lemma]), places=True)
            visitors = _args(subjects(token))
        elif token.pos_ == "NOUN" and lemma in VISIT_NOUNS:
            places = _args(_pobjs(token, ("to", "in")) + [c for c in token.children if c.dep_ == "compound"], places=True)
            visitors = _noun_owner(token)
            confidence = 0.75
        if not places or not visitors or is_irrealis(token):
            return
        for v in visitors:
            for p in places:
                if v.label != "PERSON" and v.label not in ("ORG", "NORP", ""):
                    continue
                yield self.mention("visited", v, p, token, context, confidence=confidence)


class Meetings(_Rules):
    name = "meetings"
    predicates = ("met",)

    def at(self, token: Token, context: Context) -> Iterator[Mention]:
        lemma = token.lemma_.lower()
        parties: list[Argument] = []
        others: list[Argument] = []
        confidence = 0.85
        if token.pos_ == "VERB" and lemma in MEET_VERBS:
            parties = _args(subjects(token))
            others = _args([c for c in token.children if c.dep_ == "dobj"] + _pobjs(token, ("with",)))
            if lemma != "meet" and not others:
                return
        elif token.pos_ in ("NOUN", "PROPN") and (lemma in MEET_NOUNS or token.lower_ in MEET_NOUNS):
            others = _args(_pobjs(token, ("with",)))
            between = _args(_pobjs(token, ("between", "among")))
            parties = between if between else _noun_owner(token)
            confidence = 0.75
        else:
            return
        if is_irrealis(token):
            return
        pairs = [(a, b) for a in parties for b in others]
        if not others:
            pairs = list(combinations(parties, 2))
        for a, b in pairs:
            yield self.mention("met", a, b, token, context, confidence=confidence)


class Agreements(_Rules):
    name = "agreements"
    predicates = ("agreed",)

    def at(self, token: Token, context: Context) -> Iterator[Mention]:
        lemma = token.lemma_.lower()
        parties: list[Argument] = []
        others: list[Argument] = []
        confidence = 0.8
        if token.pos_ == "VERB" and lemma in AGREE_VERBS:
            parties = _args(subjects(token))
            others = _args(_pobjs(token, ("with",)))
        elif token.pos_ == "NOUN" and lemma in AGREE_NOUNS:
            parties = _args(_pobjs(token, ("between", "among")))
            confidence = 0.7
        else:
            return
        if is_irrealis(token):
            return
        pairs = [(a, b) for a in parties for b in others] if others else list(combinations(parties, 2))
        for a, b in pairs:
            yield self.mention("agreed", a, b, token, context, confidence=confidence)


class Accusations(_Rules):
    name = "accusations"
    predicates = ("accused",)

    def at(self, token: Token, context: Context) -> Iterator[Mention]:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in ACCUSE_VERBS or is_irrealis(token):
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        if passive:
            accusers = _args(g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")
            accused = _args(c for c in token.children if c.dep_ == "nsubjpass")
        else:
            accusers = _args(subjects(token))
            accused = _args(c for c in token.children if c.dep_ == "dobj")
            if lemma == "blame":
                on = _args(_pobjs(token, ("on",)))
                if on:
                    accused = on
        for a in accusers:
            for b in accused:
                yield self.mention("accused", a, b, token, context, confidence=0.85)


for _cls in (Visits, Meetings, Agreements, Accusations):
    registry.register(_cls.name, predicates=_cls.predicates)(_cls)


def _check() -> Extractor:  # keeps mypy honest that the classes satisfy the protocol
    return Visits()
