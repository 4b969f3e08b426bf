"""Modality: is an event presented as having happened, or only planned, wished, refused, hedged,
hypothetical, conditional or negated?

The test walks up the dependency tree from the trigger. Through tight links (xcomp, objects,
prepositions) everything above counts: "planning a trip", "canceled a visit", "is set to meet",
"did not agree". Through loose links (coordination, adverbial clauses) only modal auxiliaries
count, so "denied responsibility, accusing X" still accuses; through a complement clause the
governing verb counts ("suggested a strategy had been agreed") but its negation does not.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import (
    ACCUSE_VERBS,
    CONDITIONAL_MARKERS,
    IRREALIS_GOVERNORS,
    IRREALIS_NOUN_MODIFIERS,
    IRREALIS_NOUNS,
    MEET_NOUNS,
    MODAL_AUX,
    NEGATING_DETERMINERS,
)

_TIGHT = frozenset({"xcomp", "pobj", "dobj", "prep", "pcomp", "nsubjpass", "attr", "acl",
                    "oprd", "agent", "compound", "npadvmod", "appos"})
#: A subject is not what its verb plans or wishes ("the talks aim to ...") but shares its
#: negation and modality ("the visit will not take place").
_SUBJECT = frozenset({"nsubj", "csubj"})
#: Prepositions of time, place and circumstance: what they introduce is not governed by the verb.
_ADJUNCT_PREPS = frozenset({"during", "at", "in", "after", "following", "amid", "on", "upon", "since", "under",
                            "throughout", "despite"})
_LOOSE = frozenset({"conj", "advcl"})
_COMPLEMENT = frozenset({"ccomp"})


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in NEGATING_DETERMINERS)
               for c in token.children)


def _modal(token: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX for c in token.children) \
        or _headline_future(token)


def _headline_future(token: Token) -> bool:
    """'President Moon to visit Washington for talks with Trump': an infinitive with a subject and
    no verb above it is a headline's future."""
    return token.dep_ == "ROOT" and token.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _scheduled(token: Token) -> bool:
    """'Kenyatta, who arrives in Seoul on Tuesday, ...': a simple present dated by a day is a
    timetable, still to come (news reports what happened in the past tense)."""
    if token.tag_ not in ("VBZ", "VBP") or token.pos_ != "VERB" or any(
            c.dep_ in ("aux", "auxpass") for c in token.children) or _caption_marker(token):
        return False
    for child in token.children:
        phrase = [child] if child.dep_ == "npadvmod" else (
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep"
            and child.lower_ in ("on", "at") else [])
        for t in phrase:
            if t.ent_type_ == "DATE" and not any(len(g.text) == 4 and g.is_digit for g in t.subtree) \
                    and (t.lower_ in _WEEKDAYS or any(g.ent_type_ == "DATE" and g.like_num
                                                      for g in t.subtree)):
                return True  # not "meets Castro in Havana on March 20, 2016" (a dated caption)
    return False


#: Where a person stands in a photo caption: "X (R) meets Y", "X, left, greets Y".
_POSITION_MARKS = frozenset({"l", "r", "c", "left", "right", "center", "centre", "front"})


def _caption_marker(verb: Token) -> bool:
    """A photo caption's position mark before the verb ("A (R) meets B on April 12"): a
    caption's present tense describes the picture, not a timetable."""
    doc = verb.doc
    for t in doc[verb.sent.start : verb.i]:
        if t.lower_ in _POSITION_MARKS and 0 < t.i < len(doc) - 1 and (
                (doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")")
                or (doc[t.i - 1].text == "," and doc[t.i + 1].text == ",")):
            return True
    return False


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})


def _conditional(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in token.children)


def _unreal_modifier(token: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in IRREALIS_NOUN_MODIFIERS
               for c in token.children)


