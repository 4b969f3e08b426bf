"""Event coreference: the mentions of one real-world event, across articles, are one ``ng:Event``.

Every relation an extractor finds is an ``ng:Mention`` in its article's graph (sentence,
offsets, extractor, confidence, the participants as resolved in that article, the date as the
text gives it). This module groups mentions into events by a rule that depends only on the set
of mentions (never on the order articles arrived in), so a plain build and an incremental store
compute the same events, with the same IRIs:

**Key** = (relation, participants): for the symmetric relations (``met``, ``agreed``) the two
participants' IRIs sorted, otherwise (actor, counterpart or visited place). Within one key:

1. mentions dated to the day (``YYYY-MM-DD``) with the same day are one event;
2. a mention dated to a month or year only joins a day-event of its key within that period: the
   latest one inside its article's window (the article's date minus :data:`WINDOW_DAYS` days up
   to the article's date), else the only one in the period unless the period is the article's
   own month or year (undated news is dated so by extraction, so that date says no more than
   the window); else it is an event with the other mentions of that key and that same month or
   year;
3. an undated mention joins the latest day-event of its key inside its article's window (an
   undated article: the window of its syndication cluster's representative); else
   it is an event with the other such mentions of its key from the same syndication cluster
   (the same article, or near-identical copies of it: :mod:`graph.syndication`).

Each event carries ``ng:mentionCount``, ``ng:articleCount``, ``ng:sourceCount`` (distinct
origins: an article's origin is the ``dcterms:source`` of its syndication cluster's
representative, else that representative itself, so copies of one wire story count once) and
``ng:firstReport`` (the article with the earliest ``dcterms:date``, undated last, ties by
identifier then IRI). Its IRI is ``ngr:event/`` + SHA-1 of relation, participants and anchor
(the day, the month/year, or the cluster representative of an undated event).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

from graph.namespaces import NG, NGR

#: An undated mention joins a dated event reported up to this many days before its article.
WINDOW_DAYS = 7
#: Relations whose participants are unordered.
SYMMETRIC = frozenset({"met", "agreed"})
#: Each relation's event class and CAMEO code / PLOVER type (see :data:`graph.events.EVENT_CODES`).
RELATIONS: dict[str, URIRef] = {"visited": NG.Visit, "met": NG.Meeting, "agreed": NG.Agreement,
                                "accused": NG.Accusation}
#: The derived named graph holding every event node, the ``ng:mentionOf`` links and the
#: ``ng:syndicatedFrom`` links (recomputed, never written by hand).
EVENTS_GRAPH = NGR["graph/events"]

Triple = tuple[Node, Node, Node]
Key = tuple[str, str, str]


@dataclass(frozen=True)
class MentionRow:
    """One ``ng:Mention`` as the clustering needs it (IRIs as strings)."""

    iri: str
    relation: str
    actor: str
    other: str  # the counterpart, or the visited place of a visit
    article: str
    start: int = 0
    date: str | None = None
    place: str | None = None  # where a meeting, agreement or accusation took place
    sentence: str = ""  # the quoted sentence (for the summaries' example)

    @property
    def key(self) -> Key:
        a, b = self.actor, self.other
        if self.relation in SYMMETRIC and b < a:
            a, b = b, a
        return (self.relation, a, b)


@dataclass(frozen=True)
class ArticleInfo:
    """What the counts need of an article: id, ISO date, and origin (see the module doc)."""

    iri: str
    id: str
    date: str | None
    origin: str
    rep: str

    @property
    def order(self) -> tuple[bool, str, str, str]:
        return (self.date is None, self.date or "", self.id, self.iri)


def _day(text: str | None) -> dt.date | None:
    if text is None or len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _in_window(day: str, article_date: str | None) -> bool:
    end = _day(article_date)
    if end is None:
        return False
    d = _day(day)
    return d is not None and end - dt.timedelta(days=WINDOW_DAYS) <= d <= end


def cluster(rows: Iterable[MentionRow], articles: Mapping[str, ArticleInfo]) -> dict[str, list[MentionRow]]:
    """The events of mentions of ONE key: ``{anchor: mentions}``, the anchor being the day,
    ``"~" + month or year``, or ``"~~" + the representative article of an undated group``."""
    rows = list(rows)
    days = sorted({r.date for r in rows if r.date is not None and _day(r.date) is not None})
    out: dict[str, list[MentionRow]] = {d: [] for d in days}
    for r in rows:
        date = r.date
        if date is not None and _day(date) is not None:
            out[date].append(r)
            continue
        art = articles.get(r.article)
        adate = art.date if art else None
        if adate is None and art is not None and art.rep in articles:
            adate = articles[art.rep].date  # an undated copy of a wire story: the story's date
        if date:  # a month or a year (or something unparsed, kept as its own text)
            inside = [d for d in days if d.startswith(date + "-")]
            near = [d for d in inside if _in_window(d, adate)]
            # the only day-event of the period, unless the period is the article's own month or
            # year (an undated report of recent news is dated so): then only its window counts
            own = adate is not None and adate.startswith(date)
            anchor = near[-1] if near else (
                inside[0] if len(inside) == 1 and not own else "~" + date)
        else:
            near = [d for d in days if _in_window(d, adate)]
            anchor = near[-1] if near else "~~" + (art.rep if art else r.article)
        out.setdefault(anchor, []).append(r)
    return {k: v for k, v in out.items() if v}


def event_iri(key: Key, anchor: str) -> URIRef:
    """The stable IRI of the event of ``key`` anchored at ``anchor`` (see :func:`cluster`)."""
    text = "|".join((*key, anchor))
    return NGR[f"event/{hashlib.sha1(text.encode('utf-8')).hexdigest()[:20]}"]


def _first(rows: list[MentionRow], articles: Mapping[str, ArticleInfo]) -> MentionRow:
    """The first report's first mention: earliest article, then offset, then IRI."""
    def order(r: MentionRow) -> tuple[tuple[bool, str, str, str], int, str]:
        art = articles.get(r.article)
        return (art.order if art else (True, "", "", r.article), r.start, r.iri)
    return min(rows, key=order)


