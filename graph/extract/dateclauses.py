"""Which clause a date belongs to, for :func:`graph.extract.dates.date_for`: the dates of a
sentence that date an event's trigger, and in what order to try them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extract.datewords import PARTS_OF_DAY
from graph.extract.tree import governing_verb
from graph.nlp import TIMESTAMP_LINE, doc_text

__all__ = ["PARTS_OF_DAY", "bounds_span", "clause_rank", "dates_antecedent", "dates_occasion",
           "in_other_clause", "live_entry", "modifies_other_noun", "time_clause"]


def modifies_other_noun(ent: Span, trigger: Token) -> bool:
    """'the 1988 cease-fire': a date inside another noun phrase dates that thing, not the event
    (unless that noun is the trigger: 'the August 13 peace accord')."""
    root = ent.root
    return root.dep_ in ("nmod", "compound", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i != trigger.i and root.head.i >= ent.end \
        and root.head.lower_ not in PARTS_OF_DAY  # "on Tuesday night" dates the event


#: Nouns of "on the sidelines of", "in the course of": the occasion is the noun after "of".
_OCCASION_HOLDERS = frozenset({"sidelines", "margins", "margin", "course", "side"})


def dates_occasion(ent: Span, trigger: Token) -> bool:
    """'met X at the 2019 G20 summit', 'during the Feb. 20 talks', 'on the sidelines of the
    Monday summit': a date of the occasion the trigger's verb took place at dates the event."""
    noun = ent.root.head
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in _OCCASION_HOLDERS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "on the sidelines of the summit"
    if prep.lower_ not in ("at", "during", "on", "in"):
        return False
    return prep.head.i in (governing_verb(trigger, steps=3).i, trigger.i)


def time_clause(trigger: Token) -> Token | None:
    """The clause introduced by "after", "since", "before" or "following" that the trigger is
    in, if any: the date of the main clause is not its date."""
    current = trigger
    for _ in range(4):
        if current.dep_ in ("advcl", "pcomp") and any(
                c.dep_ == "mark" and c.lower_ in ("after", "since", "before") for c in current.children):
            return current
        if current.dep_ == "pcomp" and current.head.lower_ in ("after", "since", "before", "following"):
            return current
        if current.head is current or current.dep_ in ("ROOT", "ccomp"):
            return None
        current = current.head
    return None


def dates_antecedent(ent: Span, trigger: Token) -> bool:
    """'the 1976 Berne Agreement under which both sides agreed': a date of the noun a relative
    clause of the trigger hangs on dates the trigger."""
    current = trigger
    for _ in range(3):
        if current.dep_ == "relcl":
            return ent.root.head.i == current.head.i
        if current.head is current:
            return False
        current = current.head
    return False


def clause_rank(ent: Span, trigger: Token) -> int:
    """0 for a date whose first verb above it is the trigger's own verb ("arrived in Lisbon on
    March 4 and met Costa two days later": "two days later" dates the meeting before the nearer
    "March 4"), 1 for one of the verb the trigger's verb is coordinated with ("visited Kyiv on
    Tuesday, his second trip this year, and met X": Tuesday), 2 for any other."""
    verb = governing_verb(trigger, steps=3)
    current = ent.root.head
    for _ in range(6):
        if current.i == verb.i:
            return 0
        if current.pos_ in ("VERB", "AUX") or current.head is current:
            break
        if current.dep_ == "conj" and current.head.i == verb.i:
            return 1  # "arrived on Monday and the pair held talks on Tuesday" (talks: a conj noun)
        current = current.head
    if verb.dep_ == "conj" and current.i == verb.head.i and current.pos_ in ("VERB", "AUX"):
        return 1
    return 2


#: Conjunctions of a time clause whose event is another time than the main clause's.
_OTHER_TIME_MARKS = frozenset({"since", "after", "before", "until", "till", "once"})


def in_other_clause(ent: Span, trigger: Token) -> bool:
    """'Liu, who arrived in Tokyo on Tuesday, met Kato': a date inside a relative clause dates
    that clause's event, not the trigger outside it (a relative clause on the trigger itself,
    'the talks, which were held on Monday', still dates the trigger); so does a date inside a
    time clause of another time ("since he took office in January", "after he landed on
    Monday") that does not hold the trigger."""
    above = {t.i for t in trigger.ancestors} | {trigger.i}
    current = ent.root
    for _ in range(8):
        if current.i in above or current.head is current:
            return False
        if current.pos_ in ("VERB", "AUX"):  # the date's own clause: the first verb above it
            if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS
                                               for c in current.children):
                return True  # "third trip since he took office in January 2025"
            # (not a "where" clause: "flew to Jeddah, where she spoke on Friday" dates the stay)
            if current.dep_ != "relcl" or current.head.i == trigger.i:
                return False
            origin = current.head.dep_ == "pobj" and current.head.head.lower_ == "from"
            return any(c.tag_ in ("WP", "WDT", "WP$") or (origin and c.tag_ == "WRB")
                       for c in current.children)  # ("arriving from Manila, where on Monday ...")
        current = current.head
    return False


#: Prepositions by which a date bounds a span of time rather than dates an event ("has accused
#: him since 2015", "the truce held until March").
_SPAN_BOUNDS = frozenset({"since", "until", "till", "pending"})


def bounds_span(ent: Span) -> bool:
    """'since 2015', 'until March': the date is where a span of time begins or ends; 'by 2030',
    'by the end of 2027': a deadline, not when the event was."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _SPAN_PARTS:
        root = root.head.head  # "by the end of 2027" where the model's DATE is "2027"
    return ent[0].lower_ in _SPAN_BOUNDS or ent[0].lower_ == "by" or (
        root.dep_ == "pobj" and root.head.lower_ in _DEADLINE_BOUNDS)


#: Prepositions of a deadline or a bound ("by 2030", "until March").
_DEADLINE_BOUNDS = _SPAN_BOUNDS | {"by"}
#: Nouns of a part of a span ("by the end of 2027", "until the middle of next year").
_SPAN_PARTS = frozenset({"end", "start", "beginning", "middle", "close", "turn"})


def live_entry(sentence: Span) -> bool:
    """Whether ``sentence`` stands on a line a live-blog time stamp opens ("12:15 GMT — ...")."""
    text = doc_text(sentence.doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    return TIMESTAMP_LINE.match(text, start) is not None