def _governs_unreal(token: Token) -> bool:
    lemma = token.lemma_.lower()
    # the small model's lemmatizer misses some forms ("hopes" -> "hop"): the form less its -s/-d
    forms = {lemma, token.lower_[:-1]} if token.lower_.endswith(("s", "d")) else {lemma}
    if token.pos_ in ("VERB", "ADJ", "AUX") and forms & IRREALIS_GOVERNORS:
        return True
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in _MODAL_ADJECTIVES for c in token.children):
        return True  # "is due in Moscow next week for talks with Putin"
    return token.pos_ == "NOUN" and (token.lower_ in IRREALIS_NOUNS or lemma in IRREALIS_NOUNS)


def _purpose_infinitive(token: Token) -> bool:
    """'flew to Moroto to meet X': an infinitive of purpose states an intention, not an event."""
    if token.dep_ in ("acl", "relcl") and any(c.lower_ in ("first", "last", "only")
                                               for c in token.head.children):
        return False  # "the first sitting president to visit Cuba" states a fact
    if token.dep_ == "advcl" and token.head.lemma_ in ("be", "become") and any(
            c.dep_ == "attr" and any(g.lower_ in ("first", "last", "only") for g in c.children)
            for c in token.head.children):
        return False  # "became the first president to visit Hiroshima", the parser's advcl
    if token.head.lemma_.lower() == "summon" and token.head.tag_ in ("VBD", "VBN"):
        return False  # "was summoned to confer with X": a summons is answered in person
    journey = token.head
    if journey.dep_ == "npadvmod" and journey.lemma_.lower() in _SPAN_NOUNS:
        journey = journey.head  # "travelled to Kyiv the following day to meet", misparsed
    if journey is not token and token.lemma_.lower() == "meet" and _dated_journey(journey):
        return False  # "travelled on to Kyiv the following day to meet Zelenskiy": reported done
    return token.dep_ in ("advcl", "acl", "relcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


_JOURNEY_VERBS = frozenset({"travel", "fly", "go", "head", "come", "drive", "sail"})

#: Arrivals, after which the purpose of the journey is still ahead.
_ARRIVING = _JOURNEY_VERBS | frozenset({"arrive", "land", "leave", "depart"})


def _arrived_for(noun: Token) -> bool:
    """'X has arrived in Warsaw for talks with Y', 'X arrives in Warsaw for talks': talks named
    as the purpose of a journey told in the present or the present perfect (the news that the
    visitor is there) are still ahead; a journey in the simple past ("flew to Vienna on Monday
    for talks") may report them, and is left to the other rules."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj":
        # "for the first round of talks with Y": the talks of what the journey is for
        prep = prep.head.head
    if noun.lemma_.lower() not in MEET_NOUNS or noun.dep_ != "pobj" or prep.lower_ != "for" \
            or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ARRIVING:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
                                      for c in verb.children)


def _dated_journey(verb: Token) -> bool:
    """'flew to Moscow on Monday', 'travelled on to Kyiv the following day': a journey in the
    simple past to a place, dated by a time expression of its own, is over; the meeting it was
    made for is reported with it (not "was to travel", "plans to fly", "flew ... to try to meet")."""
    if verb.lemma_.lower() not in _JOURNEY_VERBS or verb.tag_ != "VBD" or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "ccomp", "acl", "relcl") or _negated(verb) or _modal(verb) \
            or _conditional(verb) or _future_time(verb) or (verb.dep_ == "advcl" and any(
                c.dep_ == "mark" for c in verb.children)):
        return False  # ("then travelled on to Kyiv", an advcl with no conjunction, is a sequence)
    dated = any((c.dep_ in ("npadvmod", "tmod") and (c.ent_type_ in ("DATE", "TIME")
                                                      or c.lemma_.lower() in _SPAN_NOUNS))
                or (c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ == "DATE" for g in c.children))
                for c in verb.children)
    destination = any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in verb.children) or any(
        c.dep_ == "prt" for c in verb.children)
    return dated and destination


#: Words after which a nominal event is still to come: "ahead of", "in advance of", "in
#: preparation for", "in the run-up to", "on the eve of", "in anticipation of".
_AHEAD_WORDS = frozenset({"ahead", "advance", "preparation", "preparations", "run-up", "eve",
                          "anticipation", "readiness", "prelude", "lead-up", "build-up"})


def _ahead_of(token: Token) -> bool:
    """'arrived ahead of his meeting with X', 'returned in preparation for Nakasone's visit to
    Washington': the nominal event is still to come."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("of", "for", "to"):
        return False
    word = prep.head.lower_
    if word == "up":  # "the run-up to", split by the tokenizer
        word = "".join(t.lower_ for t in prep.head.lefts if t.dep_ in ("compound", "punct")) + word
    return word in _AHEAD_WORDS


#: Words that make a time expression point ahead ("next week", "later this month", "tomorrow").
_FUTURE_WORDS = frozenset({"next", "tomorrow", "coming", "upcoming", "forthcoming"})


def _future_time(trigger: Token) -> bool:
    """'leaves for Korea tomorrow', 'next week's visit', 'a trip later this month': a time
    expression of the trigger's own phrase that points ahead."""
    words: set[str] = set()
    for child in trigger.children:
        if child.dep_ not in ("npadvmod", "advmod", "prep", "tmod", "poss", "compound", "amod"):
            continue  # not the subject's or object's own time ("critics of a trip next month")
        words |= {t.lower_ for t in child.subtree if (t.ent_type_ in ("DATE", "TIME")
                  or t.lower_ == "tomorrow") and not _anaphoric_next(t)}
    # "meeting today and tomorrow" is under way
    if "later" in words and words & {"this", "today", "tonight"}:
        return True  # "later this month"; not "a day later"
    return bool(words & _FUTURE_WORDS) and not words & _PRESENT_WORDS


def _anaphoric_next(token: Token) -> bool:
    """'met him the next day': "the next" counts from a time the text gave before (a past one
    in a report), not from now."""
    return token.lower_ == "next" and token.i > 0 and token.doc[token.i - 1].lower_ == "the"


#: Verbs of making public: negated, they still report a real event ("was not announced").
_DISCLOSING = frozenset({"announce", "disclose", "reveal", "publicize", "publicise", "publish"})

#: Predicate adjectives that make their subject's event a possibility, not a fact.
_MODAL_ADJECTIVES = frozenset({"possible", "likely", "unlikely", "probable", "expected", "due",
                               "planned", "uncertain", "doubtful", "imminent", "conceivable"})

#: Nouns of a span of time ("within weeks of", "days after").
_SPAN_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})
_GOING = frozenset({"go", "come", "travel", "fly", "head", "leave", "return"})
_PAST_MARKS = frozenset({"after", "since", "as", "while", "when", "before"})
_TEMPORAL_MARKS = frozenset({"when", "once", "after", "before", "until", "till", "whenever"})
_PRESENT_WORDS = frozenset({"today", "yesterday", "ago", "last", "earlier", "tonight", "now"})


