"""Dates an article gives an event outside the sentence that tells it (issue 11, kind 9).

Two mechanisms, run on the article's mentions after every sentence has been read:

An accusation is a statement; news often tells it first and says when and where it was made in
the sentence after: "China's foreign ministry accused Washington of stoking confrontation.
Spokeswoman Hua Lin told a regular briefing on Wednesday that ...". A careful reader dates the
accusation by that briefing. :func:`dated_by_next_statement` gives an undated accusation the
day of the statement that follows it, when that statement is made by the accuser or a
spokesperson and is dated to the day in its own clause.

A lead often tells an event undated ("Macron met Zelenskiy in Kyiv") and a later sentence dates
it ("The two leaders held talks on Tuesday"). :func:`same_relation_day` gives the mentions of a
relation that carry only the month of publication the one day in that month that another mention
of the same relation and the same two parties carries.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from graph.extract.base import SYMMETRIC, Mention
from graph.extract.dates import date_for, sentence_day
from graph.nlp import doc_text

__all__ = ["dated_by_next_statement", "same_relation_day"]

#: Verbs of a statement made on one occasion (lemmas).
_STATEMENT_VERBS = frozenset({"say", "tell", "add", "state", "repeat", "reiterate", "insist",
                              "declare", "allege", "charge", "claim", "write", "warn"})
#: Nouns of those who speak for an accuser ("spokeswoman Hua Lin", "a ministry spokesman").
_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
                       "spokeswomen"})


def _speaker_of(subject: Token, accuser: str) -> bool:
    """Whether the subject of a statement speaks for ``accuser``: a spokesperson, or the
    accuser again (same last word: "Lavrov", "Sergei Lavrov")."""
    words = {t.lower_ for t in subject.subtree}
    if words & _SPEAKERS:
        return True
    last = accuser.lower().split()[-1:] if accuser else []
    return bool(last) and last[0] in words


def dated_by_next_statement(doc: Doc, found: list[Mention], *, article_date: str | None,
                            cache: dict[str, object] | None = None) -> list[Mention]:
    """``found`` with each undated accusation (no date, or only the month of ``article_date``)
    dated by the statement of the very next sentence, when that sentence's main verb is a verb
    of statement (:data:`_STATEMENT_VERBS`), in the past and outside quotation marks, its subject
    the accuser or a spokesperson, and it is dated to the day."""
    if not article_date or not any(m.predicate == "accused" for m in found):
        return found
    month = article_date[:7]
    out = list(found)
    for k, m in enumerate(found):
        if m.predicate != "accused" or (m.date is not None and m.date != month):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        end = span[-1].sent.end
        if end >= len(doc):
            continue
        nxt = doc[end].sent
        root = nxt.root
        if root.lemma_.lower() not in _STATEMENT_VERBS or root.tag_ != "VBD":
            continue
        if sum(1 for t in nxt if t.i < root.i and t.text in ('"', "“", "”")) % 2:
            continue  # inside a quotation
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or not _speaker_of(subject, m.subject.text):
            continue
        day = date_for(root, nxt, article_date=article_date, cache=cache)
        if day is not None and len(day) == 10 and day[:7] == month:
            out[k] = replace(m, date=day)
    return out


def _party(name: str) -> str:
    """A party's key: the last word of its name, lower-cased ("Emmanuel Macron", "Macron")."""
    words = name.lower().split()
    return words[-1] if words else ""


def same_relation_day(found: list[Mention], *, article_date: str | None) -> list[Mention]:
    """``found`` with each mention dated only by the month of ``article_date`` given the day of
    that month that the other mentions of the same relation between the same parties carry (the
    same last words; either order for ``met`` and ``agreed``), when they carry exactly one."""
    if not article_date or len(article_date) < 7:
        return found
    article_date[:7]

    def key(m: Mention) -> tuple[str, ...]:
        pair = (_party(m.subject.text), _party(m.object.text))
        if m.predicate in SYMMETRIC:
            pair = tuple(sorted(pair))  # type: ignore[assignment]
        return (m.predicate, *pair)

    days: dict[tuple[str, ...], set[str]] = {}
    for m in found:
        if m.date is not None and len(m.date) == 10:
            days.setdefault(key(m), set()).add(m.date)
    if not days:
        return found
    out = []
    for m in found:
        known = {d for d in days.get(key(m), ()) if m.date is not None and d[:7] == m.date}
        if m.date is not None and len(m.date) == 7 and len(known) == 1:
            # (a month the text writes counts as well as the publication's: "in August" after
            # "on August 8" for the same two)
            m = replace(m, date=next(iter(known)))
        elif m.date is not None and len(m.date) == 7:
            m = replace(m, date=_both_parties_day(m, found) or m.date)
        out.append(m)
    return out


def _both_parties_day(m: Mention, found: list[Mention]) -> str | None:
    """'X welcomed A and B in Abu Dhabi on August 8 ... A and B shook hands in Abu Dhabi in
    August': an event dated to a month takes the one day of that month on which the article
    has each of its two parties act at the event's own place; ``None`` when the event names no
    place, or either party has no such day, or they have more than one between them."""
    if m.date is None or m.place is None:
        return None  # (the place says it is the same occasion: a month alone says too little)
    parties = (_party(m.subject.text), _party(m.object.text))
    per_party: list[set[str]] = []
    for party in parties:
        per_party.append({e.date for e in found if e is not m and e.date is not None
                          and len(e.date) == 10 and e.date[:7] == m.date
                          and party in (_party(e.subject.text), _party(e.object.text))
                          and e.place is not None and e.place.text == m.place.text})
    if not all(per_party) or len(per_party[0] | per_party[1]) != 1:
        return None
    return next(iter(per_party[0]))


def entry_headline_day(doc: Doc, m: Mention, *, article_date: str | None,
                       cache: dict[str, object] | None = None) -> str | None:
    """'09:30 GMT - What happened yesterday' over the lines of a live-blog entry: a headline on
    the first line of a paragraph (no full stop, a single line break after it) dates the events
    its entry tells with no date of their own; the day it writes (``None`` when it writes none
    or ``m`` is in no such entry)."""
    text = doc_text(doc)
    start = text.rfind("\n\n", 0, m.start)
    start = 0 if start < 0 else start + 2
    end = text.find("\n", start)
    if end < 0 or end >= m.start or text[end + 1 : end + 2] in ("\n", ""):
        return None
    line = text[start:end].strip()
    if not line or len(line) > 200 or line.endswith((".", "!", "?", ":", ";", ",")):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return sentence_day(span, article_date=article_date, cache=cache)
