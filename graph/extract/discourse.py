"""Relations that only the article as a whole makes: what one sentence says, read in the light of
what the article said before.

- **Talks during a visit**: "X said at the end of a brief visit here ... he had discussed possible
  deals with French companies A, B and C": a visitor who "discussed" something "with" someone
  held talks with them (met), since the article has him on a visit. Without a visit in the article
  "discussed with" stays open (it may be by phone or letter).

- **Arrivals at the dateline's place**: "JERUSALEM, May 2 - Kerry arrived on Monday for talks":
  an arrival with no place of its own is where the story is filed.
- **Dates of continued events**: "Carter visited Kabul on Saturday. During the visit, he met
  Ghani": a mention whose actor is a pronoun or description of someone named just before, with
  no date of its own, takes the date of that person's dated event in the two sentences before.
- **Events dated where they are named again**: "Poroshenko accused Russia of ... He made the
  accusation in Kiev on Monday": the date of "the accusation" is the accusation's.

:func:`read_article` runs after the sentence extractors (:func:`graph.extract.extract_doc`)
and sees their mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from graph.extract.base import Argument, Context, Mention
from graph.extract.clauses import subjects
from graph.extract.common import ANCHOR_DATE_KEY, RuleExtractor, trigger_tokens
from graph.extract.continued import continues_plan, visits_named_again
from graph.extract.datelines import dateline_place, in_dateline, of_country, place_country
from graph.extract.daterefine import dated_by_next_statement, entry_headline_day, same_relation_day
from graph.extract.dates import date_for, sentence_day
from graph.extract.lexicon import (
    ACCUSE_NOUNS,
    AGREE_NOUNS,
    MEET_NOUNS,
    REMOTE_WORDS,
    VISIT_NOUNS,
    is_place_noun,
)
from graph.extract.modality import is_irrealis, planned_before
from graph.extract.syntax import arguments
from graph.extract.tree import governing_verb, pobjs

#: Nouns of events of every kind (meetings, visits, agreements, accusations).
_ALL_EVENT_NOUNS_BASE = ACCUSE_NOUNS | AGREE_NOUNS | MEET_NOUNS | VISIT_NOUNS

#: Verbs of talking something over with someone ("discussed the deal with X").
DISCUSS_VERBS = frozenset({"discuss", "negotiate", "review"})


class _ArticleRules(RuleExtractor):
    """Builds the mentions of the article-level rules (date and confidence as the others)."""

    name = "discourse"
    predicates: tuple[str, ...] = ("met",)


_RULES = _ArticleRules()


def _same_actor(a: Argument, b: Argument) -> bool:
    """'Murakhovsky' and 'Vsevolod Murakhovsky': the same name, or one's last word ending the other."""
    x, y = a.text.lower().split(), b.text.lower().split()
    return bool(x and y) and (x == y or x[-1] == y[-1])


def _remote(token: Token) -> bool:
    """'discussed it by phone with X', 'in a telephone call': not in person."""
    return any(g.lower_ in REMOTE_WORDS for c in token.children if c.dep_ in ("prep", "npadvmod")
               for g in c.subtree)


def _talks_during_visit(doc: Doc, found: Sequence[Mention], context: Context) -> Iterator[Mention]:
    visitors = [m.subject for m in found if m.predicate == "visited"]
    if not visitors:
        return
    for token in trigger_tokens(doc, DISCUSS_VERBS, context.cache):
        if token.pos_ != "VERB" or _remote(token) or is_irrealis(token):
            continue
        talkers = [a for a in arguments(subjects(token)) if any(_same_actor(a, v) for v in visitors)]
        if not talkers:
            continue
        # "discussed deals with A", "discussed X with A, Y with B and Z with C"
        objects = [c for c in token.children if c.dep_ == "dobj"]
        objects += [g for o in objects for g in o.conjuncts]
        # "a variety of possible deals with French companies A, B and C": the "with" phrase the
        # parser hangs inside the object
        holders = [token] + [t for o in objects for t in o.subtree
                             if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "conj")]
        others = [a for a in arguments([g for h in holders for g in pobjs(h, ("with",))])
                  if a.label not in ("LOC", "FAC", "DATE", "TIME", "MONEY")]
        for talker in talkers:
            for other in others:
                if not _same_actor(talker, other):
                    yield _RULES.mention("met", talker, other, token, context, confidence=0.65)


