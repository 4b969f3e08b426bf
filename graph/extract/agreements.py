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

from graph.extract.accusations import authors
from graph.extract.agreement_parts import hyphen_pair, proposers
from graph.extract.base import Argument, Context, Extractor, Mention, registry
from graph.extract.clauses import noun_owner, subjects
from graph.extract.common import RuleExtractor
from graph.extract.lexicon import (
    ACCEPT_OBJECTS,
    ACCUSE_NOUNS,
    ACQUISITION_NOUNS,
    ACTOR_NOUNS,
    AGREE_NOUNS,
    AGREE_OBJECT_VERBS,
    AGREE_VERBS,
    MEET_NOUNS,
    MODAL_AUX,
    PLACE_LABELS,
    REQUEST_VERBS,
    is_agent_noun,
    is_source_noun,
)
from graph.extract.modality import is_irrealis, is_nominal_irrealis
from graph.extract.spans import entity_span
from graph.extract.syntax import argument, arguments
from graph.extract.tree import agents, is_passive, pobjs

#: Verbs whose object is made, not a partner ("agreed to create a network").
_MAKING_VERBS = frozenset("""
create form establish set build launch found open produce make develop start write draft
hold organise organize stage name appoint elect nominate
""".split())  # noqa: SIM905
#: Verbs whose object is displaced, not a partner ("agreed to replace X", "to succeed X").
_REPLACING = frozenset({"replace", "succeed", "oust", "unseat", "defeat", "beat", "fire", "sack",
                        "dismiss", "remove"})
#: Verbs by which one grants what another asked ("agreed to meet a request").
_GRANTING = frozenset({"meet", "accept", "grant", "honour", "honor", "fulfil", "fulfill", "heed",
                       "satisfy"})
#: What one settles with the party that brought it ("settled the charges brought by X").
_SETTLED = frozenset(ACCUSE_NOUNS | {"lawsuit", "suit", "claim", "claims", "case", "complaint",
                                    "complaints", "action"})
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


#: Verbs of handing something over: their "to" object receives it ("agreed to sell X to Y").
_TRANSFER_VERBS = frozenset({"sell", "transfer", "hand", "lease", "license", "licence", "supply",
                             "cede", "give", "return", "deliver", "provide", "pass"})
#: Verbs of buying: their "from" object sells ("agreed to buy X from Y").
_BUYING_VERBS = frozenset({"buy", "acquire", "purchase", "take", "obtain", "lease", "license"})
#: What one buys of a company ("a stake in X").
_STAKES = frozenset({"stake", "share", "shares", "interest", "holding", "holdings", "equity"})
#: Verbs of dealing in another's goods ("a deal to serve PepsiCo drinks", "to stock Apple phones").
_HANDLING_VERBS = frozenset({"serve", "sell", "distribute", "carry", "stock", "market", "use",
                             "supply", "offer", "import", "resell"})
#: Labels of a named party to a deal (not a region or a building).
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


#: What one party approves of another's as a party to it (an offer or a bid), unlike a plan or
#: a proposal an authority approves ("the court approved the settlement proposal from the bank").
_OFFERS = frozenset({"offer", "offers", "bid", "bids", "counteroffer"})

#: Documents one signs alone, into force or as an author, not with a counterpart ("signed the
#: bill", "signed copies of the book").
_SIGNED_ALONE = frozenset({"bill", "book", "decree", "copy", "copies", "order", "autograph", "edict",
                           "proclamation", "letter", "petition"})


#: Verbs whose agent made the agreement as a party ("the deal, signed by A and B"), unlike a
#: mediator's ("brokered by Qatar", "negotiated by Egypt").
_MADE_BY = frozenset({"sign", "ratify", "conclude", "reach", "seal", "strike", "initial", "ink",
                      "announce", "unveil", "agree", "clinch", "finalize", "finalise", "forge",
                      "enter", "approve"})
