"""``met(actor, actor)``: in-person meetings, talks, hosting, welcomes, joint news conferences.

Patterns: "X met (with) Y", "X and Y met", "X hosted / received / welcomed / greeted Y" (and the
passives), "X visited Y" when Y is a person or group, "X shook hands with Y", nominal "talks
between X and Y", "X held talks with Y", "during a meeting with Y, X said", "X and Y held a
joint news conference". Several participants give one mention per pair. Not meetings: phone
calls, letters, video links, a body meeting by itself, addressing a meeting or a rally.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graph.extract.base import Argument, Context, Extractor, Mention, registry
from graph.extract.clauses import noun_owner, subjects
from graph.extract.common import RuleExtractor, dated_ahead
from graph.extract.gazetteer import is_known_place
from graph.extract.lexicon import (
    ACTOR_NOUNS,
    LIGHT_VERBS,
    MEET_GESTURES,
    MEET_NOUNS,
    MEET_VERBS,
    NON_VISITOR_NOUNS,
    PLACE_LABELS,
    REMOTE_WORDS,
    is_community_noun,
    is_place_noun,
)
from graph.extract.meeting_parts import (
    attendees,
    called_on,
    caption_and_pair,
    caption_pair,
    hosted_after_and,
)
from graph.extract.modality import is_irrealis
from graph.extract.syntax import ANAPHORIC_PLACES, arguments
from graph.extract.tree import agents, is_passive, light_verb, pobjs

#: Actor nouns that, visited, are places or bodies rather than people met ("visited the country").
_INSTITUTIONS = frozenset(["country", "countries", "nation", "nations", "state", "states", "power", "powers", "side", "sides", "party", "parties", "organization", "organisation", "company", "firm", "bank", "court", "parliament", "congress", "senate", "ministry", "agency", "committee", "commission", "council", "government", "administration", "army", "military", "police", "alliance", "union", "bloc"])

#: Verbs by which an actor gives an event in someone's honour ("hosted a dinner for X").
_HOSTING = frozenset({"host", "give", "throw", "hold"})

#: Verbs whose object must be an actor for the verb to mean a meeting.
_NEEDS_OBJECT = frozenset({"host", "welcome", "receive", "greet", "visit"})


#: Audiences rather than counterparts: talking to them is no meeting ("told reporters").
_AUDIENCES = frozenset({"reporters", "journalists", "media", "press", "audience", "crowd",
                        "crowds", "supporters", "voters", "students", "listeners", "viewers"})


def _actors(args: list[Argument]) -> list[Argument]:
    return [a for a in args if (a.label not in PLACE_LABELS or a.label == "GPE")
            and not (a.via == "noun" and a.text.split()[-1].lower() in _AUDIENCES)]


def _remote(token: Token) -> bool:
    """'phone talks', 'talks by video link', 'met via videoconference', 'talked in a call': not
    in person."""
    words: set[str] = set()
    if token.pos_ in ("NOUN", "PROPN"):
        words |= {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "over", "via", "in", "during", "through"):
            # "by video link", "in a phone call"; not "at a remote air base" (an adjective of a place)
            words |= {g.lower_ for g in c.subtree if g.dep_ != "amod"}
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in REMOTE_WORDS:
            words.add(c.lower_)  # "talked online", "met online"
    return bool(words & REMOTE_WORDS)


#: Nouns of the other side that a possessive does not make one's own ("his counterpart").
_OTHER_SIDE = frozenset({"counterpart", "counterparts", "host", "hosts", "guest", "guests",
                         "opponent", "opponents", "rival", "rivals", "successor", "predecessor",
                         "visitor", "visitors", "interlocutor", "interlocutors"})


def own_side(token: Token) -> bool:
    """'with their wives', 'with his aides': people a possessive pronoun makes the subject's
    own, who come along rather than meet (not "his Chinese counterpart", "their hosts")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() not in _OTHER_SIDE and \
        token.lower_ not in _OTHER_SIDE and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in token.children)