def _explicit(date: str | None, context: Context) -> bool:
    """True when ``date`` is more than the month of publication every undated event gets."""
    published = str(context.cache.get(ANCHOR_DATE_KEY) or context.article.date or "")
    return date is not None and not (len(date) == 7 and published[:7] == date)


#: "during the visit", "on his trip", "in the course of their tour": an event of a visit named
#: before.
_DURING_VISIT = re.compile(r"\b(?:during|on|throughout|in the course of) (?:the|his|her|their|that|this) "
                           r"(?:visit|trip|tour|stay|journey)\b", re.IGNORECASE)


def _continued_dates(doc: Doc, found: list[Mention], context: Context) -> list[Mention]:
    """'Carter visited Kabul on Saturday. During the visit, he met Ghani', 'Gentiloni welcomed
    Lavrov on Monday. The two ministers signed an accord': a mention whose actor is a pronoun or
    a description of someone named just before, with no date of its own, continues the dated
    event of the same actor in the two sentences before and takes its date."""
    starts: list[int] = []

    def index(offset: int) -> int:
        if not starts:  # the sentences are found once, and only when a mention needs them
            starts.extend(s.start_char for s in doc.sents)
        return bisect_right(starts, offset) - 1

    published = context.cache.get(ANCHOR_DATE_KEY) or context.article.date
    out: list[Mention] = []  # in text order, each with the date it continues (so dates chain)
    for m in sorted(found, key=lambda x: x.start):
        if m.predicate != "visited" and not _explicit(m.date, context) and \
                not (m.date is None and published) and _DURING_VISIT.search(m.sentence):
            # "Li also met Merkel and Hollande during the trip": the trip's date
            trips = [e for e in out if e.predicate == "visited" and e.start < m.start
                     and _explicit(e.date, context) and _same_actor(e.subject, m.subject)]
            if trips:
                out.append(replace(m, date=max(trips, key=lambda e: e.start).date))
                continue
        if _explicit(m.date, context) or (m.date is None and published):
            # an undated event of a dated article lies further back ("he had met ...")
            out.append(m)
            continue
        there = _there(doc, m, context) or entry_headline_day(
            doc, m, article_date=str(published or "") or None, cache=context.cache)
        if there is not None:
            out.append(replace(m, date=there))
            continue
        around = _around_event(doc, m, out, context, index)
        if around is not None:
            out.append(replace(m, date=around))
            continue
        if m.subject.via not in ("pronoun", "description"):
            out.append(_carried(doc, m, out, context, index))
            continue
        here = index(m.start)
        # the continuing actor is the subject ("During the visit, he met ..."); an object
        # pronoun or description is someone a third party acts on ("Neri accused the two")
        before = [e for e in out if e.start < m.start and _explicit(e.date, context)
                  and 0 < here - index(e.start) <= 2
                  and (_same_actor(m.subject, e.subject) or _same_actor(m.subject, e.object))
                  and e.subject.via in ("name", "pronoun", "description")]
        if before:
            latest = max(before, key=lambda e: e.start)
            m = replace(m, date=latest.date)
        out.append(m)
    return out


#: How many sentences back a named actor's dated event may lie for an undated one to continue it.
_CARRY_SENTENCES = 4


