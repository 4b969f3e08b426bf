"""Normalising date expressions against the article's date."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

MONTHS = {
    m: i
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        start=1,
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\b(?:,?\s+(\d{4}))?")
_MONTH_YEAR = re.compile(r"\b([A-Za-z]{3,9})\s+(\d{4})\b")
_WORD = re.compile(r"[a-z]+")
#: Key of the per-document index in a ``cache`` dictionary (see :func:`date_for`).
CACHE_KEY = "newsgraph.dates"


@lru_cache(maxsize=1024)
def article_year(date: str | None) -> int | None:
    """The year of an ISO article date, or ``None``."""
    if date:
        match = _YEAR.search(date)
        if match:
            return int(match.group(1))
    return None


def relative_day(text: str, article_date: str | None) -> str | None:
    """'on Tuesday', 'today', 'yesterday' against a full ISO article date (news reports past
    events: a weekday is the latest such day on or before the article's date)."""
    match = _ISO_DAY.match(article_date or "")
    if not match:
        return None
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    words = _WORD.findall(text.lower())
    if len(words) > 3:
        return None
    for w in words:
        if w in WEEKDAYS:
            return (day - timedelta(days=(day.weekday() - WEEKDAYS[w]) % 7)).isoformat()
        if w == "today":
            return day.isoformat()
        if w == "yesterday":
            return (day - timedelta(days=1)).isoformat()
    return None


def normalise(text: str, *, year: int | None, context_year: int | None = None) -> str | None:
    """An ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) for a date expression, or ``None``.

    ``year`` is the article's year (for "April 15"); ``context_year`` the last year the article
    mentioned before the expression (for "that year").
    """
    lower = text.lower()
    fallback = context_year if "that year" in lower or "same year" in lower else year
    match = _MONTH_DAY.search(text)
    if match and match.group(1).lower().rstrip(".") in MONTHS:
        y = int(match.group(3)) if match.group(3) else fallback
        if y is not None:
            return f"{y:04d}-{MONTHS[match.group(1).lower()]:02d}-{int(match.group(2)):02d}"
    match = _DAY_MONTH.search(text)
    if match and match.group(2).lower() in MONTHS:
        y = int(match.group(3)) if match.group(3) else fallback
        if y is not None:
            return f"{y:04d}-{MONTHS[match.group(2).lower()]:02d}-{int(match.group(1)):02d}"
    match = _MONTH_YEAR.search(text)
    if match and match.group(1).lower() in MONTHS:
        return f"{int(match.group(2)):04d}-{MONTHS[match.group(1).lower()]:02d}"
    match = _YEAR.search(text)
    if match and len(text.split()) <= 3:
        return match.group(1)
    return None


def _modifies_other_noun(ent: Span, trigger: Token) -> bool:
    """'the 1988 cease-fire': a date inside another noun phrase dates that thing, not the event
    (unless that noun is the trigger: 'the August 13 peace accord')."""
    root = ent.root
    return root.dep_ in ("nmod", "compound", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i != trigger.i and root.head.i >= ent.end


class _DocDates:
    """One document's named entities and text, found once: every mention of an article asks for
    its sentence's dates, and ``Span.ents`` rebuilds ``doc.ents`` (``doc.text`` the text) from
    every token of the document each time."""

    __slots__ = ("_text", "doc", "ents", "starts", "years_before")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ents: tuple[Span, ...] = tuple(doc.ents)
        self.starts = [e.start for e in self.ents]
        #: character offset -> the last year written before it (memo of :meth:`year_before`)
        self.years_before: dict[int, int | None] = {}
        self._text: str | None = None  # doc.text joins every token's text on each access

    def in_span(self, span: Span) -> list[Span]:
        """``span.ents``: the entities from the span's start up to the first one not inside it."""
        out: list[Span] = []
        end = span.end
        ents = self.ents
        for k in range(bisect_left(self.starts, span.start), len(ents)):
            ent = ents[k]
            if ent.end > end:
                break
            out.append(ent)
        return out

    def year_before(self, offset: int) -> int | None:
        """The last year (1800-2099) written in the text before character ``offset``."""
        if offset not in self.years_before:
            if self._text is None:
                self._text = self.doc.text
            earlier = [int(m.group(1)) for m in _YEAR.finditer(self._text[:offset])]
            self.years_before[offset] = earlier[-1] if earlier else None
        return self.years_before[offset]


def _doc_dates(doc: Doc, cache: dict[str, object] | None) -> _DocDates:
    if cache is None:
        return _DocDates(doc)
    found = cache.get(CACHE_KEY)
    if not isinstance(found, _DocDates) or found.doc is not doc:
        found = _DocDates(doc)
        cache[CACHE_KEY] = found
    return found


def date_for(
    trigger: Token, sentence: Span, *, article_date: str | None, cache: dict[str, object] | None = None
) -> str | None:
    """The date of the event ``trigger`` denotes: a DATE entity in its sentence, normalised.

    ``cache`` (e.g. the extraction :class:`~graph.extract.base.Context`'s) keeps what is found
    once per document (its entities, the years it mentions) for the document's other mentions;
    it must not outlive changes to the document's entities.
    """
    index = _doc_dates(trigger.doc, cache)
    dates = [e for e in index.in_span(sentence) if e.label_ == "DATE" and not _modifies_other_noun(e, trigger)]
    if not dates:
        return None
    dates.sort(key=lambda e: abs(e.root.i - trigger.i))
    year = article_year(article_date)
    earlier = index.year_before(dates[0].start_char)
    context_year = earlier if earlier is not None else year
    for ent in dates:
        iso = normalise(ent.text, year=year, context_year=context_year) \
            or relative_day(ent.text, article_date)
        if iso:
            return iso
    return None
