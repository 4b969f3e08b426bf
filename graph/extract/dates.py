"""The date of an event a trigger denotes: which date expression of its sentence dates it
(:mod:`graph.extract.dateclauses`), read against the story's date
(:mod:`graph.extract.datewords`), counted from another date ("the following day", "two days
after X met Y on Monday"), or the month of publication for news told undated. A span of time
("since 2015") is no date, and a time no ISO date gives ("in the 1990s") leaves the event
undated. The rule is that of ``../shared/dev/README.md``: the event's date where a careful reader
can work it out from the text and the publication date, else none."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from graph.extract.dateclauses import (
    bounds_span,
    clause_rank,
    dates_antecedent,
    dates_occasion,
    in_other_clause,
    live_entry,
    modifies_other_noun,
    time_clause,
)
from graph.extract.datewords import (
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    WEEKDAYS,
    YEAR,
    article_year,
    normalise,
    relative_day,
)
from graph.extract.tree import governing_verb
from graph.nlp import doc_text

__all__ = ["CACHE_KEY", "MONTHS", "WEEKDAYS", "article_year", "date_for", "normalise",
           "relative_day", "sentence_day"]

#: Key of the per-document index in a ``cache`` dictionary (see :func:`date_for`).
CACHE_KEY = "newsgraph.dates"
_PARTS_OF_DAY = PARTS_OF_DAY
_NUMBER_WORDS = NUMBER_WORDS
_YEAR = YEAR
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


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
                self._text = doc_text(self.doc)
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
    trigger: Token, sentence: Span, *, article_date: str | None, cache: dict[str, object] | None = None,
    measure: bool = True,
) -> str | None:
    """The date of the event ``trigger`` denotes: a DATE entity in its sentence, normalised.

    ``cache`` (e.g. the extraction :class:`~graph.extract.base.Context`'s) keeps what is found
    once per document (its entities, the years it mentions) for the document's other mentions;
    it must not outlive changes to the document's entities. ``measure=False`` (for the clause
    another clause is counted from) leaves out the dates counted from another clause.
    """
    index = _doc_dates(trigger.doc, cache)
    clause = time_clause(trigger)
    text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]  # == sentence.text
    chained = _chained_phrases(sentence, text) + _ordinal_days(sentence, text)
    dates = [e for e in [*index.in_span(sentence), *chained] if not bounds_span(e) and (
        e.label_ == "DATE" or (
        e.label_ == "TIME" and any(t.lower_ in _PARTS_OF_DAY for t in e)) or (
        e.label_ == "EVENT" and any(h in e.text.lower() for h in HOLIDAYS))) and (
        not modifies_other_noun(e, trigger) or dates_antecedent(e, trigger)
        or dates_occasion(e, trigger))
        and (clause is None or clause.left_edge.i <= e.start and e.end <= clause.right_edge.i + 1)
        and not in_other_clause(e, trigger) and not _year_in_name(e)]
    year = article_year(article_date)
    if clause is not None and not dates and measure:
        # "on Wednesday, two days after Tayeb visited Riyadh": counted back from the main clause
        return _measured_from_main(clause, sentence, article_date=article_date, cache=cache)
        # (otherwise "after Swift scolded her label, accusing ...": before the main clause's date)
    if dates:
        # the trigger's own clause first, an adverbial before a noun's modifier ("visited Kyiv on
        # Tuesday, his second trip this year"), then the nearest
        dates.sort(key=lambda e: (clause_rank(e, trigger), _holder(e).pos_ in ("NOUN", "PROPN"),
                                  abs(e.root.i - trigger.i)))
        earlier = index.year_before(dates[0].start_char)
        context_year = earlier if earlier is not None else year
        # a year the clause writes ("In 2019, X visited Y in May") is the year of its month
        # (or the verb it is coordinated with writes: "visited Y in May 2019 and met Z in June")
        written = next((int(m.group(1)) for e in dates if clause_rank(e, trigger) <= 1
                        for m in [_YEAR.search(e.text)] if m is not None), None)
        for k, ent in enumerate(dates):
            offset = _chain_offset(ent.text)
            if offset is not None:
                iso = _chained(ent, offset, index, year=year, article_date=article_date)
                if iso is None and offset[1] >= 30 and _directly_dates(ent, trigger):
                    return None  # "a year earlier" with nothing to count from: not this month
            else:
                iso = relative_day(ent.text, article_date) or normalise(
                    ent.text, year=year, context_year=context_year, article_date=article_date,
                    given_year=written)
            if iso and len(iso) == 4 and written == int(iso):
                # "In 2019, X visited Y in May": the month the clause adds to its year
                finer = (normalise(e.text, year=year, article_date=article_date, given_year=written)
                         for e in dates[k + 1:] if clause_rank(e, trigger) == 0
                         and _chain_offset(e.text) is None)
                iso = next((f for f in finer if f and f.startswith(iso) and len(f) > 4), iso)
            if iso and len(iso) < 10 and article_date and iso > article_date[:len(iso)]:
                continue  # a year or month after the article was written: a target ("schools in 2029")
            if iso and len(iso) == 4 and not _directly_dates(ent, trigger):
                # "met X, his 12th visitor this year": the year of another thing; news of the
                # month of publication when that lies in it
                reported = _report_month(trigger, article_date)
                if reported is not None and reported.startswith(iso):
                    return reported
            if iso:
                return iso
            if ent.label_ != "TIME" and clause_rank(ent, trigger) == 0 and _names_a_time(ent.text):
                return None  # "visited Canberra in the 1990s": dated, but to no date we can give
        if clause is not None and measure:  # "a week after X had visited Y": "a week" is no date
            measured = _measured_from_main(clause, sentence, article_date=article_date, cache=cache)
            if measured is not None:
                return measured
    if clause is None and measure:
        # "Hours after X arrived on Tuesday, Y accused Z": counted from the time clause's day
        measured = _measured_from_clause(trigger, sentence, article_date=article_date, cache=cache)
        if measured is not None:
            return measured
    if article_date and len(article_date) >= 10 and live_entry(sentence):
        return article_date[:10]  # "09:12 GMT — X has arrived in Doha": the day of the blog
    return _report_month(trigger, article_date)


def _holder(ent: Span) -> Token:
    """The word ``ent`` hangs on, through a part of the day it names ("on Monday evening": "on")."""
    head = ent.root.head
    if ent.root.dep_ == "compound" and head.lower_ in _PARTS_OF_DAY and head.i == ent.end:
        return head.head
    return head


def _year_in_name(ent: Span) -> bool:
    """'Brisbane 2032 organising committee chief X', 'Expo 2030': a bare year the parser hangs on
    a proper name is part of a name, not the date of the event."""
    root = ent.root
    if len(ent) == 2 and ent[0].pos_ == "PROPN" and ent[1].like_num and len(ent[1].text) == 4 \
            and ent[0].lower_.rstrip(".") not in _CALENDAR_WORDS:
        return True  # "Doha 2030", typed a date as a whole
    return len(ent) == 1 and root.like_num and root.dep_ in ("nummod", "compound") \
        and root.head.pos_ == "PROPN" and root.head.i < root.i and root.head.ent_type_ != "DATE"


#: Month and weekday names (and their short forms), which a year may follow in a date.
_CALENDAR_WORDS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday spring summer autumn fall winter christmas easter ramadan
""".split())  # noqa: SIM905