def is_irrealis(trigger: Token, *, governed: bool = True) -> bool:
    """True when the event of ``trigger`` is not presented as real (see the module docstring),
    or, for an event noun, when the article presented the same event as planned before it
    (:func:`planned_before`).

    With ``governed=False`` governing verbs are ignored: "denied the accusations by X" still
    reports X's accusation.
    """
    if _irrealis(trigger, governed=governed) or (governed and _alleged(trigger)):
        return True
    return trigger.pos_ == "NOUN" and planned_before(trigger)


def _alleged(trigger: Token) -> bool:
    """'accused the party of hiding a deal with Baku', 'charged X with meeting Y in secret': an
    event inside what someone is accused of is alleged, not reported as having happened."""
    current = trigger
    for _ in range(6):
        head = current.head
        if head is current or current.dep_ in ("relcl", "acl", "appos", "advcl", "ccomp", "parataxis"):
            return False  # ("the accord under which both sides agreed": a clause of its own)
        if current.dep_ == "pcomp" and head.lower_ in ("of", "for", "with"):
            charged = head.head
            if charged.dep_ == "dobj":
                charged = charged.head
            return charged.pos_ == "VERB" and charged.lemma_.lower() in ACCUSE_VERBS
        current = head
    return False


#: Words of one kind of event (a visit, a meeting), so a later noun finds the earlier verb.
_VISIT_FAMILY = frozenset({"visit", "trip", "tour", "journey", "travel", "fly", "go", "come",
                           "head", "leave", "arrive", "arrival", "stopover", "stay"})
