"""``visited(visitor, place)``: visits, tours, trips to, arrivals in, travel to a named place.

Patterns: "X visited / toured Y" (and "Y was visited by X"), "X arrived in / travelled to Y",
"X left A for B", nominal "X's visit to Y", "during a visit to Y, X said", "the Y visit".
Not visits: refugees, migrants, troops or ships moving, returning home, planned or cancelled
trips (see :mod:`graph.extract.modality`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graph.extract.base import Argument, Context, Extractor, Mention, registry
from graph.extract.clauses import noun_owner, subjects
from graph.extract.common import RuleExtractor, dated_ahead
from graph.extract.datelines import dateline_place, of_country, place_country
from graph.extract.gazetteer import is_known_place
from graph.extract.lexicon import (
    LIGHT_VISIT_NOUNS,
    MEET_NOUNS,
    MODAL_AUX,
    NON_VISITOR_LABELS,
    NON_VISITOR_NOUNS,
    TITLE_NOUNS,
    TRAVEL_VERBS,
    VISIT_NOUNS,
    VISIT_VERBS,
    is_community_noun,
    is_place_noun,
    is_vehicle_noun,
    journey_nouns,
)
from graph.extract.modality import is_irrealis
from graph.extract.spans import noun_phrase, span_argument
from graph.extract.syntax import ANAPHORIC_PLACES, argument, arguments
from graph.extract.tree import agents, conjuncts, governing_verb, is_passive, light_verb, pobjs


def _visitor_ok(arg: Argument, doc_token: Token) -> bool:
    if arg.label in NON_VISITOR_LABELS:
        return False
    head = arg.text.lower().split()[-1] if arg.text else ""
    if arg.via == "noun" and (is_vehicle_noun(head) or is_vehicle_noun(head.rstrip("s"))):
        return False  # "a military jet landed at an airfield": a craft, not a visitor
    if arg.via == "name" and _named_craft(arg, doc_token):
        return False  # "the aircraft carrier USS Carl Vinson visited Da Nang": a ship's name
    return head not in NON_VISITOR_NOUNS


def _named_craft(arg: Argument, token: Token) -> bool:
    """A name in apposition to, or titled by, a noun of a ship or aircraft ("the carrier USS
    Nimitz", "the destroyer HMS Duncan")."""
    span = token.doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    nouns += [t for t in token.doc[max(0, span.start - 3) : span.start] if t.pos_ == "NOUN"
              and t.head.i >= span.start and t.head.i < span.end]
    nouns += [c for n in nouns for c in n.children if c.dep_ == "compound"]  # "aircraft carrier"
    return any(is_vehicle_noun(n.lemma_.lower()) or is_vehicle_noun(n.lower_) for n in nouns)


def _plural_name(arg: Argument, token: Token) -> bool:
    """'visit the Celtics': a plural proper name is a team or a group, not a place (unless it is
    a known place, "the Philippines")."""
    doc = token.doc
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    return span is not None and span.root.tag_ == "NNPS"


#: What one does in a place before leaving it ("left Bouake after talks").
_STAYS = frozenset(MEET_NOUNS | VISIT_NOUNS | {"stay", "stopover", "tour", "meetings"})
#: Nouns of a trip to a place (the hand list and WordNet's journeys).
_JOURNEYS = journey_nouns()


def _stop_between(noun: Token) -> bool:
    """'flew on to Tokyo after stops in Seoul and Manila': a stop on a journey, named by its
    place, as the object of a preposition of sequence (not "a stop to the fighting")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following", "during", "with")
            or _included_stop(noun)) \
        and noun.lemma_.lower() in ("stop", "stopover") and any(
            g.ent_type_ in ("GPE", "LOC") for g in pobjs(noun, ("in", "at")))


def _included_stop(noun: Token) -> bool:
    """'his swing through Asia included stops in Tokyo and Seoul': stops a journey included."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() == "include" and any(
        s.dep_ == "nsubj" and (s.lemma_.lower() in journey_nouns() or s.lemma_.lower() in LIGHT_VISIT_NOUNS)
        for s in verb.children)


def _people(token: Token) -> bool:
    """True when a visit's object is people, not a place ("troops", "flood victims")."""
    return token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in ("GPE", "LOC", "FAC") and \
        not is_place_noun(token.lemma_.lower()) and argument(token) is not None


