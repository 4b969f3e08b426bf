"""Events a later paragraph continues: a sentence in the present tense that tells what happens
during an event the article presented as planned is part of that plan, not a report.

- **Framed by the planned event**: "Brenner will travel to Oslo next week ... During the visit,
  Brenner meets Haugen and visits a research station": "the visit" (a definite event noun with
  no name of its own) is the one the article told last, and that one is planned.
- **The same counterpart as a planned event**: "Brenner will hold talks with Haugen on Friday
  ... Brenner meets Haugen at the ministry and then visits Bergen": a present-tense meeting with
  the counterpart of a meeting the article gave as planned, and never as held.
- **At a planned destination**: "Sato leaves for Seoul tomorrow. In Seoul, Sato meets Lee" (or
  "There he holds talks with Lee"): a present-tense clause set where a journey the article gave
  as planned, and no journey it told as made, goes.
- **Named again as planned**: "Oduya visits Kampala for talks with Okello. The visit, scheduled
  for next month, will be his first": a present-tense lead (as headlines and first lines write
  coming events) whose event a following sentence names again as still to come.

Only the present simple ("meets", "sign") is read so: a verb in the past ("met") reports its
own event, and a habitual one ("meets regularly", "every year") is real. :func:`continues_plan`
is used by :func:`graph.extract.discourse.read_article`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from graph.extract.base import Argument, Context, Mention
from graph.extract.common import RuleExtractor
from graph.extract.datelines import of_country, place_country
from graph.extract.modality import is_irrealis

#: Words of one kind of event, so a later word finds the earlier one (the families of
#: :mod:`graph.extract.modality`, kept here so this module does not reach into its privates).
VISIT_WORDS = frozenset({"visit", "trip", "tour", "journey", "travel", "fly", "go", "come",
                         "head", "leave", "arrive", "arrival", "stopover", "stay"})
MEET_WORDS = frozenset({"meet", "meeting", "talk", "talks", "summit", "negotiation",
                        "negotiations", "confer", "host", "session"})
#: Prepositions by which an event noun frames what happens within it ("during the visit").
_FRAMING = frozenset({"during", "at", "on", "in", "throughout"})
#: Words by which a present tense is habitual, and so real ("meets regularly").
_HABITUAL = frozenset({"regularly", "often", "usually", "frequently", "routinely", "always",
                       "sometimes", "annually", "traditionally", "every", "each", "typically"})
#: Position words of a photo caption ("A, left, meets B").
_CAPTION_MARKS = frozenset({"left", "right", "center", "centre", "l", "r", "c", "front"})
#: Predicates whose mentions a planned frame or counterpart can make planned.
PREDICATES = frozenset({"met", "visited", "agreed"})


def _word(token: Token) -> bool:
    """A verb or noun of the visit or meeting families."""
    return token.pos_ in ("VERB", "NOUN") and (
        token.lemma_.lower() in VISIT_WORDS | MEET_WORDS or token.lower_ in VISIT_WORDS | MEET_WORDS)


def _present_simple(verb: Token) -> bool:
    """'meets', 'sign': a finite present-tense verb with no auxiliary, not habitual."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(t.lower_ in _CAPTION_MARKS and t.i > 0 and verb.doc[t.i - 1].text in (",", "(")
           for t in verb.sent):
        return False  # "A, left, meets B in Rome": a caption tells a held event in the present
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return not any(t.lower_ in _HABITUAL for c in verb.children
                   if c.dep_ in ("advmod", "npadvmod", "prep") for t in c.subtree)


def _clause_verb(trigger: Token) -> Token | None:
    """The present-simple verb whose clause tells the event: the trigger itself, or the first of
    the verbs it is coordinated with ("meets Haugen ... and then visits Bergen")."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        if not _present_simple(verb):
            return None
        verb = verb.head
    if verb.pos_ == "NOUN":
        if verb.dep_ == "pobj" and verb.head.lower_ in _FRAMING | {"for"} and verb.head.head.pos_ == "VERB":
            verb = verb.head.head  # "At the talks, the two sign ...", "visits Kampala for talks"
        elif verb.dep_ == "dobj" and verb.head.lemma_.lower() in _LIGHT_VERBS:
            verb = verb.head  # "holds talks with"
        else:
            return None  # "The talks follow an agreement reached in December": not its verb
    return verb if _present_simple(verb) else None


#: Verbs whose object noun is the event they tell ("holds talks").
_LIGHT_VERBS = frozenset({"hold", "have", "conduct", "open", "begin", "start", "pay", "make"})


def _frame(verb: Token) -> Token | None:
    """'During the visit, X meets Y': the definite event noun with no name of its own that frames
    the clause of ``verb``."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _FRAMING:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and _word(noun) and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                    or c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) \
                    and not any(t.pos_ == "PROPN" for t in noun.subtree):
                return noun
    return None