def _carried(doc: Doc, m: Mention, found: list[Mention], context: Context,
             index: Callable[[int], int]) -> Mention:
    """'Blinken arrived in Israel on Thursday ... Blinken also met President Herzog': an event of
    a named actor told in the simple past with no date of its own continues the latest event of
    the same actor dated to the day in the few sentences before, and takes its day (the actor is
    the later event's subject: a third party's reaction to someone, "the opposition accused
    him", is no continuation of his day). An event in
    the perfect ("has accused"), the present or a quotation stays the month of publication."""
    trigger = _trigger(doc, m)
    if trigger is None or not _simple_past(trigger):
        return m
    here = index(m.start)
    before = [e for e in found if e is not m and e.start < m.start and e.date is not None
              and len(e.date) == 10 and 0 < here - index(e.start) <= _CARRY_SENTENCES
              and e.subject.via == "name" and (
                  _same_actor(e.subject, m.subject) or _same_actor(e.object, m.subject))]
    if not before:
        return m
    latest = max(before, key=lambda e: e.start)
    date = latest.date
    if any(e.start > latest.start and e.start < m.start and e.date is not None and len(e.date) == 10
           and e.date != date for e in found):
        return m  # the story moved on to another day since ("He held talks on Tuesday")
    published = str(context.cache.get(ANCHOR_DATE_KEY) or context.article.date or "")
    if date is None or (published[:7] and date[:7] != (m.date or published)[:7]):
        return m  # a day of another month than the one the event is reported in
    return replace(m, date=date)


#: Nouns of the events a story is built round, named again as a time ("before the signing").
_STORY_EVENTS = frozenset({"signing", "announcement", "ceremony"}) | _ALL_EVENT_NOUNS_BASE


def _around_event(doc: Doc, m: Mention, done: list[Mention], context: Context,
                  index: Callable[[int], int]) -> str | None:
    """'Liu met Kato at the headquarters before the signing': an undated event placed just
    before or after a definite event the article told and dated to the day in the sentences
    before ("the signing", "the announcement", "the talks") took place that day."""
    trigger = _trigger(doc, m)
    if trigger is None:
        return None
    verb = governing_verb(trigger, steps=3)
    anchors = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("before", "after")
               for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
               and (g.lower_ in _STORY_EVENTS or g.lemma_.lower() in _STORY_EVENTS)
               and any(c.dep_ == "det" and c.lower_ == "the" for c in g.children)]
    if not anchors:
        return None
    here = index(m.start)
    before = [e for e in done if e.start < m.start and e.date is not None and len(e.date) == 10
              and 0 < here - index(e.start) <= _CARRY_SENTENCES]
    if before:
        return max(before, key=lambda e: e.start).date
    # "EU ministers failed on Monday to agree ... Before the meeting, X held talks with Y": the
    # event the text told before with no named actors; the last day the sentences before write
    published = str(context.cache.get(ANCHOR_DATE_KEY) or context.article.date or "") or None
    sent = trigger.sent
    for _ in range(_CARRY_SENTENCES):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        day = sentence_day(sent, article_date=published, cache=context.cache)
        if day is not None:
            return day
    return None


def _there(doc: Doc, m: Mention, context: Context) -> str | None:
    """'..., where he addressed a summit in Jeddah on Friday. There he accused ...': a sentence
    that opens on "There" continues the place and the time of the sentence before; its day."""
    trigger = _trigger(doc, m)
    if trigger is None:
        return None
    sent = trigger.sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    # "In October, X visited A. Officials said X later visited B": after it, in its month
    later = any(c.dep_ == "advmod" and c.lower_ == "later" for c in trigger.children)
    if (first is None or first.lower_ != "there" or first.dep_ != "advmod") and not later or sent.start == 0:
        return None
    published = str(context.cache.get(ANCHOR_DATE_KEY) or context.article.date or "") or None
    # "The breakthrough came in June, when ... There, X and Y agreed": a month is a date too
    day = sentence_day(doc[sent.start - 1].sent, article_date=published, cache=context.cache,
                       days_only=False)
    if later:  # (a year says too little of when "later" was)
        return day[:7] if day is not None and len(day) >= 7 else None
    return day