def _where(verb: Token, objects: list[Token]) -> list[Argument]:
    """The named place of an "in" phrase of ``verb`` or of its objects; "the capital" or "the
    city" there is the dateline's place when the article has one."""
    out: list[Argument] = []
    for target in pobjs(verb, ("in", "at")) + [g for o in objects for c in conjuncts(o)
                                               for g in pobjs(c, ("in", "at"))]:
        if target.lemma_.lower() in ANAPHORIC_PLACES and [c.lower_ for c in target.children] == ["the"]:
            here = dateline_place(verb.doc)  # "in the capital" under a "BAGHDAD -" dateline
            out += [here] if here is not None else []
        elif target.ent_type_ in ("GPE", "LOC", "FAC") or is_place_noun(target.lemma_.lower()):
            # "in Sindh", "at a hospital in Kabul": a named place ("in the hospital" alone is
            # only where the meeting was, an optional visit by the annotation rules)
            out += [a for a in arguments([target], places=True)
                    if a.label in ("GPE", "LOC") or (a.label == "FAC" and a.via == "name")]
    return out


#: Nouns after a region's name ("Sao Paulo state", "Kisumu county").
_REGION_NOUNS = frozenset({"state", "province", "county", "region", "district", "governorate",
                           "prefecture", "oblast", "department"})