def _framed_by_plan(verb: Token) -> bool:
    """The event the frame of ``verb`` names again (the last one of the families the article
    told before this sentence) is planned."""
    if _frame(verb) is None:
        return False
    earlier = next((t for t in reversed(verb.doc[: verb.sent.start]) if _word(t)), None)
    return earlier is not None and is_irrealis(earlier)


def _same_counterpart_planned(verb: Token, mention: Mention, trigger: Token) -> bool:
    """An earlier sentence gave an event of the mention's kind with one of the mention's actors
    as planned, and none told such an event with them as held. A trigger coordinated with the
    clause's verb ("meets Haugen ... and then visits Bergen") goes by that verb's own event."""
    if verb is not trigger and verb.pos_ == "VERB" and _word(verb) and trigger.dep_ == "conj":
        names = {t.lower_ for c in verb.children if c.dep_ in ("dobj", "prep")
                 for t in c.subtree if t.pos_ == "PROPN"}
        words = VISIT_WORDS if verb.lemma_.lower() in VISIT_WORDS else MEET_WORDS
    else:
        names = {w.lower() for arg in (mention.subject, mention.object) for w in arg.text.split()[-1:]}
        words = VISIT_WORDS if mention.predicate == "visited" else MEET_WORDS
    planned = False
    for earlier in verb.doc[: verb.sent.start]:
        if earlier.pos_ not in ("VERB", "NOUN") or not (
                earlier.lemma_.lower() in words or earlier.lower_ in words):
            continue
        own = {t.lower_ for t in earlier.subtree if t.pos_ == "PROPN"}
        if not names & own:
            continue
        if not is_irrealis(earlier):
            return False  # the article also told such an event as held
        planned = True
    return planned


#: Participles by which a noun's own clause schedules its event ("the visit, scheduled for ...").
_SCHEDULING = frozenset({"schedule", "set", "plan", "slate", "expect", "due"})
#: Verbs by which a clause tells its event as taking place ("the meeting, set for noon, went
#: ahead"): a scheduled event that happened.
_HAPPENING = frozenset({"hold", "take", "go", "end", "begin", "start", "open", "conclude", "close",
                        "last", "proceed"})
#: How many sentences after a present-tense lead the plan that names it again may be told.
_LATER_SENTENCES = 3


def _past_clause(verb: Token) -> bool:
    """'was', 'had been planned', 'went': a clause in the past or the pluperfect."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                     for c in verb.children)


def _named_as_planned(noun: Token) -> bool:
    """'The visit, scheduled for next month, will be ...', 'The trip is planned for next week':
    a definite event noun that its own words or its clause give as still to come."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
               or c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.lemma_.lower() in _HAPPENING:
        return False
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SCHEDULING
           and any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children) for c in noun.children):
        return True
    return not _past_clause(verb) and is_irrealis(noun)


def _planned_later(verb: Token, mention: Mention) -> bool:
    """'Oduya visits Kampala for talks with Okello. The visit, scheduled for next month, ...': a
    present-tense lead whose event the next sentences name again, with no name of another actor,
    as planned, with no event of the kind told as held between them."""
    doc = verb.doc
    allowed = {w.lower() for arg in (mention.subject, mention.object) for w in arg.text.split()}
    sent = verb.sent
    for _ in range(_LATER_SENTENCES):
        if sent.end >= len(doc):
            return False
        sent = doc[sent.end].sent
        for t in sent:
            if not _word(t):
                continue
            if t.pos_ == "NOUN" and _named_as_planned(t) and not any(
                    w.pos_ == "PROPN" and w.lower_ not in allowed and w.ent_type_ in ("PERSON", "ORG")
                    for w in t.subtree):
                return True
            if t.pos_ == "VERB" and _past_clause(t):
                return False  # an event of the kind told as held: the lead may be that one
    return False