#: Verbs of proposing whose free relative one accepts ("accepted what X proposed").
_PROPOSING = frozenset({"propose", "recommend", "suggest", "offer", "ask", "demand", "request",
                        "want", "seek", "put"})
#: Agreement nouns one party awards to another ("awarded a contract", "won a concession from").
_AWARDED = frozenset({"contract", "contracts"})
_AWARDING = frozenset({"award", "grant", "give"})


#: Nouns of discussing: an agreement they are "on" or "about" is a topic, not yet made.
_DISCUSSING = frozenset(MEET_NOUNS | {"bid", "offer", "proposal", "dispute", "row", "debate",
                                      "speculation", "rumours", "rumors", "report", "reports"})


def _topic_of_talks(noun: Token) -> bool:
    """'Talks on a merger between Nissan and Honda collapsed', 'negotiations over a ceasefire
    deal': the agreement is the subject of talks (or of a bid, a report), not one made."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("on", "about", "over", "for", "toward",
                                                   "towards") and (
        prep.head.lemma_.lower() in _DISCUSSING or prep.head.lower_ in _DISCUSSING)


def _absolute(noun: Token) -> bool:
    """'with strings attached', 'with conditions imposed': a "with" phrase that is a clause of
    its own (a bare participle on its noun), not a partner."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and not any(
        d.dep_ in ("agent", "prep", "dobj") for d in c.children) for c in noun.children)


def _infinitives(noun: Token) -> list[Token]:
    """The infinitive clauses of a noun ("a deal to buy X", "a contract to run the prisons")."""
    return [a for a in noun.children if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)]


def _deal_parties(action: Token) -> list[Argument]:
    """The other named party of a deal's action: the buyer of a passive "to be acquired by Y",
    the receiver of "to sell X to Y", the seller of "to buy X from Y", the firm "to invest in"."""
    lemma = action.lemma_.lower()
    tokens = agents(action) if is_passive(action) else []
    # "to be bought by Takeda": whoever buys is a party, whatever the model typed it
    buyers = [a for a in arguments(tokens) if a.via == "name" and a.label == ""] \
        if lemma in _BUYING_VERBS else []
    if lemma in ("invest", "reinvest"):
        tokens += pobjs(action, ("in", "into"))  # "agreed to invest $5 billion in Intel"
    if lemma in _TRANSFER_VERBS:
        tokens += pobjs(action, ("to",))
    if lemma in _BUYING_VERBS:
        tokens += pobjs(action, ("from",)) + [g for d in action.children if d.dep_ == "dobj"
                                               for g in pobjs(d, ("from",))]
        # "agreed to buy a stake in Maroc Telecom": the company whose shares are bought
        tokens += [g for d in action.children if d.dep_ == "dobj" and d.lemma_.lower() in _STAKES
                   for g in pobjs(d, ("in",))]
    if lemma in _BUYING_VERBS or lemma in _HANDLING_VERBS:
        # "a deal to purchase 30 of Boeing's jets", "agreed to buy 20 Airbus jets", "signed a
        # deal to serve PepsiCo drinks": the maker of the goods
        goods = [d for d in action.children if d.dep_ == "dobj"]
        goods += [g for d in goods for g in pobjs(d, ("of",))]
        tokens += [c for g in goods for c in g.children if (c.dep_ == "poss" and c.pos_ == "PROPN")
                   or (c.dep_ == "compound" and c.ent_type_ == "ORG")]
    return buyers + [a for a in arguments(tokens) if a.via == "name" and a.label in _PARTY_LABELS]