def _facility_towns(verb: Token, objects: list[Token]) -> list[Argument]:
    """The named towns or regions of "in" phrases on ``verb`` or its objects: a GeoNames or ISO
    3166 name (whatever the model typed it), a place entity, or the name before a region noun
    ("in Sao Paulo state"); ``[]`` when none."""
    doc = verb.doc
    out: list[Argument] = []
    for g in pobjs(verb, ("in",)) + [g for o in objects for g in pobjs(o, ("in",))]:
        if g.pos_ == "NOUN" and g.lemma_.lower() in _REGION_NOUNS:
            names = [c for c in g.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if not names:
                continue
            start, end = min(t.left_edge.i for t in names), max(t.i for t in names) + 1
        elif g.pos_ == "PROPN":
            ent = next((e for e in doc.ents if e.start <= g.i < e.end), None)
            start, end = (ent.start, ent.end) if ent is not None else (g.left_edge.i, g.i + 1)
            if ent is not None and ent.label_ in ("PERSON", "DATE", "NORP") and not _situated(g):
                continue
        else:
            continue
        span = doc[start:end]
        label = span.root.ent_type_
        if label in ("GPE", "LOC") or is_known_place(span.text) or _situated(g):
            out.append(Argument(span.text, span.start_char, span.end_char,
                                label if label in ("GPE", "LOC") else "GPE", "name"))
    return out


#: Adjectives that situate a name as a place ("in nearby Marneuli", "in northern Tamale").
_SITUATING = frozenset({"nearby", "neighbouring", "neighboring", "northern", "southern", "eastern",
                        "western", "central"})


def _situated(name: Token) -> bool:
    """Whether a name is situated as a place by an adjective of its own ("nearby Marneuli"),
    whatever the model typed it."""
    return any(c.dep_ == "amod" and c.lower_ in _SITUATING for c in name.children)


def _destinations(token: Token, preps: tuple[str, ...]) -> list[Argument]:
    return arguments(pobjs(token, preps) + _gapped(token, preps), places=True)


def _gapped(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """Places of a second leg the parser coordinated with a time or a preposition ("flew to
    Moscow on Friday and then to Beijing", "... and then on to Beijing"): named places only."""
    out: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ in ("prep", "conj")):
        for t in prep.subtree:
            if t.dep_ == "conj" and t.pos_ == "ADP" and t.lower_ in (*preps, "on"):
                legs = [t] if t.lower_ in preps else [p for p in t.children if p.dep_ == "prep"
                                                      and p.lower_ in preps]
                out += [g for p in legs for g in p.children if g.dep_ == "pobj"
                        and g.ent_type_ in ("GPE", "LOC")]
    return out


def _gapped_objects(verb: Token) -> list[Token]:
    """'visited Kyiv on Tuesday and Moscow on Friday': a named place the parser coordinated
    with the date of the verb's first object; a named place visited before or after it."""
    return [c for p in verb.children if p.dep_ == "prep" for d in p.children
            if d.dep_ == "pobj" and d.ent_type_ == "DATE"
            for c in d.children if c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC")] + [
        # "visiting Nevada and Iowa before South Carolina": the next (or last) stop
        g for g in pobjs(verb, ("before", "after")) if g.ent_type_ in ("GPE", "LOC")
        and g.pos_ == "PROPN"]


#: Verbs by which a host receives a guest at a place ("welcomed X to Ankara").
_HOSTING = frozenset({"welcome", "receive", "host"})


#: Verbs of spending time somewhere ("spent three days in Ghana").
_SPENDING = frozenset({"spend", "begin", "start", "end", "finish", "wrap", "pass"})
_TIME_NOUNS = frozenset({"day", "days", "night", "nights", "week", "weeks", "hour", "hours",
                         "morning", "afternoon", "evening", "weekend", "month", "months"})


#: Short spans of time one stays somewhere ("after three days in Jakarta").
_STAY_TIMES = frozenset({"day", "days", "night", "nights", "hour", "hours", "week", "weeks"})

#: Nouns of "be in <noun>" that state a position, not a presence ("in charge", "in power").
_STATUS_NOUNS = frozenset({"charge", "power", "office", "control", "command", "government",
                           "opposition", "exile", "custody", "prison", "jail", "hiding"})


def _visiting_here(token: Token) -> tuple[list[Argument], list[Argument]]:
    """The places and named visitors of an objectless "visiting": "the visiting premier, X, in
    Hanoi", "In Nairobi, visiting X said" (the "in" phrase of the clause, else the dateline's
    place). Only named persons: "a visiting professor" is a post, not a trip."""
    if token.dep_ == "amod":
        who = [token.head]
        verb = governing_verb(token.head)
    elif token.dep_ == "csubj":  # "In Hanoi, visiting X said": the tagger's clausal subject
        verb = token.head
        who = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        who = subjects(token)
        verb = token.head
    visitors = [a for a in arguments(who) if a.label == "PERSON" and a.via == "name"]
    holders = [verb, *who] if verb.pos_ in ("VERB", "AUX") else list(who)
    places = [a for a in arguments([g for h in holders for g in pobjs(h, ("in",))], places=True)
              if a.label in ("GPE", "LOC") or is_known_place(a.text)]
    if not places and visitors:
        here = dateline_place(token.doc)
        places = [here] if here is not None else []
    return places, visitors


def _foreign_official(arg: Argument, token: Token, places: list[Argument]) -> bool:
    """'The Indian foreign secretary was in Dhaka': a titled description whose nationality is not
    the country of every place named (an official at home is no visitor)."""
    words = arg.text.split()
    if not words or words[-1].lower() not in TITLE_NOUNS or not places:
        return False
    span = token.doc.char_span(arg.start, arg.end, alignment_mode="expand")
    nations = [t.text for t in span if t.ent_type_ in ("NORP", "GPE")] if span is not None else []
    codes = [place_country(p.text) for p in places]
    return bool(nations) and all(c is not None for c in codes) and not any(
        of_country(n, c) for n in nations for c in codes if c is not None)


class Visits(RuleExtractor):
    """Visits, trips and arrivals of an actor at a named place."""

    name = "visits"
    predicates: tuple[str, ...] = ("visited",)
    triggers = frozenset(VISIT_VERBS | set(TRAVEL_VERBS) | journey_nouns() | LIGHT_VISIT_NOUNS
                         | {"leave", "left", "return", "be"} | _HOSTING | _SPENDING | _STAY_TIMES)

    def at(self, token: Token, context: Context) -> Iterator[Mention]:
        lemma = token.lemma_.lower()
        places: list[Argument] = []
        visitors: list[Argument] = []
        confidence = 0.9
        if token.pos_ == "VERB" and lemma in VISIT_VERBS:
            if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ in ("with", "alongside"):
                return  # "inspected a factory with visiting Minister X": X is the visitor, of no place named
            if is_passive(token):
                places = arguments([c for c in token.children if c.dep_ == "nsubjpass"], places=True)
                visitors = arguments(agents(token))
            else:
                dobjs = [c for c in token.children if c.dep_ == "dobj"] or [
                    # "after Netanyahu visited Washington": the parser took the place for a
                    # time ("npadvmod"), when the verb has no object
                    c for c in token.children if c.dep_ == "npadvmod" and c.i == token.i + 1
                    and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "LOC")]
                places = arguments(dobjs + (_gapped_objects(token) if dobjs else []), places=True)
                visitors = arguments(subjects(token))
                if places and all(p.via == "noun" for p in places):
                    # "visited a refugee camp in Cox's Bazar", "a refinery in Sao Paulo state":
                    # the named town of an unnamed facility, which a map and other visits know
                    places = _facility_towns(token, dobjs) or places
                if not dobjs and lemma == "visit" and token.tag_ == "VBG" and \
                        token.dep_ in ("amod", "advcl", "csubj"):
                    # "In Nairobi, visiting Ethiopian Prime Minister Abiy Ahmed said ...": a
                    # participle with no object; the place is where the clause it is in happens
                    places, visitors = _visiting_here(token)
                    confidence = 0.7
                if not places:
                    # "visited a kibbutz near the border", "toured a school": a community in
                    # the singular is where one went
                    places = [a for d in dobjs if d.tag_ == "NN" and is_community_noun(d.lemma_.lower())
                              and any(c.dep_ in ("det", "poss", "amod", "compound") for c in d.children)
                              for a in _community(d)]
                if not places and lemma in ("visit", "tour") and dobjs and all(
                        d.pos_ == "NOUN" and not _people(d) for d in dobjs):
                    # "toured venues for the Games in Brisbane", "is visiting a shipyard in
                    # Govan": places in general, in the named town
                    heads = [token, *dobjs]
                    heads += [g for h in list(heads) for g in pobjs(h, ("for", "of", "at"))]
                    places = [a for a in arguments([g for h in heads for g in pobjs(h, ("in",))
                                                    if g.ent_type_ in ("GPE", "LOC")], places=True)
                              if a.label in ("GPE", "LOC")]
                    confidence = 0.75
                if not places and any(_people(d) for d in dobjs):
                    # "visited US troops in the capital", "visited flood victims in Sindh": the
                    # place where the people visited are
                    places = _where(token, dobjs)
                    confidence = 0.75
        elif token.pos_ == "VERB" and lemma in TRAVEL_VERBS:
            if lemma == "touch" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
                return
            places = _destinations(token, TRAVEL_VERBS[lemma])
            if not places and any(c.lower_ in ("home", "back") and c.dep_ in ("advmod", "npadvmod")
                                  for c in token.children):
                # "flew home from Vienna": where one has been, like "returned from"
                places = arguments(pobjs(token, ("from",)), places=True)
            visitors = arguments(subjects(token) or [c for c in token.children if c.dep_ == "nsubjpass"])
            # ("Arafat was flown to Paris": the one carried travels)
            confidence = 0.85
        elif lemma in _HOSTING and token.pos_ == "VERB":
            # "Erdogan welcomed al-Burhan to Ankara", "X was welcomed to Rome by Y": the guest
            # visits the host's place (a name there the model typed as a person is a place too)
            places = [a for a in arguments(pobjs(token, ("to",)), places=True)
                      if a.label in ("GPE", "LOC", "FAC", "PERSON") or is_known_place(a.text)
                      or is_place_noun(a.text.split()[-1].lower())]  # "the Elysee Palace", typed ORG
            guests = [c for c in token.children if c.dep_ == ("nsubjpass" if is_passive(token) else "dobj")]
            visitors = [a for a in arguments(guests)
                        if a.label == "PERSON" or a.via in ("name", "description")]
            if not places and lemma == "host" and not is_passive(token):
                # "Japan hosted the Indian prime minister": a country or city as host is where
                # its guest went
                places = [a for a in arguments(subjects(token), places=True)
                          if a.label in ("GPE", "LOC") and (is_known_place(a.text) or a.label == "LOC")]
                visitors = [a for a in arguments([c for c in token.children if c.dep_ == "dobj"])
                            if a.label == "PERSON" or (a.via == "noun" and any(
                                w.lower() in TITLE_NOUNS for w in a.text.split()[-1:]))]
            confidence = 0.75
        elif lemma in _SPENDING and token.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _TIME_NOUNS for c in token.children):
            # "spent three days in Ghana", "began the day in Ohio" (also with "in Ohio" hung on "day")
            times = [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _TIME_NOUNS]
            places = [a for a in arguments(pobjs(token, ("in",)) + [g for t in times for g in pobjs(t, ("in",))],
                                           places=True) if a.label in ("GPE", "LOC")]
            visitors = arguments(subjects(token))
            confidence = 0.7
        elif lemma in _STAY_TIMES and token.pos_ == "NOUN" and token.dep_ == "pobj" and \
                token.head.lower_ in ("after", "following") and token.head.head.pos_ == "VERB" and \
                any(c.dep_ == "nummod" for c in token.children):
            # "went on to Hanoi after three days in Jakarta": where one stayed before
            places = [a for a in arguments(pobjs(token, ("in",)), places=True) if a.label in ("GPE", "LOC")]
            visitors = arguments(subjects(token.head.head)) if places else []
            confidence = 0.7
        elif lemma == "return" and token.pos_ in ("VERB", "NOUN"):
            # "returned from Moscow", "on his return to Tehran from Moscow": where one has been
            places = arguments(pobjs(token, ("from",)), places=True)
            visitors = arguments(subjects(token)) if token.pos_ == "VERB" else (
                arguments(pobjs(token, ("by", "of"))) or arguments(noun_owner(token)))
            confidence = 0.75
        elif lemma == "be" and token.dep_ not in ("aux", "auxpass"):
            # "he was in Kenya before travelling to Sudan", "when she was in Lima": a person in a
            # named place
            places = [a for a in arguments(pobjs(token, ("in",)), places=True) if a.label in ("GPE", "LOC")]
            if any(g.lemma_.lower() in _STATUS_NOUNS for g in pobjs(token, ("in",))):
                places = []  # "he is in charge in Washington", "in power in Kabul": a status
            visitors = [a for a in arguments(subjects(token)) if a.label == "PERSON"
                        or (a.via == "noun" and _foreign_official(a, token, places))]
            confidence = 0.6
        elif token.pos_ == "VERB" and lemma == "leave":
            # "left Warsaw for Spain": the destination of a departure
            fors = pobjs(token, ("for",)) + [g for c in token.children if c.dep_ in ("dobj", "prep")
                                             for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                                             for g in p.children if g.dep_ == "pobj"]
            fors += [g for c in token.children if c.dep_ == "prep"
                     for n in c.children if n.dep_ == "pobj"
                     for p in n.children if p.dep_ == "prep" and p.lower_ == "for"
                     for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]
            places = arguments(fors, places=True)
            if not places and any(g.lemma_.lower() in _STAYS or g.lower_ in _STAYS
                                  for g in pobjs(token, ("after", "following"))):
                # "left Bouake after talks Sunday", "left Kabul after a two-day visit": one was
                # there
                places = [a for a in arguments([c for c in token.children if c.dep_ == "dobj"],
                                               places=True) if a.label in ("GPE", "LOC", "FAC")]
            visitors = arguments(subjects(token))
            confidence = 0.75
        elif token.pos_ in ("NOUN", "PROPN") and (lemma in _JOURNEYS or token.lower_ in _JOURNEYS
                                                  or (lemma in LIGHT_VISIT_NOUNS
                                                      and (light_verb(token) is not None
                                                           or _stop_between(token)))):
            # "the visit of Chinese President Xi", not "an inspection of the camp"
            of_people = [g for g in pobjs(token, ("of",)) if g.ent_type_ in ("PERSON", "ORG", "NORP")
                         or (g.pos_ == "NOUN" and g.ent_type_ not in ("GPE", "LOC", "FAC")
                             and not is_place_noun(g.lemma_.lower()))]
            preps = ("to", "in", "at") if lemma == "arrival" else ("to", "in")
            places = _destinations(token, preps if of_people else (*preps, "of"))
            places += arguments([g for p in of_people + pobjs(token, ("by",))
                                 for g in pobjs(p, ("in", "to"))], places=True)  # "the trip by X to Y"
            light = light_verb(token)
            if light is not None and not places:
                places = _destinations(light, preps)  # "paid a visit on Friday to X"
            # "his tour took him to Italy", "a trip that also took him to Ankara", "his tour of
            # Asia took him to Indonesia and Singapore" (also after the tour's own places)
            takes = _taking(token)
            taking = [p for t in takes for p in _destinations(t, ("to",))]
            taken = [d for t in takes for d in t.children if d.dep_ == "dobj"] if taking else []
            places += [p for p in taking if all(p.text != q.text for q in places)]
            if not places and token.dep_ == "pobj" and token.head.lower_ in ("on", "during") and \
                    token.head.head.pos_ == "VERB" and any(
                        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children):
                # "met Orban in Budapest on his first trip abroad": one's own trip with no
                # destination is to where its clause happens
                verb = token.head.head
                places = [a for a in arguments(pobjs(verb, ("in",)) + [
                    g for d in verb.children if d.dep_ == "dobj" for g in pobjs(d, ("in",))], places=True)
                    if a.label in ("GPE", "LOC") or is_known_place(a.text)]
            places += arguments([c for c in token.children if c.dep_ in ("compound", "nmod")
                                 and c.ent_type_ in ("GPE", "LOC", "FAC")], places=True)
            by = pobjs(token, ("by",)) or of_people  # "the visit of Chinese President Xi Jinping"
            if any(c.ent_type_ == "ORDINAL" or c.lower_ in ("only", "last") for c in token.children):
                # "the first visit by a Somali head of state to X": a kind of visitor, no one
                by = [g for g in by if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in g.children)]
            if not by and token.dep_ == "dobj" and token.head.pos_ == "VERB" and not any(
                    c.dep_ in ("auxpass", "nsubjpass") for c in token.head.children):
                # "follows a visit to Seoul last week by X": an active verb has no agent, so the
                # "by" phrase the parser hung on it after the noun is the visit's
                by = [g for c in token.head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                      and c.i > token.i for g in c.children if g.dep_ == "pobj"
                      and (g.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                           or (g.pos_ == "PROPN" and not g.ent_type_))]
            visitors = arguments(by) if by else (arguments(taken) or arguments(noun_owner(token)))
            if not by and not taken and _included_stop(token):
                # "Blinken's swing through Asia included stops in Tokyo": the journey's traveller
                visitors = arguments([c for s in token.head.children if s.dep_ == "nsubj"
                                      for c in s.children if c.dep_ == "poss"])
            confidence = 0.8
        if places and all(p.via == "noun" for p in places) and lemma in VISIT_VERBS:
            # "toured a factory in Lyon": the named place the visit was in
            places += [a for a in arguments(pobjs(token, ("in",)), places=True)
                       if a.label in ("GPE", "LOC")]
        if not places and any(c.lower_ == "here" and c.dep_ == "advmod" for c in token.children):
            here = dateline_place(token.doc)  # "a brief visit here" under a "PARIS, March 11" dateline
            places = [here] if here is not None else []
        # a visit is to a place: "the Lakers visit the Celtics" is a fixture, unless the model
        # took a well-known place for a person or an organisation ("visited Kyiv")
        places = [p for p in places if (p.label not in ("ORG", "NORP") and not _plural_name(p, token))
                  or is_known_place(p.text)
                  or (p.label == "ORG" and is_place_noun(p.text.split()[-1].lower()))]  # "Elysee Palace"
        if not places or not visitors or is_irrealis(token) or dated_ahead(token):
            return
        for v in visitors:
            if not _visitor_ok(v, token):
                continue
            for p in places:
                yield self.mention("visited", v, p, token, context, confidence=confidence)