def _measure(mark: Token, clause: Token) -> tuple[int, str] | None:
    """``(count, unit)`` of the measure before "after"/"before" ("two days after", "hours
    before": ``(0, "hour")``), or ``None``; a plural without a count is ``(0, unit)``."""
    measure = next((c for h in (mark, clause) for c in h.children
                    if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week", "hour")), None)
    if measure is None:
        return None
    count = next((c.lower_ for c in measure.children if c.dep_ in ("nummod", "det")),
                 "several" if measure.tag_ == "NNS" else "a")  # "days before": how many unknown
    n = int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
    return (n or 0), measure.lemma_.lower()


def _measured_from_clause(trigger: Token, sentence: Span, *, article_date: str | None,
                          cache: dict[str, object] | None) -> str | None:
    """The day of a main clause measured from its time clause: "Two days after X met Y on
    Tuesday, Z accused W" (Thursday), "hours after ..." (that day); ``None`` without a measure
    or a time clause dated to the day."""
    verb = governing_verb(trigger, steps=3)
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i == trigger.i:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark"
                     and c.lower_ in ("after", "before")), None)
        measured = _measure(mark, clause) if mark is not None else None
        if mark is None or measured is None or (measured[0] == 0 and measured[1] != "hour"):
            continue
        day = date_for(clause, sentence, article_date=article_date, cache=cache, measure=False)
        if day is None or len(day) != 10:
            return None
        n = 0 if measured[1] == "hour" else measured[0] * (7 if measured[1] == "week" else 1)
        then = date.fromisoformat(day) + timedelta(days=n if mark.lower_ == "after" else -n)
        return then.isoformat() if measured[1] != "week" else f"{then.year:04d}-{then.month:02d}"
    return None