def _place_of(verb: Token) -> str | None:
    """'In Seoul, Sato meets Lee', 'There he holds talks': the named place the clause of ``verb``
    is set in (for "there", the last place named in the sentence before)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC"):
                    return g.lower_
        if c.dep_ == "advmod" and c.lower_ == "there" and verb.sent.start > 0:
            before = verb.doc[verb.sent.start - 1].sent
            places = [t for t in before if t.ent_type_ in ("GPE", "LOC") and t.dep_ == "pobj"]
            if places:
                return places[-1].lower_
    return None


def _at_planned_destination(verb: Token) -> bool:
    """'Sato leaves for Seoul tomorrow. In Seoul, Sato meets Lee': a present-tense clause set in
    the place of a journey the article gave as planned, and of no journey it told as made."""
    place = _place_of(verb)
    if place is None:
        return False
    planned = False
    for earlier in verb.doc[: verb.sent.start]:
        if earlier.pos_ not in ("VERB", "NOUN") or earlier.lemma_.lower() not in VISIT_WORDS:
            continue
        if place not in {t.lower_ for t in earlier.subtree if t.ent_type_ in ("GPE", "LOC")}:
            continue
        if not is_irrealis(earlier):
            return False  # a journey there the article told as made
        planned = True
    return planned


def continues_plan(doc: Doc, mention: Mention, trigger: Token | None) -> bool:
    """True when ``mention`` (of ``doc``, with its ``trigger`` token) is told in the present simple
    inside an event the article presented as planned before (see the module docstring)."""
    if mention.predicate not in PREDICATES or trigger is None:
        return False
    verb = _clause_verb(trigger)
    if verb is None:
        return False
    return (_framed_by_plan(verb) or _same_counterpart_planned(verb, mention, trigger)
            or _planned_later(verb, mention) or _at_planned_destination(verb))


class _VisitRules(RuleExtractor):
    """Builds the visits a definite "the visit" names again."""

    name = "discourse"
    predicates: tuple[str, ...] = ("visited",)


_VISITS = _VisitRules()


def _origins(doc: Doc, argument: Argument) -> list[str]:
    """The nationality words the article put before the name of ``argument``'s person ("British
    Foreign Secretary Liz Truss"), under any mention of the same surname."""
    from graph.extract.coref import persons  # here: coref imports modules this one shares

    last = argument.text.split()[-1] if argument.text.split() else ""
    out: list[str] = []
    for ent, _ in persons(doc):
        if ent.text.split() and ent.text.split()[-1] == last:
            out += [t.text for t in doc[ent.root.left_edge.i : ent.start] if t.ent_type_ == "NORP"]
    return out


def _guest(doc: Doc, meeting: Mention) -> Argument | None:
    """Of a meeting held in a named place, the one participant the article made a foreigner there
    while it made the other a native ("British Foreign Secretary Liz Truss and Russian Foreign
    Minister Sergei Lavrov held talks in Moscow": Truss); ``None`` unless exactly so."""
    if meeting.place is None:
        return None
    code = place_country(meeting.place.text)
    if code is None:
        return None
    kinds = []
    for argument in (meeting.subject, meeting.object):
        words = _origins(doc, argument)
        kinds.append(None if not words else any(of_country(w, code) for w in words))
    if kinds == [False, True]:
        return meeting.subject
    if kinds == [True, False]:
        return meeting.object
    return None


def visits_named_again(doc: Doc, found: Sequence[Mention], context: Context) -> Iterator[Mention]:
    """'Truss and Lavrov held talks in Moscow ... The visit is part of a flurry of diplomacy': a
    definite "the visit" (or "trip") with no words of its own, told as real, in an article that
    told no visit before it, names the visit of the guest of the last meeting before it held in
    a named place (the participant the article made a foreigner there, the other a native):
    he or she visited that place, on the meeting's date."""
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("visit", "trip") or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
            continue
        if any(c.dep_ in ("poss", "prep", "compound", "amod", "acl", "relcl") for c in noun.children):
            continue  # "his visit", "the visit to X", "the state visit": words of its own
        if is_irrealis(noun):
            continue
        before = [m for m in found if m.start < noun.sent.start_char]
        if any(m.predicate == "visited" for m in before):
            return  # "the visit" names the visit already told
        meetings = [m for m in before if m.predicate == "met" and m.place is not None]
        if not meetings:
            continue
        last = max(meetings, key=lambda m: m.start)
        guest, place = _guest(doc, last), last.place
        if guest is not None and place is not None:
            made = _VISITS.mention("visited", guest, place, noun, context, confidence=0.6)
            yield replace(made, date=last.date)
        return