def _companions(token: Token) -> list[Token]:
    """Who else takes part: "with Y", "alongside (visiting) Y" (not "with their wives"; but in
    "Howard's meeting with their minister" the "their" is someone else's)."""
    named_owner = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)
    out = [t for t in pobjs(token, ("with", "alongside")) if not own_side(t) or (
        named_owner and any(c.lower_ == "their" for c in t.children))]
    if token.dep_ == "pobj" and token.head.lower_ in ("at", "during") and token.head.head.pos_ == "VERB":
        # "Speaking at a news conference in Ankara alongside his Turkish counterpart, X said":
        # who stands beside the speaker at the event, hung on the verb
        out += [t for t in pobjs(token.head.head, ("alongside", "beside")) if not own_side(t)]
    expanded: list[Token] = []
    for t in out:
        if t.dep_ == "pcomp":  # "alongside visiting King Abdullah"
            expanded.extend(c for c in t.children if c.dep_ == "dobj")
        else:
            expanded.append(t)
    return expanded


#: What a crowd is "met with" when it is confronted, not met ("met protesters with tear gas").
_FORCE = frozenset("""
gas force forces gunfire fire bullets bullet batons baton violence cannon cannons arrests
repression shots clubs stones rocks grenades rubber tear-gas truncheons live ammunition
""".split())  # noqa: SIM905

#: Bodies one testifies to rather than meets ("told the jury at the courthouse").
_HEARINGS = frozenset({"court", "jury", "judge", "judges", "tribunal", "committee", "panel",
                       "parliament", "congress", "senate", "hearing", "inquiry", "commission"})

#: Deals whose object is the other side of talks ("talks to buy X").
_DEALING = frozenset({"buy", "acquire", "purchase", "take", "merge", "sell"})

#: Gatherings whose guests, hosted together, meet each other ("hosted A and B for a summit").
_GATHERINGS = frozenset({"summit", "talk", "talks", "meeting", "conference", "negotiation", "dinner", "lunch"})

#: What is hosted without meeting anyone: events and gatherings.
_HOSTED_EVENTS = frozenset("""
party parties event events festival ceremony games tournament championship forum exhibition
show concert conference summit competition olympics reception fair talks meeting session
""".split())  # noqa: SIM905


def _event_or_population(arg: Argument, verb: Token) -> bool:
    """An event ("parties"), or a counted population ("600,000 refugees"), as a verb's object."""
    words = arg.text.lower().split()
    if words and (words[-1] in _HOSTED_EVENTS or words[-1] in NON_VISITOR_NOUNS):
        return True
    return any(w.replace(",", "").isdigit() and int(w.replace(",", "")) >= 100 for w in words)


_CAPTION_VERBS = frozenset({"speak", "chat", "laugh", "walk", "pose", "confer", "converse", "joke",
                            "smile", "sit", "stand", "gesture"})


#: Verbs of talking or eating with someone, in any tense ("chatted with Y", "dined together").
_TABLE_TALK = frozenset({"talk", "chat", "dine", "lunch", "breakfast"})
#: Forms of those verbs the small model's lemmatizer gets wrong ("dined" -> "din").
_TABLE_FORMS = {"dined": "dine", "dines": "dine", "dining": "dine", "lunched": "lunch"}

#: Verbs by which one addresses another in person ("asked the envoy", "thanked him").
_ADDRESSING = frozenset("""
ask tell urge press thank congratulate brief inform assure warn invite reassure
""".split())  # noqa: SIM905

#: Verbs of attending to someone present ("listens to Y during a news conference").
_ATTENDING_TO = frozenset({"listen", "speak", "talk", "whisper", "chat", "turn", "gesture"})

