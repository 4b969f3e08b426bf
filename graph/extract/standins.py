"""Plain stand-ins for names the small model stumbles on, for the second reading.

The small spaCy model parses a sentence around an unfamiliar name worse than around a familiar
one: "Khalid al-Mansouri toured Cambodia" made "toured" an adjective of "Cambodia"; "Azerbaijan
accused Paraguay of ..." took both countries for organisations and the subject for an adverb;
"Sofia Marin and Carmen Ortega travelled ..." left the first name out of every entity
(measured by ``bench/robustness.py``, which swaps names of the dev sentences for names of other
origins). Who did what does not depend on which name is written, so a sentence whose names show
such trouble is read a second time with each name replaced by a plain one of the same kind (a
person's by "John Smith", a country's by "France", a city's by "Paris"); the edits map every
character of a stand-in back to the whole name (:func:`graph.extract.rewording.apply_edits`), so
the mentions found name the article's own words.

A name is a run of proper nouns (with the hyphens and the lower-case particles of Arabic, Dutch,
Spanish or Portuguese names inside it: "al-", "bin", "van", "de", "dos"), titles before it left
out; it is a place when the gazetteer (GeoNames and ISO 3166, :mod:`graph.extract.gazetteer`)
knows the whole run, a person when it has two to four words and the model labelled it a person,
or left it untyped beside a person's name or in a personal name's shape. Names the model labelled
an organisation, nationality, facility, law or work are kept as written. Trouble
(:func:`trouble`): a place typed a person or an organisation of exactly its name, a person's name
split across entities or untyped, an unusual name not parsed as one phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from graph.extract.lexicon import TITLE_NOUNS
from graph.extract.rewording import Edit, is_trigger
from graph.nlp import doc_text

__all__ = ["NameRun", "label_standins", "name_runs", "pair_possessive_edits", "standin_edits", "trouble"]

#: Lower-case particles inside personal and place names ("Khalid al-Mansouri", "Abdullah bin
#: Zayed", "Ursula von der Leyen", "Luiz Inacio da Silva").
PARTICLES: frozenset[str] = frozenset({
    "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "del", "della", "da",
    "das", "dos", "du", "di", "la", "le", "ter", "y"})
#: Stand-ins, plain names the small model reads well (a few of each, so that different names of
#: one sentence stay different; those already in the sentence are skipped).
PEOPLE: tuple[str, ...] = ("John Smith", "David Brown", "Peter Jones", "Mark Wilson", "Paul Taylor",
                           "James Clark")
COUNTRIES: tuple[str, ...] = ("France", "Germany", "Spain", "Italy", "Poland", "Sweden")
CITIES: tuple[str, ...] = ("Paris", "Berlin", "Madrid", "Rome", "Warsaw", "Vienna")
#: Entity labels whose names are kept as written (unless the gazetteer knows them as places).
_KEEP = frozenset({"ORG", "NORP", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT", "LANGUAGE",
                   "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})


@dataclass(frozen=True)
class NameRun:
    """A name in a sentence: its tokens (``start``/``end`` token indices), kind and text."""

    start: int
    end: int
    kind: str  # "person", "country" or "city"
    text: str
    odd: bool  # the model's entities do not fit the kind (a sign of trouble)
    shape: bool = False  # typed right, of an unusual shape, and not parsed as one phrase


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import pycountry

    from graph.search import fold

    return frozenset(fold(getattr(c, a)) for c in pycountry.countries
                     for a in ("name", "common_name", "official_name") if getattr(c, a, None))


@lru_cache(maxsize=4096)
def _place_kind(text: str) -> str | None:
    """``country`` or ``city`` for a name the gazetteer knows, else None."""
    from graph.extract.gazetteer import is_known_place
    from graph.search import fold

    if not is_known_place(text):
        return None
    return "country" if fold(text) in _countries() else "city"


def name_runs(span: Span, triggers: frozenset[str], *, body_start: int = 0) -> list[NameRun]:
    """The names of ``span`` worth a stand-in, in order (words before ``body_start``, a dateline,
    and trigger words are never part of one)."""
    toks = list(span)  # one pass over the tokens: indexing a Doc makes a new Token each time
    n = len(toks)
    name = [t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and not t.text.isupper()
            and t.idx >= body_start for t in toks]
    if not any(name):
        return []
    for k, t in enumerate(toks):
        if name[k] and is_trigger(t.lower_, t.lemma_.lower(), triggers):
            name[k] = False
    out: list[NameRun] = []
    i = 0
    while i < n:
        if not name[i]:
            i += 1
            continue
        j = i + 1
        while j < n:
            u = toks[j]
            if name[j]:
                j += 1
            elif (u.text == "-" and not u.whitespace_ and not toks[j - 1].whitespace_
                  and j + 1 < n and name[j + 1]):
                j += 2
            elif u.lower_ in PARTICLES and j + 1 < n and (name[j + 1] or toks[j + 1].text == "-"):
                j += 1
            else:
                break
        out.extend(_classify(span.doc[span.start + i : span.start + j]))
        i = j
    return out


def _classify(run: Span, *, titled: bool = False) -> list[NameRun]:
    """The name of ``run`` worth a stand-in, if any (``titled``: a title came before it, so it
    is a person's name, never a place's: "King Hassan")."""
    labels = {t.ent_type_ for t in run}
    whole = len(labels) == 1 and run[0].ent_type_ != ""
    text = run.text
    place = None if titled else _place_kind(text)
    if place is not None:
        # trouble: typed a person ("A visited Kyiv"), or an organisation of exactly its name
        # ("Azerbaijan accused Paraguay"); a place inside a longer name ("Belarus's Foreign
        # Ministry") or left untyped is read as the extractors' gazetteer reads it
        exact = whole and (run.end == len(run.doc) or run.doc[run.end].ent_iob_ != "I") and \
            run[0].ent_iob_ == "B"
        odd = "PERSON" in labels or (exact and not labels <= {"GPE", "LOC"})
        return [NameRun(run.start, run.end, place, text, odd=odd)]
    if labels & _KEEP:
        return []
    titles = [t.i for t in run if t.lower_ in TITLE_NOUNS]
    if titles and titles[-1] + 1 < run.end:
        # a title before the name ("Prince Charles", "Foreign Minister Javad Zarif"): the name alone
        return _classify(run.doc[titles[-1] + 1 : run.end], titled=True)
    people = [t for t in run if t.ent_type_ == "PERSON"]
    if people and run[0].ent_type_ != "PERSON":
        first = people[0].i
        if run.doc[first].ent_iob_ == "B" and first > run.start:
            return _classify(run.doc[first:run.end], titled=True)
    words = [t for t in run if t.text != "-" and t.lower_ not in PARTICLES]
    if not 2 <= len(words) <= 4 or labels - {"PERSON", ""} or run[-1].lower_ in TITLE_NOUNS:
        return []
    unusual = any(t.text == "-" or t.lower_ in PARTICLES for t in run)
    if not people:
        # a run the model left out of every entity is a person's name when it is coordinated
        # with one ("Sofia Marin and Carmen Ortega") or has a personal name's shape, hyphens or
        # particles across two or more words ("Anne-Marie Lefevre"); else it is as often an
        # organisation's
        spaced = sum(1 for t in run[:-1] if t.whitespace_) >= 1
        if not (_beside_person(run) or (unusual and spaced)):
            return []
        return [NameRun(run.start, run.end, "person", text, odd=True)]
    return [NameRun(run.start, run.end, "person", text, odd=not whole,
                    shape=unusual and not _one_phrase(run))]


def _one_phrase(run: Span) -> bool:
    """True when every word of ``run`` hangs, within it, on its last word: the parser read the
    name as one phrase ("Khalid al-Mansouri toured ..." hung "Khalid" on the country after it)."""
    root = run[-1]
    for t in run[:-1]:
        h = t
        while h != root and run.start <= h.head.i < run.end and h.head != h:
            h = h.head
        if h != root:
            return False
    return True


def _beside_person(run: Span) -> bool:
    doc = run.doc
    after = doc[run.end + 1] if run.end + 1 < len(doc) and doc[run.end].lower_ == "and" else None
    before = doc[run.start - 2] if run.start >= 2 and doc[run.start - 1].lower_ == "and" else None
    return any(t is not None and t.ent_type_ == "PERSON" for t in (after, before))


def trouble(runs: list[NameRun]) -> bool:
    """True when a name's entity does not fit its kind, or a personal name of an unusual shape
    (hyphens, particles) was not parsed as one phrase: signs that the parse around it is off."""
    return any(r.odd or r.shape for r in runs)


def standin_edits(span: Span, runs: list[NameRun]) -> list[Edit]:
    """Edits replacing every name of ``runs`` (same name, same stand-in) by a plain name of its
    kind not already written in ``span``."""
    pools = {"person": list(PEOPLE), "country": list(COUNTRIES), "city": list(CITIES)}
    for pool in pools.values():
        pool[:] = [p for p in pool if p not in span.text]
    chosen: dict[tuple[str, str], str] = {}
    edits: list[Edit] = []
    doc = span.doc
    for r in runs:
        key = (r.kind, r.text)
        if key not in chosen:
            pool = pools[r.kind]
            if not pool:
                continue
            chosen[key] = pool.pop(0)
        start = doc[r.start].idx
        last = doc[r.end - 1]
        edits.append((start, last.idx + len(last.text), chosen[key]))
    return edits


def label_standins(doc: Doc) -> None:
    """Give the stand-ins written into ``doc`` (a parsed variant whose entities were carried over
    from the first reading) their entity labels: PERSON for a person's, GPE for a place's; the
    entity recogniser is not run again (it would cost as much as the parse)."""
    from spacy.util import filter_spans

    text = doc_text(doc)
    spans = list(doc.ents)
    for names, label in ((PEOPLE, "PERSON"), (COUNTRIES, "GPE"), (CITIES, "GPE")):
        for name in names:
            at = text.find(name)
            while at >= 0:
                span = doc.char_span(at, at + len(name), label=label)
                if span is not None and not any(t.ent_type_ for t in span):
                    spans.append(span)
                at = text.find(name, at + len(name))
    if len(spans) > len(doc.ents):
        doc.set_ents(filter_spans(spans))


def pair_possessive_edits(span: Span) -> list[Edit]:
    """'President A and Uganda's President B signed': the model reads "A and Uganda" as the
    possessor of "President B", so the pair has one subject. The country's possessive before the
    second title is left out ("President A and President B signed"), which it reads as a pair."""
    doc = span.doc
    edits: list[Edit] = []
    for t in span:
        if t.lower_ != "and" or t.i + 3 >= span.end or t.i == span.start:
            continue
        before, country, case, title = doc[t.i - 1], doc[t.i + 1], doc[t.i + 2], doc[t.i + 3]
        if before.ent_type_ == "PERSON" and before.dep_ == "poss" and country.ent_type_ in ("GPE", "NORP") \
                and country.ent_iob_ == "B" and case.tag_ == "POS" and title.text[:1].isupper() \
                and title.lower_ in TITLE_NOUNS and not title.ent_type_:
            edits.append((country.idx, title.idx, ""))
    return edits