_MEET_FAMILY = frozenset({"meet", "meeting", "talk", "talks", "summit", "negotiation",
                          "negotiations", "confer", "host", "session"})


def _family(token: Token) -> frozenset[str] | None:
    lemma = token.lemma_.lower()
    for family in (_VISIT_FAMILY, _MEET_FAMILY):
        if lemma in family or token.lower_ in family:
            return family
    return None


def _names(token: Token) -> set[str]:
    """The proper nouns of a trigger's own phrase (not of its governing verb's)."""
    return {t.lower_ for t in token.subtree if t.pos_ == "PROPN" and t.ent_type_ != "DATE"}


def planned_before(noun: Token) -> bool:
    """'Nakasone will visit Washington next month ... Nakasone's visit to Washington': a definite
    or possessed event noun ("the visit", "his visit", "X's talks with Y") of an event the
    article already presented as planned (an unreal verb or noun of the same kind earlier in the
    article, with the same destination or counterpart, and no other named actor) is that planned
    event, whatever its own words leave open."""
    family = _family(noun)
    if family is None or not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this"))
                                 for c in noun.children):
        return False
    owner = {t.lower_ for t in noun_owner_names(noun)}
    names = _names(noun) - owner
    if not names:
        return False
    doc = noun.doc
    for earlier in doc[: noun.sent.start]:
        if earlier.pos_ not in ("VERB", "NOUN") or _family(earlier) is not family:
            continue
        if not names & _names(earlier):
            continue
        actors = {t.lower_ for c in earlier.children if c.dep_ in ("nsubj", "nsubjpass", "poss")
                  for t in c.subtree if t.pos_ == "PROPN"}
        if owner and actors and not owner & actors:
            continue  # someone else's planned visit to the same place
        if _irrealis(earlier, governed=True):
            return True
    return False


def noun_owner_names(noun: Token) -> list[Token]:
    """The proper nouns of an event noun's possessor ("Nakasone's visit")."""
    return [t for c in noun.children if c.dep_ == "poss" for t in c.subtree if t.pos_ == "PROPN"]


#: Participles by which a noun's own clause says its event takes or took place ("negotiations
#: currently held between X and Y", "the accord signed last month").
_REALISING = frozenset({"hold", "conduct", "sign", "reach", "conclude", "complete", "seal", "strike",
                        "stage"})


