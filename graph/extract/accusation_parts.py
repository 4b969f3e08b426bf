"""Parts of ``accused`` shared by its rules: who made an accusation a noun names ("charges
brought by X", "X's allegations", "the charges X levelled"), whom its clause names, reciprocal
accusations ("accused each other", "blamed the other side", "recriminations between X and Y"),
and the verbs of making, trading and denying accusations. Split out of
:mod:`graph.extract.accusations` (kept under the project's 500-line limit)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extract.base import Argument, Mention
from graph.extract.blame import that_clause
from graph.extract.clauses import subjects
from graph.extract.syntax import arguments
from graph.extract.tree import agents, is_passive, pobjs

#: Verbs by which an actor makes an accusation ("filed charges against", "levelled allegations").
_MAKING = frozenset({"make", "level", "levy", "file", "bring", "lodge", "press", "repeat", "raise",
                     "voice", "renew", "publish", "hurl", "direct"})
_BLAME_VERBS = frozenset({"lay", "put", "place", "pin", "cast", "shift", "lays", "laid"})
#: Verbs by which two sides accuse each other ("traded accusations", "exchanged charges").
_TRADING = frozenset({"trade", "exchange", "swap", "hurl"})
#: Verbs of rejecting an accusation only its target uses ("Beijing denied Japanese allegations
#: of espionage"); a court or a commission "dismisses" or "rejects" them as a third party.
_SELF_DENYING = frozenset({"deny", "refute", "rebut"})
#: Verbs by which the accused rejects an accusation ("denied U.S. charges that it ...").
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest",
                      "brush", "shrug", "counter"})


#: Lemmas that make two coordinated names accuse each other ("traded accusations", "mutual").
_RECIPROCAL_WORDS = _TRADING | {"other", "another", "between", "mutual", "recrimination", "counter",
                                "blame-game"}


def one_side(doc: Doc, mention: Mention) -> bool:
    """Whether an accusation sets two coordinated names against each other ("The United States
    and Britain accused Iran ..., charges Tehran rejected", misparsed with "charges" as the main
    verb) when nothing in the sentence says they accuse each other (checked on the whole
    article's mentions by :func:`graph.extract.extract_doc`)."""
    if mention.predicate != "accused":
        return False
    a = doc.char_span(mention.subject.start, mention.subject.end, alignment_mode="expand")
    b = doc.char_span(mention.object.start, mention.object.end, alignment_mode="expand")
    if a is None or b is None or a.sent != b.sent or not any(x in y.conjuncts for x in a for y in b):
        return False
    return not any(t.lower_ in _RECIPROCAL_WORDS or t.lemma_.lower() in _RECIPROCAL_WORDS for t in a.sent)


def _reciprocal(token: Token) -> bool:
    """'accuse each other', 'accuse one another', 'X and Y each blamed the other', 'both X and
    Y blamed the other'."""
    each = any(c.lower_ == "each" for c in token.children) or any(
        c.lower_ in ("each", "both") for s in token.children if s.dep_ == "nsubj" for c in s.subtree)
    return any(c.dep_ == "dobj" and (c.lower_ == "other" or _other_side(c)) and (
        any(d.lower_ == "each" for d in c.children) or each) for c in token.children) or any(
        c.dep_ == "dobj" and {c.lower_, *(d.lower_ for d in c.children)} >= {"one", "another"}
        for c in token.children)


def _other_side(noun: Token) -> bool:
    """'the other side', 'the other party': the other one of two sides, named by a noun."""
    return noun.lemma_.lower() in ("side", "party", "camp", "country", "government") and any(
        c.dep_ == "amod" and c.lower_ == "other" for c in noun.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _nearest_group(token: Token) -> list[Argument]:
    """For "X and Y ..., accusing each other": the nearest earlier coordinated names."""
    sent = token.sent
    for t in reversed(sent[: token.i - sent.start]):
        if t.conjuncts and t.i < token.i:
            first = min([t, *t.conjuncts], key=lambda x: x.i)
            found = arguments([first])
            if len(found) >= 2:
                return found
    return []


def _clause_subjects(token: Token) -> list[Token]:
    """Subjects of the clause an allegation states: "that Y had taken over the city"; also a
    "that" clause the parser made a relative clause ("the accusation by X that Y harbours ..."),
    or hung on the verb governing the noun when it follows the noun's phrase directly ("examining
    allegations by X that Y crossed the border")."""
    clauses = [c for c in token.children if c.dep_ == "ccomp" or (
        c.dep_ in ("acl", "relcl") and that_clause(c))]
    if not clauses and token.pos_ == "NOUN" and token.dep_ == "dobj":
        end = max([token.right_edge.i, *(p.right_edge.i for p in _hung_by(token))])
        clauses = [c for c in token.head.children if c.dep_ == "ccomp" and that_clause(c)
                   and c.left_edge.i == end + 1]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def _between(noun: Token) -> list[Argument]:
    """'accusations flew between Armenia and Azerbaijan', 'mutual accusations between X and Y',
    'recriminations between Kyiv and Warsaw': plural accusations between two named sides are
    each side's against the other (not "charges between the two firms' accounts")."""
    if noun.tag_ != "NNS" or _by_phrase(noun) or any(c.dep_ == "poss" for c in noun.children):
        return []
    sides = pobjs(noun, ("between",)) + [g for c in noun.children if c.dep_ == "relcl" or c.dep_ == "acl"
                                         for g in pobjs(c, ("between",))]
    if noun.dep_ == "nsubj":
        sides += pobjs(noun.head, ("between",))  # "accusations flew between X and Y"
    found = arguments(sides)
    return found if len(found) == 2 and all(a.via == "name" for a in found) else []


def _exposed(noun: Token) -> list[Token]:
    """Who is exposed to the accusations ``noun`` names: "Y came under accusations from X",
    "Y has been the target of accusations by X" (the subject of the clause)."""
    prep = noun.head
    verb = prep.head
    if prep.lower_ == "under" and verb.pos_ in ("VERB", "AUX"):
        return subjects(verb)
    if prep.lower_ == "of" and verb.lemma_.lower() in ("target", "subject", "object", "focus") \
            and verb.dep_ == "attr" and verb.head.lemma_ == "be":
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return []


def _made_by_clause(noun: Token) -> list[Token]:
    """Active clauses on an accusation noun that say who made it ("the charges the government
    levelled on its unit", "allegations that regulators filed against it")."""
    return [c for c in noun.children if c.dep_ in ("relcl", "acl")
            and c.lemma_.lower() in _MAKING and not is_passive(c)
            and any(s.dep_ == "nsubj" for s in c.children)]


def _hung_by(noun: Token) -> list[Token]:
    """'examining allegations by Kenya that ...': a "by" phrase right after an object noun that
    the parser hung on the (active) verb belongs to the noun."""
    verb = noun.head
    if noun.dep_ != "dobj" or is_passive(verb):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
            and c.i == noun.right_edge.i + 1]


def _by_phrase(noun: Token) -> list[Token]:
    """The objects of an accusation noun's "by X" / "from X" or "brought by X"."""
    return pobjs(noun, ("by", "from")) + [g for c in noun.children if c.dep_ == "acl" for g in agents(c)] \
        + [g for p in _hung_by(noun) for g in p.children if g.dep_ == "pobj"]


def authors(noun: Token) -> list[Argument]:
    """Who made the accusation that ``noun`` ("charges", "allegations") names: "by X", "X's",
    "brought by X", "the charges X levelled", or a named modifier ("U.S. charges"); ``[]`` when
    the text does not say."""
    by = _by_phrase(noun)  # "allegations by X", "charges brought by X"
    found = arguments(by) if by else arguments([c for c in noun.children if c.dep_ == "poss"])
    if not found:
        found = arguments([s for m in _made_by_clause(noun) for s in subjects(m)
                           if s.lower_ not in ("which", "that")])
    if not found:
        # "US charges that ...", "Kenyan allegations against ...": the named modifier
        found = arguments([c for c in noun.children if c.dep_ in ("compound", "amod")
                           and c.ent_type_ in ("GPE", "NORP", "ORG")])
    return found