def _trigger(doc: Doc, m: Mention) -> Token | None:
    """The trigger token of ``m`` in ``doc`` (the first token of its sentence with its text)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not m.trigger:
        return None
    return next((t for t in span if t.text == m.trigger), None)


def _simple_past(trigger: Token) -> bool:
    """Whether the trigger's clause is in the simple past ("met", "was signed", "held talks"),
    outside quotation marks and not in the perfect."""
    verb = governing_verb(trigger, steps=4)
    if verb.tag_ != "VBD" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                       for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    sent = trigger.sent
    quotes = sum(1 for t in sent if t.i < trigger.i and t.text in ('"', "“", "”"))
    return quotes % 2 == 0


#: Definite determiners by which an event noun names an event told before ("the agreement").
_DEFINITE = frozenset({"the", "this", "that"})
#: How many sentences back the event a definite event noun names again may be told.
_SAME_EVENT_SENTENCES = 2


def _named_again(doc: Doc, found: list[Mention], context: Context) -> list[Mention]:
    """'Britain and Norway signed a defence pact on Monday. The agreement was signed by Hill and
    Berg at a ceremony in Oslo': an undated mention whose trigger is (or whose verb takes as
    subject or object) a definite event noun of its own kind names again the event of that kind
    dated in the sentences just before, and takes its date."""
    starts: list[int] = []

    def index(offset: int) -> int:
        if not starts:
            starts.extend(sent.start_char for sent in doc.sents)
        return bisect_right(starts, offset) - 1

    out: list[Mention] = []
    for m in found:
        if _explicit(m.date, context) or m.predicate not in _EVENT_NOUNS:
            out.append(m)
            continue
        trigger = _trigger(doc, m)
        nouns = _EVENT_NOUNS[m.predicate]
        if trigger is None:
            out.append(m)
            continue
        candidates = [trigger] + [c for c in trigger.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
        definite = any((t.lower_ in nouns or t.lemma_.lower() in nouns) and t.pos_ == "NOUN"
                       and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children)
                       for t in candidates)
        if not definite:
            out.append(m)
            continue
        here = index(m.start)
        before = [e for e in found if e.predicate == m.predicate and e.start < m.start
                  and _explicit(e.date, context) and 0 < here - index(e.start) <= _SAME_EVENT_SENTENCES]
        out.append(replace(m, date=max(before, key=lambda e: e.start).date) if before else m)
    return out


#: Event nouns, by the predicate whose events they name again ("made the accusation").
_EVENT_NOUNS = {"accused": ACCUSE_NOUNS, "visited": VISIT_NOUNS, "met": MEET_NOUNS,
                "agreed": AGREE_NOUNS}
_ALL_EVENT_NOUNS = frozenset().union(*_EVENT_NOUNS.values())
#: Verbs by which a sentence dates an event it names again: "made the accusation on Monday",
#: "the talks took place / were held on Tuesday", "paid the visit in May".
_DATING_VERBS = frozenset({"make", "level", "hold", "pay", "sign", "reach", "take", "conduct",
                           "begin", "start", "open", "end", "come"})


def _dated_again(doc: Doc, found: list[Mention], context: Context) -> list[Mention]:
    """'Poroshenko accused Russia of sending troops ... Poroshenko made the accusation in Kiev on
    Monday': a definite event noun ("the accusation", "the talks", "his visit") with a light verb
    and a date of its own dates the undated mention of the same kind and the same actor (the
    light verb's subject; with none, the article's only undated mention of that kind)."""
    article_date = str(context.cache.get(ANCHOR_DATE_KEY) or context.article.date or "") or None
    out = list(found)
    if not any(not _explicit(m.date, context) for m in found):
        return out
    for token in trigger_tokens(doc, _ALL_EVENT_NOUNS, context.cache):
        if token.pos_ != "NOUN" or not any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
                for c in token.children):
            continue
        predicate = next((p for p, nouns in _EVENT_NOUNS.items()
                          if token.lower_ in nouns or token.lemma_.lower() in nouns), None)
        verb = token.head
        # "The talks, held on Monday, focused on ...": a participle of a dating verb on the noun
        told = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in _DATING_VERBS]
        if predicate is None or (token.dep_ not in ("dobj", "nsubj", "nsubjpass") or
                                 verb.lemma_.lower() not in _DATING_VERBS or is_irrealis(verb)) \
                and not told:
            continue
        date = date_for(token, token.sent, article_date=article_date, cache=context.cache)
        if not _explicit(date, context):
            continue
        actors = arguments(subjects(verb)) if token.dep_ == "dobj" else []
        undated = [k for k, m in enumerate(out) if m.predicate == predicate and m.start < token.sent.start_char
                   and not _explicit(m.date, context)
                   and (not actors or any(_same_actor(m.subject, a) for a in actors))]
        if len(undated) == 1 or (actors and undated):
            for k in undated:
                out[k] = replace(out[k], date=date)
    return out


def _planned(doc: Doc, mention: Mention) -> bool:
    """True when the trigger of ``mention`` is an event noun the article presented as planned
    before (:func:`graph.extract.modality.planned_before`); a mention found by reading its
    sentence alone (a second reading of a misparsed sentence) cannot know that."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.text == mention.trigger and t.pos_ == "NOUN" and planned_before(t) for t in span)