def _counterparts_of_action(verb: Token, *, actions: list[Token] | None = None) -> list[Argument]:
    """Who an agreed action is done with or for: "agreed to assist authorities", "agreed to lift
    sanctions against Iran", "agreed to be acquired by Y", "a deal to buy X from Y" (``actions``:
    the infinitives of the deal, default the verb's own). Places and things are not
    counterparts."""
    out: list[Argument] = []
    for x in actions if actions is not None else [c for c in verb.children if c.dep_ == "xcomp"]:
        out.extend(_deal_parties(x))
        # "agreed a deal to replace X as Tottenham's manager", "to join as Chelsea's coach": the
        # employer whose post is taken
        roles = pobjs(x, ("as",)) + [c for c in x.children if c.dep_ == "attr" and x.lemma_ == "become"]
        out.extend(a for a in arguments([c for r in roles if is_agent_noun(r.lemma_.lower())
                                          for c in r.children if c.dep_ == "poss" and c.pos_ == "PROPN"])
                   if a.via == "name" and a.label in _PARTY_LABELS | {""})
        dobjs = [c for c in x.children if c.dep_ in ("dobj", "dative")
                 and x.lemma_.lower() not in _REPLACING]
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
        out.extend(a for a in arguments(joint) if a.label not in PLACE_LABELS - {"GPE"}
                   and (a.via != "noun" or a.text.split()[-1].lower() in ACTOR_NOUNS))
    return out


def _with_of(noun: Token) -> list[Token]:
    """'with Y' of an agreement noun, also hung on its "of" phrase ("a memorandum of
    understanding with India", "a letter of intent with Airbus")."""
    return pobjs(noun, ("with",)) + [g for p in pobjs(noun, ("of",)) if p.pos_ == "NOUN"
                                     for g in pobjs(p, ("with",))]


def _agreement_noun(token: Token) -> bool:
    if token.lemma_.lower() in AGREE_NOUNS or token.lower_ in AGREE_NOUNS:
        return True
    # a hyphenated noun the tokenizer split ("cease - fire"): the whole word
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_ \
        and f"{doc[token.i - 2].lower_}-{token.lower_}" in AGREE_NOUNS


def _one_side(parties: list[Argument], between: list[Token]) -> list[Argument]:
    """'between Iran and the U.S. plus five other world powers': what "plus" or "along with"
    adds joins the side before it, so it makes no pair with that side."""
    doc = between[0].doc if between else None
    if doc is None or len(parties) < 3:
        return []
    for arg in parties[2:]:
        span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
        if span is None:
            continue
        before = doc[max(0, span.start - 3) : span.start]
        if any(t.lower_ == "plus" or (t.lower_ == "with" and t.i > 0 and doc[t.i - 1].lower_ == "along")
               for t in before):
            return [arg]
    return []