@registry.register(Visits.name, predicates=Visits.predicates)
def make_visits() -> Extractor:
    """A new :class:`Visits` extractor (the factory registered as ``visits``)."""
    return Visits()


def _taking(journey: Token) -> list[Token]:
    """The verbs by which a journey noun takes someone to a place: its own ("his tour took him
    to Italy") or a relative clause's ("a trip that also took him to Ankara"); not a modal or
    future one ("a tour that will take her to Lima")."""
    takes = [journey.head] if journey.dep_ == "nsubj" else []
    takes += [c for c in journey.children if c.dep_ == "relcl" and any(
        s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)]
    return [t for t in takes if t.lemma_.lower() in ("take", "bring") and not any(
        c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in t.children)]


def _community(noun: Token) -> list[Argument]:
    """Where one went who visited a community noun: the named place it is in or near ("a
    settlement in the West Bank": the West Bank), as a place noun gives it, else the noun's own
    phrase ("a kibbutz near the border")."""
    named = [g for g in pobjs(noun, ("in", "near", "outside")) if g.pos_ == "PROPN"
             and g.ent_type_ in ("GPE", "LOC", "FAC", "")]
    if named:
        return arguments(named, places=True)
    found = span_argument(noun.doc, *noun_phrase(noun), "FAC", "noun")
    return [found] if found is not None else []