class _VisitRules(RuleExtractor):
    """Builds the visits of the article-level rules."""

    name = "discourse"
    predicates: tuple[str, ...] = ("visited",)


_VISIT_RULES = _VisitRules()


def _arrivals_at_dateline(doc: Doc, context: Context) -> Iterator[Mention]:
    """'JERUSALEM, May 2 - Kerry arrived on Monday for talks with Netanyahu': an arrival with no
    place of its own in a datelined article is an arrival at the dateline's place, where the
    story is filed."""
    place = dateline_place(doc)
    if place is None:
        return
    for token in trigger_tokens(doc, frozenset({"arrive"}), context.cache):
        if token.pos_ != "VERB" or in_dateline(token) or any(
                c.dep_ in ("prep", "advmod") and c.lower_ in ("in", "at", "to", "into", "here", "there",
                                                            "home", "back")
                or c.dep_ == "dobj" for c in token.children) or is_irrealis(token):
            continue
        for subject in subjects(token):
            visitor = next(iter(arguments([subject])), None)
            if visitor is None or (visitor.label != "PERSON" and visitor.via != "description"
                                   and not _named_person(subject)):
                continue
            if _local(subject, place.text):
                continue  # "PARIS - French President Emmanuel Macron arrived": at home
            yield _VISIT_RULES.mention("visited", visitor, place, token, context, confidence=0.6)


def _named_person(token: Token) -> bool:
    """'Asante arrived ...' after 'President Kofi Asante': a name the model left untyped that
    the article's persons (surnames written again included) hold."""
    from graph.extract.coref import persons  # here: coref is imported through syntax

    return any(ent.start <= token.i < ent.end for ent, _ in persons(token.doc))


def _local(subject: Token, place: str) -> bool:
    """True when the subject's own words give it the dateline place's country ("French President
    Emmanuel Macron" under a PARIS dateline): at home, not visiting. A subject with no such word
    stays a visitor."""
    code = place_country(place)
    if code is None:
        return False
    words = [t for t in subject.subtree if t.pos_ in ("ADJ", "PROPN") and t.is_title
             and t.ent_type_ != "PERSON" and not in_dateline(t)]
    return any(of_country(t.text, code) for t in words) or any(
        t.text == "U.S." and code == "US" for t in subject.subtree)


#: Venue labels: a place where people can be together.
_VENUES = frozenset({"GPE", "FAC", "LOC"})