# Terms made once (an attribute of a namespace builds a new URIRef at each use); literals of
# counts and dates made once per value.
_TYPE = RDF.type
_CAMEO, _PLOVER, _ACTOR, _PLACE, _COUNTERPART = NG.cameoCode, NG.ploverType, NG.actor, NG.place, NG.counterpart
_DATE, _MENTIONS, _ARTICLES, _SOURCES = NG.date, NG.mentionCount, NG.articleCount, NG.sourceCount
_FIRST_REPORT, _FIRST_MENTION, _SOURCE_KEY, _MENTION_OF = NG.firstReport, NG.firstMention, NG.sourceKey, NG.mentionOf
_KEY_SUMMARY, _SUMMARY_OF, _SUMMARY_ACTOR = NG.KeySummary, NG.summaryOf, NG.summaryActor
_SUMMARY_PLACE, _SUMMARY_COUNTERPART, _EVENTS = NG.summaryPlace, NG.summaryCounterpart, NG.eventCount
_EXAMPLE, _FIRST_DATE, _LAST_DATE = NG.example, NG.firstDate, NG.lastDate
_RELATION_IRIS = {relation: NG[relation] for relation in RELATIONS}
_count = lru_cache(maxsize=1024)(Literal)
_text = lru_cache(maxsize=8192)(Literal)


@lru_cache(maxsize=8)
def _codes(relation: str) -> tuple[Literal, Literal]:
    from graph.events import EVENT_CODES

    cameo, plover = EVENT_CODES[relation]
    return Literal(cameo), Literal(plover)


@lru_cache(maxsize=4096)
def _date(text: str) -> Literal:
    from graph.rdf import date_literal

    return date_literal(text)