def _measured_from_main(clause: Token, sentence: Span, *, article_date: str | None,
                        cache: dict[str, object] | None) -> str | None:
    """The day of a time clause measured from its main clause: "met Ono on Wednesday, a day
    after arriving in Tokyo" (Tuesday), "two days before the vote" (the main day plus two), "a
    week after X had visited Y" (that day's month); ``None`` without a measure in days or weeks
    or a main clause dated to the day."""
    mark: Token | None
    if clause.dep_ == "pcomp":
        mark, main = clause.head, clause.head.head
    else:
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        main = clause.head
    if mark is None or mark.lower_ not in ("after", "before") or main is clause:
        return None
    measured = _measure(mark, clause)
    if measured is None:
        return None
    n, unit = measured
    day = date_for(main, sentence, article_date=article_date, cache=cache, measure=False)
    if day is None or len(day) != 10 or (n == 0 and unit != "hour"):
        return None
    if unit == "hour":  # "hours after arriving": the main clause's day
        return day
    n *= 7 if unit == "week" else 1
    then = date.fromisoformat(day) + timedelta(days=-n if mark.lower_ == "after" else n)
    # a week is given as its month: ISO dates have no week precision
    return then.isoformat() if unit == "day" else f"{then.year:04d}-{then.month:02d}"


#: "the following day", "the next morning", "two days later", "the day before", "later that
#: day", "the same afternoon": a day counted from a date given before it.
_CHAIN = re.compile(
    r"\b(?:(?:the|that)\s+(?P<rel>following|next|previous|same)\s+(?P<unit1>day|morning|afternoon|"
    r"evening|night|week|month|year)"
    r"|the\s+(?P<unit2>day|week|month|year)\s+(?P<dir>after|before)(?=\s*(?:[,.;]|and\b|$))"
    r"|(?P<n>a|an|one|two|three|four|five|six|seven|\d)\s+(?P<unit3>days?|weeks?|months?|years?)"
    r"\s+(?P<dir3>later|"
    r"earlier|afterwards|before)(?=\s*(?:[,.;]|and\b|to\b|$))"
    r"|(?:later\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night))\b(?!-)",
    re.IGNORECASE)
#: How many sentences back a chained expression looks for the date it counts from.
_CHAIN_SENTENCES = 4
_CHAIN_UNITS = {"day": 1, "morning": 1, "afternoon": 1, "evening": 1, "night": 1, "week": 7,
                "month": 30, "year": 365}


def _chain_offset(text: str) -> tuple[int, int] | None:
    """``(days, unit)`` a chained expression counts from the date before it ("the following day":
    ``(1, 1)``, "two weeks later": ``(14, 7)``), or ``None`` when ``text`` is not one."""
    m = _CHAIN.fullmatch(text.strip()) or _CHAIN.search(text) if len(text.split()) <= 5 else None
    if m is None:
        return None
    if m.group("rel"):
        unit = _CHAIN_UNITS[m.group("unit1").lower()]
        step = {"following": 1, "next": 1, "previous": -1, "same": 0}[m.group("rel").lower()]
        return step * unit, unit
    if m.group("unit2"):
        unit = _CHAIN_UNITS[m.group("unit2").lower()]
        return (unit if m.group("dir").lower() == "after" else -unit), unit
    if m.group("unit3"):
        count = m.group("n").lower()
        n = int(count) if count.isdigit() else _NUMBER_WORDS.get(count, 1)
        unit = _CHAIN_UNITS[m.group("unit3").lower().rstrip("s")]
        later = m.group("dir3").lower() in ("later", "afterwards")
        return (n * unit if later else -n * unit), unit
    return 0, 1  # "later that day", "that evening"


#: Times that no ISO date gives (a decade, a season without its year, a movable feast or one of
#: another calendar, a part of a month or year): an event dated by one is not the article's news.
_UNDATABLE_TIME = re.compile(
    r"\b(?:1[89]\d0s|20\d0s|(?:end|beginning|start|middle|turn|close) of|spring|summer|autumn|"
    r"fall|winter|ramadan|easter|eid|thanksgiving|hanukkah|diwali|lent|passover|lunar new year|"
    r"new year|season|(?:years|decades?|months|weeks|centur(?:y|ies)) ago)\b", re.IGNORECASE)