def _venue(token: Token) -> bool:
    """A named building or site: a facility, or a name whose head is a place noun ("the
    National Cathedral", typed an organisation)."""
    return token.ent_type_ == "FAC" or (token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "")
                                        and is_place_noun(token.lemma_.lower()))


def _where_place(verb: Token) -> bool:
    """A "where" clause on a place: "in Madrid, where ...", "in Madrid on Monday, where ..."."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return False
    head = verb.head
    if head.ent_type_ in _VENUES or _venue(head):
        return True
    if head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj":
        return any(g.ent_type_ in _VENUES for g in pobjs(head.head.head, ("in", "at")))
    return False


def _together_at_place(doc: Doc, context: Context) -> Iterator[Mention]:
    """'Scholz was in Washington on Monday, where he and President Biden presented a united
    front': two persons (a name, or a pronoun for one named before) who do something together
    as the coordinated subject of one verb in the simple past, in a "where" clause on a place or
    at a named venue on a given day ("laid a wreath at the cathedral on Monday", not "worked at
    the White House"), or who signed something together on a given day, were there together:
    they met."""
    for token in trigger_tokens(doc, frozenset({"and"}), context.cache):
        # the coordinated subject first: it is rare, the rest costs more
        if token.dep_ != "cc" or token.head.dep_ != "nsubj":
            continue
        subject, verb = token.head, token.head.head
        if verb.tag_ != "VBD" or verb.pos_ != "VERB" or len(subject.conjuncts) != 1:
            continue
        venue = any(_venue(g) for g in pobjs(verb, ("at",))) or any(
            _venue(g) for c in verb.children if c.dep_ == "dobj" for g in pobjs(c, ("at",)))
        # "President A and Prime Minister B signed two agreements on Thursday": two persons who
        # signed something together on a given day did so in one room
        signed = verb.lemma_ == "sign" and any(c.dep_ == "dobj" for c in verb.children)
        if not (_where_place(verb) or venue or signed):
            continue
        people = [a for a in arguments([subject]) if a.label == "PERSON"
                  and a.via in ("name", "pronoun")]
        if len(people) != 2 or _same_actor(*people) or _remote(verb) or is_irrealis(verb):
            continue
        mention = _RULES.mention("met", people[0], people[1], verb, context, confidence=0.6)
        if not _where_place(verb) and (mention.date is None or len(mention.date) != 10):
            continue  # "X and Y worked at the White House": no one occasion, no joint appearance
        yield mention


def read_article(doc: Doc, found: list[Mention], context: Context,
                 predicates: frozenset[str]) -> list[Mention]:
    """``found`` (the sentence extractors' mentions of ``doc``) read as one article: without
    visits and meetings the article presented as planned before, with the mentions the
    article-level rules add for the ``predicates`` asked for, and with the dates of mentions that
    continue an event dated just before."""
    out = [m for m in found if (m.predicate not in ("visited", "met") or not _planned(doc, m))
           and not continues_plan(doc, m, _trigger(doc, m))]
    if "met" in predicates:
        seen = {m.key() for m in out}
        out.extend(m for m in _talks_during_visit(doc, found, context) if m.key() not in seen)
        seen = {m.key() for m in out}
        out.extend(m for m in _together_at_place(doc, context) if m.key() not in seen)
    if "visited" in predicates:
        visiting = {(m.subject.text, m.start) for m in out if m.predicate == "visited"}
        out.extend(m for m in _arrivals_at_dateline(doc, context)
                   if (m.subject.text, m.start) not in visiting)
        out.extend(visits_named_again(doc, out, context))
    out = _dated_again(doc, _continued_dates(doc, _named_again(doc, out, context), context),
                       context)
    published = str(context.cache.get(ANCHOR_DATE_KEY) or context.article.date or "") or None
    out = dated_by_next_statement(doc, out, article_date=published, cache=context.cache)
    return same_relation_day(out, article_date=published)