def _unreal_circumstance(verb: Token) -> bool:
    """True when the verb a meeting noun is the circumstance of ("shake hands at the summit") is
    unreal, so the meeting of its subjects is too; but agreeing to act during a meeting ("agreed
    to expand trade during a meeting") is done at the meeting, which took place; nor does the
    purpose of an agreement ("sealed an accord to restore ties during talks in Beijing", where
    the parser hangs the talks on the purpose)."""
    if verb.dep_ in ("acl", "relcl", "advcl") or not is_irrealis(verb):
        return False
    head = verb
    while head.dep_ == "xcomp" and head.head is not head:
        head = head.head
        if head.lemma_.lower() == "agree":
            return is_irrealis(head)
    return True


class Meetings(RuleExtractor):
    """In-person meetings between named actors."""

    name = "meetings"
    predicates: tuple[str, ...] = ("met",)
    triggers = frozenset(MEET_VERBS | MEET_NOUNS | set(MEET_GESTURES) | {"visit", "talk", "tell", "join", "call"}
                         | _CAPTION_VERBS | _TABLE_TALK | set(_TABLE_FORMS) | {"ceremony"})

    def at(self, token: Token, context: Context) -> Iterator[Mention]:
        caption = caption_pair(token) or caption_and_pair(token)
        if caption is not None:
            yield self.mention("met", *caption, token, context, confidence=0.75)
        for rule in (called_on, hosted_after_and):
            # "called on Chairman X" (no "to" clause); "..., and hosted X" parsed as a modifier
            hosts, guests = rule(token)
            if hosts and guests and not _remote(token) and not is_irrealis(token):
                for a in hosts:
                    for b in guests:
                        yield self.mention("met", a, b, token, context, confidence=0.7)
                return
        lemma = _TABLE_FORMS.get(token.lower_, token.lemma_.lower())
        parties: list[Argument] = []
        others: list[Argument] = []
        confidence = 0.9
        between: list[Argument] = []
        verbal = token.pos_ == "VERB" or (token.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" for c in token.children))  # "Pope Francis greets ...", tagged a noun
        if token.lower_ == "meeting" and token.dep_ == "advcl" and (
                token.i == token.sent.start or token.doc[token.i - 1].text == ","):
            # "Meeting in Moscow, A and B said ...", "A and B, meeting in Geneva, agreed ...": a
            # participle the tagger took for a noun; its subjects are the main clause's
            verbal, lemma = True, "meet"
        caption_noun = token.tag_ == "NNS" and token.dep_ == "appos" and token.head.ent_type_ == "PERSON"
        if token.lower_ == "meeting" and token.dep_ == "appos" and token.i > 0 and \
                token.doc[token.i - 1].text == "," and not any(
                    c.dep_ in ("det", "poss", "amod", "compound") for c in token.children):
            # "A and B, meeting in Brussels, agreed ...": a participle between commas, which the
            # tagger took for a noun in apposition; its subjects are the phrase it describes
            parties = arguments([token.head])
            others = _actors(arguments(pobjs(token, ("with",))))
            confidence = 0.75
        elif lemma == "host" and token.pos_ == "NOUN" and token.dep_ in ("dobj", "attr") and \
                token.head.lemma_.lower() == "play":
            # "X played host to Y": hosting by a light verb
            parties = arguments(subjects(token.head))
            others = [a for a in _actors(arguments(pobjs(token.head, ("to",)) + pobjs(token, ("to",))))
                      if not _event_or_population(a, token)]
            if not others:
                return
            confidence = 0.8
        elif lemma == "sit" and verbal and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
            # "Pompeo sat down with Lavrov": a meeting in any tense
            parties = arguments(subjects(token))
            others = _actors(arguments(pobjs(token, ("with",))))
            if not others or _remote(token):
                return
            confidence = 0.8
        elif lemma in _CAPTION_VERBS and ((verbal and token.tag_ in ("VBZ", "VBP") and token.dep_ not in (
                "ccomp", "xcomp", "advcl", "relcl")) or caption_noun):
            # (a caption's verb is its main verb: "X said the U.S. stands with Y" is a stance)
            # photo captions: "X, center, speaks with Y and Z at the summit", "X laughs with Y"
            # (the tagger often takes "chats" after "X, center," for a noun in apposition)
            parties = arguments([token.head] if caption_noun else subjects(token))
            others = _actors(arguments(pobjs(token, ("with", "alongside"))))
            if not others and len(parties) == 2 and all(p.via == "name" for p in parties) and any(
                    c.lower_ == "together" for c in token.children):
                # "X, left, and Y walk together in Warsaw": the two named together in a caption
                parties, others = parties[:1], parties[1:]
            if not others or _remote(token):
                return
            confidence = 0.7
            if len(others) == 2 and all(o.via == "name" for o in others):
                yield self.mention("met", others[0], others[1], token, context,
                                   confidence=confidence - 0.1)
        elif verbal and lemma == "tell" and token.pos_ == "VERB":
            # "the smuggler told an informant at a dance club": said to someone at a venue, so in
            # person (a city is not enough: "told the minister in London")
            venues = [g for g in pobjs(token, ("at", "in", "inside"))
                      if g.ent_type_ == "FAC" or (g.pos_ == "NOUN" and is_place_noun(g.lemma_.lower()))]
            if not venues or _remote(token) or any(t.lower_ in REMOTE_WORDS for t in token.subtree):
                return
            parties = arguments(subjects(token))
            others = [a for a in _actors(arguments([c for c in token.children if c.dep_ in ("dobj", "dative")]))
                      if a.via != "pronoun" and a.text.split()[-1].lower() not in _HEARINGS]
            if not others:
                return
            confidence = 0.65
        elif verbal and lemma in _TABLE_TALK:
            # "X, left, talks with Y" (captions), "X chatted with Y", "X and Y dined together";
            # not "talked by phone" or "talks to reporters"
            parties = arguments(subjects(token))
            others = _actors(arguments(pobjs(token, ("with",))))
            if lemma != "talk":  # dining or chatting with friends is no meeting of actors
                others = [a for a in others if a.via != "noun" or a.text.split()[-1].lower() in ACTOR_NOUNS]
            if _remote(token) or not (others or (len(parties) > 1 and any(
                    c.lower_ == "together" for c in token.children))):
                return
            confidence = 0.75
        elif lemma == "join" and token.pos_ == "VERB":
            # "he joined Chancellor A and President B in Berlin", "joined A for talks": named
            # people joined at a place or for talks were met (not "joined the alliance")
            joined = [c for c in token.children if c.dep_ == "dobj"]
            others = [a for a in arguments(joined) if a.label == "PERSON" and a.via == "name"]
            where = [g for h in [token, *joined, *(c for j in joined for c in j.conjuncts)]
                     for g in pobjs(h, ("in", "at")) if g.ent_type_ in ("GPE", "FAC", "LOC")]
            talks = [g for g in pobjs(token, ("for",)) if g.lemma_.lower() in MEET_NOUNS]
            if not others or not (where or talks) or _remote(token) or is_irrealis(token):
                return
            parties = arguments(subjects(token))
            confidence = 0.7
            if parties and len(others) == 2:  # the two joined were together there
                yield self.mention("met", others[0], others[1], token, context,
                                   confidence=confidence - 0.1)
        elif verbal and lemma in MEET_VERBS | {"visit"}:
            if _remote(token):
                return
            if is_passive(token):
                parties = arguments(agents(token))
                others = arguments([c for c in token.children if c.dep_ == "nsubjpass"])
                if not others and token.dep_ != "acl":  # "a lunch hosted by X": not a person
                    others = arguments(subjects(token))
                if not parties:
                    return
            else:
                parties = arguments(subjects(token))
                if not parties and token.tag_ == "VBG" and token.dep_ == "dobj" and \
                        token.head.lemma_.lower() in LIGHT_VERBS:
                    # "he had one in-person meeting with him": a noun the tagger took for a verb
                    parties = arguments(subjects(token.head))
                objects = [c for c in token.children if c.dep_ == "dobj"
                           or (c.dep_ == "appos" and token.pos_ != "VERB")]
                withs = pobjs(token, ("with",))
                if objects:
                    # "met the protesters with his aides": who came along, not who was met
                    withs = [w for w in withs if not any(
                        c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in w.children)]
                others = arguments(objects + withs)
            if any(g.lemma_.lower() in _FORCE or g.lower_ in _FORCE for g in pobjs(token, ("with",))):
                return  # "police met protesters with tear gas": force, not a meeting
            if lemma == "host":
                # "hosted sex parties", "hosts 600,000 refugees": an event or a population
                others = [a for a in others if not _event_or_population(a, token)]
            if others and not _actors(others):
                return  # only an audience or a place: "met with reporters"
            others = _actors(others)
            if lemma in _NEEDS_OBJECT and not others:
                return
            if lemma == "visit":
                # "visited the injured officers": a meeting only with people, never a place
                if any(a.label in PLACE_LABELS for a in others):
                    return
                others = [a for a in others if (a.label == "PERSON" and not is_known_place(a.text)) or (
                    a.via == "noun" and a.text.split()[-1].lower() not in _INSTITUTIONS
                    and a.text.split()[-1].lower() not in ANAPHORIC_PLACES
                    # "visited a kibbutz", "a school": a community visited is a place
                    and not is_community_noun(a.text.split()[-1].lower())
                    and not is_place_noun(a.text.split()[-1].lower()))]
                if not others:
                    return
        elif token.pos_ == "VERB" and lemma in MEET_GESTURES:
            obj = MEET_GESTURES[lemma]
            if obj and not any(c.dep_ == "dobj" and c.lemma_.lower() == obj for c in token.children):
                return
            parties = arguments(subjects(token))
            others = arguments(pobjs(token, ("with",)))
            if not obj and not others:  # "the pope embraced the patriarch"
                others = _actors(arguments([c for c in token.children if c.dep_ == "dobj"]))
            if not others and len(parties) < 2:
                return
        elif token.pos_ == "NOUN" and lemma in ("visit", "trip", "tour", "stay") and \
                token.dep_ == "pobj" and token.head.lower_ in ("during", "on", "in", "while", "throughout"):
            # "During his visit to Kabul, Musharraf congratulated Karzai": addressing someone
            # in the course of one's visit is meeting them
            prep = token.head
            verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ADDRESSING:
                return
            if any(c.dep_ == "poss" and c.lower_ not in ("his", "her", "their") for c in token.children):
                return  # "during Obama's visit, Merkel thanked ...": someone else's visit
            parties = arguments(subjects(verb))
            others = [a for a in arguments([d for d in verb.children if d.dep_ == "dobj"])
                      if a.label in ("PERSON", "") and not is_known_place(a.text)]
            if not others or is_irrealis(verb):
                return
            confidence = 0.7
        elif token.pos_ in ("NOUN", "PROPN") and (lemma in MEET_NOUNS or token.lower_ in MEET_NOUNS or (
                lemma == "ceremony" and any(c.lower_ == "signing" for c in token.children))):
            # (a signing ceremony brings the signatories together)
            if _remote(token):
                return
            between = arguments(pobjs(token, ("between", "among")) + [
                g for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for g in pobjs(c, ("between", "among"))]  # "negotiations held between X and Y"
                + [g for c in token.children if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD")
                   and c.lemma_.lower() == "attend" for g in agents(c)])  # "the meeting, attended by X and Y"
            between += [a for a in attendees(token) if all(a.text != b.text for b in between)]
            others = arguments(_companions(token))
            light = light_verb(token)
            if light is not None and not others:
                # "held talks on Tuesday with Y", "gave a warm welcome to Y"
                others = arguments(_companions(light) + (
                    pobjs(light, ("to",)) if lemma in ("welcome", "reception") else []))
            if not others and lemma in ("talk", "talks", "negotiation", "negotiations"):
                # "is in talks to be acquired by a Chinese producer", "in talks to buy X"
                for action in (a for a in token.children if a.dep_ in ("acl", "relcl")
                               and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)):
                    if is_passive(action):
                        others += arguments(agents(action))
                    elif action.lemma_.lower() in _DEALING:
                        others += [a for a in arguments([d for d in action.children if d.dep_ == "dobj"])
                                   if a.via == "name" and a.label in ("ORG", "PERSON", "GPE", "")]
            if light is not None and not others and is_passive(light):
                # "was given a warm welcome by Y", "were granted an audience by Y"
                others = arguments(agents(light) + pobjs(token, ("by",)))
            if lemma in ("welcome", "reception", "audience") and not others:
                # "gave a welcome to Y", "granted an audience to Y"
                others = arguments(pobjs(token, ("to", "for")))
            if lemma in ("welcome", "reception") and not others:
                return
            if not others and token.dep_ == "dobj" and token.head.lemma_.lower() in _HOSTING:
                others = arguments(pobjs(token, ("for", "honoring", "honouring")))  # "a dinner for X"
            if between:
                parties, others = between, []
            else:
                parties = arguments(noun_owner(token))
                prep = token.head
                if not others and token.dep_ == "pobj" and prep.lower_ in ("during", "at", "after") \
                        and prep.head.pos_ == "VERB":
                    # "X discussed trade with Y during their meeting"
                    others = arguments(pobjs(prep.head, ("with",))
                                       + [g for d in prep.head.children if d.dep_ == "dobj"
                                          for g in pobjs(d, ("with",))])
                    if not others and prep.head.lemma_.lower() in _ATTENDING_TO:
                        # "X, left, listens to Y during a news conference"
                        others = arguments([g for g in pobjs(prep.head, ("to",)) if not any(  # not "his aides"
                            c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in g.children)])
                    if not others and (prep.head.lemma_.lower() in _ADDRESSING or any(
                            c.dep_ == "poss" and c.lower_ == "their" for c in token.children)):
                        # "During a meeting on Monday, the minister asked the envoy to leave",
                        # "Trump praised Kim after their summit": the two whose meeting it was
                        others = arguments([d for d in prep.head.children if d.dep_ == "dobj"])
            confidence = 0.8
        else:
            return
        if not parties or is_irrealis(token) or dated_ahead(token):
            return
        if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.head.pos_ == "VERB" and \
                not between and _unreal_circumstance(token.head.head):
            return  # "X and Y are expected to shake hands at the summit": met only through the verb
        counterparts = _actors(others)
        if others and not counterparts:
            return  # only an audience ("met with reporters"): no meeting between the subjects
        if not others and token.pos_ in ("NOUN", "PROPN") and all(p.via == "noun" for p in parties) \
                and len({p.text.split()[-1].lower() for p in parties}) > 1 \
                and not pobjs(token, ("between", "among")) and not (
                    lemma in ("talk", "talks", "negotiation", "negotiations")
                    and all(len(p.text.split()) > 1 for p in parties)):
            # (but "government negotiators and rebel commanders held talks": two sides)
            return  # "researchers and scholars wrapped a conference": a gathering, nobody named
        others = counterparts
        if others or len(parties) > 1:
            yield from self.pairs("met", _actors(parties), others, token, context, confidence=confidence)
        if lemma == "host" and token.pos_ == "VERB" and 1 < len(others) <= 5 and any(
                g.lemma_.lower() in _GATHERINGS for g in pobjs(token, ("for",))):
            # "X hosted A, B and C for a summit": the guests of one gathering meet each other
            yield from self.pairs("met", others, [], token, context, confidence=confidence - 0.1)


@registry.register(Meetings.name, predicates=Meetings.predicates)
def make_meetings() -> Extractor:
    """A new :class:`Meetings` extractor (the factory registered as ``meetings``)."""
    return Meetings()