def _names_a_time(text: str) -> bool:
    """'the 1990s', 'Ramadan', 'the end of the year': a time named that no date gives (a model's
    DATE that is no time at all, "Montevideo", is not one)."""
    lower = text.lower()
    if any(w in lower.split() for w in ("between", "from", "to", "and", "through", "until", "or")):
        return False  # "between September, 1986 and end 1987": a span (of another thing)
    return _UNDATABLE_TIME.search(text) is not None


def _directly_dates(ent: Span, trigger: Token) -> bool:
    """Whether ``ent`` hangs on the trigger's own verb (or the trigger), directly or by one
    preposition ("visited X in the 1990s"), not inside one of its arguments."""
    if ent.root.dep_ not in ("pobj", "npadvmod", "advmod", "prep"):
        return False  # (a tree the parser tore: "and end 1987" a verb of the main clause)
    verb = governing_verb(trigger, steps=3)
    head = ent.root.head
    if head.dep_ == "prep" and ent.root.dep_ == "pobj":
        head = head.head
    return head.i in (verb.i, trigger.i)


#: "on the 5th", "on the 21st," with no noun after it: a day of the month (the model labels it an
#: ORDINAL).
_ORDINAL_DAY = re.compile(r"\bon\s+the\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                          r"(?=\s*(?:[,.;:)]|$|(?:and|at|in|with|when|after|before|to|for|as)\b))")


def _ordinal_days(sentence: Span, text: str) -> list[Span]:
    """The days of the month written "on the 5th" in ``sentence`` (whose text is ``text``), as
    spans labelled DATE (the "the 5th" part; the document's entities untouched)."""
    if "on the " not in text:
        return []
    out: list[Span] = []
    for m in _ORDINAL_DAY.finditer(text):
        start = sentence.start_char + m.start() + 3  # after "on "
        span = sentence.doc.char_span(start, sentence.start_char + m.end(), label="DATE",
                                      alignment_mode="expand")
        if span is not None and not any(t.ent_type_ in ("DATE", "TIME") for t in span):
            out.append(span)
    return out


