"""``agreed(party, party)``: two or more parties agreed, signed or ratified an agreement.

Patterns: "X and Y agreed (to / that / on ...)", "X agreed with Y", "X signed a deal with Y",
"X and Y signed an accord", "the commitments agreed to by X at the table with Y", "X spoke with
Y, agreeing to ...", "X asked ..., and Y agreed", "X agreed to assist Y" (agreeing to act with or
for a named counterpart), "X accepted Y's proposal", nominal "the agreement reached between X and
Y", "the X-Y accord between ...". Not agreement: one party alone ("agreed to resign"), offers,
promises, hedges ("seemed to agree"), failed or denied agreement.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graph.extract.base import Argument, Context, Extractor, Mention, registry
from graph.extract.common import RuleExtractor
from graph.extract.gazetteer import is_known_place
from graph.extract.lexicon import (
    ACCEPT_OBJECTS,
    AGREE_NOUNS,
    AGREE_OBJECT_VERBS,
    AGREE_VERBS,
    PLACE_LABELS,
    REQUEST_VERBS,
)
from graph.extract.modality import is_irrealis, is_nominal_irrealis
from graph.extract.syntax import (
    agents,
    argument,
    arguments,
    entity_span,
    noun_owner,
    pobjs,
    subjects,
)

#: Verbs whose object is made, not a partner ("agreed to create a network").
_MAKING_VERBS = frozenset("""
create form establish set build launch found open produce make develop start write draft
hold organise organize stage name appoint elect nominate
""".split())  # noqa: SIM905
#: Verbs by which one grants what another asked ("agreed to meet a request").
_GRANTING = frozenset({"meet", "accept", "grant", "honour", "honor", "fulfil", "fulfill", "heed",
                       "satisfy"})
_AUTHORITIES = frozenset({"authorities", "government", "governments", "officials"})

#: Entity labels a counterpart of a one-sided undertaking must have ("agreed to assist X").
_COUNTERPART_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", ""})


def _with_in_subtree(token: Token) -> list[Token]:
    """'with Y' anywhere in the verb's own phrases ("at the negotiating table with Iran")."""
    out: list[Token] = []
    for t in token.subtree:
        if t.dep_ == "prep" and t.lower_ == "with":
            h = t.head
            while h != token and h.pos_ not in ("VERB", "AUX") and h.head != h:
                h = h.head
            if h == token:
                out.extend(g for g in t.children if g.dep_ == "pobj")
    return out


def _counterparts_of_action(verb: Token) -> list[Argument]:
    """Who an agreed action is done with or for: "agreed to assist authorities", "agreed to lift
    sanctions against Iran". Places and things are not counterparts."""
    out: list[Argument] = []
    for x in (c for c in verb.children if c.dep_ == "xcomp"):
        dobjs = [c for c in x.children if c.dep_ in ("dobj", "dative")]
        if x.lemma_.lower() in _GRANTING:
            # "agreed to meet a U.S. request", "agreed to accept the EU's terms": the requester
            for d in dobjs:
                if d.lemma_.lower() in ACCEPT_OBJECTS:
                    out.extend(arguments([c for c in d.children if c.dep_ == "poss" or (
                        c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "GPE", "NORP"))]
                        + pobjs(d, ("of", "from", "by"))))
        # only a partner or recipient of the action is a counterpart ("agreed to assist X"),
        # not what it makes ("agreed to create Television Sur")
        direct = [d for d in dobjs if x.lemma_.lower() not in _MAKING_VERBS and argument(d) is not None]
        joint = [g for d in dobjs for g in pobjs(d, ("against", "with"))] + pobjs(x, ("with", "against"))
        for a in arguments(direct):
            # a direct object is a counterpart only when it is a name or an authority
            if a.label in _COUNTERPART_LABELS and a.label not in PLACE_LABELS - {"GPE"} and (
                    a.via != "noun" or a.text.split()[-1].lower() in _AUTHORITIES):
                out.append(a)
        out.extend(a for a in arguments(joint) if a.label not in PLACE_LABELS - {"GPE"})
    return out


def _hyphen_pair(noun: Token) -> list[Argument]:
    """'the U.S.-Greek bases accord', 'the Iran-Iraq ceasefire': two countries joined by a hyphen
    in a modifier of an agreement noun are its parties."""
    doc = noun.doc
    for i in range(noun.left_edge.i, noun.i - 2):
        a, dash, b = doc[i], doc[i + 1], doc[i + 2]
        if dash.text == "-" and not a.whitespace_ and not dash.whitespace_ and \
                _country_like(a.text) and _country_like(b.text):
            return [Argument(a.text, a.idx, a.idx + len(a), "GPE", "name"),
                    Argument(b.text, b.idx, b.idx + len(b), "GPE", "name")]
    for child in noun.lefts:
        if child.dep_ not in ("compound", "amod", "nmod") or "-" not in child.text:
            continue
        left, _, right = child.text.partition("-")
        if left and right and all(_country_like(p) for p in (left, right)):
            start = child.idx
            return [Argument(left, start, start + len(left), "GPE", "name"),
                    Argument(right, start + len(left) + 1, start + len(child.text), "GPE", "name")]
    return []