def event_triples(key: Key, anchor: str, rows: list[MentionRow],
                  articles: Mapping[str, ArticleInfo]) -> set[Triple]:
    """The triples of one event (for :data:`EVENTS_GRAPH`): its node and the mentions' links."""
    relation = key[0]
    e = event_iri(key, anchor)
    first = _first(rows, articles)
    cameo, plover = _codes(relation)
    out: set[Triple] = {
        (e, _TYPE, RELATIONS[relation]),
        (e, _CAMEO, cameo),
        (e, _PLOVER, plover),
        (e, _ACTOR, URIRef(first.actor)),
        (e, _PLACE if relation == "visited" else _COUNTERPART, URIRef(first.other)),
    }
    places = sorted({r.place for r in rows if r.place})
    if places:  # the first report's place when it gives one
        out.add((e, _PLACE, URIRef(first.place or places[0])))
    if not anchor.startswith("~~"):
        out.add((e, _DATE, _date(anchor.lstrip("~"))))
    arts = {r.article for r in rows}
    origins = {articles[a].origin if a in articles else a for a in arts}
    out.add((e, _MENTIONS, _count(len(rows))))
    out.add((e, _ARTICLES, _count(len(arts))))
    out.add((e, _SOURCES, _count(len(origins))))
    out.add((e, _FIRST_REPORT, URIRef(first.article)))
    out.add((e, _FIRST_MENTION, URIRef(first.iri)))
    out.update((e, _SOURCE_KEY, _text(o)) for o in origins)
    out.update((URIRef(r.iri), _MENTION_OF, e) for r in rows)
    return out


def summary_iri(key: Key) -> URIRef:
    """The IRI of the summary of all events of ``key``."""
    return NGR[f"summary/{hashlib.sha1('|'.join(key).encode('utf-8')).hexdigest()[:20]}"]


def summary_triples(key: Key, events: dict[str, list[MentionRow]],
                    articles: Mapping[str, ArticleInfo], firsts: Mapping[str, MentionRow]) -> set[Triple]:
    """The ``ng:KeySummary`` of one key (its events, given by anchor; ``firsts``: each event's
    first mention): what the aggregate queries read instead of grouping events. The
    participants are the key's (sorted IRIs for a symmetric relation); ``ng:firstDate`` and
    ``ng:lastDate`` are the event dates (as text) that may be earliest and latest: by the
    first and the last day a date may be, so "2026" is the last of "2026" and "2026-01" (none
    when no event is dated); ``ng:example`` the first mention whose sentence is least."""
    relation, a, b = key
    k = summary_iri(key)
    rows = [r for members in events.values() for r in members]
    arts = {r.article for r in rows}
    sources = {articles[x].origin if x in articles else x for x in arts}
    dates = sorted(x.lstrip("~") for x in events if not x.startswith("~~"))
    example = min(firsts.values(), key=lambda r: (r.sentence, r.iri))
    out: set[Triple] = {
        (k, _TYPE, _KEY_SUMMARY), (k, _SUMMARY_OF, _RELATION_IRIS[relation]),
        (k, _SUMMARY_ACTOR, URIRef(a)),
        (k, _SUMMARY_PLACE if relation == "visited" else _SUMMARY_COUNTERPART, URIRef(b)),
        (k, _EVENTS, _count(len(events))), (k, _MENTIONS, _count(len(rows))),
        (k, _ARTICLES, _count(len(arts))), (k, _SOURCES, _count(len(sources))),
        (k, _EXAMPLE, URIRef(example.iri)),
    }
    if dates:
        out |= {(k, _FIRST_DATE, _text(min(dates, key=_earliest))),
                (k, _LAST_DATE, _text(max(dates, key=_latest)))}
    return out


def _earliest(date: str) -> tuple[str, int, str]:
    """Sort key of a date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) by the first day it may
    be, the more precise first on a tie: of "2026" and "2026-01", the first is "2026-01"."""
    return (date + "-01-01"[len(date) - 4:], -len(date), date)


def _latest(date: str) -> tuple[str, int, str]:
    """Sort key of a date by the last day it may be, the less precise last on a tie: of
    "2026" and "2026-01", the last is "2026" (which may be December), so a pair's first date
    never reads as after its last."""
    return (date + "-12-31"[len(date) - 4:], -len(date), date)


def derive(rows: Iterable[MentionRow], articles: Mapping[str, ArticleInfo]) -> set[Triple]:
    """The triples of the events graph for all ``rows`` (of any keys): every event node, the
    ``ng:mentionOf`` links and each key's summary (:func:`summary_triples`)."""
    by_key: dict[Key, list[MentionRow]] = {}
    for r in rows:
        by_key.setdefault(r.key, []).append(r)
    out: set[Triple] = set()
    for key, group in by_key.items():
        events = cluster(group, articles)
        for anchor, members in events.items():
            out |= event_triples(key, anchor, members, articles)
        firsts = {anchor: _first(members, articles) for anchor, members in events.items()}
        out |= summary_triples(key, events, articles, firsts)
    return out