def _asserted(noun: Token) -> bool:
    """'a negative effect on fishing negotiations currently held between Ottawa and Paris': a
    participle clause of the noun that is itself real, and names the parties ("between X and
    Y"), asserts the event whatever the sentence then says about it (not "agreed to join talks
    with Y being held in Abuja", where joining is still to come)."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _REALISING
        and not _negated(c) and not _future_time(c)
        and not any(g.dep_ in ("aux", "auxpass") and g.lower_ in ("to", "being") for g in c.children)
        and any(p.dep_ == "prep" and p.lower_ in ("between", "among") for h in (noun, c)
                for p in h.children)
        for c in noun.children)


def _irrealis(trigger: Token, *, governed: bool = True) -> bool:
    if _negated(trigger) or _modal(trigger) or _conditional(trigger) or _unreal_modifier(trigger):
        return True
    if _scheduled(trigger):
        return True
    if trigger.tag_ == "VBG" and trigger.lemma_.lower() in _GOING and any(
            c.dep_ == "aux" and c.lower_.replace("\u2019", "'") in ("am", "is", "are", "'m", "'re", "'s")
            for c in trigger.children):
        return True  # "I'm going to Cuba", "he is coming to Europe": an arrangement ahead
    if trigger.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS
                                               for c in trigger.children):
        return True  # "when he visits Washington": a present tense in a time clause is future
    if _future_time(trigger) or (trigger.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
                                 and trigger.pos_ == "NOUN"
                                 and trigger.head.pos_ == "VERB" and _future_time(trigger.head)):
        return True
    if _purpose_infinitive(trigger) or (trigger.pos_ == "NOUN" and (_ahead_of(trigger) or _arrived_for(trigger))):
        return True
    if _asserted(trigger):
        return False
    token = trigger
    for _ in range(8):
        head = token.head
        if head == token:
            return False
        dep = token.dep_
        if dep == "pobj" and head.lower_ in ("of", "after") and token is trigger and \
                head.head.lemma_.lower() in _SPAN_NOUNS and head.head.dep_ == "pobj":
            # "to be completed within weeks of an October news conference between X and Y": the
            # event a span of time is counted from is asserted, whatever is said of the span
            return False
        if (dep in ("pobj", "pcomp") and head.lower_ in ("without", "instead")) or (
                dep == "pcomp" and head.lower_ == "against"):
            return True  # "ended without reaching a deal", "instead of meeting", "warned against visiting"
        if dep == "xcomp" and head.lemma_ == "be":
            return True  # "was to travel": future in the past
        if dep == "xcomp" and any(c.lower_ == "yet" for c in head.children):
            return True  # "have yet to agree"
        if dep in _TIGHT:
            if dep == "prep" and token.lower_ in _ADJUNCT_PREPS:
                # "discussed trade during their meeting": the meeting is a circumstance of the
                # verb, not what it plans or refuses; only its negation and modality carry over,
                # here and above ("agreed to expand trade during a meeting")
                if _negated(head) or _modal(head) or _conditional(head) or _future_time(head):
                    return True  # "the announcement due next week during Blair's visit"
                if token.lower_ in ("during", "at", "after", "following", "amid", "throughout", "under"):
                    governed = False
            elif dep == "nsubjpass" and head.lemma_.lower() in _DISCLOSING and not (
                    _modal(head) or _conditional(head)):
                # "the meeting was not announced until he had left": what was (not) made public
                # took place; only a modal or a condition makes it unreal
                return False
            elif _negated(head) or _modal(head) or _conditional(head) or (
                    governed and _governs_unreal(head)):
                return True
        elif dep in _SUBJECT:
            if _negated(head) or _modal(head):
                return True
            if head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _MODAL_ADJECTIVES
                                           for c in head.children):
                return True  # "a meeting between X and Y is possible later this year"
        elif dep in _LOOSE:
            if _modal(head):
                return True
            if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in _PAST_MARKS
                                      for c in token.children):
                # "agreed to suspend tariffs after Trump and Xi met": a time clause is asserted
                # whatever the main clause plans; only a future main clause makes it future
                return _future_time(head) or _negated(head)
        elif dep in _COMPLEMENT:
            # "X denied that Y met Z"; not "X accuse Y of Z, a charge Islamabad denies", where
            # the parser hangs the earlier clause on the later verb
            if governed and head.i < token.i and _governs_unreal(head):
                return True
        else:
            return False
        token = head
    return False


def is_nominal_irrealis(noun: Token) -> bool:
    """True when an event noun is unreal by its own words: negated ("no agreement"), a modifier
    ("a proposed deal", "a draft accord"), a future time ("next week's accord"), or governed by
    a noun of planning ("hopes for a deal") or a verb that denies or seeks it ("sought a deal",
    "failed to reach"); what is said *about* an existing agreement does not count."""
    if _negated(noun) or _unreal_modifier(noun) or _future_time(noun) or _ahead_of(noun):
        return True
    if any(c.dep_ == "amod" and c.lower_ == "draft" for c in noun.children):
        return True
    if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return True  # "any deal between X and Y must ...": whichever there may be
    if noun.dep_ in ("dobj", "pobj", "xcomp", "attr"):
        return is_irrealis(noun)
    return False