def _country_like(word: str) -> bool:
    """A country or its adjective: "U.S.", "Greek", "Iraq": a known place (ISO 3166, GeoNames),
    or a capitalised adjective ending like a demonym."""
    if word in ("U.S.", "US", "UK", "EU", "U.K.", "UN"):
        return True
    return is_known_place(word) or (word[:1].isupper() and word.endswith(
        ("ian", "ese", "ish", "ic", "ean", "an", "i")) and len(word) > 3)


def _agreement_noun(token: Token) -> bool:
    return token.lemma_.lower() in AGREE_NOUNS or token.lower_ in AGREE_NOUNS


class Agreements(RuleExtractor):
    """Agreements between named parties."""

    name = "agreements"
    predicates: tuple[str, ...] = ("agreed",)
    triggers = frozenset(AGREE_VERBS | AGREE_NOUNS | {"settle"})

    def at(self, token: Token, context: Context) -> Iterator[Mention]:
        lemma = token.lemma_.lower()
        parties: list[Argument] = []
        others: list[Argument] = []
        confidence = 0.85
        if token.pos_ == "VERB" and lemma == "agree":
            passive = any(c.dep_ in ("auxpass", "agent") for c in token.children) or (
                token.tag_ == "VBN" and token.dep_ in ("acl", "ccomp") and agents(token))
            if passive:
                parties = arguments(agents(token))
                others = arguments(_with_in_subtree(token))
            else:
                parties = arguments(subjects(token))
                others = arguments(pobjs(token, ("with",)))
                head = token.head
                if not others and token.dep_ in ("advcl", "conj") and head != token:
                    others = arguments(pobjs(head, ("with",)))
                    if head.lemma_.lower() in REQUEST_VERBS:
                        others = others or arguments(subjects(head))
                if not others and len(parties) < 2:
                    others = _counterparts_of_action(token)
                if not others:
                    for obj in pobjs(token, ("to", "on")):
                        # "agreed to a truce with Israel"
                        others += arguments(pobjs(obj, ("with",)))
                        if obj.lemma_.lower() in ACCEPT_OBJECTS:
                            others = arguments([c for c in obj.children if c.dep_ == "poss"]
                                               + pobjs(obj, ("of", "from", "by")))
        elif token.pos_ == "VERB" and lemma in AGREE_OBJECT_VERBS:
            objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and _agreement_noun(c)]
            if not objs and token.dep_ == "relcl" and _agreement_noun(token.head) and (any(
                    c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in token.children)
                    or not any(c.dep_ == "dobj" for c in token.children)):
                # "the accord, which Iran signed with six world powers", "the deal X negotiated"
                objs = [token.head]
            if not objs:
                return
            if any(c.dep_ == "nsubjpass" for c in token.children):
                parties = arguments(agents(token))
            else:
                parties = arguments(subjects(token))
            others = arguments(pobjs(token, ("with",)) + [g for o in objs for g in pobjs(o, ("with",))])
        elif token.pos_ == "VERB" and lemma == "settle":
            # "X and Y settled", "X settled with Y", "the battle between X and Y was settled"
            if any(c.dep_ == "nsubjpass" for c in token.children):
                parties = arguments([g for c in token.children if c.dep_ == "nsubjpass"
                                     for g in pobjs(c, ("between",))])
            else:
                parties = arguments(subjects(token))
                others = arguments(pobjs(token, ("with",)) + [
                    g for d in token.children if d.dep_ == "dobj" for g in pobjs(d, ("with",))])
            confidence = 0.75
        elif token.pos_ == "VERB" and lemma == "accept":
            objs = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ACCEPT_OBJECTS]
            if not objs:
                return
            parties = arguments(subjects(token))
            others = arguments([c for o in objs for c in o.children if c.dep_ == "poss"
                                or (c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP"))]
                               + [g for o in objs for g in pobjs(o, ("of", "from", "by"))])
            confidence = 0.75
        elif token.pos_ in ("NOUN", "PROPN") and _agreement_noun(token):
            if entity_span(token) is not None and token.ent_type_ not in ("", "LAW"):
                return
            holders = [token] + [c for c in token.children if c.dep_ == "acl"]
            if token.head.lemma_.lower() in AGREE_OBJECT_VERBS and token.head.i > token.i:
                holders.append(token.head)  # "the deal reached between X and Y" (misparsed)
            parties = arguments([g for h in holders for g in pobjs(h, ("between", "among"))]) \
                or arguments([g for h in holders[1:] for g in agents(h)])  # "signed by X and Y"
            if not parties:
                parties = _hyphen_pair(token)  # "the U.S.-Greek bases accord"
            if not parties:
                # "returned their weapons under a deal with the government", "X's pact with Y"
                withs = pobjs(token, ("with",))
                if withs:
                    others = arguments(withs)
                    parties = arguments(noun_owner(token)) if others else []
            confidence = 0.75
        else:
            return
        nominal = token.pos_ in ("NOUN", "PROPN")
        # a named agreement between parties exists whatever is said of it ("if the agreement
        # between X and Y is implemented"): only its own modifiers can make it unreal
        if not parties or (is_nominal_irrealis(token) if nominal else is_irrealis(token)):
            return
        if not others and len(parties) < 2:
            return
        yield from self.pairs("agreed", parties, others, token, context, confidence=confidence)


@registry.register(Agreements.name, predicates=Agreements.predicates)
def make_agreements() -> Extractor:
    """A new :class:`Agreements` extractor (the factory registered as ``agreements``)."""
    return Agreements()