def _chained_phrases(sentence: Span, text: str) -> list[Span]:
    """The chained expressions of ``sentence`` (whose text is ``text``) the model did not label
    as dates ("then travelled on to Kyiv the following day"), as spans labelled DATE (the
    document's entities untouched)."""
    if "day" not in text and "week" not in text and "month" not in text and "morning" not in text \
            and "afternoon" not in text and "evening" not in text and "night" not in text:
        return []
    out: list[Span] = []
    ents = [(e.start_char, e.end_char) for e in sentence.ents if e.label_ in ("DATE", "TIME")]
    for m in _CHAIN.finditer(text):
        start, end = sentence.start_char + m.start(), sentence.start_char + m.end()
        if any(s <= start < e or start <= s < end for s, e in ents):
            continue  # the model's own entity covers it
        span = sentence.doc.char_span(start, end, label="DATE", alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def _chained(ent: Span, offset: tuple[int, int], index: _DocDates, *, year: int | None,
             article_date: str | None) -> str | None:
    """The date of a chained expression ("the following day"): the day (a month for a count of
    weeks or months) ``offset`` from the last date written before it (not itself chained) in its
    sentence or the :data:`_CHAIN_SENTENCES` before; ``None`` without one or when that date is
    only a month or a year."""
    days, unit = offset
    doc = ent.doc
    first = ent.sent.start
    for _ in range(_CHAIN_SENTENCES):
        if first > 0:
            first = doc[first - 1].sent.start
    candidates = [e for e in index.ents if first <= e.start and e.end <= ent.start
                  and e.label_ == "DATE" and _chain_offset(e.text) is None and not bounds_span(e)
                  and not _captioned(doc.text, e.start_char)]  # (a caption's day is the picture's)
    for before in reversed(candidates):
        iso = relative_day(before.text, article_date) or normalise(
            before.text, year=year, context_year=index.year_before(before.start_char) or year,
            article_date=article_date)
        if iso is None:
            continue
        counted = _count_from(iso, days, unit)
        if counted is not None and article_date and counted > article_date[:len(counted)]:
            return None  # after the story's date: no event it reports as held
        return counted
    return None


def _count_from(iso: str, days: int, unit: int) -> str | None:
    """``iso`` moved by ``days`` (in units of ``unit`` days: 1, 7, 30 or 365), at the precision
    both allow: a day from a day; a month for weeks and months; a year for years; a month (a
    year) counted by less than a week from a month (a year) stays that month (year)."""
    if unit == 365:
        return f"{int(iso[:4]) + days // 365:04d}"  # "a year earlier": that year
    if unit == 30:
        if len(iso) < 7:
            return None
        months = int(iso[:4]) * 12 + int(iso[5:7]) - 1 + days // 30
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if len(iso) != 10:
        # "In March ... the following day": still March; a count of weeks from a month: no date
        return iso if abs(days) < 7 else None
    day = date.fromisoformat(iso) + timedelta(days=days)
    return day.isoformat() if unit < 7 else f"{day.year:04d}-{day.month:02d}"


def _report_month(trigger: Token, article_date: str | None) -> str | None:
    """An event the article reports without dating it: the month of a full publication date
    (news reports what just happened; ``YYYY-MM`` says no more than that). Events in the
    pluperfect ("had met") or in a perfect that spans time ("have long accused", "has met him
    often") may lie further back and stay undated."""
    if not _FULL_DAY.match(article_date or ""):
        return None
    verb = governing_verb(trigger, steps=4)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if perfect and any(c.lower_ in _DURATIVE or (c.dep_ == "prep" and c.lower_ in ("since", "for"))
                       for c in verb.children):
        return None  # "has long accused", "had met him several times since 2010"
    if perfect and any(t.lower_ in ("times", "occasions") for c in verb.children
                       if c.dep_ in ("npadvmod", "advmod", "prep", "dobj") for t in c.subtree):
        return None  # "had met him several times": more than one event, over time
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and not _backshifted(verb):
        return None  # the pluperfect lies before the reported events
    return str(article_date)[:7]


#: Verbs that report news, by which a pluperfect is only the reported perfect or past.
_REPORTING = frozenset({"say", "tell", "report", "confirm", "announce", "state", "add", "disclose",
                        "reveal", "acknowledge", "admit"})


def _backshifted(verb: Token) -> bool:
    """'Figueroa's office confirmed the bank president had travelled to Mexico City': a
    pluperfect reported by a verb of reporting in the past is the reporter's "has travelled"
    (sequence of tenses), news of the report's own time, unless a time span makes it older
    ("had met him several times since 2010", see :data:`_DURATIVE`)."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.tag_ == "VBG" and head.lemma_.lower() in _REPORTING \
            and head.dep_ in ("advcl", "conj") and head.i < verb.i:
        head = head.head  # "X told reporters, adding that Y had agreed": the main verb's tense
        return head.tag_ == "VBD" and head.lemma_.lower() in _REPORTING
    return verb.dep_ == "ccomp" and head.tag_ == "VBD" and head.lemma_.lower() in _REPORTING \
        and head.i < verb.i


#: Adverbs by which a perfect spans a long time rather than reports news.
_DURATIVE = frozenset({"long", "repeatedly", "often", "previously", "already", "ever", "never",
                       "frequently", "regularly", "always", "before", "earlier", "once"})


#: A photo caption's opening ("PHOTO:", "Image caption:"): its day is the picture's, which dates
#: no event of the sentences around it.
_CAPTION = re.compile(r"(?:FILE )?(?:PHOTO|Photo|PICTURE|Picture|Image caption|Caption|CAPTION)\s*[:\-\u2014]")


def _captioned(text: str, at: int) -> bool:
    """Whether character ``at`` of ``text`` lies in a paragraph (line) that opens as a caption."""
    return bool(_CAPTION.match(text[text.rfind("\n", 0, max(at, 0)) + 1 :].lstrip()))


def sentence_day(sentence: Span, *, article_date: str | None,
                 cache: dict[str, object] | None = None, days_only: bool = True) -> str | None:
    """The last date to the day that ``sentence`` writes itself (not a chained one such as "the
    next day"), normalised; ``None`` when it gives none. With ``days_only=False``, the last
    date it writes at any precision ("in June": ``2026-06``)."""
    if _captioned(sentence.doc.text, sentence.start_char + len(sentence.text.rstrip()) - 1):
        return None  # "PHOTO: The captain lifts the trophy on Saturday.": the picture's day
    index = _doc_dates(sentence.doc, cache)
    year = article_year(article_date)
    for ent in reversed(index.in_span(sentence)):
        if ent.label_ != "DATE" or _chain_offset(ent.text) is not None or bounds_span(ent):
            continue
        iso = relative_day(ent.text, article_date) or normalise(
            ent.text, year=year, context_year=index.year_before(ent.start_char) or year,
            article_date=article_date)
        if iso is not None:
            return iso if len(iso) == 10 or not days_only else None
    return None