class Agreements(RuleExtractor):
    """Agreements between named parties."""

    name = "agreements"
    predicates: tuple[str, ...] = ("agreed",)
    triggers = frozenset(AGREE_VERBS | AGREE_OBJECT_VERBS | AGREE_NOUNS | ACQUISITION_NOUNS
                         | {"settle", "fire"})  # "cease - fire"

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
            elif any(c.dep_ == "nsubj" and _agreement_noun(c) for c in token.children):
                # "the truce agreed between Russia and Ukraine held": a participle the parser
                # made the main verb, with the agreement as its subject
                parties = arguments(pobjs(token, ("between", "among")))
            else:
                parties = arguments(subjects(token))
                others = arguments([w for w in pobjs(token, ("with",)) + [
                    g for d in token.children if d.dep_ == "dobj" for g in pobjs(d, ("with",))]
                    if not _absolute(w)])  # "agreed a pay deal with the company"
                head = token.head
                if not others and token.dep_ in ("advcl", "conj") and head != token:
                    others = arguments(pobjs(head, ("with",)))
                    if head.lemma_.lower() in REQUEST_VERBS:
                        others = others or arguments(subjects(head))
                if not others and len(parties) < 2:
                    others = _counterparts_of_action(token, actions=[
                        c for c in token.children if c.dep_ == "xcomp"] + [  # "agreed a deal to ..."
                        a for d in token.children if d.dep_ == "dobj" and _agreement_noun(d)
                        for a in _infinitives(d)])
                if not others:
                    for obj in pobjs(token, ("to", "on")):
                        # "agreed to a truce with Israel"
                        others += arguments(pobjs(obj, ("with",)))
                        if obj.lemma_.lower() in ACCEPT_OBJECTS:
                            others = arguments([c for c in obj.children if c.dep_ == "poss"]
                                               + pobjs(obj, ("of", "from", "by")))
                if not others and len(parties) == 1 and token.dep_ == "relcl" and \
                        _agreement_noun(token.head) and any(
                            c.dep_ == "prep" and c.lower_ in ("in", "under") for c in token.children):
                    # "Washington lifted sanctions as part of a deal in which Iran agreed to ...":
                    # whoever acts under the deal is its other party
                    others = [a for a in arguments(noun_owner(token.head)) if a.via == "name"]
        elif token.pos_ == "VERB" and lemma in AGREE_OBJECT_VERBS:
            objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and _agreement_noun(c)]
            if not objs and token.dep_ == "relcl" and _agreement_noun(token.head) and (any(
                    c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in token.children)
                    or not any(c.dep_ == "dobj" for c in token.children)):
                # "the accord, which Iran signed with six world powers", "the deal X negotiated"
                objs = [token.head]
            appos: list[Token] = []
            if not objs and token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and \
                    _agreement_noun(token.head) and not agents(token):
                # "the deal Obama and other leaders negotiated with Iran": a relative clause
                # without "that", parsed with its subject in apposition to the noun
                appos = [c for c in token.head.children if c.dep_ == "appos" and c.i < token.i]
                objs = [token.head] if appos else []
            if not objs and lemma == "sign" and not any(c.dep_ == "nsubjpass" for c in token.children):
                # "he and Lao President X signed a dozen cooperation documents", "A and B signed a
                # joint declaration": named parties that sign one document together agree
                papers = [c for c in token.children if c.dep_ == "dobj" and is_source_noun(c.lemma_.lower())
                          and c.lemma_.lower() not in _SIGNED_ALONE]
                signers = arguments(subjects(token)) if papers else []
                # (or the named pair a collective stands for: "the two men signed ...")
                named = all(a.via in ("name", "pronoun") for a in signers) or (
                    len(signers) >= 2 and all(a.via == "description" for a in signers))
                if named and (len(signers) >= 2 or pobjs(token, ("with",))
                              or any(pobjs(p, ("with",)) for p in papers)):
                    objs = papers
            if not objs and lemma in ("approve", "endorse"):
                # "shareholders approved the takeover offer from X", "endorsed X's proposal":
                # accepting another party's offer or proposal agrees with that party
                offers = [c for c in token.children if c.dep_ == "dobj"
                          and c.lemma_.lower() in _OFFERS]
                others = proposers(token, offers) if offers else []
                parties = arguments(subjects(token)) if others else []
                objs = []
                confidence = 0.7
            elif not objs:
                return
            elif appos:
                parties = arguments(appos)
            elif any(c.dep_ == "nsubjpass" for c in token.children):
                parties = arguments(agents(token))
            else:
                parties = arguments(subjects(token))
            if objs:
                others = arguments(pobjs(token, ("with",)) + [g for o in objs for g in _with_of(o)])
                if not others and lemma in ("ratify", "sign", "approve", "endorse"):
                    # "Turkey's parliament ratified Sweden's NATO accession protocol": the named
                    # owner of the agreement one ratifies is its other party
                    others = [a for a in arguments([c for o in objs for c in o.children if c.dep_ == "poss"
                                                    and c.ent_type_ in ("GPE", "ORG")])
                              if all(a.text not in p.text and p.text not in a.text for p in parties)]
            if objs and not others and len(parties) < 2:
                # "struck a deal to acquire Pixar", "reached an agreement to buy X from Y"
                others = _counterparts_of_action(token, actions=[a for o in objs for a in _infinitives(o)] + [
                    a for a in token.children if a.dep_ == "advcl" and a.pos_ == "VERB"
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)])
        elif token.pos_ == "NOUN" and (lemma in ACQUISITION_NOUNS or token.lower_ in ACQUISITION_NOUNS):
            # "completed its takeover of BG Group", "Broadcom's acquisition of VMware", "the
            # purchase of X by Y": buyer and bought firm; only named firms ("the takeover of
            # Kabul" is no deal, "the purchase of jets" names no party)
            others = [a for a in arguments(pobjs(token, ("of",)))
                      if a.via == "name" and a.label in ("ORG", "")]
            if not others:
                return
            buyers = arguments(pobjs(token, ("by",))) or arguments(noun_owner(token) or [
                c for c in token.children if c.dep_ == "poss"])
            parties = [a for a in buyers if a.via in ("name", "pronoun") and a.label in _PARTY_LABELS | {""}]
            confidence = 0.7
        elif token.pos_ == "VERB" and lemma == "settle":
            # "X and Y settled", "X settled with Y", "the battle between X and Y was settled"
            if any(c.dep_ == "nsubjpass" for c in token.children):
                parties = arguments([g for c in token.children if c.dep_ == "nsubjpass"
                                     for g in pobjs(c, ("between",))])
            else:
                parties = arguments(subjects(token))
                others = arguments(pobjs(token, ("with",)) + [
                    g for d in token.children if d.dep_ == "dobj" for g in pobjs(d, ("with",))])
                if not others:
                    # "settled fraud charges brought by the SEC": a settlement with the party
                    # that brought the charges or the suit
                    others = [a for d in token.children if d.dep_ == "dobj"
                              and d.lemma_.lower() in _SETTLED for a in authors(d)]
            confidence = 0.75
        elif token.pos_ == "VERB" and lemma == "accept":
            objs = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in ACCEPT_OBJECTS]
            # "accepted what the company proposed": a free relative of proposing, its proposer
            proposed = [c for c in token.children if c.dep_ in ("ccomp", "dobj", "xcomp")
                        and c.pos_ == "VERB" and c.lemma_.lower() in _PROPOSING
                        and any(d.lower_ == "what" and d.dep_ == "dobj" for d in c.children)]
            accepted = [c for c in token.children if c.dep_ == "dobj" and _agreement_noun(c)] or (
                [token.head] if token.dep_ == "relcl" and _agreement_noun(token.head) else [])
            if proposed:
                parties = arguments(subjects(token))
                others = arguments([s for p in proposed for s in p.children if s.dep_ == "nsubj"])
                objs = []
            elif not objs and accepted:
                # "Israel and Hamas accepted the truce", "a truce that the rebels and the
                # government accepted": the parties that accept one agreement agree together
                parties = arguments(subjects(token))
                if len(parties) < 2:
                    # "the rebels accepted a ceasefire proposed by the African Union": the
                    # proposer of what one accepts is the other party
                    others = arguments([g for o in accepted for a in o.children if a.dep_ == "acl"
                                        and a.tag_ == "VBN" and a.lemma_.lower() in _PROPOSING
                                        for g in agents(a)])
                    if not others:
                        return
            elif not objs:
                return
            else:
                parties = arguments(subjects(token))
            if objs:
                others = proposers(token, objs)
            confidence = 0.75
        elif token.pos_ in ("NOUN", "PROPN") and _agreement_noun(token):
            if entity_span(token) is not None and token.ent_type_ not in ("", "LAW"):
                return
            holders = [token] + [c for c in token.children if c.dep_ == "acl"]
            if token.head.lemma_.lower() in AGREE_OBJECT_VERBS and token.head.i > token.i:
                holders.append(token.head)  # "the deal reached between X and Y" (misparsed)
            # "agreement was reached in December between X and Y": hung on the date
            holders += [d for h in holders[1:] for d in pobjs(h, ("in", "on")) if d.ent_type_ == "DATE"]
            between = [g for h in holders for g in pobjs(h, ("between", "among"))]
            parties = arguments(between) \
                or arguments([g for h in holders[1:] if h.lemma_.lower() in _MADE_BY
                              for g in agents(h)])  # "signed by X and Y"; not "brokered by X"
            joined = _one_side(parties, between)
            if joined:
                # "between Iran and the U.S. plus five other world powers": Iran with each
                first = parties[0]
                others = [p for p in parties[1:]]
                parties = [first]
            if not parties:
                parties = hyphen_pair(token)  # "the U.S.-Greek bases accord"
            if not parties:
                # "returned their weapons under a deal with the government", "X's pact with Y"
                withs = _with_of(token) + [  # "a contract to run the prisons with Y"
                    g for a in _infinitives(token) for h in [a, *(d for d in a.children if d.dep_ == "dobj")]
                    for g in pobjs(h, ("with",))] + [  # "under a deal struck with Britain"
                    g for a in token.children if a.dep_ == "acl" and a.tag_ == "VBN"
                    and a.lemma_.lower() in AGREE_OBJECT_VERBS for g in pobjs(a, ("with",))]
                if token.lemma_.lower() in _AWARDED:
                    # "won a contract from the Pentagon"
                    withs += pobjs(token, ("from",)) + (pobjs(token.head, ("from",))
                                                        if token.dep_ == "dobj" else [])
                if withs:
                    others = arguments(withs)
                    parties = arguments(noun_owner(token)) if others else []
            if not parties and token.dep_ == "pobj" and token.head.lower_ in ("under", "through") \
                    and token.head.head.pos_ == "VERB" and any(
                        c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
                # "Pfizer is buying a stake in Medarex under their collaboration deal": the
                # subject and the other party of what is done under the deal
                verb = token.head.head
                others = [a for a in _counterparts_of_action(verb, actions=[verb]) if a.via == "name"]
                parties = arguments(subjects(verb)) if others else []
            if not parties and token.dep_ == "dobj" and token.head.lemma_.lower() in _AWARDING \
                    and token.lemma_.lower() in _AWARDED:
                # "the Army awarded Halliburton a contract", "X was awarded a contract by Y"
                verb = token.head
                if is_passive(verb):
                    parties = arguments([c for c in verb.children if c.dep_ == "nsubjpass"])
                    others = arguments(agents(verb) + pobjs(token, ("by",)))
                else:
                    parties = arguments(subjects(verb))
                    others = arguments([c for c in verb.children if c.dep_ == "dative"])
                others = [a for a in others if a.label in _PARTY_LABELS | {""}]
                parties = parties if others else []
            confidence = 0.75
        else:
            return
        nominal = token.pos_ in ("NOUN", "PROPN")
        # a named agreement between parties exists whatever is said of it ("if the agreement
        # between X and Y is implemented"): only its own modifiers can make it unreal; so does
        # one a relative clause says was made ("wants to rip up the deal X negotiated with Y")
        relative = token.pos_ == "VERB" and token.dep_ == "acl" and lemma in AGREE_OBJECT_VERBS \
            and token.head.pos_ == "NOUN" and any(c.dep_ == "appos" for c in token.head.children)
        if relative:
            unreal = any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODAL_AUX)
                         for c in token.children)
        else:
            unreal = is_nominal_irrealis(token) if nominal else is_irrealis(token)
        if nominal and _topic_of_talks(token):
            return  # "talks on a merger between X and Y": what is discussed, not yet agreed
        if not parties or unreal:
            return
        if not others and len(parties) < 2:
            return
        yield from self.pairs("agreed", parties, others, token, context, confidence=confidence)


@registry.register(Agreements.name, predicates=Agreements.predicates)
def make_agreements() -> Extractor:
    """A new :class:`Agreements` extractor (the factory registered as ``agreements``)."""
    return Agreements()
